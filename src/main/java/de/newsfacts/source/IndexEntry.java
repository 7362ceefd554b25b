package de.newsfacts.source;

import java.time.LocalDate;
import java.util.Map;

/**
 * One document row of {@code seeds/INDEX}.
 *
 * @param lineNo    1-based line number in INDEX (for error messages and the rejects table)
 * @param path      the path as written, relative to the seeds folder
 * @param docId     INDEX doc_id, else the file name without extension
 * @param published publication date from INDEX ({@code null} if not given)
 * @param url       may be {@code null}
 * @param title     title override from INDEX, may be {@code null}
 * @param language  language code, default {@code de}
 * @param metadata  unknown INDEX columns, in header order (empty if none)
 */
public record IndexEntry(int lineNo, String path, String docId, LocalDate published, String url, String title,
                         String language, Map<String, String> metadata) {
}
