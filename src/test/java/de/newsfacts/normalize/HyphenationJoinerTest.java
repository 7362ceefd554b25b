package de.newsfacts.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HyphenationJoinerTest {

    private final HyphenationJoiner stage = new HyphenationJoiner();

    static Stream<Arguments> joined() {
        return Stream.of(
                arguments("Ge-\nfangene", "Gefangene"),
                arguments("die Verhand-\nlungen laufen", "die Verhandlungen laufen"),
                arguments("Nord-\nrhein", "Nordrhein"),
                arguments("Ge-\nfan-\ngene", "Gefangene"),
                arguments("Ge- \nfangene", "Gefangene"),
                arguments("US-\nMedien", "US-Medien"),
                arguments("CDU-\nChef", "CDU-Chef"),
                arguments("Ost-\nWest", "Ost-West"),
                arguments("des 28-\nPunkte-Plans", "des 28-Punkte-Plans"),
                arguments("Covid-\n19", "Covid-19"),
                arguments("GmbH-\nchef", "GmbH-chef"),
                arguments("Vor-\nund Nachteile", "Vor- und Nachteile"),
                arguments("Ein-\noder Ausfuhr", "Ein- oder Ausfuhr"),
                arguments("Ge-\nundet", "Geundet"),
                arguments("Über-\nsicht", "Übersicht"));
    }

    @ParameterizedTest
    @MethodSource("joined")
    void joinsHyphenatedWords(String input, String expected) {
        assertThat(stage.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kernpunkte:\n- Russland erhält\n- Die USA",   // list bullets
        "Wort -\nneu",                                  // a dash, not a hyphen
        "Ge-\n\nfangene",                               // paragraph break
        "Ge-\n- x",
        "Ge-\n„Zitat“",
        "Ge-",
        "-\nx",
        "a\nb",
        "US-Medien berichten",
        "",
    })
    void leavesOtherLineBreaksAlone(String text) {
        assertThat(stage.apply(text)).isSameAs(text);
    }
}
