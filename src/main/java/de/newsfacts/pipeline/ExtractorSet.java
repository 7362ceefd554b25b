package de.newsfacts.pipeline;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.Extractor;
import de.newsfacts.extract.Quantity;
import de.newsfacts.extract.Quote;

import java.util.List;

/**
 * The extractors a run uses. Quotes see the entities of their document so that speakers get canonical names.
 * {@link #none()} switches extraction off (used to measure the cost of extraction).
 */
public record ExtractorSet(Extractor<Entity> entities, Extractor<Quantity> quantities,
                           Extractor<DateExpression> dates, QuoteExtraction quotes) {

    /** Quote extraction with the entity mentions of the same document at hand. */
    @FunctionalInterface
    public interface QuoteExtraction {
        List<Quote> extract(DocumentContext document, List<Entity> entities);
    }

    public static ExtractorSet none() {
        return new ExtractorSet(doc -> List.of(), doc -> List.of(), doc -> List.of(), (doc, entities) -> List.of());
    }
}
