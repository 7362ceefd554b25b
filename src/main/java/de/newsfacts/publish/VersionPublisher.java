package de.newsfacts.publish;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;

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

    private static final String REJECTS = "rejects";

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
        Manifest previous = Manifest.latest(store);
        String schemaSha = schemasSha256();
        RunOrder order = RunOrder.of(chunks, chunkFirsts, previous);
        boolean append = order.appendsToPrevious() && ContentDigest.SCHEME.equals(previous.contentDigestScheme())
                && schemaSha.equals(previous.schemaSha256()) && previous.tables() != null
                && previous.tables().keySet().containsAll(TableSchemas.tables());
        // rejects are found anew in every run; every other table of an appending run grows only at its end
        Predicate<String> appended = table -> append && !REJECTS.equals(table);

        // pass 1: content digests (reading is cheap), so an unchanged run writes nothing; when the run only
        // appends documents, the previous digests are continued with the new rows. Two tables at a time: each
        // digest reads its own table, and the result does not depend on which thread did it.
        long started = System.nanoTime();
        LinkedHashMap<String, String> digests = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        List<Manifest.Input> inputs = new ArrayList<>(append ? previous.inputs() : List.of());
        ExecutorService digesters = twoDaemonThreads("publish-digest");
        try {
            Map<String, Future<TableDigest>> pending = new LinkedHashMap<>();
            for (String table : TableSchemas.tables()) {
                boolean continued = appended.test(table);
                pending.put(table, digesters.submit(() -> digest(table, continued ? previous.tables().get(table) : null,
                        continued ? chunks.read(table, chunkFirsts) : rowsOf.apply(table))));
            }
            for (Map.Entry<String, Future<TableDigest>> e : pending.entrySet()) {
                TableDigest d = awaitResult(e.getValue());
                digests.put(e.getKey(), d.hex());
                rows.put(e.getKey(), d.rows());
                inputs.addAll(d.inputs());
            }
        } finally {
            digesters.shutdownNow();
        }
        String content = Manifest.contentDigest(schemaSha, digests);
        log.info("Digested {} in {} ms{}", rows, millisSince(started),
                append ? " (new rows only: the run appends to " + previous.version() + ")" : "");

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
        ExecutorService writers = twoDaemonThreads("publish-writer");
        LinkedHashMap<String, Manifest.Table> tables = new LinkedHashMap<>();
        Manifest.Workbook[] workbookEntry = new Manifest.Workbook[1];
        WorkbookWriter.Reuse reuse = append ? WorkbookWriter.Reuse.of(store, previous, workbook, rows) : null;
        try {
            Future<?> workbookDone = writers.submit(() -> {
                long begin = System.nanoTime();
                workbookEntry[0] = WorkbookWriter.write(store, staging, workbookName, workbook, versionName, created,
                        softwareVersion, rows, rowsOf, reuse, table -> chunks.read(table, chunkFirsts));
                log.info("Wrote workbook {} in {} ms{}", workbookName, millisSince(begin),
                        reuse == null ? "" : " (" + reuse.describe() + ")");
                return null;
            });
            Future<?> parquetDone = writers.submit(() -> {
                long begin = System.nanoTime();
                ParquetTables parquet = new ParquetTables(store, staging);
                for (String table : TableSchemas.tables()) {
                    Manifest.Table entry = appended.test(table)
                            ? parquet.append(table, previous.version(), previous.tables().get(table),
                                    chunks.read(table, chunkFirsts), rows.get(table), digests.get(table))
                            : parquet.write(table, rowsOf.apply(table), digests.get(table));
                    tables.put(table, entry);
                }
                log.info("Wrote Parquet tables in {} ms{}", millisSince(begin),
                        append ? " (appended to the files of " + previous.version() + ")" : "");
                return null;
            });
            await(parquetDone);
            await(workbookDone);
        } finally {
            writers.shutdownNow();
        }

        started = System.nanoTime();
        Manifest manifest = new Manifest(versionName, created.toString(), schemaSha, softwareVersion,
                jobExecutionId, content, ContentDigest.SCHEME, order.carried(), inputs, tables, workbookEntry[0],
                Manifest.Changes.between(previous, inputs));
        try (FSDataOutputStream out = store.fs().create(new Path(staging, "manifest.json"), false)) {
            manifest.writeJson(out);
        }
        store.publish(staging, versionName);
        store.writeLatest(versionName);
        log.info("Wrote manifest and renamed in {} ms", millisSince(started));
        log.info("Published {} ({}; {} documents carried over unchanged from {})", store.version(versionName), rows,
                order.carried(), previous == null ? "-" : previous.version());
        return new Outcome(true, versionName, rows);
    }

    /** A table's content digest, its row count and, for "documents", the manifest's input entries. */
    private record TableDigest(String hex, long rows, List<Manifest.Input> inputs) {
    }

    /**
     * Digests the {@code records} of {@code table}; {@code previousEntry} is the previous version's entry of a table
     * the run appends to (its digest is continued and its rows counted on), else null.
     */
    private static TableDigest digest(String table, Manifest.Table previousEntry, Iterator<GenericRecord> records) {
        Schema schema = TableSchemas.schema(table);
        ContentDigest digest = previousEntry != null
                ? ContentDigest.continuing(schema, previousEntry.contentSha256())
                : new ContentDigest(schema);
        long count = previousEntry != null ? previousEntry.rows() : 0;
        List<Manifest.Input> inputs = new ArrayList<>();
        for (; records.hasNext(); count++) {
            GenericRecord record = records.next();
            digest.add(record);
            if ("documents".equals(table)) {
                inputs.add(new Manifest.Input(record.get("doc_id").toString(), record.get("path").toString(),
                        (Long) record.get("bytes"), record.get("content_sha256").toString(),
                        record.get("input_fingerprint").toString()));
            }
        }
        return new TableDigest(digest.hex(), count, inputs);
    }

    /** A pool of two daemon threads named {@code name}, one per core of the machine the job is sized for. */
    private static ExecutorService twoDaemonThreads(String name) {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    private static void await(Future<?> task) throws IOException {
        awaitResult(task);
    }

    private static <T> T awaitResult(Future<T> task) throws IOException {
        try {
            return task.get();
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
}
