package de.newsfacts.normalize;

import java.text.Normalizer;

/**
 * Unicode canonical composition (NFC, {@link java.text.Normalizer.Form#NFC}).
 *
 * <p>Rules: a base letter followed by combining marks becomes the precomposed letter where one exists
 * ({@code "a\u0308"} -> {@code "ä"}, {@code "U\u0308"} -> {@code "Ü"}), so that {@code "Zürich"} typed on a Mac
 * (decomposed) and on Windows (precomposed) compare equal and offsets count one char per letter.
 * Canonical singletons are replaced too (OHM SIGN -> OMEGA, EN QUAD -> EN SPACE). Compatibility
 * characters (ligatures, superscripts, full-width forms) are deliberately kept: NFKC would rewrite
 * {@code "m²"} and {@code "½"}, which carry meaning in news text.
 */
public final class NfcNormalizer implements NormalizationStage {

    @Override
    public String apply(String text) {
        if (allBelowCombiningMarks(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            return text;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Cheap pre-check: text made only of chars below U+0300 (ASCII, Latin-1, Latin Extended) is always NFC,
     * since every char that NFC can change or compose with starts at U+0300 (combining marks).
     */
    private static boolean allBelowCombiningMarks(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) >= 0x300) {
                return false;
            }
        }
        return true;
    }
}
