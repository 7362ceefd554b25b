package de.newsfacts.structure;

import java.util.List;

/**
 * A document split into blocks and sentences.
 *
 * @param text      the document text without boilerplate (becomes {@code documents.text}); every non-boilerplate
 *                  {@link Block} and every {@link Sentence} satisfies
 *                  {@code text.substring(charStart, charEnd).equals(x.text())}
 * @param title     text of the {@link BlockKind#TITLE} block, {@code null} if the document has none
 * @param blocks    all blocks in document order, boilerplate included (with {@code null} offsets)
 * @param sentences all sentences in document order; none crosses a block boundary
 */
public record StructuredDocument(String text, String title, List<Block> blocks, List<Sentence> sentences) {

    public StructuredDocument {
        blocks = List.copyOf(blocks);
        sentences = List.copyOf(sentences);
    }
}
