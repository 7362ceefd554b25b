package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link EnglishOfNames} on tagger output in {@link DocumentConsistencyTest}'s markup; names are invented. */
class EnglishOfNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Laut der {ORG90 Royal Academy} of Public Health ist das so.; ORG:Royal Academy of Public Health
            Die {ORG90 Bank} of {LOC90 Nordland} zahlt.; ORG:Bank of Nordland
            Das {ORG90 Film Board of} {LOC90 Nordland} zeigt.; ORG:Film Board of Nordland
            Die Serie {MISC80 Game} of the Old Kings läuft.; MISC:Game of the Old Kings
            Das {ORG90 Office} of Trade and Industry prüft.; ORG:Office of Trade and Industry
            Sie ist {PER90 Anna Berg} of Counsel bei uns.; PER:Anna Berg
            Das ist {ORG90 Nordwerk} of course gut.; ORG:Nordwerk
            Die Perle kam aus Western {LOC99 Nordland}.; LOC:Western Nordland
            Er fuhr mit {PER99 Anna West} {LOC99 Nordland} ab.; PER:Anna West | LOC:Nordland
            Es regnet in West{LOC99 Nordland}.; LOC:Nordland
            """)
    void extendsOverOf(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                EnglishOfNames.apply(text, sentences, raw, mentions))).isEqualTo(expected);
    }
}
