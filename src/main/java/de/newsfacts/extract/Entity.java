package de.newsfacts.extract;

/** A named-entity mention; offsets point into the normalized document text. Label is PER, ORG, LOC or MISC. */
public record Entity(String docId, int sentenceNo, String text, String label, String canonical,
                     int charStart, int charEnd, String source, double confidence) {
}
