package de.newsfacts.source;

/**
 * A successfully read and decoded document, before normalization.
 *
 * @param text     the decoded text (BOM removed), not yet normalized
 * @param encoding detected encoding: UTF-8, UTF-8-BOM, UTF-16LE, UTF-16BE or windows-1252
 * @param bytes    file size in bytes
 * @param sha256   hex SHA-256 of the raw bytes
 */
public record SourceDocument(IndexEntry entry, String text, String encoding, long bytes, String sha256) {
}
