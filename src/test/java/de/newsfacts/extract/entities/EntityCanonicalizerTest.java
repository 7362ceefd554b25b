package de.newsfacts.extract.entities;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityCanonicalizerTest {

    /** mention; label; other mentions of the document (|-separated, may be empty); expected canonical. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Kiews; LOC; ; Kiew",
            "ZÜRICH; LOC; ; Zürich",
            "NATO; ORG; ; NATO",
            "Frankreichs; LOC; ; Frankreich",
            "Deutschlands; LOC; ; Deutschland",
            "Kyiv; LOC; ; Kiew",
            "Kiev; LOC; ; Kiew",
            "Weissrussland; LOC; ; Belarus",
            "Vereinigten Staaten; LOC; ; USA",
            "USA; LOC; ; USA",
            "US; LOC; ; USA",
            "Vereinigten Königreich; LOC; ; Großbritannien",
            "UK; LOC; ; Großbritannien",
            "Großbritanniens; LOC; ; Großbritannien",
            "Hongkong; LOC; ; Hongkong",
            "Hongkongs; LOC; ; Hongkong",
            "Timor-Leste; LOC; ; Osttimor",
            "Kongo; LOC; ; Kongo",
            "Demokratischen Republik Kongo; LOC; ; Demokratische Republik Kongo",
            "Holland; LOC; ; Niederlande",
            "Essen; LOC; ; Essen",
            "Tel Aviv; LOC; ; Tel Aviv",
            "St. Petersburg; LOC; ; Sankt Petersburg",
            "New Yorks; LOC; ; New York",
            "Diyarbakir; LOC; ; Diyarbakir",
            "Diyarbakır; LOC; ; Diyarbakır",
            "Kaesong; LOC; ; Kaesong",
            "Azaz; LOC; ; Azaz",
            "Orléans; LOC; ; Orléans",
            "Austria; ORG; ; Austria",
            "Austria; LOC; ; Österreich",
            "Leo; PER; ; Leo",
            "Selenskyjs; PER; Selenskyj; Selenskyj",
            "Selenskyjs; PER; ; Selenskyjs",
            "Paris; LOC; ; Paris",
            "Hamas; ORG; ; Hamas",
            "Hamas; ORG; Hama; Hama",
            "Hamas; LOC; ; Hama",
            "Vereinten Nationen; ORG; ; Vereinte Nationen",
            "Europäischen Union; ORG; ; Europäische Union",
            "Europäischen Parlaments; ORG; ; Europäisches Parlament",
            "Olympischen Spielen; ORG; ; Olympische Spiele",
            "Roten Kreuzes; ORG; ; Rotes Kreuz",
            "Selenskyj; PER; Wolodymyr Selenskyj|Selenskyj; Wolodymyr Selenskyj",
            "Van der Berghen; PER; Anton Van der Berghen|Van der Berghen; Anton Van der Berghen",
            "Le Blanc; PER; Marie Le Blanc|Jean Le Blanc|Le Blanc; Le Blanc",
            "Robert; PER; Robert Stigwood|Robert; Robert Stigwood",
            "Michael; PER; Michael Schumacher|Michael Ballack|Michael; Michael",
            "P.; PER; P. Berger|P.; P.",
            "Marx'; PER; ; Marx",
            "Bundeswehr; ORG; ; Bundeswehr",
            "'  Olaf   Scholz '; PER; ; Olaf Scholz",
            "Obamas; PER; Barack Obama|Obamas; Barack Obama",
            "Angela Merkels; PER; Merkel|Angela Merkels; Angela Merkel",
            "Strauss; PER; Strau; Strauss",
            "Jans; PER; ; Jans",
            "Europas; LOC; ; Europa",
            "Bayerns; LOC; ; Bayern",
            "Niederösterreichs; LOC; ; Niederösterreich",
            "Baden-Württembergs; LOC; ; Baden-Württemberg",
            "Großbritanniens; LOC; ; Großbritannien",
            "Südostasiens; LOC; ; Südostasien",
            "Texas; LOC; ; Texas",
            "Zweiten Weltkriegs; MISC; ; Zweiter Weltkrieg",
            "Zweiten Weltkrieges; MISC; ; Zweiter Weltkrieg",
            "Kalten Krieg; MISC; ; Kalter Krieg",
            "Nahen Ostens; LOC; ; Naher Osten",
            "Weißen Hauses; ORG; ; Weißes Haus",
    })
    void canonicalizes(String mention, String label, String others, String expected) {
        List<String> doc = others == null ? List.of() : Arrays.asList(others.split("\\|"));
        assertThat(EntityCanonicalizer.german().canonical(mention, label, doc)).isEqualTo(expected);
    }

    /** A person's name directly before a capitalised word ("Selenskyjs Büro"): mention; expected canonical. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Wolodymyr Selenskyjs; Wolodymyr Selenskyj",
            "Trumps; Trump",
            "Stanley Kubricks; Stanley Kubrick",
            "Konrad Adenauers; Konrad Adenauer",
            "Tsipras; Tsipras",
            "Hilda Morales; Hilda Morales",
            "Tom Hanks; Tom Hanks",
            "Ted Stevens; Ted Stevens",
            "Bill Gates; Bill Gates",
    })
    void dropsTheGenitiveSBeforeANoun(String mention, String expected) {
        assertThat(EntityCanonicalizer.german().canonical(mention, "PER", List.of(), true)).isEqualTo(expected);
        assertThat(EntityCanonicalizer.german().canonical(mention, "PER", List.of(), false)).isEqualTo(mention);
    }

    /** A one-word non-person name after "des"/"eines" … is a genitive: mention; label; expected canonical. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Bundeskriminalamtes; ORG; Bundeskriminalamt",
            "Kremls; ORG; Kreml",
            "Vatikans; ORG; Vatikan",
            "Parlaments; ORG; Parlament",
            "Kongresses; ORG; Kongress",
            "IS; ORG; IS",
            "ORFs; ORG; ORFs",
            "Roten Kreuzes; ORG; Rotes Kreuz",
            "Müllers; PER; Müllers",
            "Irans; LOC; Iran",
    })
    void dropsTheGenitiveEndingAfterAGenitiveArticle(String mention, String label, String expected) {
        assertThat(EntityCanonicalizer.german().canonical(mention, label, List.of(), false, true)).isEqualTo(expected);
    }

    /** A name of several words after "des" whose first word is the genitive head: mention; expected canonical. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Verbands der Gartenbaubetriebe; Verband der Gartenbaubetriebe",
            "Instituts für Seenkunde; Institut für Seenkunde",
            "Bundesamtes für Wegebau; Bundesamt für Wegebau",
            "Hauses Habsburg; Hauses Habsburg",
            "Instituts Demoskop; Institut Demoskop",
            "Konzerns Brandolix; Konzern Brandolix",
            "Kantons Glarus; Kantons Glarus",
    })
    void dropsTheGenitiveEndingOfAHeadNoun(String mention, String expected) {
        assertThat(EntityCanonicalizer.german().canonical(mention, "ORG", List.of(), false, true)).isEqualTo(expected);
        assertThat(EntityCanonicalizer.german().canonical(mention, "ORG", List.of(), false, false)).isEqualTo(mention);
    }

    /** An adjective in the weak -e after "der"/"das": mention; label; article; expected canonical. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Oberste Seegericht; ORG; der; Oberster Seegericht",
            "Bayerische Imkerbund; ORG; der; Bayerischer Imkerbund",
            "Staatliche Kunstmuseum; ORG; das; Staatliches Kunstmuseum",
            "Rote Haus; LOC; das; Rotes Haus",
            "Staatliche Kunstmuseum; ORG; die; Staatliche Kunstmuseum",
            "Porsche Holding; ORG; der; Porsche Holding",
            "Lake Forest Academy; ORG; der; Lake Forest Academy",
            "Anna Große; PER; der; Anna Große",
            "Norddeutschen Wochenzeitung; ORG; der; Norddeutsche Wochenzeitung",
            "Bayerischen Imkerpartei; ORG; zur; Bayerische Imkerpartei",
            "Staatlichen Kunstmuseums; ORG; des; Staatliches Kunstmuseum",
            "Internationalen Seegerichtshofs; ORG; des; Internationaler Seegerichtshof",
            "Internationalen Instituts für Angewandte Imkerei; ORG; des; Internationales Institut für Angewandte Imkerei",
            "Europäischen Organisation für Imkerei; ORG; der; Europäische Organisation für Imkerei",
            "Deutschen Roten Kreuzes; ORG; des; Deutsches Rotes Kreuz",
            "Technischen Landesamt; ORG; beim; Technisches Landesamt",
            "Bayerischen Imkerbund; ORG; im; Bayerischer Imkerbund",
            "Vereinigten Imkerstaaten; LOC; den; Vereinigten Imkerstaaten",
            "Niederlanden; LOC; den; Niederlande",
            "Niederlanden; LOC; mit; Niederlanden",
            "Kronen Zeitung; ORG; der; Kronen Zeitung",
            "Porschen Holding; ORG; der; Porschen Holding",
            "Europäischen Imkern; ORG; der; Europäischen Imkern",
            "Staatlichen Kunstmuseum; ORG; des; Staatlichen Kunstmuseum",
            "Anna Großen; PER; der; Anna Großen",
    })
    void takesTheStrongAdjectiveAfterADefiniteArticle(String mention, String label, String article, String expected) {
        assertThat(EntityCanonicalizer.german().canonical(mention, label, List.of(), false, false, article))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Die Blauen; Blauen|Die Blauen; Blauen",
            "Die Blauen; Die Blauen; Die Blauen",
            "Der Morgenbote; Morgenbote; Morgenbote",
    })
    void dropsASentenceInitialArticleWhenTheDocumentHasTheNameWithoutIt(String mention, String others, String expected) {
        assertThat(EntityCanonicalizer.german().canonical(mention, "ORG", Arrays.asList(others.split("\\|"))))
                .isEqualTo(expected);
    }
}
