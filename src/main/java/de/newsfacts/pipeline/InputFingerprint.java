package de.newsfacts.pipeline;

import de.newsfacts.source.IndexEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprint of everything a document's rows depend on: the file's bytes (their SHA-256), every field of its
 * INDEX entry (line number included, since it is a column) and the pipeline version. Equal fingerprints mean a
 * full rebuild would produce the same rows, so an incremental run may carry them over.
 */
public final class InputFingerprint {

    private InputFingerprint() {
    }

    public static String of(IndexEntry entry, String contentSha256, String pipelineVersion) {
        StringBuilder all = new StringBuilder(256)
                .append(pipelineVersion).append('\u0000')
                .append(contentSha256).append('\u0000')
                .append(entry.lineNo()).append('\u0000')
                .append(entry.path()).append('\u0000')
                .append(entry.docId()).append('\u0000')
                .append(entry.published()).append('\u0000')
                .append(entry.url()).append('\u0000')
                .append(entry.title()).append('\u0000')
                .append(entry.language()).append('\u0000')
                .append(entry.metadata());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(all.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
