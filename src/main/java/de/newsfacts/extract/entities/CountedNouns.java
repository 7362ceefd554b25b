package de.newsfacts.extract.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops mentions that are counted common nouns:
 * <ul>
 *   <li>a one-word PER mention that is counted, so a common noun that is also a surname: "Dutzende Keller
 *       überflutet", "drei Fischer vermisst", "mehrere Schneider". Rule: the mention is one word and stands one space
 *       after a number word or quantifier of {@code quantifier-words.txt} (digits are not used: "1885 Jean Debrunner"
 *       has a year before a name);</li>
 *   <li>a two-word mention of any label that is a number word, quantifier or indefinite article and a casualty noun
 *       of the quantities package ({@code single-casualty-nouns.txt}): "Ein Toter, 23 Verletzte" in a headline;</li>
 *   <li>a one-word PER, LOC or ORG mention that is a compound opened by a number word and a hyphen
 *       ("Sieben-Tage-Inzidenz", "Fünf-Prozent-Hürde", "Zwei-Drittel-Mehrheit"): GermEval 2014 leaves them
 *       untagged. MISC stays: such a compound can name an event ("der Sechs-Tage-Krieg").</li>
 * </ul>
 * Thread-safe.
 */
final class CountedNouns {

    private static final Set<String> QUANTIFIERS = WordListResource.set("quantifier-words.txt");
    private static final Set<String> INDEFINITE_ARTICLES = Set.of("ein", "eine", "einen", "einem", "einer", "eines");
    private static final List<String> CASUALTY_NOUNS =
            WordListResource.lines("/de/newsfacts/extract/quantities/single-casualty-nouns.txt");

    private CountedNouns() {
    }

    /** Removes such mentions from the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            int[] r = raw.get(i);
            String text = docText.substring(r[1], r[2]);
            boolean oneWord = text.indexOf(' ') < 0;
            if ("PER".equals(mentions.get(i).label()) && oneWord
                    && QUANTIFIERS.contains(OrganisationNouns.wordBefore(docText, r[1]).toLowerCase(Locale.ROOT))
                    || countedCasualty(text)
                    || numberCompound(text) && !"MISC".equals(mentions.get(i).label())) {
                raw.remove(i);
                mentions.remove(i);
            }
        }
    }

    /** "Ein Toter", "Zwei Schwerverletzte": a number word or indefinite article and a casualty noun. */
    static boolean countedCasualty(String text) {
        String[] words = text.split(" ");
        if (words.length != 2) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        if (!INDEFINITE_ARTICLES.contains(first) && !QUANTIFIERS.contains(first)) {
            return false;
        }
        return WordListResource.endsWithEntry(words[1].toLowerCase(Locale.ROOT), CASUALTY_NOUNS);
    }

    /** "Sieben-Tage-Inzidenz": one word opened by a number word and a hyphen, then a capitalised part. */
    static boolean numberCompound(String text) {
        int hyphen = text.indexOf('-');
        if (hyphen <= 0 || text.indexOf(' ') >= 0 || hyphen + 1 >= text.length()
                || !Character.isUpperCase(text.charAt(hyphen + 1))) {
            return false;
        }
        String first = text.substring(0, hyphen).toLowerCase(Locale.ROOT);
        return INDEFINITE_ARTICLES.contains(first) || first.equals("eins") || QUANTIFIERS.contains(first)
                && !first.startsWith("viel") && !first.startsWith("wenig") && !first.startsWith("beid");
    }
}
