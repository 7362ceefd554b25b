package de.newsfacts.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link NormalizationStage} contract, checked for every stage of the standard chain. */
class StageContractTest {

    static Stream<NormalizationStage> stages() {
        return TextNormalizer.standard().stages().stream();
    }

    @ParameterizedTest
    @MethodSource("stages")
    void emptyAndBlankInputs(NormalizationStage stage) {
        assertThat(stage.apply("")).isEmpty();
        for (String blank : new String[] {" ", "\n", "\t", "\r\n", " \n \n ", "\u00A0"}) {
            String once = stage.apply(blank);
            assertThat(once).isNotNull();
            assertThat(stage.apply(once)).isEqualTo(once);
        }
    }

    @ParameterizedTest
    @MethodSource("stages")
    void randomInputNeverThrowsAndIsIdempotent(NormalizationStage stage) {
        Random random = new Random(20251120L);
        for (int i = 0; i < 5_000; i++) {
            String input = RandomText.next(random);
            String once = stage.apply(input);
            assertThat(once).as("%s on %s", stage.name(), escape(input)).isNotNull();
            String twice = stage.apply(once);
            assertThat(twice).as("%s idempotent on %s", stage.name(), escape(input)).isEqualTo(once);
            assertThat(twice).as("%s returns unchanged input itself", stage.name()).isSameAs(once);
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }
}
