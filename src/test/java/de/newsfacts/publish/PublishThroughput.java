package de.newsfacts.publish;

import de.newsfacts.structure.Sentence;
import org.apache.avro.generic.GenericData;
import org.apache.hadoop.conf.Configuration;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput check (not a unit test): maps and writes N sentence rows to Parquet and to Excel, prints rows/s.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt) de.newsfacts.publish.PublishThroughput [rows]}
 */
public final class PublishThroughput {

    private PublishThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String[] words = {"Bürgermeister", "sagte", "am", "Donnerstag", "in", "Köln", "die", "Überschwemmungen",
                "hätten", "mehr", "als", "1.200", "Häuser", "beschädigt", "Regierung", "Straße", "größere", "Schäden"};
        List<Sentence> sentences = new ArrayList<>(n);
        StringBuilder text = new StringBuilder();
        long chars = 0;
        java.util.Random random = new java.util.Random(42); // fixed seed: same rows every run
        for (int i = 0; i < n; i++) {
            text.setLength(0);
            int len = 8 + random.nextInt(20);
            for (int w = 0; w < len; w++) {
                text.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                if (random.nextInt(6) == 0) {
                    text.append(' ').append(random.nextInt(100_000));
                }
            }
            text.append('.');
            chars += text.length();
            sentences.add(new Sentence("doc-" + (i / 25), i % 25 + 1, i % 25 / 3 + 1, text.toString(), 0, text.length()));
        }
        RecordMapper<Sentence> mapper = RecordMapper.forTable("sentences", Sentence.class);
        Path dir = Files.createTempDirectory("publish-throughput");
        try {
            for (int round = 1; round <= 3; round++) { // round 1 warms up the JIT
                long t0 = System.nanoTime();
                List<GenericData.Record> rows = new ArrayList<>(n);
                for (Sentence s : sentences) {
                    rows.add(mapper.map(s));
                }
                long t1 = System.nanoTime();
                org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir.resolve("part-00000.parquet").toUri());
                try (ParquetTableWriter writer = ParquetTableWriter.open(file, mapper.schema(), new Configuration())) {
                    for (GenericData.Record row : rows) {
                        writer.write(row);
                    }
                }
                long t2 = System.nanoTime();
                Path xlsx = dir.resolve("book.xlsx");
                long rowsDone;
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xlsx));
                     ExcelWorkbookWriter excel = new ExcelWorkbookWriter(out)) {
                    ExcelWorkbookWriter.SheetWriter sheet = excel.table("sentences");
                    for (GenericData.Record row : rows) {
                        sheet.write(row);
                    }
                    rowsDone = System.nanoTime();
                }
                long t3 = System.nanoTime();
                System.out.printf(Locale.ROOT, "  excel rows %.2f s, zip at close %.2f s%n",
                        (rowsDone - t2) / 1e9, (t3 - rowsDone) / 1e9);
                System.out.printf(Locale.ROOT,
                        "round %d: %,d rows (%,d chars of text)%n  map     %,12.0f rows/s%n"
                                + "  parquet %,12.0f rows/s  (%,d bytes)%n  excel   %,12.0f rows/s  (%,d bytes)%n",
                        round, n, chars, n / ((t1 - t0) / 1e9), n / ((t2 - t1) / 1e9), Files.size(dir.resolve("part-00000.parquet")),
                        n / ((t3 - t2) / 1e9), Files.size(xlsx));
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
