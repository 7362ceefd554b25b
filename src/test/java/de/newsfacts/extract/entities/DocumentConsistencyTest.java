package de.newsfacts.extract.entities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.structure.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DocumentConsistency} on tagger output written inline: {@code {PER95 Anna Berg}} is a PER mention with
 * confidence 0.95; sentences are separated by {@code " || "}. Expected output: the mentions after the pass as
 * {@code LABEL:text} in document order, joined by {@code " | "}. Names are invented.
 */
class DocumentConsistencyTest {

    /** The parsed input: document text, sentences, and the tagger's mentions as the extractor holds them. */
    private record Input(String text, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
    }

    private static Input parse(String markup) {
        StringBuilder doc = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<int[]> raw = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        String[] parts = markup.split(" \\|\\| ");
        for (int s = 0; s < parts.length; s++) {
            if (s > 0) doc.append(' ');
            int base = doc.length();
            String p = parts[s];
            for (int i = 0; i < p.length(); ) {
                char c = p.charAt(i);
                if (c != '{') {
                    doc.append(c);
                    i++;
                    continue;
                }
                int space = p.indexOf(' ', i);
                int close = p.indexOf('}', i);
                String head = p.substring(i + 1, space);
                String label = head.replaceAll("\\d", "");
                double confidence = Integer.parseInt(head.replaceAll("\\D", "")) / 100.0;
                int start = doc.length();
                doc.append(p, space + 1, close);
                raw.add(new int[]{s, start, doc.length()});
                mentions.add(new EntityExtractor.Mention(start - base, doc.length() - base, label, confidence));
                i = close + 1;
            }
            sentences.add(new Sentence("d", s + 1, 1, doc.substring(base), base, doc.length()));
        }
        return new Input(doc.toString(), sentences, raw, mentions);
    }

