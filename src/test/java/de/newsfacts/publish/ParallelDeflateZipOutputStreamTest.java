package de.newsfacts.publish;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The workbook {@link ExcelWorkbookWriter#newWorkbook()} writes is byte for byte the one plain POI writes. */
class ParallelDeflateZipOutputStreamTest {

    private static byte[] write(SXSSFWorkbook workbook, int sheets, int rows) throws IOException {
        Random random = new Random(7);
        String alphabet = "abcdefghijklmnopqrstuvwxyz ÄÖÜäöüß<>&\"'\n\t\u00A0\u0001\uFFFE\uD83D\uDE00€0123456789";
        try (workbook) {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.of(new Date(0)));
            for (int s = 0; s < sheets; s++) {
                SXSSFSheet sheet = workbook.createSheet("sheet " + s);
                for (int r = 0; r < rows * (s + 1); r++) {
                    Row row = sheet.createRow(r);
                    StringBuilder text = new StringBuilder();
                    for (int i = random.nextInt(60); i > 0; i--) {
                        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    row.createCell(0).setCellValue(text.toString());
                    row.createCell(1).setCellValue(random.nextGaussian() * 1e6);
                    row.createCell(2).setCellValue(random.nextBoolean());
                    row.createCell(4).setCellValue(" leading space " + r);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    @Test
    void workbookEqualsPoisByteForByte() throws IOException {
        byte[] poi = write(new SXSSFWorkbook(null, ExcelWorkbookWriter.ROW_WINDOW, false, false), 4, 3_000);
        byte[] ours = write(ExcelWorkbookWriter.newWorkbook(), 4, 3_000);
        assertThat(poi.length).isGreaterThan(2 * ParallelDeflateZipOutputStream.CHUNK);
        assertThat(ours).isEqualTo(poi);
    }

    @Test
    void emptyWorkbookEqualsPois() throws IOException {
        assertThat(write(ExcelWorkbookWriter.newWorkbook(), 0, 0))
                .isEqualTo(write(new SXSSFWorkbook(null, ExcelWorkbookWriter.ROW_WINDOW, false, false), 0, 0));
    }

    @Test
    void emptySheetsEqualPois() throws IOException {
        assertThat(write(ExcelWorkbookWriter.newWorkbook(), 3, 0))
                .isEqualTo(write(new SXSSFWorkbook(null, ExcelWorkbookWriter.ROW_WINDOW, false, false), 3, 0));
    }
}
