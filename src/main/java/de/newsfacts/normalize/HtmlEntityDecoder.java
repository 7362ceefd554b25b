package de.newsfacts.normalize;

import org.jsoup.nodes.Entities;

/**
 * Decodes HTML character references left in text taken from web pages and feeds.
 *
 * <p>Rules:
 * <ul>
 *   <li>named references with a terminating semicolon, from the full HTML5 table ({@code &quot;} {@code &amp;}
 *       {@code &auml;} {@code &szlig;} {@code &nbsp;} {@code &shy;} {@code &bdquo;} ...), case-sensitive as in
 *       HTML ({@code &Auml;} is Ä); the table is jsoup's {@link Entities};</li>
 *   <li>decimal and hexadecimal references {@code &#8211;} {@code &#x201E;}; the semicolon may be missing when
 *       the next char is neither letter nor digit ({@code &#8222 } is decoded, {@code &#8222abc} stays);
 *       numbers 128-159 are read as Windows-1252 like browsers do ({@code &#150;} is {@code –});
 *       0, surrogates and numbers above U+10FFFF are not characters and stay as written;</li>
 *   <li>everything else stays: {@code AT&T}, {@code a & b}, {@code &unknown;}, and unlike browsers named
 *       references <em>without</em> semicolon ({@code ?a=1&copy=2} in a URL stays, no ©);</li>
 *   <li>double-escaped text ({@code &amp;quot;}, common in feeds) is decoded until nothing changes, so the
 *       stage is idempotent (each round shortens the text, so it stops).</li>
 * </ul>
 * Decoded text may contain CR, invisible chars or combining marks; the later stages deal with them.
 */
public final class HtmlEntityDecoder implements NormalizationStage {

    /** Longest HTML5 entity name is 31 chars ({@code CounterClockwiseContourIntegral}). */
    private static final int MAX_NAME = 32;

    @Override
    public String apply(String text) {
        String current = text;
        while (true) {
            String decoded = decodeOnce(current);
            if (decoded == current) {
                return current;
            }
            current = decoded;
        }
    }

    private static String decodeOnce(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int i = amp; i >= 0 && i < n; i = text.indexOf('&', i + 1)) {
            int end = referenceEnd(text, i);
            if (end < 0) {
                continue;
            }
            String replacement = decodeReference(text, i, end);
            if (replacement == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, i).append(replacement);
            copied = end;
            i = end - 1;
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, n);
        return out.toString();
    }

    /** End (exclusive) of a syntactically valid reference starting with '&' at {@code start}, else -1. */
    private static int referenceEnd(String text, int start) {
        int n = text.length();
        int i = start + 1;
        if (i >= n) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '#') {
            i++;
            boolean hex = i < n && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int digitsStart = i;
            while (i < n && i - digitsStart < 8 && (hex ? isHexDigit(text.charAt(i)) : isDigit(text.charAt(i)))) {
                i++;
            }
            if (i == digitsStart) {
                return -1;
            }
            if (i < n && text.charAt(i) == ';') {
                return i + 1;
            }
            if (i < n && isAsciiLetterOrDigit(text.charAt(i))) {
                return -1; // without semicolon only when nothing could continue the number
            }
            return i;
        }
        if (!isAsciiLetter(c)) {
            return -1;
        }
        while (i < n && i - start <= MAX_NAME && isAsciiLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i < n && text.charAt(i) == ';' ? i + 1 : -1;
    }

    /** The decoded text of the reference text[start, end), or null when it is not one we decode. */
    private static String decodeReference(String text, int start, int end) {
        boolean semicolon = text.charAt(end - 1) == ';';
        if (text.charAt(start + 1) == '#') {
            boolean hex = text.charAt(start + 2) == 'x' || text.charAt(start + 2) == 'X';
            int digitsStart = start + (hex ? 3 : 2);
            int digitsEnd = semicolon ? end - 1 : end;
            long codePoint = Long.parseLong(text.substring(digitsStart, digitsEnd), hex ? 16 : 10);
            if (codePoint == 0 || codePoint > Character.MAX_CODE_POINT
                    || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                return null;
            }
            if (codePoint >= 0x80 && codePoint <= 0x9F) {
                return String.valueOf(Cp1252.highChar((int) codePoint));
            }
            return new String(Character.toChars((int) codePoint));
        }
        String name = text.substring(start + 1, end - 1);
        if (!Entities.isNamedEntity(name)) {
            return null;
        }
        String value = Entities.getByName(name);
        return value.isEmpty() ? null : value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || isDigit(c);
    }
}
