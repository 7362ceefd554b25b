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

    /** Rewrites in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw,
                      List<EntityExtractor.Mention> mentions) {
        for (String name : ABBREVIATIONS) {
            for (int at = docText.indexOf(name); at >= 0; at = docText.indexOf(name, at + name.length())) {
                if (standsAlone(docText, at, at + name.length())) {
                    add(docText, sentences, raw, mentions, at, at + name.length());
                }
            }
        }
        for (String name : WORD_NAMES) {
            for (int at = docText.indexOf(name); at >= 0; at = docText.indexOf(name, at + name.length())) {
                int end = at + name.length();
                // "der Linke hält …" is a man of the party: the singular only after the feminine "die"
                Set<String> articles = name.endsWith("e") ? FEMININE : ARTICLES;
                if (standsAlone(docText, at, end) && afterArticle(docText, at, articles)
                        && !capitalisedWordAfter(docText, end)) {
                    add(docText, sentences, raw, mentions, at, end);
                }
            }
        }
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
        if (at < 4 || text.charAt(at - 1) != ' ' || at >= 5 && Character.isLetter(text.charAt(at - 5))) {
            return false;
        }
        return articles.contains(text.substring(at - 4, at - 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean capitalisedWordAfter(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    /** Adds an ORG mention over [start, end) unless a mention overlaps it; keeps the lists sorted by start. */
    private static void add(String docText, List<Sentence> sentences, List<int[]> raw,
                            List<EntityExtractor.Mention> mentions, int start, int end) {
        int first = 0;
        while (first < raw.size() && raw.get(first)[2] <= start) first++;
        if (first < raw.size() && raw.get(first)[1] < end) return;
        int s = SaintPlaces.sentenceAt(sentences, start);
        if (s < 0) return;
        int base = sentences.get(s).charStart();
        raw.add(first, new int[]{s, start, end});
        mentions.add(first, new EntityExtractor.Mention(start - base, end - base, "ORG", 0.8));
    }
}
