package de.newsfacts.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Behaviour on the shared seed article(s) in {@code ../shared/seeds} (override with system property
 * {@code newsfacts.seeds}); skipped when absent. Only behaviour is checked: no rule names seed content.
 */
class SeedDocumentTest {

    private static final Path SEEDS = Path.of(System.getProperty("newsfacts.seeds", "../shared/seeds"));

    private static List<Path> seeds() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "seed folder " + SEEDS.toAbsolutePath() + " absent: skipped");
        List<Path> files;
        try (Stream<Path> list = Files.list(SEEDS)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no *.txt in " + SEEDS.toAbsolutePath() + ": skipped");
        return files;
    }

    /** What normalization guarantees: LF, no trailing spaces, at most one blank line in a row. */
    private static String normalizeLikePipeline(String raw) {
        return raw.replace("\r\n", "\n").replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    }

    @Test
    void seedArticleStructure() throws IOException {
        DocumentStructurer structurer = new DocumentStructurer();
        for (Path file : seeds()) {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            for (String input : List.of(normalizeLikePipeline(raw), raw)) {
                StructuredDocument doc = structurer.structure("seed", input);
                StructureInvariants.assertOffsets(doc);

                String firstLine = input.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
                assertThat(doc.title()).isEqualTo(firstLine);
                assertThat(doc.blocks()).filteredOn(b -> b.kind() == BlockKind.HEADING).hasSize(9);
                assertThat(doc.blocks()).filteredOn(b -> b.kind() == BlockKind.LIST_ITEM).hasSize(6)
                        .allSatisfy(b -> assertThat(b.text()).doesNotStartWith("-").doesNotStartWith(" "));

                List<String> linkBacks = input.lines().map(String::strip)
                        .filter(l -> l.startsWith("[…]") && l.endsWith("[…]")).toList();
                assertThat(linkBacks).hasSize(3);
                assertThat(doc.blocks()).filteredOn(b -> b.kind() == BlockKind.BOILERPLATE)
                        .extracting(Block::text).containsExactlyElementsOf(linkBacks);
                for (Block b : doc.blocks()) {
                    if (b.kind() == BlockKind.BOILERPLATE) {
                        assertThat(doc.text()).doesNotContain(b.text());
                    }
                }
                assertThat(doc.text()).doesNotContain("[…]");
                assertThat(doc.blocks()).filteredOn(b -> b.kind() == BlockKind.LEAD).hasSize(1);
                // every heading is followed by a block that sits in its section
                for (int i = 0; i + 1 < doc.blocks().size(); i++) {
                    Block b = doc.blocks().get(i);
                    if (b.kind() == BlockKind.HEADING) {
                        assertThat(doc.blocks().get(i + 1).section()).isEqualTo(b.text());
                    }
                }
            }
        }
    }
}
