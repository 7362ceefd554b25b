package de.newsfacts.publish;

import org.apache.poi.xssf.streaming.SheetDataWriter;

import java.io.IOException;
import java.io.Writer;

/**
 * POI's sheet data writer with a faster {@link #outputEscapedString}: the same characters out, but runs of
 * characters that need no escaping are written with one {@code Writer.write(String, int, int)} call instead of one
 * call per character (POI's version was the workbook's largest cost). The rules, as in POI 5.5.1:
 * <ul>
 *   <li>{@code < > & "} become {@code &lt; &gt; &amp; &quot;}; line feed, carriage return, tab and no-break space
 *       become {@code &#xa; &#xd; &#x9; &#xa0;};</li>
 *   <li>other characters below U+0020, U+FFFE and U+FFFF become {@code ?} (XML cannot hold them);</li>
 *   <li>everything else, surrogates included, is written as it is.</li>
 * </ul>
 * {@code RunEscapingSheetDataWriterTest} compares it with POI's method on edge cases and random strings.
 */
final class RunEscapingSheetDataWriter extends SheetDataWriter {

    RunEscapingSheetDataWriter() throws IOException {
        super();
    }

    /** A writer into {@code out} instead of a temporary file (for tests). */
    RunEscapingSheetDataWriter(Writer out) throws IOException {
        super(out);
    }

    @Override
    protected void outputEscapedString(String s) throws IOException {
        if (s == null) {
            return;
        }
        int run = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            String replacement = replacement(c);
            if (replacement != null) {
                if (i > run) {
                    _out.write(s, run, i - run);
                }
                _out.write(replacement);
                run = i + 1;
            }
        }
        if (s.length() > run) {
            _out.write(s, run, s.length() - run);
        }
    }

    /** What {@code c} is written as, or null if it is written as it is. */
    private static String replacement(char c) {
        if (c > '>') {
            if (c == '\u00A0') {
                return "&#xa0;";
            }
            return c >= '\uFFFE' ? "?" : null;
        }
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\n' -> "&#xa;";
            case '\r' -> "&#xd;";
            case '\t' -> "&#x9;";
            default -> c < ' ' ? "?" : null;
        };
    }
}
