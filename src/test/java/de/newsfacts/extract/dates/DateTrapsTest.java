package de.newsfacts.extract.dates;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.DocumentContext;
import de.newsfacts.testing.OneSentence;
import de.newsfacts.normalize.TextNormalizer;
import de.newsfacts.structure.DocumentStructurer;
import de.newsfacts.structure.StructuredDocument;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Constructed German, Austrian and Swiss news sentences with the usual date traps (Jänner/Feber, year-less
 * dates, "20.11.", fuzzy parts, relative weekdays and offsets) in news mode. Names and places are invented.
 * Publication date 2026-01-20 is a Tuesday in ISO week 4 (week 1 starts on Monday 2025-12-29).
 */
class DateTrapsTest {

    private static final DateExtractor NEWS = DateExtractor.news();

    private static List<DateExpression> run(String sentence, LocalDate published) {
        DocumentContext context = OneSentence.context(sentence, published);
        List<DateExpression> out = NEWS.extract(context);
        for (DateExpression e : out) {
            assertThat(context.text().substring(e.charStart(), e.charEnd())).isEqualTo(e.text());
        }
        return out;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    @ParameterizedTest(name = "{0} -> {2} = {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Der Landtag tritt am 3. Jänner 2026 zu einer Sondersitzung zusammen.   |2025-12-20|3. Jänner 2026     |2026-01-03 |2026-01-03 |2026-01-03
            Im Feber stiegen die Preise für Skipässe in Tirol deutlich.             |2026-03-10|Feber              |2026-02    |2026-02-01 |2026-02-28
            Die Gemeinderatswahl findet am 1. März statt.                           |2026-01-20|1. März            |2026-03-01 |2026-03-01 |2026-03-01
            Der Prozess beginnt am 20.11. am Landesgericht Linz.                    |2025-11-10|20.11.             |2025-11-20 |2025-11-20 |2025-11-20
            Mitte Dezember will der Gemeinderat über das Budget entscheiden.        |2025-11-20|Mitte Dezember     |2025-12    |2025-12-11 |2025-12-20
            Vergangenen Freitag brannte in Eisenhütte eine Lagerhalle.             |2026-01-20|Vergangenen Freitag|2026-01-16 |2026-01-16 |2026-01-16
            Vor drei Wochen hatte der Vorstand noch anders entschieden.             |2026-01-20|Vor drei Wochen    |2026-W01   |2025-12-29 |2026-01-04
            Ende 2025 lief der Vertrag mit dem Trainer aus.                         |2026-01-20|Ende 2025          |2025       |2025-11-01 |2025-12-31
            Im Herbst soll die neue Innbrücke eröffnet werden.                      |2026-01-20|Herbst             |2026-FA    |2026-09-01 |2026-11-30
            Am 15. Jänner wurden in Zwettl minus 24 Grad gemessen.                  |2026-01-20|15. Jänner         |2026-01-15 |2026-01-15 |2026-01-15
            Die Anmeldefrist läuft bis 28. Feber 2026.                              |2026-01-20|28. Feber 2026     |2026-02-28 |2026-02-28 |2026-02-28
            Das Open-Air findet vom 3. bis 5. Juli am Seeufer statt.                |2026-01-20|5. Juli            |2026-07-05 |2026-07-05 |2026-07-05
            Das Open-Air findet vom 3. bis 5. Juli am Seeufer statt.                |2026-01-20|3.                 |2026-07-03 |2026-07-03 |2026-07-03
            Am Montag, 12. Jänner, legte die Landesregierung ihren Plan vor.        |2026-01-20|Montag, 12. Jänner |2026-01-12 |2026-01-12 |2026-01-12
            Anfang Feber wurde der Sessellift wieder in Betrieb genommen.           |2026-03-02|Anfang Feber       |2026-02    |2026-02-01 |2026-02-10
            Die Bauarbeiten an der Brücke dauern bis Ende März 2027.                |2026-01-20|Ende März 2027     |2027-03    |2027-03-21 |2027-03-31
            Gestern Nachmittag kam es auf der A1 bei Amstetten zu einem Stau.       |2026-01-20|Gestern Nachmittag |2026-01-19 |2026-01-19 |2026-01-19
            Im Sommer 2025 war der Pegel des Sees so niedrig wie nie.               |2026-01-20|Sommer 2025        |2025-SU    |2025-06-01 |2025-08-31
            Letzten Donnerstag einigten sich die Koalitionspartner.                 |2026-01-20|Letzten Donnerstag |2026-01-15 |2026-01-15 |2026-01-15
            Am 24. Dezember bleiben die Geschäfte ab 14 Uhr geschlossen.            |2025-12-10|24. Dezember       |2025-12-24 |2025-12-24 |2025-12-24
            Seit 1. Jänner gilt in Vorarlberg die neue Bauordnung.                  |2026-01-20|1. Jänner          |2026-01-01 |2026-01-01 |2026-01-01
            Der Vertrag wurde am 5.3.2025 in Bern unterzeichnet.                    |2026-01-20|5.3.2025           |2025-03-05 |2025-03-05 |2025-03-05
            Ende Jänner hatte der Skiclub seine Hauptversammlung.                   |2026-02-05|Ende Jänner        |2026-01    |2026-01-21 |2026-01-31
            Vorige Woche hat der Stadtrat die Gebühren erhöht.                      |2026-01-20|Vorige Woche       |2026-W03   |2026-01-12 |2026-01-18
            Kommende Woche beginnt die Session im Bundeshaus.                       |2026-01-20|Kommende Woche     |2026-W05   |2026-01-26 |2026-02-01
            Mitte Dezember hatte der Gemeinderat das Budget beschlossen.            |2026-01-20|Mitte Dezember     |2025-12    |2025-12-11 |2025-12-20
            Im November war die Zahl der Arbeitslosen gestiegen.                    |2026-01-20|November           |2025-11    |2025-11-01 |2025-11-30
            Heuer wurden in Kärnten weniger Wölfe gesichtet.                        |2026-11-20|Heuer              |2026       |2026-01-01 |2026-12-31
            Die Abstimmung ist am 14. Juni 2026 geplant.                            |2026-01-20|14. Juni 2026      |2026-06-14 |2026-06-14 |2026-06-14
            Am Dienstagabend stimmte der Nationalrat über das Budget ab.            |2026-01-20|Dienstagabend      |2026-01-20 |2026-01-20 |2026-01-20
            Die neue Regel gilt ab 1.1.2027 für alle Kantone.                       |2026-01-20|1.1.2027           |2027-01-01 |2027-01-01 |2027-01-01
            Weitere Vorstellungen sind am 14., 17. und 23. Oktober geplant.         |2026-01-20|14.                |2026-10-14 |2026-10-14 |2026-10-14
            Der Abschluss des Verfahrens wird für Ende 2026 erwartet.               |2026-01-20|Ende 2026          |2026       |2026-11-01 |2026-12-31
            Bis Mitte Feber bleibt die Straße über den Pass gesperrt.               |2026-01-20|Mitte Feber        |2026-02    |2026-02-11 |2026-02-20
            Der Unfall ereignete sich am Samstag, dem 17. Jänner 2026.              |2026-01-20|Samstag, dem 17. Jänner 2026|2026-01-17|2026-01-17|2026-01-17
            Im Jänner 2025 war die Arbeitslosigkeit am höchsten.                    |2026-01-20|Jänner 2025        |2025-01    |2025-01-01 |2025-01-31
            Zu Silvester ist das Feuerwerk in der Altstadt verboten.                |2025-12-10|Silvester          |2025-12-31 |2025-12-31 |2025-12-31
            Seit Anfang Dezember sind die Skigebiete geöffnet.                      |2026-01-20|Anfang Dezember    |2025-12    |2025-12-01 |2025-12-10
            In der Nacht auf Montag wurde in eine Trafik eingebrochen.              |2026-01-20|Montag             |2026-01-19 |2026-01-19 |2026-01-19
            Anmeldungen sind bis 15.3. möglich.                                     |2026-01-20|15.3.              |2026-03-15 |2026-03-15 |2026-03-15
            Die Sitzung beginnt um 14.30 Uhr.                                       |2026-01-20|14.30 Uhr          |2026-01-20T14:30|2026-01-20|2026-01-20
            Der Umsatz stieg im Vorjahr, teilte der Konzern um 16.45 Uhr mit.       |2025-04-03|16.45 Uhr          |2025-04-03T16:45|2025-04-03|2025-04-03
            Die Wahl findet am Sonntag, 16.02.2025 statt.                            |2025-02-20|Sonntag, 16.02.2025|2025-02-16 |2025-02-16 |2025-02-16
            Im kommenden Frühjahr soll der Umbau starten.                           |2026-01-20|kommenden Frühjahr |2026-SP    |2026-03-01 |2026-05-31
            Vergangenes Jahr kamen weniger Gäste ins Tal.                           |2026-01-20|Vergangenes Jahr   |2025       |2025-01-01 |2025-12-31
            In zwei Wochen entscheidet das Parlament.                               |2026-01-20|In zwei Wochen     |2026-W06   |2026-02-02 |2026-02-08
            Vor einem Jahr brannte die Scheune ab.                                  |2026-01-20|Vor einem Jahr     |2025       |2025-01-01 |2025-12-31
            Am 3. Jänner findet das Neujahrsspringen statt.                         |2025-12-28|3. Jänner          |2026-01-03 |2026-01-03 |2026-01-03
            Im Februar beginnen die Bauarbeiten am Bahnhof.                         |2025-11-20|Februar            |2026-02    |2026-02-01 |2026-02-28
            Das Konzert am 12. Dezember war ausverkauft.                            |2026-01-08|12. Dezember       |2025-12-12 |2025-12-12 |2025-12-12
            Die Frist endet am 31. März.                                            |2026-01-20|31. März           |2026-03-31 |2026-03-31 |2026-03-31
            Am Stefanitag bleiben die Geschäfte geschlossen.                        |2025-12-10|Stefanitag         |2025-12-26 |2025-12-26 |2025-12-26
            Zu Allerheiligen besuchen viele die Friedhöfe.                          |2025-10-20|Allerheiligen      |2025-11-01 |2025-11-01 |2025-11-01
            Die Frist endet mit 31.12.                                              |2026-01-20|31.12.             |2026-12-31 |2026-12-31 |2026-12-31
            Anfang 2026 wurde die Gebühr erhöht.                                    |2026-03-20|Anfang 2026        |2026       |2026-01-01 |2026-02-28
            Im ersten Halbjahr sank der Absatz.                                     |2026-08-20|ersten Halbjahr    |2026-H1    |2026-01-01 |2026-06-30
            Am Wochenende wurde in zwei Geschäfte eingebrochen.                     |2026-01-20|Wochenende         |2026-W03-WE|2026-01-17 |2026-01-18
            Heute früh kam es zu einem Stromausfall.                                |2026-01-20|Heute früh         |2026-01-20 |2026-01-20 |2026-01-20
            Morgen tagt der Landtag in Innsbruck.                                   |2026-01-20|Morgen             |2026-01-21 |2026-01-21 |2026-01-21
            Die neue Tarifordnung gilt per 1. Jänner 2027.                          |2026-01-20|1. Jänner 2027     |2027-01-01 |2027-01-01 |2027-01-01
            Vergangene Woche stürzte ein Baukran um.                                |2026-01-20|Vergangene Woche   |2026-W03   |2026-01-12 |2026-01-18
            Diese Woche tagt der Ausschuss zweimal.                                 |2026-01-20|Diese Woche        |2026-W04   |2026-01-19 |2026-01-25
            Die Messe findet vom 3. bis 7. Feber statt.                             |2026-01-20|7. Feber           |2026-02-07 |2026-02-07 |2026-02-07
            Die Messe findet vom 3. bis 7. Feber statt.                             |2026-01-20|3.                 |2026-02-03 |2026-02-03 |2026-02-03
            Am 26. Oktober, dem Nationalfeiertag, ist das Heer in Wien.             |2026-01-20|26. Oktober        |2026-10-26 |2026-10-26 |2026-10-26
            Bis Jahresende sollen alle Anträge bearbeitet sein.                     |2026-01-20|Jahresende         |2026       |2026-11-01 |2026-12-31
            Die Ausstellung läuft bis 6. Jän. 2027.                                 |2026-01-20|6. Jän. 2027       |2027-01-06 |2027-01-06 |2027-01-06
            Am 1. August feiert die Schweiz den Bundesfeiertag.                     |2026-01-20|1. August          |2026-08-01 |2026-08-01 |2026-08-01
            Zum Dreikönigstag kamen die Sternsinger.                                |2026-01-20|Dreikönigstag      |2026-01-06 |2026-01-06 |2026-01-06
            Mitte Jänner war der See zugefroren.                                    |2026-01-28|Mitte Jänner       |2026-01    |2026-01-11 |2026-01-20
            Ende Feber 2025 schloss die Fabrik.                                     |2026-01-20|Ende Feber 2025    |2025-02    |2025-02-21 |2025-02-28
            In Lake Louise raste die Tirolerin am Samstag auf Platz zwei.           |2026-11-30|Samstag            |2026-11-28 |2026-11-28 |2026-11-28
            Am Sonntag schied der Vorarlberger im ersten Durchgang aus.             |2026-11-30|Sonntag            |2026-11-29 |2026-11-29 |2026-11-29
            Salzburg sollte die Partie am Samstag gewinnen.                         |2026-11-30|Samstag            |2026-12-05 |2026-12-05 |2026-12-05
            Am Wochenende statten die Minister Bulgarien einen Besuch ab.           |2015-08-27|Wochenende         |2015-W35-WE|2015-08-29 |2015-08-30
            Die Strecke blieb bis Donnerstagfrüh gesperrt.                          |2026-11-19|Donnerstagfrüh     |2026-11-19 |2026-11-19 |2026-11-19
            Die Tochter hatte 2025 einen Verlust, im Jahr davor einen Gewinn.       |2026-12-03|im Jahr davor      |2024       |2024-01-01 |2024-12-31
            Die Polizei meldete am Sonntag drei Festnahmen.                         |2026-12-10|Sonntag            |2026-12-06 |2026-12-06 |2026-12-06
            Beide Seiten einigten sich am Freitag auf einen Kompromiss.             |2024-12-23|Freitag            |2024-12-20 |2024-12-20 |2024-12-20
            Es gibt eine Einigung, wie beide Seiten am Freitag mitteilten.          |2024-12-23|Freitag            |2024-12-20 |2024-12-20 |2024-12-20
            Die Teams starten am Freitag in die neue Saison.                        |2024-12-23|Freitag            |2024-12-27 |2024-12-27 |2024-12-27
            Die Bauern ernten am Freitag die letzten Trauben.                       |2024-12-23|Freitag            |2024-12-27 |2024-12-27 |2024-12-27
            Am Mittwoch vergangener Woche wurde gewählt.                            |2026-12-10|Mittwoch vergangener Woche|2026-12-02|2026-12-02|2026-12-02
            Die Entscheidung fällt am Freitag nächster Woche.                       |2026-12-10|Freitag nächster Woche|2026-12-18|2026-12-18|2026-12-18
            Am 1. März treten die Regeln in Kraft, die der Rat beschlossen hatte.   |2026-11-29|1. März            |2027-03-01 |2027-03-01 |2027-03-01
            Eine Folgestudie soll im Frühjahr beginnen.                             |2026-10-14|Frühjahr          |2027-SP    |2027-03-01 |2027-05-31
            Für 2027 rechnet der Konzern mit mehr Umsatz.                           |2026-11-05|2027              |2027       |2027-01-01 |2027-12-31
            Die Feuerwehr war bis zum frühen Morgen im Einsatz.                     |2026-06-07|frühen Morgen     |2026-06-07 |2026-06-07 |2026-06-07
            In der Nacht auf Samstag, gegen 23.45 Uhr, bemerkte eine Frau zwei Männer.|2027-01-18|Samstag        |2027-01-16 |2027-01-16 |2027-01-16
            In der Nacht auf Samstag, gegen 23.45 Uhr, bemerkte eine Frau zwei Männer.|2027-01-18|23.45 Uhr      |2027-01-15T23:45|2027-01-15|2027-01-15
            In der Nacht zum Sonntag brannte gegen 2.30 Uhr eine Scheune.           |2027-01-18|2.30 Uhr          |2027-01-17T02:30|2027-01-17|2027-01-17
            Die Täter dürften seit Anfang Dezember aktiv sein.                      |2027-01-18|Anfang Dezember   |2026-12    |2026-12-01 |2026-12-10
            Bei dem Einbruch am Freitag entstand ein Sachschaden.                   |2027-01-18|Freitag           |2027-01-15 |2027-01-15 |2027-01-15
            Für das vierte Quartal erwartet der Konzern mehr Umsatz.                |2026-10-29|vierte Quartal    |2026-Q4    |2026-10-01 |2026-12-31
            Die Restrukturierung soll im Januar abgeschlossen sein.                 |2026-10-29|Januar            |2027-01    |2027-01-01 |2027-01-31
            Ob er am Dienstag starten werde, ließ der Slalomläufer offen.           |2026-01-26|Dienstag          |2026-01-27 |2026-01-27 |2026-01-27
            Der Vorfall ist bereits der dritte dieser Art seit Jänner.              |2026-07-14|Jänner            |2026-01    |2026-01-01 |2026-01-31
            In der Nacht auf Dienstag zwischen 1 und 4 Uhr wurde gearbeitet.        |2026-07-14|1                 |2026-07-14T01:00|2026-07-14|2026-07-14
            Die Straße ist von 8.30 bis 12 Uhr gesperrt.                            |2026-07-14|8.30              |2026-07-14T08:30|2026-07-14|2026-07-14
            Vor einer Woche war er noch optimistisch.                               |2026-07-14|Vor einer Woche   |2026-W28   |2026-07-06 |2026-07-12
            Die Kunden sollen Gutscheine erhalten, wie der Konzern am Freitag mitteilte.|2026-01-20|Freitag       |2026-01-16 |2026-01-16 |2026-01-16
            Der Verein muss am Sonntag auf seinen Kapitän verzichten.               |2026-01-20|Sonntag           |2026-01-25 |2026-01-25 |2026-01-25
            Der Bischof hat am Sonntag die neue Kapelle eröffnet.                   |2026-01-20|Sonntag           |2026-01-18 |2026-01-18 |2026-01-18
            Seit die Behörde am Donnerstag den Bericht vorgestellt hat, ist die Aufregung groß.|2026-01-20|Donnerstag|2026-01-15|2026-01-15|2026-01-15
            Der Titelverteidiger bezwang am Sonntag den Tabellenführer mit 2:0.     |2026-01-20|Sonntag           |2026-01-18 |2026-01-18 |2026-01-18
            Am Sonntag übergab die Miliz vier Gefangene an das Rote Kreuz.          |2026-10-12|Sonntag           |2026-10-11 |2026-10-11 |2026-10-11
            Die Gewerkschaft kündigte für Samstag einen Warnstreik an.             |2026-02-27|Samstag           |2026-02-28 |2026-02-28 |2026-02-28
            Die Firma bestätigt, dass der Zulieferer am Freitag aufgab.             |2026-01-20|Freitag           |2026-01-16 |2026-01-16 |2026-01-16
            Der Mann soll zwölf Einbrüche verübt haben, teilte die Polizei am Samstag mit.|2026-01-20|Samstag     |2026-01-17 |2026-01-17 |2026-01-17
            Die Reform soll bald kommen, versicherte am Freitag der Minister.      |2026-01-20|Freitag           |2026-01-16 |2026-01-16 |2026-01-16
            Laut der am Donnerstag vorgestellten Studie wächst die Stadt.           |2026-01-20|Donnerstag        |2026-01-15 |2026-01-15 |2026-01-15
            Die am Donnerstag erwartete Entscheidung wird vertagt.                  |2026-01-20|Donnerstag        |2026-01-22 |2026-01-22 |2026-01-22
            Die Tagung begann am Montag, 16. Juni, in Leoben.                       |2026-03-10|Montag, 16. Juni  |2025-06-16 |2025-06-16 |2025-06-16
            Die Gäste unterlagen am Sonntag in Hartberg.                            |2026-01-20|Sonntag           |2026-01-18 |2026-01-18 |2026-01-18
            Der Pegel lag bei 3 Metern, während das Fest, das am 4. Juli beginnt, im Park stattfindet.|2026-01-20|4. Juli|2026-07-04|2026-07-04|2026-07-04
            Der Nationalrat hat am Mittwoch die Pensionsreform beschlossen.         |2026-12-07|Mittwoch          |2026-12-02 |2026-12-02 |2026-12-02
            Die Uhrenindustrie hat im ersten Halbjahr weniger exportiert.           |2026-12-07|ersten Halbjahr   |2026-H1    |2026-01-01 |2026-06-30
            Übernächste Woche berät der Grosse Rat über die Spitalfinanzierung.    |2026-12-07|Übernächste Woche |2026-W52   |2026-12-21 |2026-12-27
            Das Gericht verurteilte den Mann zu drei Jahren und sechs Monaten Haft. |2026-11-26|drei Jahren und sechs Monaten|P3Y6M|-|-
            Die Fahrzeit verkürzt sich auf eine Stunde und zwölf Minuten.           |2026-11-30|eine Stunde und zwölf Minuten|PT1H12M|-|-
            Dreieinhalb Jahre Haft für einen Finanzberater.                         |2026-11-26|Dreieinhalb Jahre |P42M       |-          |-
            Taucher hätten am Sonntagabend sieben weitere Leichen geborgen.         |2026-10-19|Sonntagabend      |2026-10-18 |2026-10-18 |2026-10-18
            Der Film startet am Donnerstag und ist ab zwölf Jahren freigegeben.     |2026-11-11|Donnerstag        |2026-11-12 |2026-11-12 |2026-11-12
            Im Geschäftsjahr 2027 steigen die Ausgaben. Seit Jahresbeginn hat die Aktie zugelegt. |2026-10-29|Jahresbeginn |2026 |2026-01-01 |2026-02-28
            Im Oktober lagen die Preise um 2,6 Prozent höher als im Vorjahresmonat. |2026-12-01|Vorjahresmonat    |2025-10    |2025-10-01 |2025-10-31
            Zum Jahreswechsel sollen die Preise erneut steigen.                     |2026-11-20|Jahreswechsel     |2027-01-01 |2026-12-15 |2027-01-15
            Zum Jahreswechsel waren die Straßen leer.                               |2026-01-20|Jahreswechsel     |2026-01-01 |2025-12-15 |2026-01-15
            Am Sonntag und zum Wochenstart wird es noch milder.                     |2026-12-03|Wochenstart       |2026-12-07 |2026-12-07 |2026-12-07
            Zum Wochenstart hatten die Börsen nachgegeben.                          |2026-12-03|Wochenstart       |2026-11-30 |2026-11-30 |2026-11-30
            Nahrungsmittel kosteten 2,9 Prozent mehr als ein Jahr zuvor.            |2026-12-01|ein Jahr zuvor    |2025       |2025-01-01 |2025-12-31
            Der Sicherheitsrat hat die Mission um ein weiteres Jahr verlängert.     |2026-12-04|ein weiteres Jahr |P1Y        |-          |-
            Er leitete das Orchester von 1979 bis 1996 und prägte in dieser Zeit dessen Klang. |2026-12-08|dieser Zeit |PRESENT_REF |1979-01-01 |1996-12-31
            Mitte Oktober ist der neue Roman der Autorin erschienen.                |2026-01-20|Mitte Oktober      |2025-10    |2025-10-11 |2025-10-20
            Die Saison war in diesem Winter für die Liftbetreiber schwierig.        |2026-03-20|diesem Winter      |2025-WI    |2025-12-01 |2026-02-28
            In diesem Winter sollen die Lifte früher öffnen.                        |2025-11-10|diesem Winter      |2025-WI    |2025-12-01 |2026-02-28
            Die Sängerin gibt kurz vor ihrem Geburtstag (5.3.) ein Konzert in Graz. |2026-01-20|5.3.               |2026-03-05 |2026-03-05 |2026-03-05
            Die Regierung hatte vor gut einer Woche ein Sparpaket vorgelegt.        |2026-01-20|vor gut einer Woche|2026-W03   |2026-01-12 |2026-01-18
            Die Sanierung der Brücke dauerte zirka zwei Jahre.                      |2026-01-20|zirka zwei Jahre   |P2Y        |-          |-
            Der Bericht war im vergangenen September fertiggestellt worden.         |2026-01-20|vergangenen September|2025-09  |2025-09-01 |2025-09-30
            Im kommenden März wird in Tirol gewählt.                                |2026-01-20|kommenden März     |2026-03    |2026-03-01 |2026-03-31
            Ende Juni 2025 trat er zurück, er war seit 2003 Gouverneur, demselben Jahr, in dem die Bank verkauft wurde. |2026-01-20|demselben Jahr|2003 |2003-01-01 |2003-12-31
            Das sehen viele Aktivisten, die am Sonntag vor dem Parlament demonstrierten. |2026-01-20|Sonntag      |2026-01-18 |2026-01-18 |2026-01-18
            Zuletzt gewann der Klub am 21. September des Vorjahres in Graz.         |2026-01-20|21. September des Vorjahres|2025-09-21|2025-09-21|2025-09-21
            Die Anrainer klagen seit Jahren über den Lärm der Umfahrung.            |2026-01-20|Jahren             |PXY        |-          |-
            Die Sendung widmet sich am Montag dem Dirigenten Jakob Reinholz, der vor 100 Jahren geboren wurde. |2026-01-09|Montag |2026-01-12 |2026-01-12 |2026-01-12
            Am Dienstag zeigt der Sender die Dokumentation über die Filmfestspiele.  |2026-01-09|Dienstag          |2026-01-13 |2026-01-13 |2026-01-13
            Der Film erzählt, wie damals 38 Filme in zwölf Tagen liefen.           |2026-01-09|in zwölf Tagen    |P12D       |-          |-
            Der Konzern erwartet für 2027 weiterhin einen Umsatz von 16 Milliarden Euro. |2026-01-20|2027  |2027       |2027-01-01 |2027-12-31
            Bis 2100 könnte der Meeresspiegel um einen Meter steigen.              |2026-01-20|2100              |2100       |2100-01-01 |2100-12-31
            Der nächste bemannte Flug zur Station ist für Juni geplant.            |2026-01-20|Juni              |2026-06    |2026-06-01 |2026-06-30
            Astronauten nach 286 Tagen zurück auf der Erde                         |2026-01-20|nach 286 Tagen    |P286D      |-          |-
            In Spanien herrscht seit der Parlamentswahl am 20. Dezember ein Stillstand. |2026-02-22|20. Dezember |2025-12-20 |2025-12-20 |2025-12-20
            Es geht darum, die Entscheidung von Februar aufzuheben.                |2025-08-24|Februar           |2025-02    |2025-02-01 |2025-02-28
            Der Einsatz könne bis zu einer Woche dauern.                           |2026-01-20|einer Woche       |P1W        |-          |-
            Er sitzt seit einer Woche in Haft.                                     |2026-01-20|einer Woche       |P1W        |-          |-
            Um eine Chance zu haben, muss er am Donnerstag gegen Jones gewinnen.   |2016-03-23|Donnerstag        |2016-03-24 |2016-03-24 |2016-03-24
            Es geht um die am Samstag beginnende Phase des mit 9,5 Millionen Dollar dotierten Turniers. |2016-03-23|Samstag |2016-03-26 |2016-03-26 |2016-03-26
            Für die Aktion Ende November flossen rund 279.000 Euro in Inserate.    |2016-02-15|Ende November     |2015-11    |2015-11-21 |2015-11-30
            Lebedew kaufte die 1986 gegründete Zeitung im Jahr 2010.               |2016-02-12|1986              |1986       |1986-01-01 |1986-12-31
            Mit Spanien wurde er 2010 Weltmeister und 2012 Europameister.          |2015-08-20|2010              |2010       |2010-01-01 |2010-12-31
            Die Zahl stieg in den Sommermonaten Juli und August um ein Drittel.    |2015-10-11|Juli              |2015-07    |2015-07-01 |2015-07-31
            Der Präsident hatte Ende Jänner erklärt, er werde erneut kandidieren.  |2015-08-22|Ende Jänner       |2015-01    |2015-01-21 |2015-01-31
            Im Jahr 2004 hatten Techniker am Vortag des Unglücks den Hebel umgestellt. |2006-03-19|Vortag       |-          |-          |-
            Ab Sonntagabend strömt arktische Luft ein, teilte der Wetterdienst am Samstag mit. |2026-01-24|Sonntagabend |2026-01-25 |2026-01-25 |2026-01-25
            Von Januar bis Juni stellten 61.482 Menschen erstmals einen Antrag.    |2026-07-14|Januar            |2026-01    |2026-01-01 |2026-01-31
            Der Unfall geschah am Sonntag gegen 22.15 Uhr. Die Straße war bis etwa 0.30 Uhr gesperrt. |2027-01-04|0.30 Uhr |2027-01-04T00:30 |2027-01-04 |2027-01-04
            Die Abfahrt ist wegen Neuschnee auf Sonntag verschoben worden.         |2016-02-20|Sonntag           |2016-02-21 |2016-02-21 |2016-02-21
            Von Sonntag auf Montag erreichten 100 Menschen die Inseln.             |2016-05-30|Sonntag           |2016-05-29 |2016-05-29 |2016-05-29
            Von Sonntag auf Montag erreichten 100 Menschen die Inseln.             |2016-05-31|Montag            |2016-05-30 |2016-05-30 |2016-05-30
            Ab Dienstag stünden sieben Inseln zur Auswahl, teilte die Firma am Montag mit. |2016-01-11|Dienstag |2016-01-12 |2016-01-12 |2016-01-12
            Die Polizei sucht seit dem Morgen nach dem Mann.                       |2016-03-10|Morgen            |2016-03-10 |2016-03-10 |2016-03-10
            Seit den frühen Morgenstunden ist die Straße gesperrt.                 |2016-03-10|frühen Morgenstunden|2016-03-10 |2016-03-10 |2016-03-10
            Die ISS soll noch bis mindestens 2024 in Betrieb bleiben.              |2016-03-10|2024              |2024       |2024-01-01 |2024-12-31
            Um 1100 heiratete sie den zweiten Sohn des Herzogs.                    |2016-03-10|Um 1100           |1100       |1100-01-01 |1100-12-31
            Am gestrigen Samstag demonstrierten Tausende in der Hauptstadt.        |2026-01-18|gestrigen Samstag |2026-01-17 |2026-01-17 |2026-01-17
            Am heutigen Sonntagabend endet die Messe.                              |2026-01-18|heutigen Sonntagabend|2026-01-18 |2026-01-18 |2026-01-18
            Am Abend des 13. Januars wurden noch viele Helfer vermisst.            |2026-01-20|Abend des 13. Januars|2026-01-13 |2026-01-13 |2026-01-13
            Der Stadtrat beschloss am Abend des 23.06.2025 den Plan.               |2026-01-20|Abend des 23.06.2025|2025-06-23 |2025-06-23 |2025-06-23
            Der Giftmüll wurde in den 1950-er und 1960-er Jahren gelagert.         |2026-01-20|1960-er Jahren    |196        |1960-01-01 |1969-12-31
            Die diesjährige Messe blickt nach Südosteuropa.                        |2026-01-20|diesjährige       |2026       |2026-01-01 |2026-12-31
            Der letztjährige Sieger fehlt verletzt.                                |2026-01-20|letztjährige      |2025       |2025-01-01 |2025-12-31
            """)
    void resolves(String sentence, String published, String text, String value, String start, String end) {
        List<DateExpression> found = run(sentence, LocalDate.parse(published));
        DateExpression e = found.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' in " + found));
        assertThat(e.value()).as("value of %s", e).isEqualTo(value);
        assertThat(e.startDate()).as("start of %s", e).isEqualTo(date(start));
        assertThat(e.endDate()).as("end of %s", e).isEqualTo(date(end));
    }

    /**
     * Sets (recurring times, TIMEX3 type SET): sentence | expression | value. Granularity "set", no dates, not
     * anchored; a figure before the set is not in its span.
     */
    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Fähre verkehrt täglich zwischen Lindau und Bregenz.                 |täglich            |P1D
            Der Bericht erscheint wöchentlich im Amtsblatt.                         |wöchentlich        |P1W
            Die Miete wird monatlich abgebucht.                                     |monatlich          |P1M
            Der Preis wird jährlich vergeben.                                       |jährlich           |P1Y
            Die Bahn fährt stündlich nach Innsbruck.                                |stündlich          |PT1H
            Die Zahlung erfolgt vierteljährlich.                                    |vierteljährlich    |P3M
            Das Museum ist montags geschlossen.                                     |montags            |XXXX-WXX-1
            Montags ist das Museum geschlossen.                                     |Montags            |XXXX-WXX-1
            Die Familie zahlt 500 Euro pro Jahr mehr für Strom.                     |pro Jahr           |P1Y
            Die Klinik behandelt 40 Patienten pro Tag.                              |pro Tag            |P1D
            Die Gebühr beträgt zehn Euro je Stunde.                                 |je Stunde          |PT1H
            Der Verein trifft sich jeden Montag im Gasthaus.                        |jeden Montag       |XXXX-WXX-1
            Jedes Jahr kommen Tausende Pilger nach Mariazell.                       |Jedes Jahr         |P1Y
            Der Markt findet jede Woche auf dem Hauptplatz statt.                   |jede Woche         |P1W
            Der Müll wird jede zweite Woche abgeholt.                               |jede zweite Woche  |P2W
            Der Klub trifft sich jeden ersten Montag im Monat.                      |jeden ersten Montag|XXXX-WXX-1
            An jedem Wochenende kommen Tausende Besucher.                           |jedem Wochenende   |XXXX-WXX-WE
            Jeden Sommer wird das Freibad saniert.                                  |Jeden Sommer       |XXXX-SU
            Der Chor probt jeden Abend im Pfarrsaal.                                |jeden Abend        |XXXX-XX-XXTEV
            Die Wahl findet alle fünf Jahre statt.                                  |alle fünf Jahre    |P5Y
            Der Bus fährt alle 15 Minuten.                                          |alle 15 Minuten    |PT15M
            Die Kontrolle findet alle paar Tage statt.                              |alle paar Tage     |PXD
            Der Ausschuss tagt einmal im Monat.                                     |einmal im Monat    |P1M
            Die Trainer treffen sich zweimal pro Woche.                             |zweimal pro Woche  |P1W
            Die Tabletten sind dreimal täglich einzunehmen.                         |dreimal täglich    |P1D
            Der Rat tagt zwei Mal im Jahr.                                          |zwei Mal im Jahr   |P1Y
            Die Familie zahlt 500 Euro im Monat für die Wohnung.                    |im Monat           |P1M
            Die Ambulanz behandelt 90 Patienten am Tag.                             |am Tag             |P1D
            Das Museum zählt 2,5 Millionen Besucher im Jahr.                        |im Jahr            |P1Y
            Die Truppen rückten am Tag durchschnittlich 30 Kilometer vor.           |am Tag             |P1D
            """)
    void findsSets(String sentence, String text, String value) {
        List<DateExpression> found = run(sentence, LocalDate.parse("2026-01-20"));
        DateExpression e = found.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' in " + found));
        assertThat(e.value()).as("value of %s", e).isEqualTo(value);
        assertThat(e.granularity()).isEqualTo("set");
        assertThat(e.startDate()).isNull();
        assertThat(e.endDate()).isNull();
        assertThat(e.anchored()).isFalse();
        assertThat(found).as("one expression in %s", found).hasSize(1);
    }

    /** Frequency words in names and titles, plurals after a preposition, durations: no set. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Das berichtete die Tägliche Rundschau am Montag.                        |Montag
            Die Zeitung „Täglich Alles“ wurde eingestellt.                          |-
            Die Ruhe des Sonntags wird geschützt.                                   |-
            Die Pläne gelten für alle drei Jahre der Periode.                       |-
            Er war zwei Jahre lang in Haft.                                         |zwei Jahre
            Zweimal im Jahr 2025 trat der Fluss über die Ufer.                      |Jahr 2025
            Sie war zweimal am Tag der Wahl im Büro.                                |-
            Das Werk ist alltäglich.                                                |-
            Die jährliche Konferenz findet in Graz statt.                           |-
            Der Lenker fuhr mit 80 Kilometern pro Stunde durch den Ort.             |-
            Der Anschluss schafft 50 Megabit pro Sekunde.                           |-
            Die drei Kandidaten trafen sich am Tag der Wahl.                        |-
            Er verdiente 2000 Euro im Jahr darauf.                                  |im Jahr darauf
            Das Fest mit 500 Gästen fand im Jahr, in dem er starb, statt.           |-
            Am Tag kamen viele Besucher.                                            |-
            Die Version kam sechs Wochen später im Jahr heraus.                     |sechs Wochen später
            Der Händler deckt den täglichen Bedarf.                                 |-
            """)
    void findsNoSet(String sentence, String onlyDate) {
        List<DateExpression> found = run(sentence, LocalDate.parse("2026-01-20"));
        assertThat(found).noneMatch(e -> "set".equals(e.granularity()));
        assertThat(found.stream().map(DateExpression::text).toList())
                .isEqualTo(onlyDate == null || onlyDate.equals("-") ? List.of() : List.of(onlyDate));
    }

    /** Ordinals, counts, codes, names and scores: no date at all. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Die Schweizerin fuhr im Riesentorlauf auf den 3. Platz.
            Am Ende einer Woche voller Krisen trat er zurück.
            Paragraf 218 bleibt im Strafgesetzbuch.
            Seit Covid-19 arbeiten viele Beamte im Homeoffice.
            Die Westautobahn A1 ist bei Melk gesperrt.
            Die Marktgemeinde zählt 2025 Einwohner.
            Das Spiel endete nach Verlängerung 3:1 für die Gäste.
            Die Firma überwies 1.500 Euro an den Verein.
            Er belegte bei der WM den 12. Rang.
            Der Zug fährt auf Gleis 7 ein.
            Die Wohnung liegt im 3. Stock.
            Die Hotline 0800 202 020 ist gratis.
            Der 34-jährige Lenker blieb unverletzt.
            Die Siegerin brauchte 1:49,37 Minuten für die Abfahrt.
            Der Verein kaufte für 2000 Euro neue Trikots.
            Befragt wurden 1.200 Menschen zwischen 18 und 79 Jahren.
            Betroffen ist vor allem die Altersgruppe zwischen 60 und 80 Jahren.
            Am vorletzten Tag des Turniers regnete es in Kitzbühel.
            Im vorletzten Monat des Jahres kommen zwei neue Kameras.
            Der Film ist ab zwölf Jahren freigegeben.
            Die Impfung wird allen Menschen ab 60 Jahren empfohlen.
            Kinder unter drei Jahren fahren gratis.
            Betroffen sind vor allem Ältere über 75 Jahre.
            Menschen über 65 Jahre sollen sich impfen lassen.
            Auf der Shortlist stand der Erzählband „Zwölf Nächte“ von Hanna Berisha.
            Der letzte November mit so viel Regen liegt lange zurück.
            Die Band spielte Songs ihres neuen Albums „Zwölf Nächte in Rom“.
            Mehr als jeder Fünfte ist 65 Jahre oder älter.
            Zielgruppe: Leser 65 Jahre Und Älter.
            Das Durchschnittsalter stieg auf 44,8 Jahre.
            Meteorologin Anja Freitag sprach von einer angespannten Lage.
            1000 bei Protestzug gegen die Asylpolitik.
            Die Zahl der Toten gibt die IOM mit mindestens 1790 an.
            Thiem steht im Viertelfinale des Masters-1000-Turniers.
            Die Fehler passieren auch sechs Monate alten Kleinkindern.
            Er gewann gegen den fünf Jahre älteren Slowaken.
            """)
    void findsNoDate(String sentence) {
        assertThat(run(sentence, LocalDate.parse("2026-01-20"))).isEmpty();
    }

    /**
     * Paragraphs through the product normalizer and sentence splitter (published 2026-01-20): paragraph |
     * expression | value. Ordinal dots, "20.11." and abbreviations must not cut an expression.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Der Prozess beginnt am 20.11. Danach entscheidet das Gericht.                      |20.11.           |2026-11-20
            Am 3. Jänner 2026 trat Dr. Huber zurück. Am 5. Jänner folgte sein Stellvertreter.    |5. Jänner        |2026-01-05
            Am 3. Jänner 2026 trat Dr. Huber zurück. Am 5. Jänner folgte sein Stellvertreter.    |3. Jänner 2026   |2026-01-03
            Die Sitzung wurde auf Do., 22. Jänner verschoben. Sie beginnt um 9 Uhr.              |22. Jänner       |2026-01-22
            Die Arbeiten sollen bis Ende Feber dauern. Ab 1. März fährt die Bahn wieder.         |1. März          |2026-03-01
            Die Arbeiten sollen bis Ende Feber dauern. Ab 1. März fährt die Bahn wieder.         |Ende Feber       |2026-02
            Die Wahl ist am So. 8. März. Gewählt wird in 94 Gemeinden.                           |8. März          |2026-03-08
            In der 2. Kalenderwoche gab es 870 Fälle, doppelt so viele wie in der Woche davor.   |Woche davor     |2026-W01
            Das Spiel am Freitag, 23. Jänner, beginnt um 19.30 Uhr. Karten gibt es ab Montag.    |19.30 Uhr       |2026-01-23T19:30
            Am 3. März 2025 wurde der Vertrag unterzeichnet. Zwei Tage später trat er in Kraft.  |Zwei Tage später|2025-03-05
            Der Brand brach am 2. Jänner aus. Am selben Tag wurde der Bürgermeister informiert.  |Am selben Tag   |2026-01-02
            Die Sitzung wurde auf den 3. Februar verschoben. Ende der Woche fällt der Entscheid. |Ende der Woche  |2026-W04
            Die Abstimmung wird auf Donnerstag verschoben. +++ 13.45 Uhr: Die Grünen kritisieren den Plan. |13.45 Uhr |2026-01-20T13:45
            In der Nacht auf Sonntag wurde in ein Geschäft eingebrochen. Ein Zeuge sah gegen 23.15 Uhr zwei Männer. |23.15 Uhr |2026-01-17T23:15
            Die Inflation stieg im Dezember. Im November hatte die Rate bei 2,2 Prozent gelegen. Gegenüber dem Vormonat stiegen die Preise. |Vormonat |2025-11
            Der Gewinn stieg im vierten Quartal, wie die Firma am Dienstag mitteilte. Im Vorjahresquartal war er gesunken. |Vorjahresquartal |2024-Q4
            Die Firma teilte am Dienstag mit, die Marge sei gestiegen, nach 8 Prozent im Vorjahresquartal. Der Umsatz lag bei 5 Mrd. Euro, nach 4 Mrd. Euro ein Jahr zuvor. |ein Jahr zuvor |2025
            Am Samstag gegen 14.30 Uhr prallte ein Pkw gegen einen Baum, teilte die Polizei am Montag mit. Die Straße war bis 17.15 Uhr gesperrt. |17.15 Uhr |2026-01-17T17:15
            Am 3. Jänner sagte der Minister, die Ziele für 2030 würden bald definiert. Wichtig sei die Konferenz im Dezember. |Dezember |2026-12
            Er startet Mitte Jänner in Hongkong. Er hatte 2008 in Peking Platz vier belegt. Vier Jahre später wurde er in London 29. |Vier Jahre später |2012
            Die Messe läuft bis zum 8. Februar. Sie ist täglich von 10 bis 18 Uhr geöffnet. |18 Uhr |XXXX-XX-XXT18:00
            Die Messe läuft bis zum 8. Februar. Sie ist täglich von 10 bis 18 Uhr geöffnet. |10 |XXXX-XX-XXT10:00
            Die Beratung öffnet am Montag. Bisher war sie werktags von 9 bis 16 Uhr besetzt. |9 |XXXX-XX-XXT09:00
            Infotage gibt es am 2., 9. und 16. Mai, jeweils von 10 bis 14 Uhr.              |14 Uhr |XXXX-XX-XXT14:00
            Ein Mann wurde am Montagabend gefasst. Er soll seit Anfang Dezember eingebrochen sein. Er war gegen 22 Uhr aufgefallen. |22 Uhr |2026-01-19T22:00
            Melzer hat am Sonntag gegen Michon (ATP-Nr. 221) den Titel gewonnen. Er spielt diese Woche in Buenos Aires. |Sonntag |2026-01-18
            Der Vertrag wurde im Juni bis 2019 verlängert. In der Vorwoche hatte er den Cup gewonnen. |Vorwoche |2026-W03
            Vor etwa vier Jahren bot die Firma an, den Müll zu entsorgen. Frühestens Mitte dieses Jahres könne damit begonnen werden. |Mitte dieses Jahres |2026
            Am späten Freitagabend erklärte der Ratspräsident das Scheitern. Es ging um den Haushalt für die Jahre 2028 bis 2034. Am Abend hatte er noch einen Kompromiss gesucht. |Abend |2026-01-16
            """)
    void resolvesInParagraph(String paragraph, String text, String value) {
        StructuredDocument doc = new DocumentStructurer().structure("d", TextNormalizer.standard().normalize(paragraph));
        List<DateExpression> found = NEWS.extract(new DocumentContext("d", doc.text(), doc.sentences(),
                LocalDate.parse("2026-01-20")));
        DateExpression e = found.stream().filter(x -> x.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + text + "' in " + found + " of "
                        + doc.sentences()));
        assertThat(doc.text().substring(e.charStart(), e.charEnd())).isEqualTo(e.text());
        assertThat(e.value()).as("value of %s", e).isEqualTo(value);
    }

    /** "am gestrigen Montag" without a publication date keeps the weekday it names. */
    @org.junit.jupiter.api.Test
    void dayAdjectiveWithoutPublicationDateKeepsTheWeekday() {
        List<DateExpression> found = run("Am gestrigen Montag tagte der Rat.", null);
        assertThat(found).extracting(DateExpression::text, DateExpression::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gestrigen Montag", "XXXX-WXX-1"));
    }

    /** Known misses, kept as an honest record: paragraph | expression | value | why it fails. */
    @Disabled("known gaps (reason column)")
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Im Dezember 2024 begann der Umbau. Im März war er abgeschlossen. |März |2025-03 |news mode gives year-less months the publication year (2026); chaining from the last explicit year would need a narrative rule that risks 'wurde auf den 3. März verschoben'
            """)
    void knownGaps(String paragraph, String text, String value, String reason) {
        resolvesInParagraph(paragraph, text, value);
    }
}
