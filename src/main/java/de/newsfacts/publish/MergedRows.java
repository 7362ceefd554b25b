package de.newsfacts.publish;

import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.Path;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;

/**
 * The rows of one table of a run, in INDEX order: processed documents' rows from the chunk store, carried-over
 * documents' rows from the previous version's Parquet files (one forward pass, see {@link CarryOverPlan}).
 * Rejects always come from the chunk store.
 */
final class MergedRows extends RowIterator<GenericRecord> implements Closeable {

    private final ChunkStore chunks;
    private final String table;
    private final CarryOverPlan plan;
    private final OutputStore store;
    private final Iterator<Integer> chunkFirsts;
    private final ArrayDeque<GenericRecord> buffer = new ArrayDeque<>();
    private Iterator<String> order;
    private RowIterator<GenericRecord> fresh;
    private ParquetPartsReader previous;

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
    protected GenericRecord computeNext() throws IOException {
        while (buffer.isEmpty()) {
            if (!advance()) {
                close();
                return null;
            }
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
            fresh = chunks.rows(table, List.of(first));
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
            ParquetPartsReader old = previous();
            while (old.hasNext() && plan.previousPosition(docId(old.peek())) < position) {
                old.next();
            }
            while (old.hasNext() && docId.equals(docId(old.peek()))) {
                buffer.add(old.next());
            }
        }
        return true;
    }

    private ParquetPartsReader previous() throws IOException {
        if (previous == null) {
            previous = ParquetPartsReader.ofFolder(store, new Path(store.version(plan.previousVersion()), table));
        }
        return previous;
    }

    private static String docId(GenericRecord record) {
        return record.get("doc_id").toString();
    }

    @Override
    public void close() throws IOException {
        if (previous != null) {
            previous.close();
        }
    }
}
