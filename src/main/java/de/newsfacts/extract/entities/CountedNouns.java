package de.newsfacts.extract.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops one-word PER mentions that are counted, so a common noun that is also a surname: "Dutzende Keller
 * überflutet", "drei Fischer vermisst", "mehrere Schneider". Rule: the mention is one word and stands one space after
 * a number word or quantifier of {@code quantifier-words.txt} (digits are not used: "1885 Jean Debrunner" has a year
 * before a name). Thread-safe.
 */
final class CountedNouns {

    private static final Set<String> QUANTIFIERS = WordListResource.set("quantifier-words.txt");

    private CountedNouns() {
    }

    /** Removes such mentions from the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            int[] r = raw.get(i);
            boolean oneWord = docText.substring(r[1], r[2]).indexOf(' ') < 0;
            if ("PER".equals(mentions.get(i).label()) && oneWord
                    && QUANTIFIERS.contains(OrganisationNouns.wordBefore(docText, r[1]).toLowerCase(Locale.ROOT))) {
                raw.remove(i);
                mentions.remove(i);
            }
        }
    }
}
