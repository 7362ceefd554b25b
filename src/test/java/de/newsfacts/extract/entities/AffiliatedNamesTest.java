package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AffiliatedNames} on tagger output in {@link DocumentConsistencyTest}'s markup; names are invented. */
class AffiliatedNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Das sagte {PER90 Fraser Kyme von Bromix} am Montag.; PER:Fraser Kyme
            Das sagte {PER90 Greta Wachmann vom Naturbund} am Montag.; PER:Greta Wachmann
            {ORG80 Alarmio} wächst. || Das sagte {PER90 Ricardo Cassado von Alarmio} heute.; ORG:Alarmio | PER:Ricardo Cassado | ORG:Alarmio
            Es sprach {PER90 Richard von Waldsäcker}.; PER:Richard von Waldsäcker
            Es sprach {PER90 Johann Lukas von Hilbrandt}.; PER:Johann Lukas von Hilbrandt
            Es sprach {PER90 Claus Graf von Staufenau}.; PER:Claus Graf von Staufenau
            Es sprach {PER90 Christian Freiherr von Stetting}.; PER:Christian Freiherr von Stetting
            Es sprach {PER90 Kyme Fraser von Bromix}.; PER:Kyme Fraser von Bromix
            Es regierte {PER90 Friedrich II. von Preußen}.; PER:Friedrich II. von Preußen
            Es lebte {PER90 Amalie Zephyra von Hohenberg-Sigmar} dort.; PER:Amalie Zephyra von Hohenberg-Sigmar
            Es lebte {PER90 Amalie Zephyra von Oldenburg} dort.; PER:Amalie Zephyra von Oldenburg
            Es regierte {PER90 Heinrich IV von Kastell}.; PER:Heinrich IV von Kastell
            Es sprach {PER90 Anna Maria Berg von Bromix}.; PER:Anna Maria Berg von Bromix
            Es sprach {PER90 Anna Berg vonseiten} der Firma.; PER:Anna Berg vonseiten
            """)
    void cutsAPersonsNameBeforeItsOrganisation(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                AffiliatedNames.apply(text, raw, mentions, SharedGazetteer.get()))).isEqualTo(expected);
    }
}
