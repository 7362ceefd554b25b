package de.newsfacts.extract;

import java.util.List;

/**
 * Maps the sentences of one document to records of one kind. Implementations are pure (no I/O, no shared
 * mutable state), thread-safe and deterministic: the same document always gives the same records in the same
 * order, with offsets into {@link DocumentContext#text()}.
 */
@FunctionalInterface
public interface Extractor<R> {
    List<R> extract(DocumentContext document);
}
