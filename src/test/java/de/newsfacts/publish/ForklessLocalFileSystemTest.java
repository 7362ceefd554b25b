package de.newsfacts.publish;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class ForklessLocalFileSystemTest {

    @TempDir
    java.nio.file.Path dir;

    @Test
    void setsTheSamePermissionBitsAsChmod() throws Exception {
        try (ForklessLocalFileSystem fs = new ForklessLocalFileSystem()) {
            fs.initialize(dir.toUri(), new Configuration());
            Path file = new Path(dir.resolve("a.txt").toUri());
            try (FSDataOutputStream out = fs.create(file)) {
                out.write(1);
            }
            fs.setPermission(file, new FsPermission((short) 0640));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.txt"))))
                    .isEqualTo("rw-r-----");
            fs.setPermission(file, new FsPermission((short) 0751));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a.txt"))))
                    .isEqualTo("rwxr-x--x");
        }
    }

    @Test
    void createsFilesAndFoldersWithTheUmaskedDefaults() throws Exception {
        try (ForklessLocalFileSystem fs = new ForklessLocalFileSystem()) {
            Configuration conf = new Configuration();
            conf.set("fs.permissions.umask-mode", "027");
            fs.initialize(dir.toUri(), conf);
            Path folder = new Path(dir.resolve("sub/deeper").toUri());
            assertThat(fs.mkdirs(folder)).isTrue();
            try (FSDataOutputStream out = fs.create(new Path(folder, "b.txt"), false)) {
                out.write(2);
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("sub/deeper"))))
                    .isEqualTo("rwxr-x---");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                    dir.resolve("sub/deeper/b.txt")))).isEqualTo("rw-r-----");
        }
    }

    @Test
    void theOutputStoreUsesItForLocalPaths() throws Exception {
        OutputStore store = OutputStore.open(dir.toString(), OutputStore.defaultConfiguration());
        assertThat(store.fs()).isInstanceOf(ForklessLocalFileSystem.class);
        assertThat(store.isLocal()).isTrue();
    }
}
