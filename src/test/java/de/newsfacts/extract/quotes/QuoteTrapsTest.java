package de.newsfacts.extract.quotes;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Quote;
import de.newsfacts.extract.entities.EntityExtractor;
import de.newsfacts.normalize.TextNormalizer;
import de.newsfacts.structure.DocumentStructurer;
import de.newsfacts.structure.StructuredDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Constructed German, Austrian and Swiss news paragraphs with the usual quotation traps: guillemets »…« and
 * «…», inner quotes ‚…‘ ›…‹ ‹…›, partial quotes, quotes over two sentences, scare quotes, quoted names and
 * titles. The text runs through the product normalizer and structurer, as in the job. Names are invented.
 */
class QuoteTrapsTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();
    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();
    private static final DocumentStructurer STRUCTURER = new DocumentStructurer();

    /** kind|text|speaker per quote, joined by " ;; " ("-" for a null speaker). */
    static String run(String raw) {
        return run(raw, false);
    }

    /** As {@link #run(String)}; with {@code withEntities} the tagger's mentions are passed, as the job does. */
    static String run(String raw, boolean withEntities) {
        StructuredDocument doc = STRUCTURER.structure("t", NORMALIZER.normalize(raw));
        DocumentContext context = new DocumentContext("t", doc.text(), doc.sentences(), null);
        List<Quote> quotes = withEntities
                ? EXTRACTOR.extract(context, EntityExtractor.fromClasspath().extract(context))
                : EXTRACTOR.extract(context);
        for (Quote q : quotes) {
            assertThat(doc.text().substring(q.charStart(), q.charEnd())).isEqualTo(q.text());
        }
        return quotes.stream()
                .map(q -> q.kind() + "|" + q.text() + "|" + (q.speaker() == null ? "-" : q.speaker()))
                .collect(Collectors.joining(" ;; "));
    }

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                // guillemets, German (»…«) and Swiss (« … ») order
                arguments("»Wir lassen uns nicht erpressen«, sagte Landeshauptmann Josef Gruber.",
                        "direct|Wir lassen uns nicht erpressen|Josef Gruber"),
                arguments("Das Spital habe seit 2021 Verluste geschrieben, räumte Direktor Peter Känel ein.",
                        "indirect|Das Spital habe seit 2021 Verluste geschrieben|Peter Känel"),
                arguments("«Die Lage ist angespannt», sagte Regierungsrat Beat Sutter am Mittwoch in Aarau.",
                        "direct|Die Lage ist angespannt|Beat Sutter"),
                arguments("Gemeinderätin Lea Brunner sagte: «Wir brauchen mehr günstige Wohnungen.»",
                        "direct|Wir brauchen mehr günstige Wohnungen.|Lea Brunner"),
                arguments("»Das Wort ›Krise‹ hören wir nicht gern«, sagte der Hotelier Franz Leitner.",
                        "direct|Das Wort ›Krise‹ hören wir nicht gern|Franz Leitner"),
                arguments("«Wir sagen ‹Nein› zu dieser Vorlage», erklärte Nationalrätin Sandra Gerber.",
                        "direct|Wir sagen ‹Nein› zu dieser Vorlage|Sandra Gerber"),
                // the second half of a quote split by the attribution is direct, lower-case or not
                arguments("„Die Pegel steigen weiter“, sagte die Bürgermeisterin Eva Lang, „und am Abend kommt die Spitze.“",
                        "direct|Die Pegel steigen weiter|Eva Lang ;; direct|und am Abend kommt die Spitze.|Eva Lang"),
                arguments("»Ich bin enttäuscht«, so die Skirennläuferin nach dem zweiten Durchgang.",
                        "direct|Ich bin enttäuscht|Skirennläuferin"),
                // „…“ with inner ‚…‘, cue before / after / "so"
                arguments("„Der Slogan ‚Linz bleibt Linz‘ ist überholt“, sagte die Politologin Eva Kranz.",
                        "direct|Der Slogan ‚Linz bleibt Linz‘ ist überholt|Eva Kranz"),
                arguments("„Die Kassen sind leer“, so Finanzstadtrat Peter Hollaus.",
                        "direct|Die Kassen sind leer|Peter Hollaus"),
                arguments("Die Präsidentin des Verbands, Ines Baumann, sagte: „Das Jahr war schwierig.“",
                        "direct|Das Jahr war schwierig.|Ines Baumann"),
                arguments("„Wer soll das bezahlen?“, fragte Gemeinderat Otto Lehner.",
                        "direct|Wer soll das bezahlen?|Otto Lehner"),
                arguments("\"Das Ergebnis ist ein Desaster\", sagte Parteichef Karl Moser.",
                        "direct|Das Ergebnis ist ein Desaster|Karl Moser"),
                arguments("„Der Schaden ist enorm.“ Das sagte Feuerwehrkommandant Rudolf Eder am Montag.",
                        "direct|Der Schaden ist enorm.|Rudolf Eder"),
                // a quoted title after a hyphen is a compound, no quote
                arguments("Die Bevölkerung fühle sich sicherer, sagte Landeshauptmann Hans Wolf im Ö1-„Morgenjournal“.",
                        "indirect|Die Bevölkerung fühle sich sicherer|Hans Wolf"),
                // a quote over two sentences
                arguments("„Wir haben alles versucht. Am Ende hat es nicht gereicht“, sagte Trainer Marco Keller.",
                        "direct|Wir haben alles versucht. Am Ende hat es nicht gereicht|Marco Keller"),
                arguments("Bürgermeister Anton Steiner sagte: „Die Brücke ist gesperrt. Wir prüfen jetzt die Statik.“",
                        "direct|Die Brücke ist gesperrt. Wir prüfen jetzt die Statik.|Anton Steiner"),
                // partial quotes
                arguments("Der Bürgermeister sprach von einem „schwarzen Tag für die Region“.",
                        "partial|schwarzen Tag für die Region|Bürgermeister"),
                arguments("Kritiker nennen das Projekt ein „Milliardengrab“.",
                        "partial|Milliardengrab|Kritiker"),
                arguments("Die Ministerin sagte, die Reform sei „längst überfällig“.",
                        "indirect|die Reform sei „längst überfällig“|Ministerin ;; partial|längst überfällig|Ministerin"),
                arguments("Oppositionschefin Maria Huber nannte den Entwurf „ein Armutszeugnis“ und kündigte Widerstand an.",
                        "partial|ein Armutszeugnis|Maria Huber"),
                // scare quotes, names and titles: no speech
                arguments("Die Regierung will das „Sondervermögen“ vor allem für die Bahn nutzen.", ""),
                arguments("Die sogenannte „Reform“ sorgt seit Wochen für Streit im Landtag.", ""),
                arguments("Der neue „Tatort“ aus Salzburg erreichte am Sonntag ein Millionenpublikum.", ""),
                arguments("Sein Roman »Die Stille am See« erschien im Herbst.", ""),
                arguments("Der Verein „Rettet den Auwald“ sammelte 5000 Unterschriften.", ""),
                arguments("Die Kampagne lief unter dem Motto «Mehr Grün für alle».", ""),
                arguments("Er verwies auf die Petition ‹Bildung statt Abbau›, die 12'400 Personen unterschrieben.", ""),
                arguments("Das Lokal „Zur Alten Post“ schließt nach 80 Jahren.", ""),
                arguments("Die so genannten „Klimakleber“ blockierten am Morgen die Brücke.", ""),
                arguments("Die Koalition feierte ihren „Erfolg“ mit einem Fest.", ""),
                arguments("In der Sendung «Arena» stritten die Parteichefs über die Vorlage.", ""),
                arguments("Der Film »Die Rückkehr« läuft ab Freitag in den Kinos.", ""),
                // interrupted quote, speaker in the middle
                arguments("„Wir werden“, sagte Bürgermeisterin Eva Hofer, „alles tun, um zu helfen.“",
                        "direct|Wir werden|Eva Hofer ;; direct|alles tun, um zu helfen.|Eva Hofer"),
                // pronoun speaker, person named in the sentence before
                arguments("Bürgermeisterin Anna Wolf zeigte sich erleichtert. „Wir hatten Glück“, sagte sie.",
                        "direct|Wir hatten Glück|Anna Wolf"),
                arguments("Der Anwalt sagte, sein Mandant sei „völlig unschuldig“.",
                        "indirect|sein Mandant sei „völlig unschuldig“|Anwalt ;; partial|völlig unschuldig|Anwalt"),
                arguments("Die Ministerin sprach von „gravierenden Mängeln“ bei der Umsetzung.",
                        "partial|gravierenden Mängeln|Ministerin"),
                arguments("«Das ist ein schwarzer Tag», meinte Gemeindepräsident Urs Meier.",
                        "direct|Das ist ein schwarzer Tag|Urs Meier"),
                arguments("Der Sprecher der Polizei, Martin Huber, betonte: »Es besteht keine Gefahr.«",
                        "direct|Es besteht keine Gefahr.|Martin Huber"),
                arguments("„Wir sind zuversichtlich“, sagte Konzernchefin Petra Lang der APA.",
                        "direct|Wir sind zuversichtlich|Petra Lang"),
                arguments("„Warum?“, fragte die Landesrätin Sabine Egger.",
                        "direct|Warum?|Sabine Egger"),
                arguments("»Die Bahn ist pünktlicher geworden. Das zeigen die Zahlen«, sagte ÖBB-Chef Max Brandl.",
                        "direct|Die Bahn ist pünktlicher geworden. Das zeigen die Zahlen|Max Brandl"),
                arguments("Nationalrat Beat Amrein sagte: «Wir lehnen die ‹Reform› ab.»",
                        "direct|Wir lehnen die ‹Reform› ab.|Beat Amrein"),
                arguments("SVP-Nationalrat Thomas Aebi: «Das ist inakzeptabel.»",
                        "direct|Das ist inakzeptabel.|Thomas Aebi"),
                arguments("„Der Lenker war alkoholisiert“, heißt es in einer Aussendung der Landespolizeidirektion.",
                        "direct|Der Lenker war alkoholisiert|Landespolizeidirektion"),
                arguments("„Ich bin“, sagte der Trainer Jan Novak, „sehr stolz auf die Mannschaft.“",
                        "direct|Ich bin|Jan Novak ;; direct|sehr stolz auf die Mannschaft.|Jan Novak"),
                arguments("„Wir sind bereit“ – das betonte Ministerin Klara Fuchs am Rande des Gipfels.",
                        "direct|Wir sind bereit|Klara Fuchs"),
                arguments("Der Trainer lobte seine Mannschaft. „Sie hat gekämpft“, sagte Stefan Ruf. „Jetzt feiern wir.“",
                        "direct|Sie hat gekämpft|Stefan Ruf ;; direct|Jetzt feiern wir.|Stefan Ruf"),
                arguments("Die sogenannte «Lex Netflix» wurde an der Urne angenommen.", ""),
                arguments("Die Partei nennt ihr Programm »Aufbruch 2030«.", ""),
                // "spricht von" + quoted term: the government's word, a partial quote (not a scare quote)
                arguments("Die Regierung spricht von einer »Zeitenwende« in der Sicherheitspolitik.",
                        "partial|Zeitenwende|Regierung"),
                arguments("Der Kanzler sprach von einer „historischen Chance“ für das Land.",
                        "partial|historischen Chance|Kanzler"),
                arguments("„Das ist ein guter Tag für Vorarlberg“, freute sich Landesrätin Maria Summer.",
                        "direct|Das ist ein guter Tag für Vorarlberg|Maria Summer"),
                arguments("„Wir haben“, so der Bürgermeister, „keine andere Wahl.“",
                        "direct|Wir haben|Bürgermeister ;; direct|keine andere Wahl.|Bürgermeister"),
                arguments("Der ORF-Korrespondent berichtete aus Brüssel: „Die Verhandlungen stocken.“",
                        "direct|Die Verhandlungen stocken.|ORF-Korrespondent"),
                arguments("Die Gewerkschaft bezeichnete das Angebot als „Provokation“.",
                        "partial|Provokation|Gewerkschaft"),
                arguments("Landesrat Peter Kofler verteidigte die Pläne. „Wir investieren in die Zukunft“, sagte er. "
                                + "„Die Kosten sind tragbar.“",
                        "direct|Wir investieren in die Zukunft|Peter Kofler ;; direct|Die Kosten sind tragbar.|Peter Kofler"),
                arguments("„Es war knapp“, sagte Siegerin Lara Imhof. Ihre Konkurrentin Anna Fenk meinte: „Ich bin trotzdem zufrieden.“",
                        "direct|Es war knapp|Lara Imhof ;; direct|Ich bin trotzdem zufrieden.|Anna Fenk"),
                arguments("Die Polizei teilte mit, dass drei Personen festgenommen wurden.",
                        "indirect|drei Personen festgenommen wurden|Polizei"),
                // "der" + a feminine medium in front is a dative: the speaker follows the verb
                arguments("Der Wiener Zeitung sagte Bürgermeister Karl Lenz: „Wir bauen weiter.“",
                        "direct|Wir bauen weiter.|Karl Lenz"),
                arguments("Der Nachrichtenagentur APA sagte ein Sprecher, die Lage sei ruhig.",
                        "indirect|die Lage sei ruhig|Sprecher"),
                arguments("Die Zeitung schrieb am Montag: „Die Lage ist ernst.“",
                        "direct|Die Lage ist ernst.|Zeitung"),
                // a quoted medium in the dative before the speech verb is the addressee, not a quote
                arguments("Dem „Tagesspiegel“ sagte Ministerin Eva Lindner: „Wir halten Wort.“",
                        "direct|Wir halten Wort.|Eva Lindner"),
                // an attribution phrase in the middle attributes its own clause, a semicolon ends it
                arguments("Schon im Winter gab es Streiks; damals waren nach Angaben der Polizei 300 Menschen auf der Straße.",
                        "indirect|damals waren nach Angaben der Polizei 300 Menschen auf der Straße|Polizei"),
                // the genitive ending of a strong noun: "des Verbandes" speaks as "Verband"
                arguments("Nach Angaben des Verbandes würden die Betriebe Geld verlieren.",
                        "indirect|würden die Betriebe Geld verlieren|Verband"),
                // a possessive before the source noun's complement, a demonstrative after "laut"
                arguments("Nach Angaben seines Anwalts sei der Mann unschuldig.",
                        "indirect|sei der Mann unschuldig|Anwalt"),
                arguments("Laut dieser Studie würden viele Abiturienten abgeschreckt.",
                        "indirect|würden viele Abiturienten abgeschreckt|Studie"),
                // a Konjunktiv sentence with a cue-less partial quote goes on with the last speaker's report
                arguments("»Wir haben nie aufgegeben«, so der Trainer Bo Henriksen. Die Mannschaft habe »Charakter gezeigt«.",
                        "direct|Wir haben nie aufgegeben|Bo Henriksen ;; indirect|Die Mannschaft habe »Charakter gezeigt«|Bo Henriksen ;; partial|Charakter gezeigt|Bo Henriksen"),
                // the dative plural of a role noun keeps its genitive complement in the speaker phrase
                arguments("Laut Ermittlern des Landeskriminalamts dürften die Männer verantwortlich sein.",
                        "indirect|dürften die Männer verantwortlich sein|Ermittlern des Landeskriminalamts"),
                // a time adverbial in front is no speaker: the subject follows the (finite) verb
                arguments("Vergangene Woche sagte Ministerin Eva Lindner, sie bleibe im Amt.",
                        "indirect|sie bleibe im Amt|Eva Lindner"),
                arguments("Ende Januar erklärte der Sprecher, die Lage sei ruhig.",
                        "indirect|die Lage sei ruhig|Sprecher"),
                arguments("Anfang des Jahres hatte der Regierungsrat angekündigt, das Konzept zu überarbeiten.",
                        "indirect|das Konzept zu überarbeiten|Regierungsrat"),
                arguments("Der Vorsitzende sagte, die Lage sei ernst.",
                        "indirect|die Lage sei ernst|Vorsitzende"),
                // "hieß es, …" with a Konjunktiv clause after it reports like a speech verb
                arguments("Aus dem Kreml hieß es dagegen, die Angriffe seien gerechtfertigt.",
                        "indirect|die Angriffe seien gerechtfertigt|Kreml"),
                // "verlautete" reports impersonally like "hieß es"
                arguments("Aus Diplomatenkreisen verlautete, zwei Staaten hätten den Text blockiert.",
                        "indirect|zwei Staaten hätten den Text blockiert|Diplomatenkreisen"),
                // "Das verlautete aus …": the subject is what was said, the relative clause after the source no report
                arguments("Das verlautete aus den Reihen der Gläubiger, die davon profitieren würden.", ""),
                // a Konjunktiv II with umlaut ("nähmen") marks the report
                arguments("Der Fraktionschef kritisierte, die Konzerne nähmen die Bauern in Geiselhaft.",
                        "indirect|die Konzerne nähmen die Bauern in Geiselhaft|Fraktionschef"),
                // a colon introduces the report: the narration before it is not reported speech
                arguments("Kritik kam von der Opposition: Die Reform sei gescheitert, erklärte Parteichefin Eva Lindner.",
                        "indirect|Die Reform sei gescheitert|Eva Lindner"),
                // ... unless the report began before it (Konjunktiv) or the colon follows the speech verb
                arguments("Die Regierung habe versagt, nach dem Motto: Es wird schon gehen, sagte Eva Lindner.",
                        "indirect|Die Regierung habe versagt, nach dem Motto: Es wird schon gehen|Eva Lindner"),
                // capitalised nouns after an indefinite article that a cue governs are words, not a name
                arguments("Die Grünen im Stadtrat sprechen von einem „Versagen der Aufsicht“.",
                        "partial|Versagen der Aufsicht|Grünen"),
                // "der" + a medium after a genitive complement is the addressee, also with the medium's name
                arguments("„Wir hören noch Stimmen“, sagte ein Helfer des Roten Kreuzes der Nachrichtenagentur APA.",
                        "direct|Wir hören noch Stimmen|Helfer des Roten Kreuzes"),
                // the subject of a passive cue is addressed; an agent with "von" speaks
                arguments("Die Anrainer wurden aufgefordert, die Fenster geschlossen zu halten.",
                        "indirect|die Fenster geschlossen zu halten|-"),
                arguments("Vom Bürgermeister wurde betont, dass die Lage ernst sei.",
                        "indirect|die Lage ernst sei|Bürgermeister"),
                // an auxiliary after an apposition: the apposition chain is the subject, unless a source noun
                // after the auxiliary owns the report
                arguments("Eine Zeugin, die frühere Leiterin der Abteilung, hatte am Montag ausgesagt, sie habe den "
                                + "Chef informiert.",
                        "indirect|sie habe den Chef informiert|Zeugin"),
                arguments("Die Ministerin, Eva Lindner, hat Berichte der Zeitung zurückgewiesen, sie sei amtsmüde.",
                        "indirect|sie sei amtsmüde|Berichte"),
                // a partial quote inside a report that starts before it: the report and the quote are both kept
                arguments("Man habe „eine Viertelstunde lang geschlafen“, meinte Trainer Rainer Pichler.",
                        "indirect|Man habe „eine Viertelstunde lang geschlafen“|Rainer Pichler ;; "
                                + "partial|eine Viertelstunde lang geschlafen|Rainer Pichler"),
                // a partial quote does not stop "Er"/"Sie" + Konjunktiv from going on with reported speech
                arguments("„Ich habe nie gelogen“, sagte Anton Berger. Er sei über die Vorgänge „schlicht nicht "
                                + "informiert“ gewesen.",
                        "direct|Ich habe nie gelogen|Anton Berger ;; "
                                + "indirect|Er sei über die Vorgänge „schlicht nicht informiert“ gewesen|Anton Berger ;; "
                                + "partial|schlicht nicht informiert|Anton Berger"),
                // a role in the genitive keeps its own genitive complement ("eines Sprechers der Marine")
                arguments("Nach Angaben eines Sprechers der Marine sind drei Schiffe im Einsatz.",
                        "indirect|sind drei Schiffe im Einsatz|Sprecher der Marine"),
                // a quoted medium in the genitive of a source noun is the source, no partial quote
                arguments("Nach Informationen des „Kicker“ zahlt der Verein eine Ablöse von 40 Millionen Euro.",
                        "indirect|zahlt der Verein eine Ablöse von 40 Millionen Euro|Kicker"),
                // the name after a role with an acronym in brackets, followed by a place of origin
                arguments("«Für uns geht es ums Überleben», sagte die Verhandlungsführerin der Allianz der kleinen "
                                + "Inselstaaten (AOSIS), Mele Tupou aus Tonga.",
                        "direct|Für uns geht es ums Überleben|Mele Tupou"),
                // the name after a role whose workplace complement stands before the comma
                arguments("Schlamperei könne man ausschließen, sagt der Leiter der Abteilung Abfallwirtschaft im Amt "
                                + "der Landesregierung, Harald Dreher.",
                        "indirect|Schlamperei könne man ausschließen|Harald Dreher"),
                // the short form in brackets after the source belongs to the attribution, not to the report
                arguments("Nach einer Umfrage des Ärzteverbands (MBV) sind 92 Prozent der Betten belegt.",
                        "indirect|sind 92 Prozent der Betten belegt|Ärzteverband"),
                // a qualified number inside the subject ("Die rund 190 Staaten") does not hide it
                arguments("Die rund 190 Staaten erklärten, die Lage sei ernst.",
                        "indirect|die Lage sei ernst|rund 190 Staaten"),
                // "ließ X mitteilen" reports like "ließ X verlauten"
                arguments("Er freue sich auf die Fans, ließ der Stürmer über die Vereinsmedien mitteilen.",
                        "indirect|Er freue sich auf die Fans|Stürmer"),
                // a purpose clause ("um … zu", "ohne … zu") after a cue is no report of what was said
                arguments("Der Landesrat forderte mehr Geld vom Bund, um die Schulen zu sanieren.", ""),
                // infinitives on "-ern"/"-eln" close a zu-infinitive report too
                arguments("Die Stadträtin kündigte an, die Gebühren zu senken und die Regeln zu ändern.",
                        "indirect|die Gebühren zu senken und die Regeln zu ändern|Stadträtin"),
                // a title noun before lower-case quoted words of three or more: the words are spoken, not a title
                arguments("Die Fraktionschefin warf ihm vor, die Förderprogramme „auf dem Altar der Sparpolitik zu "
                                + "opfern“.",
                        "indirect|die Förderprogramme „auf dem Altar der Sparpolitik zu opfern“|Fraktionschefin ;; "
                                + "partial|auf dem Altar der Sparpolitik zu opfern|Fraktionschefin"),
                // a time adverb opening the sentence is no speaker
                arguments("Damals hatte der Minister angekündigt, die Steuern zu senken.",
                        "indirect|die Steuern zu senken|Minister"),
                // "nach seiner Einschätzung" with another subject points back to the person named before
                arguments("Der Schlafforscher Paul Haas hält die Zahlen für plausibel. Nach seiner Einschätzung "
                                + "leiden Millionen Menschen an Schlafstörungen.",
                        "indirect|leiden Millionen Menschen an Schlafstörungen|Paul Haas"),
                // "hieß es am <time> aus X": the time before the source does not hide it
                arguments("Die Gespräche seien schwierig gewesen, hieß es am Dienstagabend aus Regierungskreisen.",
                        "indirect|Die Gespräche seien schwierig gewesen|Regierungskreisen"),
                // a Konjunktiv II plural distinct from the indicative goes on with reported speech
                arguments("„Die Zahlen sind alarmierend“, sagte die Forscherin Eva Lindner. Im Schnitt verbrächten die "
                                + "Befragten eine Stunde am Handy.",
                        "direct|Die Zahlen sind alarmierend|Eva Lindner ;; "
                                + "indirect|Im Schnitt verbrächten die Befragten eine Stunde am Handy|Eva Lindner"),
                // "Wie es aus X hieß, …" attributes the main clause after it, in any mood, like "Wie X mitteilte"
                arguments("Wie es aus Parteikreisen hieß, soll der Vorsitzende zurücktreten.",
                        "indirect|soll der Vorsitzende zurücktreten|Parteikreisen"),
                // a quoted medium after an article between the cue and its comma is the addressee
                arguments("Die Kanzlerin sagte der „Süddeutschen Zeitung“, man werde das prüfen.",
                        "indirect|man werde das prüfen|Kanzlerin"),
                // "sagte X dem „Spiegel“": the dative medium after verb and subject is the addressee, no quote
                arguments("Er habe „keine Zeit für Spielchen“, sagte Generalsekretär Jan Pohl dem „Spiegel“.",
                        "indirect|Er habe „keine Zeit für Spielchen“|Jan Pohl ;; "
                                + "partial|keine Zeit für Spielchen|Jan Pohl"),
                // a relative clause with a cue ("nennen") before the main clause's speech verb reports nothing
                arguments("Eine Bewohnerin, die ihren Namen nicht nennen wollte, sagte: „Wir hatten zehn Minuten, um "
                                + "alles zu packen. Dann war das Feuer da.“",
                        "direct|Wir hatten zehn Minuten, um alles zu packen. Dann war das Feuer da.|Bewohnerin"),
                // a place attribute after the subject before a relative clause keeps the subject
                arguments("Eine Pensionistin aus Floridsdorf, die viel Geld verloren hatte, sagte, sie habe alles "
                                + "geglaubt.",
                        "indirect|sie habe alles geglaubt|Pensionistin"),
                // what one "spricht von" is the speaker's words, even capitalised like a name
                arguments("Die Ministerin sprach von „Versäumnissen über Jahre“.",
                        "partial|Versäumnissen über Jahre|Ministerin"),
                // what a speech verb calls something is the speaker's words, even capitalised like a name
                arguments("Die Ministerin bezeichnete den Entwurf als „Sammlung von Luftschlössern“.",
                        "partial|Sammlung von Luftschlössern|Ministerin"),
                // also after a title noun: "als" opens a predicate, not the noun's name
                arguments("Die Partei kritisiert den Plan als «Geschenk mit der Giesskanne».",
                        "partial|Geschenk mit der Giesskanne|Partei"),
                // but not the name something is known by
                arguments("Die Ministerin sagte, man habe das als „Dschungel von Calais“ bekannte Lager geräumt.",
                        "indirect|man habe das als „Dschungel von Calais“ bekannte Lager geräumt|Ministerin"),
                // a regular Konjunktiv I before its object clause, then a closing cue
                arguments("Die Regierung verschweige, dass die Pensionisten die Zeche zahlten, erklärte der Klubchef.",
                        "indirect|Die Regierung verschweige, dass die Pensionisten die Zeche zahlten|Klubchef"),
                // so is "wurde" there
                arguments("Gedreht wurde im Winter, und als es regnete, ging man ins Hotel, erzählt die Regisseurin.",
                        ""),
                // a quoted name after an institution noun is no partial quote and belongs to the "laut" phrase
                arguments("Laut einer Umfrage des Instituts „Forsa“ befürworten 61 Prozent der Befragten eine Reform.",
                        "indirect|befürworten 61 Prozent der Befragten eine Reform|Institut"),
                // a preterite in -te before a closing cue is narration
                arguments("Es folgte ein Schlusswort, das so beeindruckend klang, wie man es nicht erwartet hatte.",
                        ""),
                // "würdigte X als „…“" is a cue
                arguments("Thomas Elm würdigte die Autorin als „unbestechliche Chronistin“ ihrer Zeit.",
                        "partial|unbestechliche Chronistin|Thomas Elm"),
                // a Konjunktiv after a prepositional prefield goes on with the report, partial quote and all
                arguments("„Sie haben getötet“, sagte der Richter. An der Schuld des Angeklagten gebe es „keinerlei "
                                + "Zweifel“.",
                        "direct|Sie haben getötet|Richter ;; indirect|An der Schuld des Angeklagten gebe es „keinerlei "
                                + "Zweifel“|Richter ;; partial|keinerlei Zweifel|Richter"),
                // a possessive role subject ("Sein Verteidiger") is what a following "Er" refers to
                arguments("„Das Urteil ist gerecht“, sagte der Richter. Sein Verteidiger kündigte Revision an. Er "
                                + "sprach von einem „Indizienurteil“.",
                        "direct|Das Urteil ist gerecht|Richter ;; partial|Indizienurteil|Verteidiger"),
                // after a quote over two sentences the report goes on in the sentence after its cue
                arguments("„Das ist ein Traum. Hier zu gewinnen ist schön“, sagte der Abfahrer. Er sei am Limit "
                                + "gefahren.",
                        "direct|Das ist ein Traum. Hier zu gewinnen ist schön|Abfahrer ;; "
                                + "indirect|Er sei am Limit gefahren|Abfahrer"),
                // an unnamed role's reaction opens a report chain as a person's does
                arguments("Das Rennen war kurz. Der Alpinchef zeigte sich zufrieden. Zwei Siege an einem Wochenende "
                                + "habe es zuletzt vor zwölf Jahren gegeben.",
                        "indirect|Zwei Siege an einem Wochenende habe es zuletzt vor zwölf Jahren gegeben|Alpinchef"),
                // an institution's genitive complement belongs to the source, not to the report
                arguments("Nach Schätzungen des Verbands der Automobilindustrie sank der Absatz um fünf Prozent.",
                        "indirect|sank der Absatz um fünf Prozent|Verband der Automobilindustrie"),
                // a dateline opening the lead is no part of the report
                arguments("Athen – In der Nacht mussten 4 000 Menschen ihre Häuser verlassen, teilte der Zivilschutz "
                                + "mit.",
                        "indirect|In der Nacht mussten 4 000 Menschen ihre Häuser verlassen|Zivilschutz"),
                // ... also with the agency in brackets before the dash
                arguments("Berlin (dpa) – Die Regierung sei zu Gesprächen bereit, sagte Sprecherin Eva Lindner.",
                        "indirect|Die Regierung sei zu Gesprächen bereit|Eva Lindner"),
                // ... and with several places, one of them abbreviated ("St.")
                arguments("Amstetten/St. Pölten – Die Firma sei zahlungsunfähig, teilte der Verband mit.",
                        "indirect|Die Firma sei zahlungsunfähig|Verband"),
                arguments("Johannesburg/Khartum/Den Haag – Die Firma sei zahlungsunfähig, teilte der Verband mit.",
                        "indirect|Die Firma sei zahlungsunfähig|Verband"),
                // a generic "wer" clause reports nobody's words
                arguments("Wer glaubt, die Notenbank werde die Börse retten, irrt.", ""),
                // "Nach ersten Erkenntnissen …, teilte X mit": the closing verb names the speaker of the clause
                arguments("Nach ersten Erkenntnissen könnte ein Defekt die Ursache gewesen sein, teilte ein Sprecher "
                                + "der Polizei mit.",
                        "indirect|Nach ersten Erkenntnissen könnte ein Defekt die Ursache gewesen sein|Sprecher der "
                                + "Polizei"),
                // ... nor with "Update" before it, nor before "X: „…“"
                arguments("Update 17:20 Uhr: Ein Verdächtiger wurde festgenommen, wie Polizeisprecher Thomas Riegler "
                                + "bestätigte.",
                        "indirect|Ein Verdächtiger wurde festgenommen|Thomas Riegler"),
                arguments("+++ 16:05 Uhr: Polizei: „Die Lage ist unter Kontrolle“ +++",
                        "direct|Die Lage ist unter Kontrolle|Polizei"),
                // the agency of the dateline is no source of the report
                arguments("Berlin (Reuters) - Der Konzern steht nach Informationen der Zeitung vor einem Umbau.",
                        "indirect|Der Konzern steht nach Informationen der Zeitung vor einem Umbau|Zeitung"),
                // a dated dateline's comma does not split the reported clause
                arguments("BERLIN, 12. März (Reuters) - Die Regierung will Familien entlasten, sagte Finanzminister "
                                + "Jörg Kukies-Braun am Mittwoch.",
                        "indirect|Die Regierung will Familien entlasten|Jörg Kukies-Braun"),
                // a live-ticker time stamp opens no sentence: "Laut X" after it still opens the report
                arguments("14:32 Uhr: Laut Polizei ist die Autobahn wieder frei.",
                        "indirect|ist die Autobahn wieder frei|Polizei"),
                // "…, sprechen aber davon, dass …": the second verb shares the first clause's subject
                arguments("Internationale Wahlbeobachter monieren Unregelmäßigkeiten, sprechen aber davon, dass die "
                                + "Wahl fair verlaufen sei.",
                        "indirect|die Wahl fair verlaufen sei|Internationale Wahlbeobachter"),
                // "X fürchten, dass …, sagte Y.": the closing reporting clause names the speaker of the whole
                arguments("Die Wirte fürchten, dass die Gäste ausbleiben, sagte Verbandschef Karl Pointner.",
                        "indirect|Die Wirte fürchten, dass die Gäste ausbleiben|Karl Pointner"),
                arguments("Wir gehen davon aus, dass die Sanierung länger dauert, sagte Stadtrat Erich Wolf.",
                        "indirect|Wir gehen davon aus, dass die Sanierung länger dauert|Erich Wolf"),
                // ... after a colon only its content; after a subordinate opener the clause is the main clause's
                arguments("Skeptisch äußerte sich die Ministerin: Der Plan werde so nicht halten, sagte sie.",
                        "indirect|Der Plan werde so nicht halten|Ministerin"),
                arguments("Während Direktorin Lisa Amann betont, dass das Haus sicher sei, warnen Anrainer vor Schäden.",
                        "indirect|das Haus sicher sei|Lisa Amann"),
                // Swiss spelling with "ss" for "ß" in cues
                arguments("Die Frist sei zu kurz, hiess es aus dem Departement.",
                        "indirect|Die Frist sei zu kurz|Departement"),
                arguments("Der Regierungsrat liess verlauten, man werde die Vorlage prüfen.",
                        "indirect|man werde die Vorlage prüfen|Regierungsrat"),
                arguments("Gemäss der Kantonspolizei wurde niemand verletzt.",
                        "indirect|wurde niemand verletzt|Kantonspolizei"),
                // a zu-infinitive of a speech verb reports nothing ("sei zu begrüßen"); an age is no speaker
                arguments("Jeder Schritt zu mehr Transparenz sei zu begrüßen, sagte die 58 Jahre alte Gemeinderätin "
                                + "Vera Lanz.",
                        "indirect|Jeder Schritt zu mehr Transparenz sei zu begrüßen|Vera Lanz"),
                // reported speech on both sides of an inserted "sagte X"; not a frame "Auf die Frage, …"
                arguments("Die Reform sei überfällig, sagte Ministerin Eva Moser, man werde sie im Herbst vorlegen.",
                        "indirect|Die Reform sei überfällig|Eva Moser ;; indirect|man werde sie im Herbst vorlegen|Eva Moser"),
                arguments("Auf die Frage nach einem Rücktritt sagte Bürgermeister Karl Hofer, er bleibe im Amt.",
                        "indirect|er bleibe im Amt|Karl Hofer"),
                // "Begründung" is a source noun: its genitive names the speaker, as "Erklärung der Partei"
                arguments("Der Roman erzähle vom Niedergang einer Familie, hieß es in der Begründung der Jury.",
                        "indirect|Der Roman erzähle vom Niedergang einer Familie|Jury"),
                // a role in the genitive before a name: the name ("des Betreibers Arianespace")
                arguments("Bis Ende des Jahres sind nach Angaben des Betreibers Arianespace noch vier Starts geplant.",
                        "indirect|Bis Ende des Jahres sind nach Angaben des Betreibers Arianespace noch vier Starts "
                                + "geplant|Arianespace"),
                // a passive or compared speech participle is no cue of its own ("informiert worden", "als erwartet")
                arguments("Er sei über die Pläne nicht informiert worden, sagte Meier.",
                        "indirect|Er sei über die Pläne nicht informiert worden|Meier"),
                arguments("Der Umbruch treffe die Firma härter als erwartet, sagte der Manager.",
                        "indirect|Der Umbruch treffe die Firma härter als erwartet|Manager"),
                // Swiss "fügte an" is "fügte hinzu"; "fügt sich an" (fits) is no cue
                arguments("Die Bevölkerung habe genug von Sanierungen, fügte die Präsidentin an.",
                        "indirect|Die Bevölkerung habe genug von Sanierungen|Präsidentin"),
                arguments("Die Geschichte fügt sich nahtlos an das Hauptspiel an, der Spieler betritt nun die Unterwelt.",
                        ""),
                // a Konjunktiv perfect with a speech participle is reported, the closing cue reports it
                arguments("Bei der Vernehmung habe die Zeugin von einer anderen Uhrzeit gesprochen, hielt der "
                                + "Verteidiger ihr vor.",
                        "indirect|Bei der Vernehmung habe die Zeugin von einer anderen Uhrzeit gesprochen|Verteidiger"),
                // "rechnete … vor" reports
                arguments("Das Paket koste bis 2040 mehr als 200 Milliarden Euro, rechnete der Abgeordnete vor.",
                        "indirect|Das Paket koste bis 2040 mehr als 200 Milliarden Euro|Abgeordnete"),
                // nicknames: "nennen sie „die …“", "„…“ gerufen wird" quote no words
                arguments("Die Fans nennen sie „die Kaiserin“.", ""),
                arguments("Der Stürmer, der von Mitspielern nur „Bulle“ gerufen wird, traf zweimal.", ""),
                // a comma right after "sagte" opens what was said, also in a Konjunktiv II that looks like a past
                arguments("Der Geschäftsführer sagte, viele Händler kämpften ums Überleben.",
                        "indirect|viele Händler kämpften ums Überleben|Geschäftsführer"),
                arguments("Die Ministerin erklärte, warum die Schulen geschlossen bleiben.", ""),
                arguments("Seit die USA dem Land den Krieg erklärten, weiß man, wie ernst die Lage ist.", ""),
                // an approximator or "jeder" opening the subject is no name
                arguments("Rund ein Viertel der Befragten gab an, nachts aufzuwachen.",
                        "indirect|nachts aufzuwachen|Viertel"),
                // a focus particle between subject and speech verb: the subject spoke, the Konjunktiv goes on
                arguments("Der Angeklagte selbst äußerte sich nur kurz. Es tue ihm leid, was passiert sei.",
                        "indirect|Es tue ihm leid, was passiert sei|Angeklagte"),
                // "hatte von einem „…“ gesprochen": the "von" object of a closing "gesprochen" is what was said
                arguments("Der Minister hatte im Frühjahr noch von einem „Befreiungsschlag für die Mitte“ gesprochen.",
                        "partial|Befreiungsschlag für die Mitte|Minister"),
                // a quotation over two paragraphs, opened on each, closed after the last
                arguments("Sportchef Clemens Hagedorn wurde ausführlicher:\n\n„Wir hätten ihn gerne gehalten. Aber wir"
                        + " konnten nicht Nein sagen.\n\n„Das Geld werden wir klug investieren.“",
                        "direct|Wir hätten ihn gerne gehalten. Aber wir konnten nicht Nein sagen.|Clemens Hagedorn ;; "
                        + "direct|Das Geld werden wir klug investieren.|Clemens Hagedorn")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void extractsQuotes(String input, String expected) {
        assertThat(run(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void extractsQuotesWithEntities(String input, String expected) {
        assertThat(run(input, true)).isEqualTo(expected);
    }

    /** Speaker rules that need the tagger's PER mentions. */
    static Stream<Arguments> paragraphsWithEntities() {
        return Stream.of(
                // "Rentner", "Geschädigte": a role subject after the named person is what "er" refers to
                arguments("Verteidiger Markus Ohlendorf kündigte Revision an. Der Rentner verfolgte die Verhandlung. "
                                + "Er hatte 40.000 Euro investiert. „Das Geld sehe ich nie wieder“, sagte er.",
                        "direct|Das Geld sehe ich nie wieder|Rentner"),
                // "&" joins the words of one name ("Haus & Grund"): the subject is not the object after the verb
                arguments("Der Eigentümerverband Haus & Grund nannte die Zahlen moderat: Die Mieten seien niedriger "
                                + "als in München.",
                        "indirect|Die Mieten seien niedriger als in München|Haus & Grund"),
                // an epithet with one sentence without a person between it and the person
                arguments("Der Salzburger Florian Riedl hat den Riesentorlauf gewonnen. Es war sein dritter Sieg. "
                                + "„Ich kann es noch gar nicht glauben“, sagte der 27-Jährige im Ziel.",
                        "direct|Ich kann es noch gar nicht glauben|Florian Riedl"),
                // "nach einer ersten Schätzung" in a "wie X mitteilte" clause names no one: X is the speaker
                arguments("Die Preise lagen um 2,6 Prozent höher, wie das Statistische Bundesamt am Dienstag nach einer "
                                + "ersten Schätzung mitteilte.",
                        "indirect|Die Preise lagen um 2,6 Prozent höher|Statistisches Bundesamt"),
                // a short prepositional complement before the subject's apposition, and an apposition of 7 tokens
                arguments("„Wir schließen nichts aus“, sagte Oberstaatsanwalt Karl Brenner. Eine Anwohnerin aus dem "
                                + "Ort, die 72 Jahre alte Erika Lohse, kann nicht schlafen. „Ich lasse das Licht an“, sagt sie.",
                        "direct|Wir schließen nichts aus|Karl Brenner ;; direct|Ich lasse das Licht an|Erika Lohse"),
                // "die Expertin", "der Manager" refer back to the person just named, like an epithet
                arguments("Meteorologin Anna Roth rechnet mit Regen. „Die Böden sind gesättigt“, sagte die Expertin.",
                        "direct|Die Böden sind gesättigt|Anna Roth"),
                // "machte … Vorwürfe" is a speech act: the Konjunktiv sentence after it is the person's report
                arguments("Gewerkschaftschef Paul Kern machte dem Konzern schwere Vorwürfe. Das Unternehmen habe kein "
                                + "neues Angebot vorgelegt.",
                        "indirect|Das Unternehmen habe kein neues Angebot vorgelegt|Paul Kern"),
                // a plural "sie" after one person spoke is the plural subject opening the sentence before
                arguments("„Das ist falsch“, sagte Minister Paul Kern. Die Grünen sehen das anders. Sie forderten, "
                                + "die Regel zu ändern.",
                        "direct|Das ist falsch|Paul Kern ;; indirect|die Regel zu ändern|Grünen"),
                // "Sie habe … gewarnt": the closing speech participle is the report's verb, not a new cue
                arguments("„Da stimmt etwas nicht“, sagte die Zeugin Ines Roth. Sie habe ihren Chef mehrfach gewarnt.",
                        "direct|Da stimmt etwas nicht|Ines Roth ;; indirect|Sie habe ihren Chef mehrfach gewarnt|Ines Roth"),
                // "hält … für …" is a judgement; an attribute "vom Institut … in Rostock" stands before the verb
                arguments("Der Forscher Mathias Brandl vom Institut für Bevölkerungsforschung in Rostock hält die Zahlen "
                                + "für wenig überraschend. Entscheidend sei, wie gut die Integration gelinge.",
                        "indirect|Entscheidend sei, wie gut die Integration gelinge|Mathias Brandl"),
                // an apposition between the subject and its speech verb ("…, damals 24, erzählte …")
                arguments("Zeitzeugin Renate Köhler, damals 24, erzählte von jener Nacht. Sie sei über die Brücke "
                                + "gegangen.",
                        "indirect|Sie sei über die Brücke gegangen|Renate Köhler"),
                // "Vormann" is a role: the name after it speaks
                arguments("„Die Männer waren völlig erschöpft“, sagte Vormann Jens Petersen.",
                        "direct|Die Männer waren völlig erschöpft|Jens Petersen"),
                // an interjection in brackets: the speaker is named before the colon inside them, not the last one
                arguments("„Wir zahlen das“, sagte Minister Paul Kern. (Zuruf von der SPD: „Unsinn!“)",
                        "direct|Wir zahlen das|Paul Kern ;; direct|Unsinn!|SPD"),
                // the subject of the report itself is not who "sie" is
                arguments("Staatsanwältin Miriam Haas forderte Haft. Reinhard Köstler habe Warnungen ignoriert, sagte sie.",
                        "indirect|Reinhard Köstler habe Warnungen ignoriert|Miriam Haas"),
                // an epithet opening the sentence carries the person on, as "Er" does; "der gebürtige …" is one
                arguments("„Wir handeln“, sagte Gerlinde Mayrhofer. Der Rektor Anton Weißenböck ist neu. Der 52-Jährige "
                                + "kommt aus Krems. Er hat Pläne. „Wir wollen die beste Schule werden.“",
                        "direct|Wir handeln|Gerlinde Mayrhofer ;; direct|Wir wollen die beste Schule werden.|Anton Weißenböck"),
                arguments("„Wir handeln“, sagte Gerlinde Mayrhofer. Der Rektor Anton Weißenböck ist neu. Der gebürtige "
                                + "St. Pöltner kam aus Krems. Er hat Pläne. „Wir wollen die beste Schule werden.“",
                        "direct|Wir handeln|Gerlinde Mayrhofer ;; direct|Wir wollen die beste Schule werden.|Anton Weißenböck"),
                // a subordinate clause opening the sentence: the subject follows the main clause's verb
                arguments("„Wir kommen voran“, sagte Minister Paul Kern. Als ein Reporter nach den Kosten fragte, "
                                + "schaltete sich der Präsident der Behörde, Hans Brenner, ein. Die Kosten lägen bei zwei "
                                + "Millionen Euro, sagte er.",
                        "direct|Wir kommen voran|Paul Kern ;; indirect|Die Kosten lägen bei zwei Millionen Euro|Hans Brenner"),
                // a role subject names the person introduced with that title
                arguments("Bundesinnenminister Paul Kern will die Kontrollen verlängern. Die Lage sei ruhig. Der "
                                + "Minister verwies auf die Polizei. Er wolle die Zahl der Beamten halten.",
                        "indirect|Er wolle die Zahl der Beamten halten|Paul Kern"),
                // a name in the Saxon genitive owns something; "sie" is not that person
                arguments("Die Dirigentin Anna Roth ist tot. Für ihre Aufnahme von Bruckners 8. Sinfonie erhielt sie "
                                + "den Deutschen Schallplattenpreis. Über sich selbst sagte sie einmal: „Ich wollte nur "
                                + "dirigieren.“",
                        "direct|Ich wollte nur dirigieren.|Anna Roth"),
                // a surname ending in -s before a capitalised word is no genitive when the full name shows the -s
                arguments("Generalsekretär António Guterres kam nach Genf. Dort empfing ihn Präsident Alain Berset. "
                                + "Später traf Guterres Vertreter beider Seiten. Er sagte: „Wir brauchen eine Waffenruhe.“",
                        "direct|Wir brauchen eine Waffenruhe.|António Guterres"),
                // the owner of a message noun said it
                arguments("Notenbankchef Raymond Kessler warnte vor Zöllen. Senatorin Laura Whitfield fragte, ob die "
                                + "Notenbank standhalten werde. Kesslers Antwort: „Auf jeden Fall.“",
                        "indirect|die Notenbank standhalten werde|Laura Whitfield ;; direct|Auf jeden Fall.|Raymond Kessler"),
                // a live ticker's time stamp before the subject: "er" is the person after the colon
                arguments("13.05 Uhr: Ein Sprecher sagte, es gebe viele Einsätze. 11.40 Uhr: Meteorologe Jan Berg "
                                + "erwartet Sturm. „Es wird ungemütlich“, sagte er.",
                        "indirect|es gebe viele Einsätze|Sprecher ;; direct|Es wird ungemütlich|Jan Berg")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphsWithEntities")
    void extractsQuotesOnlyWithEntities(String input, String expected) {
        assertThat(run(input, true)).isEqualTo(expected);
    }

    /**
     * h-indirect13: constructed news paragraphs with the usual forms of indirect speech (an attribution phrase opening
     * the sentence, a decision, an opinion noun, a claim noun, "wie X bekannt gab", a name in apposition, "und fügte
     * hinzu", a continuation in Konjunktiv). Invented text; still missed: a continuation ending in a passive
     * participle ("er werde auf … geschätzt") and a report after a semicolon ("verwies auf …; die Wirtschaft wachse").
     */
    static Stream<Arguments> indirectParagraphs() {
        return Stream.of(
                arguments("Bei einem Brand in einer Lagerhalle in Kleinstadt sind am Dienstag zwei Feuerwehrleute leicht "
                            + "verletzt worden. Nach Angaben der Feuerwehr der Stadt Kleinstadt brach das Feuer kurz nach "
                            + "Mitternacht aus. Ermittlungen der Polizei zufolge war ein technischer Defekt die Ursache. Ein "
                            + "Sprecher der Polizei, Martin Keller, sagte, Hinweise auf Brandstiftung gebe es bisher nicht. "
                            + "Der Schaden sei erheblich, er werde auf mehrere hunderttausend Euro geschätzt.",
                        "indirect|brach das Feuer kurz nach Mitternacht aus|Feuerwehr der Stadt Kleinstadt ;; "
                                + "indirect|war ein technischer Defekt die Ursache|Polizei ;; indirect|Hinweise auf Brandstiftung "
                                + "gebe es bisher nicht|Martin Keller"),
                arguments("Der Gemeinderat hat am Montagabend beschlossen, die Gebühren für Kindergärten ab Januar zu "
                            + "senken. Die Opposition wies den Vorwurf des Bürgermeisters zurück, sie habe die Beratungen "
                            + "monatelang blockiert. Ihre Fraktionschefin Sabine Lorenz ist der Meinung, dass die Senkung zu "
                            + "spät komme. Die Verwaltung hält es für möglich, dass weitere Entlastungen folgen.",
                        "indirect|die Gebühren für Kindergärten ab Januar zu senken|Gemeinderat ;; indirect|sie habe die "
                                + "Beratungen monatelang blockiert|Opposition ;; indirect|die Senkung zu spät komme|Sabine Lorenz "
                                + ";; indirect|weitere Entlastungen folgen|Verwaltung"),
                arguments("Der Autozulieferer Feldmann will in den kommenden zwei Jahren rund 800 Stellen abbauen. Wie das "
                            + "Unternehmen am Donnerstag in Stuttgart bekannt gab, sollen vor allem Arbeitsplätze in der "
                            + "Verwaltung wegfallen. Betriebsrat und Geschäftsführung haben sich darauf geeinigt, "
                            + "betriebsbedingte Kündigungen zu vermeiden. Der Betriebsratsvorsitzende, Klaus Wagner, erklärte, "
                            + "man habe das Schlimmste verhindert und fügte hinzu, die Belegschaft sei dennoch tief "
                            + "enttäuscht.",
                        "indirect|sollen vor allem Arbeitsplätze in der Verwaltung wegfallen|Unternehmen ;; "
                                + "indirect|betriebsbedingte Kündigungen zu vermeiden|Betriebsrat ;; indirect|man habe das "
                                + "Schlimmste verhindert|Klaus Wagner ;; indirect|die Belegschaft sei dennoch tief "
                                + "enttäuscht|Klaus Wagner"),
                arguments("Forscher der Universität Nordhausen haben einen neuen Wirkstoff gegen Malaria entwickelt. Laut "
                            + "einer Studie des Instituts, die am Mittwoch veröffentlicht wurde, wirkt das Mittel auch gegen "
                            + "resistente Erreger. Die Leiterin der Arbeitsgruppe, Petra Sommer, sagte der Zeitung "
                            + "„Nordkurier“, erste klinische Tests könnten im kommenden Jahr beginnen. Es gebe allerdings noch "
                            + "offene Fragen zur Verträglichkeit.",
                        "indirect|wirkt das Mittel auch gegen resistente Erreger|Institut ;; indirect|erste klinische "
                                + "Tests könnten im kommenden Jahr beginnen|Petra Sommer ;; indirect|Es gebe allerdings noch "
                                + "offene Fragen zur Verträglichkeit|Petra Sommer"),
                arguments("Das Landgericht hat einen 45-jährigen Mann zu vier Jahren Haft verurteilt. Die "
                            + "Staatsanwaltschaft hatte ihm vorgeworfen, mehrere Rentner um ihre Ersparnisse betrogen zu "
                            + "haben. Der Angeklagte beteuerte bis zuletzt, er sei unschuldig. Sein Verteidiger kündigte an, "
                            + "in Revision zu gehen. Einem Bericht der Lokalzeitung zufolge hat der Mann bereits mehrere "
                            + "Vorstrafen.",
                        "indirect|mehrere Rentner um ihre Ersparnisse betrogen zu haben|Staatsanwaltschaft ;; "
                                + "indirect|er sei unschuldig|Angeklagte ;; indirect|in Revision zu gehen|Verteidiger ;; "
                                + "indirect|hat der Mann bereits mehrere Vorstrafen|Lokalzeitung"),
                // a short quote in a reported zu-infinitive is the speaker's words, like one in a Konjunktiv clause
                arguments("Der Sprecher warf der Regierung vor, den Streit „weiter zu verschärfen“.",
                        "indirect|den Streit „weiter zu verschärfen“|Sprecher ;; partial|weiter zu verschärfen|Sprecher"),
                // a short quote between the cue and the colon does not hide the report after the colon
                arguments("Der Minister sprach von einem „teuren Experiment“: Die Stadt werde die Kosten unterschätzen.",
                        "partial|teuren Experiment|Minister ;; indirect|Die Stadt werde die Kosten unterschätzen|Minister"),
                // a closing cue clause that denies the saying leaves an indirect question unanswered: no report
                arguments("Wie hoch die Summe ist, sagte der Minister nicht.", ""),
                arguments("Dass der Vertrag platzt, glaubt der Minister nicht.",
                        "indirect|Dass der Vertrag platzt|Minister"),
                arguments("Die Regierung in Lissabon hat Berichte zurückgewiesen, wonach sie ein Rettungspaket beantragen "
                            + "wolle. Der Finanzminister sagte am Freitag, das Land könne seine Schulden aus eigener Kraft "
                            + "bedienen. Er verwies auf steigende Steuereinnahmen; die Wirtschaft wachse schneller als "
                            + "erwartet. Nach Einschätzung von Beobachtern in Brüssel ist die Lage dennoch angespannt.",
                        "indirect|sie ein Rettungspaket beantragen wolle|Regierung ;; indirect|das Land könne seine "
                                + "Schulden aus eigener Kraft bedienen|Finanzminister ;; indirect|ist die Lage dennoch "
                                + "angespannt|Beobachtern"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("indirectParagraphs")
    void extractsIndirectSpeech(String input, String expected) {
        assertThat(run(input)).isEqualTo(expected);
    }
}
