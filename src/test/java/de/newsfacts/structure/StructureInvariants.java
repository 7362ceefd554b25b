package de.newsfacts.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks shared by the structure tests: the offset contract of {@link StructuredDocument}. */
final class StructureInvariants {

    private StructureInvariants() {
    }

    /**
     * Every non-boilerplate block and every sentence satisfies {@code text.substring(start, end) == x.text()};
     * boilerplate has null offsets; numbering is 1-based and dense; sentences lie inside their block, are trimmed,
     * non-empty, ordered and non-overlapping.
     */
    static void assertOffsets(StructuredDocument doc) {
        String text = doc.text();
        List<Block> blocks = doc.blocks();
        int previousEnd = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            assertThat(b.blockNo()).isEqualTo(i + 1);
            if (b.kind() == BlockKind.BOILERPLATE) {
                assertThat(b.charStart()).isNull();
                assertThat(b.charEnd()).isNull();
                assertThat(b.text()).isNotBlank();
                continue;
            }
            assertThat(b.charStart()).as("block %s start", b.blockNo()).isNotNull();
            assertThat(b.charStart()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(b.charStart(), b.charEnd())).as("block %s", b.blockNo()).isEqualTo(b.text());
            assertThat(b.text()).isNotBlank().isEqualTo(b.text().strip());
            previousEnd = b.charEnd();
        }
        int previousSentenceEnd = 0;
        for (int i = 0; i < doc.sentences().size(); i++) {
            Sentence s = doc.sentences().get(i);
            assertThat(s.sentenceNo()).isEqualTo(i + 1);
            assertThat(s.charStart()).isGreaterThanOrEqualTo(previousSentenceEnd);
            assertThat(text.substring(s.charStart(), s.charEnd())).as("sentence %s", s.sentenceNo())
                    .isEqualTo(s.text());
            assertThat(s.text()).isNotEmpty().isEqualTo(s.text().strip());
            Block block = blocks.get(s.blockNo() - 1);
            assertThat(block.kind()).isNotEqualTo(BlockKind.BOILERPLATE);
            assertThat(s.charStart()).isGreaterThanOrEqualTo(block.charStart());
            assertThat(s.charEnd()).isLessThanOrEqualTo(block.charEnd());
            previousSentenceEnd = s.charEnd();
        }
        long titles = blocks.stream().filter(b -> b.kind() == BlockKind.TITLE).count();
        assertThat(titles).isLessThanOrEqualTo(1);
        assertThat(doc.title()).isEqualTo(blocks.stream().filter(b -> b.kind() == BlockKind.TITLE)
                .map(Block::text).findFirst().orElse(null));
    }
}
