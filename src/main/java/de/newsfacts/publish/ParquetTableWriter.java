package de.newsfacts.publish;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.avro.AvroWriteSupport;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;

/**
 * Writes one Parquet file of one table from Avro records, on any Hadoop FileSystem.
 * <ul>
 *   <li>parquet-avro with ZSTD compression, dictionary encoding, 64 MB row groups, 1 MB pages; an existing file
 *       at the path is overwritten.</li>
 *   <li>Avro logical types are kept ({@code date} becomes Parquet {@code DATE}, read as DATE by DuckDB, pandas,
 *       Spark); lists use the standard 3-level structure ({@code parquet.avro.write-old-list-structure=false}).</li>
 *   <li>On the local file system ({@code file:} and scheme-less paths) the raw local file system is used, so no
 *       Hadoop {@code .crc} side files appear next to the part files; other file systems get the
 *       configuration as it is. The caller's Configuration is not changed (a copy is used).</li>
 * </ul>
 * Not thread-safe: one writer per file and thread.
 */
public final class ParquetTableWriter implements Closeable {

    /** Row group size: a 100k-document table of sentences fits in a few row groups. */
    public static final int ROW_GROUP_BYTES = 64 * 1024 * 1024;
    public static final int PAGE_BYTES = 1024 * 1024;
    public static final int DICTIONARY_PAGE_BYTES = 1024 * 1024;

    private final ParquetWriter<GenericRecord> writer;
    private final Path file;
    private long rows;
    private boolean closed;

    private ParquetTableWriter(ParquetWriter<GenericRecord> writer, Path file) {
        this.writer = writer;
        this.file = file;
    }

    /** Opens {@code file} for writing records of {@code schema}, replacing any existing file. */
    public static ParquetTableWriter open(Path file, Schema schema, Configuration conf) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(schema, "schema");
        Configuration base = conf == null ? new Configuration() : conf;
        Configuration writeConf = isLocal(file, base) ? withoutLocalChecksums(base) : new Configuration(base);
        writeConf.setBoolean(AvroWriteSupport.WRITE_OLD_LIST_STRUCTURE, false);
        ParquetWriter<GenericRecord> writer = AvroParquetWriter.<GenericRecord>builder(
                        HadoopOutputFile.fromPath(file, writeConf))
                .withConf(writeConf)
                .withSchema(schema)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withDictionaryEncoding(true)
                .withRowGroupSize((long) ROW_GROUP_BYTES)
                .withPageSize(PAGE_BYTES)
                .withDictionaryPageSize(DICTIONARY_PAGE_BYTES)
                .build();
        return new ParquetTableWriter(writer, file);
    }

    /** Only for local files: elsewhere (S3A's disk buffer) Hadoop needs {@code file:} to be a LocalFileSystem. */
    private static boolean isLocal(Path file, Configuration conf) {
        String scheme = file.toUri().getScheme();
        if (scheme == null) {
            scheme = org.apache.hadoop.fs.FileSystem.getDefaultUri(conf).getScheme();
        }
        return scheme == null || "file".equals(scheme);
    }

    /**
     * A copy of {@code conf} whose {@code file:} scheme is {@link ForklessLocalFileSystem} (no checksum
     * side files, no chmod process). The file system cache is bypassed for {@code file:} because the cache key ignores the
     * configuration, so a cached checksumming LocalFileSystem would otherwise be returned.
     */
    static Configuration withoutLocalChecksums(Configuration conf) {
        Configuration copy = new Configuration(conf);
        copy.setClass("fs.file.impl", ForklessLocalFileSystem.class, org.apache.hadoop.fs.FileSystem.class);
        copy.setBoolean("fs.file.impl.disable.cache", true);
        return copy;
    }

    /** Appends one record; it must conform to the schema given at {@link #open}. */
    public void write(GenericRecord record) throws IOException {
        if (closed) {
            throw new IllegalStateException("writer for " + file + " is closed");
        }
        writer.write(record);
        rows++;
    }

    /** Number of records written so far. */
    public long rows() {
        return rows;
    }

    public Path file() {
        return file;
    }

    /** Flushes the last row group and the footer; the file is complete only after this. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            writer.close();
        }
    }
}
