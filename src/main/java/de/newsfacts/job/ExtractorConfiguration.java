package de.newsfacts.job;

import de.newsfacts.extract.quantities.QuantityExtractor;
import de.newsfacts.extract.quotes.QuoteExtractor;
import de.newsfacts.pipeline.ExtractorSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The extractors of a run, built once (models and word lists load here) and shared by all workers: they are
 * stateless and thread-safe. {@code newsfacts.extractors=false} switches them off.
 */
@Configuration(proxyBeanMethods = false)
public class ExtractorConfiguration {

    @Bean
    public ExtractorSet extractorSet(NewsfactsProperties properties) {
        if (!properties.extractors()) {
            return ExtractorSet.none();
        }
        QuantityExtractor quantities = new QuantityExtractor();
        QuoteExtractor quotes = new QuoteExtractor();
        return new ExtractorSet(doc -> List.of(), quantities, doc -> List.of(), quotes::extract);
    }
}
