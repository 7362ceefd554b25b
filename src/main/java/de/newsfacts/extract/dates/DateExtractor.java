package de.newsfacts.extract.dates;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Extractor;
import de.newsfacts.extract.dates.CandidateFinder.Candidate;
import de.newsfacts.structure.Sentence;

import java.util.ArrayList;
import java.util.List;

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
                out.add(new DateExpression(document.docId(), sentence.sentenceNo(), docText.substring(start, end),
                        t.value(), t.start(), t.end(), t.granularity(), t.anchored(), start, end));
                resolver.remember(c.rule(), t, text, c.start());
            }
        }
        return out;
    }

    private static boolean matchesDocument(String docText, Sentence s) {
        return s.charStart() >= 0 && s.charStart() + s.text().length() <= docText.length()
                && docText.startsWith(s.text(), s.charStart());
    }
}
