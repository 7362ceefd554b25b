package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PossessiveNames} on tagger output in {@link DocumentConsistencyTest}'s markup; names are invented. */
class PossessiveNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            {PER90 Anna Berg} siegte. || Das schmälert {ORG60 Bergs Chancen}.; PER:Anna Berg | PER:Bergs
            {PER90 Otto Kral} kam. || Das sagt {ORG80 Krals Velopartei} zur {ORG90 Velopartei}.; PER:Otto Kral | PER:Krals | ORG:Velopartei | ORG:Velopartei
            Das Werk {PER80 Krals Kral} steht.; PER:Krals Kral
            Das sagte {ORG80 Nordwerks Chef}.; ORG:Nordwerks Chef
            "{MISC80 Krals Bücher}" mit {PER90 Otto Kral} läuft.; MISC:Krals Bücher | PER:Otto Kral
            """)
    void cutsAPersonsGenitiveOffTheNounAfterIt(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                PossessiveNames.apply(text, sentences, raw, mentions))).isEqualTo(expected);
    }
}
