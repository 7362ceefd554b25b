package de.newsfacts.publish;

import de.newsfacts.structure.Sentence;
import org.apache.avro.generic.GenericData;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExcelWorkbookWriterTest {

    private static final OffsetDateTime CREATED = OffsetDateTime.of(2025, 11, 21, 3, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Writes all fixture tables (plus extra sentences) and a README, returns the workbook bytes. */
    private static byte[] workbook(int maxRowsPerSheet, List<GenericData.Record> extraSentences) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ExcelWorkbookWriter writer = new ExcelWorkbookWriter(bytes, maxRowsPerSheet)) {
            for (String table : TableSchemas.tables()) {
                ExcelWorkbookWriter.SheetWriter sheet = writer.table(table);
                Fixtures.avro(table).forEach(sheet::write);
                if (table.equals("sentences")) {
                    extraSentences.forEach(sheet::write);
                }
            }
            writer.writeReadme(new ExcelWorkbookWriter.ReadmeInfo("v3", CREATED, "0.1.0", writer.summaries(),
                    List.of("Offsets are 0-based and end-exclusive."), TableSchemas.dictionary()));
        }
        return bytes.toByteArray();
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static String readmeText(XSSFWorkbook wb) {
        StringBuilder text = new StringBuilder();
        for (Row row : wb.getSheet(ExcelWorkbookWriter.README_SHEET)) {
            for (Cell cell : row) {
                text.append(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                        : cell.toString()).append('\t');
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static Cell cell(XSSFSheet sheet, int row, String column) {
        Row header = sheet.getRow(0);
        for (Cell c : header) {
            if (c.getStringCellValue().equals(column)) {
                return sheet.getRow(row).getCell(c.getColumnIndex());
            }
        }
        throw new AssertionError("no column " + column + " in " + sheet.getSheetName());
    }

    private static void assertTableSheetLayout(XSSFWorkbook wb, XSSFSheet sheet, String table, int dataRows) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
        assertThat(header).containsExactlyElementsOf(
                TableSchemas.schema(table).getFields().stream().map(f -> f.name()).toList());
        for (Cell c : sheet.getRow(0)) {
            assertThat(wb.getFontAt(c.getCellStyle().getFontIndex()).getBold()).as("bold header").isTrue();
        }
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
        String lastColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(header.size() - 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:" + lastColumn + (dataRows + 1));
        assertThat(sheet.getLastRowNum()).isEqualTo(dataRows);
        for (int i = 0; i < header.size(); i++) {
            assertThat(sheet.getColumnWidth(i)).isBetween(8 * 256, 62 * 256);
        }
    }

    @Test
    void allTablesWithReadmeFirstHeadersFiltersAndTypedCells() throws IOException {
        try (XSSFWorkbook wb = read(workbook(ExcelWorkbookWriter.EXCEL_MAX_ROWS, List.of()))) {
            List<String> expected = new ArrayList<>();
            expected.add("README");
            expected.addAll(TableSchemas.tables());
            assertThat(sheetNames(wb)).containsExactlyElementsOf(expected);
            for (String table : TableSchemas.tables()) {
                assertTableSheetLayout(wb, wb.getSheet(table), table, Fixtures.rows(table).size());
            }

            XSSFSheet dates = wb.getSheet("dates");
            Cell start = cell(dates, 1, "start_date");
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 11, 20));
            assertThat(cell(dates, 2, "start_date").getStringCellValue()).isEqualTo("1871-01-01");
            assertThat(cell(dates, 3, "start_date")).as("null is an empty cell").isNull();
            assertThat(cell(dates, 1, "anchored").getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(cell(dates, 1, "anchored").getBooleanCellValue()).isTrue();
            assertThat(cell(dates, 1, "char_end").getCellType()).isEqualTo(CellType.NUMERIC);

            XSSFSheet entities = wb.getSheet("entities");
            assertThat(cell(entities, 1, "confidence").getNumericCellValue()).isEqualTo(0.9);
            assertThat(cell(entities, 1, "text").getStringCellValue()).isEqualTo("Köln");
            XSSFSheet documents = wb.getSheet("documents");
            assertThat(cell(documents, 1, "bytes").getNumericCellValue()).isEqualTo(1234.0);
            assertThat(cell(documents, 1, "title").getStringCellValue()).isEqualTo("Überschwemmungen 🌊");
            assertThat(cell(documents, 1, "text").getStringCellValue()).isEqualTo(Fixtures.TEXT);
            assertThat(cell(documents, 2, "published")).isNull();
            assertThat(cell(wb.getSheet("rejects"), 1, "reason").getStringCellValue()).isEqualTo("outside_seeds");
            assertThat(cell(wb.getSheet("quantities"), 1, "value").getNumericCellValue()).isEqualTo(1.2345e9);

            XSSFSheet readme = wb.getSheet("README");
            assertThat(wb.getFontAt(readme.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            String text = readmeText(wb);
            assertThat(text).contains("newsfacts dataset v3", "Version\tv3", "2025-11-21T03:00:00Z", "0.1.0",
                    "sentences\t2\tsentences\t0", "Rejected inputs\t2\tsee sheet rejects",
                    "2 date(s) in sheet dates lie outside", "Offsets are 0-based and end-exclusive.",
                    "Column dictionary", "quantities\tvalue\tdouble\tno\tNumeric value",
                    "documents\tpublished\tdate\tyes\t");
            assertThat(text).doesNotContain("truncated to");
        }
    }

    private static List<GenericData.Record> sentences(int n, int firstNo) {
        RecordMapper<Sentence> mapper = RecordMapper.forTable("sentences", Sentence.class);
        List<GenericData.Record> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(mapper.map(new Sentence("x", firstNo + i, 1, "Satz " + (firstNo + i), 0, 6)));
        }
        return rows;
    }

    @Test
    void overlongCellIsTruncatedWithMarkerAndReported() throws IOException {
        String longText = "ä".repeat(39_999) + "Z";
        GenericData.Record row = RecordMapper.forTable("sentences", Sentence.class)
                .map(new Sentence("long", 9, 1, longText, 0, longText.length()));
        try (XSSFWorkbook wb = read(workbook(ExcelWorkbookWriter.EXCEL_MAX_ROWS, List.of(row)))) {
            XSSFSheet sheet = wb.getSheet("sentences");
            String cut = cell(sheet, 3, "text").getStringCellValue();
            assertThat(cut).hasSize(ExcelWorkbookWriter.MAX_CELL_CHARS).endsWith(ExcelWorkbookWriter.TRUNCATION_MARKER)
                    .startsWith("äää");
            assertThat(readmeText(wb)).contains("sentences\t3\tsentences\t1\t",
                    "1 cell(s) in sheet sentences were truncated to 32,767 characters",
                    "full values are in Parquet");
        }
    }

    @Test
    void rowsBeyondTheSheetLimitContinueOnNumberedSheetsWithoutLoss() throws IOException {
        int maxRows = 4; // header + 3 data rows
        List<GenericData.Record> extra = sentences(8, 3); // 2 fixture rows + 8 = 10 rows -> 3+3+3+1
        try (XSSFWorkbook wb = read(workbook(maxRows, extra))) {
            assertThat(sheetNames(wb)).containsSubsequence("README", "blocks", "sentences", "sentences (2)",
                    "sentences (3)", "sentences (4)", "entities");
            List<Double> sentenceNos = new ArrayList<>();
            int[] expectedRows = {3, 3, 3, 1};
            for (int part = 1; part <= 4; part++) {
                XSSFSheet sheet = wb.getSheet(ExcelWorkbookWriter.sheetName("sentences", part));
                assertTableSheetLayout(wb, sheet, "sentences", expectedRows[part - 1]);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    sentenceNos.add(cell(sheet, r, "sentence_no").getNumericCellValue());
                }
            }
            assertThat(sentenceNos).hasSize(10).doesNotHaveDuplicates().isSorted();
            assertThat(readmeText(wb)).contains(
                    "sentences\t10\tsentences, sentences (2), sentences (3), sentences (4)\t0",
                    "its rows continue on sheets sentences, sentences (2), sentences (3), sentences (4)");
        }
    }

    @Test
    void exactlyFullSheetDoesNotOpenAnEmptyContinuation() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ExcelWorkbookWriter writer = new ExcelWorkbookWriter(bytes, 4)) {
            ExcelWorkbookWriter.SheetWriter sheet = writer.table("sentences");
            sentences(3, 1).forEach(sheet::write);
            assertThat(sheet.rows()).isEqualTo(3);
        }
        try (XSSFWorkbook wb = read(bytes.toByteArray())) {
            assertThat(sheetNames(wb)).containsExactly("README", "sentences");
        }
    }

    @Test
    void defaultReadmeWhenNoneIsGivenAndEmptyTableKeepsItsHeader() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ExcelWorkbookWriter writer = new ExcelWorkbookWriter(bytes)) {
            writer.table("quotes");
        }
        try (XSSFWorkbook wb = read(bytes.toByteArray())) {
            assertThat(sheetNames(wb)).containsExactly("README", "quotes");
            assertTableSheetLayout(wb, wb.getSheet("quotes"), "quotes", 0);
            assertThat(readmeText(wb)).contains("quotes\t0\tquotes\t0", "quotes\tspeaker\tstring\tyes");
        }
    }

    @Test
    void controlCharactersAndLoneSurrogatesStillGiveAReadableWorkbook() throws IOException {
        GenericData.Record row = RecordMapper.forTable("sentences", Sentence.class)
                .map(new Sentence("ctl", 1, 1, "a\u0001b\u0000c\uD800d\t\"<&>\"", 0, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ExcelWorkbookWriter writer = new ExcelWorkbookWriter(bytes)) {
            writer.table("sentences").write(row);
        }
        try (XSSFWorkbook wb = read(bytes.toByteArray())) {
            String text = cell(wb.getSheet("sentences"), 1, "text").getStringCellValue();
            assertThat(text).startsWith("a").contains("<&>").endsWith("\"");
        }
    }

    @Test
    void randomTextNeverBreaksTheWorkbook() throws IOException {
        java.util.Random random = new java.util.Random(7);
        RecordMapper<Sentence> mapper = RecordMapper.forTable("sentences", Sentence.class);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ExcelWorkbookWriter writer = new ExcelWorkbookWriter(bytes, 50)) {
            ExcelWorkbookWriter.SheetWriter sheet = writer.table("sentences");
            for (int i = 0; i < 200; i++) {
                char[] chars = new char[random.nextInt(i == 0 ? 40_000 : 300)];
                for (int c = 0; c < chars.length; c++) {
                    chars[c] = (char) random.nextInt(Character.MAX_VALUE + 1);
                }
                sheet.write(mapper.map(new Sentence("r", i + 1, 1, new String(chars), 0, chars.length)));
            }
        }
        try (XSSFWorkbook wb = read(bytes.toByteArray())) {
            int rows = 0;
            for (int part = 1; part <= 5; part++) {
                rows += wb.getSheet(ExcelWorkbookWriter.sheetName("sentences", part)).getLastRowNum();
            }
            assertThat(rows).isEqualTo(200);
        }
    }

    @Test
    void misuseIsAClearError() throws IOException {
        ExcelWorkbookWriter writer = new ExcelWorkbookWriter(OutputStream.nullOutputStream());
        writer.table("sentences");
        assertThatThrownBy(() -> writer.table("sentences")).isInstanceOf(IllegalArgumentException.class);
        ExcelWorkbookWriter.SheetWriter quotes = writer.table("quotes");
        assertThatThrownBy(() -> quotes.write(Fixtures.avro("sentences").get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quotes");
        writer.close();
        assertThatThrownBy(() -> quotes.write(Fixtures.avro("quotes").get(0))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ExcelWorkbookWriter(OutputStream.nullOutputStream(), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "sentences, 1, sentences",
            "sentences, 2, sentences (2)",
            "a_table_name_that_is_far_too_long, 1, a_table_name_that_is_far_too_lo",
            "a_table_name_that_is_far_too_long, 12, a_table_name_that_is_far_t (12)",
            "'a/b:c', 1, a_b_c",
    })
    void sheetNames(String table, int part, String expected) {
        assertThat(ExcelWorkbookWriter.sheetName(table, part)).isEqualTo(expected).hasSizeLessThanOrEqualTo(31);
    }

    @Test
    void truncationNeverSplitsASurrogatePair() {
        int keep = ExcelWorkbookWriter.MAX_CELL_CHARS - ExcelWorkbookWriter.TRUNCATION_MARKER.length();
        String text = "x".repeat(keep - 1) + "😀" + "y".repeat(100);
        String cut = ExcelWorkbookWriter.truncate(text);
        assertThat(cut).hasSize(ExcelWorkbookWriter.MAX_CELL_CHARS - 1).endsWith("x" + ExcelWorkbookWriter.TRUNCATION_MARKER);
        assertThat(ExcelWorkbookWriter.truncate("kurz")).isEqualTo("kurz");
        assertThat(ExcelWorkbookWriter.truncate("z".repeat(ExcelWorkbookWriter.MAX_CELL_CHARS)))
                .hasSize(ExcelWorkbookWriter.MAX_CELL_CHARS).doesNotContain("…");
    }

    @Test
    void openpyxlReadsTheWorkbook() throws Exception {
        String python = de.newsfacts.testing.Openpyxl.python();
        Assumptions.assumeTrue(python != null, "no python3 with openpyxl found: skipping openpyxl check");
        Path file = dir.resolve("book.xlsx");
        Files.write(file, workbook(ExcelWorkbookWriter.EXCEL_MAX_ROWS, List.of()));
        Process p = new ProcessBuilder(python, "-c",
                "import sys, openpyxl, datetime\n"
                        + "wb = openpyxl.load_workbook(sys.argv[1])\n"
                        + "assert wb.sheetnames[0] == 'README', wb.sheetnames\n"
                        + "ws = wb['dates']\n"
                        + "assert ws.freeze_panes == 'A2', ws.freeze_panes\n"
                        + "assert ws.auto_filter.ref.startswith('A1:'), ws.auto_filter.ref\n"
                        + "assert isinstance(ws['E2'].value, datetime.datetime), ws['E2'].value\n"
                        + "print('ok')\n", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output.trim()).as("no warnings either").isEqualTo("ok");
    }
}
