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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Turns the intermediate results of a run into a published version.
 *
 * <ol>
 *   <li>Reads every table once to compute its content digest (SHA-256 of its rows' Avro encoding).</li>
 *   <li>If the content equals that of the version named in LATEST, publishes nothing ("unchanged").</li>
 *   <li>Otherwise writes the Parquet tables and the Excel workbook side by side (two threads, each reading
 *       the rows itself) into a fresh staging folder, then {@code manifest.json}, renames the staging folder
 *       to the next {@code vN} and replaces LATEST.</li>
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
        Function<String, Iterator<GenericRecord>> rowsOf = table -> MergedRows.of(chunks, chunkFirsts, table, plan,
                store);

        // pass 1: content digests (reading is cheap), so an unchanged run writes nothing
        long started = System.nanoTime();
        LinkedHashMap<String, String> digests = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Manifest.Input> inputs = new ArrayList<>();
        for (String table : TableSchemas.tables()) {
            ContentDigest digest = new ContentDigest(TableSchemas.schema(table));
            long count = 0;
            for (Iterator<GenericRecord> records = rowsOf.apply(table); records.hasNext(); count++) {
                GenericRecord record = records.next();
                digest.add(record);
                if ("documents".equals(table)) {
                    inputs.add(new Manifest.Input(record.get("doc_id").toString(), record.get("path").toString(),
                            (Long) record.get("bytes"), record.get("content_sha256").toString(),
                            record.get("input_fingerprint").toString()));
                }
            }
            digests.put(table, digest.hex());
            rows.put(table, count);
        }
        String schemaSha = schemasSha256();
        String content = Manifest.contentDigest(schemaSha, digests);
        log.info("Digested {} in {} ms", rows, millisSince(started));

        Manifest previous = Manifest.latest(store);
        if (previous != null && content.equals(previous.contentSha256())) {
            log.info("Content equals {}: nothing new published", previous.version());
            return new Outcome(false, previous.version(), rows);
        }

        // pass 2: Parquet and the workbook side by side, each reading the rows on its own
        String versionName = "v" + (store.newestVersion().orElse(0) + 1);
        OffsetDateTime created = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS);
        String workbookName = "newsfacts-" + versionName + ".xlsx";
        Path staging = store.newStagingDir();
        store.fs().mkdirs(staging);
        ExecutorService writers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "publish-writer");
            thread.setDaemon(true);
            return thread;
        });
        LinkedHashMap<String, Manifest.Table> tables = new LinkedHashMap<>();
        try {
            Future<?> workbookDone = writers.submit(() -> {
                long begin = System.nanoTime();
                WorkbookWriter.write(store, new Path(staging, workbookName), workbook, versionName, created,
                        softwareVersion, rows, rowsOf);
                log.info("Wrote workbook {} in {} ms", workbookName, millisSince(begin));
                return null;
            });
            Future<?> parquetDone = writers.submit(() -> {
                long begin = System.nanoTime();
                for (String table : TableSchemas.tables()) {
                    tables.put(table, writeParquet(rowsOf.apply(table), table, staging, digests.get(table)));
                }
                log.info("Wrote Parquet tables in {} ms", millisSince(begin));
                return null;
            });
            await(parquetDone);
            await(workbookDone);
        } finally {
            writers.shutdownNow();
        }

        started = System.nanoTime();
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
        log.info("Wrote manifest and renamed in {} ms", millisSince(started));
        log.info("Published {} ({}; {} documents carried over unchanged from {})", store.version(versionName), rows,
                carried, previous == null ? "-" : previous.version());
        return new Outcome(true, versionName, rows);
    }

    private static void await(Future<?> task) throws IOException {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        }
    }

    private Manifest.Table writeParquet(Iterator<GenericRecord> records, String table, Path staging,
                                        String contentDigest) throws IOException {
        Schema schema = TableSchemas.schema(table);
        Path dir = new Path(staging, table);
        store.fs().mkdirs(dir);
        Path file = new Path(dir, "part-00000.parquet");
        long rows = 0;
        try (ParquetTableWriter writer = ParquetTableWriter.open(file, schema, store.conf())) {
            while (records.hasNext()) {
                writer.write(records.next());
                rows++;
            }
        }
        FileStatus status = store.fs().getFileStatus(file);
        String relative = table + "/" + file.getName();
        return new Manifest.Table(rows, contentDigest,
                List.of(new Manifest.FileEntry(relative, status.getLen(), fileSha256(file))));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
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
