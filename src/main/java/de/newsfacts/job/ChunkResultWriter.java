package de.newsfacts.job;

import de.newsfacts.pipeline.DocumentResult;
import de.newsfacts.publish.ChunkStore;
import de.newsfacts.publish.TableRows;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes the rows of a chunk of documents to the run's intermediate {@link ChunkStore}. */
public class ChunkResultWriter implements ItemWriter<DocumentResult> {

    private final ChunkStore store;

    public ChunkResultWriter(ChunkStore store) {
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends DocumentResult> chunk) throws Exception {
        if (chunk.isEmpty()) {
            return;
        }
        TableRows rows = new TableRows();
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (DocumentResult result : chunk) {
            rows.add(result);
            first = Math.min(first, result.ordinal());
            last = Math.max(last, result.ordinal());
        }
        store.writeChunk(first, last, rows.byTable(), rows.order());
    }
}
