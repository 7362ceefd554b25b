package de.newsfacts.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineBreakNormalizerTest {

    private final LineBreakNormalizer stage = new LineBreakNormalizer();

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("a\r\nb", "a\nb"),
                arguments("a\rb", "a\nb"),
                arguments("a\r\rb", "a\n\nb"),
                arguments("a\n\rb", "a\n\nb"),
                arguments("a\r\n\r\nb", "a\n\nb"),
                arguments("a\u2028b", "a\nb"),
                arguments("a\u2029b", "a\nb"),
                arguments("a\u0085b", "a\nb"),
                arguments("a\u000Bb\fc", "a\nb\nc"),
                arguments("\r", "\n"),
                arguments("Zeile eins\r\nZeile zwei\r\n", "Zeile eins\nZeile zwei\n"),
                // negative: already LF-only text stays, tabs and other controls are not line breaks
                arguments("a\nb", "a\nb"),
                arguments("Größe\tx", "Größe\tx"),
                arguments("", ""));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void normalizesLineBreaks(String input, String expected) {
        assertThat(stage.apply(input)).isEqualTo(expected);
    }
}
