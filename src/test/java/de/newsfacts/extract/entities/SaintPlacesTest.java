package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SaintPlaces} on tagger output in {@link DocumentConsistencyTest}'s markup; names are invented. */
class SaintPlacesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Er zog nach St. Pölten um.; LOC:St. Pölten
            Sie wohnt in St. {PER80 Moritz} am See.; LOC:St. Moritz
            Das Fest ist in St. {PER70 Johann} im {LOC90 Pongau} zu Gast.; LOC:St. Johann im Pongau
            St. Pölten – Die Grünen wollen mehr.; LOC:St. Pölten
            Er spielt für {ORG90 SKN St. Pölten} gut.; ORG:SKN St. Pölten
            Das Skript schrieb Thania St. John allein.; ''
            Der Landtag in St. Pöltner Art tagt.; ''
            Er wartet bis zum Sankt Nimmerleinstag.; ''
            Der gebürtige St. Pöltner lacht.; ''
            Er bekam den St. Martinsorden in Gold.; ''
            """)
    void tagsSaintPlaces(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                SaintPlaces.apply(text, sentences, raw, mentions))).isEqualTo(expected == null ? "" : expected);
    }
}
