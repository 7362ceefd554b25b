package de.newsfacts.source;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed {@code seeds/INDEX}.
 *
 * @param seedsDir the seeds folder the paths are relative to
 * @param entries  valid entries with unique doc ids, in INDEX order
 * @param rejects  rows that cannot become documents ({@code BAD_INDEX_ROW}, {@code DUPLICATE_ID}), in INDEX order
 * @param columns  header columns in header order (known ones in lower case, unknown ones as written);
 *                 {@code [path]} for the plain form
 */
public record SeedIndex(Path seedsDir, List<IndexEntry> entries, List<Reject> rejects, List<String> columns) {
    public SeedIndex {
        entries = List.copyOf(entries);
        rejects = List.copyOf(rejects);
        columns = List.copyOf(columns);
    }
}
