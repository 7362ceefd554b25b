package de.newsfacts.normalize;

/**
 * Removes characters that have no visible form but break word matching and offsets.
 *
 * <p>Rules:
 * <ul>
 *   <li>removed: SOFT HYPHEN U+00AD; ZERO WIDTH SPACE, NON-JOINER, JOINER U+200B-U+200D; WORD JOINER U+2060
 *       and the invisible operators U+2061-U+2064; deprecated format chars U+206A-U+206F; BYTE ORDER MARK
 *       U+FEFF anywhere in the text; the bidi marks LRM/RLM U+200E/U+200F, embeddings and overrides
 *       U+202A-U+202E and isolates U+2066-U+2069; interlinear annotation marks U+FFF9-U+FFFB;</li>
 *   <li>removed: control chars, i.e. C0 U+0000-U+001F except LF and TAB, DEL U+007F, and C1 U+0080-U+009F
 *       (line terminators have already become LF in {@link LineBreakNormalizer});</li>
 *   <li>removed: unpaired surrogates (invalid UTF-16, they cannot be written as UTF-8 and would shift
 *       offsets in the Parquet output); a surrogate pair is kept;</li>
 *   <li>TAB becomes a plain space ({@link SpaceNormalizer} then collapses runs);</li>
 *   <li>a soft hyphen that ends a line inside a word (letter, U+00AD, LF, letter) marks a word broken at the
 *       line end: it is removed together with the line break ({@code "Ge\u00AD\nfangene"} -> {@code
 *       "Gefangene"}), since a soft hyphen can only stand inside a word.</li>
 * </ul>
 */
public final class InvisibleCharRemover implements NormalizationStage {

    @Override
    public String apply(String text) {
        int n = text.length();
        int first = 0;
        while (first < n && !needsWork(text, first)) {
            first += Character.isHighSurrogate(text.charAt(first)) ? 2 : 1; // needsWork saw a valid pair
        }
        if (first >= n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, first);
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                    out.append(c).append(text.charAt(i + 1));
                    i++;
                }
            } else if (c == '\t') {
                out.append(' ');
            } else if (c == '\u00AD') {
                if (isSoftHyphenAtLineBreak(text, i)) {
                    i++; // drop the LF as well
                }
            } else if (!isRemoved(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsWork(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return c == '\t' || c == '\u00AD' || isRemoved(c);
    }

    /** Removed outright: format chars listed in the class doc, controls, lone low surrogates. */
    private static boolean isRemoved(char c) {
        if (c < 0x20) {
            return c != '\n' && c != '\t';
        }
        if (c < 0x7F) {
            return false;
        }
        return c <= 0x9F                          // DEL and C1 controls
                || (c >= 0x200B && c <= 0x200F)   // ZWSP, ZWNJ, ZWJ, LRM, RLM
                || (c >= 0x202A && c <= 0x202E)   // bidi embeddings and overrides
                || (c >= 0x2060 && c <= 0x2064)   // word joiner, invisible operators
                || (c >= 0x2066 && c <= 0x206F)   // bidi isolates, deprecated format chars
                || c == 0xFEFF
                || (c >= 0xFFF9 && c <= 0xFFFB)
                || Character.isLowSurrogate(c);   // reached only when unpaired
    }

    private static boolean isSoftHyphenAtLineBreak(String text, int i) {
        return i > 0 && i + 2 < text.length()
                && text.charAt(i + 1) == '\n'
                && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 2));
    }
}
