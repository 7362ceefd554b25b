package de.newsfacts.extract.quotes;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class QuoteExtractorTest {

    private static final QuoteExtractor EXTRACTOR = new QuoteExtractor();

    private static List<Quote> run(String text) {
        return EXTRACTOR.extract(new DocumentContext("t", text, SimpleSentenceSplitter.split("t", text), null));
    }

    private static List<Quote> run(String text, Entity... entities) {
        return EXTRACTOR.extract(new DocumentContext("t", text, SimpleSentenceSplitter.split("t", text), null),
                List.of(entities));
    }

    /** An entity mention of {@code surface} (its first occurrence in {@code text}). */
    private static Entity entity(String text, String surface, String label, String canonical, int sentenceNo) {
        int start = text.indexOf(surface);
        return new Entity("t", sentenceNo, surface, label, canonical, start, start + surface.length(), "test", 1.0);
    }

    /** kind|text|speaker|cue per quote, joined by " ;; " ("-" for null). */
    private static String render(List<Quote> quotes) {
        return quotes.stream()
                .map(q -> q.kind() + "|" + q.text() + "|" + dash(q.speaker()) + "|" + dash(q.cue()))
                .collect(Collectors.joining(" ;; "));
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                // a quoted name inside the closing "wie" clause
                arguments("Die Daten stammen von der Sonde, wie die Forscher im Fachblatt „Nature“ berichten.",
                        "indirect|Die Daten stammen von der Sonde|Forscher|berichten"),
                // an acronym in brackets between verb and particle
                arguments("Es fiel kaum Regen, teilte der Deutsche Wetterdienst (DWD) mit.",
                        "indirect|Es fiel kaum Regen|Deutsche Wetterdienst|teilte mit"),
                // "sich melden" is coming forward, not a speech verb inside the reported clause
                arguments("Bis Montag hätten sich 900 Geschädigte gemeldet, teilte der Verein mit.",
                        "indirect|Bis Montag hätten sich 900 Geschädigte gemeldet|Verein|teilte mit"),
                // a medium after "der" is the addressee; a police force's place is part of its name
                arguments("„Das ist falsch“, sagte Außenministerin Anna Berg der Zeitung.",
                        "direct|Das ist falsch|Anna Berg|sagte"),
                arguments("Ein Mann wird vermisst, wie die Kantonspolizei Wallis am Sonntag mitteilte.",
                        "indirect|Ein Mann wird vermisst|Kantonspolizei Wallis|mitteilte"),
                arguments("Der Gewinn stieg, nach einem Verlust im Vorjahr, auf 3 Millionen, wie die Firma mitteilte.",
                        "indirect|Der Gewinn stieg, nach einem Verlust im Vorjahr, auf 3 Millionen|Firma|mitteilte"),
                // reported speech closed by "wie X mitteilte"; a decimal comma is no clause boundary
                arguments("Die Preise stiegen um 2,2 Prozent, wie das Statistikamt am Donnerstag mitteilte.",
                        "indirect|Die Preise stiegen um 2,2 Prozent|Statistikamt|mitteilte"),
                // a second verb with its object is no cue for the clause before it
                arguments("Die Partei begrüßte den Entscheid, forderte aber ein schnelleres Tempo.", ""),
                // a survey's or statistic's author is the source
                arguments("Laut einer Umfrage des Instituts Forsa befürworten 58 Prozent die Pläne.",
                        "indirect|befürworten 58 Prozent die Pläne|Institut Forsa|Laut"),
                // direct quotes, cue after
                arguments("„Wir kommen morgen wieder“, sagte der Bürgermeister.",
                        "direct|Wir kommen morgen wieder|Bürgermeister|sagte"),
                arguments("„Die Lage ist ernst“, sagte Innenministerin Petra Köhler am Dienstag.",
                        "direct|Die Lage ist ernst|Petra Köhler|sagte"),
                arguments("„Wir werden nicht nachgeben“, so Gewerkschaftschef Frank Werneke.",
                        "direct|Wir werden nicht nachgeben|Frank Werneke|so"),
                arguments("„Das Feuer ist unter Kontrolle“, erklärte ein Sprecher der Feuerwehr.",
                        "direct|Das Feuer ist unter Kontrolle|Sprecher der Feuerwehr|erklärte"),
                arguments("„Ich trete nicht zurück“, betonte sie.",
                        "direct|Ich trete nicht zurück|-|betonte"),
                arguments("„Nein“, sagte der Trainer knapp.", "direct|Nein|Trainer|sagte"),
                arguments("„Die Preise steigen weiter.“, warnte Ökonom Marcel Fratzscher.",
                        "direct|Die Preise steigen weiter.|Marcel Fratzscher|warnte"),
                // direct quotes, cue before
                arguments("Scholz sagte: „Wir stehen fest an der Seite der Ukraine.“",
                        "direct|Wir stehen fest an der Seite der Ukraine.|Scholz|sagte"),
                arguments("Am Montag erklärte Außenministerin Annalena Baerbock: „Das ist inakzeptabel.“",
                        "direct|Das ist inakzeptabel.|Annalena Baerbock|erklärte"),
                arguments("Der Sprecher des Kremls, Dmitri Peskow, sagte: „Wir sehen keinen Anlass.“",
                        "direct|Wir sehen keinen Anlass.|Dmitri Peskow|sagte"),
                arguments("Die Polizei teilte am Abend mit: „Es gibt keine Verletzten.“",
                        "direct|Es gibt keine Verletzten.|Polizei|teilte mit"),
                arguments("Ein US-Beamter sagte der Zeitung: „Die Gespräche laufen.“",
                        "direct|Die Gespräche laufen.|US-Beamter|sagte"),
                arguments("Merkel: „Wir schaffen das.“", "direct|Wir schaffen das.|Merkel|-"),
                arguments("Der Minister äußerte sich zuversichtlich: „Wir finden eine Lösung.“",
                        "direct|Wir finden eine Lösung.|Minister|äußerte"),
                // other quotation mark styles
                arguments("»Wir bleiben hier«, sagte die Mieterin Anna Berg.",
                        "direct|Wir bleiben hier|Anna Berg|sagte"),
                arguments("«Das Resultat ist enttäuschend», sagte Bundesrat Ignazio Cassis.",
                        "direct|Das Resultat ist enttäuschend|Ignazio Cassis|sagte"),
                arguments("\"Wir prüfen alle Optionen\", sagte ein Sprecher des Ministeriums.",
                        "direct|Wir prüfen alle Optionen|Sprecher des Ministeriums|sagte"),
                arguments("Der Trainer sagte: „Ich habe ‚Mut‘ gefordert und Mut bekommen.“",
                        "direct|Ich habe ‚Mut‘ gefordert und Mut bekommen.|Trainer|sagte"),
                // partial quotes
                arguments("Russland habe das Gefühl, dass „die Welt endlich zuhört“, sagte Lawrow.",
                        "indirect|Russland habe das Gefühl, dass „die Welt endlich zuhört“|Lawrow|sagte ;; "
                                + "partial|die Welt endlich zuhört|Lawrow|sagte"),
                arguments("Der Verband nannte die Pläne „völlig unrealistisch“.",
                        "partial|völlig unrealistisch|Verband|nannte"),
                arguments("Die Opposition warf der Regierung „Wortbruch“ vor.",
                        "partial|Wortbruch|Opposition|warf vor"),
                arguments("Die Ministerin bezeichnete den Vorfall als „schweren Fehler“.",
                        "partial|schweren Fehler|Ministerin|bezeichnete"),
                // scare quotes, names and titles: no speech
                arguments("Die Gebiete sollen „entmilitarisiert“ werden.", ""),
                arguments("Großbritannien lieferte „Storm Shadow“-Raketen an die Ukraine.", ""),
                arguments("Das berichtete die Zeitung „Die Welt“ am Sonntag.", ""),
                arguments("Sie las das Buch „Der Vorleser“ im Urlaub.", ""),
                arguments("Die Demonstranten zogen unter dem Motto „Wir haben es satt“ durch die Stadt.", ""),
                arguments("Das Profil, auch „Blue Horizon“ genannt, ist neu.", ""),
                arguments("Die sogenannte „Schuldenbremse“ gilt weiter.", ""),
                arguments("Der Flug mit der Maschine des Typs „Cessna 172“ endete in einem Acker.", ""),
                // indirect speech
                arguments("Frankreichs Außenminister Jean-Noël Barrot erklärte, dass Frieden nicht Kapitulation bedeuten dürfe.",
                        "indirect|Frieden nicht Kapitulation bedeuten dürfe|Jean-Noël Barrot|erklärte"),
                arguments("Der Kanzler betonte, die Lage sei ernst.",
                        "indirect|die Lage sei ernst|Kanzler|betonte"),
                arguments("Dmitriev sagte, er wolle die Gespräche fortsetzen.",
                        "indirect|er wolle die Gespräche fortsetzen|Dmitriev|sagte"),
                arguments("Die Lage sei unter Kontrolle, so ein Polizeisprecher.",
                        "indirect|Die Lage sei unter Kontrolle|Polizeisprecher|so"),
                arguments("Laut Polizei wurden drei Menschen verletzt.",
                        "indirect|wurden drei Menschen verletzt|Polizei|Laut"),
                arguments("Nach Angaben der Feuerwehr brach das Feuer im Keller aus.",
                        "indirect|brach das Feuer im Keller aus|Feuerwehr|Nach Angaben"),
                arguments("Dem Bericht zufolge stieg die Zahl der Toten auf zwölf.",
                        "indirect|stieg die Zahl der Toten auf zwölf|Bericht|zufolge"),
                arguments("Wie das Ministerium mitteilte, wurde der Vertrag unterzeichnet.",
                        "indirect|wurde der Vertrag unterzeichnet|Ministerium|mitteilte"),
                arguments("Die Regierung kündigte an, die Steuern zu senken.",
                        "indirect|die Steuern zu senken|Regierung|kündigte an"),
                arguments("Die Firma gab bekannt, dass sie 500 Stellen abbauen werde.",
                        "indirect|sie 500 Stellen abbauen werde|Firma|gab bekannt"),
                arguments("Er wies die Vorwürfe zurück, er habe nichts gewusst.",
                        "indirect|er habe nichts gewusst|-|wies zurück"),
                arguments("Die Staatsanwaltschaft teilte mit, der Verdächtige sei festgenommen worden.",
                        "indirect|der Verdächtige sei festgenommen worden|Staatsanwaltschaft|teilte mit"),
                arguments("Der Minister sagte, dass die Hilfe komme, und betonte, dass sie nicht reiche.",
                        "indirect|die Hilfe komme|Minister|sagte ;; indirect|sie nicht reiche|Minister|betonte"),
                // h-indirect13: zu-infinitives with any separable prefix and "zu sein"
                arguments("Der Politiker hat angekündigt, von seinem Amt zurückzutreten.",
                        "indirect|von seinem Amt zurückzutreten|Politiker|angekündigt"),
                arguments("Die Polizei beteuerte, ständig auf Streife zu sein.",
                        "indirect|ständig auf Streife zu sein|Polizei|beteuerte"),
                arguments("Die Fraktionschefin hatte den Abgeordneten aufgefordert, sein Mandat niederzulegen.",
                        "indirect|sein Mandat niederzulegen|Fraktionschefin|aufgefordert"),
                // h-indirect13: a quoted medium after a noun or "zum" does not end the cue's clause
                arguments("Am Montag meldete die Nachrichtenagentur „Xinhua“, die Maschine sei gestartet.",
                        "indirect|die Maschine sei gestartet|Xinhua|meldete"),
                arguments("Der Trainer sagte zum „Algemeen Dagblad“, alle Spieler hätten sich entschuldigt.",
                        "indirect|alle Spieler hätten sich entschuldigt|Trainer|sagte"),
                // h-indirect13: an attribution phrase opening the sentence fills the prefield; the report starts at
                // the finite verb
                arguments("Ermittlungen der Polizei zufolge wollte sich die Frau von ihm trennen.",
                        "indirect|wollte sich die Frau von ihm trennen|Polizei|zufolge"),
                arguments("Die Männer entstammen Berichten der Zeitung zufolge alten Familien.",
                        "indirect|Die Männer entstammen Berichten der Zeitung zufolge alten Familien|Zeitung|zufolge"),
                arguments("Nach Angaben der Behörden der Provinz Nord kommen die Verhandlungen gut voran.",
                        "indirect|kommen die Verhandlungen gut voran|Behörden der Provinz Nord|Nach Angaben"),
                arguments("Nach Angaben von Anna Berg, Professorin am Institut, könnte das Objekt abstürzen.",
                        "indirect|könnte das Objekt abstürzen|Anna Berg|Nach Angaben"),
                arguments("Nach Angaben der Polizei, die am Montag eine Mitteilung herausgab, wurden drei Menschen verletzt.",
                        "indirect|wurden drei Menschen verletzt|Polizei|Nach Angaben"),
                // indirect15: the prefield's phrase goes on over a quoted name, a bracketed short form, a preposition,
                // a coordination, an apposition without closing comma and names like "al-Dschasira"; a semicolon
                // opens a prefield of its own
                arguments("Nach Angaben des Magazins „Der Spiegel“ sei die Lage ernst.",
                        "indirect|sei die Lage ernst|Der Spiegel|Nach Angaben"),
                arguments("Laut einem Test der Zeitschrift „auto, motor und sport“ gibt es nur wenige sparsame Modelle.",
                        "partial|auto, motor und sport|Test|Laut ;; indirect|gibt es nur wenige sparsame Modelle|Test|Laut"),
                arguments("Nach Angaben der Abteilung der Interamerikanischen Bank (IADB) sandten Migranten mehr Geld nach Hause.",
                        "indirect|sandten Migranten mehr Geld nach Hause|Abteilung|Nach Angaben"),
                arguments("Nach Angaben der Sprecherin Anna Berg gegenüber dem Radiosender ist der Flughafen gewachsen.",
                        "indirect|ist der Flughafen gewachsen|Anna Berg|Nach Angaben"),
                arguments("Nach Angaben der Agenturen dpa und AFP umstellten französische Polizisten das Lager.",
                        "indirect|umstellten französische Polizisten das Lager|Agenturen|Nach Angaben"),
                arguments("Nach Angaben von Sam Berg, dem Direktor der Wetterbehörde hatten die Meteorologen gewarnt.",
                        "indirect|hatten die Meteorologen gewarnt|Sam Berg|Nach Angaben"),
                arguments("Dem Korrespondenten al-Dschasiras zufolge wurde die Arbeit immer schwieriger.",
                        "indirect|wurde die Arbeit immer schwieriger|Korrespondenten al-Dschasiras|zufolge"),
                // a name opened by an adjective in the genitive takes the strong nominative ending
                arguments("Nach Angaben des Roten Kreuzes wurden 40 Menschen verletzt.",
                        "indirect|wurden 40 Menschen verletzt|Rotes Kreuz|Nach Angaben"),
                // an extended attribute between the article and the source: the noun after it speaks, not a name in it
                arguments("Nach Angaben des von der Miliz kontrollierten Gesundheitsministeriums wurden 40 Menschen getötet.",
                        "indirect|wurden 40 Menschen getötet|Gesundheitsministerium|Nach Angaben"),
                arguments("Die Veranstalter zählten 2.000 Teilnehmer; nach Polizeiangaben waren es 1.000.",
                        "indirect|waren es 1.000|Polizeiangaben|nach Polizeiangaben"),
                // indirect15: a colon before a capitalised word opens a clause of its own, as a semicolon does; a verb
                // before "zufolge" followed by a noun is no adjective without an adjective's ending
                arguments("Zum Vergleich: Die Zahl der Gäste betrug nach Angaben des Flughafens 200.000.",
                        "indirect|Die Zahl der Gäste betrug nach Angaben des Flughafens 200.000|Flughafen|nach Angaben"),
                arguments("Klar ist: Nach Angaben der Polizei wurden drei Menschen verletzt.",
                        "indirect|wurden drei Menschen verletzt|Polizei|Nach Angaben"),
                arguments("Die andere Seite: Die Mafia erwirtschaftet Schätzungen zufolge viel Geld.",
                        "indirect|Die Mafia erwirtschaftet Schätzungen zufolge viel Geld|Schätzungen|zufolge"),
                // not past a colon with a Konjunktiv before it: the report began there
                arguments("Es könne nicht die Lösung sein, dass drei Staaten alles tragen: Das geht so nicht weiter, so der Kanzler.",
                        "indirect|Es könne nicht die Lösung sein, dass drei Staaten alles tragen: Das geht so nicht weiter|Kanzler|so"),
                // indirect15: ", nach denen" and ", denen zufolge" attribute; the content starts after them
                arguments("Der Geschäftsführer verwies auf Studien, nach denen das Mittel gut wirke.",
                        "indirect|das Mittel gut wirke|Geschäftsführer|verwies"),
                arguments("Er bezweifelte die Vereinbarkeit mit Grundsätzen, denen zufolge jeder als unschuldig gelte.",
                        "indirect|jeder als unschuldig gelte|-|bezweifelte"),
                // h-indirect13: an opinion stated with a noun, or a judgement "hält es für …, dass"
                arguments("Die Schutzvereinigung ist der Ansicht, dass das Gesetz schade.",
                        "indirect|das Gesetz schade|Schutzvereinigung|ist der Ansicht"),
                arguments("Der Verteidiger vertritt die Auffassung, die Frau habe sich selbst verletzt.",
                        "indirect|die Frau habe sich selbst verletzt|Verteidiger|vertritt die Auffassung"),
                arguments("Der Verband hält es jedoch für möglich, dass der Vorstand nichts wusste.",
                        "indirect|der Vorstand nichts wusste|Verband|hält es für möglich"),
                arguments("Der Verband hält es für möglich.", ""),
                // h-indirect13: verbs of deciding, agreeing, offering (decision-verbs.txt) with a zu-infinitive or dass
                arguments("Der Stadtrat beschloss am Montag, die Gebühren zu senken.",
                        "indirect|die Gebühren zu senken|Stadtrat|beschloss"),
                arguments("Die Parteien vereinbarten, dass die Truppen abgezogen werden.",
                        "indirect|die Truppen abgezogen werden|Parteien|vereinbarten"),
                arguments("Der Konzern bietet an, den Lohn zu erhöhen.",
                        "indirect|den Lohn zu erhöhen|Konzern|bietet an"),
                arguments("Der Rat beschloss, um Zeit zu gewinnen, eine Pause.", ""),
                arguments("Die Firma ist gesetzlich verpflichtet, getrennte Konten zu führen.", ""),
                // h-indirect13: who decided is not carried on as the last speaker to a later pronoun
                arguments("Bürgermeister Max Roth sagte, man sei zufrieden. Die Versammlung beschloss am Abend, die"
                                + " Gebühren zu senken. Das sei ein gutes Signal, sagte er.",
                        "indirect|man sei zufrieden|Max Roth|sagte ;; indirect|die Gebühren zu senken|Versammlung"
                                + "|beschloss ;; indirect|Das sei ein gutes Signal|Max Roth|sagte"),
                arguments("Es ist noch nicht entschieden, da die Partei angekündigt hatte, mit allen zu reden.",
                        "indirect|mit allen zu reden|Partei|angekündigt"),
                // h-indirect13: the content clause of a claim noun with its author as complement (claim-nouns.txt)
                arguments("Die CSU reagierte auf die Forderung des Parteichefs Hans Berg, auf die SPD zuzugehen.",
                        "indirect|auf die SPD zuzugehen|Parteichefs Hans Berg|Forderung"),
                arguments("Der Minister wies den Vorwurf der Opposition zurück, die Regierung habe versagt.",
                        "indirect|die Regierung habe versagt|Minister|wies zurück"),
                arguments("Er folgte dem Appell der Polizei, sich zu stellen, nicht.",
                        "indirect|sich zu stellen|Polizei|Appell"),
                arguments("Die Forderung, die Steuern zu senken, wurde abgelehnt.", ""),
                // h-indirect13: a name in apposition to the subject after the verb keeps the cue's clause open
                arguments("Jetzt gab der Leiter des Amtes, Hans Huber, bekannt, dass das Handy gefunden wurde.",
                        "indirect|das Handy gefunden wurde|Hans Huber|gab bekannt"),
                arguments("Außerdem meldete der Radiosender, Radio Nord, dass die Sendung eingestellt werde.",
                        "indirect|die Sendung eingestellt werde|Radio Nord|meldete"),
                arguments("Der Minister sagte, Berlin, Paris und Rom seien sich einig.",
                        "indirect|Berlin, Paris und Rom seien sich einig|Minister|sagte"),
                // h-indirect13: the report ends before "und" + the speaker's next speech verb, at a semicolon, and at a
                // colon that opens a capitalised sentence
                arguments("Der Präsident sagte, Europa brauche die Briten und fügte hinzu, man wolle verhandeln.",
                        "indirect|Europa brauche die Briten|Präsident|sagte ;; "
                                + "indirect|man wolle verhandeln|Präsident|fügte hinzu"),
                // h-indirect13: a relative clause that attributes its content to its antecedent
                arguments("Ein Bericht der Agentur Nord, wonach der Politiker festgenommen worden sei, wurde dementiert.",
                        "indirect|der Politiker festgenommen worden sei|Agentur Nord|Bericht"),
                arguments("Es gibt auch Gerüchte, nach denen der Sänger schwer krank sei.",
                        "indirect|der Sänger schwer krank sei|Gerüchte|nach"),
                arguments("Nach drei Wochen, nach denen die Lage ruhig war, kehrten sie zurück.", ""),
                // h-indirect13: a separable verb written apart at the end of its clause
                arguments("Wie die Bank in Rom bekannt gab, soll der Chef zurücktreten.",
                        "indirect|soll der Chef zurücktreten|Bank|bekannt gab"),
                arguments("Die Regierung hat am Montag bekannt gegeben, dass die Steuern steigen.",
                        "indirect|die Steuern steigen|Regierung|bekannt gegeben"),
                arguments("Um die Grenzen zu sichern, würde eine Eingreiftruppe helfen.", ""),
                arguments("Die Anwältin sagte, der Vater habe sie geschlagen; der Fall wird geprüft.",
                        "indirect|der Vater habe sie geschlagen|Anwältin|sagte"),
                arguments("Der Trainer sagte, das Team sei stärker geworden: Wir haben viel gelernt.",
                        "indirect|das Team sei stärker geworden|Trainer|sagte"),
                // speaker rules (h-quotes2)
                arguments("Relativierend fügt der Minister hinzu: „Das gilt nicht für alle.“",
                        "direct|Das gilt nicht für alle.|Minister|fügt hinzu"),
                arguments("Den Unmut der Partei brachte die Sprecherin zum Ausdruck: „Das ist nicht hinnehmbar.“",
                        "direct|Das ist nicht hinnehmbar.|Sprecherin|-"),
                arguments("Die neue Regel stellte der Vorsitzende Hans Berg in Frage: „Das ist nicht lebensnah.“",
                        "direct|Das ist nicht lebensnah.|Hans Berg|-"),
                arguments("Seine Zuversicht gründet sich auf Erfahrung: „Das hat immer geklappt.“",
                        "direct|Das hat immer geklappt.|-|-"),
                arguments("„Die Lage ist ernst“, heißt es in einer Erklärung der Regierung.",
                        "direct|Die Lage ist ernst|Regierung|heißt es"),
                // a passive participle after the quote: the "von" agent speaks, not the subject spoken of
                arguments("Die Stadtwerke wurden gestern von Bürgermeister Hans Gruber als „ein Vorbild für alle“"
                                + " bezeichnet.",
                        "partial|ein Vorbild für alle|Hans Gruber|bezeichnet"),
                arguments("In einem Schreiben wurden die Mieter auf ihre „Pflichten als Nachbarn“ hingewiesen.",
                        "partial|Pflichten als Nachbarn|Schreiben|hingewiesen"),
                arguments("Die Stadtwerke wurden in der Debatte als „ein Vorbild für alle“ bezeichnet.",
                        "partial|ein Vorbild für alle|-|bezeichnet"),
                // a quote in the content clause of a message noun with an owner: the owner speaks
                arguments("Der Minister wies die Kritik der Gewerkschaft, die Reform sei „zutiefst unsozial“, entschieden"
                                + " zurück.",
                        "partial|zutiefst unsozial|Gewerkschaft|-"),
                arguments("Auf den Vorwurf der Opposition, es handele sich um einen „sozialistischen Antrag“, entgegnete"
                                + " der Bürgermeister, das sei falsch.",
                        // h-indirect13: the claim noun's content clause is reported speech of its owner as well
                        "indirect|es handele sich um einen „sozialistischen Antrag“|Opposition|Vorwurf"
                                + " ;; partial|sozialistischen Antrag|Opposition|entgegnete"
                                + " ;; indirect|das sei falsch|Bürgermeister|entgegnete"),
                // a relative pronoun as the cue's subject: its antecedent speaks; not so before "er" or in a passive
                arguments("Unterstützung kam von der Ärztin Anna Roth, die sagte: „Wir stehen dahinter.“",
                        "direct|Wir stehen dahinter.|Anna Roth|sagte"),
                arguments("Der Rat verwies auf die Pläne, die er so lobte: „Wir stehen dahinter.“",
                        "direct|Wir stehen dahinter.|Rat|lobte"),
                arguments("Kritik gab es an den Plänen, die vom Rat als „überholt“ bezeichnet wurden.",
                        "partial|überholt|Rat|bezeichnet"),
                // "Darin"/"Dort" opening the sentence: the document named in the sentence before speaks
                arguments("Die Staatsanwaltschaft gab am Dienstag eine Stellungnahme ab. Darin heißt es: „Wir bedauern"
                                + " den Fehler sehr.“",
                        "direct|Wir bedauern den Fehler sehr.|Stellungnahme|heißt es"),
                arguments("Der Verein schrieb einen Brief an die Stadt. Darin steht unter anderem: „Wir bedauern den"
                                + " Fehler sehr.“",
                        "direct|Wir bedauern den Fehler sehr.|Brief|-"),
                arguments("Der Minister reiste nach Rom. Dort sagte er: „Wir bedauern den Fehler sehr.“",
                        "direct|Wir bedauern den Fehler sehr.|Minister|sagte"),
                // "so" + a message noun: its complement is the speaker, a possessive points back, "eine" is no one's
                arguments("„Das geht zu weit“, so das Fazit der Verbraucherzentrale.",
                        "direct|Das geht zu weit|Verbraucherzentrale|so"),
                arguments("Die Mieterin Lara Vogt verlor vor Gericht. „Das geht zu weit“, so ihr Fazit.",
                        "direct|Das geht zu weit|Lara Vogt|so"),
                arguments("„Das geht zu weit“, so eine Warnung.", "direct|Das geht zu weit|-|so"),
                // "für" + a person opening the sentence: the holder of the view of a cue-less quote
                arguments("Für den Historiker Karl Brenner sei der Beschluss „aus vielen Gründen falsch“.",
                        "partial|aus vielen Gründen falsch|Karl Brenner|-"),
                arguments("Was für die Ministerin eine „flexiblere Lösung der Rückzahlung“ ist, war für die Verbände"
                                + " ein „klarer Wortbruch“.",
                        "partial|flexiblere Lösung der Rückzahlung|Ministerin|-"),
                // an extended participle attribute: adverb or "am" + day before the participle
                arguments("„Wir bleiben standhaft“, heißt es in einer gestern verbreiteten Erklärung.",
                        "direct|Wir bleiben standhaft|gestern verbreiteten Erklärung|heißt es"),
                arguments("„Der Bau beginnt im Mai“, heißt es in der am Montag veröffentlichten Mitteilung des Vereins.",
                        "direct|Der Bau beginnt im Mai|Verein|heißt es"),
                arguments("Ein nicht genannter Vertreter der Firma bezeichnet die Investition als „strategisch wichtig"
                                + " für uns“.",
                        "partial|strategisch wichtig für uns|nicht genannter Vertreter der Firma|bezeichnet"),
                arguments("„Wir wissen noch nichts“, sagte ein namentlich nicht genannter Polizeisprecher.",
                        "direct|Wir wissen noch nichts|namentlich nicht genannter Polizeisprecher|sagte"),
                arguments("„Das ist ein guter Tag“, sagte die in Berlin lebende Autorin Mia Roth.",
                        "direct|Das ist ein guter Tag|Mia Roth|sagte"),
                arguments("„Ich freue mich sehr darauf“, schrieb die in New York geborene Sängerin.",
                        "direct|Ich freue mich sehr darauf|in New York geborene Sängerin|schrieb"),
                arguments("In dem Antrag heißt es: „Die Regierung muss handeln.“",
                        "direct|Die Regierung muss handeln.|Antrag|heißt es"),
                arguments("„Er ist der kreative Kopf der Band“, schrieb „Die Zeit“ in einem Nachruf.",
                        "direct|Er ist der kreative Kopf der Band|Die Zeit|schrieb"),
                arguments("„Wir haben verdient gewonnen“, sagte der BDI-Präsident Jürgen R. Thumann.",
                        "direct|Wir haben verdient gewonnen|Jürgen R. Thumann|sagte"),
                arguments("„Wir kommen wieder“, sagte Merkel.Als Nächstes sprach der Präsident.",
                        "direct|Wir kommen wieder|Merkel|sagte"),
                arguments("Der Minister sagte: „Wir handeln jetzt.“ Dann ging er. Alle blieben. „Das war ein guter Tag.“",
                        "direct|Wir handeln jetzt.|Minister|sagte ;; direct|Das war ein guter Tag.|Minister|-"),
                arguments("Auch Hessens Ministerpräsident Roland Koch kritisierte den Schritt. Er forderte einen "
                                + "„offensiven Umgang mit dem Thema“.",
                        "partial|offensiven Umgang mit dem Thema|Roland Koch|forderte"),
                arguments("Hans Berg sprach. Deren Haltung bezeichnete er als „zutiefst verlogen“.",
                        "partial|zutiefst verlogen|Hans Berg|bezeichnete"),
                // names and terms, not speech (h-quotes3)
                arguments("Die Operation „Cast Lead“ („gegossenes Blei“) dauerte drei Wochen.", ""),
                arguments("Die Gewerkschaft Bauen-Agrar-Umwelt (kurz: „IG Bau“) befürchtet einen Stellenabbau.", ""),
                arguments("„Wir liefern pünktlich“, sagte ein Manager gegenüber dem „Tagesspiegel“.",
                        "direct|Wir liefern pünktlich|Manager|sagte"),
                arguments("Das berichtete die „Automobilwoche“ am Samstag.", ""),
                arguments("Bill Keller, der Chefredakteur der „New York Times“, bekräftigt die Darstellung.", ""),
                arguments("Der Hurrikan „Dennis“ könnte das Gelände erreichen.", ""),
                arguments("Der Minister erklärte, die Lage bleibe weiterhin „kritisch“.",
                        "indirect|die Lage bleibe weiterhin „kritisch“|Minister|erklärte ;; "
                                + "partial|kritisch|Minister|erklärte"),
                // active "zitieren": the object is the quoted speaker, not the medium
                arguments("„Das wird teuer“, zitiert die Zeitung den Finanzminister.",
                        "direct|Das wird teuer|Finanzminister|zitiert"),
                arguments("Ein Fernsehsender zitierte Papandreou mit den Worten: „Ich klebe nicht am Stuhl.“",
                        "direct|Ich klebe nicht am Stuhl.|Papandreou|zitierte"),
                // speaker rules (h-quotes5)
                arguments("„Wir haben verdient gewonnen“, sagte der Sportchef von Hertha BSC nach dem Spiel.",
                        "direct|Wir haben verdient gewonnen|Sportchef von Hertha BSC|sagte"),
                arguments("Hans Berg, der Rot sah, nannte seine Sperre „überzogen“.",
                        "partial|überzogen|Hans Berg|nannte"),
                arguments("Anna Roth, Präsidentin der Universität, begrüßte den Beschluss der Regierung als „wichtigen Schritt“.",
                        "partial|wichtigen Schritt|Anna Roth|begrüßte"),
                arguments("Die Ministerin wies das zurück, die Sprecherin der Fraktion, Sandra Kolb (SPD), erklärte: „Das schadet allen.“",
                        "direct|Das schadet allen.|Sandra Kolb|erklärte"),
                arguments("„Wir brauchen nur noch einen Punkt“, zeigte sich Trainer Milo Petrov zufrieden.",
                        "direct|Wir brauchen nur noch einen Punkt|Milo Petrov|zeigte"),
                arguments("Der Minister zeigte sich besorgt, dass der Streit eskalieren könnte: „Das gab es noch nie.“",
                        "direct|Das gab es noch nie.|Minister|-"),
                arguments("Merkels neuer Sprecher Hans Berg sagte: „Wir prüfen das.“",
                        "direct|Wir prüfen das.|Hans Berg|sagte"),
                arguments("„Er führt mit harter Hand“, so charakterisierte ihn der Gewerkschaftsfunktionär Jean Morel.",
                        "direct|Er führt mit harter Hand|Jean Morel|charakterisierte"),
                arguments("„Ja, es wird teuer.“ Das musste Finanzminister Paul Berg am Dienstag einräumen.",
                        "direct|Ja, es wird teuer.|Paul Berg|-"),
                arguments("Die Arbeit des Rates lobte er mit den Worten: „Es gibt weniger Streit.“",
                        "direct|Es gibt weniger Streit.|-|lobte"),
                arguments("In seiner Stellungnahme befand der Premierminister den Angriff als gerechtfertigt und nannte ihn „notwendig und angemessen“.",
                        "partial|notwendig und angemessen|Premierminister|nannte"),
                arguments("Es wurde vom Anwalt die Vermutung geäußert, man wolle „ein Opfer präsentieren“.",
                        "indirect|man wolle „ein Opfer präsentieren“|Anwalt|geäußert ;; "
                                + "partial|ein Opfer präsentieren|Anwalt|geäußert"),
                arguments("Nach Angaben einer Gewerkschaft sollen „mehrere Betriebe“ bestreikt worden sein.",
                        "indirect|sollen „mehrere Betriebe“ bestreikt worden sein|Gewerkschaft|Nach Angaben ;; "
                                + "partial|mehrere Betriebe|Gewerkschaft|Nach Angaben"),
                arguments("Nach Darstellungen des Verlages bietet das Buch eine „differenzierte Betrachtung“.",
                        "indirect|bietet das Buch eine „differenzierte Betrachtung“|Verlag|Nach Darstellungen ;; "
                                + "partial|differenzierte Betrachtung|Verlag|Nach Darstellungen"),
                arguments("Nach Bewertung der Staatsanwaltschaft gibt der Vorfall „keinen Anlass für Ermittlungen“.",
                        "indirect|gibt der Vorfall „keinen Anlass für Ermittlungen“|Staatsanwaltschaft|Nach Bewertung ;; "
                                + "partial|keinen Anlass für Ermittlungen|Staatsanwaltschaft|Nach Bewertung"),
                arguments("Der Minister kritisierte die Rede des Bürgermeisters, der zum Protest aufgerufen haben soll, als „Provokation, die gelegen kam“.",
                        "partial|Provokation, die gelegen kam|Minister|kritisierte"),
                arguments("Laut der Polizei ist die Kundgebung, zu der mehrere Verbände aufgerufen hatten, „weitgehend friedlich“ verlaufen.",
                        "indirect|ist die Kundgebung, zu der mehrere Verbände aufgerufen hatten, „weitgehend friedlich“ verlaufen|Polizei|Laut ;; "
                                + "partial|weitgehend friedlich|Polizei|Laut"),
                arguments("Gemäß der Organisation „Bürger für Wien“ seien die Straßen gesperrt.",
                        "indirect|seien die Straßen gesperrt|Bürger für Wien|Gemäß"),
                arguments("Laut dem Präsidenten des Verbands, Ugo Rossi, sei der Verzicht zu begrüßen.",
                        "indirect|sei der Verzicht zu begrüßen|Ugo Rossi|Laut"),
                arguments("Der Landtagsabgeordnete und SPD-Fraktionschef Andreas Kurz sprach von einem „Angriff auf unsere Schulen“.",
                        "partial|Angriff auf unsere Schulen|Andreas Kurz|sprach"),
                arguments("In einem internen Schreiben an die Mitarbeiter war von einem „fairen und offenen Umgang miteinander“ die Rede.",
                        "partial|fairen und offenen Umgang miteinander|internen Schreiben|-"),
                arguments("In einer Erklärung der Außenminister hatte es geheißen: „Die Gewalt muss enden.“",
                        "direct|Die Gewalt muss enden.|Außenminister|geheißen"),
                arguments("Auf der expo-Homepage heißt es: „Das Logo wurde bewusst gewählt.“",
                        "direct|Das Logo wurde bewusst gewählt.|expo-Homepage|heißt es"),
                arguments("„Wo ist meine Stimme?“, wollen die Demonstranten gerufen haben.",
                        "direct|Wo ist meine Stimme?|Demonstranten|wollen"),
                arguments("Das ist eine Chance, ein „Bürger erster Klasse zu werden“, wird Karl Lenz zitiert.",
                        "partial|Bürger erster Klasse zu werden|Karl Lenz|wird"),
                arguments("Laut „Reuters“ zeichnet Moskau das Bild eines „kriegslüsternen Tyrannen“.",
                        "indirect|zeichnet Moskau das Bild eines „kriegslüsternen Tyrannen“|Reuters|Laut ;; "
                                + "partial|kriegslüsternen Tyrannen|Reuters|Laut"),
                // headline segments: a cue in another dash segment is not the cue of "X: „…“"
                arguments("Präsident Lind: „Ein Sieg für die Sicherheit“ – Opposition kündigt Widerstand an.",
                        "direct|Ein Sieg für die Sicherheit|Lind|-"),
                arguments("Der Vorstand spricht dem Trainer das Vertrauen aus – Kapitän Berg: „Mir fehlt noch einiges“.",
                        "direct|Mir fehlt noch einiges|Berg|-"),
                arguments("Der Vorstand stärkt dem Trainer den Rücken – als Nachfolger gehandelter Kapitän Berg: „Mir fehlt noch einiges“.",
                        "direct|Mir fehlt noch einiges|Berg|-"),
                arguments("Einigung nach zehn Jahren – Kaiser über Lösung: „Ein historischer Tag“.",
                        "direct|Ein historischer Tag|Kaiser|-"),
                // the subject of "lauten" is the message, not the speaker
                arguments("Der Minister kam nach Wien. „Macht die Grenzen dicht!“, lautet seine Botschaft.",
                        "direct|Macht die Grenzen dicht!|Minister|lautet"),
                arguments("Die Lage habe sich verändert, lautet die Logik des Ministeriums.",
                        "indirect|Die Lage habe sich verändert|Ministerium|lautet"),
                arguments("Der Minister kam nach Wien. „Das Handy war ein Prototyp“, lautet eine Theorie.",
                        "direct|Das Handy war ein Prototyp|-|lautet"),
                arguments("Der Minister kam nach Wien. Der Text lautete: „Wir fordern Neuwahlen.“",
                        "direct|Wir fordern Neuwahlen.|Text|lautete"),
                // a statement in brackets after a name; the last of a list of speakers before a colon
                arguments("Es gratulierten der Präsident Lukas Berger, die Leiterin der Behörde, Mara Kovač („Niemand "
                        + "hat das mehr verdient.“), und der Bürgermeister Jens Holm: „Der Preis kommt nicht zu früh.“",
                        "direct|Niemand hat das mehr verdient.|Mara Kovač|- ;; "
                        + "direct|Der Preis kommt nicht zu früh.|Jens Holm|-"),
                // after a cue before the quote: a name with a statement in brackets, the last of a list after "so"
                arguments("Auch andere Politiker gratulierten, so der Präsident Lukas Berger, die Leiterin der Behörde, "
                                + "Mara Kovač („Niemand hat das mehr verdient.“), und der Bürgermeister Jens Holm: "
                                + "„Der Preis kommt nicht zu früh.“",
                        "indirect|Auch andere Politiker gratulierten|Lukas Berger|so ;; "
                                + "direct|Niemand hat das mehr verdient.|Mara Kovač|so ;; "
                                + "direct|Der Preis kommt nicht zu früh.|Jens Holm|so"),
                arguments("Die Ministerin lobte den Plan, ebenso wie die Leiterin der Behörde, Mara Kovač („Niemand hat "
                                + "das mehr verdient.“).",
                        "direct|Niemand hat das mehr verdient.|Mara Kovač|lobte"),
                // named in the next sentence: "Mit diesen Worten" + verb + subject
                arguments("„Wir kommen wieder.“ Mit diesen Worten verabschiedete sich Trainer Paul Lind von den Fans.",
                        "direct|Wir kommen wieder.|Paul Lind|-"),
                arguments("„Das lassen wir nicht zu.“ Mit dieser Äußerung reagierte die Ministerin auf die Kritik.",
                        "direct|Das lassen wir nicht zu.|Ministerin|-"),
                // a relative clause after the participle closing the main clause: the noun phrase before it speaks
                arguments("In der Sendung wurde ein Prediger aus Lyon zugeschaltet, der alle Zuschauer aufforderte, "
                                + "die Regierung nicht mehr zu unterstützen.",
                        "indirect|die Regierung nicht mehr zu unterstützen|Prediger|aufforderte"),
                arguments("Die Polizei hat einen Mann festgenommen, der behauptete, er habe nichts getan.",
                        "indirect|er habe nichts getan|Mann|behauptete"),
                // the subject after an inverted Konjunktiv I verb is what the report is about, not who reports
                arguments("„Wir sind bereit“, sagte Ministerin Eva Kern. Bisher habe die Regierung eine „zentrale Datei“ "
                                + "ausgeschlossen.",
                        "direct|Wir sind bereit|Eva Kern|sagte ;; indirect|Bisher habe die Regierung eine „zentrale Datei“ "
                                + "ausgeschlossen|Eva Kern|- ;; partial|zentrale Datei|Eva Kern|-"),
                // the speaker in brackets after the quote
                arguments("„Was wir brauchen, ist eine neue Kultur.“ (Hans Peter Lind).",
                        "direct|Was wir brauchen, ist eine neue Kultur.|Hans Peter Lind|-"),
                arguments("Der Verband feiert die „Woche des verbotenen Buches“ (Banned Books Week).",
                        "partial|Woche des verbotenen Buches|Verband|-"),
                // the subject of a Konjunktiv I verb is what the report is about, not who reports
                arguments("„Wir sind bereit“, sagte die Ministerin. Der Präsident habe „keine Eile gezeigt“.",
                        "direct|Wir sind bereit|Ministerin|sagte ;; indirect|Der Präsident habe „keine Eile gezeigt“|Ministerin|- ;; "
                                + "partial|keine Eile gezeigt|Ministerin|-"),
                // a role subject with a speech verb goes on speaking in the next Konjunktiv sentence
                arguments("Die Kommentatorin fasste die Amtszeit zusammen. Der Landeshauptmann habe „Gitarre gespielt und Reformen gemacht“.",
                        "partial|Gitarre gespielt und Reformen gemacht|Kommentatorin|-"),
                arguments("Die Behörden werfen dem Manager Betrug vor. Er soll Visa beantragt haben, indem er Formulare abgab. "
                                + "Als Begründung gab er an, sie wären Spieler.",
                        "indirect|sie wären Spieler|-|gab an"),
                // after "X:" the clause goes on after the quote: the quoted word is part of it, X does not say it
                arguments("Soziale Netzwerke: „Bürgerwehren“ stellen Ausländer an den Pranger.", ""),
                // a web address is a name
                arguments("Den Verlagen droht ein Eingriff, Anlass war „zeitung.com“.", ""),
                // a quote after a dash goes on with the "X:" that opened the headline
                arguments("Kammerpräsident: Vorgezogener Rückzug ist Spekulation – „Werde mir kein Ablaufdatum verpassen“.",
                        "partial|Werde mir kein Ablaufdatum verpassen|Kammerpräsident|-"),
                // a headline "X:" with a role or organisation says the quoted words later in its segment, a topic does not
                arguments("Kammerpräsident: Vorgezogener Rückzug „reine Spekulation“.",
                        "partial|reine Spekulation|Kammerpräsident|-"),
                arguments("Regierung: Umgehung des Zauns war „organisierte Aktion“.",
                        "partial|organisierte Aktion|Regierung|-"),
                arguments("Soziale Netzwerke: Mehr „falsche Profile“ gelöscht.", ""),
                // a headline quotes the person it opens with: a role, or a name with a verb
                arguments("Bürgermeister Lind sieht ein „ganz offenes Klima“ in der Koalition. Wien – Lind zog Bilanz.",
                        "partial|ganz offenes Klima|Lind|-"),
                arguments("Lind sieht „kleinsten gemeinsamen Nenner“ im Ausschuss. Wien – Lind zog Bilanz.",
                        "partial|kleinsten gemeinsamen Nenner|Lind|-"),
                arguments("Bühne wird gestellt – Abschluss beim „Fest für alle“ in Wels. Linz – Die Partei sagte ab.", ""),
                arguments("Die Koalition steht. Bürgermeister Lind sieht ein „ganz offenes Klima“ in der Stadt.", ""),
                // a headline quote the body repeats is spoken by whoever speaks there
                arguments("„Sie haben es billigend in Kauf genommen“. Linz – Ein Paar wurde verurteilt. Die Angeklagten "
                                + "hätten Erfahrung gehabt, so Richter Paul Lind. Sie haben es billigend in Kauf genommen.",
                        "direct|Sie haben es billigend in Kauf genommen|Paul Lind|- ;; indirect|Die Angeklagten hätten "
                                + "Erfahrung gehabt|Paul Lind|so"),
                arguments("„Initiative Leben ist Freiheit“: Beschwerde eingebracht. Wien – Eltern haben laut der Initiative Leben ist "
                                + "Freiheit Beschwerde eingebracht.",
                        "direct|Initiative Leben ist Freiheit|-|- ;; indirect|Eltern haben laut der Initiative Leben ist "
                                + "Freiheit Beschwerde eingebracht|Initiative Leben|laut"),
                // a particle opening the sentence is no speaker
                arguments("Nicht umsonst meinte die Kanzlerin damals: „Dieser Ansatz ist gescheitert.“",
                        "direct|Dieser Ansatz ist gescheitert.|Kanzlerin|meinte"),
                // a noun for the quoted words opens the sentence naming the speaker
                arguments("„Gerechtigkeit verzögert ist Gerechtigkeit verweigert.“ Das Wort wird William Gladstone zugeschrieben.",
                        "direct|Gerechtigkeit verzögert ist Gerechtigkeit verweigert.|William Gladstone|-"),
                arguments("„Wir kommen wieder.“ Das Zitat stammt von Minister Paul Berg.",
                        "direct|Wir kommen wieder.|Paul Berg|-"),
                // no speech
                arguments("Der Zug kam am Morgen mit Verspätung in Berlin an.", ""),
                arguments("Das Unternehmen teilte seine Gewinne mit den Aktionären.", "")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void extractsQuotes(String input, String expected) {
        assertThat(render(run(input))).isEqualTo(expected);
    }

    @Test
    void nameAcrossAColonIsNoSourceOfTheAttributionPhrase() {
        // indirect15: the clause after the colon has its own source ("vieler Experten"), not the team before it
        String text = "In den Finals von Detroit scheint alles klar: Nach Meinung vieler Experten wird der Favorit gewinnen.";
        List<Quote> q = run(text, entity(text, "Detroit", "ORG", "Detroit", 1));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo("vieler Experten");
    }

    @Test
    void speakerFromPreviousSentenceForPronoun() {
        List<Quote> q = run("Bundeskanzler Olaf Scholz besuchte am Montag Kiew. Er sagte: „Wir helfen, solange es nötig ist.“");
        assertThat(render(q)).isEqualTo("direct|Wir helfen, solange es nötig ist.|Olaf Scholz|sagte");
    }

    @Test
    void cueLessQuoteTakesPreviousSpeaker() {
        List<Quote> q = run("„Wir sind bereit“, sagte Ministerin Eva Kühne. „Die Pläne liegen auf dem Tisch.“");
        assertThat(render(q)).isEqualTo("direct|Wir sind bereit|Eva Kühne|sagte ;; "
                + "direct|Die Pläne liegen auf dem Tisch.|Eva Kühne|-");
    }

    @Test
    void nonPersonSubjectOfCueLessQuoteYieldsToLastSpeaker() {
        List<Quote> q = run("„Wir sind bereit“, sagte Ministerin Eva Kühne. Der Rücktritt sei „ein normaler Vorgang“.");
        assertThat(q).last().extracting(Quote::speaker).isEqualTo("Eva Kühne");
    }

    @Test
    void personIntroducedAfterLastQuoteTakesCueLessQuote() {
        String text = "„Das reicht nicht“, sagte Hans Berg. Die Abgeordnete Anna Roth kritisierte die Pläne. "
                + "Hier seien die Mittel „völlig unrealistisch“.";
        List<Quote> q = run(text, entity(text, "Hans Berg", "PER", "Hans Berg", 1),
                entity(text, "Anna Roth", "PER", "Anna Roth", 2));
        assertThat(q).last().extracting(Quote::speaker).isEqualTo("Anna Roth");
    }

    @Test
    void organisationAfterAPrepositionIsNoSubjectForAPronoun() {
        String text = "Der Bauunternehmer Karl Huber war verärgert. Da war der Betreiber mit einer Beschwerde vor dem "
                + "Verfassungsgerichtshof abgeblitzt. „Ich gebe auf“, sagte er.";
        List<Quote> q = run(text, entity(text, "Karl Huber", "PER", "Karl Huber", 1),
                entity(text, "Verfassungsgerichtshof", "ORG", "Verfassungsgerichtshof", 2));
        assertThat(q).last().extracting(Quote::speaker).isEqualTo("Karl Huber");
    }

    @Test
    void subjectWithSlashNameInComplementNamesItsApposition() {
        String text = "„Das reicht nicht“, sagte Hans Berg. Er forderte die SPD auf, stärker zu sparen. Die Politikerin "
                + "von Bündnis 90/Die Grünen, Anna Roth, kritisierte die Pläne. Hier seien die Mittel „völlig unrealistisch“.";
        List<Quote> q = run(text, entity(text, "Hans Berg", "PER", "Hans Berg", 1),
                entity(text, "Anna Roth", "PER", "Anna Roth", 3));
        assertThat(q).last().extracting(Quote::speaker).isEqualTo("Anna Roth");
    }

    @Test
    void partialQuoteInsideAReportIsTheReportersWords() {
        String text = "Während Anna Roth erklärte, sehr aufgeregt zu sein, „größer wird es nicht“, räumte Eva Kern ein, "
                + "nervös zu sein.";
        List<Quote> q = run(text, entity(text, "Anna Roth", "PER", "Anna Roth", 1),
                entity(text, "Eva Kern", "PER", "Eva Kern", 1));
        assertThat(q).filteredOn(x -> "partial".equals(x.kind())).extracting(Quote::speaker).containsExactly("Anna Roth");
    }

    @Test
    void konjunktivSentenceKeepsTheReportingSubject() {
        String text = "Die Zeitung Ost berichtet von einem Treffen. Dort sei man sich einig geworden. "
                + "Dieser sehe „harte“ Schritte vor.";
        List<Quote> q = run(text, entity(text, "Zeitung Ost", "ORG", "Zeitung Ost", 1));
        assertThat(q).last().extracting(Quote::speaker).isEqualTo("Zeitung Ost");
    }

    @Test
    void headlineQuoteWithoutSpeakerTakesThePersonOfTheLead() {
        String text = "„Im Herzen bin ich ein heimlicher Politiker“. Berlin – Der Schauspieler Paul Lind kann sich eine Kandidatur vorstellen.";
        List<Quote> q = run(text, entity(text, "Paul Lind", "PER", "Paul Lind", 2));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo("Paul Lind");
    }

    @Test
    void multiSentenceQuoteStartsInFirstSentence() {
        String text = "Der Arzt sagte: „Die Lage ist ernst. Wir brauchen mehr Personal. Sofort.“ Danach ging er.";
        List<Quote> q = run(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("Die Lage ist ernst. Wir brauchen mehr Personal. Sofort.");
        assertThat(q.get(0).sentenceNo()).isEqualTo(1);
        assertThat(q.get(0).speaker()).isEqualTo("Arzt");
        assertThat(q.get(0).kind()).isEqualTo("direct");
    }

    /** One entity mention given; the only quote's speaker. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            # the entity's canonical name
            „Wir verhandeln weiter“, sagte Kiews Bürgermeister Klitschko.|Klitschko|PER|Vitali Klitschko|Vitali Klitschko
            # an organisation in a role's complement is not the speaker
            Der Leiter des Programms der WHO, Klaus Stöhr, sagte: „Man muss sich vorbereiten.“|WHO|ORG|WHO|Klaus Stöhr
            # a mention that ran over a missing space ends at the dot
            „Wir kommen wieder“, sagte Merkel.Als Nächstes sprach der Präsident.|Merkel.Als|PER|Merkel.Als|Merkel
            # a genitive name before a noun is its possessor
            „Er ist unschuldig“, sagte Bergers Sohn.|Bergers|PER|Karl Berger|Bergers Sohn
            # a surname ending in -s that the canonical name keeps is no genitive
            Nach Angaben von Staatsanwalt Molins gab es drei Explosionen.|Molins|PER|François Molins|François Molins
            # a person in a role's complement is not the speaker
            Der Stellvertreter von Petrenko sagte: „Das ist Willkür.“|Petrenko|PER|Julia Petrenko|Stellvertreter von Petrenko
            # a pronoun without a speaker takes the person named some sentences before
            Karl Brandt tritt zurück. Das kam überraschend. Er nannte Gründe. Die Partei ist ratlos. „Es ist ein privater Grund“, teilte er mit.|Karl Brandt|PER|Karl Brandt|Karl Brandt
            # a pronoun without history takes the nearest person mentioned
            Die Offensive wurde von einer Armeesprecherin bestätigt. Sie sagte: „Die Truppen rücken vor.“|Truppen|ORG|Truppen|Armeesprecherin
            """)
    void speakerOfTheOnlyQuoteWithOneEntity(String text, String surface, String label, String canonical,
                                            String speaker) {
        List<Quote> q = run(text, entity(text, surface, label, canonical, 1));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo(speaker);
    }

    /** Two PER mentions before the name; the first is a possessor or a title the tagger took for a name. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "„Wir haben unser Ziel nicht erreicht“, sagte Brasiliens Trainer Carlos Dunga.|Brasiliens|Carlos Dunga",
            "„Das haben wir nie erlebt“, sagte Landeshauptmann Peter Kaiser am Dienstag.|Landeshauptmann|Peter Kaiser"})
    void firstOfTwoPersonMentionsIsNotTheSpeaker(String text, String first, String speaker) {
        List<Quote> q = run(text, entity(text, first, "PER", first, 1), entity(text, speaker, "PER", speaker, 1));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo(speaker);
    }

    @Test
    void possessorBeforeRoleIsNotTheSpeaker() {
        String text = "„Das war kein Foul“, sagte Kölns Trainer Peter Lenz.";
        List<Quote> q = run(text, entity(text, "Kölns", "PER", "Kölns", 1),
                entity(text, "Peter Lenz", "PER", "Peter Lenz", 1));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo("Peter Lenz");
    }

    @Test
    void coordinatedPersonsAreBothSpeakers() {
        String text = "Eva Kern und Paul Lind sagten: „Das geht zu weit.“";
        List<Quote> q = run(text, entity(text, "Eva Kern", "PER", "Eva Kern", 1),
                entity(text, "Paul Lind", "PER", "Paul Lind", 1));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo("Eva Kern und Paul Lind");
    }

    @Test
    void pronounTakesTheSubjectOfItsOwnSentenceFirst() {
        String text = "„Wir bleiben“, sagte Paul Lind. Anna Berg, Vorstand der Liga, sagte dazu dem Sender: "
                + "„Die Frauen kämpfen weiter“, betont sie.";
        List<Quote> q = run(text, entity(text, "Paul Lind", "PER", "Paul Lind", 1),
                entity(text, "Anna Berg", "PER", "Anna Berg", 2));
        assertThat(q).extracting(Quote::speaker).containsExactly("Paul Lind", "Anna Berg");
    }

    @Test
    void pronounInASubordinateClauseTakesTheOrganisationSubjectOfItsSentence() {
        String text = "„Wir bleiben“, sagte Paul Lind. Die Vereinigung der Sparer (VdS) legte nach, indem sie den "
                + "Vorstand aufforderte: „Jetzt muss gehandelt werden.“";
        List<Quote> q = run(text, entity(text, "Paul Lind", "PER", "Paul Lind", 1),
                entity(text, "Die Vereinigung der Sparer", "ORG", "Vereinigung der Sparer", 2));
        assertThat(q).extracting(Quote::speaker).containsExactly("Paul Lind", "Vereinigung der Sparer");
    }

    @Test
    void masculinePronounDoesNotTakeAFeminineNounAsSpeaker() {
        String text = "Paul Lind wurde wiedergewählt. Nach Angaben der Wahlkommission gewann er mit 62 Prozent. "
                + "Zudem kündigte er an, weiter gegen die Korruption zu kämpfen.";
        List<Quote> q = run(text, entity(text, "Paul Lind", "PER", "Paul Lind", 1));
        assertThat(q).extracting(Quote::speaker).containsExactly("Wahlkommission", "Paul Lind");
    }

    @Test
    void pluralPronounWithAVerbInErnTakesAPluralRoleNotAPerson() {
        String text = "Paul Lind betreute die Studie. In diese Richtung geht der Vorschlag britischer "
                + "Forscher: Im Fachblatt fordern sie, dass auf Lebensmitteln ein Hinweis stehen soll.";
        List<Quote> q = run(text, entity(text, "Paul Lind", "PER", "Paul Lind", 1));
        assertThat(q).extracting(Quote::speaker).containsExactly("Forscher");
    }

    @Test
    void pronounSubjectsCarryThePersonOn() {
        String text = "„Die Lage ist ernst“, sagte ein Sprecher der Behörde. Ministerin Eva Kern reiste am Abend an. "
                + "Sie sprach den Helfern ihren Dank aus. „Wir lassen niemanden allein“, betonte sie.";
        List<Quote> q = run(text, entity(text, "Eva Kern", "PER", "Eva Kern", 2));
        assertThat(q).extracting(Quote::speaker).containsExactly("Sprecher der Behörde", "Eva Kern");
    }

    @Test
    void bracketAfterTheSubjectKeepsThePersonForThePronoun() {
        String text = "Ein Sprecher der Behörde erklärte, die Mengen seien „außergewöhnlich“. Minister Karl Brandt (ÖVP) "
                + "reiste an. Er sprach den Angehörigen sein Beileid aus. „Der Bund hilft“, betonte er.";
        List<Quote> q = run(text, entity(text, "Karl Brandt", "PER", "Karl Brandt", 2), entity(text, "ÖVP", "ORG", "ÖVP", 2));
        assertThat(q).last().extracting(Quote::speaker).isEqualTo("Karl Brandt");
    }

    @Test
    void konjunktivSentenceAfterAQuoteContinuesTheReportedSpeech() {
        String text = "Der Gewerkschaftschef sprach von einem „historischen Erfolg“. Die Lokführer hätten gezeigt, "
                + "dass sich Streiks lohnten. Die Bahn legte am Abend nach.";
        assertThat(render(run(text))).isEqualTo("partial|historischen Erfolg|Gewerkschaftschef|sprach ;; "
                + "indirect|Die Lokführer hätten gezeigt, dass sich Streiks lohnten|Gewerkschaftschef|-");
        assertThat(run("Er kam an. Die Lage sei ernst.")).isEmpty();
        String pronoun = "Der Vorsitzende Karl Brandt hält Einsparungen für nötig. Er rechne damit, dass die Regierung "
                + "nachbessere. Er wurde 1951 geboren.";
        assertThat(run(pronoun, entity(pronoun, "Karl Brandt", "PER", "Karl Brandt", 1))).extracting(Quote::text,
                Quote::speaker).containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Er rechne damit, dass die Regierung nachbessere", "Karl Brandt"));
        assertThat(run("„Wir bleiben“, sagte die Ministerin. Wäre das anders, würde sie gehen.")).hasSize(1);
    }

    @Test
    void konjunktivSentenceAfterASpeechActWithoutReportContinuesIt() {
        String text = "Minister Karl Brandt wies den Vorwurf der Opposition zurück. Die Programme seien lediglich "
                + "gestreckt.";
        assertThat(render(run(text, entity(text, "Karl Brandt", "PER", "Karl Brandt", 1))))
                .isEqualTo("indirect|Die Programme seien lediglich gestreckt|Karl Brandt|-");
    }

    @Test
    void konjunktivSentenceAfterAReactionOfABracketedPersonContinuesIt() {
        String text = "„Das war zäh“, sagte Verhandlungsführerin Karin Olt. Minister Klaus Derend (SPD) zeigte sich "
                + "erleichtert. Der Bund müsse nun sparen.";
        assertThat(render(run(text, entity(text, "Karin Olt", "PER", "Karin Olt", 1),
                entity(text, "Klaus Derend", "PER", "Klaus Derend", 2))))
                .isEqualTo("direct|Das war zäh|Karin Olt|sagte ;; indirect|Der Bund müsse nun sparen|Klaus Derend|-");
    }

    @Test
    void nounWithANameInThePrefieldIsTheSubjectNotAFrontedObject() {
        String text = "Der Verleger Thomas Elm nannte die Autorin eine „unbestechliche Chronistin“.";
        assertThat(render(run(text, entity(text, "Thomas Elm", "PER", "Thomas Elm", 1))))
                .isEqualTo("partial|unbestechliche Chronistin|Thomas Elm|nannte");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Bleibt zu hoffen, dass der Hersteller die Fehler bald behebt.",
            "Google hat reagiert, wie es zu erwarten war: mit dem Angebot, die Seiten zu löschen.",
            "Es ist eine reine Fiktion zu sagen, die Beamten wären sonst vor Ort gewesen.",
            "Zu fragen sei, ob diese Form der Jagd noch zeitgemäß ist.",
            "Es gibt Grund zu hoffen, dass die Lage sich bessert.",
            "Die Häuser, so genannt, weil eine Kugel durch alle Zimmer fliegen könnte, wurden vererbt.",
            "Haben Sie damals daran geglaubt, Ministerin zu werden?",
            "STANDARD: Sollte die Regierung nicht davon ausgehen, dass die Kosten steigen?",
            "Was heißt es, wenn ein Bewerber angibt, die Matura gemacht zu haben?"})
    void impersonalZuInfinitivesSoGenanntAndQuestionsReportNothing(String text) {
        assertThat(run(text)).isEmpty();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Die Ministerin wird nicht müde zu betonen, dass die Reform nötig sei.|indirect|die Reform nötig sei
            Der Minister trat vor die Presse, um zu verkünden, dass die Grenze schließe.|indirect|die Grenze schließe
            Der SPD war es wichtig zu betonen, dass der Wohnraum bezahlbar bleiben müsse.|indirect|der Wohnraum bezahlbar bleiben müsse
            Die SPÖ fragt, ob der Landesrat die Regierung stützen werde?|indirect|der Landesrat die Regierung stützen werde
            """)
    void aSpeakersOwnZuInfinitiveStillReports(String text, String kind, String quote) {
        assertThat(run(text)).extracting(Quote::kind, Quote::text).containsExactly(org.assertj.core.groups.Tuple.tuple(kind, quote));
    }

    @Test
    void statementBeforeDasTeilteXMitIsReportedSpeech() {
        assertThat(render(run("Der Trainer verlässt den Verein zum Saisonende. Das teilte der Klub am Montag mit.")))
                .isEqualTo("indirect|Der Trainer verlässt den Verein zum Saisonende|Klub|teilte mit");
        assertThat(run("Wie lange bleibt der Trainer? Das sagte der Klub nicht.")).isEmpty();
        assertThat(render(run("„Ich gehe“, sagte der Trainer. Das sagte er am Montag.")))
                .isEqualTo("direct|Ich gehe|Trainer|sagte");
    }

    @Test
    void pronounTakesTheRoleSubjectOfThePreviousSentence() {
        String text = "„Das Urteil ist gerecht“, sagte der Richter. Der Angeklagte hatte zuvor gestanden. "
                + "„Ich wollte niemandem schaden“, sagte er damals.";
        assertThat(run(text)).extracting(Quote::speaker).containsExactly("Richter", "Angeklagte");
        String other = "„Das Urteil ist gerecht“, sagte der Richter. Die Angeklagte hatte zuvor gestanden. "
                + "„Ich bleibe dabei“, sagte er.";
        assertThat(run(other)).extracting(Quote::speaker).containsExactly("Richter", "Richter");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"der Belgier", "die SPD-Politikerin", "der 45-Jährige",
            "der CDU-Vorsitzende", "der Slalomspezialist", "die Tirolerin", "der erfahrene 45-Jährige",
            "der Wissenschafter", "die Juristin", "der Botaniker", "die Virologin"})
    void definiteEpithetRefersToThePersonJustNamed(String epithet) {
        String text = "Trainer Paul Lind räumte die Niederlage ein. „Wir waren heute schlechter“, sagte " + epithet + ".";
        List<Quote> q = run(text, entity(text, "Paul Lind", "PER", "Paul Lind", 1));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo("Paul Lind");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Innenministerin Anna Berger besuchte das Lager.|die Ministerin|Anna Berger
            Innenministerin Dr. Anna Berger besuchte das Lager.|die Ministerin|Anna Berger
            Man dankte dem Präsidenten Anna Berger.|der Präsident|Anna Berger
            Man dankte dem Vorsitzenden Anna Berger.|der Vorsitzende|Anna Berger
            Das Amt wurde von den Ermittlern Anna Berger zugeordnet.|der Ermittler|Ermittler
            Anna Berger besuchte das Lager.|die Ministerin|Ministerin
            Innenministerin Eva Lind traf Innenministerin Anna Berger.|die Ministerin|Anna Berger
            Man sah Anna Berger, die neue Innenministerin, im Lager.|die Ministerin|Anna Berger
            Man sah Anna Berger, Anwältin der Reederei, im Lager.|der Anwalt|Anwalt
            Die Anwältin Anna Bergers bestritt das.|die Anwältin|Anwältin
            Der deutsche Innenminister Anna Berger besuchte das Lager.|der deutsche Innenminister|Anna Berger
            Der venezolanische Präsident Anna Berger besuchte das Lager.|der brasilianische Präsident|brasilianische Präsident
            Der frühere Präsident Anna Berger besuchte das Lager.|der frühere Präsident|frühere Präsident
            Staatsanwalt Anna Berger besuchte das Lager.|die Staatsanwälte|Staatsanwälte
            """)
    void bareRoleNamesThePersonLastIntroducedWithThatTitle(String before, String role, String speaker) {
        String text = before + " „Wir helfen“, sagte " + role + ".";
        String surface = text.contains("Anna Bergers") ? "Anna Bergers" : "Anna Berger";
        List<Entity> ents = new java.util.ArrayList<>(List.of(entity(text, surface, "PER", "Anna Berger", 1)));
        if (text.contains("Eva Lind")) {
            ents.add(entity(text, "Eva Lind", "PER", "Eva Lind", 1));
        }
        List<Quote> q = run(text, ents.toArray(Entity[]::new));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo(speaker);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            # a headline's role names the person the lead introduces with that title, hyphens aside
            Kammerpräsident: „Werde bleiben“. Wien – Kammer-Präsident Anna Berger hat dementiert.|Anna Berger
            Der Gouverneur warnt: „Es wird teuer“. Alpbach – Gouverneur und Bankrat Anna Berger warnt.|Anna Berger
            # another title in the lead is someone else; a role after the headline points back only
            Kammerpräsident: „Werde bleiben“. Wien – Ministerin Anna Berger hat dementiert.|Kammerpräsident
            Anna Lind reiste ab. „Wir bleiben“, sagte der Präsident. Präsident Anna Berger kam.|Präsident
            """)
    void headlineRoleNamesThePersonTheLeadIntroducesWithThatTitle(String text, String speaker) {
        List<Quote> q = run(text, entity(text, "Anna Berger", "PER", "Anna Berger", 2));
        assertThat(q).first().extracting(Quote::speaker).isEqualTo(speaker);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            # a role in the dative or genitive after an attribution cue
            Staatsanwalt Anna Berger ermittelt. Dem Staatsanwalt zufolge sei der Mann geflohen.|Anna Berger
            Generaldirektor Anna Berger zog Bilanz. Das Auto bleibt laut dem Generaldirektor wichtig.|Anna Berger
            Minister Anna Berger reiste ab. Nach Angaben des Ministers sei alles geklärt.|Anna Berger
            # an extended attribute with two adjectives before the role and name
            Laut dem für Terrorismus zuständigen französischen Staatsanwalt Anna Berger habe es drei Teams gegeben.|Anna Berger
            # a plural is no one person: "die Forscher" after "Forscher Anna Berger"
            Forscher Anna Berger stellte die Studie vor. Das sei neu, sagten die Forscher.|Forscher
            """)
    void roleInAnyCaseNamesItsIntroducedHolder(String text, String speaker) {
        List<Quote> q = run(text, entity(text, "Anna Berger", "PER", "Anna Berger", 1));
        assertThat(q).last().extracting(Quote::speaker).isEqualTo(speaker);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Der Autobauer Volkswagen streicht Stellen.|Volkswagen|das Unternehmen|Volkswagen
            Der Autobauer Volkswagen streicht Stellen.|Volkswagen|der Konzern|Volkswagen
            Der Verein Hertha BSC entließ den Trainer.|Hertha BSC|der Klub|Hertha BSC
            Das Bundesministerium für Gesundheit warnte.|Bundesministerium für Gesundheit|das Ministerium|Bundesministerium für Gesundheit
            Der Onlinehändler Amazon schweigt.|Amazon|der Autobauer|Autobauer
            Die Gewerkschaft IG Metall streikt.|IG Metall|das Gericht|Gericht
            """)
    void bareOrganisationNounNamesTheOrganisationIntroducedWithIt(String before, String org, String noun, String speaker) {
        String text = before + " „Wir bleiben dabei“, sagte " + noun + ".";
        List<Quote> q = run(text, entity(text, org, "ORG", org, 1));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo(speaker);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Das Verkehrsministerium prüft den Plan. Das sei nicht machbar, hieß es aus dem Ministerium.|Verkehrsministerium
            Der Autobauer Volkswagen prüft den Plan. Das sei nicht machbar, hieß es seitens des Konzerns.|Volkswagen
            Ebay wächst. Ebay wirbt. Das sei ein Erfolg, teilte das Unternehmen mit.|Ebay
            Ebay wächst. Amazon wirbt. Das sei ein Erfolg, teilte das Unternehmen mit.|Unternehmen
            """)
    void organisationNounInAnyCaseAndTheCompanyTheTextIsAbout(String text, String speaker) {
        List<Entity> ents = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Verkehrsministerium|Volkswagen|Ebay|Amazon").matcher(text);
        while (m.find()) {
            ents.add(new Entity("t", 1, m.group(), "ORG", m.group(), m.start(), m.end(), "test", 1.0));
        }
        List<Quote> q = run(text, ents.toArray(Entity[]::new));
        assertThat(q).singleElement().extracting(Quote::speaker).isEqualTo(speaker);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Über den Prozess muss das Landgericht Bonn entscheiden. Das dauere Wochen, sagte eine Sprecherin.|Sprecherin von Landgericht Bonn
            Ebay streitet mit Amazon. Das dauere Wochen, sagte eine Sprecherin.|Sprecherin
            Die Firma Ebay wächst. Das dauere Wochen, sagte ein Sprecher gegenüber Amazon.|Sprecher von Ebay
            Amazon wächst. Das dauere Wochen, sagte ein Sprecher einer Initiative.|Sprecher
            Die EU-Kommission prüft den Plan. Das dauere Wochen, sagte eine Sprecherin.|Sprecherin von EU-Kommission
            Die Palästinensische Autonomiebehörde prüft den Plan. Das dauere Wochen, sagte ein Sprecher.|Sprecher
            Karl Brandt übergab die Akten an das Landgericht Bonn. Das dauere Wochen, sagte ein Sprecher.|Sprecher
            """)
    void bareSpokespersonSpeaksForTheOneOrganisationJustNamed(String text, String speaker) {
        List<Entity> ents = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Landgericht Bonn|Ebay|Amazon|Karl Brandt").matcher(text);
        while (m.find()) {
            ents.add(new Entity("t", 1, m.group(), m.group().equals("Karl Brandt") ? "PER" : "ORG", m.group(),
                    m.start(), m.end(), "test", 1.0));
        }
        List<Quote> q = run(text, ents.toArray(Entity[]::new));
        assertThat(q).filteredOn(x -> x.text().startsWith("Das dauere")).singleElement().extracting(Quote::speaker)
                .isEqualTo(speaker);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Das sei ernst, sagte ein Sprecher der Feuerwehr. Es gab Verletzte. Niemand sei in Gefahr, sagte der Sprecher.|Sprecher der Feuerwehr
            Das sei ernst, sagte eine Sprecherin der Feuerwehr. Es gab Verletzte. Niemand sei in Gefahr, sagte der Sprecher.|Sprecher
            Das sei ernst, sagte ein Polizeisprecher. Es gab Verletzte. Niemand sei in Gefahr, sagte der Sprecher.|Polizeisprecher
            """)
    void definiteSpokespersonIsTheOneNamedBefore(String text, String speaker) {
        List<Quote> q = run(text);
        assertThat(q).filteredOn(x -> x.text().startsWith("Niemand")).singleElement().extracting(Quote::speaker)
                .isEqualTo(speaker);
    }

    @Test
    void pluralPronounIsNotOnePerson() {
        String text = "Karl Brandt tritt zurück. Die Gegner protestieren. Sie bezeichneten die Einigung als einen „beschämenden Deal“, der dem Land schade.";
        List<Quote> q = run(text, entity(text, "Karl Brandt", "PER", "Karl Brandt", 1));
        assertThat(q).singleElement().extracting(Quote::speaker).isNotEqualTo("Karl Brandt");
    }

    /** Without entities: the only quote's speaker ("-" for none). */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            # a source noun without complement names the source of reported speech
            Nach Polizeiangaben wurden drei Menschen verletzt.|Polizeiangaben
            Nach offiziellen Angaben seien drei Menschen verletzt worden.|offiziellen Angaben
            Nach Schätzungen französischer Behörden wurden drei Menschen verletzt.|französischer Behörden
            Nach Angaben wurden drei Menschen verletzt.|-
            # a possessive or indefinite genitive after the source noun names the source
            Laut Angaben ihrer Anwältin sei die Frau unschuldig.|Anwältin
            Nach Angaben ihrer Anwältin wurde die Frau entlassen.|Anwältin
            Den Angaben seines Sprechers zufolge wird das Verfahren eingestellt.|Sprecher
            Informationen einer Zeitung zufolge tritt der Trainer zurück.|Zeitung
            Nach Angaben der Hilfsorganisation Ärzte ohne Grenzen sind 300 Menschen gestorben.|Hilfsorganisation Ärzte ohne Grenzen
            # a time with a colon opens no clause: the subject follows the verb
            Um 15:36 Uhr meldete dann die Nachrichtenagentur, der Streik sei beendet.|Nachrichtenagentur
            # without article, the source noun itself is the (unnamed) source
            Berichten zufolge wurde der Trainer entlassen.|Berichten
            # a sentence adverb in first position is no subject; the subject follows the verb
            Weiters verweisen Verfassungsrechtler darauf, dass der Bund wenig ausrichten könne.|Verfassungsrechtler
            Sinngemäß sagte der Trainer, dass die Mannschaft müde sei.|Trainer
            Überdies erklärte der Bürgermeister, dass die Straße gesperrt bleibe.|Bürgermeister
            Mittlerweile betont die Ministerin, dass sie den Plan unterstütze.|Ministerin
            Tatsächlich sagte der Trainer, die Mannschaft sei müde.|Trainer
            """)
    void speakerOfTheOnlyQuote(String text, String speaker) {
        assertThat(run(text)).singleElement().extracting(q -> dash(q.speaker())).isEqualTo(speaker);
    }

    /**
     * A source noun with a possessive and no complement points back like a pronoun ("Seinen Angaben zufolge");
     * with an article it names itself ("Den Angaben zufolge"); the attribution phrase is never part of the quote.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Die Polizei nahm den Mann fest. Den Angaben zufolge hatte er zuvor randaliert.|hatte er zuvor randaliert|Angaben
            Der Anwalt erschien am Montag. Seinen Angaben zufolge wird das Verfahren eingestellt.|wird das Verfahren eingestellt|Anwalt
            Die Ministerin reiste ab. Laut ihren Worten sei die Lage ernst.|sei die Lage ernst|Ministerin
            Laut eigenen Angaben hat die Firma 300 Mitarbeiter.|hat die Firma 300 Mitarbeiter|-
            Die Forscher warnen. Dem Bericht zufolge stieg der Pegel um zwei Meter.|stieg der Pegel um zwei Meter|Bericht
            Die Forscherin reiste ab. Ihrer Darstellung zufolge stieg der Pegel.|stieg der Pegel|Forscherin
            """)
    void anaphoricSourceNoun(String text, String quote, String speaker) {
        List<Quote> q = run(text);
        assertThat(q).isNotEmpty();
        Quote last = q.get(q.size() - 1);
        assertThat(last.text() + "|" + dash(last.speaker())).isEqualTo(quote + "|" + speaker);
    }

    /** "eigenen Angaben" names nobody but the clause's subject: never a speaker of its own. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Das Unternehmen genießt laut eigenen Angaben hohes Vertrauen.",
            "Nach eigenen Angaben wurden drei Menschen verletzt.",
            "Der Verein hat nach seinen Angaben rund 300 Mitglieder verloren."})
    void ownStatementsAreNoSpeaker(String text) {
        assertThat(run(text)).allSatisfy(q -> assertThat(dash(q.speaker())).doesNotContain("Angaben"));
    }

    /** Regular Konjunktiv I forms in second place after the cue's comma mark reported speech. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Regierungssprecher Hans Vogt erklärte, Bern prüfe den Vorschlag.|Bern prüfe den Vorschlag",
            "Der Minister sagte, man plane keine Steuererhöhung.|man plane keine Steuererhöhung",
            "Die Sprecherin betonte, die Regierung erwarte eine rasche Einigung.|die Regierung erwarte eine rasche Einigung",
            "Er sagte, Berlin große Pläne.|-"})
    void regularKonjunktivIAfterTheCue(String text, String quote) {
        assertThat(run(text).stream().map(Quote::text).findFirst().orElse("-")).isEqualTo(quote);
    }

    @Test
    void clauseBeforeHiessEsIsReportedSpeech() {
        assertThat(render(run("Im Frühjahr sollen Verhandlungen beginnen, hieß es aus Diplomatenkreisen.")))
                .isEqualTo("indirect|Im Frühjahr sollen Verhandlungen beginnen|Diplomatenkreisen|hieß es");
        assertThat(render(run("„Wir kommen“, hieß es.")))
                .doesNotContain("indirect");
    }

    @Test
    void nameAndColonAfterADashSpeaks() {
        assertThat(render(run("Athen – Tsipras: „Das Referendum wird stattfinden.“")))
                .isEqualTo("direct|Das Referendum wird stattfinden.|Tsipras|-");
    }

    /** An institution's name goes on with "für …" (and an acronym in brackets); the quote starts after it. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Laut Zentralanstalt für Meteorologie und Geodynamik (ZAMG) fielen 180 Liter Regen.|Zentralanstalt für Meteorologie und Geodynamik (ZAMG)|fielen 180 Liter Regen",
            "Laut dem Institut für Schnee- und Lawinenforschung (SLF) wurden 19 Lawinentote gezählt.|Institut für Schnee- und Lawinenforschung (SLF)|wurden 19 Lawinentote gezählt",
            "Das Institut für Wirtschaftsforschung teilte mit, die Preise seien gestiegen.|Institut für Wirtschaftsforschung|die Preise seien gestiegen",
            // h-indirect13: the prefield "Laut Polizei für den Bezirk" is one phrase (verb second); the report
            // starts at the finite verb
            "Laut Polizei für den Bezirk seien drei Menschen verletzt worden.|Polizei|seien drei Menschen verletzt worden"})
    void institutionNamesGoOnWithFuer(String text, String speaker, String quote) {
        assertThat(run(text)).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo(speaker);
            assertThat(q.text()).isEqualTo(quote);
        });
    }

    @Test
    void ownStatementIsTheSubjects() {
        assertThat(run("Das Unternehmen genießt laut eigenen Angaben hohes Vertrauen."))
                .singleElement().extracting(Quote::speaker).isEqualTo("Unternehmen");
        assertThat(run("Auch die Nachbarn sagten Hilfe zu; Bern stellt nach eigenen Angaben 85 Millionen bereit."))
                .last().extracting(Quote::speaker).isEqualTo("Bern");
    }

    @Test
    void entityNearestCueWhenNoPhrase() {
        String text = "Nach dem Treffen mit Macron: „Wir sind uns einig“, hieß es aus dem Umfeld.";
        List<Quote> q = run(text, entity(text, "Macron", "PER", "Emmanuel Macron", 1));
        assertThat(q).singleElement().extracting(Quote::text).isEqualTo("Wir sind uns einig");
    }

    @Test
    void extractWithoutEntitiesEqualsInterfaceMethod() {
        String text = "„Wir kommen“, sagte er. Laut Polizei gab es keine Verletzten.";
        DocumentContext doc = new DocumentContext("t", text, SimpleSentenceSplitter.split("t", text), null);
        assertThat(EXTRACTOR.extract(doc)).isEqualTo(EXTRACTOR.extract(doc, List.of()));
    }

    @Test
    void emptyAndMissingInput() {
        assertThat(EXTRACTOR.extract(new DocumentContext("t", "", List.of(), null))).isEmpty();
        assertThat(EXTRACTOR.extract(new DocumentContext("t", null, List.of(), null))).isEmpty();
        assertThat(EXTRACTOR.extract(new DocumentContext("t", "„“ „ “ \" \" »«", List.of(), null))).isEmpty();
    }

    @Test
    void worksWithoutSentences() {
        List<Quote> q = EXTRACTOR.extract(new DocumentContext("t", "„Wir kommen“, sagte er.", List.of(), null));
        assertThat(q).singleElement().extracting(Quote::sentenceNo).isEqualTo(1);
    }

    @Test
    void randomStringsNeverThrowAndKeepOffsets() {
        Random random = new Random(42);
        String alphabet = "abcdefgh ABCDEFG äöüß.,:;!?-–()„“”\"»«‚‘’\n sagte erklärte laut zufolge dass sei Er Die ";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(300);
            for (int i = 0; i < len; i++) {
                if (random.nextInt(6) == 0) {
                    String[] words = {" sagte ", " so ", " laut ", " Nach Angaben der ", " zufolge ", ", dass ",
                            " sei ", "„", "“", " Er ", " der Minister ", ": "};
                    sb.append(words[random.nextInt(words.length)]);
                } else {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String text = sb.toString();
            List<Quote> quotes = run(text);
            for (Quote q : quotes) {
                assertThat(text.substring(q.charStart(), q.charEnd())).isEqualTo(q.text());
                assertThat(q.text()).isNotBlank();
                assertThat(q.kind()).isIn("direct", "partial", "indirect");
            }
        }
    }

    @Test
    void offsetsHoldOnLongerDocument() {
        String text = """
                Krieg in der Ukraine
                Der Präsident sagte am Montag: „Wir werden die Region halten.“ Die Angriffe gingen weiter.
                Laut Armee wurden zwölf Drohnen abgeschossen. Ein Sprecher erklärte, die Lage sei stabil.
                „Es gibt keinen Grund zur Panik“, so der Gouverneur. Die Truppen sollen „entmilitarisiert“ werden.
                """;
        List<Quote> quotes = run(text);
        assertThat(quotes).hasSize(4);
        for (Quote q : quotes) {
            assertThat(text.substring(q.charStart(), q.charEnd())).isEqualTo(q.text());
            assertThat(q.sentenceNo()).isPositive();
        }
    }
}
