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
 * Everything one INDEX line yields: the rows of every table for an accepted document, or a single reject.
 * Exactly one of {@code document} and {@code reject} is set.
 */
public record DocumentResult(int ordinal, NewsDocument document, List<Block> blocks, List<Sentence> sentences,
                             List<Entity> entities, List<Quantity> quantities, List<DateExpression> dates,
                             List<Quote> quotes, Reject reject) {

    public static DocumentResult rejected(int ordinal, Reject reject) {
        return new DocumentResult(ordinal, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                reject);
    }

    public boolean isRejected() {
        return reject != null;
    }
}
