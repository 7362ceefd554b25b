package de.newsfacts.structure;

/**
 * A structural block of a document. {@code charStart}/{@code charEnd} point into the normalized document text
 * (0-based, end exclusive); both are {@code null} for boilerplate, which is not part of the document text.
 *
 * @param blockNo 1-based position in the document, boilerplate included
 * @param section text of the heading this block sits under, {@code null} before the first heading
 */
public record Block(String docId, int blockNo, BlockKind kind, String section, String text,
                    Integer charStart, Integer charEnd) {
}
