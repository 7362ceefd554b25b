package de.newsfacts.extract.dates;

import de.newsfacts.extract.DateExpression;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates {@link DateExtractor} on WikiWarsDE (TIMEX2 gold) like HeidelTime's evaluation.
 *
 * <p>Scoring rules:
 * <ul>
 *   <li>Gold: every inline {@code <TIMEX2>} inside {@code <TEXT>} (the DCT in {@code <DATETIME>} is not counted).</li>
 *   <li>Strict: spans identical. Lenient: spans overlap. Precision = system expressions matched / system
 *       expressions; recall = gold expressions matched / gold expressions.</li>
 *   <li>Value: a matched pair is value-correct if the values are equal after mapping: when our value has no time
 *       part, the gold time part ({@code T04:45}, {@code TMO}, {@code TNI} ...) is dropped; TIMEX2 attributes
 *       {@code mod}, {@code anchor_*}, {@code set}, {@code non_specific} are ignored (TIMEX3 keeps the same
 *       value strings: 1939-09-01, 1939-09, 1939, 1939-SU, BC0490, 199, 19, P2W, PRESENT_REF). A null value is
 *       never correct, nor is a gold TIMEX2 without val.</li>
 *   <li>Value accuracy = value-correct / matched; +value F1 counts only value-correct matches as hits.</li>
 *   <li>Split: documents sorted by name; the first 11 were used for development, the last 11 are held out.</li>
 * </ul>
 * Usage: {@code EvaluateWikiWarsDe <corpus root> [errors-file]}; the errors file lists dev-set misses.
 */
public final class EvaluateWikiWarsDe {

    private EvaluateWikiWarsDe() {
    }

    static final class Score {
        int gold;
        int system;
        int strictSys;
        int strictGold;
        int lenientSys;
        int lenientGold;
        int strictValueSys;
        int strictValueGold;
        int lenientValueSys;
        int lenientValueGold;

        void add(Score o) {
            gold += o.gold;
            system += o.system;
            strictSys += o.strictSys;
            strictGold += o.strictGold;
            lenientSys += o.lenientSys;
            lenientGold += o.lenientGold;
            strictValueSys += o.strictValueSys;
            strictValueGold += o.strictValueGold;
            lenientValueSys += o.lenientValueSys;
            lenientValueGold += o.lenientValueGold;
        }

        static double f1(int hitsSys, int system, int hitsGold, int gold) {
            double p = system == 0 ? 0 : (double) hitsSys / system;
            double r = gold == 0 ? 0 : (double) hitsGold / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String row(String label) {
            return String.format(Locale.ROOT,
                    "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |",
                    label, gold, system,
                    (double) lenientSys / system, (double) lenientGold / gold,
                    f1(lenientSys, system, lenientGold, gold),
                    (double) strictSys / system, (double) strictGold / gold,
                    f1(strictSys, system, strictGold, gold),
                    (double) lenientValueGold / lenientGold, (double) strictValueGold / strictGold,
                    f1(lenientValueSys, system, lenientValueGold, gold),
                    f1(strictValueSys, system, strictValueGold, gold));
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        List<WikiWarsDe.Doc> docs = WikiWarsDe.load(root);
        PrintWriter errors = args.length > 1
                ? new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) : null;
        String header = "| docs | gold | sys | lenient P | lenient R | lenient F1 | strict P | strict R | strict F1 "
                + "| value acc (lenient) | value acc (strict) | lenient+value F1 | strict+value F1 |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|";
        for (DateExtractor.Mode mode : DateExtractor.Mode.values()) {
            DateExtractor extractor = new DateExtractor(mode);
            Score dev = new Score();
            Score test = new Score();
            Score noDurations = new Score();
            for (int i = 0; i < docs.size(); i++) {
                WikiWarsDe.Doc doc = docs.get(i);
                List<DateExpression> sys = extractor.extract(doc.context());
                Score s = score(doc, sys, mode == DateExtractor.Mode.NARRATIVE && i < docs.size() / 2 ? errors : null);
                (i < docs.size() / 2 ? dev : test).add(s);
                List<DateExpression> withoutDurations = sys.stream()
                        .filter(e -> e.value() == null || !e.value().matches("PT?[0-9X].*")).toList();
                noDurations.add(score(doc, withoutDurations, null));
            }
            Score all = new Score();
            all.add(dev);
            all.add(test);
            System.out.println("\nMode " + mode + " (WikiWarsDE, DCT as publication date)");
            System.out.println(header);
            System.out.println(all.row("all 22"));
            System.out.println(dev.row("dev 01–11"));
            System.out.println(test.row("held-out 12–22"));
            System.out.println(noDurations.row("all 22, durations dropped (ablation)"));
        }
        if (errors != null) {
            errors.close();
        }
        throughput(docs);
    }

