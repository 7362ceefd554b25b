package de.newsfacts.publish;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Turns the intermediate results of a run into a published version.
 *
 * <ol>
 *   <li>Writes every table as Parquet into a fresh staging folder, computing each table's content digest.</li>
 *   <li>If the content equals that of the version named in LATEST, removes the staging folder and publishes
 *       nothing ("unchanged").</li>
 *   <li>Otherwise writes the Excel workbook and {@code manifest.json}, renames the staging folder to the next
 *       {@code vN} and replaces LATEST.</li>
 * </ol>
 * A crash at any point leaves at most a staging folder, never a partial version; the caller holds the
 * {@link OutputLock}.
 */
public final class VersionPublisher {

    private static final Logger log = LoggerFactory.getLogger(VersionPublisher.class);

    /** What a publish did: {@code published} false means the content equalled {@code version}. */
    public record Outcome(boolean published, String version, Map<String, Long> rows) {
    }

    private final OutputStore store;
    private final WorkbookSettings workbook;
    private final String softwareVersion;
    private final Clock clock;

    public VersionPublisher(OutputStore store, WorkbookSettings workbook, String softwareVersion, Clock clock) {
        this.store = store;
        this.workbook = workbook;
        this.softwareVersion = softwareVersion;
        this.clock = clock;
    }

    /**
     * @param plan the carry-over plan the processing step used: carried documents' rows are copied from the
     *             version it was made against (which, under the output lock, is still the latest)
     */
    public Outcome publish(ChunkStore chunks, int totalItems, Long jobExecutionId, CarryOverPlan plan)
            throws IOException {
        store.removeAbandonedStaging();
        List<Integer> chunkFirsts = chunks.completeChunks(totalItems);
        OptionalInt newest = store.newestVersion();
        String versionName = "v" + (newest.orElse(0) + 1);

        Path staging = store.newStagingDir();
        store.fs().mkdirs(staging);
        LinkedHashMap<String, Manifest.Table> tables = new LinkedHashMap<>();
        List<Manifest.Input> inputs = new ArrayList<>();
        for (String table : TableSchemas.tables()) {
            tables.put(table, writeParquet(MergedRows.of(chunks, chunkFirsts, table, plan, store), table, staging,
                    inputs));
        }
        String schemaSha = schemasSha256();
        String content = Manifest.contentDigest(schemaSha, tables);
        Map<String, Long> rows = new LinkedHashMap<>();
        tables.forEach((name, table) -> rows.put(name, table.rows()));

        Manifest previous = CarryOverPlan.latestManifest(store);
        if (previous != null && content.equals(previous.contentSha256())) {
            store.delete(staging);
            log.info("Content equals {}: nothing new published", previous.version());
            return new Outcome(false, previous.version(), rows);
        }

        OffsetDateTime created = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS);
        String workbookName = "newsfacts-" + versionName + ".xlsx";
        WorkbookWriter.write(store, new Path(staging, workbookName), workbook, versionName, created,
                softwareVersion, rows, table -> MergedRows.of(chunks, chunkFirsts, table, plan, store));

        int carried = 0;
        for (int first : chunkFirsts) {
            for (String line : chunks.order(first)) {
                carried += line.startsWith(ChunkStore.CARRIED) ? 1 : 0;
            }
        }
        Manifest manifest = new Manifest(versionName, created.toString(), schemaSha, softwareVersion,
                jobExecutionId, content, carried, inputs, tables, Manifest.Changes.between(previous, inputs));
        try (FSDataOutputStream out = store.fs().create(new Path(staging, "manifest.json"), false)) {
            out.write(manifest.toJson());
        }
        store.publish(staging, versionName);
        store.writeLatest(versionName);
        log.info("Published {} ({}; {} documents carried over unchanged from {})", store.version(versionName), rows,
                carried, previous == null ? "-" : previous.version());
        return new Outcome(true, versionName, rows);
    }

    private Manifest.Table writeParquet(Iterator<GenericRecord> records, String table, Path staging,
                                        List<Manifest.Input> inputs) throws IOException {
        Schema schema = TableSchemas.schema(table);
        Path dir = new Path(staging, table);
        store.fs().mkdirs(dir);
        Path file = new Path(dir, "part-00000.parquet");
        ContentDigest digest = new ContentDigest(schema);
        long rows = 0;
        try (ParquetTableWriter writer = ParquetTableWriter.open(file, schema, store.conf())) {
            while (records.hasNext()) {
                GenericRecord record = records.next();
                writer.write(record);
                digest.add(record);
                rows++;
                if ("documents".equals(table)) {
                    inputs.add(new Manifest.Input(record.get("doc_id").toString(), record.get("path").toString(),
                            (Long) record.get("bytes"), record.get("content_sha256").toString(),
                            record.get("input_fingerprint").toString()));
                }
            }
        }
        FileStatus status = store.fs().getFileStatus(file);
        String relative = table + "/" + file.getName();
        return new Manifest.Table(rows, digest.hex(),
                List.of(new Manifest.FileEntry(relative, status.getLen(), fileSha256(file))));
    }

    /** Digest of all table schemas, so that a schema change alone makes a new version. */
    public static String schemasSha256() {
        StringBuilder all = new StringBuilder();
        for (String table : TableSchemas.tables()) {
            all.append(TableSchemas.schema(table).toString()).append('\n');
        }
        return ContentDigest.sha256Hex(all.toString());
    }

    private String fileSha256(Path file) throws IOException {
        MessageDigest sha = ContentDigest.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = store.fs().open(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

}