    /** A document-level pass over the extractor's parallel mention lists. */
    interface Pass {
        void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions,
                   Tokenizer tokenizer);
    }

    private static String run(String markup) {
        return run(markup, DocumentConsistency::apply);
    }

    /** Runs {@code pass} on the markup's mentions, checks the lists' invariants and renders the result. */
    static String run(String markup, Pass pass) {
        Input in = parse(markup);
        List<int[]> raw = new ArrayList<>(in.raw());
        List<EntityExtractor.Mention> mentions = new ArrayList<>(in.mentions());
        pass.apply(in.text(), in.sentences(), raw, mentions, Tokenizer.german());
        assertThat(raw).hasSameSizeAs(mentions);
        List<String> out = new ArrayList<>();
        int previousEnd = -1;
        for (int k = 0; k < raw.size(); k++) {
            int[] r = raw.get(k);
            EntityExtractor.Mention m = mentions.get(k);
            Sentence sentence = in.sentences().get(r[0]);
            assertThat(r[1]).as("document order, no overlap").isGreaterThanOrEqualTo(previousEnd);
            assertThat(r[1] - sentence.charStart()).isEqualTo(m.start());
            assertThat(r[2] - sentence.charStart()).isEqualTo(m.end());
            assertThat(r[2]).isLessThanOrEqualTo(sentence.charEnd());
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            previousEnd = r[2];
            out.add(m.label() + ":" + in.text().substring(r[1], r[2]));
        }
        return String.join(" | ", out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            {PER95 Anna Berg} kam nach Hause. || Am Abend sprach Berg vor Gästen.; PER:Anna Berg | PER:Berg
            {PER95 Anna Berg} kam nach Hause. || {LOC50 Berg} sprach vor Gästen.; PER:Anna Berg | PER:Berg
            {PER95 Anna Berg} kam nach Hause. || {LOC85 Berg} sprach vor Gästen.; PER:Anna Berg | LOC:Berg
            {PER80 Anna Berg} kam nach Hause. || Am Abend sprach Berg vor Gästen.; PER:Anna Berg
            {PER95 Anna Berger} kam. || Die Berger Gruppe wächst.; PER:Anna Berger
            {PER95 Roland Koch} regiert. || Der Koch kocht. || Dann kam einen Koch.; PER:Roland Koch
            {PER95 Roland Koch} regiert. || Später sagte Koch nichts.; PER:Roland Koch | PER:Koch
            {PER95 Bergmann} sprach. || Dann kam Bergmann.; PER:Bergmann
            {ORG95 Öbib} prüft. || Dann sagte die Öbib nichts.; ORG:Öbib | ORG:Öbib
            {ORG95 Bundesheer} hilft. || Der Einsatz des Bundesheeres endet.; ORG:Bundesheer | ORG:Bundesheeres
            {ORG95 Tablet} kommt. || Die Tablets sind teuer.; ORG:Tablet
            {ORG95 TV} sendet. || Dann endet Servus TV bald.; ORG:TV
            {PER95 Anna Berg} kam. || {LOC95 Berg} liegt hoch. || Dann kam Berg.; PER:Anna Berg | LOC:Berg
            {PER95 Marine Le Pen} spricht. || Dann lachte Le Pen laut.; PER:Marine Le Pen | PER:Le Pen
            {PER95 Anna Berg} kam. || Die Fans Bergs jubelten.; PER:Anna Berg | PER:Bergs
            {PER95 Hilda Moralez} kam. || Die Fans Moralezs jubelten.; PER:Hilda Moralez
            {PER95 Anna Krämers} kam. || Die Fans Krämerss jubelten.; PER:Anna Krämers
            {ORG95 Nordwerk Bank} zahlt. || Die Nordwerk Bank zahlt nicht.; ORG:Nordwerk Bank | ORG:Nordwerk Bank
            {MISC95 iFone} kommt. || Das iFone ist neu.; MISC:iFone
            {LOC95 Leiningen} grenzt an Leiningen.; LOC:Leiningen | LOC:Leiningen
            {MISC95 Echo} kam. || Dann hallte ein Echo.; MISC:Echo
            {ORG95 Nordwerk} wächst. || Laut Nordwerk-Chef gut. || Die Nordwerkes bleiben.; ORG:Nordwerk | ORG:Nordwerkes
            {ORG95 Nordwerk} wächst. || Laut Nordwerk-Chef gut. || Die Nordwerks bleiben.; ORG:Nordwerk
            {LOC60 Felsbach} und {ORG50 Felsbach} und {LOC95 Felsbach}.; LOC:Felsbach | LOC:Felsbach | LOC:Felsbach
            {PER95 Anna Berg} kam. || Am Abend sprach Anna Berg und Berg lachte.; PER:Anna Berg | PER:Anna Berg | PER:Berg
            Ohne Namen. || Auch hier keiner.; ''
            {PER50 Anna Berg} kam. || Am Abend sprach Berg.; PER:Anna Berg
            {ORG95 Bürgerwehr} marschierte. || Dann gab es eine Bürgerwehr weniger.; ORG:Bürgerwehr
            {ORG95 Bürgerwehr} marschierte. || Dann zog die Bürgerwehr ab.; ORG:Bürgerwehr | ORG:Bürgerwehr
            {LOC95 Felsbach} liegt hoch. || Kein Felsbach ist so schön.; LOC:Felsbach
            Die {ORG95 Nordwerk Versicherungs Gruppe} (NVG) wächst. || Die NVG zahlt.; ORG:Nordwerk Versicherungs Gruppe | ORG:NVG | ORG:NVG
            Die {ORG95 Nordwerk Versicherungs Gruppe} ({PER40 NVG}) wächst.; ORG:Nordwerk Versicherungs Gruppe | ORG:NVG
            {PER95 Josef Nordwerk} (NVP) sprach.; PER:Josef Nordwerk
            Die {ORG95 Nordwerk Gruppe} (Konzern) wächst.; ORG:Nordwerk Gruppe
            Die {ORG95 Nordwerk Gruppe} (XNG) wächst.; ORG:Nordwerk Gruppe
            Die Miliz {ORG60 Freie Nordfront} (FN) droht. || Die FN rückt vor.; ORG:Freie Nordfront | ORG:FN | ORG:FN
            Die {ORG60 Bund Freie Nordfront} (BFNX) droht. || Die BFNX rückt vor.; ORG:Bund Freie Nordfront
            """)
    void appliesTheRules(String markup, String expected) {
        assertThat(run(markup)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void emptyInputsStayEmpty() {
        List<int[]> raw = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        DocumentConsistency.apply("", List.of(), raw, mentions, Tokenizer.german());
        assertThat(raw).isEmpty();
        assertThat(mentions).isEmpty();
    }

    @Test
    void addedMentionsCarryALowerConfidenceThanTheirAnchors() {
        Input in = parse("{PER95 Anna Berg} kam. || Dann sprach Berg.");
        List<int[]> raw = new ArrayList<>(in.raw());
        List<EntityExtractor.Mention> mentions = new ArrayList<>(in.mentions());
        DocumentConsistency.apply(in.text(), in.sentences(), raw, mentions, Tokenizer.german());
        assertThat(mentions).hasSize(2);
        assertThat(raw.get(1)[0]).isEqualTo(1);
        assertThat(mentions.get(1).confidence()).isCloseTo(0.95 * DocumentConsistency.INFERRED_FACTOR,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void extractorKeepsOffsetsAcrossSentencesOnRandomText() {
        Random random = new Random(7);
        String alphabet = "AaBbKkÖöÜü .,-„“()Mm";
        EntityExtractor extractor = EntityExtractor.fromClasspath();
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            List<Sentence> sentences = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int s = 0; s < count; s++) {
                if (s > 0) text.append(' ');
                int start = text.length();
                int len = random.nextInt(40);
                for (int i = 0; i < len; i++) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                sentences.add(new Sentence("r", s + 1, 1, text.substring(start), start, text.length()));
            }
            String doc = text.toString();
            for (Entity e : extractor.extract(new DocumentContext("r", doc, sentences, null))) {
                assertThat(doc.substring(e.charStart(), e.charEnd())).isEqualTo(e.text());
            }
        }
    }

    @Test
    void extractorCarriesAFullNameToItsShortFormLaterInTheDocument() {
        String s1 = "Die Ministerin Annegret Wohlfahrt-Kessler besuchte am Montag das Werk in Leipzig.";
        String s2 = "Wohlfahrt-Kessler sprach danach mit den Beschäftigten.";
        String text = s1 + " " + s2;
        DocumentContext doc = new DocumentContext("d", text, List.of(
                new Sentence("d", 1, 1, s1, 0, s1.length()),
                new Sentence("d", 2, 1, s2, s1.length() + 1, text.length())), null);
        List<Entity> entities = EntityExtractor.fromClasspath().extract(doc);
        List<String> found = new ArrayList<>();
        for (Entity e : entities) {
            assertThat(text.substring(e.charStart(), e.charEnd())).isEqualTo(e.text());
            found.add(e.label() + ":" + e.text() + "@" + e.sentenceNo());
        }
        assertThat(found).contains("PER:Wohlfahrt-Kessler@2");
    }
}
