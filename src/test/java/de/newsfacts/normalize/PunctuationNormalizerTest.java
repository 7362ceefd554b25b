package de.newsfacts.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PunctuationNormalizerTest {

    private final PunctuationNormalizer stage = new PunctuationNormalizer();

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("\u201FZitat\u201D", "\u201CZitat\u201D"),
                arguments("\u301DZitat\u301E", "„Zitat“"),
                arguments("\u275DZitat\u275E", "„Zitat“"),
                arguments("\u201BZitat\u2019", "\u2018Zitat\u2019"),
                arguments("\uFF02Zitat\uFF02", "\"Zitat\""),
                arguments("geht’s", "geht's"),
                arguments("Moskau´s", "Moskau's"),
                arguments("Moskau`s", "Moskau's"),
                arguments("Kiewʼs", "Kiew's"),
                arguments("gibt‘s", "gibt's"),
                arguments("Nord\u2010Süd", "Nord-Süd"),
                arguments("Nord\u2011Süd", "Nord-Süd"),
                arguments("\u22125 Grad", "-5 Grad"),
                arguments("\u20125", "-5"),
                arguments("Und dann...", "Und dann…"),
                arguments("Und dann . . . nichts", "Und dann … nichts"),
                arguments("Ende....", "Ende…"),
                arguments("[...]", "[…]"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void normalizesPunctuation(String input, String expected) {
        assertThat(stage.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "„Zitat“", "»Zitat«", "«Zitat»", "“Zitat”", "‚Zitat‘", "‚Zitat’ sagte er", "\"Zitat\"", "'ne Menge",
        "A – B", "A — B", "A ― B", "x \u2212 y", "\u2212", "z. B. so", "1.000 Euro", "Ende..", "Ende. .",
        "US-Medien", "…", "",
    })
    void keepsQuoteBoundariesAndDashes(String text) {
        assertThat(stage.apply(text)).isSameAs(text);
    }
}
