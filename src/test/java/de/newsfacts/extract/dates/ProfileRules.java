package de.newsfacts.extract.dates;

import java.nio.file.Path;
import java.util.List;

/** Development aid: checks that the triggered matcher equals the exhaustive one on a corpus. */
public final class ProfileRules {
    public static void main(String[] args) throws Exception {
        List<WikiWarsDe.Doc> docs = WikiWarsDe.load(Path.of(args[0]));
        TemporalPatterns p = new TemporalPatterns(TemporalLexicon.INSTANCE);
        CandidateFinder f = new CandidateFinder(TemporalLexicon.INSTANCE, p);
        int diffs = 0;
        for (WikiWarsDe.Doc d : docs) for (var s : d.context().sentences()) {
            var a = f.find(s.text());
            var b = f.findExhaustive(s.text());
            if (!a.equals(b) && diffs++ < 20) {
                System.out.println(s.text() + "\n  fast=" + a + "\n  full=" + b);
            }
        }
        System.out.println("diffs " + diffs);
    }
}
