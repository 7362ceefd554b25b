package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link DatelinePlaces} on tagger output in {@link DocumentConsistencyTest}'s markup; people are invented. */
class DatelinePlacesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Musiker gestorben. || {PER99 Sydney} – Der Produzent ist tot.; LOC:Sydney
            Andrang an der Grenze. || {PER50 Spielfeld/Šentilj/Bad Radkersburg} – Ein ruhiger Tag.; LOC:Spielfeld | LOC:Šentilj | LOC:Bad Radkersburg
            Schwere Unwetter. || Neusiedl am See/Eisenstadt – Der Sturm zog ab.; LOC:Neusiedl am See | LOC:Eisenstadt
            Neue Brücke. || Frankfurt/Main – Die Stadt baut.; LOC:Frankfurt/Main
            Ehrung widerrufen. || Er sprach. || Dann kam es anders. || {PER99 Lorenz} – übrigens Ehrenpräsident – lehnte ab.; PER:Lorenz
            Neuer Roman. || Von {PER99 Anna Berg} – Die Geschichte beginnt.; PER:Anna Berg
            {PER99 Berg} – Die Kanzlerin reist.; PER:Berg
            Neue Umfahrung. || Traiskirchen (APA) – Der Gemeinderat stimmte zu.; LOC:Traiskirchen
            Neue Umfahrung. || {PER99 Hans Berg} (SPD) – Der Gemeinderat stimmte zu.; PER:Hans Berg
            Freitag, 8. Februar || {ORG99 Eintracht Frankfurt} – {ORG99 Arminia Bielefeld} 2 : 1; ORG:Eintracht Frankfurt | ORG:Arminia Bielefeld
            """)
    void makesDatelinesPlaces(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                DatelinePlaces.apply(text, sentences, raw, mentions))).isEqualTo(expected);
    }
}
