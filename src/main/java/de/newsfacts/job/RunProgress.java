package de.newsfacts.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.infrastructure.item.Chunk;

import java.util.concurrent.atomic.AtomicLong;

/** Logs progress after every chunk of every worker: documents done / total and documents per second. */
public class RunProgress implements ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(RunProgress.class);

    private final AtomicLong done = new AtomicLong();
    private volatile long total;
    private volatile long startNanos = System.nanoTime();

    public void start(long total, long alreadyDone) {
        this.total = total;
        this.done.set(alreadyDone);
        this.startNanos = System.nanoTime();
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = done.addAndGet(chunk.size());
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        log.info("Processed {} / {} documents ({} docs/s)", now, total, String.format("%.1f", now / seconds));
    }
}
