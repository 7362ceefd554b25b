package de.newsfacts.extract.entities;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds distributional word clusters from redistributable German text in the shared corpora: GermEval 2014
 * train + dev tokens (CC BY 4.0; test is never read), SpkAtt-2023 Bundestag speeches (CC BY-SA 4.0), WikiWarsDE
 * (CC BY-SA 3.0) and Europarl NER sentences. Steps (deterministic, fixed seeds): lower-cased tokens; vocabulary =
 * words seen at least 3 times; context vector = counts of the left and right neighbour among the 2,000 most
 * frequent words; positive PMI weighting; Gaussian random projection to 128 dimensions; L2 normalisation;
 * spherical k-means with 320 clusters (20 iterations), then 40 coarse clusters by k-means over the centroids.
 * Each word also gets its capitalisation habit: share of non-sentence-initial occurrences written with an upper-case
 * first letter, bucketed (&lt;10%, &lt;90%, &ge;90%, never seen non-initially).
 *
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.mainClass=de.newsfacts.extract.entities.BuildWordClusters \
 *   -Dexec.args="../shared/corpora target/word-clusters.tsv"</pre>
 * System properties {@code clusters.minCount} (default 3) and {@code clusters.k} (default 320) exist for experiments.
 * Output: {@code word<TAB>cluster<TAB>coarse<TAB>capBucket} lines, read by {@code TrainEntityModel --clusters}.
 */
