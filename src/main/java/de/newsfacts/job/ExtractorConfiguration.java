package de.newsfacts.job;

import de.newsfacts.pipeline.ExtractorSet;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The extractors of a run; {@code newsfacts.extractors=false} switches them off. */
@Configuration(proxyBeanMethods = false)
public class ExtractorConfiguration {

    @Bean
    public ExtractorSet extractorSet(NewsfactsProperties properties) {
        return ExtractorSet.none();
    }
}
