package de.newsfacts.extract.entities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.normalize.TextNormalizer;
import de.newsfacts.structure.DocumentStructurer;
import de.newsfacts.structure.StructuredDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link PageNameRules} on constructed page-like texts (kicker, headline, byline, result list); names are invented.
 * Input paragraphs are separated by "|" (a blank line on the page).
 */
class PageNameRulesTest {

    private static String mentions(String page) {
        StructuredDocument doc = new DocumentStructurer().structure("p",
                TextNormalizer.standard().normalize(page.replace(" | ", "\n\n")));
        List<Entity> found = EntityExtractor.fromClasspath()
                .extract(new DocumentContext("p", doc.text(), doc.sentences(), null));
        for (Entity e : found) {
            assertThat(doc.text().substring(e.charStart(), e.charEnd())).isEqualTo(e.text());
        }
        return found.stream().map(e -> e.label() + ":" + e.text()).collect(Collectors.joining(" ; "));
    }

    /** page; a mention that must be there; one that must not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            EXKLUSIV | Ministerin Berger: „Die Reform kommt“ | Berlin (AFP) – Bundesbildungsministerin Claudia Berger will die Reform.~ PER:Claudia Berger~ ORG:EXKLUSIV
            Sitten (sda) – Zwei Skitourengänger starben. | «Die Bedingungen waren heikel», sagte Bergführer Urs Imboden-Zurbriggen.~ PER:Urs Imboden-Zurbriggen~ PER:Bergführer
            Ski-Weltcup: Riedlmayr gewinnt Riesentorlauf in Kitzbühel | Der Salzburger Florian Riedlmayr hat am Samstag den Riesentorlauf gewonnen.~ PER:Riedlmayr~ MISC:Riedlmayr
            Feber bringt Rekordkälte | Jänner und Feber waren in Tirol so kalt wie seit Jahren nicht.~ LOC:Tirol~ PER:Feber
            Hannover (dpa/lni) - Die Landesregierung will den Ausbau der Windkraft beschleunigen.~ ORG:dpa~ ORG:dpa/lni
            Lawinenunglück im Wallis | Zwei von ihnen konnten nur noch tot geborgen werden, wie die Kantonspolizei Wallis mitteilte.~ LOC:Wallis~ PER:Wallis
            Die Landtagsfraktion tagt. | Das ist ein Fehler, sagt Klubobfrau Berta Kranzinger. Das sagt auch Klubobfrau Kranzinger.~ PER:Kranzinger~ PER:Klubobfrau Kranzinger
            Neuer Chip vorgestellt. | Der Chip ist schneller als sein Vorgänger, berichtet Heise.~ ORG:Heise~ PER:Heise
            Das Werk wird verkauft. | Heuer gab die Hälfte der Befragten in Graz an, mit dem Auto zu fahren.~ LOC:Graz~ PER:Heuer
            Fusion geplant. | Brandolix will das Netz kaufen. Wien – Die Firma Brandolix verhandelt mit der Bank. Das Unternehmen Brandolix verlangt eine Mitgift.~ ORG:Brandolix~ PER:Brandolix
            Unfall in Graz | Ein Mädchen ist Montagfrüh bei einem Unfall in Graz verletzt worden.~ LOC:Graz~ PER:Montagfrüh
            Banken unter Druck. | Wien – Die US-Ratingagentur Brandolix hat die Lage der Banken als kritisch eingestuft.~ ORG:Brandolix~ PER:Brandolix
            Festnahmen in Graz. | Die Polizei hat 12 Sympathisanten der Terrormiliz Islamischer Staat (IS) festgenommen.~ ORG:Islamischer Staat~ ORG:Terrormiliz Islamischer Staat
            Festnahmen in Graz. | Die Polizei hat 12 Anhänger der Jihadistenorganisation Islamischer Staat (IS) festgenommen.~ ORG:Islamischer Staat~ ORG:Jihadistenorganisation Islamischer Staat
            Neue Studie. | Das berichtete das Magazin Spektrum Aktuell in Wien.~ LOC:Wien~ ORG:Magazin Spektrum Aktuell
            Ein Schiff ist gesunken. | Lissabon/Porto – Vor der Küste ist am Montag ein Frachter gesunken.~ LOC:Porto~ LOC:Lissabon/Porto
            Lokführer streiken. | Frankfurt/Main – Die Gewerkschaft hat zu einem Streik aufgerufen.~ LOC:Frankfurt/Main~ LOC:Main
            Die Katze ist ein Star. | This cat is great https://t.co/abcdEF pic.twitter.com/xyZ123 Love it! Die Katze lebt in Berlin.~ LOC:Berlin~ MISC://t.co/abcdEF pic.twitter.com/xyZ123 Love it!
            """)
    void repairsPageMentions(String page, String present, String absent) {
        String found = mentions(page);
        assertThat(found).contains(present.strip());
        assertThat((" ; " + found + " ; ")).doesNotContain(" " + absent.strip() + " ");
    }
}
