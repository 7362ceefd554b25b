package de.newsfacts.extract.entities;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Trains the entity tagger (averaged structured perceptron, BIO tags, first-order Viterbi) on GermEval 2014 train
 * (outer layer; OTH -> MISC; -deriv/-part -> O), tuning the epoch count on GermEval dev. Deterministic: fixed data
 * order, sentence order shuffled per epoch with a fixed seed.
 *
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.mainClass=de.newsfacts.extract.entities.TrainEntityModel \
 *   -Dexec.args="--corpora ../shared/corpora --out src/main/resources/de/newsfacts/extract/entities/model.bin.gz"</pre>
 *
 * Options: {@code --epochs N} (max epochs, default 15), {@code --min-count N} (feature count cut-off, default 1),
 * {@code --with-dev N} (after tuning, retrain on train+dev for exactly N epochs; 0 = use the best dev epoch),
 * {@code --lexicon-folds N} (jackknife folds for the training-name lexicon, default 2), {@code --clusters FILE} (word clusters to ship, see {@link BuildWordClusters}; built first if FILE is missing).
 */
public final class TrainEntityModel {
    private static final int T = EntityModel.T;
    private static final int F = FeatureExtractor.FEATURES_PER_TOKEN;

    record Instance(int n, int[] rows, int[] gold) {
    }

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of("../shared/corpora");
        Path out = Path.of("src/main/resources/de/newsfacts/extract/entities/model.bin.gz");
        int maxEpochs = 15;
        int minCount = 1;
        int withDev = -1;
        Path clustersFile = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpora" -> corpora = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--epochs" -> maxEpochs = Integer.parseInt(args[++i]);
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--with-dev" -> withDev = Integer.parseInt(args[++i]);
                case "--clusters" -> clustersFile = Path.of(args[++i]);
                case "--lexicon-folds" -> lexiconFolds = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        long t0 = System.nanoTime();
        if (clustersFile != null && !Files.exists(clustersFile)) {
            BuildWordClusters.main(new String[]{corpora.toString(), clustersFile.toString()});
        }
        WordClusters clusters = clustersFile == null ? null : BuildWordClusters.load(clustersFile);
        Gazetteer gazetteer = Gazetteer.fromClasspath();
        List<GermEvalCorpus.Sentence> train = GermEvalCorpus.read(corpora.resolve("germeval2014_train/NER-de-train.outer.tsv"));
        List<GermEvalCorpus.Sentence> dev = GermEvalCorpus.read(corpora.resolve("germeval2014/NER-de-dev.tsv"));
        System.out.printf("train %d sentences, dev %d sentences%n", train.size(), dev.size());

        // tuning run: train (2-fold lexicon jackknife) -> dev (lexicon of all train)
        List<long[]> trainFeats = new ArrayList<>();
        List<int[]> trainGold = new ArrayList<>();
        featurizeJackknifed(train, gazetteer, clusters, trainFeats, trainGold);
        NameLexicon trainLexicon = lexicon(train, -1);
        List<long[]> devFeats = new ArrayList<>();
        List<int[]> devGold = new ArrayList<>();
        featurize(dev, new FeatureExtractor(gazetteer, clusters, trainLexicon), devFeats, devGold);

