package de.newsfacts.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The evaluation's reading of a gold role phrase as the person introduced with that title. */
class WikinewsSpeakerScorerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            die Ministerin|Bundesbildungsministerin Annette Schavan stellte die Studie vor.|die Ministerin|Annette Schavan|true
            die Ministerin|Ministerin Schavan (CDU) stellte die Studie vor.|die Ministerin|Annette Schavan|true
            der Präsident|Man dankte dem Präsidenten Karl Huber.|der Präsident|Karl Huber|true
            der Ermittler|Der Ausweis wurde von den Ermittlern Huber zugeordnet.|der Ermittler|Huber|false
            die Ministerin|Ministerin Schavan traf Ministerin Zypries.|die Ministerin|Annette Schavan|false
            die Ministerin|Annette Schavan stellte die Studie vor.|die Ministerin|Annette Schavan|false
            das Gericht|Das Bundesverwaltungsgericht entschied.|das Gericht|Bundesverwaltungsgericht|true
            das Gericht|Das Landgericht und das Bundesverwaltungsgericht entschieden.|das Gericht|Bundesverwaltungsgericht|false
            Annette Schavan|Bundesbildungsministerin Annette Schavan stellte die Studie vor.|Annette Schavan|Annette Schavan|true
            """)
    void bareRoleAcceptsTheOneTitledName(String gold, String before, String unused, String ours, boolean accepted) {
        var ok = new java.util.HashSet<>(EvaluateWikinewsQuotes.titledName(gold, before));
        if (!gold.startsWith("der ") && !gold.startsWith("die ") && !gold.startsWith("das ")) {
            ok.add(String.join(" ", EvaluateWikinewsQuotes.tokens(gold)));
        }
        assertThat(EvaluateWikinewsQuotes.speakerMatches(ours, ok)).isEqualTo(accepted);
    }

    /** indirect15: a quoted name inside the gold speaker is accepted whole. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Angaben des Magazins „Der Spiegel“|Der Spiegel|true
            Angaben des Magazins „Der Spiegel“|Magazin|true
            Angaben des Magazins „Der Spiegel“|Spiegel Online|false
            """)
    void quotedNameInGoldSpeakerIsAccepted(String gold, String ours, boolean accepted) {
        assertThat(EvaluateWikinewsQuotes.speakerMatches(ours, EvaluateWikinewsQuotes.acceptedStrings(gold)))
                .isEqualTo(accepted);
    }
}
