package de.newsfacts.extract.entities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.structure.Sentence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores {@link EntityExtractor} (through the product API) on GermEval 2014: each sentence's tokens are joined by
 * single spaces, extracted as a one-sentence document, and predicted char spans are mapped back to gold token
 * indices (a span whose start or end is not a gold token boundary is a miss). Strict outer-span P/R/F1: sentence,
 * token start/end and label equal; OTH scored as MISC; gold -deriv/-part spans are ignored (a prediction exactly
 * on one counts neither as TP nor FP). Also reports extractor throughput (tokens/s, one thread, warm).
 *
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.mainClass=de.newsfacts.extract.entities.EvaluateGermEval \
 *   -Dexec.args="../shared/corpora [test|dev]"</pre>
 */
public final class EvaluateGermEval {

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        String split = args.length > 1 ? args[1] : "test";
        long t0 = System.nanoTime();
        EntityExtractor extractor = EntityExtractor.fromClasspath();
        System.out.printf("model loaded in %.2f s%n", (System.nanoTime() - t0) / 1e9);
        List<GermEvalCorpus.Sentence> sentences = GermEvalCorpus.read(corpora.resolve("germeval2014/NER-de-" + split + ".tsv"));
        List<DocumentContext> docs = new ArrayList<>();
        long tokens = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            String id = split + "-" + (i + 1);
            docs.add(new DocumentContext(id, text, List.of(new Sentence(id, 1, 1, text, 0, text.length())), null));
            tokens += sentences.get(i).tokens().size();
        }
        List<List<Entity>> predictions = new ArrayList<>();
        for (DocumentContext d : docs) predictions.add(extractor.extract(d));   // warm-up + results
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            long s = System.nanoTime();
            long c = mx.getCurrentThreadCpuTime();
            for (DocumentContext d : docs) extractor.extract(d);
            best = Math.min(best, (System.nanoTime() - s) / 1e9);
            bestCpu = Math.min(bestCpu, (mx.getCurrentThreadCpuTime() - c) / 1e9);
        }
        String[] labels = {"PER", "LOC", "ORG", "MISC"};
        Map<String, int[]> counts = new HashMap<>();   // tp, fp, fn
        for (String l : labels) counts.put(l, new int[3]);
        int misaligned = 0;
        StringBuilder errors = args.length > 2 && !split.equals("test") ? new StringBuilder() : null;
        for (int i = 0; i < sentences.size(); i++) {
            GermEvalCorpus.Sentence s = sentences.get(i);
            int[] startAt = new int[s.text().length() + 1];
            int[] endAt = new int[s.text().length() + 1];
            Arrays.fill(startAt, -1);
            Arrays.fill(endAt, -1);
            int pos = 0;
            for (int t = 0; t < s.tokens().size(); t++) {
                startAt[pos] = t;
                pos += s.tokens().get(t).length();
                endAt[pos] = t + 1;
                pos++;
            }
            GermEvalCorpus.GoldKeys keys = GermEvalCorpus.goldKeys(s.tags());
            Set<String> gold = keys.gold();
            Set<String> ignored = keys.ignored();
            Set<String> pred = new HashSet<>();
            for (Entity e : predictions.get(i)) {
                int a = startAt[e.charStart()];
                int b = endAt[e.charEnd()];
                if (a < 0 || b < 0) {
                    misaligned++;
                    counts.get(e.label())[1]++;
                    continue;
                }
                if (ignored.contains(a + ":" + b)) continue;
                pred.add(a + ":" + b + ":" + e.label());
            }
            if (errors != null && !pred.equals(gold)) {
                errors.append(s.text()).append('\n');
                for (String p : pred) if (!gold.contains(p)) errors.append("  FP ").append(describe(s, p)).append('\n');
                for (String g : gold) if (!pred.contains(g)) errors.append("  FN ").append(describe(s, g)).append('\n');
            }
            for (String p : pred) counts.get(p.substring(p.lastIndexOf(':') + 1))[gold.contains(p) ? 0 : 1]++;
            for (String g : gold) if (!pred.contains(g)) counts.get(g.substring(g.lastIndexOf(':') + 1))[2]++;
        }
        int[] all = new int[3];
        System.out.printf("GermEval 2014 %s: %d sentences, %d tokens%n", split, sentences.size(), tokens);
        System.out.printf("%-5s %6s %6s %6s %7s %7s %7s%n", "label", "tp", "fp", "fn", "P", "R", "F1");
        for (String l : labels) {
            int[] c = counts.get(l);
            for (int k = 0; k < 3; k++) all[k] += c[k];
            print(l, c);
        }
        print("ALL", all);
        if (errors != null) java.nio.file.Files.writeString(Path.of(args[2]), errors);
        System.out.printf("predicted spans not on gold token boundaries: %d%n", misaligned);
        System.out.printf("throughput: %.0f tokens/s wall, %.0f tokens/s per CPU-second of the thread (best of 5 passes over %d"
                + " tokens, one thread, incl. tokenizer + canonical names; machine load %.1f)%n", tokens / best, tokens / bestCpu,
                tokens, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String describe(GermEvalCorpus.Sentence s, String key) {
        String[] f = key.split(":");
        return String.join(" ", s.tokens().subList(Integer.parseInt(f[0]), Integer.parseInt(f[1]))) + " /" + f[2];
    }

    private static void print(String label, int[] c) {
        double p = c[0] / (double) Math.max(1, c[0] + c[1]);
        double r = c[0] / (double) Math.max(1, c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("%-5s %6d %6d %6d %7.4f %7.4f %7.4f%n", label, c[0], c[1], c[2], p, r, f);
    }
}
