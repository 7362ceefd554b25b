package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link CountryNames} on tagger output in {@link DocumentConsistencyTest}'s markup; names are invented. */
class CountryNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Die Niederlage {PER80 Mexikos} kam spät.; LOC:Mexikos
            {PER70 Angola} verlor.; LOC:Angola
            Die Fans {PER80 Frankreichs} jubelten.; LOC:Frankreichs
            Es sprach {PER90 Chad}.; PER:Chad
            Sie hat eine Tochter {PER80 Ireland}.; PER:Ireland
            {PER95 Mika Jordan} kam. || Dann sprach {PER80 Jordan}.; PER:Mika Jordan | PER:Jordan
            Es sprach {PER90 Anna Berg}.; PER:Anna Berg
            Er spielte für die {LOC80 Austria} und Sturm.; ORG:Austria
            Er spielte in {LOC80 Austria} und für die {LOC80 Schweiz}.; LOC:Austria | LOC:Schweiz
            """)
    void makesACountryTakenForAPersonAPlace(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                CountryNames.apply(text, raw, mentions, SharedGazetteer.get()))).isEqualTo(expected);
    }
}
