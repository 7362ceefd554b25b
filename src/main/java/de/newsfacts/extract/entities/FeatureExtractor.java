package de.newsfacts.extract.entities;

/**
 * Computes the hashed sparse features of every token of one sentence for the sequence tagger. No feature strings
 * are built: each feature is a 64-bit hash of (template id, hashed character sequences).
 *
 * <p>Templates (w = word, l = lower-cased word, i = current position):
 * bias; w[i]; l[i]; shape[i] (X/x/d/other, max 10 chars); compressed shape[i] (repeats collapsed);
 * prefixes and suffixes of l[i] of length 1-4; l[i-2], l[i-1], l[i+1], l[i+2]; suffix3 of l[i-1] and l[i+1];
 * compressed shape of i-1, i+1 and the trigram i-1..i+1; word bigrams l[i-1]+l[i], l[i]+l[i+1] and the skip pair
 * l[i-1]+l[i+1]; sentence start + capitalisation; first and last part of a hyphenated word ("EU-Verordnung":
 * "eu", "verordnung"); the last part's capitalisation; flags (all caps, initial capital, has digit, has hyphen,
 * has period, length bucket); gazetteer bits of i-1, i, i+1 (first name, country, city, region, begin/inside of
 * a multi-token place, genitive -s of a place); first name at i-1 with shape at i; l[i-1] + compressed shape[i];
 * word cluster of i-1, i, i+1 and cluster bigrams, when the model ships clusters; training-name lexicon
 * ({@link NameLexicon}) labels of i-1, i, i+1, word-level lexicon labels, lexicon x gazetteer; exact words
 * w[i-1], w[i+1]; the trigram l[i-1..i+1]; quote state (inside quotation marks, first token inside) with
 * capitalisation and with compressed shape; the word's capitalisation habit in unlabeled text (with own
 * capitalisation and sentence start, with the neighbours' habits, with suffix3).
 * Stateless and thread-safe; per-call scratch arrays only. The tagger sums the weights of these features through
 * {@link EmissionScorer}, which mirrors the templates (cached per token); change both together.
 */
final class FeatureExtractor {
    /** Bump when templates change; stored in the model so a stale model is rejected at load time. */
    static final int VERSION = 6;
    static final int FEATURES_PER_TOKEN = 62;

    private static final long NONE = 0;
    static final long BOS = 0x1234_5678_9abc_def1L;
    static final long EOS = 0x0fed_cba9_8765_4321L;

    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final NameLexicon lexicon;

    FeatureExtractor(Gazetteer gazetteer, WordClusters clusters, NameLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.clusters = clusters;
        this.lexicon = lexicon;
    }

