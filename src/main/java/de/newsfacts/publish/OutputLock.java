package de.newsfacts.publish;

import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One writer per output location at a time.
 *
 * <p>On the local file system the lock is an OS file lock ({@link FileChannel#tryLock()}) on {@code .lock}: the
 * kernel releases it when the process dies, even by SIGKILL, so a crashed run never blocks the next one. On
 * other file systems (HDFS, object stores) there is no such lock: {@code .lock} is created exclusively
 * ({@code create(overwrite=false)}, atomic on HDFS) holding the owner; while it is held, a daemon thread
 * refreshes its modification time every quarter of {@code staleAfter} (a heartbeat), and a lock whose last
 * heartbeat is older than {@code staleAfter} belongs to a run that died and is taken over. Object stores without
 * atomic create-if-absent (older S3A) cannot guarantee mutual exclusion: schedule such runs so that they do not
 * overlap.
 */
public final class OutputLock implements AutoCloseable {

    /** Another run holds the lock. */
    public static final class LockedException extends IOException {
        public LockedException(String message) {
            super(message);
        }
    }

    private final OutputStore store;
    private final FileChannel channel;
    private final FileLock lock;
    private final Path lockFile;
    private final ScheduledExecutorService heartbeat;

    private OutputLock(OutputStore store, FileChannel channel, FileLock lock, Path lockFile,
                       ScheduledExecutorService heartbeat) {
        this.store = store;
        this.channel = channel;
        this.lock = lock;
        this.lockFile = lockFile;
        this.heartbeat = heartbeat;
    }

    /**
     * Acquires the lock, waiting up to {@code wait} (zero: fail at once).
     *
     * @throws LockedException if another run still holds it after waiting
     */
    public static OutputLock acquire(OutputStore store, Duration wait, Duration staleAfter) throws IOException {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            OutputLock lock = store.isLocal() ? tryLocal(store) : tryRemote(store, staleAfter);
            if (lock != null) {
                return lock;
            }
            if (!Instant.now().isBefore(deadline)) {
                String ifDead = store.isLocal() ? "" : "; a run that died leaves the lock file behind: delete it "
                        + "if no run is alive (it is taken over after " + staleAfter.toMinutes() + " min)";
                throw new LockedException("output " + store.root() + " is locked by another newsfacts run ("
                        + store.root() + "/.lock); wait for it to finish or set newsfacts.lock-wait" + ifDead);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the output lock", e);
            }
        }
    }

    private static OutputLock tryLocal(OutputStore store) throws IOException {
        Path lockFile = new Path(store.root(), ".lock");
        FileChannel channel = FileChannel.open(Paths.get(lockFile.toUri()), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(owner().getBytes(StandardCharsets.UTF_8)));
            return new OutputLock(store, channel, lock, lockFile, null);
        } catch (OverlappingFileLockException e) {
            channel.close();
            return null;
        }
    }

    private static OutputLock tryRemote(OutputStore store, Duration staleAfter) throws IOException {
        Path lockFile = new Path(store.root(), ".lock");
        if (store.fs().exists(lockFile)) {
            FileStatus status = store.fs().getFileStatus(lockFile);
            if (Instant.ofEpochMilli(status.getModificationTime()).plus(staleAfter).isAfter(Instant.now())) {
                return null;
            }
            store.fs().delete(lockFile, false);
        }
        try (FSDataOutputStream out = store.fs().create(lockFile, false)) {
            out.write(owner().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (store.fs().exists(lockFile)) {
                return null; // another run created it first (HDFS: FileAlreadyExists or AlreadyBeingCreated)
            }
            throw e; // a real I/O error, not a lock held by someone else
        }
        return new OutputLock(store, null, null, lockFile, startHeartbeat(store, lockFile, staleAfter));
    }

    /** Keeps the lock file's modification time fresh while this run holds it. */
    private static ScheduledExecutorService startHeartbeat(OutputStore store, Path lockFile, Duration staleAfter) {
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "output-lock-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(250, staleAfter.toMillis() / 4);
        heartbeat.scheduleAtFixedRate(() -> {
            try {
                store.fs().setTimes(lockFile, System.currentTimeMillis(), -1);
            } catch (IOException e) {
                // a missed beat is retried at the next one; staleAfter leaves room for three more
            }
        }, period, period, TimeUnit.MILLISECONDS);
        return heartbeat;
    }

    private static String owner() {
        return ManagementFactory.getRuntimeMXBean().getName() + " since " + Instant.now() + "\n";
    }

    @Override
    public void close() throws IOException {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        if (lock != null) {
            lock.release();
            channel.close();
        } else {
            store.fs().delete(lockFile, false);
        }
    }
}
