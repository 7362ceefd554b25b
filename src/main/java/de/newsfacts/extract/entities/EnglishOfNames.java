package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.List;
import java.util.Set;

/**
 * English names built with "of" that the tagger cuts at the "of": "Royal Society of Public Health", "Bank of
 * America", "University of Cambridge", "Game of Thrones" (German news quotes them unchanged). Rule: a mention that is
 * not a person's, followed by " of " or ending in it (the tagger took the "of" but not the rest: "National Film Board
 * of" + "Canada"), an optional "the" and one or more capitalised words, extends over them; words
 * may be joined by "and", "&amp;", "for", "of" or "the" when a capitalised word follows. Mentions inside the stretch are
 * absorbed. In GermEval 2014 train + dev, an "of" right after an ORG or OTH token is inside that name in all 71
 * cases; persons are left out ("2. Earl of Macclesfield" is no name there). Also: a LOC mention right after an
 * English compass word outside every mention ({@link #COMPASS}: "Western Australia", "Lower Ninth", which the tagger
 * cuts to "Australia", "Ninth") starts at that word. Offsets only grow within the sentence, to a word's end or
 * start; thread-safe.
 */
final class EnglishOfNames {

    private EnglishOfNames() {
    }

    /** Rewrites in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        compassPlaces(docText, sentences, raw, mentions);
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            EntityExtractor.Mention m = mentions.get(i);
            if ("PER".equals(m.label())) continue;
            // the "of" outside the mention ("Bank" of America) or its last word ("National Film Board of" Canada)
            int from = docText.startsWith(" of ", r[2]) ? r[2] + 4
                    : r[2] - r[1] > 3 && docText.startsWith(" of ", r[2] - 3) ? r[2] + 1 : -1;
            if (from < 0) continue;
            int limit = sentences.get(r[0]).charEnd();
            int end = capitalisedRunEnd(docText, from, limit);
            if (end < 0) continue;
            EntityExtractor.growTo(raw, mentions, i, end);
        }
    }

    /** English words of direction and position that open place names ("Western Cape", "North Dakota"). */
    private static final Set<String> COMPASS = Set.of("Western", "Eastern", "Northern", "Southern", "North", "South",
            "East", "West", "Central", "Upper", "Lower");

    /** A LOC mention right after a {@link #COMPASS} word in its sentence, outside the mentions, takes the word in. */
    private static void compassPlaces(String docText, List<Sentence> sentences, List<int[]> raw,
                                      List<EntityExtractor.Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            EntityExtractor.Mention m = mentions.get(i);
            if (!"LOC".equals(m.label())) continue;
            String word = EntityExtractor.wordBefore(docText, r[1]);
            int start = r[1] - 1 - word.length();
            if (!COMPASS.contains(word) || start < sentences.get(r[0]).charStart()
                    || start > 0 && Character.isLetterOrDigit(docText.charAt(start - 1))
                    || i > 0 && raw.get(i - 1)[2] > start) {
                continue;
            }
            int grow = r[1] - start;
            raw.set(i, new int[]{r[0], start, r[2]});
            mentions.set(i, new EntityExtractor.Mention(m.start() - grow, m.end(), m.label(), m.confidence()));
        }
    }

    private static final String[] JOINERS = {"and ", "& ", "for ", "of ", "the "};

    /**
     * The end of "[the ]Word( [joiner ]Word)*" from {@code from}, words capitalised (letters, digits, hyphens,
     * dots inside), within {@code limit}; -1 when no capitalised word comes first.
     */
    static int capitalisedRunEnd(String text, int from, int limit) {
        int p = text.startsWith("the ", from) ? from + 4 : from;
        int end = wordEnd(text, p, limit);
        if (end < 0) return -1;
        while (end + 1 < limit && text.charAt(end) == ' ') {
            int next = end + 1;
            for (String joiner : JOINERS) {
                if (text.startsWith(joiner, next) && wordEnd(text, next + joiner.length(), limit) > 0) {
                    next += joiner.length();
                    break;
                }
            }
            int e = wordEnd(text, next, limit);
            if (e < 0) break;
            end = e;
        }
        return end;
    }

    /** The end of a capitalised word at {@code p}, or -1. */
    private static int wordEnd(String text, int p, int limit) {
        if (p >= limit || !Character.isUpperCase(text.charAt(p))) return -1;
        int e = p + 1;
        while (e < limit && (Character.isLetterOrDigit(text.charAt(e)) || text.charAt(e) == '-' && e + 1 < limit
                && Character.isLetterOrDigit(text.charAt(e + 1)))) {
            e++;
        }
        return e;
    }
}
