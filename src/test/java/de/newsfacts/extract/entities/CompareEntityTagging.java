package de.newsfacts.extract.entities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.ExtractorCorpora;
import de.newsfacts.extract.Entity;
import de.newsfacts.structure.Sentence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Guards speed work on the tagger: writes every published entity (document, sentence, span, label, canonical name,
 * confidence) for the GermEval 2014 test sentences and the 10kGNAD test articles to a reference file, or, when the
 * file exists, compares against it: all fields must be equal and confidences within 1e-6. Run it once on the old
 * code to write the reference, then on the new code.
 *
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=de.newsfacts.extract.entities.CompareEntityTagging \
 *   -Dexec.args="../shared/corpora /tmp/entities-reference.tsv"</pre>
 */
public final class CompareEntityTagging {

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        Path reference = Path.of(args.length > 1 ? args[1] : "entities-reference.tsv");
        List<DocumentContext> docs = new ArrayList<>();
        List<GermEvalCorpus.Sentence> germEval = GermEvalCorpus.read(corpora.resolve("germeval2014/NER-de-test.tsv"));
        for (int i = 0; i < germEval.size(); i++) {
            String text = germEval.get(i).text();
            String id = "germeval-test-" + (i + 1);
            docs.add(new DocumentContext(id, text, List.of(new Sentence(id, 1, 1, text, 0, text.length())), null));
        }
        docs.addAll(ExtractorCorpora.gnadTest(corpora));
        EntityExtractor extractor = EntityExtractor.fromClasspath();
        List<String> lines = new ArrayList<>();
        for (DocumentContext d : docs) {
            for (Entity e : extractor.extract(d)) {
                lines.add(String.join("\t", e.docId(), String.valueOf(e.sentenceNo()), String.valueOf(e.charStart()),
                        String.valueOf(e.charEnd()), e.label(), e.text(), e.canonical(), String.valueOf(e.confidence())));
            }
        }
        if (!Files.exists(reference)) {
            Files.write(reference, lines, StandardCharsets.UTF_8);
            System.out.printf("wrote %d entities of %d documents to %s%n", lines.size(), docs.size(), reference);
            return;
        }
        List<String> expected = Files.readAllLines(reference, StandardCharsets.UTF_8);
        int differences = 0;
        double maxDelta = 0;
        for (int i = 0; i < Math.max(expected.size(), lines.size()); i++) {
            String want = i < expected.size() ? expected.get(i) : "<none>";
            String got = i < lines.size() ? lines.get(i) : "<none>";
            String wantKey = want.substring(0, Math.max(0, want.lastIndexOf('\t')));
            String gotKey = got.substring(0, Math.max(0, got.lastIndexOf('\t')));
            boolean same = wantKey.equals(gotKey);
            if (same) {
                double delta = Math.abs(Double.parseDouble(want.substring(want.lastIndexOf('\t') + 1))
                        - Double.parseDouble(got.substring(got.lastIndexOf('\t') + 1)));
                maxDelta = Math.max(maxDelta, delta);
                same = delta <= 1e-6;
            }
            if (!same && differences++ < 20) System.out.printf("line %d%n  want %s%n  got  %s%n", i + 1, want, got);
        }
        System.out.printf("%d documents, %d entities (reference %d): %d differences, max confidence delta %.3g -> %s%n",
                docs.size(), lines.size(), expected.size(), differences, maxDelta, differences == 0 ? "IDENTICAL" : "DIFFERENT");
        if (differences > 0) System.exit(1);
    }
}
