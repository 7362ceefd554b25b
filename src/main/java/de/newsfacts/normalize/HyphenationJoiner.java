package de.newsfacts.normalize;

import java.util.Set;

/**
 * Joins words hyphenated across a line break, as left by print layouts, PDF extraction and e-paper feeds.
 *
 * <p>A candidate is a line that ends in a letter or digit followed by {@code -} and a next line that starts
 * with a letter or digit (spaces or tabs around the break are tolerated). Rules:
 * <ul>
 *   <li>lower-case letter before and after the break: a syllable break, joined without hyphen
 *       ({@code "Ge-\nfangene"} -> {@code "Gefangene"}, {@code "Verhand-\nlungen"} -> {@code "Verhandlungen"},
 *       {@code "Nord-\nrhein"} -> {@code "Nordrhein"});</li>
 *   <li>... unless the next line starts with a word that follows a suspended hyphen (Ergänzungsstrich:
 *       und, oder, bis, sowie, ..., list in {@code suspended-hyphen-words.txt}): then the break was the space
 *       after the hyphen ({@code "Vor-\nund Nachteile"} -> {@code "Vor- und Nachteile"});</li>
 *   <li>... or unless the part before is an abbreviation or brand with an upper-case letter inside or a digit
 *       ({@code "GmbH-\nchef"}, {@code "iPhone-\nnutzer"}): hyphen kept, break dropped;</li>
 *   <li>upper-case letter or digit after the break, or upper-case letter or digit before it: a compound
 *       written with a hyphen; the hyphen stays, the break goes ({@code "US-\nMedien"} -> {@code "US-Medien"},
 *       {@code "Ost-\nWest"} -> {@code "Ost-West"}, {@code "12-\nPunkte"} -> {@code "12-Punkte"});</li>
 *   <li>never joined: a line that ends in a space and a dash ({@code "Wort -"}, a dash, not a hyphen), a next
 *       line that starts with {@code "- "} or any non-letter (a list bullet), blank lines (paragraph breaks).</li>
 * </ul>
 * Runs last: it needs LF line ends without trailing spaces, soft hyphens or CR.
 */
public final class HyphenationJoiner implements NormalizationStage {

    private static final Set<String> SUSPENDED_HYPHEN_WORDS = WordList.load("suspended-hyphen-words.txt");

    /** Look no further back than this for the word before the hyphen. */
    private static final int MAX_WORD = 64;

    @Override
    public String apply(String text) {
        if (!hasHyphenAtLineEnd(text)) {
            return text;
        }
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        for (int k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
            int hyphen = k - 1;
            while (hyphen >= 0 && isBlank(text.charAt(hyphen))) {
                hyphen--;
            }
            if (hyphen < 1 || text.charAt(hyphen) != '-' || hyphen < copied) {
                continue;
            }
            int before = Character.codePointBefore(text, hyphen);
            if (!Character.isLetterOrDigit(before)) {
                continue;
            }
            int next = k + 1;
            while (next < n && isBlank(text.charAt(next))) {
                next++;
            }
            if (next >= n) {
                continue;
            }
            int after = Character.codePointAt(text, next);
            if (!Character.isLetterOrDigit(after)) {
                continue;
            }
            String replacement;
            int replaceFrom;
            if (Character.isLowerCase(before) && Character.isLowerCase(after)
                    && !isAbbreviation(text, hyphen)) {
                if (SUSPENDED_HYPHEN_WORDS.contains(wordAt(text, next))) {
                    replaceFrom = hyphen + 1;
                    replacement = " ";
                } else {
                    replaceFrom = hyphen;
                    replacement = "";
                }
            } else {
                replaceFrom = hyphen + 1;
                replacement = "";
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, replaceFrom).append(replacement);
            copied = next;
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, n);
        return out.toString();
    }

    /** Fast path: true if some '-' is followed by optional blanks and a line break. */
    private static boolean hasHyphenAtLineEnd(String text) {
        for (int i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
            int j = i + 1;
            while (j < text.length() && isBlank(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** The word before the hyphen at text[hyphen] has an upper-case letter after its first char, or a digit. */
    private static boolean isAbbreviation(String text, int hyphen) {
        int limit = Math.max(0, hyphen - MAX_WORD);
        int i = hyphen;
        boolean upperOrDigitInside = false;
        while (i > limit) {
            int cp = Character.codePointBefore(text, i);
            if (!Character.isLetterOrDigit(cp)) {
                break;
            }
            int start = i - Character.charCount(cp);
            boolean first = start == 0 || !Character.isLetterOrDigit(Character.codePointBefore(text, start));
            if (Character.isDigit(cp) || (!first && Character.isUpperCase(cp))) {
                upperOrDigitInside = true;
            }
            i = start;
        }
        return upperOrDigitInside;
    }

    /** The run of letters starting at text[start]. */
    private static String wordAt(String text, int start) {
        int end = start;
        while (end < text.length() && end - start < MAX_WORD && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }
}
