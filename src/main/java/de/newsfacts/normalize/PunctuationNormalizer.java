package de.newsfacts.normalize;

/**
 * Maps punctuation variants to one form per role, keeping every mark that opens or closes a quotation.
 *
 * <p>Policy: quote extraction needs to see where a quotation opens and closes, and German typography
 * marks that with distinct characters. Therefore quotation marks are <em>not</em> folded to ASCII:
 * <ul>
 *   <li>kept as they are: {@code „} U+201E (opens), {@code “} U+201C (closes in German, opens in English
 *       style), {@code ”} U+201D, {@code »} and {@code «} (both directions occur in German and Swiss text),
 *       {@code ‚} U+201A, {@code ‘} U+2018, {@code ›} {@code ‹}, and the straight {@code "} and {@code '};</li>
 *   <li>rare variants become the mark of the same role: {@code ‟} U+201F -> {@code “}, {@code 〝} U+301D and
 *       {@code ❝} U+275D (opening) -> {@code „}, {@code 〞} U+301E, {@code 〟} U+301F and {@code ❞} U+275E
 *       (closing) -> {@code “}, {@code ‛} U+201B -> {@code ‘}, fullwidth {@code ＂} -> {@code "};</li>
 *   <li>apostrophes: {@code ’} U+2019, {@code ʼ} U+02BC, {@code `} U+0060, {@code ´} U+00B4, {@code ‘} U+2018,
 *       {@code ＇} U+FF07 and {@code ′} U+2032 become ASCII {@code '} only <em>between two letters</em>
 *       ({@code geht’s} -> {@code geht's}, {@code Moskau´s} -> {@code Moskau's}); elsewhere they stay,
 *       since {@code ’} and {@code ‘} may close a {@code ‚…’} / {@code ‚…‘} quotation;</li>
 *   <li>hyphens: HYPHEN U+2010, NON-BREAKING HYPHEN U+2011, SMALL and FULLWIDTH HYPHEN-MINUS U+FE63, U+FF0D
 *       -> {@code -}; MINUS SIGN U+2212 and FIGURE DASH U+2012 -> {@code -} when a digit follows
 *       ({@code −5 Grad} -> {@code -5 Grad}), so numbers parse;</li>
 *   <li>dashes that separate clauses or ranges stay: EN DASH U+2013, EM DASH U+2014, HORIZONTAL BAR U+2015;</li>
 *   <li>ellipsis: three or more dots {@code ...} and the spaced form {@code . . .} become {@code …} U+2026
 *       (a fourth, sentence-ending dot is absorbed).</li>
 * </ul>
 */
public final class PunctuationNormalizer implements NormalizationStage {

    @Override
    public String apply(String text) {
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x2E || (c > 0x2E && c < 0x60) || (c > 0x60 && c < 0xB4)) {
                continue; // fast path: most chars are letters, digits and ASCII punctuation
            }
            int consumed = 1;
            char replacement;
            if (c == '.') {
                consumed = ellipsisLength(text, i);
                if (consumed == 0) {
                    continue;
                }
                replacement = '\u2026';
            } else {
                replacement = replacementFor(text, i, c);
                if (replacement == c) {
                    continue;
                }
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, i).append(replacement);
            copied = i + consumed;
            i = copied - 1;
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, n);
        return out.toString();
    }

    /** The char that replaces {@code c} at text[i]; {@code c} itself when it stays. */
    private static char replacementFor(String text, int i, char c) {
        switch (c) {
            case '\u201F': case '\u301E': case '\u301F': case '\u275E':
                return '\u201C';
            case '\u301D': case '\u275D':
                return '\u201E';
            case '\u201B':
                return '\u2018';
            case '\uFF02':
                return '"';
            case '\u2019': case '\u02BC': case '`': case '\u00B4': case '\u2018': case '\uFF07': case '\u2032':
                return isBetweenLetters(text, i) ? '\'' : c;
            case '\u2010': case '\u2011': case '\uFE63': case '\uFF0D':
                return '-';
            case '\u2212': case '\u2012':
                return i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)) ? '-' : c;
            default:
                return c;
        }
    }

    /** Number of chars of an ellipsis written with dots starting at text[i] ('.'), or 0 if there is none. */
    private static int ellipsisLength(String text, int i) {
        int n = text.length();
        int j = i;
        while (j < n && text.charAt(j) == '.') {
            j++;
        }
        if (j - i >= 3) {
            return j - i;
        }
        if (j - i != 1) {
            return 0;
        }
        // spaced form ". . ." with single spaces, possibly longer
        int dots = 1;
        while (j + 1 < n && text.charAt(j) == ' ' && text.charAt(j + 1) == '.') {
            dots++;
            j += 2;
        }
        return dots >= 3 ? j - i : 0;
    }

    private static boolean isBetweenLetters(String text, int i) {
        return i > 0 && i + 1 < text.length()
                && Character.isLetter(Character.codePointBefore(text, i))
                && Character.isLetter(Character.codePointAt(text, i + 1));
    }
}
