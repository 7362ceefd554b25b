package de.newsfacts.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * CPU time spent in each stage of the {@link DocumentPipeline}, summed over all threads that process documents.
 * Thread CPU time, not wall time: the figures say what a stage costs whatever else the machine is doing, and they
 * exclude what the JVM does beside the workers (JIT compiler, garbage collector), which the job's total CPU time
 * includes. Thread-safe; a run's summary is logged once its documents are processed.
 */
public final class StageTimes {

    /** The stages, in the order a document passes them. */
    public enum Stage {
        PREPARE("read, normalize, structure"),
        ENTITIES("entities"),
        DATES("dates"),
        QUANTITIES("quantities"),
        QUOTES("quotes");

        private final String label;

        Stage(String label) {
            this.label = label;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean THREAD_CPU = THREADS.isCurrentThreadCpuTimeSupported();

    private final LongAdder[] nanos = new LongAdder[Stage.values().length];

    public StageTimes() {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    /** The calling thread's CPU time in nanoseconds (wall time where the JVM cannot measure thread CPU time). */
    public static long now() {
        return THREAD_CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** Adds the time since {@code since} (a {@link #now()} of the same thread) to {@code stage}; returns now. */
    public long add(Stage stage, long since) {
        long now = now();
        nanos[stage.ordinal()].add(now - since);
        return now;
    }

    public long nanos(Stage stage) {
        return nanos[stage.ordinal()].sum();
    }

    public void reset() {
        for (LongAdder n : nanos) {
            n.reset();
        }
    }

    /** One line: every stage's CPU seconds, then the extractors' sum, e.g. for a log. */
    public String summary() {
        StringBuilder line = new StringBuilder(THREAD_CPU ? "CPU seconds by stage: " : "seconds by stage (wall): ");
        long extraction = 0;
        for (Stage stage : Stage.values()) {
            long n = nanos(stage);
            if (stage != Stage.PREPARE) {
                extraction += n;
            }
            line.append(stage.label).append(' ').append(seconds(n)).append(", ");
        }
        return line.append("all extractors ").append(seconds(extraction)).toString();
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }
}
