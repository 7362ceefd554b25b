package de.newsfacts.source;

/** An INDEX entry that could not be turned into a document. {@code docId} may be {@code null}. */
public record Reject(String docId, String path, int indexLine, RejectReason reason, String detail) {
}
