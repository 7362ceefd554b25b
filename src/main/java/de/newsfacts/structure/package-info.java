/**
 * Document structure: blocks (title, lead, heading, paragraph, list item, boilerplate) and sentences of one
 * normalized German news document.
 *
 * <p>Entry point: {@link de.newsfacts.structure.DocumentStructurer#structure(String, String)} returns a
 * {@link de.newsfacts.structure.StructuredDocument} whose text excludes boilerplate and into which every
 * non-boilerplate block and every sentence points exactly. The stages are usable alone:
 * {@link de.newsfacts.structure.BlockSegmenter} (lines to typed blocks),
 * {@link de.newsfacts.structure.BoilerplateDetector} (one line: page furniture or not) and
 * {@link de.newsfacts.structure.SentenceSplitter} (German-aware sentence spans in a character range).
 * Word lists live next to the classes as resources: {@code abbreviations.txt}, {@code ordinal-context.txt},
 * {@code boilerplate.txt}. Everything here is pure, deterministic and thread-safe; nothing knows about Spring or
 * file formats.
 */
package de.newsfacts.structure;
