package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.List;
import java.util.Set;

/**
 * Party names the tagger left unlabelled ("Die AfD erreichte 23,4 Prozent", "Die Grünen nannten …"). Rules:
 * <ul>
 *   <li>A listed party abbreviation ({@code party-names.txt}: "AfD", "ÖVP", "SPD") standing alone — no letter,
 *       digit or hyphen on either side ("AfD-Chef" is a compound, and so is a slash list ending in one:
 *       "CDU/CSU-Fraktion") — is ORG.</li>
 *   <li>"Grünen"/"Linken" right after "die"/"der"/"den" (any case), "Linke" after "die" ("der Linke" is a man),
 *       are the party when no capitalised word follows ("der Grünen Jugend" is another name).</li>
 * </ul>
 * Only where no mention overlaps; labels the tagger gave are left alone. Thread-safe.
 */
final class PartyNames {

    private static final Set<String> ABBREVIATIONS = WordListResource.set("party-names.txt");

    /** Party names that are also plain words: only after a definite article. */
    private static final List<String> WORD_NAMES = List.of("Grünen", "Linken", "Linke");

    private static final Set<String> ARTICLES = Set.of("die", "der", "den");
    private static final Set<String> FEMININE = Set.of("die");

    private PartyNames() {
    }

    /** The longest listed name: a longer run of letters is no candidate. */
    private static final int LONGEST = longest();

    private static int longest() {
        int longest = 0;
        for (String name : ABBREVIATIONS) {
            // the scan below looks only at runs of letters or digits that open and close with a capital
            if (!Character.isUpperCase(name.charAt(0)) || !Character.isUpperCase(name.charAt(name.length() - 1))
                    || !name.chars().allMatch(Character::isLetterOrDigit)) {
                throw new IllegalStateException("party-names.txt: not an abbreviation in capitals: " + name);
            }
            longest = Math.max(longest, name.length());
        }
        for (String name : WORD_NAMES) longest = Math.max(longest, name.length());
        return longest;
    }

    /**
     * Rewrites in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. One pass
     * over the document: every run of letters or digits that opens with a capital and is no longer than a listed
     * name is looked up, among the abbreviations if it also ends in a capital, else among the word names.
     */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw,
                      List<EntityExtractor.Mention> mentions) {
        int n = docText.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetterOrDigit(docText.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(docText.charAt(i))) i++;
            if (i - start > LONGEST || !Character.isUpperCase(docText.charAt(start))) continue;
            if (Character.isUpperCase(docText.charAt(i - 1))) {
                // only an abbreviation ends in a capital; the substring is made for these few words alone
                if (ABBREVIATIONS.contains(docText.substring(start, i)) && standsAlone(docText, start, i)) {
                    EntityExtractor.addMention(sentences, raw, mentions, start, i, "ORG", 0.8);
                }
                continue;
            }
            String word = wordNameAt(docText, start, i);
            if (word != null) {
                // "der Linke hält …" is a man of the party: the singular only after the feminine "die"
                Set<String> articles = word.endsWith("e") ? FEMININE : ARTICLES;
                if (standsAlone(docText, start, i) && afterArticle(docText, start, articles)
                        && !capitalisedWordAfter(docText, i)) {
                    EntityExtractor.addMention(sentences, raw, mentions, start, i, "ORG", 0.8);
                }
            }
        }
    }

    /** The {@link #WORD_NAMES} entry that is exactly {@code text[start, end)}, or null. */
    private static String wordNameAt(String text, int start, int end) {
        for (String name : WORD_NAMES) {
            if (name.length() == end - start && text.startsWith(name, start)) return name;
        }
        return null;
    }

    private static boolean standsAlone(String text, int start, int end) {
        if (start > 0 && partOfWord(text.charAt(start - 1))) {
            return false;
        }
        // "CDU/CSU-Fraktion", "SPD/Grüne-Lager": a slash list that ends in a hyphen compound is one word
        int e = end;
        while (e < text.length() && text.charAt(e) == '/') {
            e++;
            while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) e++;
        }
        return e == text.length() || !partOfWord(text.charAt(e));
    }

    private static boolean partOfWord(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '‐';
    }

    /** One of {@code articles} (any case) and a space right before {@code at}. */
    private static boolean afterArticle(String text, int at, Set<String> articles) {
        return articles.contains(OrganisationNouns.wordBefore(text, at).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean capitalisedWordAfter(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }
}
