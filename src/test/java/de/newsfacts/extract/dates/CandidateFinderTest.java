package de.newsfacts.extract.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The triggered matcher must find what searching every pattern everywhere finds (at word starts). */
class CandidateFinderTest {

    private static final CandidateFinder FINDER = new CandidateFinder(TemporalLexicon.INSTANCE,
            new TemporalPatterns(TemporalLexicon.INSTANCE));

    @ParameterizedTest
    @ValueSource(strings = {
            "Am Mittwochabend, dem 19. November 2025, um 14:30 Uhr begann die Sitzung.",
            "In den Neunzigerjahren und Anfang der 2000er Jahre wuchs die Stadt; seit Jahresbeginn schrumpft sie.",
            "Vom 12. bis 15. Juni 1940 und im Winter 1941/42 kämpften die Truppen 490–479 v. Chr. nicht.",
            "Vor zwei Wochen, am selben Tag und in den kommenden Tagen: eine achttägige, jahrelange Krise.",
            "Letzte Woche, vergangenes Wochenende, im ersten Quartal 2025, in KW 47 und zu Ostern 2025."
    })
    void triggeredEqualsExhaustive(String sentence) {
        assertThat(FINDER.find(sentence)).isEqualTo(FINDER.findExhaustive(sentence)).isNotEmpty();
    }

    @Test
    void triggeredEqualsExhaustiveOnWikiWarsDe() throws Exception {
        Path corpus = Path.of(System.getProperty("corpora", "../shared/corpora"));
        assumeTrue(Files.isDirectory(corpus.resolve("wikiwarsde")), "WikiWarsDE not found under " + corpus);
        int differing = 0;
        int sentences = 0;
        for (WikiWarsDe.Doc doc : WikiWarsDe.load(corpus).subList(0, 3)) {
            for (var s : doc.context().sentences()) {
                sentences++;
                List<CandidateFinder.Candidate> fast = FINDER.find(s.text());
                List<CandidateFinder.Candidate> full = FINDER.findExhaustive(s.text());
                if (!fast.equals(full)) {
                    differing++;
                }
            }
        }
        // the exhaustive search also matches inside words ("Kriegsjahr 1916" -> "jahr 1916"), which is wrong
        assertThat(differing).isLessThan(sentences / 100);
    }

    /** Skipping rules whose required strings are absent ({@link TemporalPatterns#required}) changes nothing. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Vor zwei Wochen, in drei Monaten, binnen 24 Stunden, vor 5 Sekunden, 3 Nächte später, 2 Jahre danach.",
            "Am 3. MÄRZ, am 4.Mai, 5. Jänner bis 7. Feber 2020, im Frühjahr, zu Pfingsten, am Heiligen Abend.",
            "Im 19. JAHRHUNDERT, im 3. Jh. v. Chr., 500 v. u. Z., 44 vor unserer Zeitrechnung, in KW 12.",
            "Um 8 UHR, 14.30 Uhr, dreitägig, jahrelang, wochenlang, die 1990er, die Zwanziger Jahre, dieses Jahr.",
            "Nichts davon: in der Stadt, vor dem Haus, nach 3, über 40 Menschen, 2025 Euro, Nr. 17."
    })
    void skippingByRequiredStringsChangesNothing(String sentence) {
        assertThat(FINDER.find(sentence, true)).isEqualTo(FINDER.find(sentence, false));
    }

    @Test
    void skippingByRequiredStringsChangesNothingOnCorpora() throws Exception {
        Path corpus = Path.of(System.getProperty("corpora", "../shared/corpora"));
        assumeTrue(Files.isDirectory(corpus.resolve("wikiwarsde")), "WikiWarsDE not found under " + corpus);
        int sentences = 0;
        for (WikiWarsDe.Doc doc : WikiWarsDe.load(corpus)) {
            for (var s : doc.context().sentences()) {
                sentences++;
                assertThat(FINDER.find(s.text(), true)).as(s.text()).isEqualTo(FINDER.find(s.text(), false));
            }
        }
        if (Files.isRegularFile(corpus.resolve("10kgnad/test.csv"))) {
            for (var d : de.newsfacts.extract.ExtractorCorpora.gnadTest(corpus).subList(0, 300)) {
                for (var s : d.sentences()) {
                    sentences++;
                    assertThat(FINDER.find(s.text(), true)).as(s.text()).isEqualTo(FINDER.find(s.text(), false));
                }
            }
        }
        assertThat(sentences).isPositive();
    }
}
