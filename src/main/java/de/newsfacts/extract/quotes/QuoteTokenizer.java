package de.newsfacts.extract.quotes;

import de.newsfacts.extract.CharStrings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into {@link Token}s with exact offsets.
 * <ul>
 *   <li>A word is a run of letters/digits, joined across single inner hyphens, apostrophes, dots and
 *       ampersands, and across a comma or colon between two digits: "US-Beamter", "O’Keefe", "2.800", "14,5",
 *       "15:36", "C.Y" (a
 *       trailing dot is its own token). A dot joins
 *       only before a lower-case letter or digit, or after a single letter: "Merkel.Als" (a missing space
 *       after a sentence end) is two words and a dot.</li>
 *   <li>Every other non-space character is a token of its own (punctuation, quotation marks).</li>
 * </ul>
 * The scan is hand-written (one pass, no regex); the tests compare it with a reference regex that states the
 * same rules.
 */
final class QuoteTokenizer {

    private QuoteTokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            int c = codePointAt(text, i, to);
            if (isSpace(c)) {
                i++;
                continue;
            }
            int e = i + Character.charCount(c);
            if (isWordChar(c)) {
                e = runEnd(text, e, to);
                while (e < to) {
                    int joined = joinedRunEnd(text, from, e, to);
                    if (joined < 0) {
                        break;
                    }
                    e = joined;
                }
            }
            add(tokens, text, i, e);
            i = e;
        }
        return tokens;
    }

    private static void add(List<Token> tokens, String text, int s, int e) {
        String word = e == s + 1 ? CharStrings.of(text.charAt(s)) : text.substring(s, e);
        boolean isWord = Character.isLetterOrDigit(text.charAt(s));
        tokens.add(new Token(s, e, word, isWord, isWord ? word.toLowerCase(Locale.ROOT) : word));
    }

    /** Regex {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** {@code [\p{L}\p{N}\p{M}]}. */
    private static boolean isWordChar(int c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** {@code [\p{L}\p{N}]}. */
    private static boolean isLetterOrNumber(int c) {
        return Character.isLetter(c) || isNumber(c);
    }

    /** {@code \p{N}}. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The end of the run of word chars starting at {@code i} (i itself if none). */
    private static int runEnd(String text, int i, int to) {
        while (i < to) {
            int c = codePointAt(text, i, to);
            if (!isWordChar(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /**
     * If a joiner at {@code at} (right after a run) is followed by a run, the end of that run; else -1.
     * Joiners: - ' ’ &amp;; a comma or colon between two digits; a dot after a single letter (the text start or a char that is no letter or number
     * before it); a dot before a lower-case letter or a number.
     */
    private static int joinedRunEnd(String text, int from, int at, int to) {
        char j = text.charAt(at);
        boolean joins;
        if (j == '-' || j == '\'' || j == '’' || j == '&') {
            joins = true;
        } else if (j == '.') {
            joins = singleLetterBefore(text, from, at) || lowerOrNumberAfter(text, at + 1, to);
        } else if (j == ',' || j == ':') {
            // a decimal comma ("2,2 Prozent", "1.234,56") is no clause comma; a colon between digits ("15:36 Uhr",
            // "2:1") opens no clause or quote
            joins = at > from && at + 1 < to && Character.isDigit(Character.codePointBefore(text, at))
                    && Character.isDigit(codePointAt(text, at + 1, to));
        } else {
            return -1;
        }
        if (!joins || at + 1 >= to) {
            return -1;
        }
        int end = runEnd(text, at + 1, to);
        return end > at + 1 ? end : -1;
    }

    private static boolean singleLetterBefore(String text, int from, int dot) {
        if (dot <= from) {
            return false;
        }
        int letter = Character.codePointBefore(text, dot);
        if (!Character.isLetter(letter)) {
            return false;
        }
        int p = dot - Character.charCount(letter);
        return p <= from || !isLetterOrNumber(Character.codePointBefore(text, p));
    }

    /** The code point at {@code i}; a surrogate pair counts only if both halves lie before {@code to}. */
    private static int codePointAt(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < to) {
            char d = text.charAt(i + 1);
            if (Character.isLowSurrogate(d)) {
                return Character.toCodePoint(c, d);
            }
        }
        return c;
    }

    private static boolean lowerOrNumberAfter(String text, int i, int to) {
        if (i >= to) {
            return false;
        }
        int c = codePointAt(text, i, to);
        return Character.getType(c) == Character.LOWERCASE_LETTER || isNumber(c);
    }
}