    static Score score(WikiWarsDe.Doc doc, List<DateExpression> sys, PrintWriter errors) {
        Score s = new Score();
        List<WikiWarsDe.Gold> gold = doc.gold();
        s.gold = gold.size();
        s.system = sys.size();
        String text = doc.context().text();
        for (DateExpression e : sys) {
            boolean lenient = false;
            boolean strict = false;
            boolean lenientValue = false;
            boolean strictValue = false;
            for (WikiWarsDe.Gold g : gold) {
                if (overlaps(e, g)) {
                    lenient = true;
                    boolean valueOk = valueMatches(e.value(), g.value());
                    lenientValue |= valueOk;
                    if (e.charStart() == g.start() && e.charEnd() == g.end()) {
                        strict = true;
                        strictValue |= valueOk;
                    }
                }
            }
            s.lenientSys += lenient ? 1 : 0;
            s.strictSys += strict ? 1 : 0;
            s.lenientValueSys += lenientValue ? 1 : 0;
            s.strictValueSys += strictValue ? 1 : 0;
            if (errors != null && !lenient) {
                errors.printf("FP  %s %-40s %-12s | %s%n", doc.name(), e.text(), e.value(), context(text, e.charStart(),
                        e.charEnd()));
            }
        }
        for (WikiWarsDe.Gold g : gold) {
            boolean lenient = false;
            boolean strict = false;
            boolean lenientValue = false;
            boolean strictValue = false;
            DateExpression best = null;
            for (DateExpression e : sys) {
                if (overlaps(e, g)) {
                    lenient = true;
                    best = best == null ? e : best;
                    boolean valueOk = valueMatches(e.value(), g.value());
                    lenientValue |= valueOk;
                    if (e.charStart() == g.start() && e.charEnd() == g.end()) {
                        strict = true;
                        strictValue |= valueOk;
                    }
                }
            }
            s.lenientGold += lenient ? 1 : 0;
            s.strictGold += strict ? 1 : 0;
            s.lenientValueGold += lenientValue ? 1 : 0;
            s.strictValueGold += strictValue ? 1 : 0;
            if (errors != null) {
                if (!lenient) {
                    errors.printf("FN  %s %-40s %-12s | %s%n", doc.name(), g.text(), g.value(),
                            context(text, g.start(), g.end()));
                } else if (!strict) {
                    errors.printf("SPAN %s gold=%-30s sys=%-30s | %s%n", doc.name(), g.text(), best.text(),
                            context(text, g.start(), g.end()));
                } else if (!lenientValue) {
                    errors.printf("VAL %s %-30s gold=%-12s sys=%-12s | %s%n", doc.name(), g.text(), g.value(),
                            best.value(), context(text, g.start(), g.end()));
                }
            }
        }
        return s;
    }

    private static boolean overlaps(DateExpression e, WikiWarsDe.Gold g) {
        return e.charStart() < g.end() && g.start() < e.charEnd();
    }

    /** The value mapping described in the class comment. */
    static boolean valueMatches(String ours, String gold) {
        if (ours == null || gold == null || gold.isBlank()) {
            return false;
        }
        String g = gold.strip();
        int t = g.indexOf('T');
        if (t > 0 && ours.indexOf('T') < 0 && !g.startsWith("P")) {
            g = g.substring(0, t);
        }
        return ours.equals(g);
    }

    private static String context(String text, int start, int end) {
        String left = text.substring(Math.max(0, start - 50), start);
        String right = text.substring(end, Math.min(text.length(), end + 40));
        return (left + "[[" + text.substring(start, end) + "]]" + right).replace('\n', ' ');
    }

    private static void throughput(List<WikiWarsDe.Doc> docs) {
        DateExtractor extractor = DateExtractor.news();
        long bytes = 0;
        for (WikiWarsDe.Doc d : docs) {
            bytes += d.context().text().getBytes(StandardCharsets.UTF_8).length;
        }
        for (int warm = 0; warm < 3; warm++) {
            docs.forEach(d -> extractor.extract(d.context()));
        }
        int rounds = 20;
        double best = Double.MAX_VALUE;
        double total = 0;
        int n = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (WikiWarsDe.Doc d : docs) {
                n += extractor.extract(d.context()).size();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            best = Math.min(best, seconds);
            total += seconds;
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "%nThroughput (news mode, single thread, %d bytes UTF-8 per round, %d rounds): "
                + "%.2f MB/s per CPU-second of the thread; wall clock best round %.2f MB/s, mean %.2f MB/s "
                + "(%d expressions)%n", bytes, rounds, bytes * rounds / cpuSeconds / 1e6, bytes / best / 1e6,
                bytes * rounds / total / 1e6, n);
    }

    static List<String> names(List<WikiWarsDe.Doc> docs) {
        List<String> out = new ArrayList<>();
        docs.forEach(d -> out.add(d.name()));
        return out;
    }
}
