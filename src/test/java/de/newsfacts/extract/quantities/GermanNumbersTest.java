package de.newsfacts.extract.quantities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GermanNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.000        | 1000
            14,5         | 14.5
            1.234,56     | 1234.56
            1.000.000    | 1000000
            0,5          | 0.5
            26           | 26
            1,234        | 1.234
            20.11.2025   | NaN
            14.30        | NaN
            2.5          | NaN
            1.10         | NaN
            1234.567     | NaN
            1,2,3        | NaN
            """)
    void numerals(String literal, double expected) {
        double v = GermanNumerals.parse(literal);
        if (Double.isNaN(expected)) {
            assertThat(v).isNaN();
        } else {
            assertThat(v).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zwei                     | 2
            zwölf                    | 12
            siebzehn                 | 17
            zwanzig                  | 20
            dreißig                  | 30
            einundzwanzig            | 21
            neunundneunzig           | 99
            hundert                  | 100
            einhundert               | 100
            zweihundert              | 200
            zweihundertfünfzig       | 250
            tausend                  | 1000
            dreitausendvierhundert   | 3400
            zwölftausend             | 12000
            eineinhalb               | 1.5
            anderthalb               | 1.5
            zweieinhalb              | 2.5
            ein                      | NaN
            eine                     | NaN
            eins                     | NaN
            einer                    | NaN
            dritte                   | NaN
            zwanzigsten              | NaN
            zweier                   | NaN
            elfmeter                 | NaN
            hundertste               | NaN
            """)
    void numberWords(String word, double expected) {
        double v = GermanNumberWords.parse(word);
        if (Double.isNaN(expected)) {
            assertThat(v).isNaN();
        } else {
            assertThat(v).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            14 000                 | 2
            rund 14,5 %            | 3
            Mi-17 F-16 G7          | 3
            45 Mio. Euro           | 4
            20.11.2025             | 1
            28-Punkte-Plan         | 3
            """)
    void tokenCounts(String text, int count) {
        assertThat(QuantityTokenizer.tokenize(text)).hasSize(count);
    }
}
