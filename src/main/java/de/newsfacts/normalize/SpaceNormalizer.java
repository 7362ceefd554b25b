package de.newsfacts.normalize;

/**
 * Normalizes horizontal and vertical white space while keeping the line and paragraph structure.
 *
 * <p>Rules:
 * <ul>
 *   <li>NO-BREAK SPACE U+00A0, NARROW NO-BREAK SPACE U+202F, the typographic spaces U+2000-U+200A (en, em,
 *       thin, hair, figure, punctuation space ...), MEDIUM MATHEMATICAL SPACE U+205F, OGHAM SPACE MARK
 *       U+1680, IDEOGRAPHIC SPACE U+3000 and TAB become a plain space; so {@code "14,5\u202F%"} reads
 *       {@code "14,5 %"};</li>
 *   <li>a run of spaces inside a line becomes one space;</li>
 *   <li>spaces at the start and at the end of a line are removed (the line itself stays);</li>
 *   <li>blank lines are kept, because structure detection reads a blank line as a paragraph break, but at
 *       most one in a row: three or more LF become two;</li>
 *   <li>blank lines and spaces at the start and at the end of the whole text are removed.</li>
 * </ul>
 * Expects LF as the only line terminator ({@link LineBreakNormalizer} runs first).
 */
public final class SpaceNormalizer implements NormalizationStage {

    @Override
    public String apply(String text) {
        if (isNormalized(text)) {
            return text;
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        boolean lineHasContent = false;
        boolean pendingSpace = false;
        int pendingNewlines = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = lineHasContent;
            } else if (c == '\n') {
                pendingSpace = false;
                lineHasContent = false;
                if (out.length() > 0) {
                    pendingNewlines++;
                }
            } else {
                if (pendingNewlines > 0) {
                    out.append(pendingNewlines == 1 ? "\n" : "\n\n");
                    pendingNewlines = 0;
                } else if (pendingSpace) {
                    out.append(' ');
                }
                pendingSpace = false;
                lineHasContent = true;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One scan without allocation: true if {@link #apply} would return the text unchanged. */
    private static boolean isNormalized(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) == ' ' || text.charAt(0) == '\n' || text.charAt(n - 1) == ' '
                || text.charAt(n - 1) == '\n') {
            return false;
        }
        char previous = 0;
        char beforePrevious = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previous == ' ' || previous == '\n') {
                    return false;
                }
            } else if (c == '\n') {
                if (previous == ' ' || (previous == '\n' && beforePrevious == '\n')) {
                    return false;
                }
            } else if (isSpace(c)) {
                return false;
            }
            beforePrevious = previous;
            previous = c;
        }
        return true;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A')
                || c == '\u205F' || c == '\u1680' || c == '\u3000';
    }
}
