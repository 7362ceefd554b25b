package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link QuotedTitles}' unquoted titles on tagger output in {@link DocumentConsistencyTest}'s markup; invented names. */
class QuotedTitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Er spielte in der US-Serie {ORG99 Silver Lake}. || {ORG99 Silver Lake} lief lange.; MISC:Silver Lake | MISC:Silver Lake
            Der Kurzfilm {PER99 Nora} lief. || {PER99 Nora} lachte.; MISC:Nora | PER:Nora
            Wie die US-Serien {ORG99 Silver Lake} oder Moor.; MISC:Silver Lake
            Das wird der US-Hit {ORG99 Silver Lake}.; MISC:Silver Lake
            Es geht um die Mordserien {LOC99 Seewald}.; LOC:Seewald
            Er siegte in der Rennserie {LOC99 Europas}.; LOC:Europas
            Der Kurzfilm {PER99 Kony} 2012 lief.; PER:Kony
            Es geht um die Mordserie {LOC99 Seewald}.; LOC:Seewald
            Im Animationsfilm {LOC99 Kanada} ist alles anders.; LOC:Kanada
            Das stand im Roman {PER99 Huber} nicht.; PER:Huber
            """)
    void makesUnquotedTitlesMisc(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                QuotedTitles.apply(text, sentences, raw, mentions, Gazetteer.fromClasspath()))).isEqualTo(expected);
    }
}
