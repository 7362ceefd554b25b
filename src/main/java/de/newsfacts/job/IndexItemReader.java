package de.newsfacts.job;

import de.newsfacts.pipeline.IndexItem;
import de.newsfacts.pipeline.IndexItems;
import de.newsfacts.source.IndexParser;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads the INDEX items {@code from} (inclusive) to {@code to} (exclusive) of one partition. The read count is
 * saved in the step's execution context, so a restarted partition continues after its last committed chunk.
 */
public class IndexItemReader extends AbstractItemCountingItemStreamItemReader<IndexItem> {

    private final Path seeds;
    private final int from;
    private final int to;
    private List<IndexItem> items;

    public IndexItemReader(Path seeds, int from, int to) {
        this.seeds = seeds;
        this.from = from;
        this.to = to;
        setName("indexItems");
        setMaxItemCount(Math.max(0, to - from));
    }

    @Override
    protected void doOpen() throws Exception {
        List<IndexItem> all = IndexItems.of(IndexParser.parse(seeds));
        if (to > all.size()) {
            throw new IllegalStateException(seeds.resolve("INDEX") + " changed during the run: it lists "
                    + all.size() + " documents, the run was planned for at least " + to);
        }
        items = List.copyOf(all.subList(from, to)); // keep only this partition's items in memory
    }

    @Override
    protected IndexItem doRead() {
        int index = getCurrentItemCount() - 1;
        return index < items.size() ? items.get(index) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        // items are addressed directly by position: nothing to skip
    }

    @Override
    protected void doClose() {
        items = null;
    }
}
