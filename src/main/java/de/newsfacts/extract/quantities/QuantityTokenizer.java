package de.newsfacts.extract.quantities;

import de.newsfacts.extract.CharStrings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into {@link Token}s for the quantity rules.
 * <ul>
 *   <li>NUMERAL: ASCII digits, with {@code .} or {@code ,} allowed only between digits ("1.234,56",
 *       "20.11.2025", "14.30"); a trailing dot is not part of it ("3." gives NUMERAL "3" + SYMBOL ".").
 *       The Swiss thousands marks {@code '} and {@code ’} are allowed between digits too ("50'000").</li>
 *   <li>WORD: starts with a letter, continues with letters, digits, combining marks and hyphens that sit
 *       between two letters/digits ("F-16", "G7", "US-Dollar", "Punkte-Plan").</li>
 *   <li>SYMBOL: every other non-whitespace character, one per token ("%", "€", "$", ".", "-", ":").</li>
 * </ul>
 * {@code lineStart} marks the first token of the string and the first token after a line break.
 * Stateless and thread-safe.
 */
final class QuantityTokenizer {

    private QuantityTokenizer() {
    }

    static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>(Math.max(8, s.length() / 5));
        int n = s.length();
        int i = 0;
        boolean lineStart = true;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (c == '\n' || c == '\r') {
                    lineStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (isAsciiDigit(c)) {
                i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (isAsciiDigit(d)) {
                        i++;
                    } else if ((d == '.' || d == ',' || isSwissGroupMark(d)) && i + 1 < n
                            && isAsciiDigit(s.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                kind = Token.Kind.NUMERAL;
            } else if (Character.isLetter(c)) {
                i++;
                while (i < n) {
                    char d = s.charAt(i);
                    if (isWordChar(d)) {
                        i++;
                    } else if (isHyphen(d) && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                kind = Token.Kind.WORD;
            } else {
                // keep surrogate pairs together so a symbol token is one code point
                i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
                kind = Token.Kind.SYMBOL;
            }
            String text = i == start + 1 ? CharStrings.of(c) : s.substring(start, i);
            String lower = kind == Token.Kind.WORD ? text.toLowerCase(Locale.ROOT) : text;
            out.add(new Token(kind, text, lower, start, i, lineStart));
            lineStart = false;
        }
        return out;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Swiss thousands separators: straight and typographic apostrophe. */
    static boolean isSwissGroupMark(char c) {
        return c == '\'' || c == '\u2019';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2011' || c == '\u2010';
    }

    private static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
