package de.newsfacts.normalize;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test access to /work/shared (seeds and corpora), by default {@code ../shared} relative to the project
 * directory, overridable with {@code -Dnewsfacts.shared=...}. Callers skip when it is absent.
 */
final class SharedData {

    private SharedData() {
    }

    static Path sharedDir() {
        return Path.of(System.getProperty("newsfacts.shared", "../shared"));
    }

    /** The texts of the 10kGNAD test split (label;'text' per line, ' quoted, '' escaped); skips if absent. */
    static List<String> tenKGnadArticles() throws IOException {
        Path csv = sharedDir().resolve("corpora/10kgnad/test.csv");
        assumeTrue(Files.isRegularFile(csv), "10kGNAD corpus absent at " + csv.toAbsolutePath() + ", skipping");
        return readTenKGnad(csv);
    }

    static List<String> readTenKGnad(Path csv) throws IOException {
        return de.newsfacts.testing.GnadArticles.read(csv);
    }
}
