package de.newsfacts.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockSegmenterTest {

    private final BlockSegmenter segmenter = new BlockSegmenter();

    /** Input with {@code \n} escapes -> block kinds, space separated. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            Titel\\nEin Absatz.                                          => title lead
            Ein Satz mit Punkt.\\nNoch einer.                            => lead paragraph
            Titel mit Doppelpunkt:\\nEin Absatz.                         => lead paragraph
            Titel\\nEin Absatz hier.\\nÜberschrift\\nEin längerer Absatz danach. => title lead heading paragraph
            Titel\\nEin Absatz hier.\\nÜberschrift\\n- Punkt eins\\n- Punkt zwei => title lead heading list_item list_item
            Titel\\n* Stern\\n• Punkt\\n– Strich\\n· Mittelpunkt           => title list_item list_item list_item list_item
            Titel\\na) erstens\\nb) zweitens\\n1) eins                   => title list_item list_item list_item
            Titel\\n1. Eins\\n2. Zwei                                    => title list_item list_item
            Titel\\n1. FC Köln gewinnt das Derby klar und deutlich.        => title lead
            Titel\\nEin Absatz.\\nFrage ohne Antwort?\\nEin längerer Absatz danach. => title lead paragraph paragraph
            Titel\\nEin Absatz.\\nZu kurz gefolgt\\nKurz                 => title lead paragraph paragraph
            Teilen\\nTitel\\nEin Absatz.\\nFoto: dpa                     => boilerplate title lead boilerplate
            Titel\\n\\nZeile eins des Absatzes\\nzeile zwei.\\n\\nNoch ein Absatz. => title lead paragraph
            Titel\\n\\nEin Absatz.\\n\\n[…] Verlinkter Artikel […]       => title lead boilerplate
            Titel\\nVon Max Mustermann\\nEin Absatz mit Inhalt.           => title paragraph lead
            Titel\\nEin Absatz,\\nder weitergeht.                         => title lead
            """)
    void kinds(String input, String expectedKinds) {
        String text = input.replace("\\n", "\n");
        String kinds = segmenter.segment(text).stream().map(s -> s.kind().code()).collect(Collectors.joining(" "));
        assertThat(kinds).isEqualTo(expectedKinds);
        for (BlockSegmenter.Segment s : segmenter.segment(text)) {
            assertThat(text.substring(s.textStart(), s.textEnd())).isEqualTo(s.text());
            assertThat(s.spanStart()).isLessThanOrEqualTo(s.textStart());
        }
    }
}
