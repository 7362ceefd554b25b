package de.newsfacts.publish;

import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes a version's workbook: every table (within {@link WorkbookSettings}) plus the README sheet. */
final class WorkbookWriter {

    private WorkbookWriter() {
    }

    static void write(OutputStore store, Path file, WorkbookSettings settings, String version,
                      OffsetDateTime created, String softwareVersion, Map<String, Long> rows,
                      Function<String, Iterator<GenericRecord>> tableRows) throws IOException {
        try (FSDataOutputStream out = store.fs().create(file, false);
             ExcelWorkbookWriter excel = new ExcelWorkbookWriter(out)) {
            List<String> notes = new ArrayList<>();
            for (String table : TableSchemas.tables()) {
                ExcelWorkbookWriter.SheetWriter sheet = excel.table(table);
                long total = rows.getOrDefault(table, 0L);
                long limit = settings.limits(total) ? settings.maxRowsPerTable() : Long.MAX_VALUE;
                Iterator<GenericRecord> records = tableRows.apply(table);
                for (long written = 0; written < limit && records.hasNext(); written++) {
                    sheet.write(records.next());
                }
                if (settings.limits(total)) {
                    notes.add(String.format("Table %s has %,d rows; this workbook holds the first %,d of them "
                            + "(newsfacts.excel-max-rows). All rows are in Parquet: %s/%s/*.parquet",
                            table, total, limit, version, table));
                }
            }
            notes.add("All tables are also in Parquet, one folder per table: " + version + "/<table>/*.parquet");
            notes.add("Offsets char_start/char_end are 0-based, end-exclusive positions in documents.text.");
            excel.writeReadme(new ExcelWorkbookWriter.ReadmeInfo(version, created, softwareVersion,
                    excel.summaries(), notes, TableSchemas.dictionary()));
        }
    }
}
