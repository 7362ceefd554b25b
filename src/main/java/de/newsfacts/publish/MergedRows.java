package de.newsfacts.publish;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of one table of a run, in INDEX order: processed documents' rows from the chunk store, carried-over
 * documents' rows from the previous version's Parquet files (one forward pass, see {@link CarryOverPlan}).
 * Rejects always come from the chunk store.
 */
final class MergedRows implements Iterator<GenericRecord>, Closeable {

    private final ChunkStore chunks;
    private final String table;
    private final CarryOverPlan plan;
    private final OutputStore store;
    private final Iterator<Integer> chunkFirsts;
    private final ArrayDeque<GenericRecord> buffer = new ArrayDeque<>();
    private Iterator<String> order;
    private Peeking fresh;
    private Peeking previous;
    private ParquetPartsReader previousReader;

    MergedRows(ChunkStore chunks, List<Integer> chunkFirsts, String table, CarryOverPlan plan, OutputStore store) {
        this.chunks = chunks;
        this.table = table;
        this.plan = plan;
        this.store = store;
        this.chunkFirsts = chunkFirsts.iterator();
    }

    /** The rows of {@code table}: merged when the plan carries documents over, else straight from the chunks. */
    static Iterator<GenericRecord> of(ChunkStore chunks, List<Integer> chunkFirsts, String table, CarryOverPlan plan,
                                      OutputStore store) {
        if (plan.isEmpty() || "rejects".equals(table)) {
            return chunks.read(table, chunkFirsts);
        }
        return new MergedRows(chunks, chunkFirsts, table, plan, store);
    }

    @Override
    public boolean hasNext() {
        try {
            while (buffer.isEmpty()) {
                if (!advance()) {
                    close();
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public GenericRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return buffer.poll();
    }

    /** Buffers the rows of the next document in order; false at the end. */
    private boolean advance() throws IOException {
        while (order == null || !order.hasNext()) {
            if (!chunkFirsts.hasNext()) {
                return false;
            }
            int first = chunkFirsts.next();
            order = chunks.order(first).iterator();
            fresh = new Peeking(chunks.read(table, first));
        }
        String line = order.next();
        if (line.startsWith(ChunkStore.FRESH)) {
            String docId = line.substring(ChunkStore.FRESH.length());
            while (fresh.hasNext() && docId.equals(docId(fresh.peek()))) {
                buffer.add(fresh.next());
            }
        } else if (line.startsWith(ChunkStore.CARRIED)) {
            String docId = line.substring(ChunkStore.CARRIED.length());
            int position = plan.previousPosition(docId);
            Peeking old = previous();
            while (old.hasNext() && plan.previousPosition(docId(old.peek())) < position) {
                old.next();
            }
            while (old.hasNext() && docId.equals(docId(old.peek()))) {
                buffer.add(old.next());
            }
        }
        return true;
    }

    private Peeking previous() throws IOException {
        if (previous == null) {
            previousReader = new ParquetPartsReader(store, new Path(store.version(plan.previousVersion()), table));
            previous = new Peeking(previousReader);
        }
        return previous;
    }

    private static String docId(GenericRecord record) {
        return record.get("doc_id").toString();
    }

    @Override
    public void close() throws IOException {
        if (previousReader != null) {
            previousReader.close();
            previousReader = null;
        }
    }

    /** An iterator with one record of look-ahead. */
    private static final class Peeking implements Iterator<GenericRecord> {
        private final Iterator<GenericRecord> source;
        private GenericRecord next;

        Peeking(Iterator<GenericRecord> source) {
            this.source = source;
        }

        GenericRecord peek() {
            if (next == null && source.hasNext()) {
                next = source.next();
            }
            return next;
        }

        @Override
        public boolean hasNext() {
            return peek() != null;
        }

        @Override
        public GenericRecord next() {
            GenericRecord record = peek();
            if (record == null) {
                throw new NoSuchElementException();
            }
            next = null;
            return record;
        }
    }

    /** Reads all {@code *.parquet} part files of a table folder in name order. */
    private static final class ParquetPartsReader implements Iterator<GenericRecord>, Closeable {
        private final OutputStore store;
        private final Iterator<FileStatus> parts;
        private ParquetReader<GenericRecord> reader;
        private GenericRecord next;

        ParquetPartsReader(OutputStore store, Path dir) throws IOException {
            this.store = store;
            FileStatus[] files = store.fs().listStatus(dir, p -> p.getName().endsWith(".parquet"));
            Arrays.sort(files, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
            this.parts = Arrays.asList(files).iterator();
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (reader != null) {
                        next = reader.read();
                        if (next != null) {
                            break;
                        }
                        reader.close();
                        reader = null;
                    }
                    if (!parts.hasNext()) {
                        return false;
                    }
                    reader = AvroParquetReader.<GenericRecord>builder(
                                    HadoopInputFile.fromPath(parts.next().getPath(), store.conf()))
                            .withDataModel(GenericData.get())
                            .build();
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public GenericRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            GenericRecord record = next;
            next = null;
            return record;
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
                reader = null;
            }
        }
    }
}
