package de.newsfacts.publish;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a version's workbook: every table (within {@link WorkbookSettings}) plus the README sheet.
 *
 * <p>When an incremental run only appended documents, a table whose sheets would hold exactly the rows they held
 * in the previous version's workbook (typically a table already cut at the row cap) is not written again: its
 * sheets' XML is copied from the previous workbook ({@link Reuse}, {@link XlsxSheetSplicer}); the README sheet
 * and all other sheets are written as usual.
 */
final class WorkbookWriter {

    private WorkbookWriter() {
    }

    /**
     * What the workbook takes from the previous version's: {@code tables} whose sheets are taken over as they are,
     * and {@code continued} tables that held all their rows there and only get the new rows added (their sheets
     * but the last are taken over, the last one is continued).
     */
    record Reuse(Path previousFile, Map<String, List<Manifest.Sheet>> tables,
                 Map<String, List<Manifest.Sheet>> continued) {

        /**
         * What can be taken over when the new version's tables are the previous ones with rows appended
         * ({@code rows}: the new row counts); {@code null} if nothing can.
         */
        static Reuse of(OutputStore store, Manifest previous, WorkbookSettings settings, Map<String, Long> rows) {
            Manifest.Workbook old = previous.workbook();
            if (old == null || !ExcelWorkbookWriter.FORMAT.equals(old.format())
                    || old.maxRowsPerTable() != settings.maxRowsPerTable()) {
                return null;
            }
            Map<String, List<Manifest.Sheet>> byTable = new LinkedHashMap<>();
            for (Manifest.Sheet sheet : old.sheets()) {
                byTable.computeIfAbsent(sheet.table(), t -> new ArrayList<>()).add(sheet);
            }
            Map<String, List<Manifest.Sheet>> reusable = new LinkedHashMap<>();
            Map<String, List<Manifest.Sheet>> continued = new LinkedHashMap<>();
            for (String table : TableSchemas.tables()) {
                List<Manifest.Sheet> sheets = byTable.get(table);
                Manifest.Table before = previous.tables().get(table);
                if ("rejects".equals(table) || sheets == null || before == null) {
                    continue; // rejects are found anew in every run
                }
                long held = sheets.stream().mapToLong(Manifest.Sheet::rows).sum();
                long wanted = settings.rowsInWorkbook(rows.getOrDefault(table, 0L));
                if (held == wanted) {
                    reusable.put(table, sheets);
                } else if (held == before.rows() && held < wanted) {
                    continued.put(table, sheets);
                }
            }
            Path file = new Path(store.version(previous.version()), old.path());
            boolean readable;
            try {
                readable = store.fs().exists(file);
            } catch (IOException e) {
                readable = false;
            }
            // a workbook someone removed from the previous version just means writing every sheet again
            return (reusable.isEmpty() && continued.isEmpty()) || !readable ? null
                    : new Reuse(file, reusable, continued);
        }

        String describe() {
            return (tables.isEmpty() ? "" : "sheets of " + String.join(", ", tables.keySet()) + " taken over")
                    + (tables.isEmpty() || continued.isEmpty() ? "" : ", ")
                    + (continued.isEmpty() ? "" : "sheets of " + String.join(", ", continued.keySet())
                    + " continued") + " from " + previousFile.getName();
        }
    }

