package de.newsfacts.publish;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxSheetSplicerTest {

    private static String continued(String earlier, String fresh) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxSheetSplicer.continueRows(earlier.getBytes(StandardCharsets.UTF_8), fresh.getBytes(StandardCharsets.UTF_8),
                out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void earlierRowsThenTheFreshRowsInTheFreshFrame() throws Exception {
        String earlier = "<worksheet><dimension ref=\"A1:A3\"/><sheetData>\n<row r=\"1\">H</row>\n"
                + "<row r=\"2\">ä</row>\n<row r=\"3\">b</row>\n</sheetData><autoFilter ref=\"A1:A3\"/></worksheet>";
        String fresh = "<worksheet><dimension ref=\"A1:A5\"/><sheetData>\n<row r=\"1\">H</row>\n"
                + "<row r=\"4\">c</row>\n<row r=\"5\">d</row>\n</sheetData><autoFilter ref=\"A1:A5\"/></worksheet>";
        assertThat(continued(earlier, fresh)).isEqualTo("<worksheet><dimension ref=\"A1:A5\"/><sheetData>\n"
                + "<row r=\"1\">H</row>\n<row r=\"2\">ä</row>\n<row r=\"3\">b</row>\n<row r=\"4\">c</row>\n"
                + "<row r=\"5\">d</row>\n</sheetData><autoFilter ref=\"A1:A5\"/></worksheet>");
    }

    @Test
    void aSheetWithoutRowsCannotBeContinued() {
        assertThatThrownBy(() -> continued("<worksheet/>", "<worksheet><sheetData></sheetData></worksheet>"))
                .hasMessageContaining("sheetData");
    }
}
