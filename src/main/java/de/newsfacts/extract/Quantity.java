package de.newsfacts.extract;

/**
 * A number that quantifies something. {@code qualifier} is one of exact, approx, at_least, more_than, at_most,
 * less_than; {@code unit}, {@code counted} and {@code category} may be {@code null}.
 */
public record Quantity(String docId, int sentenceNo, String text, double value, String qualifier, String unit,
                       String counted, String category, int charStart, int charEnd) {
}
