package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RegionNames} on tagger output in {@link DocumentConsistencyTest}'s markup; people are invented. */
class RegionNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Heute stellt Burgenlands Landeshauptmann {PER90 Anna Berg} sein Team vor.; LOC:Burgenlands | PER:Anna Berg
            Sie wohnt im Weinviertel.; LOC:Weinviertel
            Er fuhr durch Baden-Württemberg.; LOC:Baden-Württemberg
            Sie wohnt in {LOC90 Tirol}.; LOC:Tirol
            Die Werbung der Raiffeisen Niederösterreich wirkt.; ''
            Die Tirol Werbung wirbt.; ''
            Er kam mit dem Zug.; ''
            Das Harz der Kiefer klebt.; ''
            Die Schwaben feierten.; ''
            Sie reist in die Ex-Steiermark.; ''
            """)
    void addsListedRegions(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                RegionNames.apply(text, sentences, raw, mentions))).isEqualTo(expected == null ? "" : expected);
    }
}
