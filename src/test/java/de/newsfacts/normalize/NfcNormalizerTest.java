package de.newsfacts.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NfcNormalizerTest {

    private final NfcNormalizer stage = new NfcNormalizer();

    static Stream<Arguments> composed() {
        return Stream.of(
                arguments("a\u0308", "ä"),
                arguments("U\u0308ber", "Über"),
                arguments("Zu\u0308rich", "Zürich"),
                arguments("Gro\u0308\u00DFe", "Größe"),
                arguments("e\u0301", "é"),
                arguments("s\u0323\u0307", "\u1E69"),
                arguments("s\u0307\u0323", "\u1E69"),   // canonical reordering of marks
                arguments("\u212B", "Å"),               // ANGSTROM SIGN singleton
                arguments("\u2126", "Ω"),               // OHM SIGN singleton
                arguments("\u2000", "\u2002"));         // EN QUAD -> EN SPACE
    }

    @ParameterizedTest
    @MethodSource("composed")
    void composes(String input, String expected) {
        assertThat(stage.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Größe „Zitat“ – 14,5 %", "ﬁ", "m²", "½", "ｆｕｌｌ", "\u0308", "Ελλάδα", "Київ", ""})
    void keepsComposedAndCompatibilityCharacters(String text) {
        assertThat(stage.apply(text)).isSameAs(text);
    }
}
