package de.newsfacts.extract.quotes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The static token skips of {@link SpeakerPhrases}: token index after the skip, from token 0. */
class SpeakerPhrasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Berlin – Der Minister reiste an.                 | 2
            Frankfurt am Main – Der Minister reiste an.      | 4
            Ried/Wien – Die Polizei warnt.                   | 4
            Der Minister sagte – nichts.                     | 0
            Berlin Potsdam Cottbus Leipzig Halle – Der Zug.  | 0
            """)
    void datelineOpeningTheLead(String text, int expected) {
        List<Token> t = QuoteTokenizer.tokenize(text, 0, text.length());
        assertThat(SpeakerPhrases.skipDateline(t, 0, t.size())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            (ÖVP) reiste an.          | 3
            (SPD, 54) sagte          | 5
            reiste an.               | 0
            (a b c d e f g) reiste   | 0
            (ÖVP                     | 0
            """)
    void shortBracket(String text, int expected) {
        List<Token> t = QuoteTokenizer.tokenize(text, 0, text.length());
        assertThat(SpeakerPhrases.skipBracket(t, 0, t.size())).isEqualTo(expected);
    }
}
