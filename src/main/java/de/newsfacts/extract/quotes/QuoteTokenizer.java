package de.newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into {@link Token}s with exact offsets.
 * <ul>
 *   <li>A word is a run of letters/digits, joined across single inner hyphens, apostrophes, dots and
 *       ampersands: "US-Beamter", "O’Keefe", "2.800", "C.Y" (a trailing dot is its own token). A dot joins
 *       only before a lower-case letter or digit, or after a single letter: "Merkel.Als" (a missing space
 *       after a sentence end) is two words and a dot.</li>
 *   <li>Every other non-space character is a token of its own (punctuation, quotation marks).</li>
 * </ul>
 */
final class QuoteTokenizer {

    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:(?:[-'’&]|(?<=(?:^|[^\\p{L}\\p{N}])\\p{L})\\.|\\.(?=[\\p{Ll}\\p{N}]))"
                    + "[\\p{L}\\p{N}\\p{M}]+)*|\\S");

    private QuoteTokenizer() {
    }

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>(Math.max(4, (to - from) / 5));
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            String word = text.substring(s, e);
            boolean isWord = Character.isLetterOrDigit(text.charAt(s));
            tokens.add(new Token(s, e, word, isWord, isWord ? word.toLowerCase(Locale.ROOT) : word));
        }
        return tokens;
    }
}
