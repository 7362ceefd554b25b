package de.newsfacts.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the INDEX {@code published} column into the calendar date it names. Accepts an ISO date
 * ({@code 2025-11-20}) or date-time with {@code T} or a space, minutes, optional seconds and fraction, optional
 * offset ({@code Z}, {@code +01}, {@code +0100}, {@code +01:00}): {@code 2025-11-20T08:15:00+01:00},
 * {@code 2025-11-20 08:15}. The date is taken as written, in its own offset (no conversion to UTC), so
 * {@code 2025-11-20T23:30-05:00} is 2025-11-20. Invalid dates and times (2025-02-30, 25:00) are rejected.
 */
final class PublishedDate {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})"
                    + "(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?",
            Pattern.CASE_INSENSITIVE);

    private PublishedDate() {
    }

    /** The date, or {@code null} if the value is not an ISO date or date-time. */
    static LocalDate parse(String value) {
        Matcher m = ISO.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) != null) {
                int hour = Integer.parseInt(m.group(4));
                int minute = Integer.parseInt(m.group(5));
                int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                if (hour > 23 || minute > 59 || second > 59) {
                    return null;
                }
            }
            if (m.group(7) != null) {
                ZoneOffset.of(m.group(7).toUpperCase(Locale.ROOT)); // validates the range
            }
            return date;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