    static long mix(long a, long b) {
        long h = (a ^ 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L + b;
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        h ^= h >>> 29;
        return h == 0 ? 1 : h;
    }

    /** Key of the always-on bias feature (template 0); its O weight sets how readily the tagger says "entity". */
    static long biasKey() {
        return feature(0, 1);
    }

    static long feature(int template, long value) {
        return mix(template * 0x100000001b3L + 77, value);
    }

    static long feature(int template, long a, long b) {
        return mix(mix(template * 0x100000001b3L + 77, a), b);
    }

    /**
     * Writes {@link #FEATURES_PER_TOKEN} feature hashes per token into {@code out} (0 = absent feature);
     * {@code out.length >= n * FEATURES_PER_TOKEN}.
     */
    void extract(CharSequence text, int[] starts, int[] ends, int n, long[] out) {
        long[] word = new long[n];
        long[] lower = new long[n];
        long[] shape = new long[n];
        long[] cshape = new long[n];
        long[] suf3 = new long[n];
        int[] flags = new int[n];
        int[] gaz = new int[n];
        int[] cluster = new int[n];
        int[] capHabit = new int[n];
        int[] lex = new int[n];
        gazetteer.annotate(text, starts, ends, n, gaz);
        if (lexicon != null) lexicon.annotate(text, starts, ends, n, lex);
        int[] quote = quoteState(text, starts, ends, n);
        for (int i = 0; i < n; i++) {
            int s = starts[i];
            int e = ends[i];
            TokenShape token = TokenShape.of(text, s, e);
            word[i] = token.word();
            lower[i] = token.lower();
            shape[i] = token.shape();
            cshape[i] = token.compactShape();
            suf3[i] = affix(text, Math.max(s, e - 3), e, 3);
            flags[i] = token.flags();
            int c = clusters == null ? -1 : clusters.clusterOf(text, s, e);
            cluster[i] = c < 0 ? c : c & WordClusters.CLUSTER_MASK;
            capHabit[i] = c < 0 ? 4 : c >>> WordClusters.CAP_SHIFT;
        }
        for (int i = 0; i < n; i++) {
            int o = i * FEATURES_PER_TOKEN;
            int s = starts[i];
            int e = ends[i];
            long lPrev = i > 0 ? lower[i - 1] : BOS;
            long lPrev2 = i > 1 ? lower[i - 2] : BOS;
            long lNext = i + 1 < n ? lower[i + 1] : EOS;
            long lNext2 = i + 2 < n ? lower[i + 2] : EOS;
            long cPrev = i > 0 ? cshape[i - 1] : BOS;
            long cNext = i + 1 < n ? cshape[i + 1] : EOS;
            int f = 0;
            out[o + f++] = feature(0, 1);
            out[o + f++] = feature(1, word[i]);
            out[o + f++] = feature(2, lower[i]);
            out[o + f++] = feature(3, shape[i]);
            out[o + f++] = feature(4, cshape[i]);
            for (int k = 1; k <= 4; k++) {
                out[o + f++] = e - s >= k ? feature(4 + k, affix(text, s, s + k, k)) : NONE;
                out[o + f++] = e - s >= k ? feature(8 + k, affix(text, e - k, e, k)) : NONE;
            }
            out[o + f++] = feature(13, lPrev);
            out[o + f++] = feature(14, lNext);
            out[o + f++] = feature(15, lPrev2);
            out[o + f++] = feature(16, lNext2);
            out[o + f++] = feature(17, i > 0 ? suf3[i - 1] : BOS);
            out[o + f++] = feature(18, i + 1 < n ? suf3[i + 1] : EOS);
            out[o + f++] = feature(19, cPrev);
            out[o + f++] = feature(20, cNext);
            out[o + f++] = feature(21, mix(cPrev, cshape[i]), cNext);
            out[o + f++] = feature(22, lPrev, lower[i]);
            out[o + f++] = feature(23, lower[i], lNext);
            out[o + f++] = feature(24, lPrev, lNext);
            out[o + f++] = feature(25, i == 0 ? 1 : i == 1 ? 2 : 3, flags[i] & 3);
            long hyphens = innerHyphens(text, s, e);
            int firstHyphen = (int) (hyphens >> 32);
            int lastHyphen = (int) hyphens;
            if (firstHyphen > 0) {
                out[o + f++] = feature(26, Gazetteer.hashLower(text, s, firstHyphen, Gazetteer.FNV_BASIS));
                out[o + f++] = feature(27, Gazetteer.hashLower(text, lastHyphen + 1, e, Gazetteer.FNV_BASIS));
                out[o + f++] = feature(28, Character.isUpperCase(text.charAt(lastHyphen + 1)) ? 1 : 0,
                        Character.isUpperCase(text.charAt(s)) ? 1 : 0);
            } else {
                out[o + f++] = NONE;
                out[o + f++] = NONE;
                out[o + f++] = NONE;
            }
            out[o + f++] = feature(29, flags[i]);
            out[o + f++] = feature(30, gaz[i]);
            out[o + f++] = feature(31, i > 0 ? gaz[i - 1] : -1);
            out[o + f++] = feature(32, i + 1 < n ? gaz[i + 1] : -1);
            out[o + f++] = feature(33, gaz[i], flags[i] & 3);
            out[o + f++] = feature(34, i > 0 ? gaz[i - 1] & Gazetteer.FIRST_NAME : -1, cshape[i]);
            out[o + f++] = feature(35, lPrev, cshape[i]);
            out[o + f++] = feature(36, lower[i], i > 0 ? flags[i - 1] & 3 : -1);
            if (clusters != null) {
                int cPrevC = i > 0 ? cluster[i - 1] : -2;
                int cNextC = i + 1 < n ? cluster[i + 1] : -3;
                out[o + f++] = feature(37, cluster[i]);
                out[o + f++] = feature(38, cPrevC);
                out[o + f++] = feature(39, cNextC);
                out[o + f++] = feature(40, cPrevC, cluster[i]);
                out[o + f++] = feature(41, cluster[i], cNextC);
                out[o + f++] = feature(42, cluster[i], flags[i] & 3);
                out[o + f++] = feature(43, clusters.coarse(cluster[i]));
                out[o + f++] = feature(44, clusters.coarse(cluster[i]), cshape[i]);
                out[o + f++] = feature(55, capHabit[i], mix(flags[i] & 3, i == 0 ? 1 : 0));
                out[o + f++] = feature(56, i > 0 ? capHabit[i - 1] : -1, capHabit[i]);
                out[o + f++] = feature(57, capHabit[i], i + 1 < n ? capHabit[i + 1] : -1);
                out[o + f++] = feature(58, capHabit[i], suf3[i]);
            }
            out[o + f++] = feature(50, i > 0 ? word[i - 1] : BOS);
            out[o + f++] = feature(51, i + 1 < n ? word[i + 1] : EOS);
            out[o + f++] = feature(52, mix(lPrev, lower[i]), lNext);
            out[o + f++] = feature(53, quote[i], flags[i] & 3);
            out[o + f++] = feature(54, quote[i], cshape[i]);
            if (lexicon != null) {
                out[o + f++] = feature(45, lex[i] & 0xff);
                out[o + f++] = feature(46, lex[i] >>> NameLexicon.WORD_SHIFT, flags[i] & 3);
                out[o + f++] = feature(47, i > 0 ? lex[i - 1] & 0xff : -1);
                out[o + f++] = feature(48, i + 1 < n ? lex[i + 1] & 0xff : -1);
                out[o + f++] = feature(49, lex[i] & 0xff, gaz[i]);
            }
            while (f < FEATURES_PER_TOKEN) out[o + f++] = NONE;
        }
    }

    /**
     * Quote state per token: 0 outside quotes, 1 first token inside, 2 later token inside, 3 the quote mark itself
     * (titles of works and events are often quoted). „ and « open, “ and » close, " toggles.
     */
    static int[] quoteState(CharSequence text, int[] starts, int[] ends, int n) {
        int[] out = new int[n];
        boolean inside = false;
        boolean first = false;
        for (int i = 0; i < n; i++) {
            char c = ends[i] - starts[i] == 1 ? text.charAt(starts[i]) : 0;
            boolean opens = c == '„' || c == '«' || (c == '"' && !inside) || (c == '“' && !inside);
            boolean closes = c == '“' && inside || c == '»' || (c == '"' && inside) || c == '”';
            if (opens || closes) {
                out[i] = 3;
                inside = opens;
                first = opens;
                continue;
            }
            out[i] = inside ? (first ? 1 : 2) : 0;
            first = false;
        }
        return out;
    }

    /** Positions of the first and last hyphen strictly inside {@code text[s, e)} as (first << 32) | last; -1, -1 if none. */
    static long innerHyphens(CharSequence text, int s, int e) {
        int first = -1;
        int last = -1;
        for (int k = s + 1; k < e - 1; k++) {
            if (text.charAt(k) == '-') {
                if (first < 0) first = k;
                last = k;
            }
        }
        return ((long) first << 32) | (last & 0xFFFFFFFFL);
    }

    static long affix(CharSequence text, int from, int to, int k) {
        return mix(k, Gazetteer.hashLower(text, from, to, Gazetteer.FNV_BASIS));
    }
}
