package de.newsfacts.extract.quantities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Quantity;
import de.newsfacts.structure.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityExtractorTest {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    static List<Quantity> run(String sentence) {
        String doc = "Titel.\n" + sentence;
        int start = 7;
        Sentence s = new Sentence("d", 2, 1, sentence, start, start + sentence.length());
        List<Quantity> out = EXTRACTOR.extract(new DocumentContext("d", doc, List.of(s), null));
        for (Quantity q : out) {
            assertThat(doc.substring(q.charStart(), q.charEnd())).isEqualTo(q.text());
            assertThat(q.sentenceNo()).isEqualTo(2);
        }
        return out;
    }

    private static String nul(String s) {
        return s == null || s.equals("-") ? null : s;
    }

    /** sentence | text | value | qualifier | unit | counted | category ("-" = null). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Bei dem Unglück wurden mehr als 15.000 Menschen obdachlos.    | mehr als 15.000 | 15000    | more_than | -   | Menschen  | displaced
            Seit Freitag sind 49 Flüchtlinge in der Ägäis ertrunken.     | 49              | 49       | exact     | -   | Flüchtlinge | killed
            Die Zahl der Todesopfer ist nach Angaben der Behörde Afad auf mehr als 1.200 gestiegen. | mehr als 1.200 | 1200 | more_than | - | Todesopfer | killed
            Die Zahl der Verletzten stieg laut Polizei bis zum Abend auf 34. | 34       | 34       | exact     | -   | Verletzten | injured
            Die Zahl der Anträge stieg nach Angaben des Amtes auf 1.200.   | 1.200           | 1200     | exact     | -   | -         | -
            Vier weitere Flüchtlinge werden noch vermisst.               | Vier            | 4        | exact     | -   | Flüchtlinge | missing
            Drei Verletzte starben später im Spital.                     | Drei            | 3        | exact     | -   | Verletzte | killed
            Zehntausende Demonstranten zogen durch die Stadt.            | Zehntausende    | 10000    | at_least  | -   | Demonstranten | protest
            In der Halle warten 300 Flüchtlinge auf einen Zug.           | 300             | 300      | exact     | -   | Flüchtlinge | displaced
            Die Ukraine hält weiterhin rund 14,5 % der Gebiete.          | rund 14,5 %     | 14.5     | approx    | percent | - | -
            Der Konzern verlor 45 Mio. Euro im Quartal.                   | 45 Mio. Euro    | 45000000 | exact     | EUR | -         | -
            Es gab 26 Tote und über 90 Verletzte.                         | über 90         | 90       | more_than | -   | Verletzte | injured
            Es gab 26 Tote und über 90 Verletzte.                         | 26              | 26       | exact     | -   | Tote      | killed
            Über 90 Menschen wurden verletzt, darunter drei Kinder.       | drei            | 3        | exact     | -   | Kinder    | injured
            Zwölf Menschen starben, unter ihnen zwei Polizisten.          | zwei            | 2        | exact     | -   | Polizisten | killed
            Die Firma hat 500 Beschäftigte, darunter 20 Lehrlinge.        | 20              | 20       | exact     | -   | Lehrlinge | -
            Laut Behörden wurden 26 getötet und über 90 verletzt.         | 26              | 26       | exact     | -   | getötet   | killed
            Laut Behörden wurden 26 getötet und über 90 verletzt.         | über 90         | 90       | more_than | -   | verletzt  | injured
            Die Stadt hat 1.234,56 Hektar Wald.                           | 1.234,56 Hektar | 1234.56  | exact     | ha  | -         | -
            In der Region leben 14 000 Menschen.                          | 14 000          | 14000    | exact     | -   | Menschen  | -
            Der Schaden beträgt 1,2 Milliarden Dollar.                    | 1,2 Milliarden Dollar | 1200000000 | exact | USD | - | -
            Der Fonds umfasst 3 Mrd. US-Dollar.                           | 3 Mrd. US-Dollar | 3000000000 | exact  | USD | -         | -
            Die Schulden liegen bei 2 Bio. Euro.                          | 2 Bio. Euro     | 2000000000000 | exact | EUR | -      | -
            Der Verein hat 15 Tsd. Mitglieder.                            | 15 Tsd.         | 15000    | exact     | -   | Mitglieder | -
            Tausende Menschen gingen auf die Straße.                      | Tausende        | 1000     | at_least  | -   | Menschen  | -
            Hunderte Demonstranten versammelten sich vor dem Parlament.   | Hunderte        | 100      | at_least  | -   | Demonstranten | protest
            Dutzende Häuser wurden zerstört.                              | Dutzende        | 12       | at_least  | -   | Häuser    | -
            Drei Kinder wurden verletzt.                                  | Drei            | 3        | exact     | -   | Kinder    | injured
            Bei dem Unfall starben zwei Menschen.                         | zwei            | 2        | exact     | -   | Menschen  | killed
            Die Polizei nahm einundzwanzig Verdächtige fest.              | einundzwanzig   | 21       | exact     | -   | Verdächtige | arrested
            Das Dorf zählt zweihundert Einwohner.                         | zweihundert     | 200      | exact     | -   | Einwohner | -
            Die Fahrt dauerte zweieinhalb Stunden.                        | zweieinhalb     | 2.5      | exact     | -   | Stunden   | -
            Zwölf Soldaten wurden gefangen genommen.                      | Zwölf           | 12       | exact     | -   | Soldaten  | captured
            Das Projekt kostet eine Million Euro.                         | eine Million Euro | 1000000 | exact    | EUR | -         | -
            Die Ausgaben sollen auf ein Prozent steigen.                  | ein Prozent     | 1        | exact     | percent | -     | -
            Der Konzern zahlt einen Euro je Aktie.                        | einen Euro      | 1        | exact     | EUR | -         | -
            Der Leitzins steigt um einen Prozentpunkt.                    | einen Prozentpunkt | 1     | exact     | percentage_points | - | -
            Das Kursziel stieg von 40 auf 55 Euro.                        | 40              | 40       | exact     | EUR | -         | -
            Mit 30 Jahren Erfahrung ist sie die Beste.                    | 30              | 30       | exact     | -   | Jahren    | -
            Sie ist mit 87 Jahren gestorben.                              | 87              | 87       | exact     | -   | Jahren    | -
            Die Arbeitslosigkeit sank um 0,3 Prozentpunkte.               | 0,3 Prozentpunkte | 0.3    | exact     | percentage_points | - | -
            Die Inflation lag bei 14,5%.                                  | 14,5%           | 14.5     | exact     | percent | -     | -
            Die Partei kam auf 14,5 Prozent.                              | 14,5 Prozent    | 14.5     | exact     | percent | -     | -
            Das Ticket kostet $ 5.                                        | $ 5             | 5        | exact     | USD | -         | -
            Das Ticket kostet 5 $.                                        | 5 $             | 5        | exact     | USD | -         | -
            Der Eintritt kostet €5.                                       | €5              | 5        | exact     | EUR | -         | -
            Der Rahmen beträgt EUR 300 Mio.                               | EUR 300 Mio.    | 300000000 | exact    | EUR | -         | -
            London zahlt 20 Pfund pro Kopf.                               | 20 Pfund        | 20       | exact     | GBP | -         | -
            Die Uhr kostet 900 Franken.                                   | 900 Franken     | 900      | exact     | CHF | -         | -
            Moskau zahlte 500 Rubel.                                      | 500 Rubel       | 500      | exact     | RUB | -         | -
            Die Rente beträgt 3.000 Hrywnja.                              | 3.000 Hrywnja   | 3000     | exact     | UAH | -         | -
            Die Front ist 1.000 km lang.                                  | 1.000 km        | 1000     | exact     | km  | -         | -
            Der Konvoi war 60 Kilometer lang.                             | 60 Kilometer    | 60       | exact     | km  | -         | -
            Die Fläche umfasst 300 Quadratkilometer.                      | 300 Quadratkilometer | 300 | exact     | km2 | -         | -
            Das Gebiet misst 43.000 km².                                  | 43.000 km²      | 43000    | exact     | km2 | -         | -
            Geliefert wurden 40 Tonnen Getreide.                          | 40 Tonnen       | 40       | exact     | t   | -         | -
            Der Turm ist 120 Meter hoch.                                  | 120 Meter       | 120      | exact     | m   | -         | -
            Es wurde mit 130 km/h geblitzt.                               | 130 km/h        | 130      | exact     | km/h | -        | -
            Es hatte 35 Grad im Schatten.                                 | 35 Grad         | 35       | exact     | °   | -         | -
            Die Preise stiegen um etwa 3 Prozent.                         | etwa 3 Prozent  | 3        | approx    | percent | -     | -
            Es kamen ca. 500 Gäste.                                       | ca. 500         | 500      | approx    | -   | Gäste     | -
            Es kamen circa 500 Gäste.                                     | circa 500       | 500      | approx    | -   | Gäste     | -
            Es kamen ungefähr 500 Gäste.                                  | ungefähr 500    | 500      | approx    | -   | Gäste     | -
            Der Umsatz stieg um gut 20 Prozent.                           | gut 20 Prozent  | 20       | approx    | percent | -     | -
            Knapp 40 Prozent stimmten dagegen.                            | Knapp 40 Prozent | 40      | approx    | percent | -     | -
            Fast 300 Familien wurden evakuiert.                           | Fast 300        | 300      | approx    | -   | Familien  | evacuated
            Nahezu 80 Prozent sind geimpft.                               | Nahezu 80 Prozent | 80     | approx    | percent | -     | -
            Mindestens 12 Menschen kamen ums Leben.                       | Mindestens 12   | 12       | at_least  | -   | Menschen  | killed
            Es waren wenigstens 40 Schiffe.                               | wenigstens 40   | 40       | at_least  | -   | Schiffe   | -
            Bis zu 5.000 Soldaten sollen verlegt werden.                  | Bis zu 5.000    | 5000     | at_most   | -   | Soldaten  | -
            Es dürfen höchstens 50 Personen teilnehmen.                   | höchstens 50    | 50       | at_most   | -   | Personen  | -
            Es wurden maximal 20 Anträge bewilligt.                       | maximal 20      | 20       | at_most   | -   | Anträge   | -
            Weniger als 10 Prozent der Befragten stimmten zu.             | Weniger als 10 Prozent | 10 | less_than | percent | -     | -
            Die Arbeitslosigkeit liegt unter 5 Prozent.                   | unter 5 Prozent | 5        | less_than | percent | -     | -
            Es meldeten sich 22 weitere Personen, die vermisst werden.    | 22              | 22       | exact     | -   | Personen  | missing
            Noch immer werden 22 Personen vermisst.                       | 22              | 22       | exact     | -   | Personen  | missing
            Rund 1.500 Personen mussten ihre Häuser verlassen.            | Rund 1.500      | 1500     | approx    | -   | Personen  | displaced
            Die Polizei nahm sieben Verdächtige fest.                     | sieben          | 7        | exact     | -   | Verdächtige | arrested
            Am Abend nahmen Beamte 12 Demonstranten vorübergehend fest.   | 12              | 12       | exact     | -   | Demonstranten | arrested
            Die Prüfer stellten 20 Mängel fest.                           | 20              | 20       | exact     | -   | Mängel    | -
            Die Stadt nahm 30 Flüchtlinge auf.                            | 30              | 30       | exact     | -   | Flüchtlinge | displaced
            Es gibt drei verletzte Kinder.                                | drei            | 3        | exact     | -   | Kinder    | injured
            Die Polizei hat 14 Personen festgenommen.                     | 14              | 14       | exact     | -   | Personen  | arrested
            Die Miliz hat 30 Zivilisten entführt.                         | 30              | 30       | exact     | -   | Zivilisten | kidnapped
            Mehr als 2 Millionen Menschen wurden vertrieben.              | Mehr als 2 Millionen | 2000000 | more_than | - | Menschen | displaced
            Rund 40.000 Haushalte sind ohne Strom.                        | Rund 40.000     | 40000    | approx    | -   | Haushalte | affected
            Die Zahl der Toten stieg auf 26.                              | 26              | 26       | exact     | -   | Toten     | killed
            Der Plan umfasst 28 Punkte.                                   | 28              | 28       | exact     | -   | Punkte    | -
            Die Kernpunkte des 28-Punkte-Plans wurden bekannt.            | 28              | 28       | exact     | -   | Punkte    | -
            Sie übernachteten in einem 5-Sterne-Hotel.                    | 5               | 5        | exact     | -   | Sterne    | -
            Das 9-Euro-Ticket war beliebt.                                | 9-Euro          | 9        | exact     | EUR | -         | -
            Die Parteien scheiterten an der 5-Prozent-Hürde.              | 5-Prozent       | 5        | exact     | percent | -     | -
            Die Temperaturen steigen auf 20 bis 25 Grad.                  | 20              | 20       | at_least  | °   | -         | -
            Die Temperaturen steigen auf 20 bis 25 Grad.                  | 25 Grad         | 25       | at_most   | °   | -         | -
            Zwischen 10 und 20 Menschen wurden verletzt.                  | 10              | 10       | at_least  | -   | Menschen  | injured
            Sie verdienen 2 bis 3 Millionen Euro.                         | 2               | 2000000  | at_least  | EUR | -         | -
            Der Mann ist seit drei Jahren vermisst.                       | drei            | 3        | exact     | -   | Jahren    | -
            Es gab 5 Todesopfer.                                          | 5               | 5        | exact     | -   | Todesopfer | killed
            Zuletzt wurden 71 Leichen geborgen.                           | 71              | 71       | exact     | -   | Leichen   | killed
            Mindestens 30 Verkehrstote wurden gezählt.                    | Mindestens 30   | 30       | at_least  | -   | Verkehrstote | killed
            Über 100 Schwerverletzte wurden versorgt.                     | Über 100        | 100      | more_than | -   | Schwerverletzte | injured
            Er bekam 1.500 Stimmen.                                       | 1.500           | 1500     | exact     | -   | Stimmen   | -
            Rund 2000 Soldaten wurden entsandt.                           | Rund 2000       | 2000     | approx    | -   | Soldaten  | -
            Die Zahl der Gäste stieg auf über 2000.                       | über 2000       | 2000     | more_than | -   | -         | -
            Die Firma zahlte 2025 Euro Strafe.                            | 2025 Euro       | 2025     | exact     | EUR | -         | -
            Über 90 schwer verletzt, hieß es.                             | Über 90         | 90       | more_than | -   | verletzt  | injured
            Die Temperatur sank auf minus 5 Grad.                         | minus 5 Grad    | -5       | exact     | °   | -         | -
            Die Firma beschäftigt mehrere tausend Mitarbeiter.            | mehrere tausend | 1000     | at_least  | -   | Mitarbeiter | -
            Das kostet Millionen Euro.                                    | Millionen Euro  | 1000000  | at_least  | EUR | -         | -
            Die Zinsen steigen um 25 Basispunkte.                         | 25 Basispunkte  | 25       | exact     | basis_points | - | -
            Der Wagen fuhr 50 km weit.                                    | 50 km           | 50       | exact     | km  | -         | -
            """)
    void extractsQuantity(String sentence, String text, double value, String qualifier, String unit,
                          String counted, String category) {
        List<Quantity> found = run(sentence);
        Quantity q = found.stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
        assertThat(q).as("records: %s", found).isNotNull();
        assertThat(q.value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.unit()).isEqualTo(nul(unit));
        assertThat(q.counted()).isEqualTo(nul(counted));
        assertThat(q.category()).isEqualTo(nul(category));
    }

    /** Sentences whose numbers are no quantities. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Das Treffen fand am 20. November 2025 statt.
            Das Treffen fand am 20.11.2025 statt.
            Im Jahr 2025 wird gewählt.
            Seit 2014 herrscht Krieg im Osten.
            Gemeldet wurden ein Viertel mehr Fälle als 2014.
            Die Zahl der Fälle stieg um ein Viertel, mehr als 2014.
            Die Kirche wurde um 1850 gebaut.
            2015 kamen viele Menschen nach Europa.
            Die Sitzung beginnt um 14.30 Uhr.
            Die Sitzung beginnt um 14:30.
            Die Sitzung beginnt um 9 Uhr.
            Am 3. Oktober ist Feiertag.
            Er belegte den 2. Platz.
            1. Die Truppen ziehen ab.
            2) Die Grenzen bleiben offen.
            Ein Mi-17 ist abgestürzt.
            Die Ukraine will F-16 erhalten.
            Das Papier hat das Format A4.
            Die COVID-19-Pandemie ist vorbei.
            Der G7-Gipfel beginnt.
            Die G7 beraten.
            Das Update für Windows 11 ist da.
            Die Boeing 737 musste landen.
            Das regelt Paragraf 5 des Gesetzes.
            Das steht in Artikel 16 der Verfassung.
            Er wohnt in der Hauptstraße 5 in Köln.
            Rufen Sie 030 1234567 an.
            Die Hotline +49 30 123456 ist erreichbar.
            Das Spiel endete 2:1 für die Gäste.
            Der neue 5G-Standard kommt.
            Die Mode der 90er kehrt zurück.
            Eine 19-Jährige wurde befragt.
            Das gilt für 3-jährige Kinder.
            Sie sprachen unter vier Augen.
            Das Ergebnis der Saison 2015/16 war gut.
            Der Hurrikan der Kategorie 5 traf die Küste.
            Er ist ein guter Mensch und eine Stütze.
            Das Flugzeug vom Typ Airbus A320 landete.
            Das Treffen am 3. und 4. Mai wurde verschoben.
            Bis 2030 soll das Ziel erreicht sein.
            Die Daten stammen aus dem Jahr 1989.
            Das war im Herbst 2023 so.
            Die Version 2.0 erscheint bald.
            Er hat das iPhone 15 gekauft.
            Ein Euro-Gipfel tagt in Brüssel.
            Sie flog mit dem Hubschrauber „Christophorus 6“ ins Spital.
            Ab 2026 gilt die Regel.
            """)
    void findsNoQuantity(String sentence) {
        assertThat(run(sentence)).isEmpty();
    }

    @Test
    void scaledDecimalsAreTheNumbersTheTextSays() {
        // 4.1 * 1e9 is 4099999999.9999995 in binary floating point
        assertThat(run("Die Kosten belaufen sich auf rund 4,1 Milliarden Franken.")).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualTo(4_100_000_000d));
        assertThat(run("Der Umsatz lag bei gut 8,2 Mrd. Dollar.")).singleElement()
                .satisfies(q -> assertThat(q.value()).isEqualTo(8_200_000_000d));
    }

    @Test
    void aboutOnlyBeforeTheNumber() {
        List<Quantity> found = run("Man verhandelt über die 28 Punkte.");
        assertThat(found).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("28");
            assertThat(q.qualifier()).isEqualTo("exact");
        });
    }

    @Test
    void offsetsPointIntoTheDocument() {
        String doc = "Kopf\n\nNach Angaben der Behörden starben 26 Menschen. Rund 14,5 % sind betroffen.";
        int s1 = doc.indexOf("Nach");
        int s2 = doc.indexOf("Rund");
        List<Sentence> sentences = List.of(
                new Sentence("x", 1, 2, doc.substring(s1, s2 - 1), s1, s2 - 1),
                new Sentence("x", 2, 2, doc.substring(s2), s2, doc.length()));
        List<Quantity> out = EXTRACTOR.extract(new DocumentContext("x", doc, sentences, null));
        assertThat(out).hasSize(2);
        for (Quantity q : out) {
            assertThat(doc.substring(q.charStart(), q.charEnd())).isEqualTo(q.text());
        }
        assertThat(out.get(1).sentenceNo()).isEqualTo(2);
        assertThat(out.get(1).text()).isEqualTo("Rund 14,5 %");
    }

    @Test
    void emptyDocumentGivesNothing() {
        assertThat(EXTRACTOR.extract(new DocumentContext("e", "", List.of(), null))).isEmpty();
        assertThat(run("")).isEmpty();
        assertThat(run("   ")).isEmpty();
    }

    @Test
    void randomInputNeverThrowsAndKeepsOffsets() {
        Random random = new Random(42);
        String alphabet = "0123456789 .,:;-–/%€$+()„“'abcdeüßMioEuroProzentrundüberbisunterTausendedrei\n";
        String[] words = {"rund", "über", "15.000", "14,5", "%", "Mio.", "Euro", "-", "bis", "zu", "Tote",
                "verletzt", "2025", "3.", "zwischen", "und", "Tausende", "eine", "Million", "28-Punkte-Plan",
                "14", "000", ":", "/", "minus", "$", "€", "km²", "Jahr", "Paragraf", "(", ")", "1)", "\n"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(60);
            for (int k = 0; k < len; k++) {
                if (random.nextBoolean()) {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                } else {
                    sb.append(words[random.nextInt(words.length)]).append(random.nextInt(3) == 0 ? "" : " ");
                }
            }
            run(sb.toString());
        }
    }
}
