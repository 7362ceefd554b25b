package de.newsfacts.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads the file of one INDEX entry and decodes it. Never throws for a bad document: every failure becomes a
 * {@link LoadResult.Rejected} whose detail names the path as written in INDEX. Checks, in this order:
 * <ol>
 *   <li>{@code OUTSIDE_SEEDS}: absolute path (also {@code \x}, {@code C:}), a path whose {@code ..} segments
 *       leave the seeds folder, or a file whose real path (symlinks resolved, also symlinked folders) is not
 *       under the real path of the seeds folder. Backslashes count as folder separators.</li>
 *   <li>{@code BAD_INDEX_ROW}: empty path or one the file system cannot represent.</li>
 *   <li>{@code MISSING}: no such file (or a dangling symlink).</li>
 *   <li>{@code NOT_A_FILE}: a directory, FIFO, device, ...</li>
 *   <li>{@code EMPTY}: 0 bytes; {@code TOO_LARGE}: file size above {@code maxBytes} (checked before reading).</li>
 *   <li>{@code UNREADABLE}: an I/O error while reading.</li>
 *   <li>{@code BINARY}: see {@link BinaryDetector}.</li>
 *   <li>{@code UNDECODABLE}: see {@link TextDecoder}; {@code EMPTY} again if the text is only whitespace,
 *       invisible format characters or controls.</li>
 * </ol>
 * {@link SourceDocument#bytes()} is the size read and {@link SourceDocument#sha256()} the hex SHA-256 of the raw
 * bytes (before decoding). {@link #load(IndexEntry, Predicate)} stops after reading when the caller already knows
 * the bytes (an incremental run's unchanged document): checking and decoding them again would give the same
 * document. Thread-safe: one instance may serve parallel workers.
 */
public final class DocumentLoader {

    /** Largest array the JVM hands out reliably; files above it can never be loaded. */
    private static final long ARRAY_LIMIT = Integer.MAX_VALUE - 16;
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:");
    private static final HexFormat HEX = HexFormat.of();

    private final Path seedsDir;
    private final Path seedsReal;
    private final long maxBytes;

    /**
     * @param seedsDir the seeds folder; relative INDEX paths resolve against it
     * @param maxBytes largest accepted file size in bytes (must be positive)
     */
    public DocumentLoader(Path seedsDir, long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
        this.seedsDir = seedsDir.toAbsolutePath().normalize();
        this.seedsReal = realPathOrSelf(this.seedsDir);
        this.maxBytes = maxBytes;
    }

    public LoadResult load(IndexEntry entry) {
        return load(entry, sha256 -> false);
    }

    /**
     * Like {@link #load(IndexEntry)}, but returns {@link LoadResult.Unchanged} right after reading if
     * {@code alreadyKnown} accepts the hex SHA-256 of the file's bytes (the path checks still apply).
     */
    public LoadResult load(IndexEntry entry, Predicate<String> alreadyKnown) {
        String written = entry.path() == null ? "" : entry.path().strip();
        if (written.isEmpty()) {
            return reject(entry, RejectReason.BAD_INDEX_ROW, "(empty path): no file name given");
        }
        String relative = written.replace('\\', '/');
        if (relative.startsWith("/") || WINDOWS_DRIVE.matcher(relative).find()) {
            return reject(entry, RejectReason.OUTSIDE_SEEDS,
                    written + ": absolute paths are not allowed; write the path relative to the seeds folder");
        }
        Path file;
        try {
            file = seedsDir.resolve(relative).normalize();
        } catch (InvalidPathException e) {
            return reject(entry, RejectReason.BAD_INDEX_ROW, written + ": not a valid file path (" + e.getReason() + ")");
        }
        if (!file.startsWith(seedsDir)) {
            return reject(entry, RejectReason.OUTSIDE_SEEDS, written + ": path leaves the seeds folder via '..'");
        }
        if (!Files.exists(file)) {
            if (Files.isSymbolicLink(file)) {
                return reject(entry, RejectReason.MISSING, written + ": symlink points to a file that does not exist");
            }
            return reject(entry, RejectReason.MISSING, written + ": file not found in the seeds folder");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (NoSuchFileException e) {
            return reject(entry, RejectReason.MISSING, written + ": file not found in the seeds folder");
        } catch (IOException e) {
            return reject(entry, RejectReason.UNREADABLE, written + ": cannot resolve the path (" + describe(e) + ")");
        }
        if (!real.startsWith(seedsReal)) {
            return reject(entry, RejectReason.OUTSIDE_SEEDS,
                    written + ": symlink leads out of the seeds folder (to " + real + ")");
        }
        if (Files.isDirectory(real)) {
            return reject(entry, RejectReason.NOT_A_FILE, written + ": is a directory, not a file");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            return reject(entry, RejectReason.NOT_A_FILE, written + ": not a regular file (device, pipe or socket)");
        }
        long size;
        try {
            size = Files.size(real);
        } catch (IOException e) {
            return reject(entry, RejectReason.UNREADABLE, written + ": cannot read the file size (" + describe(e) + ")");
        }
        if (size == 0) {
            return reject(entry, RejectReason.EMPTY, written + ": file is empty (0 bytes)");
        }
        long limit = Math.min(maxBytes, ARRAY_LIMIT);
        if (size > limit) {
            return tooLarge(entry, written, size, limit);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real)) {
            // read at most one byte more than allowed: the file may have grown since Files.size
            bytes = in.readNBytes((int) limit + (limit < ARRAY_LIMIT ? 1 : 0));
        } catch (AccessDeniedException e) {
            return reject(entry, RejectReason.UNREADABLE, written + ": permission denied");
        } catch (IOException e) {
            return reject(entry, RejectReason.UNREADABLE, written + ": read failed (" + describe(e) + ")");
        }
        if (bytes.length > limit) {
            return tooLarge(entry, written, bytes.length, limit);
        }
        if (bytes.length == 0) {
            return reject(entry, RejectReason.EMPTY, written + ": file is empty (0 bytes)");
        }
        String sha256 = sha256Hex(bytes);
        if (alreadyKnown.test(sha256)) {
            return new LoadResult.Unchanged(entry, bytes.length, sha256);
        }
        String binary = BinaryDetector.reasonIfBinary(bytes);
        if (binary != null) {
            return reject(entry, RejectReason.BINARY, written + ": " + binary);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (!decoded.isDecodable()) {
            return reject(entry, RejectReason.UNDECODABLE, written + ": byte-order mark says " + decoded.encoding()
                    + " but the bytes are not valid " + decoded.encoding() + " (odd length or broken surrogate pair)");
        }
        if (TextDecoder.hasUtf16Bom(bytes)) {
            binary = BinaryDetector.reasonIfBinary(decoded.text());
            if (binary != null) {
                return reject(entry, RejectReason.BINARY, written + ": " + binary);
            }
        }
        if (!hasVisibleText(decoded.text())) {
            return reject(entry, RejectReason.EMPTY,
                    written + ": file holds only whitespace (" + bytes.length + " bytes, " + decoded.encoding() + ")");
        }
        return new LoadResult.Loaded(
                new SourceDocument(entry, decoded.text(), decoded.encoding(), bytes.length, sha256));
    }

    /** Hex SHA-256 of the bytes, lower case. */
    static String sha256Hex(byte[] bytes) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-256", e);
        }
    }

    /** True if some char is neither whitespace, a space separator, an invisible format char nor a control. */
    private static boolean hasVisibleText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
                continue;
            }
            if (Character.getType(c) == Character.FORMAT) {
                continue; // BOM, zero-width space/joiners, soft hyphen
            }
            return true;
        }
        return false;
    }

    private static LoadResult tooLarge(IndexEntry entry, String written, long size, long limit) {
        return reject(entry, RejectReason.TOO_LARGE,
                written + ": file has " + size + " bytes, more than the limit of " + limit + " bytes");
    }

    private static LoadResult reject(IndexEntry entry, RejectReason reason, String detail) {
        return new LoadResult.Rejected(new Reject(entry.docId(), entry.path(), entry.lineNo(), reason, detail));
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String text = message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
        return text.replaceAll("\\s+", " ");
    }

    private static Path realPathOrSelf(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir; // a missing seeds folder: every file will then be MISSING
        }
    }
}
