package de.newsfacts.job;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractorPreloadTest {

    @Test
    void preloadsByDefault() {
        assertThat(ExtractorPreload.wanted(new MockEnvironment())).isTrue();
    }

    @Test
    void notWhenExtractionIsOff() {
        assertThat(ExtractorPreload.wanted(new MockEnvironment().withProperty("newsfacts.extractors", "false")))
                .isFalse();
    }

    @Test
    void notWhenTheJobDoesNotRunOnStartUp() {
        assertThat(ExtractorPreload.wanted(new MockEnvironment().withProperty("newsfacts.run-on-startup", "false")))
                .isFalse();
    }

    @Test
    void aMalformedSwitchIsLeftToThePropertyBinding() {
        assertThat(ExtractorPreload.wanted(new MockEnvironment().withProperty("newsfacts.extractors", "maybe")))
                .isFalse();
    }
}
