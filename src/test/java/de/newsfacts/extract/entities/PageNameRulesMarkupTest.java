package de.newsfacts.extract.entities;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules of {@link PageNameRules} on tagger output in {@link DocumentConsistencyTest}'s markup; names are invented. */
class PageNameRulesMarkupTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.fromClasspath();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Das berichtete die {ORG90 BBC Mittwochfrüh}.; ORG:BBC
            Das berichtete die {ORG90 Welt am Sonntag}.; ORG:Welt am Sonntag
            Das berichtete die {ORG90 Welt am Sonnabend}.; ORG:Welt am Sonnabend
            Das entschied der {ORG90 Weltfußballverband Fifa}.; ORG:Fifa
            Das Stadion {PER80 Tokios} ist teuer, sagte er in {LOC90 Tokio}.; LOC:Tokios | LOC:Tokio
            Er spielt für {ORG90 Dynamo Kiew}. {PER80 Dynamo} war gut für mich.; ORG:Dynamo Kiew | ORG:Dynamo
            Juncker sagt {PER80 Mittal} den Kampf an. Die Übernahme durch {ORG90 Mittal Steel} droht.; PER:Mittal | ORG:Mittal Steel
            {PER80 Anna} sprach mit {ORG90 Anna Bau GmbH}.; PER:Anna | ORG:Anna Bau GmbH
            """)
    void repairsMentions(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                PageNameRules.apply(text, raw, mentions, gazetteer))).isEqualTo(expected);
    }
}
