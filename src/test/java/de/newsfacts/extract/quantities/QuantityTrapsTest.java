package de.newsfacts.extract.quantities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.testing.OneSentence;
import de.newsfacts.extract.Quantity;
import de.newsfacts.normalize.TextNormalizer;
import de.newsfacts.structure.DocumentStructurer;
import de.newsfacts.structure.StructuredDocument;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Constructed German, Austrian and Swiss news sentences with the usual number traps (number formats,
 * qualifiers, scale words, years/ordinals/times/codes that are no quantities). Names and places are invented.
 */
class QuantityTrapsTest {

    private static final QuantityExtractor EXTRACTOR = new QuantityExtractor();

    private static List<Quantity> run(String sentence) {
        DocumentContext context = OneSentence.context(sentence, null);
        List<Quantity> out = EXTRACTOR.extract(context);
        for (Quantity q : out) {
            assertThat(context.text().substring(q.charStart(), q.charEnd())).isEqualTo(q.text());
        }
        return out;
    }

    private static String nul(String s) {
        return s == null || s.equals("-") ? null : s;
    }

    /** sentence | text | value | qualifier | unit | counted | category ("-" = null; "*" = not checked). */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Die Sanierung kostet 1.234,56 Euro pro Wohnung.                      | 1.234,56 Euro      | 1234.56    | exact     | EUR     | -             | -
            Die Marktgemeinde Oberwald zählt 14 000 Einwohner.                   | 14 000             | 14000      | exact     | -       | Einwohner     | -
            Der Kanton Uri investiert 2,5 Mio. Franken in Lawinenverbauungen.     | 2,5 Mio. Franken   | 2500000    | exact     | CHF     | -             | -
            Rund 300 Feuerwehrleute standen in der Nacht im Einsatz.             | Rund 300           | 300        | approx    | -       | Feuerwehrleute | -
            Betroffen seien bis zu 200 Vollzeitstellen.                          | bis zu 200         | 200        | at_most   | -       | Vollzeitstellen | -
            Rund 300 Häuser wurden zerstört, 12 Bewohner verletzt.               | 12                 | 12         | exact     | -       | Bewohner      | injured
            Von der Flut waren 5000 Menschen betroffen.                          | 5000               | 5000       | exact     | -       | Menschen      | affected
            Gegen 200 Menschen versammelten sich vor dem Rathaus.                | Gegen 200          | 200        | approx    | -       | Menschen      | *
            Die Anklage gegen 200 Demonstranten wurde fallen gelassen.           | 200                | 200        | exact     | -       | Demonstranten | *
            Das Erdbeben forderte mehr als 40 Tote.                              | mehr als 40        | 40         | more_than | -       | Tote          | killed
            Sturm in Tirol: drei Tote, Hunderte evakuiert                        | drei               | 3          | exact     | -       | Tote          | killed
            Bei der Massenkarambolage auf der A1 gab es mindestens zwölf Verletzte. | mindestens zwölf | 12        | at_least  | -       | Verletzte     | injured
            Die Mieten dürfen im kommenden Jahr um bis zu 5 Prozent steigen.      | bis zu 5 Prozent   | 5          | at_most   | percent | -             | -
            Der Konzern setzte im Vorjahr knapp 1,2 Milliarden Euro um.          | knapp 1,2 Milliarden Euro | 1200000000 | approx | EUR | -           | -
            Die Inflation lag im Oktober bei 2,1 Prozent.                        | 2,1 Prozent        | 2.1        | exact     | percent | -             | -
            In zwölf Stunden fielen am Arlberg 35 Zentimeter Neuschnee.          | 35 Zentimeter      | 35         | exact     | cm      | -             | -
            Am Flughafen wurden in der Nacht minus 18,5 Grad gemessen.           | minus 18,5 Grad    | -18.5      | exact     | °       | -             | -
            Der MDAX schloss bei 26.112,9 Punkten (-0,3 %).                     | -0,3 %             | -0.3       | exact     | percent | -             | -
            Über 2000 Zuschauer sahen das Derby im Ernst-Happel-Stadion.         | Über 2000          | 2000       | more_than | -       | Zuschauer     | -
            Das Hochwasser machte über 500 Menschen obdachlos.                   | über 500           | 500        | more_than | -       | Menschen      | displaced
            Drei Bergsteiger werden am Großvenediger vermisst.                   | Drei               | 3          | exact     | -       | Bergsteiger   | missing
            Der Autobauer streicht in Graz 1 200 Stellen.                        | 1 200              | 1200       | exact     | -       | Stellen       | -
            Die Landesbahn investiert heuer rund 3,4 Mrd. Euro.                  | rund 3,4 Mrd. Euro | 3400000000 | approx    | EUR     | -             | -
            Die Böen erreichten Spitzen von 140 km/h.                            | 140 km/h           | 140        | exact     | km/h    | -             | -
            Zwischen 20 und 30 Zentimeter Neuschnee werden erwartet.             | 30 Zentimeter      | 30         | at_most   | cm      | -             | -
            Zwischen 20 und 30 Zentimeter Neuschnee werden erwartet.             | 20                 | 20         | at_least  | cm      | -             | -
            Die Busse für die Bank beträgt 50'000 Franken.                       | 50'000 Franken     | 50000      | exact     | CHF     | -             | -
            Das Stadion hat Platz für 18’500 Zuschauer.                          | 18’500             | 18500      | exact     | -       | Zuschauer     | -
            Ein Kaffee kostet am Bahnhof Fr. 4.50.                               | Fr. 4.50           | 4.5        | exact     | CHF     | -             | -
            Die Gemeinde budgetiert 1'250'000 Franken für die Schule.            | 1'250'000 Franken  | 1250000    | exact     | CHF     | -             | -
            Bei dem Busunglück im Tessin starben 14 Menschen.                    | 14                 | 14         | exact     | -       | Menschen      | killed
            Knapp 60 Prozent der Stimmberechtigten sagten Ja.                    | Knapp 60 Prozent   | 60         | approx    | percent | -             | -
            Die Preise für Heizöl sind um gut 12 Prozent gesunken.               | gut 12 Prozent     | 12         | approx    | percent | -             | -
            Weniger als 1.000 Besucher kamen zur Messe nach Dornbirn.            | Weniger als 1.000  | 1000       | less_than | -       | Besucher      | -
            Die Zeitung hatte über Hunderte Fälle von Betrug berichtet.          | Hunderte           | 100        | at_least  | -       | Fälle         | -
            Bei einer Zählung im Ried wurden 37 tote Frösche gefunden.           | 37                 | 37         | exact     | -       | Frösche       | *
            Im Ortsnetz surfen die Kunden nun mit 50 MBit/s.                      | 50 MBit/s          | 50         | exact     | Mbit/s  | -             | -
            Zwei Bergretter und ein Alpinpolizist wurden leicht verletzt.          | Zwei               | 2          | exact     | -       | Bergretter    | injured
            Die Polizei nahm am Wochenende 17 Personen fest.                     | 17                 | 17         | exact     | -       | Personen      | *
            Rund 4500 Haushalte in der Steiermark waren ohne Strom.              | Rund 4500          | 4500       | approx    | -       | Haushalte     | affected
            Der Gewinn stieg auf 812,3 Mio. €.                                   | 812,3 Mio. €       | 812300000  | exact     | EUR     | -             | -
            Die Arbeitslosenquote sank um 0,4 Prozentpunkte auf 6,8 Prozent.     | 6,8 Prozent        | 6.8        | exact     | percent | -             | -
            Die Arbeitslosenquote sank um 0,4 Prozentpunkte auf 6,8 Prozent.     | 0,4 Prozentpunkte  | 0.4        | exact     | percentage_points | - | -
            Der Verein hat Schulden in Höhe von etwa 2,3 Millionen Euro.        | etwa 2,3 Millionen Euro | 2300000 | approx  | EUR     | -             | -
            Mindestens 25 Menschen wurden bei dem Anschlag in der Hauptstadt getötet. | Mindestens 25 | 25        | at_least  | -       | Menschen      | killed
            Die Angebotsmiete lag bei 22,40 €/m².                                 | 22,40 €/m²         | 22.4       | exact     | EUR/m2  | -             | -
            Gebaut wird für 3.500 Euro je Quadratmeter.                          | 3.500 Euro je Quadratmeter | 3500 | exact   | EUR/m2  | -             | -
            In sechs Stunden fielen 87 Liter pro Quadratmeter.                   | 87 Liter pro Quadratmeter | 87  | exact     | l/m2    | -             | -
            Der Landwirt verkaufte 2.500 Liter Milch.                            | 2.500 Liter        | 2500       | exact     | l       | -             | -
            Es wurden 1,8 Kinder pro Frau geboren.                               | 1,8                | 1.8        | exact     | -       | Kinder        | -
            Die Athletin gewann mit einem Vorsprung von 0,35 Sekunden.           | 0,35               | 0.35       | exact     | -       | Sekunden      | -
            Zwischen 1500 und 2000 Demonstranten zogen durch die Berner Altstadt. | 1500              | 1500       | at_least  | -       | Demonstranten | protest
            Zwischen 1500 und 2000 Demonstranten zogen durch die Berner Altstadt. | 2000              | 2000       | at_most   | -       | Demonstranten | protest
            In der Nacht sanken die Temperaturen auf -10 Grad.                   | -10 Grad           | -10        | exact     | °       | -             | -
            Auf dem Säntis wurden etwa -15,5 Grad gemessen.                      | etwa -15,5 Grad    | -15.5      | approx    | °       | -             | -
            Am Morgen hatte es rund minus 8 Grad.                                | rund minus 8 Grad  | -8         | approx    | °       | -             | -
            Die Zahl der Todesopfer stieg auf mindestens 57.                     | mindestens 57      | 57         | at_least  | -       | Todesopfer    | killed
            Etwa 1,9 Millionen Menschen – rund 90 Prozent – wurden vertrieben.   | Etwa 1,9 Millionen | 1900000    | approx    | -       | Menschen      | displaced
            Zwölf Menschen – darunter drei Kinder – wurden getötet.              | Zwölf              | 12         | exact     | -       | Menschen      | killed
            Die Wohnung kostet 1 450 Euro Miete im Monat.                        | 1 450 Euro         | 1450       | exact     | EUR     | -             | -
            Der Lenker war mit 1,8 Promille unterwegs.                           | 1,8 Promille       | 1.8        | exact     | permille | -            | -
            Der Euro notierte zuletzt bei 0,94 Franken.                          | 0,94 Franken       | 0.94       | exact     | CHF     | -             | -
            Es wurden 150'000 Unterschriften gesammelt.                          | 150'000            | 150000     | exact     | -       | Unterschriften | -
            Der Umsatz sank um 3,5 % auf 2,1 Mrd. Euro.                          | 2,1 Mrd. Euro      | 2100000000 | exact     | EUR     | -             | -
            Der Umsatz sank um 3,5 % auf 2,1 Mrd. Euro.                          | 3,5 %              | 3.5        | exact     | percent | -             | -
            Die Aktie schloss bei 123,45 CHF.                                    | 123,45 CHF         | 123.45     | exact     | CHF     | -             | -
            Ein Liter Benzin kostet 1,79 €.                                      | 1,79 €             | 1.79       | exact     | EUR     | -             | -
            Bei dem Brand in der Altstadt wurden 12 Personen verletzt.           | 12                 | 12         | exact     | -       | Personen      | injured
            Die Schweizer Armee schickt 80 Soldaten ins Wallis.                  | 80                 | 80         | exact     | -       | Soldaten      | -
            Der Nationalrat stimmte mit 102 zu 87 Stimmen zu.                    | 87                 | 87         | exact     | -       | Stimmen       | -
            Der Antrag wurde mit 102 gegen 87 Stimmen angenommen.                | 87                 | 87         | exact     | -       | Stimmen       | -
            Der Antrag wurde mit 102 gegen 87 Stimmen angenommen.                | 102                | 102        | exact     | -       | Stimmen       | -
            Der Gemeinderat beschloss die Erhöhung mit 15 zu 8 Stimmen.          | 15                 | 15         | exact     | -       | Stimmen       | -
            Die Zahl der Schulklassen stieg von 20 auf 24.                       | 24                 | 24         | exact     | -       | -             | -
            Die Norwegerin siegte beim Weltcup über 3000 Meter.                  | 3000 Meter         | 3000       | exact     | m       | -             | -
            Im Finale über 200 m lief der Jamaikaner allen davon.                | 200 m              | 200        | exact     | m       | -             | -
            Die Läuferin gewann über 5000 Meter Bronze.                          | 5000 Meter         | 5000       | exact     | m       | -             | -
            Der Stau reichte am Abend über 12 Kilometer.                         | über 12 Kilometer  | 12         | more_than | km      | -             | -
            Knapp 2,4 Millionen Menschen sahen das Finale im ORF.                | Knapp 2,4 Millionen | 2400000   | approx    | -       | Menschen      | -
            Der Hagel richtete Schäden von über 10 Mio. Franken an.              | über 10 Mio. Franken | 10000000 | more_than | CHF     | -             | -
            Bei dem Unfall auf der B 17 gab es einen Toten und zwei Verletzte.   | einen              | 1          | exact     | -       | Toten         | killed
            Bei dem Unfall auf der B 17 gab es einen Toten und zwei Verletzte.   | zwei               | 2          | exact     | -       | Verletzte     | injured
            Ein Schwerverletzter wurde mit dem Hubschrauber ins Spital geflogen. | Ein                | 1          | exact     | -       | Schwerverletzter | injured
            Bei dem Lawinenabgang gab es mindestens einen Toten.                 | mindestens einen   | 1          | at_least  | -       | Toten         | killed
            Ein Vermisster wird noch unter den Trümmern vermutet.                | Ein                | 1          | exact     | -       | Vermisster    | missing
            Der Leitindex schloss bei 38.500 Punkten.                            | 38.500             | 38500      | exact     | -       | Punkten       | -
            Der Stürmer erzielte in 23 Spielen 14 Tore.                          | 14                 | 14         | exact     | -       | Tore          | -
            Die Schweiz zählt 8,9 Mio. Einwohner.                                | 8,9 Mio.           | 8900000    | exact     | -       | Einwohner     | -
            Die Gemeinde mit ihren gut 3000 Einwohnern feiert.                   | gut 3000           | 3000       | approx    | -       | Einwohnern    | -
            Zum Fest kamen rund 1900 Gäste.                                      | rund 1900          | 1900       | approx    | -       | Gäste         | -
            Am 5.12. starben bei dem Brand 3 Menschen.                           | 3                  | 3          | exact     | -       | Menschen      | killed
            Die Busse beträgt 500 Fr.                                            | 500 Fr.            | 500        | exact     | CHF     | -             | -
            An die 300 Schaulustige behinderten die Rettungskräfte.              | An die 300         | 300        | approx    | -       | Schaulustige  | -
            Um die 50 Helfer räumten den Schlamm weg.                            | Um die 50          | 50         | approx    | -       | Helfer        | -
            Eine halbe Million Menschen lebt in der Region.                      | Eine halbe Million | 500000     | exact     | -       | Menschen      | -
            Das Projekt kostet eineinhalb Milliarden Euro.                       | eineinhalb Milliarden Euro | 1500000000 | exact | EUR | -         | -
            Zehntausende Menschen protestierten in Belgrad.                      | Zehntausende       | 10000      | at_least  | -       | Menschen      | protest
            Das Angebot gilt ab 16 Jahren.                                       | ab 16              | 16         | at_least  | -       | Jahren        | -
            Nicht mehr als 30 Personen dürfen in den Raum.                       | Nicht mehr als 30  | 30         | at_most   | -       | Personen      | -
            Der Pegel stieg um knapp über 2 Meter.                               | knapp über 2 Meter | 2          | more_than | m       | -             | -
            Die Temperaturen steigen bis 32 Grad.                                | bis 32 Grad        | 32         | at_most   | °       | -             | -
            Die Preise steigen um 10 bis 15 Prozent.                             | 10                 | 10         | at_least  | percent | -             | -
            Die Preise steigen um 10 bis 15 Prozent.                             | 15 Prozent         | 15         | at_most   | percent | -             | -
            Die Kosten liegen bei geschätzten 4 Mio. Euro.                       | geschätzten 4 Mio. Euro | 4000000 | approx   | EUR     | -             | -
            Exakt 1.000 Läufer gingen an den Start.                              | Exakt 1.000        | 1000       | exact     | -       | Läufer        | -
            Die Nationalbank senkt den Leitzins auf 0,5 Prozent.                 | 0,5 Prozent        | 0.5        | exact     | percent | -             | -
            Die Erwärmung soll 1,5 Grad Celsius nicht übersteigen.               | 1,5 Grad Celsius   | 1.5        | exact     | °C      | -             | -
            Die Zahl der Arbeitslosen stieg um 8.000 auf 380.000.                | 8.000              | 8000       | exact     | -       | -             | -
            Die Zahl der Arbeitslosen stieg um 8.000 auf 380.000.                | 380.000            | 380000     | exact     | -       | -             | -
            Österreich exportierte Waren im Wert von 200 Mrd. €.                 | 200 Mrd. €         | 200000000000 | exact   | EUR     | -             | -
            Der Verein zählt mittlerweile über 12.000 Mitglieder.                | über 12.000        | 12000      | more_than | -       | Mitglieder    | -
            Das Budget sieht ein Defizit von 2,9 % des BIP vor.                  | 2,9 %              | 2.9        | exact     | percent | -             | -
            Das Gericht hat bis Mitte Januar neun weitere Verhandlungstage angesetzt. | neun          | 9          | exact     | -       | Verhandlungstage | -
            Die Region war 2011 von einem Beben der Stärke 7,1 getroffen worden. | 7,1               | 7.1        | exact     | -       | -             | -
            Rund 12.000 Menschen haben ihre Häuser verloren.                     | Rund 12.000        | 12000      | approx    | -       | Menschen      | displaced
            In diesem Sommer schmolzen etwa 1,9 Kubikkilometer Eis.              | etwa 1,9 Kubikkilometer | 1.9   | approx    | km3     | -             | -
            Die Staffel wurde über 4 x 7,5 Kilometer Dritte.                     | 7,5 Kilometer      | 7.5        | exact     | km      | -             | -
            Elf Menschen wurden verletzt, drei von ihnen schwer.                 | drei               | 3          | exact     | -       | Menschen      | injured
            Zwölf Menschen wurden verletzt, drei davon schwer.                   | drei               | 3          | exact     | -       | Menschen      | injured
            Der Konzern baut 3.500 Stellen ab, davon etwa 1.200 in Bayern.       | etwa 1.200         | 1200       | approx    | -       | Stellen       | -
            Der Umsatz stieg um 5 Prozent, davon 2 im Ausland.                   | 2                  | 2          | exact     | -       | -             | -
            Zwei Personen wurden verschüttet, eine davon tot.                    | Zwei               | 2          | exact     | -       | Personen      | -
            13 von 23 Kantonen stimmten der Vorlage zu.                          | 13                 | 13         | exact     | -       | Kantonen      | -
            Der Konzern streicht 1.200 seiner 8.000 Stellen.                     | 1.200              | 1200       | exact     | -       | Stellen       | -
            Die Busse beträgt CHF 1'200.–.                                       | CHF 1'200.–        | 1200       | exact     | CHF     | -             | -
            Ein Einzelbillett kostet neu 50.– Franken.                           | 50.– Franken       | 50         | exact     | CHF     | -             | -
            Die Gebühr beträgt CHF 1200.                                         | CHF 1200           | 1200       | exact     | CHF     | -             | -
            Der Bund rechnet mit Kosten von 1,2 Mia. Franken.                    | 1,2 Mia. Franken   | 1200000000 | exact     | CHF     | -             | -
            Im Bus erlitten acht Kinder leichte Verletzungen.                    | acht               | 8          | exact     | -       | Kinder        | injured
            Bis zu 30'000 Hektaren Kulturland gehen verloren.                    | Bis zu 30'000 Hektaren | 30000  | at_most   | ha      | -             | -
            Es entstand ein Sachschaden in Höhe von mehreren tausend Euro.       | mehreren tausend Euro | 1000    | at_least  | EUR     | -             | -
            Winde mit bis zu 80 Kilometern pro Stunde fachen die Brände an.      | bis zu 80 Kilometern pro Stunde | 80 | at_most | km/h | -         | -
            An Bord waren sechs Besatzungsmitglieder, verletzt wurde niemand.    | sechs              | 6          | exact     | -       | Besatzungsmitglieder | -
            Bei dem Unfall wurde keiner der 30 Fahrgäste verletzt.               | 30                 | 30         | exact     | -       | Fahrgäste     | -
            Die 40 Insassen blieben unverletzt.                                  | 40                 | 40         | exact     | -       | Insassen      | -
            Ausgaben, denen Einnahmen von 109,2 Milliarden gegenüberstehen.      | 109,2 Milliarden   | 109200000000 | exact   | -       | -             | -
            Nach einer Umfrage der Deutschen Krankenhausgesellschaft (DKG) unter 320 Häusern ist die Lage ernst. | 320 | 320 | exact | - | Häusern | -
            Die Temperaturen fielen unter 30 Grad.                               | unter 30 Grad      | 30         | less_than | °       | -             | -
            112 Passagiere wurden gerettet, 23 von ihnen kamen mit Verletzungen in Kliniken. | 23       | 23         | exact     | -       | Passagiere    | injured
            In der Nacht sinken die Temperaturen auf minus 4 bis minus 9 Grad.   | minus 4            | -4         | at_most   | °       | -             | -
            In der Nacht sinken die Temperaturen auf minus 4 bis minus 9 Grad.   | minus 9 Grad       | -9         | at_least  | °       | -             | -
            Tagsüber bleibt es mit minus 5 bis minus 1 Grad frostig.             | minus 1 Grad       | -1         | at_most   | °       | -             | -
            Netto bleiben kaum 4 Milliarden Euro übrig.                          | kaum 4 Milliarden Euro | 4E9    | approx    | EUR     | -             | -
            In den Alpen fällt oberhalb von 1500 Metern Schnee.                  | oberhalb von 1500 Metern | 1500 | more_than | m       | -             | -
            Der Veranstalter hatte die Besucherzahl mit 4000 angegeben.          | 4000               | 4000       | exact     | -       | -             | -
            Die Koalition verfügt im Nationalrat über 98 der 183 Mandate.       | 98                 | 98         | exact     | -       | Mandate       | -
            Im Kanton scheiterte ein Kredit über 240 Millionen Franken knapp.    | 240 Millionen Franken | 240000000 | exact  | CHF     | -             | -
            Der Bürgermeister erinnerte an die 140 Menschen, die an der Grenze starben. | 140         | 140        | exact     | -       | Menschen      | *
            Der Seenotrettungskreuzer fuhr mit 24 Knoten zur Unglücksstelle.     | 24 Knoten          | 24         | exact     | kn      | -             | -
            Sie fordert eine Senkung der Arbeitszeit von 38 auf 35 Stunden.     | 38                 | 38         | exact     | -       | Stunden       | -
            Mehrere hundert Zivilisten sollen seit März 2019 getötet worden sein. | Mehrere hundert   | 100        | at_least  | -       | Zivilisten    | killed
            Bei dem Brand sind sieben Kinder sowie ein Erwachsener ums Leben gekommen. | sieben        | 7          | exact     | -       | Kinder        | killed
            Es war ein Unwetter, bei dem mindestens 27 Personen umkamen.         | mindestens 27      | 27         | at_least  | -       | Personen      | killed
            Unter den Toten sind nach Angaben des Ministeriums mindestens zwei Touristen. | mindestens zwei | 2     | at_least  | -       | Touristen     | killed
            Laut Polizei sind unter den Verletzten 12 Kinder sowie drei Lehrer.  | drei               | 3          | exact     | -       | Lehrer        | injured
            Unter den Opfern waren auch sechs Kinder.                            | sechs              | 6          | exact     | -       | Kinder        | -
            Drei Männer sind nach einem Überfall auf eine Tankstelle am nördlichen Rand der kleinen Stadt von der Polizei erschossen worden. | Drei | 3 | exact | - | Männer | killed
            Bei den Kämpfen starben im Sommer 2019 mehr als 300 Soldaten.         | mehr als 300       | 300        | more_than | -       | Soldaten      | killed
            Seit Mai sind dem Konflikt mehr als 500 Menschen zum Opfer gefallen. | mehr als 500       | 500        | more_than | -       | Menschen      | killed
            Im Vorjahr gab es mehr als 200 Neuinfizierungen.                     | mehr als 200       | 200        | more_than | -       | Neuinfizierungen | sickened
            Dabei wurden 12 Angreifer, drei Passanten und ein Polizist getötet.  | 12                 | 12         | exact     | -       | Angreifer     | killed
            Am Stadion wurden 5 Fans, zwei Ordner sowie 3 Polizisten verletzt.  | zwei               | 2          | exact     | -       | Ordner        | injured
            Im Ort leben 3000 Einwohner, 40 Menschen wurden verletzt.            | 3000               | 3000       | exact     | -       | Einwohner     | -
            Bei den Kämpfen starben 40 Rebellen, 12 Soldaten und drei Zivilisten. | drei              | 3          | exact     | -       | Zivilisten    | killed
            Festgenommen wurden 3 Männer, 40 Personen wurden kontrolliert.       | 40                 | 40         | exact     | -       | Personen      | -
            Sie hatte drei der vergangenen fünf Finalspiele verloren.            | drei               | 3          | exact     | -       | Finalspiele   | -
            In 30 Gemeinden sind viele Haushalte betroffen.                      | 30                 | 30         | exact     | -       | Gemeinden     | -
            Bei den Anschlägen sind 20 Einheimische und vier Ausländer gestorben. | vier              | 4          | exact     | -       | Ausländer     | killed
            Die Zustimmung lag zwischen 58 und 45 Prozent.                       | 58                 | 58         | at_most   | percent | -             | -
            Der Gewinn stieg auf 2,1 Milliarden Euro, nach einem Verlust von 300 Millionen im Vorjahr. | 300 Millionen | 300000000 | exact | EUR | - | -
            "More than 1,200 people worked day and night", sagte der Sprecher. | 1,200 | 1200 | exact | - | - | -
            NGO: 198 Zivilisten binnen fünf Monaten getötet.                     | 198                | 198        | exact     | -       | Zivilisten    | killed
            Zwei Menschen wurden binnen 24 Stunden getötet.                      | Zwei               | 2          | exact     | -       | Menschen      | killed
            Dabei kamen 198 Zivilisten ums Leben, darunter auch 39 Kinder.       | 39                 | 39         | exact     | -       | Kinder        | killed
            Am Samstag wurden die Leichen von fünf Flüchtlingen entdeckt.        | fünf               | 5          | exact     | -       | Flüchtlingen  | killed
            Am Montag waren die Leichen von weiteren 13 Migranten geborgen worden. | 13               | 13         | exact     | -       | Migranten     | killed
            Die Vergleiche von 20 Ländern zeigen das.                            | 20                 | 20         | exact     | -       | Ländern       | -
            Der Tiergarten freut sich über 19 frisch geschlüpfte Küken.          | 19                 | 19         | exact     | -       | Küken         | -
            Die Partei von Mariano Rajoy 119 von 350 Mandaten gewonnen.          | 119                | 119        | exact     | -       | Mandaten      | -
            Bei dem Angriff wurden drei der Insassen getötet.                    | drei               | 3          | exact     | -       | Insassen      | killed
            Die Firma baut 1.200 seiner Mitarbeiter ab.                          | 1.200              | 1200       | exact     | -       | Mitarbeiter   | -
            Er hatte den Tag 17 der Frist als Termin vereinbart.                 | 17                 | 17         | exact     | -       | -             | -
            Die drei der Partei zustehenden Posten sind vergeben.                | drei               | 3          | exact     | -       | -             | -
            Dem Ministerium zufolge waren zwei Ausländer unter den Geiseln.      | zwei               | 2          | exact     | -       | Ausländer     | kidnapped
            Die Verzerrung soll bei ein bis drei Prozentpunkten liegen.          | ein                | 1          | at_least  | percentage_points | -   | -
            Die Reparatur dauert ein bis zwei Wochen.                            | ein                | 1          | at_least  | -       | Wochen        | -
            Verdi fordert 6,5 Prozent mehr Lohn, mindestens aber 350 Euro.     | mindestens aber 350 Euro | 350 | at_least | EUR | - | -
            Das Beben hatte 2023 mehr als 900 Menschen das Leben gekostet.      | mehr als 900       | 900        | more_than | -       | Menschen      | killed
            Die Vignette soll ab 2028 Fr. 50.– statt Fr. 40.– kosten.           | Fr. 50.–           | 50         | exact     | CHF     | -             | -
            Grüne und FDP scheiterten mit 4,6 und 3,9 Prozent.                   | 4,6                | 4.6        | exact     | percent | -             | -
            Bis 2027 fallen 1.200 der weltweit rund 9.800 Stellen weg.           | 1.200              | 1200       | exact     | -       | Stellen       | -
            Die AfD erreichte 23,4 Prozent (+6,7), die SPD 26,1 Prozent.         | 6,7                | 6.7        | exact     | percentage_points | -   | -
            Die SPD kam auf 26,1 Prozent (-13,5).                                 | -13,5              | -13.5      | exact     | percentage_points | -   | -
            Die Zahl der Touristen stieg um 60 beziehungsweise 46 Prozent.      | 60                 | 60         | exact     | percent | -             | -
            Fünf oder sechs Kinder wurden bei dem Angriff getötet.               | Fünf               | 5          | exact     | -       | Kinder        | killed
            In der Halle sollen ein gutes Dutzend Hütten stehen.                 | ein gutes Dutzend  | 12         | approx    | -       | Hütten        | -
            Es kamen ein halbes Dutzend Kinder.                                  | ein halbes Dutzend | 6          | exact     | -       | Kinder        | -
            Die Ankunft zweier Züge aus Ungarn wurde verschoben.                 | zweier             | 2          | exact     | -       | Züge          | -
            Zwei aus Ungarn erwartete Züge sollen vorerst nicht eintreffen.      | Zwei               | 2          | exact     | -       | Züge          | -
            Zwei aus Ungarn eingesetzte Züge fallen aus.                         | Zwei               | 2          | exact     | -       | Züge          | -
            Die Armee befreite 18 von Rebellen verschleppte Dorfbewohner.        | 18                 | 18         | exact     | -       | Dorfbewohner  | kidnapped
            Die Polizei befreite 18 von Taliban-Kämpfern als Geiseln genommene Insassen. | 18         | 18         | exact     | -       | Insassen      | kidnapped
            Das gilt für 63.000 Einwohner, davon 8.300 in der namensgebenden Stadtgemeinde. | 8.300   | 8300       | exact     | -       | Einwohner     | -
            Platz für 224 Passagiere, davon 18 in der ersten Klasse.             | 18                 | 18         | exact     | -       | Passagiere    | -
            Zur Demo kamen fünf- bis sechstausend Menschen.                      | fünf               | 5000       | at_least  | -       | Menschen      | -
            Es kamen zwei- oder dreihundert Menschen.                            | zwei               | 200        | exact     | -       | Menschen      | -
            Die Neuschneemenge beträgt einen halben Meter.                       | einen halben Meter | 0.5        | exact     | m       | -             | -
            Der Markt darf nicht weiter als 15 Kilometer von der Grenze liegen.  | nicht weiter als 15 Kilometer | 15 | at_most | km   | -             | -
            Die Zahl der Toten gibt die IOM mit mindestens 1790 an.              | mindestens 1790    | 1790       | at_least  | -       | Toten         | killed
            Dann stünden zwölf statt der einst erhofften 14,5 Milliarden Euro bereit. | zwölf         | 12000000000 | exact    | EUR     | -             | -
            Er schoss 3 statt 5 Tore.                                            | 3                  | 3          | exact     | -       | Tore          | -
            Entschädigungen können 250, 400 und 600 Euro betragen.               | 250                | 250        | exact     | EUR     | -             | -
            Es kamen zwei, drei oder vier Kinder.                                | zwei               | 2          | exact     | -       | Kinder        | -
            """)
    void extractsQuantity(String sentence, String text, double value, String qualifier, String unit,
                          String counted, String category) {
        List<Quantity> found = run(sentence);
        Quantity q = found.stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
        assertThat(q).as("records: %s", found).isNotNull();
        assertThat(q.value()).as("value of %s", q).isCloseTo(value, offset(1e-6));
        assertThat(q.qualifier()).as("qualifier of %s", q).isEqualTo(qualifier);
        assertThat(q.unit()).as("unit of %s", q).isEqualTo(nul(unit));
        assertThat(q.counted()).as("counted of %s", q).isEqualTo(nul(counted));
        if (!"*".equals(category)) {
            assertThat(q.category()).as("category of %s", q).isEqualTo(nul(category));
        }
    }

    /** Numbers that are years, ordinals, times, scores, codes, names, phone numbers or fractions. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Die Schweizerin fuhr im Riesentorlauf auf den 3. Platz.
            Um 14.30 Uhr landete der Rettungshubschrauber.
            2025 kamen deutlich weniger Touristen nach Tirol.
            Die Westautobahn A1 ist bei Melk gesperrt.
            Seit Covid-19 arbeiten viele Beamte im Homeoffice.
            Paragraf 218 bleibt im Strafgesetzbuch.
            Hinweise nimmt die Polizei unter 059133 3333 entgegen.
            Das Spiel endete nach Verlängerung 3:1 für die Gäste.
            Die Kosten stiegen um ein Drittel.
            Mehr als die Hälfte der Befragten ist unzufrieden.
            Der Zug fährt um 7.45 Uhr ab Bahnhof Olten.
            Die Bauarbeiten sollen bis 2027 dauern.
            Die Vorlage wurde am 22.9.2025 angenommen.
            Der Nationalrat tagt am 3. Jänner.
            Am 1. Feber tritt das Gesetz in Kraft.
            Der ORF 2 zeigt das Spiel live.
            Er gewann die Tour de Suisse zum 2. Mal.
            Das Urteil zu Artikel 8 der Menschenrechtskonvention fiel deutlich aus.
            Im Herbst 2024 wurde der Gemeinderat neu gewählt.
            Die Straße ist zwischen 8 und 10 Uhr gesperrt.
            Das Amt ist von 9 bis 17 Uhr geöffnet.
            Der 34-jährige Lenker blieb unverletzt.
            Zwei Drittel der Befragten sind dafür.
            Rund ein Viertel der Wohnungen steht leer.
            Der Unfall ereignete sich gegen 23 Uhr.
            Die Saison 2025/26 beginnt im Oktober.
            Die Bundesstraße B 17 ist wieder frei.
            Der Intercity IC 581 fiel am Morgen aus.
            Der Schweizer startete mit der Startnummer 12.
            Die Linie 5 fährt ab Montag wieder.
            Der Lawinenwarndienst meldete Stufe 4.
            Er wurde am 1. Feber 1987 in Graz geboren.
            Ein Demonstrant hielt ein Schild in die Höhe.
            Sie siegte in 1:45,32 Minuten.
            Hinweise bitte an Tel. 0664/1234567.
            Die Botschaft ist unter +43 1 53115 erreichbar.
            Der Lenker (45) blieb unverletzt.
            Die Pensionistin Maria K. (83) wurde befragt.
            Beim 5:3-Sieg glänzte der Tormann.
            Erst im 3. Anlauf klappte es.
            Der Stau begann bei Kilometer 12 der Südautobahn.
            Die Wohnung liegt im 15. Bezirk.
            Die U6 fährt wieder im Takt.
            Der Bus der Linie 13A fällt aus.
            Eine Sprecherin der Polizei bestätigte den Einsatz.
            Schwerer Unfall auf der A 8: Lkw fährt in Stauende
            Bei den 18- bis 29-Jährigen ist das Handy Pflicht.
            Der Hersteller stellt das Modell ID.3 vor.
            Im Test schlägt sich das Telvona 950 besser als sein Vorgänger.
            Verdächtige Beobachtungen bitte sofort unter 133 melden.
            Die Bergrettung ist über den Notruf 140 erreichbar.
            Die Lawinenwarnstufe wurde am Nachmittag auf 4 angehoben.
            Die Alarmstufe wurde von 2 auf 3 erhöht.
            Der Satellit schickt alle zehn Minuten ein Bild zur Erde.
            Die Wahl findet alle zwei Jahre statt.
            Eine Verfassungsbeschwerde (Az. 1 BvR 877/26) ist noch anhängig.
            Die Band stellte Songs ihres neuen Albums „Zwölf Nächte in Rom“ vor.
            Der Zug fährt um acht Uhr abends ab.
            Er gewann das Match 7:6(4) gegen den Titelverteidiger.
            Die Zeremonie begann gegen halb sechs.
            Sie sprach von einer Uhrzeit zwischen halb drei und drei.
            Der Zug fuhr um viertel nach acht ab.
            Er kaufte das Galaxy Note 4 von Samsung.
            Er besiegte Michon (ATP-Nr. 221) im Finale.
            Im Umfeld von Hannover 96 gab es Streit.
            """)
    void findsNoQuantity(String sentence) {
        assertThat(run(sentence)).isEmpty();
    }

    /**
     * Paragraphs through the product normalizer and sentence splitter (abbreviations, ordinals and dates with
     * dots must not break the sentence a number stands in): paragraph | record text | value | qualifier.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Der Schaden beträgt ca. 300 Mio. Euro. Betroffen sind rund 1.200 Haushalte.          | ca. 300 Mio. Euro | 300000000 | approx
            Der Schaden beträgt ca. 300 Mio. Euro. Betroffen sind rund 1.200 Haushalte.          | rund 1.200        | 1200      | approx
            Am 3. Jänner kamen mehr als 40 Menschen ums Leben. Am 4. Jänner wurden 12 vermisst. | mehr als 40       | 40        | more_than
            Am 3. Jänner kamen mehr als 40 Menschen ums Leben. Am 4. Jänner wurden 12 vermisst. | 12                | 12        | exact
            Laut Dr. Huber kostet die Sanierung 2,5 Mio. Fr. pro Jahr. Der Bund zahlt den Rest.   | 2,5 Mio. Fr.      | 2500000   | exact
            In St. Gallen demonstrierten u. a. 5000 Bauern. Die Polizei sprach von 3000.          | 5000              | 5000      | exact
            Die Firma (Nr. 3 der Branche) baut bis zu 250 Stellen ab. Das sind ca. 10 %.          | bis zu 250        | 250       | at_most
            Die Firma (Nr. 3 der Branche) baut bis zu 250 Stellen ab. Das sind ca. 10 %.          | ca. 10 %          | 10        | approx
            Die Inflation lag im Nov. bei 2,4 %. Im Dez. stieg sie auf 2,7 %.                    | 2,7 %             | 2.7       | exact
            Die Partei kam auf 27,4 Prozent. Die SPÖ erreichte 21,1 Prozent, die FPÖ 28,9.       | 21,1 Prozent      | 21.1      | exact
            Der Ausbau kostet bis 2040 rund 16 Mia. Franken. Unter anderem wird die Strecke erweitert. | rund 16 Mia. Franken | 16000000000 | approx
            """)
    void extractsQuantityInParagraph(String paragraph, String text, double value, String qualifier) {
        StructuredDocument doc = new DocumentStructurer().structure("d", TextNormalizer.standard().normalize(paragraph));
        List<Quantity> found = EXTRACTOR.extract(new DocumentContext("d", doc.text(), doc.sentences(), null));
        Quantity q = found.stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
        assertThat(q).as("records: %s; sentences: %s", found, doc.sentences()).isNotNull();
        assertThat(doc.text().substring(q.charStart(), q.charEnd())).isEqualTo(q.text());
        assertThat(q.value()).as("value of %s", q).isCloseTo(value, offset(1e-6));
        assertThat(q.qualifier()).as("qualifier of %s", q).isEqualTo(qualifier);
    }

    /** Known misses, kept as an honest record: sentence | text ("-": no record) | value | qualifier | why it fails. */
    @Disabled("known gaps (reason column)")
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Die Filiale in 1010 Wien schließt Ende Juni.          | -         | 0   | -      | postal codes before a place name are read as counts ('1010' counted 'Wien') by the extractor alone; the pipeline drops them when the tagger labels the place LOC (DocumentPipelineTest)
            """)
    void knownGaps(String sentence, String text, double value, String qualifier, String reason) {
        if (text.equals("-")) {
            assertThat(run(sentence)).isEmpty();
            return;
        }
        Quantity q = run(sentence).stream().filter(x -> x.text().equals(text)).findFirst().orElse(null);
        assertThat(q).isNotNull();
        assertThat(q.value()).isCloseTo(value, offset(1e-3));
        assertThat(q.qualifier()).isEqualTo(qualifier);
    }
}
