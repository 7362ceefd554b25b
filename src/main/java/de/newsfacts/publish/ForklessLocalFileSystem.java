package de.newsfacts.publish;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsAction;
import org.apache.hadoop.fs.permission.FsPermission;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Hadoop's local file system without a child process per file.
 *
 * <p>Without Hadoop's native library (which newsfacts does not ship), {@link RawLocalFileSystem} sets the
 * permission of every file it creates and every folder it makes by running {@code chmod} in a new process. A
 * run writes a few files per chunk, so a 100,000-document run started about 4,000 processes for nothing but
 * that (seen with JFR's {@code jdk.ProcessStart} events). This class sets the same permission bits through
 * {@code java.nio.file} instead; everything else is Hadoop's own code. Where the platform has no POSIX
 * permissions (Windows), Hadoop's behaviour is kept.
 */
public final class ForklessLocalFileSystem extends RawLocalFileSystem {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
        if (!POSIX) {
            super.setPermission(p, permission);
            return;
        }
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix(permission));
    }

    /** The user/group/other read-write-execute bits of {@code permission} (sticky bit and ACLs aside). */
    static Set<PosixFilePermission> posix(FsPermission permission) {
        Set<PosixFilePermission> bits = EnumSet.noneOf(PosixFilePermission.class);
        add(bits, permission.getUserAction(), PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE);
        add(bits, permission.getGroupAction(), PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE);
        add(bits, permission.getOtherAction(), PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        return bits;
    }

    private static void add(Set<PosixFilePermission> bits, FsAction action, PosixFilePermission read,
                            PosixFilePermission write, PosixFilePermission execute) {
        if (action.implies(FsAction.READ)) {
            bits.add(read);
        }
        if (action.implies(FsAction.WRITE)) {
            bits.add(write);
        }
        if (action.implies(FsAction.EXECUTE)) {
            bits.add(execute);
        }
    }
}
