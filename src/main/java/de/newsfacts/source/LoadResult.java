package de.newsfacts.source;

import java.util.Objects;

/** What {@link DocumentLoader#load(IndexEntry)} made of one INDEX entry: a document or a reject. */
public sealed interface LoadResult permits LoadResult.Loaded, LoadResult.Rejected {

    /** The file was read and decoded. */
    record Loaded(SourceDocument document) implements LoadResult {
        public Loaded {
            Objects.requireNonNull(document, "document");
        }
    }

    /** The file could not become a document; the reason goes to the rejects table. */
    record Rejected(Reject reject) implements LoadResult {
        public Rejected {
            Objects.requireNonNull(reject, "reject");
        }
    }
}
