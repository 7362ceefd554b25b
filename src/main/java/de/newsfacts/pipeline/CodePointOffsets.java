package de.newsfacts.pipeline;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.Quantity;
import de.newsfacts.extract.Quote;
import de.newsfacts.structure.Block;
import de.newsfacts.structure.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Converts offsets from Java's UTF-16 indices (what the stages compute) to Unicode code point indices (what
 * the tables publish), so that {@code text[char_start:char_end]} holds in Python, pandas, DuckDB and Spark,
 * which all count code points. The two differ only after a character outside the Basic Multilingual Plane
 * (emoji, some CJK); documents without one are returned unchanged.
 */
final class CodePointOffsets {

    private final int[] codePointIndex;

    private CodePointOffsets(String text) {
        codePointIndex = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointIndex[i] = cp;
            if (!(Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                cp++;
            }
        }
        codePointIndex[text.length()] = cp;
    }

    /** Rewrites all offsets of an accepted document's result, or returns it as is when no conversion is needed. */
    static DocumentResult toCodePoints(DocumentResult result) {
        String text = result.document().text();
        if (text.codePointCount(0, text.length()) == text.length()) {
            return result;
        }
        CodePointOffsets c = new CodePointOffsets(text);
        return new DocumentResult(result.ordinal(), result.document(),
                map(result.blocks(), b -> b.charStart() == null ? b : new Block(b.docId(), b.blockNo(), b.kind(),
                        b.section(), b.text(), c.at(b.charStart()), c.at(b.charEnd()))),
                map(result.sentences(), s -> new Sentence(s.docId(), s.sentenceNo(), s.blockNo(), s.text(),
                        c.at(s.charStart()), c.at(s.charEnd()))),
                map(result.entities(), e -> new Entity(e.docId(), e.sentenceNo(), e.text(), e.label(), e.canonical(),
                        c.at(e.charStart()), c.at(e.charEnd()), e.source(), e.confidence())),
                map(result.quantities(), q -> new Quantity(q.docId(), q.sentenceNo(), q.text(), q.value(),
                        q.qualifier(), q.unit(), q.counted(), q.category(), c.at(q.charStart()), c.at(q.charEnd()))),
                map(result.dates(), d -> new DateExpression(d.docId(), d.sentenceNo(), d.text(), d.value(),
                        d.startDate(), d.endDate(), d.granularity(), d.anchored(), c.at(d.charStart()),
                        c.at(d.charEnd()))),
                map(result.quotes(), q -> new Quote(q.docId(), q.sentenceNo(), q.text(), q.speaker(), q.kind(),
                        q.cue(), c.at(q.charStart()), c.at(q.charEnd()))),
                null, null);
    }

    private int at(int utf16Index) {
        return codePointIndex[utf16Index];
    }

    private static <T> List<T> map(List<T> records, Function<T, T> convert) {
        List<T> converted = new ArrayList<>(records.size());
        records.forEach(r -> converted.add(convert.apply(r)));
        return converted;
    }
}