        LongIntMap index = featureIndex(trainFeats, minCount);
        System.out.printf("features kept: %d (count >= %d); featurized in %.1f s%n", index.size(), minCount,
                (System.nanoTime() - t0) / 1e9);
        List<Instance> trainSet = instances(trainFeats, trainGold, index);
        List<Instance> devSet = instances(devFeats, devGold, index);
        Perceptron p = new Perceptron(index.size());
        int bestEpoch = 0;
        double bestF1 = -1;
        float[][] best = null;
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            p.epoch(trainSet, new Random(20140901L + epoch));
            float[][] avg = p.averaged();
            double f1 = f1(devSet, avg[0], avg[1]);
            System.out.printf("epoch %2d  dev F1 %.4f  (%.0f s)%n", epoch, f1, (System.nanoTime() - t0) / 1e9);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestEpoch = epoch;
                best = avg;
            }
        }
        System.out.printf("best dev epoch %d F1 %.4f%n", bestEpoch, bestF1);
        NameLexicon shippedLexicon = trainLexicon;
        if (withDev >= 0) {
            int epochs = withDev == 0 ? bestEpoch : withDev;
            List<GermEvalCorpus.Sentence> all = new ArrayList<>(train);
            all.addAll(dev);
            List<long[]> allFeats = new ArrayList<>();
            List<int[]> allGold = new ArrayList<>();
            featurizeJackknifed(all, gazetteer, clusters, allFeats, allGold);
            index = featureIndex(allFeats, minCount);
            List<Instance> allSet = instances(allFeats, allGold, index);
            Perceptron q = new Perceptron(index.size());
            for (int epoch = 1; epoch <= epochs; epoch++) q.epoch(allSet, new Random(20140901L + epoch));
            best = q.averaged();
            shippedLexicon = lexicon(all, -1);
            System.out.printf("retrained on train+dev for %d epochs (%d features)%n", epochs, index.size());
        }
        EntityModel model = prune(index, best[0], best[1], clusters, shippedLexicon);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        System.out.printf("wrote %s: %d features, %d bytes; total %.0f s%n", out, model.featureIndex.size(), Files.size(out),
                (System.nanoTime() - t0) / 1e9);
    }

    static LongIntMap featureIndex(List<long[]> feats, int minCount) {
        LongIntMap counts = new LongIntMap(1 << 22);
        for (long[] fs : feats) for (long f : fs) if (f != 0) counts.add(f, 1);
        LongIntMap index = new LongIntMap(counts.size());
        int rows = 0;
        for (long k : counts.keys()) if (counts.get(k, 0) >= minCount) index.put(k, rows++);
        return index;
    }

    static int lexiconFolds = 2;

    /**
     * Sentence i is featurized with the lexicon of the sentences outside its fold (i mod folds), so lexicon hits
     * are earned, not copied from the sentence's own labels.
     */
    static void featurizeJackknifed(List<GermEvalCorpus.Sentence> sentences, Gazetteer gazetteer, WordClusters clusters,
                                    List<long[]> feats, List<int[]> gold) {
        FeatureExtractor[] byFold = new FeatureExtractor[lexiconFolds];
        for (int f = 0; f < lexiconFolds; f++) {
            byFold[f] = new FeatureExtractor(gazetteer, clusters, lexicon(sentences, f));
        }
        for (int i = 0; i < sentences.size(); i++) {
            featurize(List.of(sentences.get(i)), byFold[i % lexiconFolds], feats, gold);
        }
    }

    /** Names (and their words) of the gold mentions of all sentences outside fold {@code heldOut} (-1 = all). */
    static NameLexicon lexicon(List<GermEvalCorpus.Sentence> sentences, int heldOut) {
        LongIntMap names = new LongIntMap(1 << 15);
        Tokenizer tokenizer = Tokenizer.german();
        for (int i = 0; i < sentences.size(); i++) {
            if (heldOut >= 0 && i % lexiconFolds == heldOut) continue;
            GermEvalCorpus.Sentence s = sentences.get(i);
            for (GermEvalCorpus.Span span : GermEvalCorpus.spans(s.tags())) {
                String label = GermEvalCorpus.mentionLabel(span.type());
                if (label == null) continue;
                int bit = 1 << Arrays.asList(EntityModel.LABELS).indexOf(label);
                String name = String.join(" ", s.tokens().subList(span.start(), span.end()));
                Tokenizer.TokenSpans spans = tokenizer.tokenize(name);
                if (spans.size() == 0 || spans.size() > NameLexicon.MAX_TOKENS) continue;
                long h = Gazetteer.FNV_BASIS;
                for (int t = 0; t < spans.size(); t++) {
                    if (t > 0) h = (h ^ ' ') * Gazetteer.FNV_PRIME;
                    h = Gazetteer.hashLower(name, spans.start(t), spans.end(t), h);
                    long w = NameLexicon.wordKey(Gazetteer.hashLower(name, spans.start(t), spans.end(t), Gazetteer.FNV_BASIS));
                    names.put(w, names.get(w, 0) | bit);
                }
                names.put(h, names.get(h, 0) | bit);
            }
        }
        return new NameLexicon(names);
    }

    static void featurize(List<GermEvalCorpus.Sentence> sentences, FeatureExtractor extractor, List<long[]> feats, List<int[]> gold) {
        Tokenizer tokenizer = Tokenizer.german();
        for (GermEvalCorpus.Sentence s : sentences) {
            String text = s.text();
            Tokenizer.TokenSpans spans = tokenizer.tokenize(text);
            int n = spans.size();
            long[] f = new long[n * F];
            extractor.extract(text, spans.startsArray(), spans.endsArray(), n, f);
            feats.add(f);
            gold.add(projectTags(s, spans));
        }
    }

    /** Gold tag ids for our tokens: a token takes the label of the gold token it starts in; B only on the first piece. */
    static int[] projectTags(GermEvalCorpus.Sentence s, Tokenizer.TokenSpans spans) {
        int[] tokenAtChar = new int[s.text().length() + 1];
        int[] tokenStart = new int[s.tokens().size()];
        int pos = 0;
        for (int t = 0; t < s.tokens().size(); t++) {
            tokenStart[t] = pos;
            int len = s.tokens().get(t).length();
            Arrays.fill(tokenAtChar, pos, pos + len + 1, t);
            pos += len + 1;
        }
        int[] out = new int[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            int g = tokenAtChar[spans.start(i)];
            String tag = s.tags().get(g);
            if (tag.equals("O")) continue;
            String label = GermEvalCorpus.mentionLabel(tag.substring(2));
            if (label == null) continue;
            int labelIndex = Arrays.asList(EntityModel.LABELS).indexOf(label);
            boolean begin = tag.startsWith("B-") && spans.start(i) == tokenStart[g];
            out[i] = 1 + 2 * labelIndex + (begin ? 0 : 1);
        }
        // repair I without a preceding B/I of the same label (possible when a gold token is split)
        for (int i = 0; i < out.length; i++) {
            if (out[i] != 0 && out[i] % 2 == 0 && !EntityModel.allowed(i > 0 ? out[i - 1] : 0, out[i])) out[i] -= 1;
        }
        return out;
    }

    static List<Instance> instances(List<long[]> feats, List<int[]> gold, LongIntMap index) {
        List<Instance> out = new ArrayList<>(feats.size());
        for (int s = 0; s < feats.size(); s++) {
            long[] f = feats.get(s);
            int[] r = new int[f.length];
            for (int k = 0; k < f.length; k++) r[k] = f[k] == 0 ? -1 : index.get(f[k], -1);
            out.add(new Instance(gold.get(s).length, r, gold.get(s)));
        }
        return out;
    }

    static void scores(Instance in, float[] w, float[] scores) {
        Arrays.fill(scores, 0, in.n * T, 0f);
        for (int i = 0; i < in.n; i++) {
            for (int k = i * F; k < (i + 1) * F; k++) {
                int r = in.rows[k];
                if (r < 0) continue;
                int o = r * T;
                for (int t = 0; t < T; t++) scores[i * T + t] += w[o + t];
            }
        }
    }

    static final class Perceptron {
        final float[] w;
        final float[] u;
        final float[] tw = new float[(T + 1) * T];
        final float[] tu = new float[(T + 1) * T];
        long c = 1;

        Perceptron(int rows) {
            w = new float[rows * T];
            u = new float[rows * T];
        }

        void epoch(List<Instance> data, Random random) {
            Integer[] order = new Integer[data.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            List<Integer> list = Arrays.asList(order);
            java.util.Collections.shuffle(list, random);
            float[] scores = new float[256 * T];
            int[] path = new int[256];
            for (int idx : list) {
                Instance in = data.get(idx);
                if (scores.length < in.n * T) {
                    scores = new float[in.n * T];
                    path = new int[in.n];
                }
                TrainEntityModel.scores(in, w, scores);
                EntityModel.viterbi(scores, tw, in.n, path);
                for (int i = 0; i < in.n; i++) {
                    int g = in.gold[i];
                    int p = path[i];
                    if (g != p) {
                        for (int k = i * F; k < (i + 1) * F; k++) {
                            int r = in.rows[k];
                            if (r < 0) continue;
                            update(w, u, r * T + g, 1);
                            update(w, u, r * T + p, -1);
                        }
                    }
                    int gPrev = i > 0 ? in.gold[i - 1] : T;
                    int pPrev = i > 0 ? path[i - 1] : T;
                    if (g != p || gPrev != pPrev) {
                        update(tw, tu, gPrev * T + g, 1);
                        update(tw, tu, pPrev * T + p, -1);
                    }
                }
                c++;
            }
        }

        private void update(float[] weights, float[] acc, int k, float delta) {
            weights[k] += delta;
            acc[k] += c * delta;
        }

        float[][] averaged() {
            float[] aw = new float[w.length];
            for (int k = 0; k < w.length; k++) aw[k] = w[k] - u[k] / c;
            float[] at = new float[tw.length];
            for (int k = 0; k < tw.length; k++) at[k] = tw[k] - tu[k] / c;
            return new float[][]{aw, at};
        }
    }

    static double f1(List<Instance> data, float[] w, float[] trans) {
        long tp = 0, fp = 0, fn = 0;
        float[] scores = new float[512 * T];
        int[] path = new int[512];
        for (Instance in : data) {
            if (scores.length < in.n * T) {
                scores = new float[in.n * T];
                path = new int[in.n];
            }
            scores(in, w, scores);
            EntityModel.viterbi(scores, trans, in.n, path);
            List<String> gold = spanKeys(in.gold, in.n);
            List<String> pred = spanKeys(path, in.n);
            for (String s : pred) if (gold.contains(s)) tp++; else fp++;
            for (String s : gold) if (!pred.contains(s)) fn++;
        }
        double p = tp / (double) Math.max(1, tp + fp);
        double r = tp / (double) Math.max(1, tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static List<String> spanKeys(int[] tags, int n) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            int t = i < n ? tags[i] : 0;
            boolean inside = t != 0 && t % 2 == 0 && start >= 0 && EntityModel.labelOf(t) == EntityModel.labelOf(tags[start]);
            if (!inside && start >= 0) {
                out.add(start + ":" + i + ":" + EntityModel.labelOf(tags[start]));
                start = -1;
            }
            if (t != 0 && t % 2 == 1) start = i;
        }
        return out;
    }

    /** Drops feature rows whose averaged weights are all zero after 16-bit quantization. */
    static EntityModel prune(LongIntMap index, float[] w, float[] trans, WordClusters clusters, NameLexicon lexicon) {
        float max = 1e-9f;
        for (float v : w) max = Math.max(max, Math.abs(v));
        float threshold = max / 32767f;
        long[] keys = index.keys();
        LongIntMap kept = new LongIntMap(keys.length);
        float[] out = new float[keys.length * T];
        int rows = 0;
        for (long k : keys) {
            int r = index.get(k, -1);
            boolean any = false;
            for (int t = 0; t < T; t++) any |= Math.abs(w[r * T + t]) >= threshold;
            if (!any) continue;
            System.arraycopy(w, r * T, out, rows * T, T);
            kept.put(k, rows++);
        }
        return new EntityModel(kept, Arrays.copyOf(out, rows * T), trans, clusters, lexicon);
    }
}
