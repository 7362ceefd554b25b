package de.newsfacts.extract;

import de.newsfacts.structure.Sentence;

import java.time.LocalDate;
import java.util.List;

/**
 * What an extractor sees of one document: the normalized text, its sentences (offsets into {@code text}) and
 * the publication date used to resolve relative dates ({@code null} if unknown).
 */
public record DocumentContext(String docId, String text, List<Sentence> sentences, LocalDate published) {
}
