package de.newsfacts.extract;

import de.newsfacts.extract.dates.DateExtractor;
import de.newsfacts.extract.entities.EntityExtractor;
import de.newsfacts.extract.quantities.QuantityExtractor;
import de.newsfacts.extract.quotes.QuoteExtractor;
import de.newsfacts.pipeline.WordCounter;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of each extractor (entities, dates, quantities, quotes) on the 1,028 10kGNAD test articles,
 * prepared as the job prepares them ({@link ExtractorCorpora#gnadTest}, not timed). One thread; warm-up rounds,
 * then timed rounds measured in thread CPU time ({@link ThreadMXBean}), so the figures hold on a machine shared
 * with other work. Prints the median round per extractor as words/s and ms, the bytes it allocated in the last round
 * (garbage the job's collector has to clear), and the sum of the four.
 *
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=de.newsfacts.extract.BenchExtractors -Dexec.args="../shared/corpora [rounds] [warmups]"</pre>
 */
public final class BenchExtractors {

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        List<DocumentContext> docs = ExtractorCorpora.gnadTest(corpora);
        long words = 0;
        long chars = 0;
        for (DocumentContext d : docs) {
            words += WordCounter.count(d.text());
            chars += d.text().length();
        }
        EntityExtractor entities = EntityExtractor.fromClasspath();
        DateExtractor dates = DateExtractor.news();
        QuantityExtractor quantities = new QuantityExtractor();
        QuoteExtractor quotes = new QuoteExtractor();
        List<List<Entity>> mentions = new ArrayList<>();
        for (DocumentContext d : docs) mentions.add(entities.extract(d));

        String[] names = {"entities", "dates", "quantities", "quotes"};
        long[][] cpu = new long[names.length][rounds];
        long[] records = new long[names.length];
        long[] allocated = new long[names.length];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean) mx;
        for (int r = -warmups; r < rounds; r++) {
            for (int x = 0; x < names.length; x++) {
                long n = 0;
                long bytesBefore = allocations.getCurrentThreadAllocatedBytes();
                long start = mx.getCurrentThreadCpuTime();
                switch (x) {
                    case 0 -> { for (DocumentContext d : docs) n += entities.extract(d).size(); }
                    case 1 -> { for (DocumentContext d : docs) n += dates.extract(d).size(); }
                    case 2 -> { for (DocumentContext d : docs) n += quantities.extract(d).size(); }
                    default -> { for (int i = 0; i < docs.size(); i++) n += quotes.extract(docs.get(i), mentions.get(i)).size(); }
                }
                long spent = mx.getCurrentThreadCpuTime() - start;
                allocated[x] = allocations.getCurrentThreadAllocatedBytes() - bytesBefore;
                records[x] = n;
                if (r >= 0) cpu[x][r] = spent;
            }
        }
        System.out.printf(Locale.ROOT, "10kGNAD test: %d articles, %d words, %d chars; %d rounds after %d warm-up%n",
                docs.size(), words, chars, rounds, warmups);
        double total = 0;
        for (int x = 0; x < names.length; x++) {
            Arrays.sort(cpu[x]);
            double median = cpu[x][rounds / 2] / 1e9;
            total += median;
            System.out.printf(Locale.ROOT, "%-10s %7d records | cpu median %6.0f ms (best %6.0f) | %,10.0f words/s | %5.2f MB/s | %,6.0f MB allocated%n",
                    names[x], records[x], median * 1e3, cpu[x][0] / 1e6, words / median, chars / median / 1e6,
                    allocated[x] / 1e6);
        }
        System.out.printf(Locale.ROOT, "%-10s %7s         | cpu median %6.0f ms          | %,10.0f words/s | %5.2f MB/s%n",
                "all four", "", total * 1e3, words / total, chars / total / 1e6);
        System.out.printf(Locale.ROOT, "machine load %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
