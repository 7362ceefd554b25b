package de.newsfacts.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentStructurerTest {

    private final DocumentStructurer structurer = new DocumentStructurer();

    private static List<BlockKind> kinds(StructuredDocument doc) {
        return doc.blocks().stream().map(Block::kind).toList();
    }

    private static List<String> texts(StructuredDocument doc) {
        return doc.blocks().stream().map(Block::text).toList();
    }

    @Test
    void lineLayoutWithoutBlankLines() {
        String input = """
                Stadt plant neue Radwege
                Die Stadt will bis 2030 rund 40 Kilometer neue Radwege bauen. Das kündigte der Bürgermeister an.
                Kritik kommt von der Opposition, die den Zeitplan für unrealistisch hält.
                Kosten und Finanzierung
                Die Kosten werden auf ca. 12 Mio. Euro geschätzt. Der Bund soll einen Teil übernehmen.
                Die Pläne im Überblick
                - Ausbau der Hauptachsen bis 2027
                - Neue Fahrradstraßen in der Innenstadt
                Teilen
                Foto: dpa
                Der Stadtrat entscheidet am 3. Dezember über das Vorhaben.""";
        StructuredDocument doc = structurer.structure("d1", input);
        StructureInvariants.assertOffsets(doc);
        assertThat(kinds(doc)).containsExactly(BlockKind.TITLE, BlockKind.LEAD, BlockKind.PARAGRAPH,
                BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM,
                BlockKind.BOILERPLATE, BlockKind.BOILERPLATE, BlockKind.PARAGRAPH);
        assertThat(doc.title()).isEqualTo("Stadt plant neue Radwege");
        assertThat(doc.blocks().get(6).text()).isEqualTo("Ausbau der Hauptachsen bis 2027");
        assertThat(doc.blocks().get(0).section()).isNull();
        assertThat(doc.blocks().get(3).section()).isNull();
        assertThat(doc.blocks().get(4).section()).isEqualTo("Kosten und Finanzierung");
        assertThat(doc.blocks().get(5).section()).isEqualTo("Kosten und Finanzierung");
        assertThat(doc.blocks().get(6).section()).isEqualTo("Die Pläne im Überblick");
        assertThat(doc.blocks().get(10).section()).isEqualTo("Die Pläne im Überblick");
        assertThat(doc.text()).doesNotContain("Teilen").doesNotContain("Foto: dpa")
                .contains("- Ausbau der Hauptachsen bis 2027\n- Neue Fahrradstraßen")
                .endsWith("Neue Fahrradstraßen in der Innenstadt\nDer Stadtrat entscheidet am 3. Dezember über das Vorhaben.");
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly(
                "Stadt plant neue Radwege",
                "Die Stadt will bis 2030 rund 40 Kilometer neue Radwege bauen.",
                "Das kündigte der Bürgermeister an.",
                "Kritik kommt von der Opposition, die den Zeitplan für unrealistisch hält.",
                "Kosten und Finanzierung",
                "Die Kosten werden auf ca. 12 Mio. Euro geschätzt.",
                "Der Bund soll einen Teil übernehmen.",
                "Die Pläne im Überblick",
                "Ausbau der Hauptachsen bis 2027",
                "Neue Fahrradstraßen in der Innenstadt",
                "Der Stadtrat entscheidet am 3. Dezember über das Vorhaben.");
        assertThat(doc.sentences()).extracting(Sentence::blockNo).containsExactly(1, 2, 2, 3, 4, 5, 5, 6, 7, 8, 11);
    }

    @Test
    void paragraphLayoutWithBlankLinesJoinsLinesOfAParagraph() {
        String input = """
                Stadt plant neue Radwege

                Die Stadt will bis 2030 rund 40 Kilometer
                neue Radwege bauen. Das kündigte der
                Bürgermeister am Montag an.

                Kosten und Finanzierung

                Die Kosten werden auf 12 Millionen Euro
                geschätzt.

                - Ausbau der Hauptachsen
                - Neue Fahrradstraßen

                Anzeige

                Der Stadtrat entscheidet im Dezember.""";
        StructuredDocument doc = structurer.structure("d2", input);
        StructureInvariants.assertOffsets(doc);
        assertThat(kinds(doc)).containsExactly(BlockKind.TITLE, BlockKind.LEAD, BlockKind.HEADING,
                BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.BOILERPLATE,
                BlockKind.PARAGRAPH);
        assertThat(doc.blocks().get(1).text()).isEqualTo(
                "Die Stadt will bis 2030 rund 40 Kilometer\nneue Radwege bauen. Das kündigte der\n"
                        + "Bürgermeister am Montag an.");
        assertThat(doc.blocks().get(3).text()).isEqualTo("Die Kosten werden auf 12 Millionen Euro\ngeschätzt.");
        assertThat(doc.blocks().get(3).section()).isEqualTo("Kosten und Finanzierung");
        // blank lines between blocks are kept; the boilerplate line and one blank line around it are gone
        assertThat(doc.text()).isEqualTo(input.replace("\n\nAnzeige", ""));
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly(
                "Stadt plant neue Radwege",
                "Die Stadt will bis 2030 rund 40 Kilometer\nneue Radwege bauen.",
                "Das kündigte der\nBürgermeister am Montag an.",
                "Kosten und Finanzierung",
                "Die Kosten werden auf 12 Millionen Euro\ngeschätzt.",
                "Ausbau der Hauptachsen",
                "Neue Fahrradstraßen",
                "Der Stadtrat entscheidet im Dezember.");
    }

    @Test
    void paragraphLayoutWithOneLinePerParagraph() {
        String input = "Titel der Meldung\n\nErster Absatz mit einem Satz.\n\nZweiter Absatz mit einem Satz.\n";
        StructuredDocument doc = structurer.structure("d3", input);
        StructureInvariants.assertOffsets(doc);
        assertThat(kinds(doc)).containsExactly(BlockKind.TITLE, BlockKind.LEAD, BlockKind.PARAGRAPH);
        assertThat(doc.text()).isEqualTo(input.strip());
    }

    @Test
    void headingDirectlyAboveItsParagraphInParagraphLayout() {
        String input = "Titel der Meldung\n\nDer erste Absatz erzählt, was geschah.\n\n"
                + "Wie es weitergeht\nDer zweite Absatz ist deutlich länger als seine Überschrift davor.";
        StructuredDocument doc = structurer.structure("d4", input);
        StructureInvariants.assertOffsets(doc);
        assertThat(kinds(doc)).containsExactly(BlockKind.TITLE, BlockKind.LEAD, BlockKind.HEADING,
                BlockKind.PARAGRAPH);
        assertThat(doc.blocks().get(3).section()).isEqualTo("Wie es weitergeht");
    }

    @Test
    void longLinesInParagraphLayoutAreNotJoined() {
        String longLine = "Dies ist ein sehr langer Absatz, der offensichtlich nicht hart umbrochen wurde, "
                + "weil er deutlich länger ist als jede übliche Zeilenbreite in Textdateien.";
        String input = "Titel\n\n" + longLine + "\n" + longLine + "\n\nSchluss.";
        StructuredDocument doc = structurer.structure("d5", input);
        StructureInvariants.assertOffsets(doc);
        assertThat(kinds(doc)).containsExactly(BlockKind.TITLE, BlockKind.LEAD, BlockKind.PARAGRAPH,
                BlockKind.PARAGRAPH);
    }

    @Test
    void numberedListNeedsANumberedNeighbour() {
        String input = "Die Lage\n1. FC Köln gewinnt das Derby gegen Mönchengladbach deutlich.\n"
                + "Die Forderungen:\n1. Mehr Geld für Schulen\n2. Kleinere Klassen\n3) Mehr Lehrkräfte";
        StructuredDocument doc = structurer.structure("d6", input);
        StructureInvariants.assertOffsets(doc);
        assertThat(kinds(doc)).containsExactly(BlockKind.TITLE, BlockKind.LEAD, BlockKind.PARAGRAPH,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.LIST_ITEM);
        assertThat(texts(doc).subList(3, 6)).containsExactly("Mehr Geld für Schulen", "Kleinere Klassen",
                "Mehr Lehrkräfte");
        assertThat(doc.blocks().get(1).text()).startsWith("1. FC Köln");
    }

    @Test
    void noTitleWhenFirstLineIsASentence() {
        String input = "Wien – Die Gewerkschaft sieht Handlungsbedarf. Sie fordert mehr Transparenz.\n"
                + "Ein zweiter Absatz folgt.";
        StructuredDocument doc = structurer.structure("d7", input);
        StructureInvariants.assertOffsets(doc);
        assertThat(doc.title()).isNull();
        assertThat(kinds(doc)).containsExactly(BlockKind.LEAD, BlockKind.PARAGRAPH);
    }

    @Test
    void bylineAndDateLinesAreNeitherHeadingNorLead() {
        String input = "Stadt plant neue Radwege\nVon Erika Musterfrau\nStand: 20.11.2025, 14:30 Uhr\n"
                + "Die Stadt will bis 2030 rund 40 Kilometer neue Radwege bauen.\nMehr folgt später im Jahr.";
        StructuredDocument doc = structurer.structure("d8", input);
        StructureInvariants.assertOffsets(doc);
        assertThat(kinds(doc)).containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH,
                BlockKind.LEAD, BlockKind.PARAGRAPH);
    }

    @Test
    void headingNeedsALongerFollower() {
        String input = "Titel\nEin Absatz, der lang genug ist, um als Lead zu gelten.\nKurze Zeile ohne Punkt\nKurz\n"
                + "Letzte Zeile ohne Punkt";
        StructuredDocument doc = structurer.structure("d9", input);
        StructureInvariants.assertOffsets(doc);
        assertThat(kinds(doc)).doesNotContain(BlockKind.HEADING);
    }

    @Test
    void quoteEndsInsideQuotationMarks() {
        StructuredDocument doc = structurer.structure("d10",
                "Er sagte: „Wir kommen.“ Dann ging er. „Kommt ihr?“, fragte sie.");
        assertThat(doc.sentences()).extracting(Sentence::text).containsExactly("Er sagte: „Wir kommen.“",
                "Dann ging er.", "„Kommt ihr?“, fragte sie.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\n\n\n", " \t \n "})
    void emptyInputGivesEmptyDocument(String input) {
        StructuredDocument doc = structurer.structure("empty", input);
        assertThat(doc.text()).isEmpty();
        assertThat(doc.title()).isNull();
        assertThat(doc.blocks()).isEmpty();
        assertThat(doc.sentences()).isEmpty();
    }

    @Test
    void nullInputIsTreatedAsEmpty() {
        assertThat(structurer.structure("null", null).blocks()).isEmpty();
    }

    @Test
    void onlyBoilerplate() {
        StructuredDocument doc = structurer.structure("bp", "Teilen\nDrucken\n\n[…] Ein Link […]\n© 2025 Verlag");
        StructureInvariants.assertOffsets(doc);
        assertThat(doc.text()).isEmpty();
        assertThat(doc.title()).isNull();
        assertThat(doc.sentences()).isEmpty();
        assertThat(kinds(doc)).containsOnly(BlockKind.BOILERPLATE).hasSize(4);
    }

    @Test
    void singleLineWithoutPeriodIsTitle() {
        StructuredDocument doc = structurer.structure("t", "Eilmeldung aus Berlin");
        StructureInvariants.assertOffsets(doc);
        assertThat(doc.title()).isEqualTo("Eilmeldung aus Berlin");
        assertThat(doc.sentences()).hasSize(1);
    }

    @Test
    void leadingIndentationAndWindowsLineEndsKeepOffsetsExact() {
        StructuredDocument doc = structurer.structure("ws", "  Titel  \r\n\r\n   Ein Absatz.\r\n  - Punkt\r\n");
        StructureInvariants.assertOffsets(doc);
        assertThat(texts(doc)).containsExactly("Titel", "Ein Absatz.", "Punkt");
    }

    @Test
    void randomInputNeverThrowsAndKeepsOffsets() {
        Random random = new Random(7);
        String[] pieces = {"Titel", "Ein Satz.", " ", "\n", "\n\n", "- ", "1. ", "2. ", "a) ", "[…] x […]",
                "Teilen", "Foto: dpa", "„Zitat.“", "Dr. ", "am 3. Mai", "?", "!", "…", "\t", "Von Max Muster",
                "ä", "x", "Überschrift ohne Punkt", "\r"};
        for (int round = 0; round < 1000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(8) == 0) {
                    sb.append((char) random.nextInt(0x2100));
                } else {
                    sb.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            StructuredDocument doc = structurer.structure("r" + round, sb.toString());
            StructureInvariants.assertOffsets(doc);
        }
    }

    @Test
    void isDeterministic() {
        String input = "Titel\nEin Absatz. Noch einer.\nÜberschrift hier\nLanger Text folgt hier unten.";
        assertThat(structurer.structure("a", input)).isEqualTo(new DocumentStructurer().structure("a", input));
    }
}
