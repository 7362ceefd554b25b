package de.newsfacts.extract.entities;

import java.util.Arrays;
import java.util.function.LongBinaryOperator;

import static de.newsfacts.extract.entities.FeatureExtractor.BOS;
import static de.newsfacts.extract.entities.FeatureExtractor.EOS;
import static de.newsfacts.extract.entities.FeatureExtractor.feature;
import static de.newsfacts.extract.entities.FeatureExtractor.mix;

/**
 * The tagger's emission scores for one sentence: exactly (bit for bit) the sum of the quantized weights of the
 * features of {@link FeatureExtractor#extract} times the model's scale ({@link EntityModel#addWeights}), but with
 * far fewer lookups in the 64 MB weight table. {@link FeatureExtractor} stays the definition of the features
 * (training uses it); a template change there must be mirrored here ({@code EmissionScorerTest} compares both).
 * Integer sums do not depend on how the terms are grouped, so the features can be summed in any grouping:
 * <ol>
 *   <li>Features that depend on one token's characters only (bias, word, lower case, shapes, affixes, hyphen
 *       parts, flags, cluster, coarse cluster, capitalisation habit x suffix) are summed once per distinct token
 *       string, and so are the features through which a token enters its neighbours' scores (lower case, suffix3,
 *       compressed shape, cluster and word at i-1 and i+1, lower case at i-2 and i+2). These sums sit in a bounded
 *       per-thread cache ({@link TokenCache}); news text is Zipf-distributed, so most tokens hit.</li>
 *   <li>Templates over small value domains (position bucket, gazetteer bits, lexicon bits, quote state,
 *       capitalisation habits, each with flags) read weight rows precomputed at load time; a value outside the
 *       table falls back to the hashed lookup.</li>
 *   <li>The remaining context templates (word, shape and cluster bigrams and trigrams, neighbour x shape) are
 *       hashed and looked up per token.</li>
 *   <li>Gazetteer and lexicon bits equal {@link Gazetteer#annotate} and {@link NameLexicon#annotate}: the
 *       single-token parts come from the cache; multi-token matches are tried only from a capitalised token
 *       (the only place where they count); a gazetteer match is extended only while the tokens so far begin a
 *       listed name ({@link Gazetteer#isNamePrefix}), a lexicon match only over tokens that occur in some lexicon
 *       name (every word of a lexicon name has a word entry, see {@link NameLexicon}). Both stops are exact up to
 *       a 64-bit hash collision, which in the plain lookup would have been a spurious match anyway.</li>
 *   <li>All hashed lookups of a sentence (and of a new token) are collected and done in one batch
 *       ({@link EntityModel#addWeights(long[], int[], int, int[], int[], long[], long[])}), so their cache misses
 *       overlap.</li>
 * </ol>
 * Thread-safe: shared state is immutable, the cache and scratch arrays are per thread.
 */
final class EmissionScorer {
    private static final int T = EntityModel.T;
    private static final int PLACES = Gazetteer.COUNTRY | Gazetteer.CITY | Gazetteer.REGION;

    /** Offsets of a token's cached weight sums: its own features, then its share in the scores of i+1, i-1, i+2, i-2. */
    static final int SELF = 0;
    static final int AS_PREV = T;
    static final int AS_NEXT = 2 * T;
    static final int AS_PREV2 = 3 * T;
    static final int AS_NEXT2 = 4 * T;
    static final int VECTORS = 5 * T;

