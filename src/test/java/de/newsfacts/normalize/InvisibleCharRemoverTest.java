package de.newsfacts.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvisibleCharRemoverTest {

    private final InvisibleCharRemover stage = new InvisibleCharRemover();

    static Stream<Arguments> removed() {
        return Stream.of(
                arguments("Ge\u00ADfangene", "Gefangene"),
                arguments("a\u200Bb\u200Cc\u200Dd", "abcd"),
                arguments("a\u2060b", "ab"),
                arguments("\uFEFFText", "Text"),
                arguments("Te\uFEFFxt", "Text"),
                arguments("\u200EKiew\u200F", "Kiew"),
                arguments("\u202AKiew\u202C \u202E", "Kiew "),
                arguments("\u2066Kiew\u2069", "Kiew"),
                arguments("a\u0000b\u0007c\u001Fd", "abcd"),
                arguments("a\u007Fb\u0080c\u009Fd", "abcd"),
                arguments("a\tb", "a b"),
                arguments("Ge\u00AD\nfangene", "Gefangene"),       // soft hyphen at a line break
                arguments("Ge-\u00AD\nfangene", "Ge-\nfangene"),  // hyphen stays for HyphenationJoiner
                arguments("a\uD83Db", "ab"),                      // unpaired high surrogate
                arguments("a\uDE00b", "ab"),                      // unpaired low surrogate
                arguments("\uD83D\u200B\uDE00", ""));
    }

    @ParameterizedTest
    @MethodSource("removed")
    void removesInvisibleChars(String input, String expected) {
        assertThat(stage.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Größe „Zitat“ – 14,5\u00A0%", "a\nb\n\nc", "😀 \uD83D\uDE00", "ﬁ ½", ""})
    void leavesVisibleTextUntouched(String text) {
        assertThat(stage.apply(text)).isSameAs(text);
    }
}
