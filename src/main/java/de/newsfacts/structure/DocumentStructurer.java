package de.newsfacts.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the normalized text of one document into a {@link StructuredDocument}: blocks
 * ({@link BlockSegmenter}), the document text without boilerplate, and sentences ({@link SentenceSplitter}).
 *
 * <p>Rules for the document text:
 * <ul>
 *   <li>It is the non-boilerplate blocks in order, each copied verbatim from its first non-space character
 *       (a list item's bullet included) to its last non-space character, so inner line breaks stay.</li>
 *   <li>Two consecutive blocks are separated by {@code "\n\n"} if a blank line lay anywhere between them in the
 *       input, otherwise by {@code "\n"}: a document without boilerplate comes out as its input with leading
 *       indentation and surrounding blank lines removed.</li>
 *   <li>Block offsets point at the block text proper (after the bullet of a list item); boilerplate blocks
 *       keep their text but have {@code null} offsets.</li>
 *   <li>Sentences are split per block, so no sentence crosses a block boundary; a title, heading or list item
 *       is one sentence unless it contains sentence ends itself.</li>
 * </ul>
 * Immutable and thread-safe; the same input always gives the same output.
 */
public final class DocumentStructurer {

    private final BlockSegmenter segmenter;
    private final SentenceSplitter splitter;

    public DocumentStructurer() {
        this(new BlockSegmenter(), new SentenceSplitter());
    }

    public DocumentStructurer(BlockSegmenter segmenter, SentenceSplitter splitter) {
        this.segmenter = segmenter;
        this.splitter = splitter;
    }

    public StructuredDocument structure(String docId, String normalizedText) {
        String input = normalizedText == null ? "" : normalizedText;
        List<BlockSegmenter.Segment> segments = segmenter.segment(input);

        StringBuilder out = new StringBuilder(input.length());
        int[] starts = new int[segments.size()];
        int previousEnd = -1;
        for (int i = 0; i < segments.size(); i++) {
            BlockSegmenter.Segment s = segments.get(i);
            if (s.kind() == BlockKind.BOILERPLATE) {
                continue;
            }
            if (previousEnd >= 0) {
                out.append(hasBlankLine(input, previousEnd, s.spanStart()) ? "\n\n" : "\n");
            }
            starts[i] = out.length() - s.spanStart();  // shift from input to output coordinates
            out.append(input, s.spanStart(), s.spanEnd());
            previousEnd = s.spanEnd();
        }
        String text = out.toString();

        List<Block> blocks = new ArrayList<>(segments.size());
        List<Sentence> sentences = new ArrayList<>();
        String title = null;
        for (int i = 0; i < segments.size(); i++) {
            BlockSegmenter.Segment s = segments.get(i);
            int blockNo = i + 1;
            if (s.kind() == BlockKind.BOILERPLATE) {
                blocks.add(new Block(docId, blockNo, s.kind(), s.section(), s.text(), null, null));
                continue;
            }
            int start = s.textStart() + starts[i];
            int end = s.textEnd() + starts[i];
            blocks.add(new Block(docId, blockNo, s.kind(), s.section(), s.text(), start, end));
            if (s.kind() == BlockKind.TITLE && title == null) {
                title = s.text();
            }
            for (int[] span : splitter.split(text, start, end)) {
                sentences.add(new Sentence(docId, sentences.size() + 1, blockNo,
                        text.substring(span[0], span[1]), span[0], span[1]));
            }
        }
        return new StructuredDocument(text, title, blocks, sentences);
    }

    private static boolean hasBlankLine(String input, int from, int to) {
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = input.charAt(i);
            if (c == '\n') {
                if (++newlines >= 2) {
                    return true;
                }
            } else if (!Character.isWhitespace(c)) {
                newlines = 0;  // a boilerplate line in between: count blank lines around it afresh
            }
        }
        return false;
    }
}
