package de.newsfacts.source;

import java.util.Objects;

/** What {@link DocumentLoader#load(IndexEntry)} made of one INDEX entry: a document or a reject. */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Rejected, LoadResult.Unchanged {

    /** The file was read and decoded. */
    record Loaded(SourceDocument document) implements LoadResult {
        public Loaded {
            Objects.requireNonNull(document, "document");
        }
    }

    /** The file's bytes are ones the caller already knows (see {@link DocumentLoader#load(IndexEntry,
     * java.util.function.Predicate)}): read, but neither checked nor decoded again. */
    record Unchanged(IndexEntry entry, long bytes, String sha256) implements LoadResult {
        public Unchanged {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** The file could not become a document; the reason goes to the rejects table. */
    record Rejected(Reject reject) implements LoadResult {
        public Rejected {
            Objects.requireNonNull(reject, "reject");
        }
    }
}
