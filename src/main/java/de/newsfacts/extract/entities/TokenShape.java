package de.newsfacts.extract.entities;

/**
 * What the tagger's features need of one token's own characters, computed in one pass (shared by
 * {@link FeatureExtractor}, which defines the features for training, and {@link EmissionScorer}, which scores
 * them at run time, so the two cannot drift apart).
 *
 * <ul>
 *   <li>{@code word}, {@code lower}: FNV-1a hashes of the token and of its lower case.</li>
 *   <li>{@code shape}: hash of the character classes of the first 10 characters (X upper, x lower, d digit,
 *       other characters as themselves); {@code compactShape}: the same over all characters with runs of one
 *       class collapsed.</li>
 *   <li>{@code flags}: 1 initial capital, 2 all capitals (at least two letters), 4 has a digit, 8 has an inner
 *       hyphen, 16 has a period, bits 5+ the length bucket (1–3, 4–6, 7–10, longer).</li>
 * </ul>
 */
record TokenShape(long word, long lower, long shape, long compactShape, int flags) {

    static TokenShape of(CharSequence text, int s, int e) {
        long w = Gazetteer.FNV_BASIS;
        long l = Gazetteer.FNV_BASIS;
        long sh = Gazetteer.FNV_BASIS;
        long csh = Gazetteer.FNV_BASIS;
        char lastClass = 0;
        int upper = 0;
        int letters = 0;
        int digits = 0;
        boolean hyphen = false;
        boolean period = false;
        for (int k = s; k < e; k++) {
            char ch = text.charAt(k);
            char lc = Character.toLowerCase(ch);
            w = (w ^ ch) * Gazetteer.FNV_PRIME;
            l = (l ^ lc) * Gazetteer.FNV_PRIME;
            char cls;
            if (Character.isUpperCase(ch)) {
                cls = 'X';
                upper++;
                letters++;
            } else if (Character.isLetter(ch)) {
                cls = 'x';
                letters++;
            } else if (Character.isDigit(ch)) {
                cls = 'd';
                digits++;
            } else {
                cls = ch;
                if (ch == '-') hyphen = k > s && k < e - 1;
                if (ch == '.') period = true;
            }
            if (k - s < 10) sh = (sh ^ cls) * Gazetteer.FNV_PRIME;
            if (cls != lastClass) csh = (csh ^ cls) * Gazetteer.FNV_PRIME;
            lastClass = cls;
        }
        int len = e - s;
        int lenBucket = len <= 3 ? len : len <= 6 ? 4 : len <= 10 ? 5 : 6;
        boolean initCap = Character.isUpperCase(text.charAt(s));
        boolean allCaps = letters > 1 && upper == letters;
        int flags = (initCap ? 1 : 0) | (allCaps ? 2 : 0) | (digits > 0 ? 4 : 0) | (hyphen ? 8 : 0)
                | (period ? 16 : 0) | (lenBucket << 5);
        return new TokenShape(w, l, sh, csh, flags);
    }
}
