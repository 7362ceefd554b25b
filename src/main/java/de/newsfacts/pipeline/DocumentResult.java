package de.newsfacts.pipeline;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.Quantity;
import de.newsfacts.extract.Quote;
import de.newsfacts.source.Reject;
import de.newsfacts.structure.Block;
import de.newsfacts.structure.Sentence;

import java.util.List;

/**
 * Everything one INDEX line yields: the rows of every table for an accepted document, a single reject, or —
 * in an incremental run — the id of an unchanged document whose rows are carried over from the previous
 * version. Exactly one of {@code document}, {@code reject} and {@code carriedDocId} is set.
 */
public record DocumentResult(int ordinal, NewsDocument document, List<Block> blocks, List<Sentence> sentences,
                             List<Entity> entities, List<Quantity> quantities, List<DateExpression> dates,
                             List<Quote> quotes, Reject reject, String carriedDocId) {

    public static DocumentResult rejected(int ordinal, Reject reject) {
        return new DocumentResult(ordinal, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                reject, null);
    }

    public static DocumentResult carried(int ordinal, String docId) {
        return new DocumentResult(ordinal, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, docId);
    }

    public boolean isRejected() {
        return reject != null;
    }

    public boolean isCarried() {
        return carriedDocId != null;
    }
}
