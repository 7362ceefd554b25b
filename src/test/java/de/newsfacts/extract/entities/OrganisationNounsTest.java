package de.newsfacts.extract.entities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.normalize.TextNormalizer;
import de.newsfacts.structure.DocumentStructurer;
import de.newsfacts.structure.StructuredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link OrganisationNouns}: constructed sentences, invented names. */
class OrganisationNounsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            Autozulieferer,   true
            Konzern,          true
            Energiekonzerns,  true
            Chipherstellern,  true
            Nachrichtenagentur, true
            Online-Magazin,   true
            US-Band,          true
            Rockband,         true
            Gedichtband,      false
            Produzent,        false
            Minister,         false
            konzern,          false
            '',               false
            """)
    void organisationNoun(String word, boolean expected) {
        assertThat(OrganisationNouns.isOrganisationNoun(word)).isEqualTo(expected);
    }

    /** text; PER mentions as "start-end" pairs found in it by the test; the labels afterwards. */
    private static String relabel(String text, String... names) {
        List<int[]> raw = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        for (String name : names) {
            String[] parts = name.split(":");
            int from = 0;
            for (int at; (at = text.indexOf(parts[1], from)) >= 0; from = at + 1) {
                boolean word = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (at + parts[1].length() == text.length() || !Character.isLetter(text.charAt(at + parts[1].length())));
                if (word) {
                    raw.add(new int[]{0, at, at + parts[1].length()});
                    mentions.add(new EntityExtractor.Mention(at, at + parts[1].length(), parts[0], 1.0));
                }
            }
        }
        OrganisationNouns.apply(text, raw, mentions, Gazetteer.fromClasspath());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            out.add(mentions.get(i).label() + ":" + text.substring(raw.get(i)[1], raw.get(i)[2]));
        }
        return String.join(" ; ", out.stream().sorted().collect(Collectors.toList()));
    }

    @Test
    void personAfterOrganisationNounIsOrganisationInTheWholeDocument() {
        assertThat(relabel("Der Autozulieferer Brenninger streicht Stellen. Brenninger hatte schon 2023 Stellen gestrichen.",
                "PER:Brenninger")).isEqualTo("ORG:Brenninger ; ORG:Brenninger");
        assertThat(relabel("Das teilte ein Sprecher des Energiekonzerns Voltara mit.", "PER:Voltara"))
                .isEqualTo("ORG:Voltara");
    }

    @Test
    void unlistedPlaceAfterOrganisationNounIsOrganisationInTheWholeDocument() {
        assertThat(relabel("Der Anlagenbauer Kronwerk wächst. Kronwerk verdiente mehr.", "LOC:Kronwerk"))
                .isEqualTo("ORG:Kronwerk ; ORG:Kronwerk");
        assertThat(relabel("Der Wetterdienst Bayern warnt.", "LOC:Bayern")).isEqualTo("LOC:Bayern");
    }

    @Test
    void personBetweenVonAndRichtungIsPlace() {
        String text = "Er fuhr von Gmünd in Richtung Zwettl.";
        int at = text.indexOf("Gmünd");
        List<int[]> raw = new ArrayList<>(List.<int[]>of(new int[]{0, at, at + 5}));
        List<EntityExtractor.Mention> mentions =
                new ArrayList<>(List.of(new EntityExtractor.Mention(at, at + 5, "PER", 1.0)));
        PlaceNouns.apply(text, raw, mentions, Gazetteer.fromClasspath());
        assertThat(mentions).extracting(EntityExtractor.Mention::label).containsExactly("LOC");
    }

    @Test
    void titleAfterJournalNounIsOrganisation() {
        assertThat(relabel("Im Fachmagazin Zeitgeist Review schreiben sie. Zeitgeist Review druckt es.",
                "MISC:Zeitgeist Review")).isEqualTo("ORG:Zeitgeist Review ; ORG:Zeitgeist Review");
        assertThat(relabel("Das Magazin „Nordlicht“ erscheint.", "MISC:Nordlicht")).isEqualTo("ORG:Nordlicht");
        assertThat(relabel("Das Portal nordlicht.de berichtet.", "MISC:nordlicht.de")).isEqualTo("MISC:nordlicht.de");
        assertThat(relabel("Der Sender Nordlicht TV sendet.", "MISC:Nordlicht TV")).isEqualTo("MISC:Nordlicht TV");
    }

    @Test
    void unlistedPlaceAfterOrganisationNounIsOrganisation() {
        assertThat(relabel("Die Umweltorganisation Grünwacht warnt. Grünwacht fordert mehr.", "LOC:Grünwacht"))
                .isEqualTo("ORG:Grünwacht ; ORG:Grünwacht");
        assertThat(relabel("Die Tageszeitung Österreich berichtet aus Österreich.", "LOC:Österreich"))
                .isEqualTo("LOC:Österreich ; ORG:Österreich");
        assertThat(relabel("Er ist der größte Konzern Europas.", "LOC:Europas")).isEqualTo("LOC:Europas");
        assertThat(relabel("Die Mitglieder des Zweigvereins Nordeck feierten.", "LOC:Nordeck")).isEqualTo("LOC:Nordeck");
    }

    @Test
    void organisationAfterSettlementNounIsPlaceInTheWholeDocument() {
        String text = "Im Örtchen Felsbach wohnen sie. Dort ist Felsbach klein. In Neudorf Anna Berg lacht.";
        List<int[]> raw = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        String[][] names = {{"ORG", "Felsbach", "0"}, {"ORG", "Felsbach", "1"}, {"LOC", "Neudorf", "0"}, {"PER", "Anna Berg", "0"}};
        for (String[] n : names) {
            int at = text.indexOf(n[1]);
            if (n[2].equals("1")) at = text.indexOf(n[1], at + 1);
            raw.add(new int[]{0, at, at + n[1].length()});
            mentions.add(new EntityExtractor.Mention(at, at + n[1].length(), n[0], 1.0));
        }
        PlaceNouns.apply(text, raw, mentions, Gazetteer.fromClasspath());
        assertThat(mentions).extracting(EntityExtractor.Mention::label).containsExactly("LOC", "LOC", "LOC", "PER");
    }

    @Test
    void personAfterSiedlungIsPlace() {
        String text = "In der Siedlung Felsbach brannte es.";
        int at = text.indexOf("Felsbach");
        List<int[]> raw = new ArrayList<>(List.<int[]>of(new int[]{0, at, at + 8}));
        List<EntityExtractor.Mention> mentions = new ArrayList<>(List.of(new EntityExtractor.Mention(at, at + 8, "PER", 1.0)));
        PlaceNouns.apply(text, raw, mentions, Gazetteer.fromClasspath());
        assertThat(mentions).extracting(EntityExtractor.Mention::label).containsExactly("LOC");
    }

    @Test
    void personThatHeadsACompanyCompoundIsOrganisation() {
        assertThat(relabel("Brenninger-Chef Hans Maier geht. Das teilte Brenninger mit.", "PER:Hans Maier",
                "PER:Brenninger")).isEqualTo("ORG:Brenninger ; ORG:Brenninger ; PER:Hans Maier");
        assertThat(relabel("Anna Berger sprach. Berger-Chef ist sie nicht. Berger lachte.", "PER:Anna Berger",
                "PER:Berger")).isEqualTo("PER:Anna Berger ; PER:Berger ; PER:Berger ; PER:Berger");
    }

    @Test
    void placeAfterRegionNounMakesItsPersonNamesakesPlaces() {
        String text = "In der Provinz Aceh wird gewählt. Aceh ist klein.";
        List<int[]> raw = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        int second = text.lastIndexOf("Aceh");
        raw.add(new int[]{0, 15, 19});
        mentions.add(new EntityExtractor.Mention(15, 19, "LOC", 1.0));
        raw.add(new int[]{0, second, second + 4});
        mentions.add(new EntityExtractor.Mention(second, second + 4, "PER", 1.0));
        PlaceNouns.apply(text, raw, mentions, Gazetteer.fromClasspath());
        assertThat(mentions).extracting(EntityExtractor.Mention::label).containsExactly("LOC", "LOC");
    }

    @Test
    void peopleAndPlacesStay() {
        assertThat(relabel("Der Verein Jupp Heynckes trennte sich.", "PER:Jupp Heynckes")).isEqualTo("PER:Jupp Heynckes");
        assertThat(relabel("Angela Merkel sprach. Die Partei Merkels jubelte.", "PER:Angela Merkel", "PER:Merkels"))
                .isEqualTo("PER:Angela Merkel ; PER:Merkels");
        assertThat(relabel("Der Landesverband Hamburg tagte.", "LOC:Hamburg")).isEqualTo("LOC:Hamburg");
        assertThat(relabel("Der Produzent Brenninger drehte den Film.", "PER:Brenninger")).isEqualTo("PER:Brenninger");
        assertThat(relabel("Brenninger lachte.", "PER:Brenninger")).isEqualTo("PER:Brenninger");
        assertThat(relabel("", "PER:x")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Hochwasser in der Steiermark: Zwei Tote, Dutzende Keller überflutet~ Keller
            Sturm an der Küste: Drei Fischer vermisst, Dutzende Keller überflutet~ Keller
            Sturm an der Küste: Drei Fischer vermisst, Dutzende Keller überflutet~ Fischer
            Nach dem Sturm suchten mehrere Schneider neue Werkstätten.~ Schneider
            """)
    void countedNounIsNoPerson(String page, String word) {
        StructuredDocument doc = new DocumentStructurer().structure("p", TextNormalizer.standard().normalize(page));
        List<Entity> found = EntityExtractor.fromClasspath().extract(new DocumentContext("p", doc.text(), doc.sentences(), null));
        assertThat(found).noneMatch(e -> e.label().equals("PER") && e.text().equals(word.strip()));
    }

    @Test
    void countedNounRuleDropsOnlyOneWordPersonsAfterAQuantifier() {
        String text = "Dutzende Keller, zwei Jana Keller und Keller.";
        List<int[]> raw = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        for (int at : new int[]{text.indexOf("Keller"), text.indexOf("Jana Keller"), text.lastIndexOf("Keller")}) {
            int end = at == text.indexOf("Jana Keller") ? at + "Jana Keller".length() : at + "Keller".length();
            raw.add(new int[]{0, at, end});
            mentions.add(new EntityExtractor.Mention(at, end, "PER", 1.0));
        }
        CountedNouns.apply(text, raw, mentions);
        assertThat(raw).extracting(r -> text.substring(r[1], r[2])).containsExactly("Jana Keller", "Keller");
    }

    /** Mentions "PER:word" at each occurrence of the word; returns those that stay, in text order. */
    private static List<String> afterCountedNouns(String text, String word) {
        List<int[]> raw = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            raw.add(new int[]{0, at, at + word.length()});
            mentions.add(new EntityExtractor.Mention(at, at + word.length(), "PER", 1.0));
        }
        CountedNouns.apply(text, raw, mentions);
        return raw.stream().map(r -> r[1] + ":" + text.substring(r[1], r[2])).toList();
    }

    @Test
    void aWordTheDocumentUsesAfterAnIndefiniteArticleIsACommonNoun() {
        String hacker = "Nun zeigt ein einzelner Hacker, wie es geht. Der Hacker betont, dem jungen Hacker gehe es gut.";
        assertThat(afterCountedNouns(hacker, "Hacker")).isEmpty();
        // a bare mention elsewhere keeps the name ("ein überglücklicher Thiem" is a name)
        String thiem = "Thiem gewann. Es jubelte ein überglücklicher Thiem.";
        assertThat(afterCountedNouns(thiem, "Thiem")).hasSize(2);
        // a preposition between is no adjective: "einem Tor von Keita"
        String keita = "Nach einem Tor von Keita führte der Keita-Klub. Der Keita jubelte.";
        assertThat(afterCountedNouns(keita, "Keita")).hasSize(3);
        // no indefinite use: the surname stays
        assertThat(afterCountedNouns("Der Hacker Paul sprach. Der Hacker lachte.", "Hacker")).hasSize(2);
    }

    @Test
    void unitAbbreviationAfterANumberIsNoName() {
        String text = "Das Handy hat 32 GB Speicher, 3 GB RAM und kostet 500 EUR; GB stimmt ab.";
        List<int[]> raw = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        for (String[] m : new String[][]{{"GB", "LOC"}, {"GB RAM", "ORG"}, {"EUR", "MISC"}, {"GB stimmt", "LOC"}}) {
            int at = text.indexOf(m[0], raw.isEmpty() ? 0 : raw.get(raw.size() - 1)[2]);
            int end = m[0].equals("GB stimmt") ? at + 2 : at + m[0].length();
            raw.add(new int[]{0, at, end});
            mentions.add(new EntityExtractor.Mention(at, end, m[1], 1.0));
        }
        CountedNouns.apply(text, raw, mentions);
        assertThat(raw).extracting(r -> text.substring(r[1], r[2])).containsExactly("EUR", "GB");
    }

    @Test
    void throughTheExtractor() {
        String page = "Der Autozulieferer Brenninger Technik will bis Ende 2027 rund 3.500 Stellen abbauen. "
                + "Bereits vor zwei Jahren hatte Brenninger 1.000 Stellen gestrichen.";
        StructuredDocument doc = new DocumentStructurer().structure("p", TextNormalizer.standard().normalize(page));
        List<Entity> found = EntityExtractor.fromClasspath().extract(new DocumentContext("p", doc.text(), doc.sentences(), null));
        assertThat(found).extracting(Entity::label).doesNotContain("PER");
        assertThat(found).extracting(Entity::text).anyMatch(t -> t.startsWith("Brenninger"));
    }
}
