package de.newsfacts.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts loading the extractors' models and word lists (about a second of CPU, most of it the entity tagger's
 * weight table) on a background thread as soon as the configuration is known, so that the load overlaps the
 * single-threaded start of Spring, the job repository and the INDEX check instead of holding up the first
 * worker while the second waits for it. Nothing is loaded when the run has extraction switched off
 * ({@code newsfacts.extractors=false}) or does not run the job on start-up. The loaded state is the extractors'
 * shared static state, so the workers later find it ready (or wait for the load to finish); a failure is left to
 * the workers, which report it where they first need the extractors.
 */
public final class ExtractorPreload implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ExtractorPreload.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!wanted(event.getEnvironment())) {
            return;
        }
        Thread loader = new Thread(ExtractorPreload::load, "extractor-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** Whether this start runs the job with extraction on (both switches default to true). */
    static boolean wanted(Environment environment) {
        return flag(environment, "newsfacts.run-on-startup") && flag(environment, "newsfacts.extractors");
    }

    /** The switch's value, default true; a malformed value is left to the property binding to report. */
    private static boolean flag(Environment environment, String name) {
        try {
            return environment.getProperty(name, Boolean.class, true);
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static void load() {
        long start = System.nanoTime();
        try {
            new ExtractorConfiguration().extractorSet();
            log.debug("Extractors preloaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | Error e) {
            log.warn("Preloading the extractors failed; the workers will load them again: {}", e.toString());
        }
    }
}
