package de.newsfacts.pipeline;

import java.time.LocalDate;

/** A row of the {@code documents} table: an accepted, normalized document. */
public record NewsDocument(String docId, String path, int indexLine, String url, String title, LocalDate published,
                           String publishedSource, String language, String sourceEncoding, long bytes, String text,
                           int charCount, int wordCount, int sentenceCount, String contentSha256, String metadata,
                           String inputFingerprint) {
}
