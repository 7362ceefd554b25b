package de.newsfacts.extract;

/** A quotation; {@code kind} is direct, partial or indirect; speaker and cue may be {@code null}. */
public record Quote(String docId, int sentenceNo, String text, String speaker, String kind, String cue,
                    int charStart, int charEnd) {
}
