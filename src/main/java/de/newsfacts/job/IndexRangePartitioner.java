package de.newsfacts.job;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits the INDEX items {@code 0..total-1} into one contiguous range per worker, of nearly equal size
 * ({@code from}, {@code to} in each partition's context). Contiguous ranges keep every chunk a run of
 * consecutive items, so the published tables come out in INDEX order whatever the number of workers.
 */
public class IndexRangePartitioner implements Partitioner {

    private final int total;
    private final int workers;

    public IndexRangePartitioner(int total, int workers) {
        this.total = total;
        this.workers = workers;
    }

    /** Makes one partition per worker of the run (the step's grid size is not used). */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int partitions = Math.max(1, Math.min(workers, total));
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int p = 0; p < partitions; p++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt("from", (int) ((long) total * p / partitions));
            context.putInt("to", (int) ((long) total * (p + 1) / partitions));
            contexts.put(String.format("partition%03d", p), context);
        }
        return contexts;
    }
}
