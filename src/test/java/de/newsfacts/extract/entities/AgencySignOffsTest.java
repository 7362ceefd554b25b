package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AgencySignOffs} on tagger output in {@link DocumentConsistencyTest}'s markup. */
class AgencySignOffsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Er gewann. (APA/sid/red – 11.7. 2015); ORG:APA | ORG:sid
            Er gewann. (APA/dpa, 14.5.2016); ORG:APA | ORG:dpa
            Er gewann. ({ORG90 APA}/dpa, 14.5.2016); ORG:APA | ORG:dpa
            Er gewann. (APA, 14.5.2016); ''
            Er gewann (Nordwerk/dpa).; ''
            Die Flut dauert an. (dpa/AFP); ORG:dpa | ORG:AFP
            Die Börse schloss fester. (APA/dpa-AFX); ORG:APA
            """)
    void tagsTheAgency(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                AgencySignOffs.apply(text, sentences, raw, mentions))).isEqualTo(expected == null ? "" : expected);
    }
}
