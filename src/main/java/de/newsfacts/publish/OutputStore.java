package de.newsfacts.publish;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The output location of published versions on any Hadoop FileSystem ({@code file:}, {@code hdfs:},
 * {@code s3a:}); a plain path means the local file system. Layout:
 * <pre>
 *   LATEST          name of the newest version, replaced atomically
 *   vN/             immutable published versions
 *   .staging-*      a version being written (never visible as a version; removed when abandoned)
 *   .work/run-N/    per-run intermediate chunk files (for restart after a crash)
 *   .lock           one writer at a time (see {@link OutputLock})
 * </pre>
 * Names starting with a dot are never versions, so readers that glob {@code v*} see only complete versions.
 */
public final class OutputStore {

    private static final Pattern VERSION = Pattern.compile("v(\\d+)");

    private final FileSystem fs;
    private final Path root;
    private final Configuration conf;

    private OutputStore(FileSystem fs, Path root, Configuration conf) {
        this.fs = fs;
        this.root = root;
        this.conf = conf;
    }

    /** Opens (and creates) the output location. {@code location} is a URI with scheme or a local path. */
    public static OutputStore open(String location, Configuration conf) throws IOException {
        URI uri = toUri(location);
        FileSystem fs = FileSystem.get(uri, conf);
        if (fs instanceof ChecksumFileSystem) {
            // local: no .crc side files next to the published files, and no chmod process per file
            fs = new ForklessLocalFileSystem();
            fs.initialize(uri, conf);
        }
        Path root = fs.makeQualified(new Path(uri));
        fs.mkdirs(root);
        return new OutputStore(fs, root, conf);
    }

    /** A plain path (no scheme, or a Windows drive letter) becomes an absolute {@code file:} URI. */
    public static URI toUri(String location) {
        if (location == null || location.isBlank()) {
            throw new IllegalArgumentException("output location is empty");
        }
        URI uri = URI.create(location.replace(" ", "%20"));
        if (uri.getScheme() == null || uri.getScheme().length() == 1) {
            uri = Paths.get(location).toAbsolutePath().normalize().toUri();
        }
        // Path.toUri() ends existing folders with '/': strip it so the same location always has the same name
        String name = uri.toString();
        return name.endsWith("/") && uri.getPath() != null && uri.getPath().length() > 1
                ? URI.create(name.substring(0, name.length() - 1)) : uri;
    }

    /**
     * Hadoop configuration for publishing. It must not map {@code file:} to {@code RawLocalFileSystem}: Hadoop
     * code such as S3A's disk upload buffer ({@code LocalDirAllocator}) calls {@code FileSystem.getLocal(conf)},
     * which then fails with a ClassCastException. {@link #open} replaces the checksumming local file system with a
     * {@link ForklessLocalFileSystem} instead.
     */
    public static Configuration defaultConfiguration() {
        Configuration conf = new Configuration();
        conf.setBoolean("parquet.avro.write-old-list-structure", false);
        return conf;
    }

    public FileSystem fs() {
        return fs;
    }

    public Path root() {
        return root;
    }

    public Configuration conf() {
        return conf;
    }

    public boolean isLocal() {
        return "file".equals(root.toUri().getScheme());
    }

    public Path version(String name) {
        return new Path(root, name);
    }

    public Path workDir(String runKey) {
        return new Path(new Path(root, ".work"), runKey);
    }

    public Path newStagingDir() {
        return new Path(root, ".staging-" + UUID.randomUUID());
    }

    /** Numbers of the published versions, ascending. */
    public List<Integer> versions() throws IOException {
        List<Integer> numbers = new ArrayList<>();
        for (FileStatus status : fs.listStatus(root)) {
            Matcher m = VERSION.matcher(status.getPath().getName());
            if (status.isDirectory() && m.matches()) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        numbers.sort(null);
        return numbers;
    }

    public OptionalInt newestVersion() throws IOException {
        List<Integer> numbers = versions();
        return numbers.isEmpty() ? OptionalInt.empty() : OptionalInt.of(numbers.get(numbers.size() - 1));
    }

    /** The version named in LATEST, if any. */
    public Optional<String> latest() throws IOException {
        Path latest = new Path(root, "LATEST");
        if (!fs.exists(latest)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(latest)) {
            String name = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return name.isEmpty() ? Optional.empty() : Optional.of(name);
        }
    }

    /** Replaces LATEST atomically: readers see the old or the new name, never a partial file. */
    public void writeLatest(String versionName) throws IOException {
        Path tmp = new Path(root, ".LATEST-" + UUID.randomUUID());
        try (FSDataOutputStream out = fs.create(tmp, false)) {
            out.write((versionName + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Path latest = new Path(root, "LATEST");
        if (isLocal()) {
            java.nio.file.Files.move(Paths.get(tmp.toUri()), Paths.get(latest.toUri()),
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } else {
            FileContext.getFileContext(root.toUri(), conf).rename(tmp, latest, Options.Rename.OVERWRITE);
        }
    }

    /** Makes a staged version visible under its final name by one rename. */
    public void publish(Path staging, String versionName) throws IOException {
        Path target = version(versionName);
        if (fs.exists(target)) {
            throw new IOException("version " + target + " already exists");
        }
        if (!fs.rename(staging, target)) {
            throw new IOException("could not rename " + staging + " to " + target);
        }
    }

    /** Removes staging folders left by runs that died while publishing. */
    public void removeAbandonedStaging() throws IOException {
        for (FileStatus status : fs.listStatus(root)) {
            String name = status.getPath().getName();
            if (name.startsWith(".staging-") || name.startsWith(".LATEST-")) {
                fs.delete(status.getPath(), true);
            }
        }
    }

    /** Removes a run's work folder, and {@code .work} itself once no run has one. */
    public void removeWork(Path runWorkDir) throws IOException {
        fs.delete(runWorkDir, true);
        Path work = runWorkDir.getParent();
        if (fs.exists(work) && fs.listStatus(work).length == 0) {
            fs.delete(work, false);
        }
    }

    public void delete(Path path) {
        try {
            fs.delete(path, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
