package de.newsfacts.extract.entities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.ExtractorCorpora;
import de.newsfacts.pipeline.WordCounter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * Throughput of {@link EntityExtractor#extract} on the 10kGNAD test articles, normalized and split into sentences
 * by the real pipeline stages first (not timed). One thread, warm-up rounds first, then timed rounds; prints the
 * best and median round by thread CPU time (wall time is noisy on a shared machine).
 *
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=de.newsfacts.extract.entities.BenchEntityTagger -Dexec.args="../shared/corpora [rounds]"</pre>
 */
public final class BenchEntityTagger {

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<DocumentContext> docs = ExtractorCorpora.gnadTest(corpora);
        long sentences = 0;
        long words = 0;
        long chars = 0;
        for (DocumentContext d : docs) {
            sentences += d.sentences().size();
            words += WordCounter.count(d.text());
            chars += d.text().length();
        }
        EntityExtractor extractor = EntityExtractor.fromClasspath();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long entities = 0;
        for (int warm = 0; warm < 3; warm++) {
            entities = 0;
            for (DocumentContext d : docs) entities += extractor.extract(d).size();
        }
        System.out.printf("10kGNAD test: %d articles, %d sentences, %d words, %d chars, %d entities%n",
                docs.size(), sentences, words, chars, entities);
        long[] cpu = new long[rounds];
        long[] wall = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            long c = mx.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            for (DocumentContext d : docs) extractor.extract(d);
            cpu[r] = mx.getCurrentThreadCpuTime() - c;
            wall[r] = System.nanoTime() - w;
            System.out.printf("round %d: cpu %.0f ms, wall %.0f ms%n", r + 1, cpu[r] / 1e6, wall[r] / 1e6);
        }
        java.util.Arrays.sort(cpu);
        java.util.Arrays.sort(wall);
        double bestCpu = cpu[0] / 1e9;
        double medianCpu = cpu[rounds / 2] / 1e9;
        System.out.printf("cpu per round: best %.0f ms, median %.0f ms (wall best %.0f ms)%n",
                bestCpu * 1e3, medianCpu * 1e3, wall[0] / 1e6);
        System.out.printf("per CPU-second (median): %.0f sentences/s, %.0f words/s, %.2f MB/s of text%n",
                sentences / medianCpu, words / medianCpu, chars / medianCpu / 1e6);
        EmissionScorer.TokenCache cache = extractor.tokenCache();
        System.out.printf("token cache: %d slots, hit rate %.1f%%%n", EmissionScorer.TokenCache.SLOTS,
                100.0 * cache.hits / Math.max(1, cache.hits + cache.misses));
        System.out.printf("machine load %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
