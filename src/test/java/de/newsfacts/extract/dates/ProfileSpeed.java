package de.newsfacts.extract.dates;

import java.nio.file.Path;
import java.util.List;

/** Development aid: repeated extraction for profiling (e.g. with JFR). */
public final class ProfileSpeed {
    public static void main(String[] args) throws Exception {
        List<WikiWarsDe.Doc> docs = WikiWarsDe.load(Path.of(args[0]));
        DateExtractor x = DateExtractor.news();
        for (int round = 0; round < 30; round++) {
            long t0 = System.nanoTime();
            for (WikiWarsDe.Doc d : docs) x.extract(d.context());
            if (round % 5 == 0) System.out.printf("round %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
