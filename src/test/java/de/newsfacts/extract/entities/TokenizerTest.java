package de.newsfacts.extract.entities;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    static String tokens(String text) {
        Tokenizer.TokenSpans spans = Tokenizer.german().tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) out.add(text.substring(spans.start(i), spans.end(i)));
        return String.join("|", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Die EU-Verordnung gilt.; Die|EU-Verordnung|gilt|.",
            "Dr. Müller kam z.B. gestern.; Dr|.|Müller|kam|z.B.|gestern|.",
            "Prof. Dr.-Ing. Anna Berg; Prof|.|Dr.-Ing|.|Anna|Berg",
            "Er zahlte 4 Mrd. Euro, bzw. ca. 5 Mio. Dollar.; Er|zahlte|4|Mrd|.|Euro|,|bzw.|ca.|5|Mio|.|Dollar|.",
            "Das Spiel in St. Pölten; Das|Spiel|in|St.|Pölten",
            "Es kostet 1.000,5 Euro, sagte er.; Es|kostet|1.000,5|Euro|,|sagte|er|.",
            "Am 24. Februar 2022 begann der Krieg.; Am|24.|Februar|2022|begann|der|Krieg|.",
            "Das war 2022.; Das|war|2022|.",
            "„Wir bleiben“, sagte Selenskyj.; „|Wir|bleiben|“|,|sagte|Selenskyj|.",
            "Er (61) lebt in Kiew.; Er|(|61|)|lebt|in|Kiew|.",
            "Papst Johannes Paul II. starb.; Papst|Johannes|Paul|II.|starb|.",
            "Was nun?; Was|nun|?",
            "Er wartet...; Er|wartet|...",
            "Um 12:30 Uhr: Treffen; Um|12:30|Uhr|:|Treffen",
            "Mecklenburg- und Vorpommern; Mecklenburg-|und|Vorpommern",
            "Hardenberg’schen Reformen; Hardenberg’schen|Reformen",
            "siehe www.heise.de.; siehe|www.heise.de|.",
            "Das Ergebnis: 3:1 für Bayern; Das|Ergebnis|:|3:1|für|Bayern",
    })
    void tokenizes(String input, String expected) {
        assertThat(tokens(input)).isEqualTo(expected);
    }

    @Test
    void emptyAndBlankInputGiveNoTokens() {
        assertThat(Tokenizer.german().tokenize("").size()).isZero();
        assertThat(Tokenizer.german().tokenize(" \n\t\u00a0").size()).isZero();
    }

    @Test
    void randomInputGivesOrderedNonEmptyTokensWithoutSpaces() {
        Random random = new Random(1);
        String alphabet = "aB1 .,;:-„“\"'’()…\u00a0\nÄöß/?!";
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(40);
            for (int i = 0; i < len; i++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = sb.toString();
            Tokenizer.TokenSpans spans = Tokenizer.german().tokenize(text);
            int last = 0;
            for (int i = 0; i < spans.size(); i++) {
                assertThat(spans.start(i)).isGreaterThanOrEqualTo(last);
                assertThat(spans.end(i)).isGreaterThan(spans.start(i)).isLessThanOrEqualTo(text.length());
                for (int k = spans.start(i); k < spans.end(i); k++) assertThat(Tokenizer.isSpace(text.charAt(k))).isFalse();
                last = spans.end(i);
            }
        }
    }
}
