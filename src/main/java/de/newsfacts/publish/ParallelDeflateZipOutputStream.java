package de.newsfacts.publish;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * A zip writer for the workbook that deflates its entries on {@code threads} threads at once instead of one after
 * the other. POI writes the workbook's parts (the sheets' XML, 225 MB for a 10k-document run, most of the time of
 * {@code SXSSFWorkbook.write}) one by one into this stream; each part's bytes go to a compressor thread and come
 * back as a deflated temporary file, and {@link #finish} writes the zip from those, in POI's order. A sheet's rows
 * are handed over as a stream of their temporary file ({@link #writeLater}), read by the compressor itself, so
 * the writing thread goes on to the next part at once instead of waiting for the deflater.
 * <ul>
 *   <li>The file is byte for byte the one POI writes by default ({@code Zip64Mode.Always}: its
 *       {@code OpcOutputStream}, the zip layout Excel expects): per entry a local header without sizes or time, the
 *       entry deflated as one stream at the default level, a data descriptor with 64-bit sizes; then the central
 *       directory (a zip64 size field only for entries over 4 GB) and its end record.
 *       {@code ParallelDeflateZipOutputStreamTest} compares whole workbooks.</li>
 *   <li>Memory: at most {@value #QUEUED_CHUNKS} chunks of {@value #CHUNK} bytes wait per entry being written; the
 *       deflated entries wait in temporary files, deleted when copied or on {@link #close}.</li>
 *   <li>{@link #close} finishes the zip but leaves the target stream open (POI's {@code write} does not close it
 *       either).</li>
 * </ul>
 * Not thread-safe (one writer), like any stream.
 */
final class ParallelDeflateZipOutputStream extends ZipArchiveOutputStream {

    static final int CHUNK = 1 << 16;
    static final int QUEUED_CHUNKS = 32;
    private static final byte[] END = new byte[0];

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int VERSION_20 = 20;
    private static final int VERSION_45 = 45;
    private static final int FLAG_DATA_DESCRIPTOR = 0x08;
    private static final int ZIP64_FIELD = 0x0001;
    private static final long MAX32 = 0xffffffffL;

    private final OutputStream target;
    private final ExecutorService compressors;
    private final List<Part> parts = new ArrayList<>();
    private Part current;
    private byte[] buffer;
    private int filled;

    ParallelDeflateZipOutputStream(OutputStream out, int threads) {
        super(OutputStream.nullOutputStream());
        this.target = out;
        this.compressors = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "workbook-deflate");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
        if (finished) {
            throw new IOException("zip already finished");
        }
        if (current != null) {
            closeArchiveEntry();
        }
        Part part = new Part(entry);
        parts.add(part);
        part.result = compressors.submit(part::compress);
        current = part;
        buffer = new byte[CHUNK];
        filled = 0;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (current == null) {
            throw new IOException("no current zip entry");
        }
        while (len > 0) {
            int n = Math.min(len, CHUNK - filled);
            System.arraycopy(b, off, buffer, filled, n);
            filled += n;
            off += n;
            len -= n;
            if (filled == CHUNK) {
                current.put(buffer);
                buffer = new byte[CHUNK];
                filled = 0;
            }
        }
    }

    /**
     * Appends all of {@code in} to the current entry, read (and closed) by the entry's compressor thread: the
     * large sheet data comes this way from its temporary file, so this thread need not wait until the compressor
     * has taken it in and can go on to the next entry while it deflates.
     */
    void writeLater(InputStream in) throws IOException {
        if (current == null) {
            in.close();
            throw new IOException("no current zip entry");
        }
        if (filled > 0) {
            current.put(Arrays.copyOf(buffer, filled));
            filled = 0;
        }
        current.put(in);
    }

    @Override
    public void closeArchiveEntry() throws IOException {
        if (current == null) {
            return;
        }
        if (filled > 0) {
            current.put(Arrays.copyOf(buffer, filled));
        }
        current.put(END);
        current = null;
        buffer = null;
    }

    /** Waits for every entry's compressor and writes the zip: the entries in order, then the central directory. */
    @Override
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        try {
            closeArchiveEntry();
            long written = 0;
            for (Part part : parts) {
                part.await();
                part.offset = written;
                byte[] name = part.entry.getName().getBytes(StandardCharsets.US_ASCII);
                ByteBuffer header = header(30 + name.length)
                        .putInt(LOCAL_HEADER).putShort((short) VERSION_45).putShort((short) FLAG_DATA_DESCRIPTOR)
                        .putShort((short) ZipEntry.DEFLATED).putInt(0)   // no time
                        .putInt(0).putInt(0).putInt(0)                 // CRC and sizes: in the data descriptor
                        .putShort((short) name.length).putShort((short) 0).put(name);
                target.write(header.array());
                Files.copy(part.file, target);
                Files.deleteIfExists(part.file);
                target.write(header(24).putInt(DATA_DESCRIPTOR).putInt((int) part.crc)
                        .putLong(part.compressedSize).putLong(part.size).array());
                written += 30 + name.length + part.compressedSize + 24;
            }
            long directory = written;
            for (Part part : parts) {
                byte[] name = part.entry.getName().getBytes(StandardCharsets.US_ASCII);
                boolean zip64 = part.size > MAX32;
                ByteBuffer header = header(46 + name.length + (zip64 ? 12 : 0))
                        .putInt(CENTRAL_HEADER).putShort((short) VERSION_45)
                        .putShort((short) (zip64 ? VERSION_45 : VERSION_20)).putShort((short) FLAG_DATA_DESCRIPTOR)
                        .putShort((short) ZipEntry.DEFLATED).putInt(0).putInt((int) part.crc)
                        .putInt((int) part.compressedSize).putInt((int) (zip64 ? MAX32 : part.size))
                        .putShort((short) name.length).putShort((short) (zip64 ? 12 : 0))
                        .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                        .putInt((int) part.offset).put(name);
                if (zip64) {
                    header.putShort((short) ZIP64_FIELD).putShort((short) 8).putLong(part.size);
                }
                target.write(header.array());
                written += header.capacity();
            }
            target.write(header(22).putInt(END_OF_CENTRAL_DIRECTORY).putShort((short) 0).putShort((short) 0)
                    .putShort((short) parts.size()).putShort((short) parts.size())
                    .putInt((int) (written - directory)).putInt((int) directory).putShort((short) 0).array());
            target.flush();
        } catch (IOException | RuntimeException e) {
            try {
                discard();
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);   // the cause of the failure is what the caller must see
            }
            throw e;
        } finally {
            compressors.shutdown();
        }
    }

    private static ByteBuffer header(int length) {
        return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public void close() throws IOException {
        try {
            finish();
        } finally {
            discard();
            super.close();   // finished: releases this stream's own (unused) deflater
        }
    }

    /** Stops the compressors and removes what they left: streams never read, deflated parts not copied. */
    private void discard() throws IOException {
        compressors.shutdownNow();
        try {
            // a compressor still running could yet create its temporary file or finish it after the loop below
            compressors.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Part part : parts) {
            for (Object item : part.chunks) {
                if (item instanceof InputStream in) {
                    in.close();
                }
            }
            if (part.file != null) {
                Files.deleteIfExists(part.file);
            }
        }
    }

    /** One zip entry: its bytes arrive in chunks; a compressor thread deflates them to a temporary file. */
    private static final class Part {
        final ZipArchiveEntry entry;
        /** byte[] chunks, InputStreams to read whole, then {@link #END}. */
        final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(QUEUED_CHUNKS);
        volatile Path file;
        Future<?> result;
        long crc;
        long size;
        long compressedSize;
        long offset;

        Part(ZipArchiveEntry entry) {
            this.entry = entry;
        }

        void put(Object chunk) throws IOException {
            try {
                while (!chunks.offer(chunk, 1, TimeUnit.SECONDS)) {
                    if (result.isDone()) {
                        await();   // the compressor died: report why
                        throw new IOException("compressor of " + entry.getName() + " stopped early");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing " + entry.getName());
            }
        }

        Void compress() throws IOException, InterruptedException {
            Path out = Files.createTempFile("newsfacts-xlsx-part-", ".deflate");
            file = out;
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            CRC32 crc = new CRC32();
            long size = 0;
            long compressed = 0;
            byte[] deflated = new byte[CHUNK];
            try (OutputStream sink = Files.newOutputStream(out)) {
                byte[] read = new byte[CHUNK];
                for (Object item = chunks.take(); item != END; item = chunks.take()) {
                    if (item instanceof byte[] chunk) {
                        compressed += deflate(deflater, crc, chunk, chunk.length, deflated, sink);
                        size += chunk.length;
                        continue;
                    }
                    try (InputStream in = (InputStream) item) {
                        for (int n = in.read(read); n >= 0; n = in.read(read)) {
                            if (Thread.interrupted()) {
                                throw new InterruptedException("discarded");   // file reads ignore interrupts
                            }
                            compressed += deflate(deflater, crc, read, n, deflated, sink);
                            size += n;
                        }
                    }
                }
                deflater.finish();
                while (!deflater.finished()) {
                    int n = deflater.deflate(deflated, 0, deflated.length, Deflater.NO_FLUSH);
                    sink.write(deflated, 0, n);
                    compressed += n;
                }
            } catch (IOException | InterruptedException | RuntimeException e) {
                Files.deleteIfExists(out);
                throw e;
            } finally {
                deflater.end();
            }
            this.crc = crc.getValue();
            this.size = size;
            this.compressedSize = compressed;
            return null;
        }

        /** Deflates {@code data[0, length)}; returns the number of deflated bytes written to {@code sink}. */
        private static long deflate(Deflater deflater, CRC32 crc, byte[] data, int length, byte[] deflated,
                                    OutputStream sink) throws IOException {
            crc.update(data, 0, length);
            deflater.setInput(data, 0, length);
            long written = 0;
            while (!deflater.needsInput()) {
                int n = deflater.deflate(deflated, 0, deflated.length, Deflater.NO_FLUSH);
                sink.write(deflated, 0, n);
                written += n;
            }
            return written;
        }

        void await() throws IOException {
            try {
                result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while deflating " + entry.getName());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof IOException io ? io : new IOException("deflating " + entry.getName(), cause);
            }
        }
    }
}
