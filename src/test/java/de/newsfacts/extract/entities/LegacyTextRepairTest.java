package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LegacyTextRepairTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Auswir\u00adkungen; Auswirkungen",
            "\u0096; –",
            "5\u0080; 5€",
            "Hardenberg\u0092schen; Hardenberg’schen",
            "Sa\u009aa; Saša",
            "a\u200eb; ab",
            "Kiew; Kiew",
    })
    void repairs(String input, String expected) {
        assertThat(LegacyTextRepair.repair(input)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void composesToNfc() {
        assertThat(LegacyTextRepair.repair("Mu\u0308ller")).isEqualTo("Müller");
    }
}
