package de.newsfacts.extract.quantities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Quantity;
import de.newsfacts.structure.Sentence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Single-thread throughput of {@link QuantityExtractor} on the 10kGNAD test split (evaluation use only).
 * <pre>
 *   mvn -B -o -q test-compile exec:java -Dexec.mainClass=de.newsfacts.extract.quantities.QuantityBenchmark \
 *       [-Dexec.args="../shared/corpora/10kgnad/test.csv [dump]"]
 * </pre>
 * Sentences are cut with a naive regex (the structure stage is not needed for a speed figure). With "dump"
 * it prints every record instead, for eyeballing.
 */
public final class QuantityBenchmark {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}„\"0-9])");

    private QuantityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args.length > 0 ? args[0] : "../shared/corpora/10kgnad/test.csv");
        if (!Files.exists(csv)) {
            System.out.println("SKIP: corpus not found at " + csv.toAbsolutePath());
            return;
        }
        List<DocumentContext> docs = readDocuments(csv);
        long chars = 0;
        long bytes = 0;
        for (DocumentContext d : docs) {
            chars += d.text().length();
            bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
        }
        QuantityExtractor extractor = new QuantityExtractor();
        if (args.length > 1 && args[1].equals("dump")) {
            for (DocumentContext d : docs) {
                for (Quantity q : extractor.extract(d)) {
                    String sentence = d.sentences().get(q.sentenceNo() - 1).text();
                    System.out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t| %s%n", q.docId(), q.text(), q.value(),
                            q.qualifier(), q.unit(), q.counted(), q.category(), sentence);
                }
            }
            return;
        }
        long records = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (DocumentContext d : docs) {
                records += extractor.extract(d).size();
            }
        }
        int rounds = 5;
        records = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (DocumentContext d : docs) {
                records += extractor.extract(d).size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("documents=%d chars=%d utf8_bytes=%d records_per_pass=%d%n", docs.size(), chars, bytes,
                records / rounds);
        System.out.printf("throughput: %.1f MB/s (UTF-8) single thread, %.2f s per pass%n",
                bytes * rounds / seconds / 1e6, seconds / rounds);
    }

    static List<DocumentContext> readDocuments(Path csv) throws IOException {
        List<DocumentContext> docs = new ArrayList<>();
        int row = 0;
        for (String text : de.newsfacts.testing.GnadArticles.read(csv)) {
            String id = "gnad-" + (++row);
            List<Sentence> sentences = new ArrayList<>();
            Matcher m = SENTENCE_END.matcher(text);
            int start = 0;
            while (m.find()) {
                sentences.add(new Sentence(id, sentences.size() + 1, 1, text.substring(start, m.start()), start,
                        m.start()));
                start = m.end();
            }
            if (start < text.length()) {
                sentences.add(new Sentence(id, sentences.size() + 1, 1, text.substring(start), start, text.length()));
            }
            docs.add(new DocumentContext(id, text, sentences, null));
        }
        return docs;
    }
}
