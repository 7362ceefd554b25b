package de.newsfacts.extract.dates;

import java.nio.file.Path;
import java.util.List;

/** Development aid: times candidate finding alone and per rule trigger counts. */
public final class ProfileSpeed {
    public static void main(String[] args) throws Exception {
        List<WikiWarsDe.Doc> docs = WikiWarsDe.load(Path.of(args[0]));
        TemporalPatterns p = new TemporalPatterns(TemporalLexicon.INSTANCE);
        CandidateFinder f = new CandidateFinder(TemporalLexicon.INSTANCE, p);
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            int n = 0;
            for (WikiWarsDe.Doc d : docs) for (var s : d.context().sentences()) n += f.find(s.text()).size();
            long t1 = System.nanoTime();
            DateExtractor x = DateExtractor.news();
            for (WikiWarsDe.Doc d : docs) n += x.extract(d.context()).size();
            long t2 = System.nanoTime();
            System.out.printf("find %d ms, extract %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        }
    }
}
