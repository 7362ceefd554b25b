package de.newsfacts.extract.entities;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order linear-chain tagger over BIO tags: per-feature weight rows ({@link #TAGS} floats each), tag
 * transition weights, and optional word clusters; decoded exactly with Viterbi under the BIO constraint (I-X
 * only after B-X or I-X). Immutable after loading and thread-safe.
 *
 * <p>File format (gzip, big-endian): magic "NFNE", format version, {@link FeatureExtractor#VERSION}, tag count,
 * tag names, feature count, per feature its 64-bit key, then a weight scale and per feature the weights quantized
 * to 16-bit integers, transition matrix ((tags + 1) x tags, last row = sentence start) as floats, then the word
 * clusters (count, per word its 64-bit key and cluster id, coarse map), then the name lexicon (count, keys, label bits).
 */
final class EntityModel {
    static final String[] TAGS = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"};
    static final int T = TAGS.length;

    static {
        if (T != 9) throw new AssertionError("the packed weight rows and addFour assume 9 tags");
    }
    private static final int MAGIC = 0x4E464E45;
    private static final int FORMAT = 2;

    /**
     * Run-time table of the weights for cache-friendly scoring: slot k holds the feature key at
     * {@code packed[4k]} and its {@link #T} weights as 16-bit integers (units of {@link #scale}) in the next three
     * longs (tags 0-3, 4-7 and 8), so a feature lookup touches one cache line. It is the model's only copy of the
     * weights.
     */
    private final long[] packed;
    private final int packedMask;
    private final int features;
    private final float scale;
    /**
     * A Bloom filter of the feature keys (two bits in one 64-bit word per key; 512 KB, about 8 % false positives):
     * most lookups of an unknown feature (about 3 in 10 on news text) stop here, in cache, instead of missing into
     * {@link #packed}. It has no false negatives, so it never changes a score.
     */
    private final long[] filter = new long[1 << FILTER_BITS];
    private static final int FILTER_BITS = 16;
    final float[] transitions;
    final WordClusters clusters;
    final NameLexicon lexicon;

    /** A model from float weights ({@code weights[row * T + t]} for the feature with value {@code row} in the index). */
    EntityModel(LongIntMap featureIndex, float[] weights, float[] transitions, WordClusters clusters, NameLexicon lexicon) {
        this(quantize(featureIndex, weights), transitions, clusters, lexicon);
    }

    private EntityModel(Quantized q, float[] transitions, WordClusters clusters, NameLexicon lexicon) {
        this.lexicon = lexicon;
        this.scale = q.scale;
        this.features = q.keys.length;
        int slots = Integer.highestOneBit(Math.max(16, features * 2 - 1)) << 1;
        this.packed = new long[slots * 4];
        this.packedMask = slots - 1;
        for (int row : insertionOrder(q.weights)) {
            long key = q.keys[row];
            int slot = LongIntMap.slot(key, packedMask);
            while (packed[slot * 4] != 0) slot = (slot + 1) & packedMask;
            packed[slot * 4] = key;
            long h = key * FILTER_MULTIPLIER;
            filter[(int) (h >>> (64 - FILTER_BITS))] |= filterMask(h);
            for (int t = 0; t < T; t++) {
                packed[slot * 4 + 1 + t / 4] |= (q.weights[row * T + t] & 0xffffL) << (16 * (t % 4));
            }
        }
        this.transitions = transitions;
        this.clusters = clusters;
    }

    /**
     * Feature keys in ascending order with their weights as 16-bit integers ({@code weights[row * T + t]}) and
     * the float value of one unit.
     */
    private record Quantized(long[] keys, short[] weights, float scale) {
    }

    /** Float weights to 16-bit integers: the largest magnitude becomes 32767. */
    private static Quantized quantize(LongIntMap featureIndex, float[] weights) {
        float max = 1e-9f;
        for (float w : weights) max = Math.max(max, Math.abs(w));
        float scale = max / 32767f;
        long[] keys = featureIndex.keys();
        short[] quantized = new short[keys.length * T];
        for (int i = 0; i < keys.length; i++) {
            int row = featureIndex.get(keys[i], -1);
            for (int t = 0; t < T; t++) quantized[i * T + t] = (short) Math.round(weights[row * T + t] / scale);
        }
        return new Quantized(keys, quantized, scale);
    }

    /**
     * The rows in the order their keys are put into {@link #packed}: by the sum of their quantized weights'
     * magnitudes, largest first (ties in key order). Linear probing leaves the keys inserted first in their home
     * slot; features the perceptron weighted heavily are the ones it met often in training, and news text looks
     * them up often too, so on news text 3 % instead of 16 % of the lookups that reach the table find their key
     * beyond its home slot (each such step is one more dependent memory access). The order only moves keys between
     * slots: every lookup finds the same weights.
     */
    private static int[] insertionOrder(short[] weights) {
        int n = weights.length / T;
        if (n > 1 << 24) throw new IllegalStateException("more than 2^24 features: the sort key holds 24 index bits");
        long[] order = new long[n];   // (Long.MAX_VALUE >> 24) - magnitude in the high bits, row in the low 24
        for (int row = 0; row < n; row++) {
            long magnitude = 0;
            for (int t = 0; t < T; t++) magnitude += Math.abs(weights[row * T + t]);
            order[row] = ((Long.MAX_VALUE >> 24) - magnitude) << 24 | row;
        }
        Arrays.sort(order);
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = (int) (order[i] & 0xffffff);
        return rows;
    }

    /** The number of features with weights. */
    int featureCount() {
        return features;
    }

    static boolean allowed(int prev, int next) {
        if (next == 0 || next % 2 == 1) return true; // O or B-X
        return prev == next || prev == next - 1;      // I-X after B-X or I-X
    }

    static int labelOf(int tag) {
        return tag == 0 ? -1 : (tag - 1) / 2;
    }

    static final String[] LABELS = {"PER", "LOC", "ORG", "MISC"};

    /** The index of {@code label} in {@link #LABELS} (the value {@link #labelOf} gives for its tags). */
    static int labelIndex(String label) {
        for (int i = 0; i < LABELS.length; i++) if (LABELS[i].equals(label)) return i;
        throw new IllegalArgumentException(label);
    }

    /** The float value of one weight unit: an emission score is (sum of quantized weights) * scale. */
    float scale() {
        return scale;
    }

    /**
     * Adds the quantized weights of feature {@code key} (nothing if 0 or unknown) to {@code acc[off .. off + T)}.
     * A token's emission score for tag t is (sum of its features' quantized weights) * {@link #scale()}; integer
     * sums do not depend on the order of the additions, so any grouping of the features gives the same score.
     */
    void addWeights(long key, int[] acc, int off) {
        if (key == 0) return;
        int slot = LongIntMap.slot(key, packedMask);
        long k;
        while ((k = packed[slot << 2]) != key && k != 0) slot = (slot + 1) & packedMask;
        if (k == 0) return;
        int base = slot << 2;
        addFour(packed[base + 1], acc, off);
        addFour(packed[base + 2], acc, off + 4);
        acc[off + 8] += (short) packed[base + 3];
    }

    /**
     * Adds the weights of {@code count} features, {@code keys[f]} into {@code acc[offsets[f] ..]}, as
     * {@link #addWeights(long, int[], int)} one by one would. A first pass reads the {@link #filter} word of every
     * key, a second the home slot of every key that passes, in loops without data-dependent branches, so the
     * (mostly cache-missing) loads of the batch overlap; the third pass probes and adds from cache. {@code keyAt}
     * and {@code lastAt} are scratch of at least {@code count}.
     */
    void addWeights(long[] keys, int[] offsets, int count, int[] acc, int[] slots, long[] keyAt, long[] lastAt) {
        // 1: the filter words (in cache); 2: the home slots of the keys that pass (main memory, overlapping);
        // 3: probe and add
        for (int f = 0; f < count; f++) {
            long h = keys[f] * FILTER_MULTIPLIER;
            keyAt[f] = filter[(int) (h >>> (64 - FILTER_BITS))];
            lastAt[f] = filterMask(h);
        }
        for (int f = 0; f < count; f++) {
            long key = keys[f];
            boolean maybe = key != 0 && (keyAt[f] & lastAt[f]) == lastAt[f];
            int base = maybe ? LongIntMap.slot(key, packedMask) << 2 : 0;
            slots[f] = maybe ? base : -1;
            keyAt[f] = packed[base];
            lastAt[f] = packed[base + 3];   // a slot may straddle two cache lines: touch both
        }
        for (int f = 0; f < count; f++) {
            int base = slots[f];
            if (base < 0) continue;
            long key = keys[f];
            long k = keyAt[f];
            long last = lastAt[f];
            if (k != key) {
                if (k == 0) continue;
                int slot = base >> 2;
                do {
                    slot = (slot + 1) & packedMask;
                    k = packed[slot << 2];
                } while (k != key && k != 0);
                if (k == 0) continue;
                base = slot << 2;
                last = packed[base + 3];
            }
            int off = offsets[f];
            addFour(packed[base + 1], acc, off);
            addFour(packed[base + 2], acc, off + 4);
            acc[off + 8] += (short) last;
        }
    }

    private static final long FILTER_MULTIPLIER = 0xC2B2AE3D27D4EB4FL;

    /** The two bits of a key (multiplied by {@link #FILTER_MULTIPLIER}) in its filter word. */
    private static long filterMask(long h) {
        return (1L << (h >>> 35)) | (1L << (h >>> 41));   // shifts use the low 6 bits: bits 35..40 and 41..46
    }

    /**
     * Adds the four 16-bit weights packed in {@code bits} to {@code acc[at .. at + 4)}. Written out rather than as a
     * loop: a loop here is inlined into the batch method, where the JIT's loop-predicate speculation on it failed
     * and recompiled the whole batch method several times per run.
     */
    private static void addFour(long bits, int[] acc, int at) {
        acc[at] += (short) bits;
        acc[at + 1] += (short) (bits >>> 16);
        acc[at + 2] += (short) (bits >>> 32);
        acc[at + 3] += (short) (bits >>> 48);
    }

    /** Viterbi best path under the BIO constraint; returns tags in {@code path}. */
    static void viterbi(float[] scores, float[] transitions, int n, int[] path) {
        viterbi(scores, transitions, n, path, new float[n * T], new int[n * T]);
    }

    /**
     * {@link #viterbi(float[], float[], int, int[])} with the caller's work arrays {@code delta} and {@code back}
     * (at least {@code n * T} long), so that tagging a sentence allocates nothing here.
     */
    static void viterbi(float[] scores, float[] transitions, int n, int[] path, float[] delta, int[] back) {
        if (n == 0) return;
        for (int t = 0; t < T; t++) {
            delta[t] = allowed(0, t) ? scores[t] + transitions[T * T + t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            int o = i * T;
            int p = o - T;
            for (int t = 0; t < T; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                // I-X (even t > 0) may only follow B-X (t - 1) or I-X (t); O and B-X may follow anything
                boolean inside = t != 0 && t % 2 == 0;
                for (int q = inside ? t - 1 : 0, qEnd = inside ? t : T - 1; q <= qEnd; q++) {
                    float v = delta[p + q] + transitions[q * T + t];
                    if (v > best) {
                        best = v;
                        arg = q;
                    }
                }
                delta[o + t] = best + scores[o + t];
                back[o + t] = arg;
            }
        }
        int o = (n - 1) * T;
        int arg = 0;
        for (int t = 1; t < T; t++) if (delta[o + t] > delta[o + arg]) arg = t;
        for (int i = n - 1; i >= 0; i--) {
            path[i] = arg;
            arg = back[i * T + arg];
        }
    }

    void write(OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw, 1 << 16), 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(FeatureExtractor.VERSION);
        out.writeInt(T);
        for (String tag : TAGS) out.writeUTF(tag);
        long[] keys = new long[features];
        int n = 0;
        for (int slot = 0; slot <= packedMask; slot++) if (packed[slot * 4] != 0) keys[n++] = packed[slot * 4];
        Arrays.sort(keys);
        int[] bases = new int[features];
        for (int i = 0; i < features; i++) {
            int slot = LongIntMap.slot(keys[i], packedMask);
            while (packed[slot * 4] != keys[i]) slot = (slot + 1) & packedMask;
            bases[i] = slot * 4;
        }
        out.writeInt(features);
        for (long k : keys) out.writeLong(k);
        out.writeFloat(scale);
        // column-major by tag: long runs of zeros compress well
        for (int t = 0; t < T; t++) {
            for (int base : bases) out.writeShort((short) (packed[base + 1 + t / 4] >>> (16 * (t % 4))));
        }
        for (float v : transitions) out.writeFloat(v);
        ClusterTable.write(clusters == null ? null : ClusterTable.of(clusters), out);
        long[] lexKeys = lexicon == null ? new long[0] : lexicon.names.keys();
        out.writeInt(lexKeys.length);
        for (long k : lexKeys) out.writeLong(k);
        for (long k : lexKeys) out.writeShort(lexicon.names.get(k, 0));
        out.flush();
        out.close();
    }

    static EntityModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC) throw new IOException("not an entity model");
        if (in.readInt() != FORMAT) throw new IOException("unsupported model format");
        int version = in.readInt();
        if (version != FeatureExtractor.VERSION) {
            throw new IOException("model was trained for feature version " + version + ", code has " + FeatureExtractor.VERSION);
        }
        int t = in.readInt();
        if (t != T) throw new IOException("tag set mismatch");
        for (int i = 0; i < t; i++) if (!in.readUTF().equals(TAGS[i])) throw new IOException("tag set mismatch");
        int n = in.readInt();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = in.readLong();
        float fileScale = in.readFloat();
        short[] weights = new short[n * T];
        byte[] buf = new byte[n * 2];
        int maxAbs = 0;
        for (int tag = 0; tag < T; tag++) {
            in.readFully(buf);
            for (int i = 0; i < n; i++) {
                short q = (short) (((buf[2 * i] & 0xff) << 8) | (buf[2 * i + 1] & 0xff));
                weights[i * T + tag] = q;
                maxAbs = Math.max(maxAbs, Math.abs(q));
            }
        }
        // the scale a model built from the float weights (q * fileScale) would compute, to the last bit
        float scale = Math.max(1e-9f, maxAbs * fileScale) / 32767f;
        float[] transitions = new float[(T + 1) * T];
        for (int i = 0; i < transitions.length; i++) transitions[i] = in.readFloat();
        WordClusters clusters = ClusterTable.read(in);
        int lexCount = in.readInt();
        NameLexicon lexicon = null;
        if (lexCount > 0) {
            long[] lexKeys = new long[lexCount];
            for (int i = 0; i < lexCount; i++) lexKeys[i] = in.readLong();
            LongIntMap names = new LongIntMap(lexCount);
            for (int i = 0; i < lexCount; i++) names.put(lexKeys[i], in.readShort() & 0xffff);
            lexicon = new NameLexicon(names);
        }
        return new EntityModel(new Quantized(keys, weights, scale), transitions, clusters, lexicon);
    }
}
