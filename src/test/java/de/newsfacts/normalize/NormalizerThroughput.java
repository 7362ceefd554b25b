package de.newsfacts.normalize;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-thread throughput of {@link TextNormalizer#standard()} on 10+ MB of German news built from the
 * 10kGNAD test split. Not a unit test (timings on a shared machine are noise for CI); run by hand:
 * <pre>
 * mvn -q -o test-compile
 * java -cp target/classes:target/test-classes:$(cat cp.txt) de.newsfacts.normalize.NormalizerThroughput
 * </pre>
 * (cp.txt from {@code mvn -q -o dependency:build-classpath -Dmdep.outputFile=cp.txt}). Reports MB/s of
 * UTF-8 input for clean text and for a dirty variant (CRLF, entities, NBSP, soft hyphens, mojibake).
 */
public final class NormalizerThroughput {

    private NormalizerThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path csv = SharedData.sharedDir().resolve("corpora/10kgnad/test.csv");
        List<String> articles = SharedData.readTenKGnad(csv);
        List<String> clean = new ArrayList<>();
        List<String> dirty = new ArrayList<>();
        long bytes = 0;
        while (bytes < 10_000_000L) {
            for (String article : articles) {
                String text = toParagraphs(article);
                clean.add(text);
                dirty.add(dirty(text));
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        TextNormalizer normalizer = TextNormalizer.standard();
        report("clean", clean, normalizer);
        report("dirty", dirty, normalizer);
        List<String> normalized = clean.stream().map(normalizer::normalize).toList();
        report("already normalized", normalized, normalizer);
        for (NormalizationStage stage : normalizer.stages()) {
            report("  " + stage.name(), clean, TextNormalizer.of(List.of(stage)));
        }
    }

    private static void report(String label, List<String> docs, TextNormalizer normalizer) {
        long bytes = docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
        long words = docs.stream().mapToLong(d -> d.split("\\s+").length).sum();
        long sink = 0;
        for (int warmup = 0; warmup < 3; warmup++) {
            for (String doc : docs) {
                sink += normalizer.normalize(doc).length();
            }
        }
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            for (String doc : docs) {
                sink += normalizer.normalize(doc).length();
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        System.out.printf("%-20s %6.1f MB in %d docs: best %.3f s = %6.1f MB/s, %,.0f words/s (sink %d)%n",
                label, bytes / 1e6, docs.size(), best, bytes / 1e6 / best, words / best, sink % 10);
    }

    /** 10kGNAD rows are one line; split after sentence ends every few sentences to get paragraphs. */
    private static String toParagraphs(String article) {
        StringBuilder out = new StringBuilder(article.length() + 64);
        int sentences = 0;
        for (int i = 0; i < article.length(); i++) {
            char c = article.charAt(i);
            out.append(c);
            if (c == '.' && i + 1 < article.length() && article.charAt(i + 1) == ' ' && ++sentences % 4 == 0) {
                out.append('\n');
                i++;
            }
        }
        return out.toString();
    }

    private static String dirty(String text) {
        String crlf = text.replace("\n", "\r\n");
        String entities = crlf.replace(" \u2013 ", " &ndash; ").replace("ä", "&auml;").replace("% ", "%&nbsp;");
        String mojibake = entities.replace("ü", "Ã¼").replace("ß", "ÃŸ");
        return mojibake.replace("ungen", "un\u00ADgen") + "  \r\n";
    }
}
