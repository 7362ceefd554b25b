package de.newsfacts.publish;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the Parquet part files of a version's tables into its staging folder, one folder per table.
 *
 * <ul>
 *   <li>{@link #write}: all rows of a table into {@code part-00000.parquet}.</li>
 *   <li>{@link #append}: a table that only grew at its end (an incremental run that added documents). The
 *       previous version's part files are copied byte for byte (their checksums are taken from its manifest, the
 *       sizes checked) and the new rows become one more part file. Parts are then kept few by a size-tiered rule:
 *       while the part before the last is at most {@value #MERGE_RATIO} times the size of the last, the two are
 *       merged into one (re-encoded). Nightly additions thus stay in a handful of parts (about log2 of the number of
 *       nights since the last full write) and each row is re-encoded a logarithmic number of times, while a big
 *       first part is never rewritten for a small addition.</li>
 * </ul>
 * Readers see the same rows in the same order either way: parts are read in name order ({@code part-NNNNN}).
 */
final class ParquetTables {

    static final int MERGE_RATIO = 2;
    private static final int COPY_BUFFER = 1 << 20;

    private final OutputStore store;
    private final Path staging;

    ParquetTables(OutputStore store, Path staging) {
        this.store = store;
        this.staging = staging;
    }

    /** Writes all {@code records} of {@code table} as one part file. */
    Manifest.Table write(String table, Iterator<GenericRecord> records, String contentDigest) throws IOException {
        Path dir = new Path(staging, table);
        store.fs().mkdirs(dir);
        Path file = new Path(dir, partName(0));
        long rows = encode(table, records, file);
        return new Manifest.Table(rows, contentDigest, List.of(entry(table, file)));
    }

    /**
     * The previous version's parts of {@code table} plus a part holding {@code freshRecords}.
     *
     * @param totalRows rows of the table in the new version (previous rows plus the fresh ones)
     */
    Manifest.Table append(String table, String previousVersion, Manifest.Table previous,
                          Iterator<GenericRecord> freshRecords, long totalRows, String contentDigest)
            throws IOException {
        Path dir = new Path(staging, table);
        store.fs().mkdirs(dir);
        List<Manifest.FileEntry> parts = new ArrayList<>();
        for (Manifest.FileEntry old : previous.files()) {
            Path target = new Path(staging, old.path());
            copy(new Path(store.version(previousVersion), old.path()), target);
            long bytes = store.fs().getFileStatus(target).getLen();
            if (bytes != old.bytes()) {
                throw new IOException("copy of " + old.path() + " of " + previousVersion + " has " + bytes
                        + " bytes, its manifest says " + old.bytes());
            }
            parts.add(old);
        }
        if (freshRecords.hasNext()) {
            Path file = new Path(dir, partName(parts.isEmpty() ? 0 : partNumber(parts.get(parts.size() - 1)) + 1));
            encode(table, freshRecords, file);
            parts.add(entry(table, file));
        }
        while (parts.size() >= 2
                && parts.get(parts.size() - 2).bytes() <= (long) MERGE_RATIO * parts.get(parts.size() - 1).bytes()) {
            Manifest.FileEntry last = parts.remove(parts.size() - 1);
            Manifest.FileEntry before = parts.remove(parts.size() - 1);
            parts.add(merge(table, before, last));
        }
        return new Manifest.Table(totalRows, contentDigest, parts);
    }

    /** Re-encodes two adjacent parts into one file named like the first. */
    private Manifest.FileEntry merge(String table, Manifest.FileEntry first, Manifest.FileEntry second)
            throws IOException {
        Path a = new Path(staging, first.path());
        Path b = new Path(staging, second.path());
        Path merged = new Path(staging, first.path() + ".merging");
        try (ParquetPartsReader rows = new ParquetPartsReader(store, List.of(a, b))) {
            encode(table, rows, merged);
        }
        store.fs().delete(a, false);
        store.fs().delete(b, false);
        if (!store.fs().rename(merged, a)) {
            throw new IOException("could not rename " + merged + " to " + a);
        }
        return entry(table, a);
    }

    private long encode(String table, Iterator<GenericRecord> records, Path file) throws IOException {
        Schema schema = TableSchemas.schema(table);
        try (ParquetTableWriter writer = ParquetTableWriter.open(file, schema, store.conf())) {
            while (records.hasNext()) {
                writer.write(records.next());
            }
            return writer.rows();
        }
    }

    private void copy(Path from, Path to) throws IOException {
        byte[] buffer = new byte[COPY_BUFFER];
        try (FSDataInputStream in = store.fs().open(from, COPY_BUFFER);
             FSDataOutputStream out = store.fs().create(to, false, COPY_BUFFER)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
            }
        }
    }

    private Manifest.FileEntry entry(String table, Path file) throws IOException {
        return new Manifest.FileEntry(table + "/" + file.getName(), store.fs().getFileStatus(file).getLen(),
                sha256(file));
    }

    static String partName(int number) {
        return String.format(Locale.ROOT, "part-%05d.parquet", number);
    }

    private static int partNumber(Manifest.FileEntry part) {
        String name = part.path().substring(part.path().lastIndexOf('/') + 1);
        if (!name.matches("part-\\d+\\.parquet")) {
            throw new IllegalStateException("unexpected part file name " + part.path());
        }
        return Integer.parseInt(name.substring(5, name.length() - ".parquet".length()));
    }

    private String sha256(Path file) throws IOException {
        MessageDigest sha = ContentDigest.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = store.fs().open(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
