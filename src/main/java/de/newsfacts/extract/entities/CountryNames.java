package de.newsfacts.extract.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Countries the tagger took for persons: "die Niederlage Mexikos" came out as PER "Mexikos" (canonical "Mexiko"),
 * as did other country names in a genitive or at a sentence start. Rule: a one-word PER mention that is a listed
 * country ({@link Gazetteer#COUNTRY}) in its German name, or that name with a genitive "s", becomes LOC. Not when the word is a
 * listed first name ("Chad", "Israel") or the last word of a longer person's name in the same document ("Michael
 * Jordan" … "Jordan"). And a one-word LOC mention that is a country in a foreign form right after "die"/"der" ("die
 * Austria", "der Austria": German gives its own country names no such article, so this is the club or firm named
 * after it) becomes ORG. Thread-safe.
 */
final class CountryNames {

    private CountryNames() {
    }

    /** Relabels in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions, Gazetteer gazetteer) {
        Set<String> surnames = null;
        for (int i = 0; i < mentions.size(); i++) {
            EntityExtractor.Mention m = mentions.get(i);
            if ("LOC".equals(m.label())) {
                if (foreignCountryAfterArticle(docText, raw.get(i), gazetteer)) {
                    mentions.set(i, new EntityExtractor.Mention(m.start(), m.end(), "ORG", m.confidence()));
                }
                continue;
            }
            if (!"PER".equals(m.label())) continue;
            int[] r = raw.get(i);
            String word = docText.substring(r[1], r[2]);
            if (!isCountry(word, gazetteer)) continue;
            if (surnames == null) surnames = surnames(docText, raw, mentions);
            if (surnames.contains(word) || surnames.contains(word.substring(0, word.length() - 1))) continue;
            mentions.set(i, new EntityExtractor.Mention(m.start(), m.end(), "LOC", m.confidence()));
        }
    }

    /** "die", "der" as written before a name (either case). */
    private static final Set<String> FEMININE_ARTICLES = Set.of("die", "der", "Die", "Der");

    /**
     * A one-word place that is a country written in a foreign form ("Austria") right after "die"/"der": German names
     * no country so, with an article it does not take; it is a club or firm named after it ("die Austria" for
     * Austria Wien).
     */
    private static boolean foreignCountryAfterArticle(String docText, int[] r, Gazetteer gazetteer) {
        if (r[1] < 4 || docText.charAt(r[1] - 1) != ' ') return false;
        String word = docText.substring(r[1], r[2]);
        if (word.indexOf(' ') >= 0 || !FEMININE_ARTICLES.contains(EntityExtractor.wordBefore(docText, r[1]))) {
            return false;
        }
        String german = gazetteer.canonicalPlace(word);
        return german != null && !german.equals(word) && (gazetteer.kindsOf(german) & Gazetteer.COUNTRY) != 0;
    }

    private static boolean isCountry(String word, Gazetteer gazetteer) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || word.indexOf(' ') >= 0) return false;
        // the cheap map lookups first: most person mentions are no country
        if (germanCountryName(word, gazetteer)) return !gazetteer.isFirstName(word);
        if (!word.endsWith("s")) return false;
        String stem = word.substring(0, word.length() - 1);
        return germanCountryName(stem, gazetteer) && !gazetteer.isFirstName(word) && !gazetteer.isFirstName(stem);
    }

    /**
     * A listed country written as German news name it: "Mexiko", not a foreign variant such as "Ireland", which is
     * also a given name ("die Tochter Ireland").
     */
    private static boolean germanCountryName(String word, Gazetteer gazetteer) {
        return word.equals(gazetteer.canonicalPlace(word)) && (gazetteer.kindsOf(word) & Gazetteer.COUNTRY) != 0;
    }

    /** Last words of the document's PER mentions of two or more words. */
    private static Set<String> surnames(String text, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        Set<String> out = new HashSet<>();
        for (int k = 0; k < mentions.size(); k++) {
            if (!"PER".equals(mentions.get(k).label())) continue;
            int[] r = raw.get(k);
            int space = text.lastIndexOf(' ', r[2] - 1);
            if (space >= r[1]) out.add(text.substring(space + 1, r[2]));
        }
        return out;
    }
}
