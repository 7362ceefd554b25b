package de.newsfacts.pipeline;

import java.time.LocalDate;
import java.util.Map;

/**
 * A row of the {@code documents} table: an accepted, normalized document. {@code metadata} holds the unknown
 * INDEX columns (published as a JSON object, or null when empty).
 */
public record NewsDocument(String docId, String path, int indexLine, String url, String title, LocalDate published,
                           String publishedSource, String language, String sourceEncoding, long bytes, String text,
                           int charCount, int wordCount, int sentenceCount, String contentSha256, Map<String, String> metadata,
                           String inputFingerprint) {
}
