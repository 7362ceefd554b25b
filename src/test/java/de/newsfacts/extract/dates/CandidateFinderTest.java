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
}
