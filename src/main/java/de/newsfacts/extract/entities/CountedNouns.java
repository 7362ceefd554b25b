package de.newsfacts.extract.entities;

import de.newsfacts.extract.AdjectiveEndings;

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
 *   <li>a one-word PER mention after a determiner ("der Hacker betont", "dem jungen Hacker") of a word the document
 *       also uses after an indefinite article ("ein einzelner Hacker") and never as a bare one-word PER mention
 *       ("Thiem bedankte sich" keeps "ein überglücklicher Thiem" a name): a common noun that is also a surname;</li>
 *   <li>a two-word mention of any label that is a number word, quantifier or indefinite article and a casualty noun
 *       of the quantities package ({@code single-casualty-nouns.txt}): "Ein Toter, 23 Verletzte" in a headline;</li>
 *   <li>a one-word PER, LOC or ORG mention that is a compound opened by a number word and a hyphen
 *       ("Sieben-Tage-Inzidenz", "Fünf-Prozent-Hürde", "Zwei-Drittel-Mehrheit"): GermEval 2014 leaves them
 *       untagged. MISC stays: such a compound can name an event ("der Sechs-Tage-Krieg").</li>
 *   <li>a mention that opens with a unit abbreviation of the quantities package ({@code units.txt}, phrases of up
 *       to three characters with a capital letter, currencies left out) one space after a digit: "32 GB Speicher",
 *       "mit 64 GB" (GB as Great Britain to the tagger), "3 GB RAM". A currency after a number stays: GermEval
 *       tags "DM", "Euro" OTH.</li>
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
        // one-word persons after a determiner ("der Hacker"), and those named bare: "ein überglücklicher Thiem" …
        // "Thiem bedankte sich" keeps the name
        boolean[] afterDeterminer = new boolean[mentions.size()];
        Set<String> bareNames = new java.util.HashSet<>();
        Set<String> candidates = new java.util.HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            String text = docText.substring(r[1], r[2]);
            if ("PER".equals(mentions.get(i).label()) && text.indexOf(' ') < 0) {
                afterDeterminer[i] = determinerBefore(docText, r[1], DETERMINERS);
                if (afterDeterminer[i]) {
                    candidates.add(text);
                } else {
                    bareNames.add(text);
                }
            }
        }
        candidates.removeAll(bareNames);
        // words the document uses after an indefinite article, looked for only when a candidate is never named bare
        Set<String> commonNouns = candidates.isEmpty() ? Set.of() : indefiniteNouns(docText);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            int[] r = raw.get(i);
            String text = docText.substring(r[1], r[2]);
            boolean oneWord = text.indexOf(' ') < 0;
            boolean person = "PER".equals(mentions.get(i).label()) && oneWord;
            if (person && QUANTIFIERS.contains(OrganisationNouns.wordBefore(docText, r[1]).toLowerCase(Locale.ROOT))
                    || afterDeterminer[i] && commonNouns.contains(text) && !bareNames.contains(text)
                    || countedCasualty(text)
                    || numberCompound(text) && !"MISC".equals(mentions.get(i).label())
                    || unitAfterNumber(docText, r[1], text)) {
                raw.remove(i);
                mentions.remove(i);
            }
        }
    }

    /**
     * Short unit abbreviations with a capital letter ("GB", "MB", "TB", "kW", "MW", "kWh"), from the quantities
     * package's {@code units.txt}; currencies (ISO codes: "EUR", "DM" = DEM, "Yen" = JPY) are left out.
     */
    private static final Set<String> UNIT_ABBREVIATIONS = unitAbbreviations();

    private static Set<String> unitAbbreviations() {
        Set<String> out = new java.util.HashSet<>();
        for (String line : WordListResource.lines("/de/newsfacts/extract/quantities/units.txt")) {
            String[] f = line.split("\t");
            if (f.length != 2 || f[0].length() > 3 || f[1].matches("[A-Z]{3}")) continue;
            boolean letters = true;
            boolean capital = false;
            for (int k = 0; k < f[0].length(); k++) {
                letters &= Character.isLetter(f[0].charAt(k));
                capital |= Character.isUpperCase(f[0].charAt(k));
            }
            if (letters && capital) out.add(f[0]);
        }
        return Set.copyOf(out);
    }

    /** A mention opened by a unit abbreviation one space after a digit ("32 GB", "3 GB RAM"). */
    static boolean unitAfterNumber(String docText, int start, String text) {
        if (start < 2 || docText.charAt(start - 1) != ' ' || !Character.isDigit(docText.charAt(start - 2))) {
            return false;
        }
        int space = text.indexOf(' ');
        return UNIT_ABBREVIATIONS.contains(space < 0 ? text : text.substring(0, space));
    }

    /** Indefinite and negative articles ({@code indefinite-articles.txt}): "ein einzelner Hacker", "kein Hacker". */
    private static final Set<String> INDEFINITES = DocumentConsistency.INDEFINITE_ARTICLES;
    /** Definite and indefinite articles before a noun ("der Hacker", "dem Hacker", "ein einzelner Hacker"). */
    private static final Set<String> DETERMINERS = articles();

    private static Set<String> articles() {
        Set<String> out = new java.util.HashSet<>(Set.of("der", "die", "das", "dem", "den", "des"));
        out.addAll(INDEFINITES);
        return Set.copyOf(out);
    }

    /**
     * One of {@code determiners} before the word at {@code start}, directly or across at most two inflected
     * adjectives ("der Hacker", "dem jungen Hacker", "ein einzelner Hacker").
     */
    private static boolean determinerBefore(String text, int start, Set<String> determiners) {
        int at = start;
        for (int skipped = 0; skipped <= 2; skipped++) {
            String w = OrganisationNouns.wordBefore(text, at);
            if (w.isEmpty()) {
                return false;
            }
            if (determiners.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!inflectedAdjective(w)) {
                return false; // "einem Tor von Keita": only adjectives may stand between
            }
            at -= w.length() + 1;
        }
        return false;
    }

    /**
     * Capitalised words the document uses after an indefinite article, directly or across at most two inflected
     * adjectives ("ein einzelner Hacker", "keinen Hacker"): common nouns there, so a one-word PER mention of the same
     * word after a determiner ("der Hacker betont") is the noun too, even if it is also a surname.
     */
    private static Set<String> indefiniteNouns(String text) {
        Set<String> nouns = new java.util.HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isUpperCase(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end - i >= 3 && determinerBefore(text, i, INDEFINITES)) {
                nouns.add(text.substring(i, end));
            }
            i = end;
        }
        return nouns;
    }

    /** A lower-case word with an adjective ending ("einzelner", "jungen", "neue"); not "von", "mit", "aus". */
    private static boolean inflectedAdjective(String w) {
        return w.length() >= 4 && Character.isLowerCase(w.charAt(0)) && AdjectiveEndings.has(w);
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
