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
 * {@code --min-weight X} (drop features whose largest weight magnitude is at most X, default 0; prints the dev F1
 * with and without the cut-off),
 * {@code --with-dev N} (after tuning, retrain on train+dev for exactly N epochs; 0 = use the best dev epoch),
 * {@code --lexicon-folds N} (jackknife folds for the training-name lexicon, default 2), {@code --clusters FILE} (word clusters to ship, see {@link BuildWordClusters}; built first if FILE is missing),
 * {@code --seeds K} (train K averaged perceptrons on differently shuffled orders in lockstep, choose the epoch
 * count on the dev score of their mean, ship the mean), {@code --o-bias} (choose on dev a penalty on the O tag,
 * folded into the bias feature's O weight; also prints a dev half-split check), {@code --o-penalty X} (fixed O
 * penalty), {@code --label-bias} (also per-label offsets on B-X/I-X; overfits dev, not used), {@code --margin M --miss-cost C} (cost-augmented training) and {@code --sweep "M:C,..."} (dev-only
 * curves for several margin/miss-cost pairs, writes nothing).
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
        float minWeight = 0f;
        int withDev = -1;
        Path clustersFile = null;
        int seeds = 1;
        String sweep = null;
        boolean tuneOBias = false;
        boolean tuneLabelBias = false;
        float fixedOPenalty = Float.NaN;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--corpora" -> corpora = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--epochs" -> maxEpochs = Integer.parseInt(args[++i]);
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--min-weight" -> minWeight = Float.parseFloat(args[++i]);
                case "--with-dev" -> withDev = Integer.parseInt(args[++i]);
                case "--clusters" -> clustersFile = Path.of(args[++i]);
                case "--lexicon-folds" -> lexiconFolds = Integer.parseInt(args[++i]);
                case "--seeds" -> seeds = Integer.parseInt(args[++i]);
                case "--o-bias" -> tuneOBias = true;
                case "--label-bias" -> tuneLabelBias = true;
                case "--o-penalty" -> fixedOPenalty = Float.parseFloat(args[++i]);
                case "--margin" -> margin = Float.parseFloat(args[++i]);
                case "--miss-cost" -> missCost = Float.parseFloat(args[++i]);
                case "--sweep" -> sweep = args[++i];
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
        if (sweep != null) {
            // dev-only exploration: margin:missCost pairs, e.g. "0:0,1:0,2:1"
            for (String pair : sweep.split(",")) {
                String[] mc = pair.split(":");
                margin = Float.parseFloat(mc[0]);
                missCost = Float.parseFloat(mc[1]);
                Perceptron q = new Perceptron(index.size());
                StringBuilder curve = new StringBuilder();
                double top = 0;
                int topEpoch = 0;
                for (int epoch = 1; epoch <= maxEpochs; epoch++) {
                    q.epoch(trainSet, new Random(20140901L + epoch));
                    float[][] avg = q.averaged();
                    double f1 = f1(devSet, avg[0], avg[1]);
                    curve.append(String.format(" %.4f", f1));
                    if (f1 > top) {
                        top = f1;
                        topEpoch = epoch;
                    }
                }
                System.out.printf("margin %s miss %s: best dev F1 %.4f at epoch %d;%s%n", mc[0], mc[1], top, topEpoch, curve);
            }
            return;
        }
        // tuning: `seeds` perceptrons (different shuffle orders) trained in lockstep; each epoch their mean is scored
        // on dev, so the epoch count is chosen for the ensemble that ships, not for one (possibly lucky) order
        Perceptron[] members = new Perceptron[seeds];
        for (int m = 0; m < seeds; m++) members[m] = new Perceptron(index.size());
        int bestEpoch = 0;
        double bestF1 = -1;
        float[][] best = null;
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            final int e = epoch;
            java.util.stream.IntStream.range(0, seeds).parallel()
                    .forEach(m -> members[m].epoch(trainSet, new Random(seed(m, e))));
            float[][] avg = mean(members);
            double f1 = f1(devSet, avg[0], avg[1]);
            System.out.printf("epoch %2d  dev F1 %.4f  (%.0f s)%n", epoch, f1, (System.nanoTime() - t0) / 1e9);
            if (f1 > bestF1) {
                bestF1 = f1;
                bestEpoch = epoch;
                best = avg;
            }
        }
        System.out.printf("best dev epoch %d F1 %.4f (%d seeds)%n", bestEpoch, bestF1, seeds);
        int biasRow = index.get(FeatureExtractor.biasKey(), -1);
        if (tuneOBias) {
            // robustness check: tune on one half of dev, score the other half with and without the offsets
            for (int half = 0; half < 2; half++) {
                List<Instance> tuneOn = new ArrayList<>();
                List<Instance> checkOn = new ArrayList<>();
                for (int k = 0; k < devSet.size(); k++) (k % 2 == half ? tuneOn : checkOn).add(devSet.get(k));
                float[] w = best[0].clone();
                double before = f1(checkOn, w, best[1]);
                float[] offsets = tuneBiases(tuneOn, w, best[1], biasRow, true, tuneLabelBias, false);
                System.out.printf("half %d: offsets %s; other half F1 %.4f -> %.4f%n", half, Arrays.toString(offsets),
                        before, f1(checkOn, w, best[1]));
            }
        }
        float[] offsets = tuneBiases(devSet, best[0], best[1], biasRow, tuneOBias, tuneLabelBias, true);
        if (!Float.isNaN(fixedOPenalty)) {
            offsets[0] = fixedOPenalty;
            best[0][biasRow * T] -= fixedOPenalty;
            System.out.printf("O penalty fixed at %.1f: dev F1 %.4f%n", fixedOPenalty, f1(devSet, best[0], best[1]));
        }
        if (minWeight > 0) {
            // what the cut-off costs on dev, for the tuned (train-only) ensemble
            float[] cut = best[0].clone();
            int kept = dropWeakRows(cut, minWeight);
            System.out.printf("min weight %.2f: dev F1 %.4f -> %.4f (%d of %d features kept)%n", minWeight,
                    f1(devSet, best[0], best[1]), f1(devSet, cut, best[1]), kept, cut.length / T);
        }
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
            Perceptron[] all2 = new Perceptron[seeds];
            int allRows = index.size();
            java.util.stream.IntStream.range(0, seeds).parallel().forEach(m -> {
                all2[m] = new Perceptron(allRows);
                for (int epoch = 1; epoch <= epochs; epoch++) all2[m].epoch(allSet, new Random(seed(m, epoch)));
            });
            best = mean(all2);
            applyBiases(best[0], index.get(FeatureExtractor.biasKey(), -1), offsets);
            shippedLexicon = lexicon(all, -1);
            System.out.printf("retrained on train+dev for %d epochs (%d features)%n", epochs, index.size());
        }
        dropWeakRows(best[0], minWeight);
        EntityModel model = prune(index, best[0], best[1], clusters, shippedLexicon);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        System.out.printf("wrote %s: %d features, %d bytes; total %.0f s%n", out, model.featureCount(), Files.size(out),
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Averages the averaged weights of {@code seeds} perceptrons trained for {@code epochs} epochs each on differently
     * shuffled sentence orders ({@code first} is seed 0, already trained); two threads.
     */
    /**
     * Chooses on {@code data} an O penalty (offsets[0], subtracted from O) and then, one coordinate-ascent pass, a
     * per-label offset (offsets[1 + label], added to B-X and I-X) on the bias feature's row; applies them to {@code w}.
     */
    static float[] tuneBiases(List<Instance> data, float[] w, float[] trans, int biasRow, boolean oBias,
                              boolean labelBias, boolean verbose) {
        float[] offsets = new float[1 + EntityModel.LABELS.length];
        double bestF1 = f1(data, w, trans);
        if (oBias) {
            float base = w[biasRow * T];
            for (float b = -1f; b <= 8f; b += 0.5f) {
                w[biasRow * T] = base - b;
                double f = f1(data, w, trans);
                if (f > bestF1 + 1e-4) {
                    bestF1 = f;
                    offsets[0] = b;
                }
            }
            w[biasRow * T] = base - offsets[0];
            if (verbose) System.out.printf("O penalty chosen on dev: %.1f (dev F1 %.4f)%n", offsets[0], bestF1);
        }
        if (labelBias) {
            for (int label = 0; label < EntityModel.LABELS.length; label++) {
                float chosen = 0;
                for (float d = -2f; d <= 4f; d += 0.5f) {
                    w[biasRow * T + 1 + 2 * label] += d;
                    w[biasRow * T + 2 + 2 * label] += d;
                    double f = f1(data, w, trans);
                    w[biasRow * T + 1 + 2 * label] -= d;
                    w[biasRow * T + 2 + 2 * label] -= d;
                    if (f > bestF1 + 1e-4) {
                        bestF1 = f;
                        chosen = d;
                    }
                }
                offsets[1 + label] = chosen;
                w[biasRow * T + 1 + 2 * label] += chosen;
                w[biasRow * T + 2 + 2 * label] += chosen;
                if (verbose) System.out.printf("%s offset chosen on dev: %+.1f (dev F1 %.4f)%n", EntityModel.LABELS[label], chosen, bestF1);
            }
        }
        return offsets;
    }

    static void applyBiases(float[] w, int biasRow, float[] offsets) {
        w[biasRow * T] -= offsets[0];
        for (int label = 0; label + 1 < offsets.length; label++) {
            w[biasRow * T + 1 + 2 * label] += offsets[1 + label];
            w[biasRow * T + 2 + 2 * label] += offsets[1 + label];
        }
    }

    /** Shuffle seed of member m in epoch e (member 0 = the single-model seeds of v1). */
    static long seed(int m, int epoch) {
        return 20140901L + 1000L * m + epoch;
    }

    /** Mean of the members' averaged weights (the shipped ensemble is this single weight vector). */
    static float[][] mean(Perceptron[] members) {
        float[][] out = null;
        for (Perceptron member : members) {
            float[][] avg = member.averaged();
            if (out == null) {
                out = avg;
            } else {
                for (int part = 0; part < 2; part++) for (int k = 0; k < out[part].length; k++) out[part][k] += avg[part][k];
            }
        }
        for (int part = 0; part < 2; part++) for (int k = 0; k < out[part].length; k++) out[part][k] /= members.length;
        return out;
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

    /** Cost-augmented training (see {@link Perceptron#epoch}): margin for every wrong tag, extra for a missed entity token. */
    static float margin = 0;
    static float missCost = 0;

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
                if (margin > 0 || missCost > 0) {
                    // cost-augmented decoding: wrong tags get a head start, so updates continue until the gold
                    // path wins by a margin; missing an entity token (gold entity, tagged O) costs extra
                    for (int i = 0; i < in.n; i++) {
                        int g = in.gold[i];
                        for (int t = 0; t < T; t++) {
                            if (t != g) scores[i * T + t] += margin + (g != 0 && t == 0 ? missCost : 0);
                        }
                    }
                }
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

    /**
     * Zeroes every feature row of {@code w} whose largest weight magnitude is at most {@code minWeight} (a
     * weight-magnitude cut-off; {@link #prune} then drops the rows) and returns the number of rows left non-zero.
     * Most features of an averaged perceptron are rare ones with small weights: they hardly move a score but fill
     * the weight table, and every table lookup is a cache miss at run time.
     */
    static int dropWeakRows(float[] w, float minWeight) {
        int kept = 0;
        for (int r = 0; r < w.length / T; r++) {
            float max = 0f;
            for (int t = 0; t < T; t++) max = Math.max(max, Math.abs(w[r * T + t]));
            if (max > minWeight) {
                if (max > 0f) kept++;
                continue;
            }
            Arrays.fill(w, r * T, (r + 1) * T, 0f);
        }
        return kept;
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
