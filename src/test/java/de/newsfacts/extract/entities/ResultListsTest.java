package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ResultLists}, after {@link CountryCodes} as in the extractor, on tagger output in
 * {@link DocumentConsistencyTest}'s markup; names are invented.
 */
class ResultListsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Ergebnis: 1. {PER90 Anna Berg} (AUT) {MISC80 Radteam – 2}. Eva Holm (SWE) Velo.; PER:Anna Berg | LOC:AUT | ORG:Radteam | LOC:SWE
            Ergebnis: {MISC80 1. Anna Berg} (FRA) Velo.; PER:Anna Berg | LOC:FRA
            Ergebnis: {PER90 Anna Berg} {ORG80 (}ENG) Velo.; PER:Anna Berg | ORG:( | LOC:ENG
            Ergebnis: {PER90 Anna Berg} ({ORG80 ENG}) {PER70 Velo} 1:42,1 – 2. Eva Holm.; PER:Anna Berg | LOC:ENG | ORG:Velo
            Ergebnis: {ORG90 1. FC Velo} (GER) siegt.; ORG:1. FC Velo | LOC:GER
            Ergebnis: {MISC90 Velo 1:43,895 – 3}. Eva Holm.; MISC:Velo
            Die Partei {PER90 Anna Berg} (SPÖ) sprach.; PER:Anna Berg
            Ergebnisse: {MISC80 Nordhaven Bears – Velo Kings} 95:105, {LOC90 Berlin} {PER60 Velo Stars} – {LOC90 Wien} 3:2 n.V.; ORG:Nordhaven Bears | ORG:Velo Kings | ORG:Berlin Velo Stars | LOC:Wien
            Ergebnis: {PER90 Anna Berg} – {PER90 Eva Holm} 6:3.; PER:Anna Berg | PER:Eva Holm
            {LOC90 Wien} – {ORG80 Velo Kings} siegen 3:2.; LOC:Wien | ORG:Velo Kings
            {ORG80 Velo Kings} – {LOC80 Nordhaven} {PER70 Bears} 2:1 (1:0) {LOC90 Wien}.; ORG:Velo Kings | ORG:Nordhaven Bears | LOC:Wien
            """)
    void repairsResultLists(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) -> {
            CountryCodes.apply(text, sentences, raw, mentions);
            ResultLists.apply(text, sentences, raw, mentions, SharedGazetteer.get());
        })).isEqualTo(expected);
    }
}
