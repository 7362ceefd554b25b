package de.newsfacts.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AdjectiveEndingsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            neue, true
            neuen, true
            neuer, true
            neues, true
            neuem, true
            weiterhin, false
            rund, false
            '', false
            """)
    void endsLikeAnInflectedAdjective(String word, boolean expected) {
        assertThat(AdjectiveEndings.has(word)).isEqualTo(expected);
    }
}
