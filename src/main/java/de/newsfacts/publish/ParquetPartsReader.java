package de.newsfacts.publish;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** The rows of several Parquet part files, one file after the other. */
final class ParquetPartsReader extends RowIterator<GenericRecord> implements Closeable {

    private final OutputStore store;
    private final Iterator<Path> files;
    private ParquetReader<GenericRecord> reader;

    ParquetPartsReader(OutputStore store, List<Path> files) {
        this.store = store;
        this.files = List.copyOf(files).iterator();
    }

    /** All {@code *.parquet} files of a table folder, in name order (the order of the table's rows). */
    static ParquetPartsReader ofFolder(OutputStore store, Path dir) throws IOException {
        FileStatus[] parts = store.fs().listStatus(dir, p -> p.getName().endsWith(".parquet"));
        return new ParquetPartsReader(store, Arrays.stream(parts).map(FileStatus::getPath)
                .sorted(Comparator.comparing(Path::getName)).toList());
    }

    @Override
    protected GenericRecord computeNext() throws IOException {
        while (true) {
            if (reader != null) {
                GenericRecord record = reader.read();
                if (record != null) {
                    return record;
                }
                reader.close();
                reader = null;
            }
            if (!files.hasNext()) {
                return null;
            }
            reader = AvroParquetReader.<GenericRecord>builder(HadoopInputFile.fromPath(files.next(), store.conf()))
                    .withDataModel(GenericData.get())
                    .build();
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