    private final EntityModel model;
    private final Gazetteer gazetteer;
    private final WordClusters clusters;
    private final NameLexicon lexicon;
    private final float scale;
    /** Rows for a missing neighbour: no i-1, no i+1, no i-2, no i+2 (same layout as a cache slot minus SELF). */
    private final int[] boundary = new int[VECTORS];
    private final Table position;
    private final Table gazHere;
    private final Table gazPrev;
    private final Table gazNext;
    private final Table gazFlags;
    private final Table quoteFlags;
    private final Table habitHere;
    private final Table habitPrev;
    private final Table habitNext;
    private final Table lexHere;
    private final Table lexWord;
    private final Table lexPrev;
    private final Table lexNext;
    private final Table lexGaz;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    EmissionScorer(EntityModel model, Gazetteer gazetteer) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.clusters = model.clusters;
        this.lexicon = model.lexicon;
        this.scale = model.scale();
        model.addWeights(feature(13, BOS), boundary, AS_PREV);
        model.addWeights(feature(17, BOS), boundary, AS_PREV);
        model.addWeights(feature(19, BOS), boundary, AS_PREV);
        model.addWeights(feature(50, BOS), boundary, AS_PREV);
        model.addWeights(feature(14, EOS), boundary, AS_NEXT);
        model.addWeights(feature(18, EOS), boundary, AS_NEXT);
        model.addWeights(feature(20, EOS), boundary, AS_NEXT);
        model.addWeights(feature(51, EOS), boundary, AS_NEXT);
        if (clusters != null) {
            model.addWeights(feature(38, -2), boundary, AS_PREV);
            model.addWeights(feature(39, -3), boundary, AS_NEXT);
        }
        model.addWeights(feature(15, BOS), boundary, AS_PREV2);
        model.addWeights(feature(16, EOS), boundary, AS_NEXT2);
        position = new Table(model, 1, 3, 0, 3, (a, b) -> feature(25, a, b));
        gazHere = new Table(model, 0, 63, 0, 0, (a, b) -> feature(30, a));
        gazPrev = new Table(model, -1, 63, 0, 0, (a, b) -> feature(31, a));
        gazNext = new Table(model, -1, 63, 0, 0, (a, b) -> feature(32, a));
        gazFlags = new Table(model, 0, 63, 0, 3, (a, b) -> feature(33, a, b));
        quoteFlags = new Table(model, 0, 3, 0, 3, (a, b) -> feature(53, a, b));
        // capitalisation habit 0..7 (4 = unknown word); b = flags & 3, plus 4 at sentence start
        habitHere = new Table(model, 0, 7, 0, 7, (a, b) -> feature(55, a, mix(b & 3, b >> 2)));
        habitPrev = new Table(model, -1, 7, 0, 7, (a, b) -> feature(56, a, b));
        habitNext = new Table(model, 0, 7, -1, 7, (a, b) -> feature(57, a, b));
        lexHere = new Table(model, 0, 255, 0, 0, (a, b) -> feature(45, a));
        lexWord = new Table(model, 0, 63, 0, 3, (a, b) -> feature(46, a, b));
        lexPrev = new Table(model, -1, 255, 0, 0, (a, b) -> feature(47, a));
        lexNext = new Table(model, -1, 255, 0, 0, (a, b) -> feature(48, a));
        lexGaz = new Table(model, 0, 31, 0, 63, (a, b) -> feature(49, a, b));
    }

    /** Fills {@code scores[i * T + t]} for the n tokens {@code [starts[i], ends[i])} of {@code text}. */
    void score(String text, int[] starts, int[] ends, int n, float[] scores) {
        if (n == 0) return;
        Scratch sc = scratch.get();
        sc.ensure(n);
        int[] acc = sc.acc;
        Arrays.fill(acc, 0, n * T, 0);
        addTokenRows(text, starts, ends, n, sc, acc);
        annotateNames(text, starts, ends, n, sc);
        addContextFeatures(text, starts, ends, n, sc, acc);
        sc.batch.flush(model, acc);
        for (int k = 0, end = n * T; k < end; k++) scores[k] = acc[k] * scale;
    }

    // score() is split in three methods so that the JIT compiles (and after a deoptimisation recompiles) each on
    // its own: as one method it was compiled three times in a run of the job, 2.1 s of compiler time in all.

    /** The tokens' cached single-token rows (own features, and their share in the neighbours' scores). */
    private void addTokenRows(String text, int[] starts, int[] ends, int n, Scratch sc, int[] acc) {
        TokenCache cache = sc.cache;
        int[] data = cache.data;
        char[] chars = sc.chars(text);
        for (int i = 0; i < n; i++) {
            int v = cache.slotOf(this, text, chars, starts[i], ends[i]) * TokenCache.RECORD;
            sc.lower[i] = TokenCache.getLong(data, v + TokenCache.LOWER);
            sc.cshape[i] = TokenCache.getLong(data, v + TokenCache.CSHAPE);
            sc.flags[i] = data[v + TokenCache.FLAGS];
            sc.cluster[i] = data[v + TokenCache.CLUSTER];
            sc.habit[i] = data[v + TokenCache.HABIT];
            sc.gaz[i] = data[v + TokenCache.GAZ_BITS];
            sc.place[i] = data[v + TokenCache.PLACE_KINDS];
            sc.lex[i] = data[v + TokenCache.LEX_WORD];
            sc.lexWord[i] = data[v + TokenCache.LEX_WORD];
            sc.lexName[i] = data[v + TokenCache.LEX_NAME];
            int o = i * T;
            add(data, v + SELF, acc, o);
            add(i + 1 < n ? data : boundary, i + 1 < n ? v + AS_PREV : AS_NEXT, acc, i + 1 < n ? o + T : o);
            add(i > 0 ? data : boundary, i > 0 ? v + AS_NEXT : AS_PREV, acc, i > 0 ? o - T : o);
            add(i + 2 < n ? data : boundary, i + 2 < n ? v + AS_PREV2 : AS_NEXT2, acc, i + 2 < n ? o + 2 * T : o);
            add(i > 1 ? data : boundary, i > 1 ? v + AS_NEXT2 : AS_PREV2, acc, i > 1 ? o - 2 * T : o);
        }
    }

    /** The context templates: table rows for small value domains, hashed lookups (batched) for the rest. */
    private void addContextFeatures(String text, int[] starts, int[] ends, int n, Scratch sc, int[] acc) {
        int[] quote = FeatureExtractor.quoteState(text, starts, ends, n);
        long[] lower = sc.lower;
        long[] cshape = sc.cshape;
        int[] flags = sc.flags;
        int[] gaz = sc.gaz;
        int[] cluster = sc.cluster;
        int[] habit = sc.habit;
        int[] lex = sc.lex;
        Batch batch = sc.batch;
        for (int i = 0; i < n; i++) {
            int o = i * T;
            long l = lower[i];
            long cs = cshape[i];
            int f3 = flags[i] & 3;
            long lPrev = i > 0 ? lower[i - 1] : BOS;
            long lNext = i + 1 < n ? lower[i + 1] : EOS;
            long cPrev = i > 0 ? cshape[i - 1] : BOS;
            long cNext = i + 1 < n ? cshape[i + 1] : EOS;
            batch.add(feature(21, mix(cPrev, cs), cNext), o);
            batch.add(feature(22, lPrev, l), o);
            batch.add(feature(23, l, lNext), o);
            batch.add(feature(24, lPrev, lNext), o);
            int pos = i == 0 ? 1 : i == 1 ? 2 : 3;
            if (!position.add(pos, f3, acc, o)) batch.add(feature(25, pos, f3), o);
            int g = gaz[i];
            int gPrev = i > 0 ? gaz[i - 1] : -1;
            int gNext = i + 1 < n ? gaz[i + 1] : -1;
            if (!gazHere.add(g, 0, acc, o)) batch.add(feature(30, g), o);
            if (!gazPrev.add(gPrev, 0, acc, o)) batch.add(feature(31, gPrev), o);
            if (!gazNext.add(gNext, 0, acc, o)) batch.add(feature(32, gNext), o);
            if (!gazFlags.add(g, f3, acc, o)) batch.add(feature(33, g, f3), o);
            batch.add(feature(34, i > 0 ? gaz[i - 1] & Gazetteer.FIRST_NAME : -1, cs), o);
            batch.add(feature(35, lPrev, cs), o);
            batch.add(feature(36, l, i > 0 ? flags[i - 1] & 3 : -1), o);
            if (clusters != null) {
                int c = cluster[i];
                batch.add(feature(40, i > 0 ? cluster[i - 1] : -2, c), o);
                batch.add(feature(41, c, i + 1 < n ? cluster[i + 1] : -3), o);
                int h = habit[i];
                int start = i == 0 ? 1 : 0;
                if (!habitHere.add(h, f3 + 4 * start, acc, o)) batch.add(feature(55, h, mix(f3, start)), o);
                int hPrev = i > 0 ? habit[i - 1] : -1;
                int hNext = i + 1 < n ? habit[i + 1] : -1;
                if (!habitPrev.add(hPrev, h, acc, o)) batch.add(feature(56, hPrev, h), o);
                if (!habitNext.add(h, hNext, acc, o)) batch.add(feature(57, h, hNext), o);
            }
            batch.add(feature(52, mix(lPrev, l), lNext), o);
            int q = quote[i];
            if (!quoteFlags.add(q, f3, acc, o)) batch.add(feature(53, q, f3), o);
            batch.add(feature(54, q, cs), o);
            if (lexicon != null) {
                int x = lex[i] & 0xff;
                int word = lex[i] >>> NameLexicon.WORD_SHIFT;
                int xPrev = i > 0 ? lex[i - 1] & 0xff : -1;
                int xNext = i + 1 < n ? lex[i + 1] & 0xff : -1;
                if (!lexHere.add(x, 0, acc, o)) batch.add(feature(45, x), o);
                if (!lexWord.add(word, f3, acc, o)) batch.add(feature(46, word, f3), o);
                if (!lexPrev.add(xPrev, 0, acc, o)) batch.add(feature(47, xPrev), o);
                if (!lexNext.add(xNext, 0, acc, o)) batch.add(feature(48, xNext), o);
                if (!lexGaz.add(x, g, acc, o)) batch.add(feature(49, x, g), o);
            }
        }
    }

    private static void add(int[] rows, int from, int[] acc, int off) {
        for (int t = 0; t < T; t++) acc[off + t] += rows[from + t];
    }

    /**
     * Completes the gazetteer and lexicon bits (single-token parts are already in {@code sc.gaz}, {@code sc.lex}):
     * the longest multi-token match starting at each capitalised token. Both look up the same chain of hashes of
     * tokens i..t, lower-cased and joined by one space.
     */
    private void annotateNames(String text, int[] starts, int[] ends, int n, Scratch sc) {
        int[] gaz = sc.gaz;
        int[] lex = sc.lex;
        int maxTokens = lexicon == null ? Gazetteer.MAX_NAME_TOKENS : Math.max(Gazetteer.MAX_NAME_TOKENS, NameLexicon.MAX_TOKENS);
        for (int i = 0; i < n; i++) {
            if ((sc.flags[i] & 1) == 0) continue;   // matches only count from a capitalised token
            int gazLen = 0;
            int gazKinds = 0;
            int lexLen = 0;
            int lexBits = 0;
            if (sc.place[i] != 0) {
                gazLen = 1;
                gazKinds = sc.place[i];
            }
            if (sc.lexName[i] != 0) {
                lexLen = 1;
                lexBits = sc.lexName[i];
            }
            long h = sc.lower[i];
            boolean gazAlive = gazetteer.isNamePrefix(h);
            boolean lexAlive = lexicon != null && sc.lexWord[i] != 0;
            int maxLen = Math.min(maxTokens, n - i);
            for (int len = 2; len <= maxLen; len++) {
                int t = i + len - 1;
                gazAlive &= len <= Gazetteer.MAX_NAME_TOKENS;
                lexAlive &= len <= NameLexicon.MAX_TOKENS && sc.lexWord[t] != 0;
                if (!gazAlive && !lexAlive) break;
                h = Gazetteer.hashLower(text, starts[t], ends[t], (h ^ ' ') * Gazetteer.FNV_PRIME);
                if (gazAlive) {
                    int kinds = gazetteer.kindsOfHash(h) & PLACES;
                    if (kinds != 0) {
                        gazLen = len;
                        gazKinds = kinds;
                    }
                    gazAlive = gazetteer.isNamePrefix(h);
                }
                if (lexAlive) {
                    int bits = lexicon.bitsOf(h);
                    if (bits != 0) {
                        lexLen = len;
                        lexBits = bits;
                    }
                }
            }
            for (int k = 0; k < gazLen; k++) gaz[i + k] |= gazKinds | (k > 0 ? Gazetteer.INSIDE : 0);
            for (int k = 0; k < lexLen; k++) lex[i + k] |= lexBits | (k > 0 ? NameLexicon.INSIDE : 0);
        }
    }

    /** Computes the per-token data of {@code text[s, e)} into cache slot {@code slot}, as FeatureExtractor does. */
    void fill(TokenCache c, int slot, String text, int s, int e) {
        TokenShape token = TokenShape.of(text, s, e);
        long w = token.word();
        long l = token.lower();
        long sh = token.shape();
        long csh = token.compactShape();
        int flags = token.flags();
        long suf3 = FeatureExtractor.affix(text, Math.max(s, e - 3), e, 3);
        int len = e - s;
        int raw = clusters == null ? -1 : clusters.clusterOf(text, s, e);
        int cluster = raw < 0 ? raw : raw & WordClusters.CLUSTER_MASK;
        int habit = raw < 0 ? 4 : raw >>> WordClusters.CAP_SHIFT;
        int kinds = gazetteer.kindsOfHash(l);
        int gazBits = kinds & Gazetteer.FIRST_NAME;
        if (e - s > 3 && text.charAt(e - 1) == 's') {
            long stem = Gazetteer.hashLower(text, s, e - 1, Gazetteer.FNV_BASIS);
            if ((gazetteer.kindsOfHash(stem) & PLACES) != 0) gazBits |= Gazetteer.GENITIVE_PLACE;
        }
        int[] acc = c.data;
        int v = slot * TokenCache.RECORD;
        Arrays.fill(acc, v, v + VECTORS, 0);
        TokenCache.putLong(acc, v + TokenCache.LOWER, l);
        TokenCache.putLong(acc, v + TokenCache.CSHAPE, csh);
        acc[v + TokenCache.FLAGS] = flags;
        acc[v + TokenCache.CLUSTER] = cluster;
        acc[v + TokenCache.HABIT] = habit;
        acc[v + TokenCache.GAZ_BITS] = gazBits;
        acc[v + TokenCache.PLACE_KINDS] = kinds & PLACES;
        acc[v + TokenCache.LEX_WORD] = lexicon == null ? 0 : lexicon.bitsOf(NameLexicon.wordKey(l)) << NameLexicon.WORD_SHIFT;
        acc[v + TokenCache.LEX_NAME] = lexicon == null ? 0 : lexicon.bitsOf(l);

        Batch batch = c.batch;
        int self = v + SELF;
        batch.add(feature(0, 1), self);
        batch.add(feature(1, w), self);
        batch.add(feature(2, l), self);
        batch.add(feature(3, sh), self);
        batch.add(feature(4, csh), self);
        for (int k = 1; k <= 4; k++) {
            if (len >= k) {
                batch.add(feature(4 + k, FeatureExtractor.affix(text, s, s + k, k)), self);
                batch.add(feature(8 + k, FeatureExtractor.affix(text, e - k, e, k)), self);
            }
        }
        long hyphens = FeatureExtractor.innerHyphens(text, s, e);
        int firstHyphen = (int) (hyphens >> 32);
        int lastHyphen = (int) hyphens;
        if (firstHyphen > 0) {
            batch.add(feature(26, Gazetteer.hashLower(text, s, firstHyphen, Gazetteer.FNV_BASIS)), self);
            batch.add(feature(27, Gazetteer.hashLower(text, lastHyphen + 1, e, Gazetteer.FNV_BASIS)), self);
            batch.add(feature(28, Character.isUpperCase(text.charAt(lastHyphen + 1)) ? 1 : 0,
                    Character.isUpperCase(text.charAt(s)) ? 1 : 0), self);
        }
        batch.add(feature(29, flags), self);
        if (clusters != null) {
            int coarse = clusters.coarse(cluster);
            batch.add(feature(37, cluster), self);
            batch.add(feature(42, cluster, flags & 3), self);
            batch.add(feature(43, coarse), self);
            batch.add(feature(44, coarse, csh), self);
            batch.add(feature(58, habit, suf3), self);
        }
        batch.add(feature(13, l), v + AS_PREV);
        batch.add(feature(17, suf3), v + AS_PREV);
        batch.add(feature(19, csh), v + AS_PREV);
        batch.add(feature(50, w), v + AS_PREV);
        batch.add(feature(14, l), v + AS_NEXT);
        batch.add(feature(18, suf3), v + AS_NEXT);
        batch.add(feature(20, csh), v + AS_NEXT);
        batch.add(feature(51, w), v + AS_NEXT);
        if (clusters != null) {
            batch.add(feature(38, cluster), v + AS_PREV);
            batch.add(feature(39, cluster), v + AS_NEXT);
        }
        batch.add(feature(15, l), v + AS_PREV2);
        batch.add(feature(16, l), v + AS_NEXT2);
        batch.flush(model, acc);
    }

    /** The calling thread's token cache (for tests and the bench). */
    TokenCache cache() {
        return scratch.get().cache;
    }

    /** Weight rows of one template over a rectangle of small argument values (a, b), read instead of hashed. */
    private static final class Table {
        private final int aLo;
        private final int aHi;
        private final int bLo;
        private final int bHi;
        private final int width;
        private final int[] rows;

        Table(EntityModel model, int aLo, int aHi, int bLo, int bHi, LongBinaryOperator key) {
            this.aLo = aLo;
            this.aHi = aHi;
            this.bLo = bLo;
            this.bHi = bHi;
            this.width = bHi - bLo + 1;
            this.rows = new int[(aHi - aLo + 1) * width * T];
            for (int a = aLo; a <= aHi; a++) {
                for (int b = bLo; b <= bHi; b++) {
                    model.addWeights(key.applyAsLong(a, b), rows, ((a - aLo) * width + (b - bLo)) * T);
                }
            }
        }

        /** Adds the row of (a, b) to {@code acc[off ..]}; false (nothing added) when (a, b) is outside the table. */
        boolean add(int a, int b, int[] acc, int off) {
            if (a < aLo || a > aHi || b < bLo || b > bHi) return false;
            int base = ((a - aLo) * width + (b - bLo)) * T;
            for (int t = 0; t < T; t++) acc[off + t] += rows[base + t];
            return true;
        }
    }

    /**
     * Per-thread cache: token string -> its single-token data and weight sums. Fixed size, 2-way set-associative
     * with least-recently-used replacement within a set; the token string is stored and compared, so a hit is always
     * the same token. A slot's data is one {@link #RECORD}-int record of {@link #data} (the {@link #VECTORS} weight
     * sums, then the token's hashes and bits), so a hit reads four adjacent cache lines instead of one line in each
     * of eleven arrays. Bounded: {@value #SLOTS} slots, about 9 MB per thread (records 7.3 MB, token copies ~1.2 MB).
     * In one pass over 1,028 news articles it hits 84 % of the tokens (8,192 slots: 76 %, 16,384: 81 %); every miss
     * costs about 35 weight-table lookups.
     */
    static final class TokenCache {
        static final int SET_BITS = 14;
        static final int SETS = 1 << SET_BITS;
        static final int SLOTS = 2 * SETS;
        /** Offsets in a slot's record after the weight sums: lower-case hash and compact shape (two ints each), then one int each. */
        static final int LOWER = VECTORS;
        static final int CSHAPE = VECTORS + 2;
        static final int FLAGS = VECTORS + 4;
        static final int CLUSTER = VECTORS + 5;
        static final int HABIT = VECTORS + 6;
        static final int GAZ_BITS = VECTORS + 7;
        static final int PLACE_KINDS = VECTORS + 8;
        static final int LEX_WORD = VECTORS + 9;
        static final int LEX_NAME = VECTORS + 10;
        static final int RECORD = VECTORS + 11;

        final char[][] tokens = new char[SLOTS][];
        final int[] hashes = new int[SLOTS];
        final byte[] older = new byte[SETS];    // per set: the way to replace next
        final int[] data = new int[SLOTS * RECORD];
        private final Batch batch = new Batch();
        long hits;
        long misses;

        static long getLong(int[] a, int at) {
            return ((long) a[at] << 32) | (a[at + 1] & 0xFFFFFFFFL);
        }

        static void putLong(int[] a, int at, long value) {
            a[at] = (int) (value >>> 32);
            a[at + 1] = (int) value;
        }

        /** The slot holding token {@code text[s, e)} ({@code chars} is a copy of {@code text}), filled on a miss. */
        int slotOf(EmissionScorer scorer, String text, char[] chars, int s, int e) {
            int h = 0;
            for (int k = s; k < e; k++) h = 31 * h + chars[k];
            int set = (h * 0x9E3779B9) >>> (32 - SET_BITS);
            int a = set << 1;
            int len = e - s;
            for (int way = 0; way < 2; way++) {
                int slot = a + way;
                char[] cached = tokens[slot];
                if (hashes[slot] == h && cached != null && cached.length == len && Arrays.equals(cached, 0, len, chars, s, e)) {
                    older[set] = (byte) (1 - way);
                    hits++;
                    return slot;
                }
            }
            int way = older[set];
            int slot = a + way;
            older[set] = (byte) (1 - way);
            misses++;
            tokens[slot] = null;
            scorer.fill(this, slot, text, s, e);
            tokens[slot] = Arrays.copyOfRange(chars, s, e);
            hashes[slot] = h;
            return slot;
        }
    }

    /** Feature lookups collected for one batched {@link EntityModel#addWeights} call. */
    private static final class Batch {
        long[] keys = new long[64];
        int[] offsets = new int[64];
        int[] slots = new int[64];
        long[] keyAt = new long[64];
        long[] lastAt = new long[64];
        int size;

        void add(long key, int offset) {
            if (size == keys.length) {
                int grown = 2 * size;
                keys = Arrays.copyOf(keys, grown);
                offsets = Arrays.copyOf(offsets, grown);
                slots = new int[grown];
                keyAt = new long[grown];
                lastAt = new long[grown];
            }
            keys[size] = key;
            offsets[size++] = offset;
        }

        void flush(EntityModel model, int[] acc) {
            model.addWeights(keys, offsets, size, acc, slots, keyAt, lastAt);
            size = 0;
        }
    }

    /** Per-thread sentence arrays, grown as needed. */
    private static final class Scratch {
        final TokenCache cache = new TokenCache();
        final Batch batch = new Batch();
        private char[] chars = new char[256];
        int[] acc = new int[0];
        long[] lower = new long[0];
        long[] cshape = new long[0];
        int[] flags = new int[0];
        int[] cluster = new int[0];
        int[] habit = new int[0];
        int[] gaz = new int[0];
        int[] place = new int[0];
        int[] lex = new int[0];
        int[] lexName = new int[0];
        int[] lexWord = new int[0];

        /** {@code text} as chars (reused buffer). */
        char[] chars(String text) {
            if (chars.length < text.length()) chars = new char[Math.max(text.length(), 2 * chars.length)];
            text.getChars(0, text.length(), chars, 0);
            return chars;
        }

        void ensure(int n) {
            if (lower.length >= n) return;
            int size = Math.max(n, 2 * lower.length);
            acc = new int[size * T];
            lower = new long[size];
            cshape = new long[size];
            flags = new int[size];
            cluster = new int[size];
            habit = new int[size];
            gaz = new int[size];
            place = new int[size];
            lex = new int[size];
            lexName = new int[size];
            lexWord = new int[size];
        }
    }
}
