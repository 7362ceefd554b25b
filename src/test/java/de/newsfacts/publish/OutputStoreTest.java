package de.newsfacts.publish;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalDirAllocator;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The output location on the local file system: no .crc side files, and a configuration other file systems accept. */
class OutputStoreTest {

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void localStoreWritesNoChecksumSideFiles() throws Exception {
        OutputStore store = OutputStore.open(tmp.resolve("out").toString(), OutputStore.defaultConfiguration());
        assertThat(store.isLocal()).isTrue();
        assertThat(store.fs()).isNotInstanceOf(ChecksumFileSystem.class);
        try (var out = store.fs().create(new Path(store.root(), "a.txt"), false)) {
            out.write(1);
        }
        store.writeLatest("v1");
        assertThat(store.latest()).contains("v1");
        try (Stream<java.nio.file.Path> files = Files.list(tmp.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "LATEST");
        }
    }

    @Test
    void defaultConfigurationKeepsTheLocalFileSystemUsableForHadoopBuffers() throws Exception {
        // S3A buffers uploads on local disk through LocalDirAllocator, which casts FileSystem.getLocal(conf)
        Configuration conf = OutputStore.defaultConfiguration();
        conf.set("newsfacts.test.buffer.dir", tmp.resolve("buffer").toString());
        File buffer = new LocalDirAllocator("newsfacts.test.buffer.dir").createTmpFileForWrite("block", 10, conf);
        assertThat(buffer.getParentFile()).isEqualTo(tmp.resolve("buffer").toFile());
        assertThat(FileSystem.getLocal(conf)).isInstanceOf(ChecksumFileSystem.class);
    }
}
