package de.newsfacts.publish;

import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class RunEscapingSheetDataWriterTest {

    /** POI's own escaping, reachable through a subclass. */
    private static final class PoiWriter extends SheetDataWriter {
        PoiWriter(StringWriter out) throws IOException {
            super(out);
        }

        void escape(String s) throws IOException {
            outputEscapedString(s);
            _out.flush();
        }
    }


    private static String poi(String s) throws IOException {
        StringWriter out = new StringWriter();
        new PoiWriter(out).escape(s);
        return out.toString();
    }

    private static String runs(String s) throws IOException {
        StringWriter out = new StringWriter();
        new RunEscapingSheetDataWriter(out).outputEscapedString(s);   // writes straight into out
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "Müller & Söhne <GmbH>", "\"quoted\"", "a\nb\r\nc\td", "no\u00A0break",
            "\u0000\u0001\u001f", "\uFFFE\uFFFF\uFFFD", "emoji \uD83D\uDE00 pair", "lone \uD800 high", "lone \uDC00 low",
            "<", "&amp;", "ends with <", "> starts"})
    void escapesLikePoi(String s) throws IOException {
        assertThat(runs(s)).isEqualTo(poi(s));
    }

    @Test
    void nullWritesNothing() throws IOException {
        assertThat(runs(null)).isEmpty();
    }

    @Test
    void randomStringsEscapeLikePoi() throws IOException {
        Random random = new Random(42);
        char[] alphabet = "aZ ü<>&\"\n\r\t\u00A0\u0000\u001f\uFFFE\uFFFF\uD83D\uDE00\u20AC".toCharArray();
        for (int k = 0; k < 20_000; k++) {
            int length = random.nextInt(40);
            StringBuilder s = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                s.append(random.nextInt(4) == 0 ? (char) random.nextInt(0x10000) : alphabet[random.nextInt(alphabet.length)]);
            }
            String text = s.toString();
            assertThat(runs(text)).as("escaping of %s", text).isEqualTo(poi(text));
        }
    }
}
