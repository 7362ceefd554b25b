package de.newsfacts.extract.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A normalized temporal value: TIMEX3-style {@code value}, the inclusive day range it covers and its granularity.
 *
 * <p>Rules (the factories below):
 * <ul>
 *   <li>Years are astronomical ints: 1 BC is 0, 490 BC is -489; values print them as {@code BC0490}.</li>
 *   <li>Seasons are meteorological: SP Mar–May, SU Jun–Aug, FA Sep–Nov, WI Dec of the year to end of Feb.</li>
 *   <li>Weeks are ISO weeks, Monday..Sunday, value {@code 2025-W47}; a weekend is {@code 2025-W47-WE}, Sat..Sun.</li>
 *   <li>A decade value is its first three digits ({@code 199} = 1990..1999); a century value is its first two
 *       digits ({@code 18} = 1800..1899 = "19. Jahrhundert").</li>
 *   <li>Without a year to anchor it, a date keeps what it says: {@code XXXX-10-03}, {@code XXXX-10},
 *       {@code XXXX-WXX-3} ({@link #underspecified}).</li>
 *   <li>{@link #part(Part)} narrows the range (Anfang/Mitte/Ende) but keeps value and granularity:
 *       month: days 1–10 / 11–20 / 21–end; year: Jan–Feb / May–Aug / Nov–Dec; season: its first / middle / last
 *       month; week: Mon–Tue / Wed–Thu / Fri–Sun; decade: years 0–3 / 4–6 / 7–9; century: first two decades /
 *       decades 4–6 / last two decades; half-year, quarter: first / middle / last month.</li>
 * </ul>
 */
record Timex(String value, LocalDate start, LocalDate end, String granularity, boolean anchored) {

    enum Part { START, MID, END, WHOLE }

    static final String DAY = "day";
    static final String WEEK = "week";
    static final String MONTH = "month";
    static final String SEASON = "season";
    static final String QUARTER = "quarter";
    static final String YEAR = "year";
    static final String DECADE = "decade";
    static final String CENTURY = "century";
    static final String UNKNOWN = "unknown";
    /**
     * A set (recurring time, TIMEX3 type SET): "täglich", "pro Jahr", "jeden Montag", "alle zwei Jahre". The value is
     * the TIMEX3 set value (P1D, P1Y, XXXX-WXX-1, P2Y); the dates table has no quant/freq column, so EVERY and "2X"
     * are not kept. No day range, never anchored.
     */
    static final String SET = "set";

    /** An expression we found but could not resolve (no anchor, or vague). */
    static Timex unresolved(String value) {
        return new Timex(value, null, null, UNKNOWN, false);
    }

    /** A recurring time ({@link #SET}): value only, no day range, not anchored. */
    static Timex set(String value) {
        return new Timex(value, null, null, SET, false);
    }

    /**
     * A date whose year (or week) is unknown, in TIMEX3's underspecified form: {@code XXXX-10-03} (am 3. Oktober),
     * {@code XXXX-10} (im Oktober), {@code XXXX-WXX-3} (am Mittwoch); no day range, not anchored.
     */
    static Timex underspecified(String value, String granularity) {
        return new Timex(value, null, null, granularity, false);
    }

    /** {@code XXXX-10-03}: a day of a month in an unknown year. */
    static Timex underspecifiedDay(int month, int day) {
        return underspecified(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), DAY);
    }

    /** {@code XXXX-10}: a month in an unknown year. */
    static Timex underspecifiedMonth(int month) {
        return underspecified(String.format(Locale.ROOT, "XXXX-%02d", month), MONTH);
    }

    static Timex day(LocalDate d) {
        return new Timex(yearString(d.getYear()) + d.toString().substring(d.toString().length() - 6), d, d, DAY, true);
    }

    static Timex month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Timex(yearString(year) + "-" + two(month), ym.atDay(1), ym.atEndOfMonth(), MONTH, true);
    }

    static Timex year(int year) {
        return new Timex(yearString(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), YEAR, true);
    }

    static Timex week(LocalDate anyDayOfWeek) {
        LocalDate monday = anyDayOfWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String value = yearString(monday.get(IsoFields.WEEK_BASED_YEAR)) + "-W"
                + two(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new Timex(value, monday, monday.plusDays(6), WEEK, true);
    }

    static Timex weekend(LocalDate anyDayOfWeek) {
        Timex week = week(anyDayOfWeek);
        return new Timex(week.value + "-WE", week.start.plusDays(5), week.end, WEEK, true);
    }

    static Timex isoWeek(int weekBasedYear, int weekNo) {
        LocalDate d = LocalDate.of(weekBasedYear, 6, 1)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Math.min(weekNo, 53));
        return week(d);
    }

    /** Season code SP, SU, FA or WI. */
    static Timex season(int year, String code) {
        LocalDate start = switch (code) {
            case "SP" -> LocalDate.of(year, 3, 1);
            case "SU" -> LocalDate.of(year, 6, 1);
            case "FA" -> LocalDate.of(year, 9, 1);
            default -> LocalDate.of(year, 12, 1);
        };
        return new Timex(yearString(year) + "-" + code, start, start.plusMonths(3).minusDays(1), SEASON, true);
    }

    static Timex quarter(int year, int q) {
        LocalDate start = LocalDate.of(year, 3 * (q - 1) + 1, 1);
        return new Timex(yearString(year) + "-Q" + q, start, start.plusMonths(3).minusDays(1), QUARTER, true);
    }

    static Timex halfYear(int year, int h) {
        LocalDate start = LocalDate.of(year, h == 1 ? 1 : 7, 1);
        return new Timex(yearString(year) + "-H" + h, start, start.plusMonths(6).minusDays(1), UNKNOWN, true);
    }

    /** The decade starting at {@code firstYear} (a multiple of ten). */
    static Timex decade(int firstYear) {
        String v = yearString(firstYear);
        return new Timex(v.substring(0, v.length() - 1), LocalDate.of(firstYear, 1, 1),
                LocalDate.of(firstYear + 9, 12, 31), DECADE, true);
    }

    /** Ordinal century ("19. Jahrhundert" = 19); {@code bc} for "v. Chr.". */
    static Timex century(int ordinal, boolean bc) {
        if (bc) {
            int firstBc = ordinal * 100;               // 5. Jh. v. Chr. = 500..401 BC
            return new Timex("BC" + two(ordinal - 1), LocalDate.of(1 - firstBc, 1, 1),
                    LocalDate.of(1 - (firstBc - 99), 12, 31), CENTURY, true);
        }
        int first = (ordinal - 1) * 100;
        return new Timex(two(ordinal - 1), LocalDate.of(first, 1, 1), LocalDate.of(first + 99, 12, 31), CENTURY,
                true);
    }

    Timex withValue(String newValue) {
        return new Timex(newValue, start, end, granularity, anchored);
    }

    /** Narrows the covered range to the start, middle or end part (see class rules). */
    Timex part(Part part) {
        if (part == Part.WHOLE || start == null) {
            return this;
        }
        LocalDate s;
        LocalDate e;
        switch (granularity) {
            case MONTH -> {
                s = part == Part.START ? start : start.plusDays(part == Part.MID ? 10 : 20);
                e = part == Part.END ? end : start.plusDays(part == Part.MID ? 19 : 9);
            }
            case YEAR -> {
                s = start.plusMonths(part == Part.START ? 0 : part == Part.MID ? 4 : 10);
                e = start.plusMonths(part == Part.START ? 2 : part == Part.MID ? 8 : 12).minusDays(1);
            }
            case WEEK -> {
                s = start.plusDays(part == Part.START ? 0 : part == Part.MID ? 2 : 4);
                e = part == Part.START ? start.plusDays(1) : part == Part.MID ? start.plusDays(3) : end;
            }
            case DECADE -> {
                s = start.plusYears(part == Part.START ? 0 : part == Part.MID ? 4 : 7);
                e = start.plusYears(part == Part.START ? 4 : part == Part.MID ? 7 : 10).minusDays(1);
            }
            case CENTURY -> {
                s = start.plusYears(part == Part.START ? 0 : part == Part.MID ? 30 : 80);
                e = start.plusYears(part == Part.START ? 20 : part == Part.MID ? 60 : 100).minusDays(1);
            }
            default -> { // season, quarter, half year, day: first / middle / last month (or day itself)
                if (granularity.equals(DAY)) {
                    return this;
                }
                long months = java.time.temporal.ChronoUnit.MONTHS.between(start, end.plusDays(1));
                long offset = part == Part.START ? 0 : part == Part.MID ? months / 2 : months - 1;
                s = start.plusMonths(offset);
                e = s.plusMonths(1).minusDays(1);
            }
        }
        return new Timex(value, s, e, granularity, anchored);
    }

    /** TIMEX year string: four digits, {@code BC0490} for astronomical year -489. */
    static String yearString(int year) {
        if (year <= 0) {
            return "BC" + four(1 - year);
        }
        return four(year);
    }

    private static String four(int n) {
        String s = Integer.toString(n);
        return "0000".substring(Math.min(4, s.length())) + s;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
