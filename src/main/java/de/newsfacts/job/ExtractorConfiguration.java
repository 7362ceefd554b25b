package de.newsfacts.job;

import de.newsfacts.extract.dates.DateExtractor;
import de.newsfacts.extract.entities.EntityExtractor;
import de.newsfacts.extract.quantities.QuantityExtractor;
import de.newsfacts.extract.quotes.QuoteExtractor;
import de.newsfacts.pipeline.ExtractorSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * The extractors, built once on first use (models and word lists load here) and shared by all workers and
 * runs: they are stateless and thread-safe. A run with {@code newsfacts.extractors=false} never loads them.
 */
@Configuration(proxyBeanMethods = false)
public class ExtractorConfiguration {

    @Bean
    @Lazy
    public ExtractorSet extractorSet() {
        QuantityExtractor quantities = new QuantityExtractor();
        QuoteExtractor quotes = new QuoteExtractor();
        return new ExtractorSet(EntityExtractor.fromClasspath(), quantities, DateExtractor.news(), quotes::extract);
    }
}
