package de.newsfacts.publish;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Streams tables of Avro records into one Excel workbook (POI SXSSF) for analysts.
 * <ul>
 *   <li>Sheet order: README first (created at construction, filled by {@link #writeReadme} or at
 *       {@link #close}), then one sheet per table named after the table, in the order {@link #table} is
 *       called.</li>
 *   <li>Every table sheet: bold header row of column names, frozen below the header, auto-filter over the header
 *       and all data rows, column widths from the header and the first {@value #WIDTH_SAMPLE_ROWS} rows (at most
 *       {@value #MAX_COLUMN_CHARS} characters wide).</li>
 *   <li>Typed cells: int/long/double/float are numbers, {@code date} fields are real Excel dates formatted
 *       yyyy-mm-dd, booleans are booleans, null is an empty cell, everything else is text. Dates before
 *       1900-03-01 (where Excel's date system is wrong or undefined) are written as yyyy-mm-dd text and
 *       counted.</li>
 *   <li>Excel limits are visible, never silent: text over {@value #MAX_CELL_CHARS} characters is cut and ends
 *       with {@link #TRUNCATION_MARKER}, counted per sheet; rows beyond a sheet's limit continue on sheets
 *       {@code "<table> (2)"}, {@code "<table> (3)"}, each with its own header, freeze pane and filter. The
 *       README lists these counts and sheet names.</li>
 *   <li>Rows are flushed to temporary files every {@value #ROW_WINDOW} rows (uncompressed: gzip there cost more
 *       CPU than the disk it saves, and the workbook is zipped anyway), text escaped by
 *       {@link RunEscapingSheetDataWriter} (POI's rules, written in runs); {@link #close} writes the workbook to
 *       the stream (which it does not close), its parts deflated on {@value #DEFLATE_THREADS} threads
 *       ({@link ParallelDeflateZipOutputStream}), and deletes the temporary files.</li>
 * </ul>
 * Not thread-safe.
 */
public final class ExcelWorkbookWriter implements Closeable {

    /** Rows per sheet including the header row (Excel 2007+: 1,048,576). */
    public static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Characters per cell (Excel: 32,767). */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Appended to every truncated cell, so the cut is visible in the cell itself. */
    public static final String TRUNCATION_MARKER = "… [gekürzt/truncated: full text in Parquet]";
    public static final String README_SHEET = "README";
    /**
     * Names the layout of the sheets this class writes (cells, styles, header, widths, filter, rows per sheet). A
     * sheet written under the same format from the same rows is the same XML, so it may be taken over from an
     * earlier workbook ({@link #placeholderTable}); change the value whenever the sheet layout changes.
     */
    public static final String FORMAT = "newsfacts-xlsx-1";
    static final int ROW_WINDOW = 100;
    /** Threads that deflate the workbook's parts at {@link #close} (see {@link ParallelDeflateZipOutputStream}). */
    static final int DEFLATE_THREADS = 2;
    static final int WIDTH_SAMPLE_ROWS = 200;
    static final int MAX_COLUMN_CHARS = 60;
    private static final int MAX_SHEET_NAME = 31;
    /** Excel serial number of 1970-01-01 in the 1900 date system. */
    private static final int EXCEL_EPOCH_OFFSET = 25_569;
    private static final long FIRST_EXCEL_DAY = LocalDate.of(1900, 3, 1).toEpochDay();
    private static final long LAST_EXCEL_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    /** One sheet holding (part of) a table. */
    public record SheetPart(String name, long rows, long truncatedCells, long datesAsText) {
    }

    /** Where a table's rows went in the workbook. */
    public record TableSummary(String table, long rows, List<SheetPart> sheets) {
        public TableSummary {
            sheets = List.copyOf(sheets);
        }

        public List<String> sheetNames() {
            return sheets.stream().map(SheetPart::name).toList();
        }

        public long truncatedCells() {
            return sheets.stream().mapToLong(SheetPart::truncatedCells).sum();
        }
    }

    /**
     * What the README sheet shows. {@code tables} usually comes from {@link #summaries()}, {@code dictionary} from
     * {@link TableSchemas#dictionary()}; {@code notes} are extra lines shown after the generated ones.
     */
    public record ReadmeInfo(String version, OffsetDateTime createdAt, String softwareVersion,
                             List<TableSummary> tables, List<String> notes, List<TableSchemas.Column> dictionary) {
        public ReadmeInfo {
            tables = List.copyOf(tables);
            notes = List.copyOf(notes);
            dictionary = List.copyOf(dictionary);
        }
    }

    private enum Kind { STRING, INT, LONG, DOUBLE, BOOLEAN, DATE }

    private final SXSSFWorkbook workbook;
    private final OutputStream out;
    private final int maxDataRowsPerSheet;
    private final SXSSFSheet readme;
    private final CellStyle headerStyle;
    private final CellStyle titleStyle;
    private final CellStyle dateStyle;
    private final CellStyle wrapStyle;
    private final Map<String, SheetWriter> tables = new LinkedHashMap<>();
    private final Set<String> sheetNames = new HashSet<>();
    private boolean readmeWritten;
    private boolean closed;

    /** A writer with Excel's own row limit per sheet. */
    public ExcelWorkbookWriter(OutputStream out) {
        this(out, EXCEL_MAX_ROWS);
    }

    /** A writer that starts a new sheet after {@code maxRowsPerSheet} rows (header included; at least 2). */
    public ExcelWorkbookWriter(OutputStream out, int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("maxRowsPerSheet must be in 2.." + EXCEL_MAX_ROWS + ": "
                    + maxRowsPerSheet);
        }
        this.out = Objects.requireNonNull(out, "out");
        this.maxDataRowsPerSheet = maxRowsPerSheet - 1;
        this.workbook = newWorkbook();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
        Font title = workbook.createFont();
        title.setBold(true);
        title.setFontHeightInPoints((short) 14);
        titleStyle = workbook.createCellStyle();
        titleStyle.setFont(title);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        wrapStyle = workbook.createCellStyle();
        wrapStyle.setWrapText(true);
        wrapStyle.setVerticalAlignment(VerticalAlignment.TOP);
        addNormalCellStyle();
        readme = createSheet(README_SHEET);
    }

    /**
     * An SXSSF workbook (rows beyond {@value #ROW_WINDOW} flushed to uncompressed temporary files, inline strings)
     * that writes the same file as POI's, faster: text escaped by {@link RunEscapingSheetDataWriter}, the parts
     * deflated on {@value #DEFLATE_THREADS} threads by {@link ParallelDeflateZipOutputStream}.
     */
    static SXSSFWorkbook newWorkbook() {
        return new SXSSFWorkbook(null, ROW_WINDOW, false, false) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new RunEscapingSheetDataWriter();
            }

            @Override
            protected ISheetInjector createSheetInjector(SXSSFSheet sheet) throws IOException {
                ISheetInjector copy = super.createSheetInjector(sheet);
                return out -> {
                    if (out instanceof ParallelDeflateZipOutputStream parallel) {
                        parallel.writeLater(sheet.getWorksheetXMLInputStream());   // read by the compressor
                    } else {
                        copy.writeSheetData(out);
                    }
                };
            }

            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream target) {
                // the layout POI writes in its default mode (Zip64Mode.Always), deflated on several threads
                return zip64Mode == Zip64Mode.Always ? new ParallelDeflateZipOutputStream(target, DEFLATE_THREADS)
                        : super.createArchiveOutputStream(target);
            }
        };
    }

    /**
     * Names cell format 0 the built-in "Normal" style, as Excel itself does. POI leaves the list of named styles
     * out, and openpyxl (so pandas.read_excel) then warns "Workbook contains no default style" on every read.
     */
    private void addNormalCellStyle() {
        // POI's lite schema jar has no typed class for <cellStyles>: write the element with a cursor, placed
        // where the schema wants it (after cellXfs, before dxfs) when POI writes the styles part
        var stylesheet = workbook.getXSSFWorkbook().getStylesSource().getCTStylesheet();
        try (var cursor = stylesheet.newCursor()) {
            String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            cursor.toEndToken();
            cursor.beginElement(new javax.xml.namespace.QName(main, "cellStyles"));
            cursor.insertAttributeWithValue("count", "1");
            cursor.beginElement(new javax.xml.namespace.QName(main, "cellStyle"));
            cursor.insertAttributeWithValue("name", "Normal");
            cursor.insertAttributeWithValue("xfId", "0");
            cursor.insertAttributeWithValue("builtinId", "0");
        }
    }

    /** Starts the sheet(s) of {@code table} with the schema from {@link TableSchemas}. */
    public SheetWriter table(String table) {
        return table(table, TableSchemas.schema(table));
    }

    /** Starts the sheet(s) of {@code table}; rows are appended with {@link SheetWriter#write}. */
    public SheetWriter table(String table, Schema schema) {
        ensureOpen();
        if (tables.containsKey(table)) {
            throw new IllegalArgumentException("table '" + table + "' already has a sheet");
        }
        SheetWriter writer = new SheetWriter(table, schema);
        tables.put(table, writer);
        return writer;
    }

    /**
     * Creates the sheets of {@code table} as they were in an earlier workbook of the same {@link #FORMAT}, but
     * without their data rows: only the sheet names, header, freeze pane and filter range. The caller replaces
     * each such sheet's XML with the earlier one afterwards (see {@code XlsxSheetSplicer}); the summaries and the
     * README count the rows of {@code parts}.
     *
     * @param parts the table's sheets in the earlier workbook, in order; their names must be the ones this writer
     *              gives the sheets of {@code table}
     */
    public void placeholderTable(String table, Schema schema, List<SheetPart> parts) {
        SheetWriter writer = takenOverTable(table, schema, parts);
        writer.takeOver(parts);
        writer.placeholder = true;
        tables.put(table, writer);
    }

    /**
     * Continues {@code table} from an earlier workbook of the same {@link #FORMAT} that held all of its rows then:
     * the earlier sheets but the last become placeholders (see {@link #placeholderTable}); the last one is started
     * with its header and its earlier row count, so that {@link SheetWriter#write} adds rows after the earlier
     * ones. The caller splices the earlier rows into that sheet afterwards (see {@code XlsxSheetSplicer}).
     *
     * @param columnChars the column widths of the earlier sheets in characters (their {@code <cols>}); the
     *                    widths of the continued table start from them, so they come out as if all rows had been
     *                    written here
     * @return the writer for the new rows
     */
    public SheetWriter continueTable(String table, Schema schema, List<SheetPart> parts, int[] columnChars) {
        SheetWriter writer = takenOverTable(table, schema, parts);
        writer.takeOver(parts.subList(0, parts.size() - 1));
        writer.continueSheet(parts.get(parts.size() - 1), columnChars);
        tables.put(table, writer);
        return writer;
    }

    private SheetWriter takenOverTable(String table, Schema schema, List<SheetPart> parts) {
        ensureOpen();
        if (tables.containsKey(table)) {
            throw new IllegalArgumentException("table '" + table + "' already has a sheet");
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("table '" + table + "' needs at least one sheet");
        }
        return new SheetWriter(table, schema);
    }

    /** Summaries of all tables so far, in sheet order. */
    public List<TableSummary> summaries() {
        List<TableSummary> summaries = new ArrayList<>(tables.size());
        for (SheetWriter writer : tables.values()) {
            summaries.add(writer.summary());
        }
        return summaries;
    }

    /**
     * Fills the README sheet (once). Call it after the tables are written, with {@link #summaries()}; if it is
     * never called, {@link #close} writes a README from the summaries and the dictionary of the written tables.
     */
    public void writeReadme(ReadmeInfo info) {
        ensureOpen();
        if (readmeWritten) {
            throw new IllegalStateException("README already written");
        }
        readmeWritten = true;
        new ReadmeRenderer(info).render();
    }

    /** Finishes all sheets, writes the workbook to the stream (left open) and deletes temporary files. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            for (SheetWriter writer : tables.values()) {
                writer.finishSheet();
            }
            if (!readmeWritten) {
                List<TableSchemas.Column> dictionary = new ArrayList<>();
                for (SheetWriter writer : tables.values()) {
                    dictionary.addAll(TableSchemas.columns(writer.table, writer.schema));
                }
                writeReadme(new ReadmeInfo(null, null, null, summaries(), List.of(), dictionary));
            }
            closed = true;
            workbook.write(out);
            out.flush();
        } finally {
            closed = true;
            workbook.dispose();
            workbook.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("workbook is closed");
        }
    }

    private SXSSFSheet createSheet(String name) {
        if (!sheetNames.add(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("duplicate sheet name '" + name + "'");
        }
        return workbook.createSheet(name);
    }

    /** Sheet name {@code base} for part 1, {@code "base (n)"} after, cut to Excel's 31 characters. */
    static String sheetName(String base, int part) {
        String suffix = part == 1 ? "" : " (" + part + ")";
        String cleaned = base.replaceAll("[\\[\\]:*?/\\\\]", "_");
        int room = MAX_SHEET_NAME - suffix.length();
        return (cleaned.length() > room ? cleaned.substring(0, room) : cleaned) + suffix;
    }

    /** {@code text} cut to Excel's cell limit with the marker at the end, never splitting a surrogate pair. */
    static String truncate(String text) {
        if (text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int keep = MAX_CELL_CHARS - TRUNCATION_MARKER.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + TRUNCATION_MARKER;
    }

    private static Kind kind(Schema fieldSchema) {
        if (TableSchemas.isDate(fieldSchema)) {
            return Kind.DATE;
        }
        return switch (TableSchemas.valueSchema(fieldSchema).getType()) {
            case INT -> Kind.INT;
            case LONG -> Kind.LONG;
            case DOUBLE, FLOAT -> Kind.DOUBLE;
            case BOOLEAN -> Kind.BOOLEAN;
            default -> Kind.STRING;
        };
    }

    /** The characters a number takes in a column, for its width (a fraction counted as at most 15). */
    private static int numberChars(Number number) {
        int chars = String.valueOf(number).length();
        return number instanceof Double || number instanceof Float ? Math.min(chars, 15) : chars;
    }

    private static int widthUnits(int chars) {
        return Math.min(Math.max(chars, 6) + 2, MAX_COLUMN_CHARS + 2) * 256;
    }

    /**
     * The character count that gives a column written with {@code width} (the {@code width} attribute of a
     * sheet's {@code <col>}, in characters) the same width again: widths are {@code min(max(chars, 6) + 2, 62)}.
     */
    static int charsOfWidth(double width) {
        return (int) Math.round(width) - 2;
    }

    /** Appends the rows of one table, continuing on a new sheet when one is full. */
    public final class SheetWriter {
        private final String table;
        private final Schema schema;
        private final Kind[] kinds;
        private final int[] widthChars;
        private final List<SheetPart> finished = new ArrayList<>();
        private SXSSFSheet sheet;
        private int part;
        private int rowsInSheet;
        private long truncatedInSheet;
        private long datesAsTextInSheet;
        private long rows;
        private boolean sheetFinished;
        private boolean placeholder;
        private Schema lastCheckedSchema;

        private SheetWriter(String table, Schema schema) {
            this.table = table;
            this.schema = schema;
            List<Schema.Field> fields = schema.getFields();
            kinds = new Kind[fields.size()];
            widthChars = new int[fields.size()];
            for (Schema.Field field : fields) {
                kinds[field.pos()] = kind(field.schema());
                // header: bold text plus the filter drop-down button
                widthChars[field.pos()] = field.name().length() + 3;
            }
            startSheet();
        }

        private void startSheet() {
            part++;
            sheet = createSheet(sheetName(table, part));
            sheet.createFreezePane(0, 1);
            Row header = sheet.createRow(0);
            for (Schema.Field field : schema.getFields()) {
                Cell cell = header.createCell(field.pos());
                cell.setCellValue(field.name());
                cell.setCellStyle(headerStyle);
            }
            rowsInSheet = 0;
            truncatedInSheet = 0;
            datesAsTextInSheet = 0;
            sheetFinished = false;
        }

        private void finishSheet() {
            if (sheetFinished) {
                return;
            }
            sheetFinished = true;
            int lastColumn = kinds.length - 1;
            sheet.setAutoFilter(new CellRangeAddress(0, rowsInSheet, 0, lastColumn));
            for (int i = 0; i < kinds.length; i++) {
                sheet.setColumnWidth(i, widthUnits(widthChars[i]));
            }
            finished.add(new SheetPart(sheet.getSheetName(), rowsInSheet, truncatedInSheet, datesAsTextInSheet));
        }

        private void continueSheet(SheetPart last, int[] columnChars) {
            adopt(last);
            if (columnChars.length != widthChars.length) {
                throw new IllegalArgumentException("table " + table + " has " + widthChars.length + " columns, the"
                        + " earlier sheet " + columnChars.length);
            }
            for (int i = 0; i < widthChars.length; i++) {
                widthChars[i] = Math.max(widthChars[i], columnChars[i]);
            }
        }

        /** Counts the earlier sheets {@code parts} as this table's first sheets, created without data rows. */
        private void takeOver(List<SheetPart> parts) {
            for (SheetPart earlier : parts) {
                adopt(earlier);
                finishSheet();
            }
        }

        /**
         * Makes the next sheet of this table (the first one is already started) stand for the earlier sheet
         * {@code earlier}: same name, and its rows, cut cells and dates as text counted as if written here.
         */
        private void adopt(SheetPart earlier) {
            if (!finished.isEmpty()) {
                startSheet();
            }
            if (!sheet.getSheetName().equals(earlier.name())) {
                throw new IllegalArgumentException("sheet " + part + " of table " + table + " is named '"
                        + sheet.getSheetName() + "' here, not '" + earlier.name() + "'");
            }
            if (earlier.rows() > maxDataRowsPerSheet) {
                throw new IllegalArgumentException("sheet '" + earlier.name() + "' has more rows than a sheet holds");
            }
            rowsInSheet = (int) earlier.rows();
            truncatedInSheet = earlier.truncatedCells();
            datesAsTextInSheet = earlier.datesAsText();
            rows += earlier.rows();
        }

        /** Appends one record of this table's schema. */
        public void write(GenericRecord record) {
            ensureOpen();
            if (placeholder) {
                throw new IllegalStateException("table " + table + " is a placeholder: its rows are taken over");
            }
            if (record.getSchema() != lastCheckedSchema) {
                checkSchema(record.getSchema());
            }
            if (rowsInSheet == maxDataRowsPerSheet) {
                finishSheet();
                startSheet();
            }
            boolean sample = rows < WIDTH_SAMPLE_ROWS;
            Row row = sheet.createRow(rowsInSheet + 1);
            for (int i = 0; i < kinds.length; i++) {
                Object value = record.get(i);
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                int chars = switch (kinds[i]) {
                    case STRING -> text(cell, value.toString());
                    case INT, LONG, DOUBLE -> {
                        cell.setCellValue(((Number) value).doubleValue());
                        yield sample ? numberChars((Number) value) : 0;   // the width is only sampled
                    }
                    case BOOLEAN -> {
                        cell.setCellValue((Boolean) value);
                        yield 5;
                    }
                    case DATE -> date(cell, value);
                };
                if (sample && chars > widthChars[i]) {
                    widthChars[i] = chars;
                }
            }
            rowsInSheet++;
            rows++;
        }

        /** Cells are filled by field position, so a record must have this table's fields in this order. */
        private void checkSchema(Schema recordSchema) {
            List<Schema.Field> expected = schema.getFields();
            List<Schema.Field> actual = recordSchema.getFields();
            boolean same = expected.size() == actual.size();
            for (int i = 0; same && i < expected.size(); i++) {
                same = expected.get(i).name().equals(actual.get(i).name());
            }
            if (!same) {
                throw new IllegalArgumentException("record of schema " + recordSchema.getFullName()
                        + " does not have the fields of table " + table + " in order: " + expected);
            }
            lastCheckedSchema = recordSchema;
        }

        private int text(Cell cell, String text) {
            if (text.length() > MAX_CELL_CHARS) {
                text = truncate(text);
                truncatedInSheet++;
            }
            cell.setCellValue(text);
            return text.length();
        }

        private int date(Cell cell, Object value) {
            long epochDay = value instanceof LocalDate date ? date.toEpochDay() : ((Number) value).longValue();
            if (epochDay < FIRST_EXCEL_DAY || epochDay > LAST_EXCEL_DAY) {
                cell.setCellValue(LocalDate.ofEpochDay(epochDay).toString());
                datesAsTextInSheet++;
            } else {
                cell.setCellValue(epochDay + EXCEL_EPOCH_OFFSET);
                cell.setCellStyle(dateStyle);
            }
            return 10;
        }

        /** Data rows written so far (all sheets). */
        public long rows() {
            return rows;
        }

        public String table() {
            return table;
        }

        /** The table's sheets so far (the current one with its counts up to now). */
        public TableSummary summary() {
            List<SheetPart> parts = new ArrayList<>(finished);
            if (!sheetFinished) {
                parts.add(new SheetPart(sheet.getSheetName(), rowsInSheet, truncatedInSheet, datesAsTextInSheet));
            }
            return new TableSummary(table, rows, parts);
        }
    }

    /** Writes the README rows top to bottom (SXSSF needs increasing row numbers). */
    private final class ReadmeRenderer {
        private final ReadmeInfo info;
        private int next;

        ReadmeRenderer(ReadmeInfo info) {
            this.info = info;
        }

        void render() {
            String version = info.version() == null ? "" : " " + info.version();
            row(titleStyle, "newsfacts dataset" + version);
            next++;
            row(null, "Version", orEmpty(info.version()));
            row(null, "Created", info.createdAt() == null ? ""
                    : info.createdAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            row(null, "Software version", orEmpty(info.softwareVersion()));
            next++;

            row(headerStyle, "Table", "Rows", "Sheet(s)", "Cells truncated");
            for (TableSummary table : info.tables()) {
                Row row = readme.createRow(next++);
                row.createCell(0).setCellValue(table.table());
                row.createCell(1).setCellValue(table.rows());
                row.createCell(2).setCellValue(String.join(", ", table.sheetNames()));
                row.createCell(3).setCellValue(table.truncatedCells());
            }
            for (TableSummary table : info.tables()) {
                if (table.table().equals("rejects")) {
                    next++;
                    Row row = readme.createRow(next++);
                    row.createCell(0).setCellValue("Rejected inputs");
                    row.createCell(1).setCellValue(table.rows());
                    row.createCell(2).setCellValue("see sheet " + table.sheetNames().get(0));
                }
            }
            next++;

            List<String> notes = notes();
            if (!notes.isEmpty()) {
                row(headerStyle, "Notes");
                for (String note : notes) {
                    row(null, note);
                }
                next++;
            }

            row(titleStyle, "Column dictionary");
            row(headerStyle, "Table", "Column", "Type", "Nullable", "Description");
            for (TableSchemas.Column column : info.dictionary()) {
                Row row = readme.createRow(next++);
                row.createCell(0).setCellValue(column.table());
                row.createCell(1).setCellValue(column.column());
                row.createCell(2).setCellValue(column.type());
                row.createCell(3).setCellValue(column.nullable() ? "yes" : "no");
                Cell description = row.createCell(4);
                description.setCellValue(truncate(column.description()));
                description.setCellStyle(wrapStyle);
            }
            readme.setColumnWidth(0, 20 * 256);
            readme.setColumnWidth(1, 28 * 256);
            readme.setColumnWidth(2, 30 * 256);
            readme.setColumnWidth(3, 16 * 256);
            readme.setColumnWidth(4, 100 * 256);
        }

        private List<String> notes() {
            List<String> notes = new ArrayList<>();
            for (TableSummary table : info.tables()) {
                if (table.sheets().size() > 1) {
                    notes.add(String.format(Locale.ROOT,
                            "Table %s has %,d rows, more than one sheet holds here (%,d data rows): its rows"
                                    + " continue on sheets %s.",
                            table.table(), table.rows(), maxDataRowsPerSheet, String.join(", ", table.sheetNames())));
                }
                for (SheetPart part : table.sheets()) {
                    if (part.truncatedCells() > 0) {
                        notes.add(String.format(Locale.ROOT,
                                "%,d cell(s) in sheet %s were truncated to %,d characters (the Excel limit) and end"
                                        + " with \"%s\"; full values are in Parquet (table %s).",
                                part.truncatedCells(), part.name(), MAX_CELL_CHARS, TRUNCATION_MARKER,
                                table.table()));
                    }
                    if (part.datesAsText() > 0) {
                        notes.add(String.format(Locale.ROOT,
                                "%,d date(s) in sheet %s lie outside Excel's date range (1900-03-01 to 9999-12-31)"
                                        + " and are written as text yyyy-mm-dd.",
                                part.datesAsText(), part.name()));
                    }
                }
            }
            notes.add("Empty cells are null values. Dates are Excel dates (yyyy-mm-dd). The Parquet files of this"
                    + " version hold the same tables with full values and exact types.");
            notes.addAll(info.notes());
            return notes;
        }

        private void row(CellStyle style, String... values) {
            Row row = readme.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(truncate(values[i]));
                if (style != null) {
                    cell.setCellStyle(style);
                }
            }
        }

        private static String orEmpty(String s) {
            return s == null ? "" : s;
        }
    }
}
