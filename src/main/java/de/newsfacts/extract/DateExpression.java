package de.newsfacts.extract;

import java.time.LocalDate;

/**
 * A temporal expression with a TIMEX3-style {@code value} and the day range it covers
 * ({@code startDate}..{@code endDate}, inclusive); unresolved expressions have null value and dates.
 */
public record DateExpression(String docId, int sentenceNo, String text, String value, LocalDate startDate,
                             LocalDate endDate, String granularity, boolean anchored, int charStart, int charEnd) {
}
