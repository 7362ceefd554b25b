package de.newsfacts.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlEntityDecoderTest {

    private final HtmlEntityDecoder stage = new HtmlEntityDecoder();

    static Stream<Arguments> decoded() {
        return Stream.of(
                arguments("&quot;Zitat&quot;", "\"Zitat\""),
                arguments("Gr&ouml;&szlig;e", "Größe"),
                arguments("&Auml;rger", "Ärger"),
                arguments("R&amp;D", "R&D"),
                arguments("&lt;b&gt;", "<b>"),
                arguments("14,5&nbsp;%", "14,5\u00A0%"),
                arguments("Ge&shy;fangene", "Ge\u00ADfangene"),
                arguments("&bdquo;Ja&ldquo;", "„Ja“"),
                arguments("&raquo;Ja&laquo;", "»Ja«"),
                arguments("&#8211;", "–"),
                arguments("&#x201E;Ja&#x201c;", "„Ja“"),
                arguments("&#X201E;", "„"),
                arguments("&#150; &#133;", "– …"),       // 128-159 read as Windows-1252, like browsers
                arguments("&#128512;", "😀"),
                arguments("&#8222 Ja", "„ Ja"),         // semicolon missing, nothing can continue the number
                arguments("&#13;&#10;", "\r\n"),
                arguments("a&#776;", "a\u0308"),
                arguments("&amp;quot;doppelt&amp;quot;", "\"doppelt\""),   // double-escaped feeds
                arguments("&amp;amp;amp;", "&"));
    }

    @ParameterizedTest
    @MethodSource("decoded")
    void decodesReferences(String input, String expected) {
        assertThat(stage.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AT&T",
        "a & b",
        "Q&A-Runde",
        "&unknown;",
        "?a=1&copy=2&lang=de",     // named references need their semicolon
        "&auml ohne Semikolon",
        "&#0;",
        "&#xD800;",
        "&#x110000;",
        "&#xFFFFFFFFF;",
        "&#8222abc",
        "&#;",
        "&#x;",
        "&",
        "&;",
        "Größe „Zitat“",
        "",
    })
    void leavesNonReferencesUntouched(String text) {
        assertThat(stage.apply(text)).isSameAs(text);
    }
}
