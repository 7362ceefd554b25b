package de.newsfacts.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds pairs of quotation marks in a text. Rules:
 * <ul>
 *   <li>Double quotes: German „…“ (also closed by ” or "), English “…”, straight "…", German »…« and
 *       Swiss/French «…». Single quotes ‚…‘ (also closed by ’) and ›…‹ / ‹…› count only outside a double
 *       quote; inside one they are nested quotes and stay part of the outer text.</li>
 *   <li>A mark can open when it is followed by a non-space and preceded by the text start, a space, an opening
 *       bracket, a dash, slash or colon; it can close when preceded by a non-space and not followed by a
 *       letter or digit. „ and ‚ always open. Ambiguous marks (" “ » «) are decided by that context.</li>
 *   <li>A line break ends an unclosed quote (paragraphs are lines in the normalized text); an opener of the
 *       same kind seen while a quote is open and that cannot close restarts the quote (the first was
 *       unmatched). Unmatched marks produce nothing, except a quotation that runs on over paragraphs: a
 *       paragraph opened by the mark, ending in . ! ? or …, followed by a paragraph that opens with the same
 *       mark, is a quote up to its line break.</li>
 * </ul>
 */
final class QuotationMarkScanner {

    /** A quotation: {@code open} and {@code close} are the indices of the two marks. */
    record MarkedSpan(int open, int close) {
    }

    private QuotationMarkScanner() {
    }

    static List<MarkedSpan> scan(String text) {
        List<MarkedSpan> spans = new ArrayList<>();
        int n = text.length();
        int openPos = -1;
        char openCh = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (openPos >= 0 && runsOn(text, openPos, openCh, i)) {
                    spans.add(new MarkedSpan(openPos, i));
                }
                openPos = -1;
                continue;
            }
            if (openPos >= 0) {
                if (closes(openCh, c) && canClose(text, i)) {
                    if (hasContent(text, openPos + 1, i)) {
                        spans.add(new MarkedSpan(openPos, i));
                    }
                    openPos = -1;
                } else if (c == openCh && c != '"' && canOpen(text, i) && !canClose(text, i)) {
                    openPos = i;
                }
                continue;
            }
            if (isDoubleOpener(c) && canOpen(text, i)) {
                openPos = i;
                openCh = c;
            } else if ((c == '‚' || c == '›' || c == '‹') && canOpen(text, i)
                    && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                int close = findSingleClose(text, c, i + 1);
                if (close > 0) {
                    if (hasContent(text, i + 1, close)) {
                        spans.add(new MarkedSpan(i, close));
                    }
                    i = close;
                }
            }
        }
        return spans;
    }

    /**
     * Whether the quote opened at {@code open} and still open at the line break {@code end} is one paragraph of a
     * quotation that runs on: it opened its paragraph, ends in sentence punctuation, and the next paragraph opens
     * with the same mark (German typesetting closes such a quotation only after its last paragraph).
     */
    private static boolean runsOn(String text, int open, char openCh, int end) {
        if (open > 0 && text.charAt(open - 1) != '\n' || !hasContent(text, open + 1, end)) {
            return false;
        }
        int last = end - 1;
        while (last > open && Character.isWhitespace(text.charAt(last))) last--;
        if (".!?…".indexOf(text.charAt(last)) < 0) {
            return false;
        }
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
        return next < text.length() && text.charAt(next) == openCh && canOpen(text, next);
    }

    private static boolean isDoubleOpener(char c) {
        return c == '„' || c == '“' || c == '"' || c == '»' || c == '«';
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '„' -> c == '“' || c == '”' || c == '"';
            case '“' -> c == '”' || c == '"' || c == '“';
            case '"' -> c == '"' || c == '“' || c == '”';
            case '»' -> c == '«';
            case '«' -> c == '»';
            default -> false;
        };
    }

    private static int findSingleClose(String text, char open, int from) {
        char close = open == '‚' ? '‘' : open == '›' ? '‹' : '›';
        int limit = Math.min(text.length(), from + 400);
        for (int j = from; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if ((c == close || (open == '‚' && c == '’')) && canClose(text, j)) {
                return j;
            }
        }
        return -1;
    }

    static boolean canOpen(String text, int i) {
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '„' || c == '‚') {
            return true;
        }
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{/–—-:;„‚»«\"".indexOf(p) >= 0;
    }

    static boolean canClose(String text, int i) {
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean hasContent(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
