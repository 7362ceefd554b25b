package de.newsfacts.extract.dates;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Extractor;
import de.newsfacts.extract.dates.CandidateFinder.Candidate;
import de.newsfacts.structure.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based German temporal tagger (HeidelTime-like): finds dates, months, years, seasons, decades, centuries,
 * weeks, quarters, holidays, fuzzy parts ("Ende Oktober", "Anfang des Jahres"), relative expressions ("gestern",
 * "am Mittwoch", "vor zwei Wochen", "Ende vergangenen Jahres"), clock times and durations in each sentence, and
 * normalizes them to TIMEX3-style values with the inclusive day range they cover.
 *
 * <p>Two anchoring modes (see {@link TimexResolver} for all rules):
 * <ul>
 *   <li>{@link Mode#NEWS} (default, used by the pipeline): deictic expressions count from
 *       {@link DocumentContext#published()}; without a publication date they are emitted unresolved (value and
 *       dates null, anchored false). Anaphoric ones ("am selben Tag", "drei Tage später") count from the last
 *       date mentioned before them. Year-less dates take the publication year, or without a publication date the
 *       last explicit year of the text.</li>
 *   <li>{@link Mode#NARRATIVE} (histories, Wikipedia): everything counts from the last date mentioned before the
 *       expression, starting with the publication date; "heute"/"jetzt" are PRESENT_REF.</li>
 * </ul>
 * Matching works per sentence; span conventions follow TIMEX2 (prepositions outside, modifiers inside). Records
 * come in text order; {@code text == document.text().substring(charStart, charEnd)} always holds (a sentence whose
 * text does not match the document at its offsets is skipped).
 *
 * <p>Immutable and thread-safe; one instance can serve all threads.
 */
public final class DateExtractor implements Extractor<DateExpression> {

    /** How relative expressions are anchored. */
    public enum Mode { NEWS, NARRATIVE }

    private static final TemporalLexicon LEXICON = TemporalLexicon.INSTANCE;
    private static final TemporalPatterns PATTERNS = new TemporalPatterns(LEXICON);
    private static final CandidateFinder FINDER = new CandidateFinder(LEXICON, PATTERNS);

    private final Mode mode;

    /** News mode. */
    public DateExtractor() {
        this(Mode.NEWS);
    }

    public DateExtractor(Mode mode) {
        this.mode = mode == null ? Mode.NEWS : mode;
    }

    public static DateExtractor news() {
        return new DateExtractor(Mode.NEWS);
    }

    public static DateExtractor narrative() {
        return new DateExtractor(Mode.NARRATIVE);
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public List<DateExpression> extract(DocumentContext document) {
        List<DateExpression> out = new ArrayList<>();
        if (document == null || document.sentences() == null || document.text() == null) {
            return out;
        }
        String docText = document.text();
        TimexResolver resolver = new TimexResolver(LEXICON, PATTERNS, document.published(), mode == Mode.NARRATIVE);
        for (Sentence sentence : document.sentences()) {
            String text = sentence == null ? null : sentence.text();
            if (text == null || text.isEmpty() || !matchesDocument(docText, sentence)) {
                continue;
            }
            for (Candidate c : FINDER.find(text)) {
                Timex t = resolver.resolve(c, text);
                if (t == null) {
                    continue;
                }
                int start = sentence.charStart() + c.start();
                int end = sentence.charStart() + c.end();
                DateExpression found = new DateExpression(document.docId(), sentence.sentenceNo(),
                        docText.substring(start, end), t.value(), t.start(), t.end(), t.granularity(), t.anchored(),
                        start, end);
                DateExpression joined = out.isEmpty() ? null : joinedDuration(out.get(out.size() - 1), found, docText);
                if (joined != null) {
                    out.set(out.size() - 1, joined);
                } else {
                    out.add(found);
                }
                resolver.remember(c.rule(), t, text, c.start());
            }
        }
        return out;
    }

    /** One unit of a duration value: "P3Y", "P6M", "PT1H", "PT12M". */
    private static final Pattern SINGLE_DURATION = Pattern.compile("P(T?)(\\d+)([YMWDHS])");
    /** Units from largest to smallest; a minute ("M" after "T") ranks below the hour. */
    private static final String DATE_UNITS = "YMWD";
    private static final String TIME_UNITS = "HMS";

    /**
     * "zu drei Jahren und sechs Monaten Haft", "eine Stunde und zwölf Minuten": two durations joined by "und",
     * the second in a smaller unit, are one duration (P3Y6M, PT1H12M), not two. Only single-unit durations of the
     * same sentence; "zwei Jahre und drei Jahre" or "drei Monate und zwei Jahre" stay apart, and so do sets
     * ("jährlich und alle zwei Jahre").
     */
    static DateExpression joinedDuration(DateExpression first, DateExpression second, String docText) {
        if (first.value() == null || second.value() == null || first.sentenceNo() != second.sentenceNo()
                || Timex.SET.equals(first.granularity()) || Timex.SET.equals(second.granularity())
                || !" und ".equals(docText.substring(first.charEnd(), Math.max(first.charEnd(), second.charStart())))) {
            return null;
        }
        Matcher a = SINGLE_DURATION.matcher(first.value());
        Matcher b = SINGLE_DURATION.matcher(second.value());
        if (!a.matches() || !b.matches()) {
            return null;
        }
        int rankA = rank(a.group(1).isEmpty(), a.group(3));
        int rankB = rank(b.group(1).isEmpty(), b.group(3));
        if (rankA < 0 || rankB <= rankA) {
            return null;
        }
        String value = first.value() + (b.group(1).isEmpty() || !a.group(1).isEmpty() ? "" : "T")
                + b.group(2) + b.group(3);
        return new DateExpression(first.docId(), first.sentenceNo(),
                docText.substring(first.charStart(), second.charEnd()), value, null, null, first.granularity(),
                false, first.charStart(), second.charEnd());
    }

    /** Position of a unit from largest (0, years) to smallest; -1 if the unit does not belong to its part. */
    private static int rank(boolean datePart, String unit) {
        int i = datePart ? DATE_UNITS.indexOf(unit) : TIME_UNITS.indexOf(unit);
        return i < 0 ? -1 : datePart ? i : DATE_UNITS.length() + i;
    }

    private static boolean matchesDocument(String docText, Sentence s) {
        return s.charStart() >= 0 && s.charStart() + s.text().length() <= docText.length()
                && docText.startsWith(s.text(), s.charStart());
    }
}
