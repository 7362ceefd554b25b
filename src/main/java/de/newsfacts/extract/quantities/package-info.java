/**
 * Quantity extraction from German news sentences: {@link de.newsfacts.extract.quantities.QuantityExtractor}
 * and its small stages (tokenizer, German numeral and number-word readers, phrase lexicons). Word lists live in
 * {@code src/main/resources/de/newsfacts/extract/quantities/}; rules and choices in docs/EXTRACTION-quantities.md.
 */
package de.newsfacts.extract.quantities;
