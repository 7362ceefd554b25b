package de.newsfacts.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpaceNormalizerTest {

    private final SpaceNormalizer stage = new SpaceNormalizer();

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("a\u00A0b", "a b"),
                arguments("14,5\u202F%", "14,5 %"),
                arguments("a\u2009b\u200Ac\u2007d", "a b c d"),
                arguments("a\u3000b\u205Fc\u1680d", "a b c d"),
                arguments("a  b", "a b"),
                arguments("a \t\u00A0 b", "a b"),
                arguments("a \nb", "a\nb"),
                arguments("a\n  b", "a\nb"),
                arguments("a\n\n\n\nb", "a\n\nb"),
                arguments("a\n \n\t\nb", "a\n\nb"),
                arguments("\n\n  a\n\n", "a"),
                arguments("  Titel  \n\nText. ", "Titel\n\nText."),
                arguments("   ", ""),
                arguments("\n", ""),
                arguments("\u00A0\n\u2003", ""));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void normalizesSpaces(String input, String expected) {
        assertThat(stage.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\n\nb", "Satz eins. Satz zwei.", "- Punkt eins\n- Punkt zwei", "x", ""})
    void leavesNormalSpacingUntouched(String text) {
        assertThat(stage.apply(text)).isSameAs(text);
    }
}
