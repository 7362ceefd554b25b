package de.newsfacts.structure;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Throughput check (not a test): structures the 10kGNAD test split repeatedly on one thread and prints MB/s.
 * Run: {@code mvn -q -o test-compile && java -cp target/classes:target/test-classes
 * de.newsfacts.structure.StructureThroughput [rounds]}. Optional arg "dump" prints sentences of 30 articles.
 */
public final class StructureThroughput {

    private StructureThroughput() {
    }

    public static void main(String[] args) throws Exception {
        List<String> articles = GnadCorpusTest.articles();
        DocumentStructurer structurer = new DocumentStructurer();
        if (args.length > 0 && args[0].equals("dump")) {
            for (int i = 0; i < (args.length > 1 ? articles.size() : 30); i++) {
                for (Sentence s : structurer.structure("d" + i, articles.get(i)).sentences()) {
                    System.out.println(i + "\t" + s.text());
                }
            }
            return;
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long bytes = 0;
        long chars = 0;
        for (String a : articles) {
            bytes += a.getBytes(StandardCharsets.UTF_8).length;
            chars += a.length();
        }
        long sink = 0;
        for (int warm = 0; warm < 5; warm++) {
            for (String a : articles) {
                sink += structurer.structure("w", a).sentences().size();
            }
        }
        SentenceSplitter splitter = new SentenceSplitter();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String a : articles) {
                sink += structurer.structure("t", a).sentences().size();
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String a : articles) {
                sink += splitter.split(a).size();
            }
        }
        double splitSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("articles=%d bytes=%d chars=%d rounds=%d%n", articles.size(), bytes, chars, rounds);
        System.out.printf("DocumentStructurer: %.1f MB/s (UTF-8), %.0f docs/s%n",
                bytes * rounds / seconds / 1e6, articles.size() * rounds / seconds);
        System.out.printf("SentenceSplitter alone: %.1f MB/s%n", bytes * rounds / splitSeconds / 1e6);
        System.out.println("(sink " + sink + ")");
    }
}