    /** Writes the workbook {@code name} into {@code dir}; returns its manifest entry. */
    static Manifest.Workbook write(OutputStore store, Path dir, String name, WorkbookSettings settings,
                                   String version, OffsetDateTime created, String softwareVersion,
                                   Map<String, Long> rows, Function<String, Iterator<GenericRecord>> tableRows,
                                   Reuse reuse, Function<String, Iterator<GenericRecord>> freshRows)
            throws IOException {
        Path file = new Path(dir, name);
        List<ExcelWorkbookWriter.TableSummary> summaries;
        if (reuse == null) {
            try (FSDataOutputStream out = store.fs().create(file, false)) {
                summaries = fill(out, settings, version, created, softwareVersion, rows, tableRows, null, null,
                        null);
            }
        } else {
            java.nio.file.Path fresh = Files.createTempFile("newsfacts-workbook-", ".xlsx");
            java.nio.file.Path copy = null;
            try {
                java.nio.file.Path previous;
                if (store.isLocal()) {
                    previous = java.nio.file.Path.of(reuse.previousFile().toUri());
                } else {
                    copy = Files.createTempFile("newsfacts-previous-workbook-", ".xlsx");
                    try (InputStream in = store.fs().open(reuse.previousFile())) {
                        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                    previous = copy;
                }
                try (OutputStream out = Files.newOutputStream(fresh)) {
                    summaries = fill(out, settings, version, created, softwareVersion, rows, tableRows, reuse,
                            previous, freshRows);
                }
                List<String> taken = new ArrayList<>();
                List<String> continued = new ArrayList<>();
                reuse.tables().values().forEach(sheets -> sheets.forEach(sheet -> taken.add(sheet.name())));
                reuse.continued().values().forEach(sheets -> {
                    for (int i = 0; i < sheets.size(); i++) {
                        (i < sheets.size() - 1 ? taken : continued).add(sheets.get(i).name());
                    }
                });
                try (FSDataOutputStream out = store.fs().create(file, false)) {
                    XlsxSheetSplicer.splice(fresh, previous, taken, continued, out);
                }
            } finally {
                Files.deleteIfExists(fresh);
                if (copy != null) {
                    Files.deleteIfExists(copy);
                }
            }
        }
        List<Manifest.Sheet> sheets = new ArrayList<>();
        for (ExcelWorkbookWriter.TableSummary summary : summaries) {
            for (ExcelWorkbookWriter.SheetPart part : summary.sheets()) {
                sheets.add(new Manifest.Sheet(summary.table(), part.name(), part.rows(), part.truncatedCells(),
                        part.datesAsText()));
            }
        }
        return new Manifest.Workbook(name, store.fs().getFileStatus(file).getLen(), settings.maxRowsPerTable(),
                ExcelWorkbookWriter.FORMAT, sheets);
    }

    private static List<ExcelWorkbookWriter.SheetPart> parts(List<Manifest.Sheet> sheets) {
        return sheets.stream()
                .map(s -> new ExcelWorkbookWriter.SheetPart(s.name(), s.rows(), s.truncatedCells(), s.datesAsText()))
                .toList();
    }

    private static void writeRows(ExcelWorkbookWriter.SheetWriter sheet, Iterator<GenericRecord> records, long max) {
        for (long written = 0; written < max && records.hasNext(); written++) {
            sheet.write(records.next());
        }
    }

    private static List<ExcelWorkbookWriter.TableSummary> fill(OutputStream out, WorkbookSettings settings,
                                                               String version, OffsetDateTime created,
                                                               String softwareVersion, Map<String, Long> rows,
                                                               Function<String, Iterator<GenericRecord>> tableRows,
                                                               Reuse reuse, java.nio.file.Path previous,
                                                               Function<String, Iterator<GenericRecord>> freshRows)
            throws IOException {
        try (ExcelWorkbookWriter excel = new ExcelWorkbookWriter(out)) {
            List<String> notes = new ArrayList<>();
            for (String table : TableSchemas.tables()) {
                long total = rows.getOrDefault(table, 0L);
                long limit = settings.limits(total) ? settings.maxRowsPerTable() : Long.MAX_VALUE;
                List<Manifest.Sheet> taken = reuse == null ? null : reuse.tables().get(table);
                List<Manifest.Sheet> continued = reuse == null ? null : reuse.continued().get(table);
                if (taken != null) {
                    excel.placeholderTable(table, TableSchemas.schema(table), parts(taken));
                } else if (continued != null) {
                    // the new rows are the table's fresh rows (the run only appended), as many as fit under the cap
                    long held = continued.stream().mapToLong(Manifest.Sheet::rows).sum();
                    long add = settings.rowsInWorkbook(total) - held;
                    Schema schema = TableSchemas.schema(table);
                    int[] widths = XlsxSheetSplicer.columnChars(previous, continued.get(0).name(),
                            schema.getFields().size());
                    writeRows(excel.continueTable(table, schema, parts(continued), widths), freshRows.apply(table),
                            add);
                } else {
                    writeRows(excel.table(table), tableRows.apply(table), limit);
                }
                if (settings.limits(total)) {
                    notes.add(String.format("Table %s has %,d rows; this workbook holds the first %,d of them "
                            + "(newsfacts.excel-max-rows). All rows are in Parquet: %s/%s/*.parquet",
                            table, total, limit, version, table));
                }
            }
            notes.add("All tables are also in Parquet, one folder per table: " + version + "/<table>/*.parquet");
            notes.add("Offsets char_start/char_end are 0-based, end-exclusive positions in documents.text.");
            List<ExcelWorkbookWriter.TableSummary> summaries = excel.summaries();
            excel.writeReadme(new ExcelWorkbookWriter.ReadmeInfo(version, created, softwareVersion,
                    summaries, notes, TableSchemas.dictionary()));
            return summaries;
        }
    }
}
