package de.newsfacts.pipeline;

import de.newsfacts.structure.Sentence;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers a publication date from a document's own text when INDEX gives none.
 *
 * <p>Rule: a dateline or "Stand:"/"Veröffentlicht"/"Aktualisiert" line in the first three sentences wins;
 * otherwise the <em>latest</em> complete calendar date (day, month and year) written anywhere in the text,
 * because a news report is published on or after the last day it reports about. Recognised forms:
 * {@code 20. November 2025}, {@code 20. Nov. 2025}, {@code 3. Jänner 2024}, {@code 20.11.2025},
 * {@code 2025-11-20}. Dates before 1900 or after 2100 are ignored. Deterministic: no clock is read.
 */
public final class PublicationDateFinder {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("jan", 1), Map.entry("jän", 1),
            Map.entry("februar", 2), Map.entry("feber", 2), Map.entry("feb", 2), Map.entry("märz", 3),
            Map.entry("mär", 3), Map.entry("mrz", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("dezember", 12), Map.entry("dez", 12));

    // Patterns start with a digit (cheap to reject at most positions); what may precede a match is checked in
    // code (see startsCleanly), since a look-behind would be evaluated at every character of the text.
    private static final Pattern WRITTEN = Pattern.compile(
            "(\\d{1,2})\\.\\s?(\\p{L}{3,9})\\.?\\s(\\d{4})(?!\\p{N})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\p{N})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?!\\p{N})");
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)\\b(stand|veröffentlicht|aktualisiert|publiziert|erschienen)\\b");

    public Optional<LocalDate> find(String docId, String text, List<Sentence> sentences) {
        for (int i = 0; i < Math.min(3, sentences.size()); i++) {
            String sentence = sentences.get(i).text();
            if (DATELINE.matcher(sentence).find()) {
                Optional<LocalDate> dateline = latest(sentence);
                if (dateline.isPresent()) {
                    return dateline;
                }
            }
        }
        return latest(text);
    }

    static Optional<LocalDate> latest(String text) {
        LocalDate best = null;
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            if (!startsCleanly(text, m.start(), "")) {
                continue;
            }
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.GERMAN));
            if (month != null) {
                best = later(best, date(m.group(3), month, m.group(1)));
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            if (!startsCleanly(text, m.start(), ".")) {
                continue;
            }
            best = later(best, date(m.group(3), Integer.parseInt(m.group(2)), m.group(1)));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            if (!startsCleanly(text, m.start(), "-")) {
                continue;
            }
            best = later(best, date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        }
        return Optional.ofNullable(best);
    }

    /** A date must not continue a word or number: no letter or digit (nor one of {@code also}) before it. */
    private static boolean startsCleanly(String text, int start, String also) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !Character.isLetterOrDigit(before) && also.indexOf(before) < 0;
    }

    private static LocalDate date(String year, int month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2100) {
            return null;
        }
        try {
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (b == null) {
            return a;
        }
        return a == null || b.isAfter(a) ? b : a;
    }
}
