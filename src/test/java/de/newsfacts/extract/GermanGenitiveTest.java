package de.newsfacts.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link GermanGenitive}: genitive singular to nominative by the ending. */
class GermanGenitiveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministeriums  | Ministerium
            Kreuzes       | Kreuz
            Merkels       | Merkel
            Paris         | Paris
            Verbandes     | Verband
            Amtes         | Amt
            Reiches       | Reich
            Rates         | Rat
            Bundestages   | Bundestag
            Gerichtshofes | Gerichtshof
            Gebäudes      | Gebäude
            Komitees      | Komitee
            Unternehmens  | Unternehmen
            Verbands      | Verband
            Kongresses    | Kongress
            Bundeskriminalamtes | Bundeskriminalamt
            Kremls        | Kreml
            Campus        | Campus
            Chaos         | Chaos
            Gas           | Gas
            """)
    void stripsTheGenitiveEnding(String genitive, String base) {
        assertThat(GermanGenitive.strip(genitive)).isEqualTo(base);
    }
}
