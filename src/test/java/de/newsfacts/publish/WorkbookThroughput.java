package de.newsfacts.publish;

import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Throughput check (not a unit test): writes the workbook of a published version again from its Parquet tables
 * (each table's first 100,000 rows, as the job does by default) and prints, per round, the time to fill the sheets
 * and the time of {@code close} (the zip), wall and process CPU.
 * Run: {@code java -Xmx2g -cp target/classes:target/test-classes:$(cat cp.txt) de.newsfacts.publish.WorkbookThroughput
 * <version folder, e.g. target/bench/runs/<run>/output/v1> [rounds]} (a bench run with {@code --keep-output}).
 */
public final class WorkbookThroughput {

    private WorkbookThroughput() {
    }

    public static void main(String[] args) throws Exception {
        Path version = new Path(java.nio.file.Path.of(args[0]).toAbsolutePath().toUri());
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        OutputStore store = OutputStore.open(version.getParent().toUri().toString(), new Configuration());
        Map<String, List<GenericRecord>> tables = new LinkedHashMap<>();
        for (String table : TableSchemas.tables()) {
            Path dir = new Path(version, table);
            if (!store.fs().exists(dir)) {
                continue;
            }
            List<GenericRecord> rows = new ArrayList<>();
            try (ParquetPartsReader reader = ParquetPartsReader.ofFolder(store, dir)) {
                while (reader.hasNext() && rows.size() < 100_000) {
                    rows.add(reader.next());
                }
            }
            tables.put(table, rows);
            System.out.printf("%-12s %,9d rows%n", table, rows.size());
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        java.nio.file.Path file = Files.createTempFile("workbook-throughput-", ".xlsx");
        try {
            for (int round = 1; round <= rounds; round++) {
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                long t1;
                long cpu1;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                     ExcelWorkbookWriter excel = new ExcelWorkbookWriter(out)) {
                    for (Map.Entry<String, List<GenericRecord>> table : tables.entrySet()) {
                        ExcelWorkbookWriter.SheetWriter sheet = excel.table(table.getKey());
                        for (GenericRecord row : table.getValue()) {
                            sheet.write(row);
                        }
                    }
                    t1 = System.nanoTime();
                    cpu1 = os.getProcessCpuTime();
                }
                long t2 = System.nanoTime();
                long cpu2 = os.getProcessCpuTime();
                System.out.printf("round %d: fill %.2f s (cpu %.2f s), close %.2f s (cpu %.2f s), total %.2f s, %,d bytes%n",
                        round, (t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9, (t2 - t1) / 1e9, (cpu2 - cpu1) / 1e9,
                        (t2 - t0) / 1e9, Files.size(file));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
