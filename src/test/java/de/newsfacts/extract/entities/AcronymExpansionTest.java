package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link AcronymExpansion} on tagger output written inline as in {@link DocumentConsistencyTest}. */
class AcronymExpansionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Dann half das Technische Hilfswerk ({ORG95 THW}) aus.; ORG:Technische Hilfswerk | ORG:THW
            Die Zentralanstalt für Meteorologie und Geodynamik ({ORG90 ZAMG}) warnt.; ORG:Zentralanstalt für Meteorologie und Geodynamik | ORG:ZAMG
            Kritik an Entscheidungen der Europäischen Zentralbank ({ORG90 EZB}) wächst.; ORG:Europäischen Zentralbank | ORG:EZB
            Die Deutsche Bahn ({ORG90 DB}) streicht Züge.; ORG:Deutsche Bahn | ORG:DB
            Das Institut für Wärme und Öltechnik ({ORG90 IWO}) fragte.; ORG:Institut für Wärme und Öltechnik | ORG:IWO
            Er trat der Alternative für Deutschland ({ORG90 AfD}) bei.; ORG:Alternative für Deutschland | ORG:AfD
            Die Weltgesundheitsorganisation ({ORG90 WHO}) warnt.; ORG:Weltgesundheitsorganisation | ORG:WHO
            Der Chef des Instituts der deutschen Wirtschaft ({ORG90 IW}) warnt.; ORG:Instituts der deutschen Wirtschaft | ORG:IW
            Die Zahl der vielen ({ORG90 VW}) sinkt.; ORG:VW
            Sie flog in die Vereinigten Arabischen Emirate ({LOC90 VAE}).; LOC:Vereinigten Arabischen Emirate | LOC:VAE
            Das sagte {PER95 Josef Gruber} ({ORG90 ÖVP}).; PER:Josef Gruber | ORG:ÖVP
            Das sagte Josef Gruber ({ORG90 ÖVP}).; ORG:ÖVP
            Die Kosten für ({ORG90 THW}) steigen.; ORG:THW
            Die {ORG95 Nordwerk Gruppe} ({ORG90 NWG}) wächst.; ORG:Nordwerk Gruppe | ORG:NWG
            Das Amt ({ORG90 Destatis}) meldet.; ORG:Destatis
            Die Zahl ({ORG90 THW}) steigt.; ORG:THW
            ({ORG90 THW}) zuerst.; ORG:THW
            Das {ORG80 Deutsche Zentrum} für Luft- und Raumfahrt ({ORG90 DLR}) funkt.; ORG:Deutsche Zentrum für Luft- und Raumfahrt | ORG:DLR
            Die {ORG80 Nordwerk Gruppe} in Linz ({ORG90 NWG}) wächst.; ORG:Nordwerk Gruppe | ORG:NWG
            Im Bereich SONDERPÄDAGOGISCHER FÖRDERBEDARF ({ORG60 SPF}) fehlt Geld.; ORG:SPF
            """)
    void nameBeforeBracketedAcronym(String markup, String expected) {
        assertThat(DocumentConsistencyTest.run(markup, AcronymExpansion::apply)).isEqualTo(expected);
    }
}
