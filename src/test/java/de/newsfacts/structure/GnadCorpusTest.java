package de.newsfacts.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the structurer over the 10kGNAD test split ({@code ../shared/corpora/10kgnad/test.csv}, override with
 * system property {@code newsfacts.corpora}); skipped when absent. Evaluation only (CC BY-NC-SA): nothing here
 * shapes the product. Checks that nothing throws and the offset contract holds for every article.
 */
class GnadCorpusTest {

    static final Path CORPORA = Path.of(System.getProperty("newsfacts.corpora", "../shared/corpora"));

    /** Article texts of {@code test.csv}: {@code label;text}, quote char {@code '} doubled inside. */
    static List<String> articles() throws IOException {
        Path csv = CORPORA.resolve("10kgnad/test.csv");
        assumeTrue(Files.isRegularFile(csv), csv.toAbsolutePath() + " absent: skipped");
        return de.newsfacts.testing.GnadArticles.read(csv);
    }

    @Test
    void everyArticleKeepsTheOffsetContract() throws IOException {
        List<String> articles = articles();
        assertThat(articles).hasSizeGreaterThan(1000);
        DocumentStructurer structurer = new DocumentStructurer();
        long sentences = 0;
        for (int i = 0; i < articles.size(); i++) {
            StructuredDocument doc = structurer.structure("gnad-" + i, articles.get(i));
            StructureInvariants.assertOffsets(doc);
            assertThat(doc.sentences()).isNotEmpty();
            sentences += doc.sentences().size();
        }
        // sanity: a news article averages well over five sentences; a broken splitter gives ~1 or ~#periods
        assertThat(sentences / (double) articles.size()).isBetween(8.0, 40.0);
    }
}