public final class BuildWordClusters {
    static final int MIN_COUNT = Integer.getInteger("clusters.minCount", 3);
    static final int CONTEXT_WORDS = 2000;
    static final int DIM = 128;
    static final int K = Integer.getInteger("clusters.k", 320);
    static final int COARSE = 40;

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        Path out = Path.of(args.length > 1 ? args[1] : "target/word-clusters.tsv");
        List<String[]> cased = readSentences(corpora);
        List<String[]> sentences = new ArrayList<>(cased.size());
        for (String[] s : cased) sentences.add(lower(Arrays.asList(s)));
        long tokens = sentences.stream().mapToLong(s -> s.length).sum();
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) for (String w : s) counts.merge(w, 1, Integer::sum);
        List<String> vocab = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() >= MIN_COUNT) vocab.add(e.getKey());
        vocab.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) id.put(vocab.get(i), i);
        int V = vocab.size();
        int C = Math.min(CONTEXT_WORDS, V);
        System.out.printf("%d sentences, %d tokens, vocabulary %d%n", sentences.size(), tokens, V);
        // sparse context counts: 2*C columns (left, right)
        List<Map<Integer, Integer>> ctx = new ArrayList<>(V);
        for (int i = 0; i < V; i++) ctx.add(new HashMap<>());
        long[] colTotals = new long[2 * C];
        long total = 0;
        for (String[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                Integer w = id.get(s[i]);
                if (w == null) continue;
                Integer l = i > 0 ? id.get(s[i - 1]) : null;
                Integer r = i + 1 < s.length ? id.get(s[i + 1]) : null;
                if (l != null && l < C) {
                    ctx.get(w).merge(l, 1, Integer::sum);
                    colTotals[l]++;
                    total++;
                }
                if (r != null && r < C) {
                    ctx.get(w).merge(C + r, 1, Integer::sum);
                    colTotals[C + r]++;
                    total++;
                }
            }
        }
        Random random = new Random(42);
        float[] projection = new float[2 * C * DIM];
        for (int i = 0; i < projection.length; i++) projection[i] = (float) random.nextGaussian();
        float[][] vec = new float[V][DIM];
        for (int w = 0; w < V; w++) {
            Map<Integer, Integer> row = ctx.get(w);
            long rowTotal = 0;
            for (int c : row.values()) rowTotal += c;
            for (Map.Entry<Integer, Integer> e : row.entrySet()) {
                double pmi = Math.log((double) e.getValue() * total / ((double) rowTotal * colTotals[e.getKey()]));
                if (pmi <= 0) continue;
                int base = e.getKey() * DIM;
                for (int d = 0; d < DIM; d++) vec[w][d] += (float) (pmi * projection[base + d]);
            }
            normalize(vec[w]);
        }
        // capitalisation habit: share of non-initial occurrences that start with an upper-case letter
        List<String> allWords = new ArrayList<>(counts.keySet());
        allWords.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
        Map<String, Integer> allId = new HashMap<>();
        for (int i = 0; i < allWords.size(); i++) allId.put(allWords.get(i), i);
        int[] upper = new int[allWords.size()];
        int[] seen = new int[allWords.size()];
        for (int si = 0; si < cased.size(); si++) {
            String[] s = cased.get(si);
            String[] l = sentences.get(si);
            for (int i = 1; i < s.length; i++) {
                int w = allId.get(l[i]);
                if (s[i].isEmpty()) continue;
                seen[w]++;
                if (Character.isUpperCase(s[i].charAt(0))) upper[w]++;
            }
        }
        int[] capBucket = new int[allWords.size()];
        for (int w = 0; w < allWords.size(); w++) {
            double r = seen[w] == 0 ? -1 : upper[w] / (double) seen[w];
            capBucket[w] = r < 0 ? 3 : r < 0.1 ? 0 : r < 0.9 ? 1 : 2;
        }
        int[] assign = kmeans(vec, K, 20, new Random(7));
        float[][] centroids = centroids(vec, assign, K);
        int[] coarse = kmeans(centroids, COARSE, 20, new Random(11));
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer wr = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int w = 0; w < V; w++) {
                wr.write(vocab.get(w) + "\t" + assign[w] + "\t" + coarse[assign[w]] + "\t" + capBucket[allId.get(vocab.get(w))] + "\n");
            }
            // words below MIN_COUNT are left out on purpose: nearly all of them occur only in the training
            // sentences themselves, so a habit feature for them would not carry over to unseen text
        }
        System.out.printf("wrote %s%n", out);
    }

    static void normalize(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        if (n > 0) for (int i = 0; i < v.length; i++) v[i] /= n;
    }

    static float[][] centroids(float[][] vec, int[] assign, int k) {
        float[][] c = new float[k][vec[0].length];
        for (int i = 0; i < vec.length; i++) for (int d = 0; d < vec[i].length; d++) c[assign[i]][d] += vec[i][d];
        for (float[] x : c) normalize(x);
        return c;
    }

    static int[] kmeans(float[][] vec, int k, int iterations, Random random) {
        int n = vec.length;
        float[][] c = new float[k][];
        // deterministic init: k distinct random points
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
            c[i] = vec[perm[i]].clone();
        }
        int[] assign = new int[n];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < n; i++) {
                float best = -Float.MAX_VALUE;
                int arg = 0;
                for (int j = 0; j < k; j++) {
                    float dot = 0;
                    float[] a = vec[i];
                    float[] b = c[j];
                    for (int d = 0; d < a.length; d++) dot += a[d] * b[d];
                    if (dot > best) {
                        best = dot;
                        arg = j;
                    }
                }
                assign[i] = arg;
            }
            float[][] next = centroids(vec, assign, k);
            for (int j = 0; j < k; j++) {
                boolean empty = true;
                for (float x : next[j]) if (x != 0) { empty = false; break; }
                c[j] = empty ? c[j] : next[j];
            }
        }
        return assign;
    }

    private static final Pattern SPKATT_TOKENS = Pattern.compile("\"Tokens\"\\s*:\\s*\\[(.*?)\\]", Pattern.DOTALL);
    private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern SGM_TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);

    static List<String[]> readSentences(Path corpora) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (Path p : List.of(corpora.resolve("germeval2014_train/NER-de-train.outer.tsv"),
                corpora.resolve("germeval2014/NER-de-dev.tsv"))) {
            for (GermEvalCorpus.Sentence s : GermEvalCorpus.read(p)) out.add(s.tokens().toArray(new String[0]));
        }
        Path spk = corpora.resolve("spkatt2023");
        if (Files.isDirectory(spk)) {
            List<Path> files;
            try (Stream<Path> st = Files.walk(spk)) {
                files = st.filter(f -> f.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                Matcher m = SPKATT_TOKENS.matcher(Files.readString(f));
                while (m.find()) {
                    List<String> toks = new ArrayList<>();
                    Matcher s = JSON_STRING.matcher(m.group(1));
                    while (s.find()) toks.add(LegacyTextRepair.repair(s.group(1).replace("\\\"", "\"")));
                    out.add(toks.toArray(new String[0]));
                }
            }
        }
        Path ww = corpora.resolve("wikiwarsde/in");
        if (Files.isDirectory(ww)) {
            List<Path> files;
            try (Stream<Path> st = Files.list(ww)) {
                files = st.filter(f -> f.toString().endsWith(".sgm")).sorted().toList();
            }
            Tokenizer tokenizer = Tokenizer.german();
            for (Path f : files) {
                Matcher m = SGM_TEXT.matcher(Files.readString(f));
                if (!m.find()) continue;
                for (String line : m.group(1).replaceAll("<[^>]+>", "").split("\n")) {
                    if (line.isBlank()) continue;
                    Tokenizer.TokenSpans spans = tokenizer.tokenize(line);
                    List<String> toks = new ArrayList<>();
                    for (int i = 0; i < spans.size(); i++) toks.add(line.substring(spans.start(i), spans.end(i)));
                    out.add(toks.toArray(new String[0]));
                }
            }
        }
        Path ep = corpora.resolve("europarl_ner_de/de-europarl.test.conll02");
        if (Files.exists(ep)) {
            List<String> toks = new ArrayList<>();
            for (String line : Files.readAllLines(ep)) {
                if (line.isBlank()) {
                    if (!toks.isEmpty()) out.add(toks.toArray(new String[0]));
                    toks.clear();
                } else {
                    toks.add(line.split("\t")[0]);
                }
            }
        }
        return out;
    }

    private static String[] lower(List<String> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            String t = tokens.get(i);
            StringBuilder sb = new StringBuilder(t.length());
            for (int k = 0; k < t.length(); k++) sb.append(Character.toLowerCase(t.charAt(k)));
            out[i] = sb.toString();
        }
        return out;
    }

    /** Reads a cluster file written by {@link #main}. */
    static WordClusters load(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        long[] keys = new long[lines.size()];
        int[] ids = new int[lines.size()];
        int maxCluster = 0;
        Map<Integer, Integer> coarseOf = new HashMap<>();
        int n = 0;
        for (String line : lines) {
            String[] f = line.split("\t");
            keys[n] = Gazetteer.hashLower(f[0], 0, f[0].length(), Gazetteer.FNV_BASIS);
            int cluster = Integer.parseInt(f[1]);
            if (cluster < 0) {
                cluster = WordClusters.CLUSTER_MASK;   // seen, but too rare to cluster
            } else {
                coarseOf.put(cluster, Integer.parseInt(f[2]));
                maxCluster = Math.max(maxCluster, cluster);
            }
            ids[n] = cluster | (f.length > 3 ? Integer.parseInt(f[3]) : 3) << WordClusters.CAP_SHIFT;
            n++;
        }
        int[] coarse = new int[maxCluster + 1];
        Arrays.fill(coarse, -1);
        coarseOf.forEach((k, v) -> coarse[k] = v);
        return WordClusters.of(new ClusterTable(Arrays.copyOf(keys, n), Arrays.copyOf(ids, n), coarse));
    }
}
