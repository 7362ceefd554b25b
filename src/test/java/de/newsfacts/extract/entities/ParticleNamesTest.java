package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ParticleNames} on tagger output in {@link DocumentConsistencyTest}'s markup; names are invented. */
class ParticleNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Gewählt wurde {PER90 Anton Van} der Berghen.; PER:Anton Van der Berghen
            Gewählt wurde {PER90 Van} der Berghen.; PER:Van der Berghen
            Es sprach {PER90 Ulla von} der Heiden heute.; PER:Ulla von der Heiden
            Es sprach {PER90 Karl zu} {PER60 Lindenberg}.; PER:Karl zu Lindenberg
            Es sprach {PER90 Jan de} la Costa.; PER:Jan de la Costa
            Es sprach {PER90 Anna Berg} von der Bank.; PER:Anna Berg
            Er ging {PER90 Anna von} der aus.; PER:Anna von
            """)
    void extendsANameCutAtAParticle(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                ParticleNames.apply(text, sentences, raw, mentions))).isEqualTo(expected);
    }
}
