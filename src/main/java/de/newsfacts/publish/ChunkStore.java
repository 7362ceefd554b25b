package de.newsfacts.publish;

import org.apache.avro.Schema;
import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Intermediate results of one run, written chunk by chunk so that a restarted run resumes where it stopped.
 *
 * <p>A chunk covers the INDEX items {@code first..last} (ordinals). Its rows go to one Avro file per table that
 * has rows, {@code <table>/<first>.avro} (zstd-compressed), then a marker {@code chunks/<first>.range} holding "first last" is written; each
 * file is written under a temporary name and renamed, so a file is either complete or absent. A chunk that is
 * processed again after a crash has the same first ordinal and replaces its files. Reading walks the markers in
 * ordinal order and insists that they cover {@code 0..total-1} without gaps, so the published tables keep INDEX
 * order whatever the number of workers.
 */
public final class ChunkStore {

    private static final String MARKERS = "chunks";
    private static final String ORDER = "order";
    /** Order line prefixes: a processed document, one carried over from the previous version, a reject. */
    public static final String FRESH = "F\t";
    public static final String CARRIED = "C\t";
    public static final String REJECTED = "R";

    private final FileSystem fs;
    private final Path dir;

    public ChunkStore(FileSystem fs, Path dir) {
        this.fs = fs;
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /**
     * Writes the rows of one chunk; {@code rows} maps table name to its records (tables may be missing) and
     * {@code order} has one line per item of the chunk ({@link #FRESH}/{@link #CARRIED} + doc id, or
     * {@link #REJECTED}).
     */
    public void writeChunk(int first, int last, Map<String, List<GenericRecord>> rows, List<String> order)
            throws IOException {
        writeAtomically(orderFile(first),
                out -> out.write(String.join("\n", order).getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, List<GenericRecord>> table : rows.entrySet()) {
            if (table.getValue().isEmpty()) {
                continue; // no file means no rows: saves file system operations, most of all in incremental runs
            }
            writeAtomically(tableFile(table.getKey(), first), out -> {
                Schema schema = TableSchemas.schema(table.getKey());
                try (DataFileWriter<GenericRecord> writer = new DataFileWriter<>(new GenericDatumWriter<>(schema))) {
                    // zstd level 1: a smaller file than deflate level 1 for half its CPU time (write + read of the
                    // 10kGNAD sentences: 60 against 120 ms); the chunk files are read once, by the publish step
                    writer.setCodec(CodecFactory.zstandardCodec(1));
                    writer.create(schema, out);
                    for (GenericRecord record : table.getValue()) {
                        writer.append(record);
                    }
                }
            });
        }
        writeAtomically(marker(first), out -> out.write((first + " " + last).getBytes(StandardCharsets.UTF_8)));
    }

    /** First ordinals of the chunks that make up {@code 0..total-1}, in order. */
    public List<Integer> completeChunks(int total) throws IOException {
        List<int[]> ranges = new ArrayList<>();
        Path markers = new Path(dir, MARKERS);
        if (fs.exists(markers)) {
            for (FileStatus status : fs.listStatus(markers)) {
                String name = status.getPath().getName();
                if (name.endsWith(".range")) {
                    try (InputStream in = fs.open(status.getPath())) {
                        String[] parts = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split(" ");
                        ranges.add(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
                    }
                }
            }
        }
        ranges.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<Integer> firsts = new ArrayList<>();
        int expected = 0;
        for (int[] range : ranges) {
            if (range[0] < expected) {
                continue; // left over from a chunk cut differently before a restart; its items are covered
            }
            if (range[0] > expected) {
                break;
            }
            firsts.add(range[0]);
            expected = range[1] + 1;
        }
        if (expected != total) {
            throw new IOException("intermediate results in " + dir + " cover items 0.." + (expected - 1)
                    + " of 0.." + (total - 1) + "; the processing step did not finish");
        }
        return firsts;
    }

    /** All rows of a table in chunk order. */
    public Iterator<GenericRecord> read(String table, List<Integer> chunkFirsts) {
        return rows(table, chunkFirsts);
    }

    RowIterator<GenericRecord> rows(String table, List<Integer> chunkFirsts) {
        Iterator<Integer> chunks = chunkFirsts.iterator();
        return new RowIterator<>() {
            private DataFileStream<GenericRecord> current;

            @Override
            protected GenericRecord computeNext() throws IOException {
                while (current == null || !current.hasNext()) {
                    if (current != null) {
                        current.close();
                        current = null;
                    }
                    if (!chunks.hasNext()) {
                        return null;
                    }
                    Path file = tableFile(table, chunks.next());
                    if (fs.exists(file)) {
                        current = new DataFileStream<>(fs.open(file), new GenericDatumReader<>());
                    }
                }
                return current.next();
            }
        };
    }

    /** The order lines of a chunk (see {@link #writeChunk}). */
    public List<String> order(int first) throws IOException {
        try (InputStream in = fs.open(orderFile(first))) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\n"));
        }
    }

    private Path orderFile(int first) {
        return new Path(new Path(dir, ORDER), String.format("%010d.txt", first));
    }

    private Path tableFile(String table, int first) {
        return new Path(new Path(dir, table), String.format("%010d.avro", first));
    }

    private Path marker(int first) {
        return new Path(new Path(dir, MARKERS), String.format("%010d.range", first));
    }

    @FunctionalInterface
    private interface Body {
        void write(FSDataOutputStream out) throws IOException;
    }

    private void writeAtomically(Path target, Body body) throws IOException {
        Path tmp = new Path(target.getParent(), "." + target.getName() + "-" + UUID.randomUUID());
        try (FSDataOutputStream out = fs.create(tmp, true)) {
            body.write(out);
        }
        if (fs.exists(target)) {
            fs.delete(target, false);
        }
        if (!fs.rename(tmp, target)) {
            throw new IOException("could not rename " + tmp + " to " + target);
        }
    }
}
