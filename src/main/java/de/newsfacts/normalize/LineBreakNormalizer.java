package de.newsfacts.normalize;

/**
 * Makes {@code '\n'} the only line terminator.
 *
 * <p>Rules:
 * <ul>
 *   <li>CR LF ({@code \r\n}) and a lone CR ({@code \r}) become LF;</li>
 *   <li>NEL U+0085, LINE SEPARATOR U+2028 and PARAGRAPH SEPARATOR U+2029 become LF;</li>
 *   <li>VERTICAL TAB U+000B and FORM FEED U+000C become LF (Word exports and PDF text use them as line and
 *       page breaks; dropping them would glue words together).</li>
 * </ul>
 * Every terminator becomes exactly one LF, so the number of lines is preserved.
 */
public final class LineBreakNormalizer implements NormalizationStage {

    @Override
    public String apply(String text) {
        int first = firstTerminator(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        int n = text.length();
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (isOtherTerminator(c)) {
                out.append('\n');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstTerminator(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || isOtherTerminator(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isOtherTerminator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C';
    }
}
