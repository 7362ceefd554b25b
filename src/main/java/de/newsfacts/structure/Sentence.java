package de.newsfacts.structure;

/**
 * A sentence of the normalized document text: {@code text == documentText.substring(charStart, charEnd)}.
 *
 * @param sentenceNo 1-based position in the document
 * @param blockNo    the block ({@link Block#blockNo()}) the sentence belongs to
 */
public record Sentence(String docId, int sentenceNo, int blockNo, String text, int charStart, int charEnd) {
}
