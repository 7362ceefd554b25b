package de.newsfacts.extract.entities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.structure.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class EntityExtractorTest {

    private static DocumentContext oneSentence(String text) {
        return new DocumentContext("d1", text, List.of(new Sentence("d1", 1, 1, text, 0, text.length())), null);
    }

    private static String describe(List<Entity> entities) {
        List<String> out = new ArrayList<>();
        for (Entity e : entities) out.add(e.label() + ":" + e.text() + "@" + e.charStart());
        return String.join(" ", out);
    }

    /** sentence; expected mentions "LABEL:text@charStart" that must all be found. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Bundeskanzler Olaf Scholz ist am Montag nach Paris gereist.; PER:Olaf Scholz@14 LOC:Paris@45",
            "Die Bundesregierung in Berlin hat den Bericht der Vereinten Nationen begrüßt.; LOC:Berlin@23 ORG:Vereinten Nationen@50",
            "Der Chef von Siemens, Roland Busch, sprach in München über die Zukunft.; ORG:Siemens@13 PER:Roland Busch@22 LOC:München@46",
            "Nach Angaben der Polizei in Hamburg wurde Anna Schmidt leicht verletzt.; LOC:Hamburg@28 PER:Anna Schmidt@42",
            "Russische Truppen haben in der Nacht erneut Ziele in der Ukraine angegriffen.; LOC:Ukraine@57",
    })
    void findsMentionsWithExactOffsets(String sentence, String expected) {
        List<Entity> entities = EntityExtractor.fromClasspath().extract(oneSentence(sentence));
        String found = describe(entities);
        for (String mention : expected.split(" (?=[A-Z]+:)")) assertThat(found).contains(mention);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"Ostern,LOC,true", "Weihnachten,ORG,true", "X,PER,true",
            "X,ORG,false", "Ostermann,PER,false", "Berg,PER,false", "SMS,ORG,true", "DVDs,PER,true", "RTR,ORG,false",
            "Airline,PER,true", "Airline,ORG,false"})
    void holidaysAndOneLetterPersonsAreNoNames(String text, String label, boolean dropped) {
        assertThat(EntityExtractor.notAName(text, label)).isEqualTo(dropped);
    }

    @Test
    void offsetsPointIntoTheDocumentAcrossSentences() {
        String s1 = "Die Regierung tagte.";
        String s2 = "Später reiste Emmanuel Macron nach Brüssel.";
        String text = s1 + " " + s2;
        int start2 = s1.length() + 1;
        DocumentContext doc = new DocumentContext("d2", text, List.of(
                new Sentence("d2", 1, 1, s1, 0, s1.length()),
                new Sentence("d2", 2, 1, s2, start2, text.length())), null);
        List<Entity> entities = EntityExtractor.fromClasspath().extract(doc);
        assertThat(describe(entities)).contains("PER:Emmanuel Macron@" + (start2 + 14)).contains("LOC:Brüssel@" + (start2 + 35));
        for (Entity e : entities) {
            assertThat(e.docId()).isEqualTo("d2");
            assertThat(e.sentenceNo()).isEqualTo(2);
            assertThat(e.source()).isEqualTo(EntityExtractor.SOURCE);
        }
    }

    @Test
    void genitiveMentionGetsCanonicalName() {
        List<Entity> entities = EntityExtractor.fromClasspath()
                .extract(oneSentence("Der Bürgermeister Kiews sprach mit Vertretern Frankreichs."));
        assertThat(entities).extracting(Entity::canonical).contains("Kiew", "Frankreich");
    }

    @Test
    void aGivenNameTakesTheNameOfTheFullMentionItOpens() {
        // "Walter" opens "Walter Kaltenbergers", whose own name before "Büro" is "Walter Kaltenberger"
        List<Entity> entities = EntityExtractor.fromClasspath().extract(oneSentence(
                "Walter Kaltenbergers Büro wurde am Montag geräumt, sagte Walter der Zeitung."));
        assertThat(entities).filteredOn(e -> e.label().equals("PER")).extracting(Entity::canonical)
                .containsOnly("Walter Kaltenberger");
    }

    @Test
    void modelLoadsOnceFromTheClasspath() {
        EntityExtractor first = EntityExtractor.fromClasspath();
        assertThat(first).isSameAs(EntityExtractor.fromClasspath());
        assertThat(EntityExtractor.class.getResource(EntityExtractor.MODEL_RESOURCE)).isNotNull();
    }

    @Test
    void emptyDocumentGivesNoEntities() {
        assertThat(EntityExtractor.fromClasspath().extract(new DocumentContext("e", "", List.of(), null))).isEmpty();
        assertThat(EntityExtractor.fromClasspath().extract(oneSentence(""))).isEmpty();
    }

    @Test
    void randomInputKeepsTheOffsetInvariant() {
        Random random = new Random(3);
        String[] words = {"Berlin", "der", "Müller", "sagte", ",", ".", "„", "“", "EU-Kommission", "Kiews", "1.000", "z.B.",
                "NATO", "in", "Ab", "\u00a0", "\n", "Dr.", "(", ")", "xY", "ü"};
        EntityExtractor extractor = EntityExtractor.fromClasspath();
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder("  ");
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) sb.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            String sentence = sb.toString();
            String text = "Vorwort. " + sentence;
            DocumentContext doc = new DocumentContext("r", text,
                    List.of(new Sentence("r", 1, 1, sentence, 9, text.length())), null);
            for (Entity e : extractor.extract(doc)) {
                assertThat(text.substring(e.charStart(), e.charEnd())).isEqualTo(e.text());
                assertThat(e.charStart()).isGreaterThanOrEqualTo(9);
                assertThat(e.label()).isIn("PER", "LOC", "ORG", "MISC");
                assertThat(e.confidence()).isBetween(0.0, 1.0);
                assertThat(e.canonical()).isNotBlank();
            }
        }
    }
}
