package de.newsfacts.extract.entities;

/**
 * Entity names seen in the training data with the labels they carried (bit 1 &lt;&lt; label index), keyed like
 * {@link Gazetteer} names (hash of lower-cased tokens joined by one space), plus single words with the labels of
 * the names they occurred in ({@link #WORD_SHIFT} bits higher). {@link #annotate} marks for each token the labels of
 * the longest name match covering it, whether it is inside (not first in) that match, and its word labels. Every
 * word of a stored name has a word entry (the trainer adds both), so a name match can only run over tokens with
 * word labels; {@link EmissionScorer} relies on that to stop early.
 * During training the lexicon of one half of the data annotates the other half, so the tagger learns how far to
 * trust it. Immutable and thread-safe once built.
 */
final class NameLexicon {
    static final int WORD_SHIFT = 8;
    static final int INSIDE = 1 << 4;
    static final int MAX_TOKENS = 6;

    final LongIntMap names;

    NameLexicon(LongIntMap names) {
        this.names = names;
    }

    static long wordKey(long hash) {
        return FeatureExtractor.mix(hash, 0x5151);
    }

    /** The label bits stored for a name hash, 0 if unknown. */
    int bitsOf(long nameHash) {
        return names.get(nameHash, 0);
    }

    /** The label bits of the names a single word occurred in (any case), 0 if none: "Putin" gives PER alone. */
    int wordBits(CharSequence word) {
        return names.get(wordKey(Gazetteer.hashLower(word, 0, word.length(), Gazetteer.FNV_BASIS)), 0);
    }

    void annotate(CharSequence text, int[] starts, int[] ends, int n, int[] out) {
        for (int i = 0; i < n; i++) out[i] = 0;
        for (int i = 0; i < n; i++) {
            long h = Gazetteer.FNV_BASIS;
            int bestLen = 0;
            int bestBits = 0;
            for (int len = 1; len <= MAX_TOKENS && i + len <= n; len++) {
                int t = i + len - 1;
                if (len > 1) h = (h ^ ' ') * Gazetteer.FNV_PRIME;
                h = Gazetteer.hashLower(text, starts[t], ends[t], h);
                if (len == 1) out[i] |= names.get(wordKey(h), 0) << WORD_SHIFT;
                int bits = names.get(h, 0);
                if (bits != 0 && Character.isUpperCase(text.charAt(starts[i]))) {
                    bestLen = len;
                    bestBits = bits;
                }
            }
            for (int k = 0; k < bestLen; k++) out[i + k] |= bestBits | (k > 0 ? INSIDE : 0);
        }
    }
}
