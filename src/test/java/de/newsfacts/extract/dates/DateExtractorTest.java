package de.newsfacts.extract.dates;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.DocumentContext;
import de.newsfacts.structure.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class DateExtractorTest {

    /** A plural in "-ten" is a weak preterite only when its stem cannot end in t (see TimexResolver). */
    @ParameterizedTest
    @CsvSource({"einigten,true", "mitteilten,true", "stimmten,true", "lehnten,true", "setzten,true", "mussten,true",
            "führten,true", "drohten,true", "blickten,true", "starten,false", "halten,false", "gelten,false",
            "verzichten,false", "antworten,false", "bewerten,false", "arbeiten,false", "testen,false",
            "treten,false", "meldeten,false", "ten,false"})
    void weakPluralPreterite(String word, boolean expected) {
        assertThat(TimexResolver.weakPluralPreterite(word)).isEqualTo(expected);
    }

    private static final DateExtractor NEWS = DateExtractor.news();
    private static final DateExtractor NARRATIVE = DateExtractor.narrative();

    static DocumentContext doc(String text, LocalDate published) {
        return new DocumentContext("d", text, List.of(new Sentence("d", 1, 1, text, 0, text.length())), published);
    }

    private static DateExpression find(List<DateExpression> found, String text) {
        return found.stream().filter(e -> e.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' in " + found));
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** Publication date 2025-11-20 is a Thursday in ISO week 47 unless the row says otherwise. */
    @ParameterizedTest(name = "{0} -> {2} = {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Am 20. November 2025 trat der Rat zusammen.          |2025-11-20|20. November 2025   |2025-11-20 |2025-11-20 |2025-11-20 |day
            Die Frist endet am 20.11.2025.                       |2025-11-20|20.11.2025          |2025-11-20 |2025-11-20 |2025-11-20 |day
            Die Frist endet am 20.11.25.                         |2025-11-20|20.11.25            |2025-11-20 |2025-11-20 |2025-11-20 |day
            Gemeldet am 2025-11-20 um 8 Uhr.                     |2025-11-20|2025-11-20          |2025-11-20 |2025-11-20 |2025-11-20 |day
            Er kam am 3. Jänner 2024 an.                         |2025-11-20|3. Jänner 2024      |2024-01-03 |2024-01-03 |2024-01-03 |day
            Im Feber 2024 schneite es.                           |2025-11-20|Feber 2024          |2024-02    |2024-02-01 |2024-02-29 |month
            Im Nov. 2025 stiegen die Preise.                     |2025-11-20|Nov. 2025           |2025-11    |2025-11-01 |2025-11-30 |month
            Seit Sept. 2023 gilt das Gesetz.                     |2025-11-20|Sept. 2023          |2023-09    |2023-09-01 |2023-09-30 |month
            Am 3. Oktober wird gefeiert.                         |2025-11-20|3. Oktober          |2025-10-03 |2025-10-03 |2025-10-03 |day
            Im November 2025 sank die Zahl.                      |2025-11-20|November 2025       |2025-11    |2025-11-01 |2025-11-30 |month
            Im Mai wurde gewählt.                                |2025-11-20|Mai                 |2025-05    |2025-05-01 |2025-05-31 |month
            Im Jahr 2025 wuchs die Wirtschaft.                   |2025-11-20|Jahr 2025           |2025       |2025-01-01 |2025-12-31 |year
            Das Gesetz gilt seit 2019.                           |2025-11-20|2019                |2019       |2019-01-01 |2019-12-31 |year
            Der Krieg endete 1945.                               |2025-11-20|1945                |1945       |1945-01-01 |1945-12-31 |year
            1945 endete der Krieg.                               |2025-11-20|1945                |1945       |1945-01-01 |1945-12-31 |year
            Er lebte von 1939 bis 1945 in Wien.                  |2025-11-20|1939                |1939       |1939-01-01 |1939-12-31 |year
            Er lebte von 1939 bis 1945 in Wien.                  |2025-11-20|1945                |1945       |1945-01-01 |1945-12-31 |year
            Bis 2030 sollen 2025 Windräder gebaut werden.        |2025-11-20|2030                |2030       |2030-01-01 |2030-12-31 |year
            Er wurde im Jahr 490 v. Chr. geboren.                |2025-11-20|Jahr 490 v. Chr.    |BC0490     |-0489-01-01|-0489-12-31|year
            In den 1990er Jahren wuchs die Stadt.                |2025-11-20|den 1990er Jahren   |199        |1990-01-01 |1999-12-31 |decade
            Das war in den Neunzigerjahren.                      |2025-11-20|den Neunzigerjahren |199        |1990-01-01 |1999-12-31 |decade
            Im 19. Jahrhundert entstand die Stadt.               |2025-11-20|19. Jahrhundert     |18         |1800-01-01 |1899-12-31 |century
            Ende Oktober kam es zu Protesten.                    |2025-11-20|Ende Oktober        |2025-10    |2025-10-21 |2025-10-31 |month
            Die Frist läuft bis Ende November.                   |2025-11-20|Ende November       |2025-11    |2025-11-21 |2025-11-30 |month
            Anfang Dezember wird entschieden.                    |2025-11-20|Anfang Dezember     |2025-12    |2025-12-01 |2025-12-10 |month
            Mitte Dezember soll entschieden werden.              |2025-11-20|Mitte Dezember      |2025-12    |2025-12-11 |2025-12-20 |month
            Anfang des Jahres stiegen die Preise.                |2025-11-20|Anfang des Jahres   |2025       |2025-01-01 |2025-02-28 |year
            Anfang 2025 begann der Umbau.                        |2025-11-20|Anfang 2025         |2025       |2025-01-01 |2025-02-28 |year
            Mitte 2025 soll das Werk öffnen.                     |2025-11-20|Mitte 2025          |2025       |2025-05-01 |2025-08-31 |year
            Ende der Woche soll es regnen.                       |2025-11-20|Ende der Woche      |2025-W47   |2025-11-21 |2025-11-23 |week
            Die Anlage soll im Frühjahr 2026 fertig sein.        |2025-11-20|Frühjahr 2026       |2026-SP    |2026-03-01 |2026-05-31 |season
            Im Sommer 1916 begann die Offensive.                 |2025-11-20|Sommer 1916         |1916-SU    |1916-06-01 |1916-08-31 |season
            Im Herbst wird gewählt.                              |2025-11-20|Herbst              |2025-FA    |2025-09-01 |2025-11-30 |season
            Im Winter drohen Engpässe.                           |2025-11-20|Winter              |2025-WI    |2025-12-01 |2026-02-28 |season
            Im Winter drohen Engpässe.                           |2026-01-15|Winter              |2025-WI    |2025-12-01 |2026-02-28 |season
            Diesen Sommer war es heiß.                           |2025-11-20|Diesen Sommer       |2025-SU    |2025-06-01 |2025-08-31 |season
            Gestern trat er zurück.                              |2025-11-20|Gestern             |2025-11-19 |2025-11-19 |2025-11-19 |day
            Heute beginnt die Sitzung.                           |2025-11-20|Heute               |2025-11-20 |2025-11-20 |2025-11-20 |day
            Die Entscheidung fällt morgen.                       |2025-11-20|morgen              |2025-11-21 |2025-11-21 |2025-11-21 |day
            Vorgestern gab es einen Unfall.                      |2025-11-20|Vorgestern          |2025-11-18 |2025-11-18 |2025-11-18 |day
            Übermorgen ist Feiertag.                             |2025-11-20|Übermorgen          |2025-11-22 |2025-11-22 |2025-11-22 |day
            Gestern Abend brannte eine Scheune.                  |2025-11-20|Gestern Abend       |2025-11-19 |2025-11-19 |2025-11-19 |day
            Am Mittwoch hatte die Polizei den Mann festgenommen. |2025-11-20|Mittwoch            |2025-11-19 |2025-11-19 |2025-11-19 |day
            Am Montag wird das Parlament abstimmen.              |2025-11-20|Montag              |2025-11-24 |2025-11-24 |2025-11-24 |day
            Der Mann soll am Freitag zwei Passanten angegriffen haben.|2025-06-01|Freitag       |2025-05-30 |2025-05-30 |2025-05-30 |day
            Am Freitag hat die Polizei den Mann festgenommen.    |2025-11-24|Freitag             |2025-11-21 |2025-11-21 |2025-11-21 |day
            Am Freitag erlitt ein Mann schwere Verletzungen.     |2025-11-24|Freitag             |2025-11-21 |2025-11-21 |2025-11-21 |day
            Die Sitzung ist für Donnerstag angesetzt.            |2025-11-24|Donnerstag          |2025-11-27 |2025-11-27 |2025-11-27 |day
            Verdi hat für Freitag zu Warnstreiks aufgerufen.     |2025-03-12|Freitag             |2025-03-14 |2025-03-14 |2025-03-14 |day
            Die neue Regel gilt ab Montag.                       |2025-03-12|Montag              |2025-03-17 |2025-03-17 |2025-03-17 |day
            Die für Freitag geplante Sitzung fiel aus.           |2025-03-15|Freitag             |2025-03-14 |2025-03-14 |2025-03-14 |day
            Die Polizei ist seit Samstag im Einsatz.             |2025-03-17|Samstag             |2025-03-15 |2025-03-15 |2025-03-15 |day
            Seit Donnerstag gilt ein Fahrverbot.                 |2025-03-12|Donnerstag          |2025-03-06 |2025-03-06 |2025-03-06 |day
            Die Straßensperre bleibt bis Montag bestehen.        |2025-03-12|Montag              |2025-03-17 |2025-03-17 |2025-03-17 |day
            Die Messe lief bis Montag.                           |2025-03-19|Montag              |2025-03-17 |2025-03-17 |2025-03-17 |day
            Bis Samstag konnten die Behörden nichts sagen.        |2025-03-16|Samstag             |2025-03-15 |2025-03-15 |2025-03-15 |day
            „Wir kommen am Sonntag“, sagte sie.                  |2025-03-12|Sonntag             |2025-03-16 |2025-03-16 |2025-03-16 |day
            Am morgigen Sonntag wollte die Familie zurückkehren.  |2025-03-15|morgigen Sonntag    |2025-03-16 |2025-03-16 |2025-03-16 |day
            Das Werk musste am gestrigen Donnerstag schließen.    |2025-03-14|gestrigen Donnerstag|2025-03-13 |2025-03-13 |2025-03-13 |day
            „Wir rechnen mit Regen am Montag“, sagte ein Sprecher.|2025-03-12|Montag             |2025-03-10 |2025-03-10 |2025-03-10 |day
            „Wir rechnen mit Regen bis Montag“, sagte ein Sprecher.|2025-03-12|Montag            |2025-03-17 |2025-03-17 |2025-03-17 |day
            »Am Freitag war es ruhig«, sagte er am Montag.        |2025-03-12|Freitag             |2025-03-07 |2025-03-07 |2025-03-07 |day
            In aller Welt am Sonntag wurde der Opfer gedacht.    |2025-11-20|Sonntag             |2025-11-16 |2025-11-16 |2025-11-16 |day
            Das Bild am Montag zeigte ihn lachend.               |2025-11-20|Montag              |2025-11-17 |2025-11-17 |2025-11-17 |day
            Er kündigte an, im März zurückzutreten.              |2025-11-20|März                |2026-03    |2026-03-01 |2026-03-31 |month
            Sie versprach, bis Ende Juni eine Lösung vorzulegen. |2025-11-20|Ende Juni           |2026-06    |2026-06-21 |2026-06-30 |month
            Die Gewerkschaft drohte, am Montag zu streiken.      |2025-11-20|Montag              |2025-11-24 |2025-11-24 |2025-11-24 |day
            Er reiste ab, um am Montag zu verhandeln.            |2025-11-20|Montag              |2025-11-17 |2025-11-17 |2025-11-17 |day
            Es gelang ihm, im März den Vertrag abzuschließen.    |2025-11-20|März                |2025-03    |2025-03-01 |2025-03-31 |month
            Der Euro kostete am Nachmittag 1,08 Dollar.          |2024-11-07|Nachmittag          |2024-11-07 |2024-11-07 |2024-11-07 |day
            Am Dienstag trifft sich der Ausschuss.               |2025-11-20|Dienstag            |2025-11-25 |2025-11-25 |2025-11-25 |day
            Der Prozess beginnt am Montag.                       |2025-11-20|Montag              |2025-11-24 |2025-11-24 |2025-11-24 |day
            Am Montag kam der Ausschuss zusammen.                |2025-11-20|Montag              |2025-11-17 |2025-11-17 |2025-11-17 |day
            Der am Dienstag verletzte Stürmer reist am Samstag ab.|2025-11-20|Dienstag           |2025-11-18 |2025-11-18 |2025-11-18 |day
            Das Attentat vom Sonntag galt einem Stützpunkt.      |2025-11-20|Sonntag             |2025-11-16 |2025-11-16 |2025-11-16 |day
            Die Ergebnisse von Samstag: Rapid gegen Ried 2:1.    |2025-11-20|Samstag             |2025-11-15 |2025-11-15 |2025-11-15 |day
            Vom Montag an gilt die neue Regel.                   |2025-11-20|Montag              |2025-11-24 |2025-11-24 |2025-11-24 |day
            Das Treffen am Sonntag war kurz.                     |2025-11-20|Sonntag             |2025-11-16 |2025-11-16 |2025-11-16 |day
            Gearbeitet wird von Montag bis Freitag.              |2025-11-20|Freitag             |2025-11-28 |2025-11-28 |2025-11-28 |day
            Es fiel so viel Regen wie sonst in einem Monat.      |2025-11-20|in einem Monat      |P1M        |-          |-          |unknown
            Am Samstag und Sonntag wird demonstriert.            |2025-11-20|Sonntag             |2025-11-23 |2025-11-23 |2025-11-23 |day
            Am Samstag demonstrierten Tausende.                  |2025-11-20|Samstag             |2025-11-15 |2025-11-15 |2025-11-15 |day
            Die reparierten Brücken werden am Samstag eröffnet.  |2025-11-20|Samstag             |2025-11-22 |2025-11-22 |2025-11-22 |day
            Am Mittwochabend kam es zu Ausschreitungen.          |2025-11-20|Mittwochabend       |2025-11-19 |2025-11-19 |2025-11-19 |day
            Am kommenden Freitag beginnt der Gipfel.             |2025-11-20|kommenden Freitag   |2025-11-21 |2025-11-21 |2025-11-21 |day
            Vergangenen Samstag demonstrierten Tausende.         |2025-11-20|Vergangenen Samstag |2025-11-15 |2025-11-15 |2025-11-15 |day
            Vor zwei Wochen wurde der Vertrag unterzeichnet.     |2025-11-20|Vor zwei Wochen     |2025-W45   |2025-11-03 |2025-11-09 |week
            Vor drei Jahren begann der Streit.                   |2025-11-20|Vor drei Jahren     |2022       |2022-01-01 |2022-12-31 |year
            In drei Jahren soll die Strecke fertig sein.         |2025-11-20|In drei Jahren      |2028       |2028-01-01 |2028-12-31 |year
            Vergangenes Wochenende feierten Tausende.            |2025-11-20|Vergangenes Wochenende|2025-W46-WE|2025-11-15|2025-11-16|week
            Letzte Woche sank der Kurs.                          |2025-11-20|Letzte Woche        |2025-W46   |2025-11-10 |2025-11-16 |week
            Nächsten Monat beginnt der Bau.                      |2025-11-20|Nächsten Monat      |2025-12    |2025-12-01 |2025-12-31 |month
            Die Zahlen des vergangenen Jahres waren gut.         |2025-11-20|vergangenen Jahres  |2024       |2024-01-01 |2024-12-31 |year
            Wir wollen in diesem Jahr wachsen.                   |2025-11-20|diesem Jahr         |2025       |2025-01-01 |2025-12-31 |year
            Ende vergangenen Jahres stiegen die Zinsen.          |2025-11-20|Ende vergangenen Jahres|2024    |2024-11-01 |2024-12-31 |year
            Seit Jahresbeginn sind die Preise gestiegen.         |2025-11-20|Jahresbeginn        |2025       |2025-01-01 |2025-02-28 |year
            Die Sitzung begann am 20. November 2025 um 14 Uhr.   |2025-11-20|20. November 2025   |2025-11-20 |2025-11-20 |2025-11-20 |day
            Die Sitzung begann am 20. November 2025 um 14 Uhr.   |2025-11-20|14 Uhr              |2025-11-20T14:00|2025-11-20|2025-11-20|day
            Im ersten Quartal 2025 sank der Umsatz.              |2025-11-20|ersten Quartal 2025 |2025-Q1    |2025-01-01 |2025-03-31 |quarter
            Der Zeitraum umfasst das 2. Halbjahr 2025.           |2025-11-20|2. Halbjahr 2025    |2025-H2    |2025-07-01 |2025-12-31 |unknown
            In der Kalenderwoche 47 wird geliefert.              |2025-11-20|Kalenderwoche 47    |2025-W47   |2025-11-17 |2025-11-23 |week
            In der zweiten Jännerwoche stiegen die Fälle.        |2025-11-20|zweiten Jännerwoche |2025-W02   |2025-01-06 |2025-01-12 |week
            Die Messe beginnt in der ersten Märzwoche 2027.      |2025-11-20|ersten Märzwoche 2027|2027-W09  |2027-03-01 |2027-03-07 |week
            In der letzten Dezemberwoche bleibt die Praxis zu.   |2025-11-20|letzten Dezemberwoche|2025-W52  |2025-12-22 |2025-12-28 |week
            Zu Weihnachten 2024 kam die Familie.                 |2025-11-20|Weihnachten 2024    |2024-12-25 |2024-12-25 |2024-12-25 |day
            Ostern 2025 fiel auf den 20. April.                  |2025-11-20|Ostern 2025         |2025-04-20 |2025-04-20 |2025-04-20 |day
            Am 1. September 1939 begann der Krieg.               |2025-11-20|1. September 1939   |1939-09-01 |1939-09-01 |1939-09-01 |day
            Das Treffen ist am 20.11. geplant.                   |2025-11-20|20.11.              |2025-11-20 |2025-11-20 |2025-11-20 |day
            Vom 12. bis 15. Juni 2025 findet das Fest statt.     |2025-11-20|12.                 |2025-06-12 |2025-06-12 |2025-06-12 |day
            Vom 12. bis 15. Juni 2025 findet das Fest statt.     |2025-11-20|15. Juni 2025       |2025-06-15 |2025-06-15 |2025-06-15 |day
            Am selben Tag trat er zurück.                        |2025-11-20|Am selben Tag       |2025-11-20 |2025-11-20 |2025-11-20 |day
            Am 3. Oktober feierten viele, am Tag darauf war Ruhe.|2025-11-20|am Tag darauf       |2025-10-04 |2025-10-04 |2025-10-04 |day
            Die Verhandlungen dauerten zwei Wochen.              |2025-11-20|zwei Wochen         |P2W        |-          |-          |unknown
            Er sprach von einer Frist von 48 Stunden.            |2025-11-20|48 Stunden          |PT48H      |-          |-          |unknown
            In den kommenden Tagen wird es kalt.                 |2025-11-20|kommenden Tagen     |PXD        |-          |-          |unknown
            Derzeit gibt es keine Lösung.                        |2025-11-20|Derzeit             |PRESENT_REF|2025-11-20 |2025-11-20 |day
            """)
    void newsMode(String sentence, String published, String text, String value, String start, String end,
                  String granularity) {
        List<DateExpression> found = NEWS.extract(doc(sentence, LocalDate.parse(published)));
        DateExpression e = find(found, text);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.startDate()).isEqualTo(date(start));
        assertThat(e.endDate()).isEqualTo(date(end));
        assertThat(e.granularity()).isEqualTo(granularity);
        assertThat(sentence.substring(e.charStart(), e.charEnd())).isEqualTo(e.text());
        assertThat(e.sentenceNo()).isEqualTo(1);
    }

    /** Narrative mode: the last date mentioned anchors what follows; the publication date is 2011-02-16. */
    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Im Oktober 1941 stand die Wehrmacht vor Moskau, im Dezember begann die Gegenoffensive.|Dezember|1941-12
            Am 5. Juni 1944 sammelte sich die Flotte. Am folgenden Tag begann die Landung.      |folgenden Tag|1944-06-06
            Am 22. Juni 1941 begann der Angriff. Zwei Tage später fiel Brest.                   |Zwei Tage später|1941-06-24
            Am 22. Juni 1941 begann der Angriff, der seit 1939 geplant war. Am 3. Juli sprach Stalin.|3. Juli|1941-07-03
            Im Sommer 1916 begann die Offensive; im Herbst scheiterte sie.                      |Herbst|1916-FA
            Der Angriff am 1.9.39 überraschte Polen.                                            |1.9.39|1939-09-01
            Heute ist die Stadt ein Museum.                                                     |Heute|PRESENT_REF
            """)
    void narrativeMode(String text, String expression, String value) {
        List<DateExpression> found = NARRATIVE.extract(doc(text, LocalDate.parse("2011-02-16")));
        assertThat(find(found, expression).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bei dem Unglück starben 1.000 Menschen.",
            "2025 Menschen nahmen an der Kundgebung teil.",
            "Die Mannschaft gewann 2:1.",
            "Er belegte den 3. Platz.",
            "Rund 1500 Polizisten waren im Einsatz.",
            "Die Strafe beträgt 2000 Euro.",
            "August Müller ist Bürgermeister.",
            "Der Preis stieg um 3,5 Prozent.",
            "Das Haus hat die Nummer 1945.",
            "Jan Meier sagte, er komme nicht.",
            "Er ist 85 Jahre alt.",
            "Ein 25 Jahre alter Mann wurde festgenommen.",
            "Eine 34 Jahre alte Frau wurde leicht verletzt.",
            "Befragt wurden Menschen im Alter von 14 bis 20 Jahren.",
            "Mit 30 Jahren wurde er Chef.",
            "Herr Winter und Frau Herbst kamen zu spät.",
            "Die Partei erhielt 1.234.567 Stimmen.",
            "Die Strecke ist 1200 Kilometer lang.",
            "Sie zahlten mit 1500 Franken.",
            "Das sagte er der „Welt am Sonntag“.",
            "Wie die »Bild am Sonntag« berichtet, tritt er zurück.",
            "Das sagte die Ministerin der Welt am Sonntag.",
            "Wie die Bild am Sonntag berichtet, tritt er zurück.",
            "Der Anwalt sagte der NZZ am Sonntag, er lege Berufung ein.",
            ""
    })
    void noDates(String sentence) {
        assertThat(NEWS.extract(doc(sentence, LocalDate.parse("2025-11-20")))).isEmpty();
    }

    @Test
    void relativeWithoutPublicationDateIsUnanchored() {
        DateExpression e = find(NEWS.extract(doc("Gestern trat er zurück.", null)), "Gestern");
        assertThat(e.value()).isNull();
        assertThat(e.startDate()).isNull();
        assertThat(e.endDate()).isNull();
        assertThat(e.anchored()).isFalse();
    }

    /** Without any year to anchor them, dates keep what they say in TIMEX3's underspecified form. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Am 3. Oktober trat er zurück.        | 3. Oktober | XXXX-10-03  | day
            Am 3. Jänner trat er zurück.         | 3. Jänner  | XXXX-01-03  | day
            Am 24.12. bleibt das Amt geschlossen. | 24.12.     | XXXX-12-24  | day
            Im Oktober trat er zurück.           | Oktober    | XXXX-10     | month
            Am Mittwoch trat er zurück.          | Mittwoch   | XXXX-WXX-3  | day
            Am Sonntag trat er zurück.           | Sonntag    | XXXX-WXX-7  | day
            """)
    void yearlessWithoutAnyYearIsUnderspecified(String sentence, String text, String value, String granularity) {
        DateExpression e = find(NEWS.extract(doc(sentence, null)), text);
        assertThat(e.value()).isEqualTo(value);
        assertThat(e.granularity()).isEqualTo(granularity);
        assertThat(e.startDate()).isNull();
        assertThat(e.endDate()).isNull();
        assertThat(e.anchored()).isFalse();
    }

    @Test
    void afterSomeYearsInAPastSentenceIsADuration() {
        DateExpression e = find(NEWS.extract(doc("Die Partei hatte nach zwölf Jahren an der Macht die Mehrheit verloren.",
                LocalDate.parse("2016-03-10"))), "nach zwölf Jahren");
        assertThat(e.value()).isEqualTo("P12Y");
        assertThat(e.startDate()).isNull();
        assertThat(e.anchored()).isFalse();
    }

    @Test
    void absoluteWithoutPublicationDateIsAnchored() {
        DateExpression e = find(NEWS.extract(doc("Am 20. November 2025 tagte der Rat.", null)), "20. November 2025");
        assertThat(e.value()).isEqualTo("2025-11-20");
        assertThat(e.anchored()).isTrue();
    }

    @Test
    void yearlessDateWithoutPublicationDateTakesYearFromText() {
        DateExpression e = find(NEWS.extract(doc("Im März 2019 begann es, am 3. Oktober endete es.", null)),
                "3. Oktober");
        assertThat(e.value()).isEqualTo("2019-10-03");
    }

    @Test
    void durationsAreUnanchored() {
        DateExpression e = find(NEWS.extract(doc("Der Streik dauerte drei Tage.", LocalDate.parse("2025-11-20"))),
                "drei Tage");
        assertThat(e.value()).isEqualTo("P3D");
        assertThat(e.anchored()).isFalse();
        assertThat(e.granularity()).isEqualTo("unknown");
    }

    @Test
    void offsetsPointIntoDocumentAcrossSentences() {
        String text = "Titel\n\nAm 3. Mai 2024 begann es. Gestern endete es.";
        int second = text.indexOf("Gestern");
        List<Sentence> sentences = List.of(new Sentence("d", 1, 1, "Titel", 0, 5),
                new Sentence("d", 2, 2, "Am 3. Mai 2024 begann es.", 7, second - 1),
                new Sentence("d", 3, 2, "Gestern endete es.", second, text.length()));
        List<DateExpression> found = NEWS.extract(new DocumentContext("d", text, sentences, LocalDate.parse(
                "2025-11-20")));
        assertThat(found).extracting(DateExpression::text).containsExactly("3. Mai 2024", "Gestern");
        assertThat(found).extracting(DateExpression::sentenceNo).containsExactly(2, 3);
        for (DateExpression e : found) {
            assertThat(text.substring(e.charStart(), e.charEnd())).isEqualTo(e.text());
        }
    }

    @Test
    void sentenceNotMatchingDocumentIsSkipped() {
        DocumentContext d = new DocumentContext("d", "Heute regnet es.",
                List.of(new Sentence("d", 1, 1, "Gestern regnete es.", 0, 19)), LocalDate.parse("2025-11-20"));
        assertThat(NEWS.extract(d)).isEmpty();
    }

    @Test
    void emptyAndNullInputs() {
        assertThat(NEWS.extract(null)).isEmpty();
        assertThat(NEWS.extract(new DocumentContext("d", "", List.of(), null))).isEmpty();
        assertThat(NEWS.extract(new DocumentContext("d", null, null, null))).isEmpty();
    }

    @Test
    void randomInputNeverThrowsAndKeepsOffsets() {
        Random random = new Random(42);
        String alphabet = "0123456789.:/-– ,()abcdeJahrMaiOktoberimamvonbisEndeAnfangv. Chr.UhrWocheTagenäöüß\n";
        String[] words = {"am", "im", "3.", "12.", "Oktober", "1939", "bis", "Ende", "Jahres", "v. Chr.", "Uhr",
                "14:30", "vor", "zwei", "Wochen", "später", "Mittwoch", "letzte", "Woche", "20.11.", "2025-11-20",
                "KW", "47", "Q3", "den", "1990er", "Jahren", "19.", "Jahrhundert", "heute", "Frühjahr", "/", "–"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                if (random.nextBoolean()) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                } else {
                    sb.append(words[random.nextInt(words.length)]).append(' ');
                }
            }
            String text = sb.toString();
            LocalDate published = random.nextBoolean() ? null : LocalDate.of(1900 + random.nextInt(200), 1 + random
                    .nextInt(12), 1 + random.nextInt(28));
            for (DateExtractor x : List.of(NEWS, NARRATIVE)) {
                assertThatCode(() -> {
                    for (DateExpression e : x.extract(doc(text, published))) {
                        assertThat(text.substring(e.charStart(), e.charEnd())).isEqualTo(e.text());
                        assertThat(e.startDate() == null).isEqualTo(e.endDate() == null);
                        if (e.startDate() != null) {
                            assertThat(e.startDate()).isBeforeOrEqualTo(e.endDate());
                        }
                    }
                }).as(text).doesNotThrowAnyException();
            }
        }
    }

    @Test
    void deterministicAndThreadSafe() throws InterruptedException {
        String text = "Am 3. Oktober 2024 und vor zwei Wochen, im Frühjahr 2026 und Ende vergangenen Jahres.";
        List<DateExpression> expected = NEWS.extract(doc(text, LocalDate.parse("2025-11-20")));
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (!NEWS.extract(doc(text, LocalDate.parse("2025-11-20"))).equals(expected)) {
                        failures.incrementAndGet();
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures.get()).isZero();
        assertThat(expected).hasSize(4);
    }
}
