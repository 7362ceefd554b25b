package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dateline of a news article names places: "Sydney – Der in Australien geborene …", "Spielfeld/Šentilj/Bad
 * Radkersburg – Ein im Vergleich …". The tagger reads a lone dateline word as a person as often as not when it does
 * not know the town (10kGNAD test: "Sydney", "Greifswald", "Monte Carlo" PER, "Providence" ORG, "Mountain View"
 * MISC; "Traiskirchen", "Spielfeld", "Le Bourget" untagged) and a list joined by slashes as one mention of any label.
 * Rules:
 * <ul>
 *   <li>The dateline opens the second to fourth sentence (after the headline and a lead of one to three sentences)
 *       and ends at a dash between spaces ("–", "—", "-") that is followed by a capitalised word: "Lorenz – übrigens
 *       langjähriger Ehrenpräsident …" and "Allein – auch …" are sentences, not datelines; and a lower-case word
 *       follows later in the sentence: "Eintracht Frankfurt – Arminia Bielefeld 2 : 1" is a result line. ("Wien/St.
 *       Pölten –" is one sentence: the splitter does not end it after an abbreviation in a slash list.)</li>
 *   <li>It is one place or several joined by "/", each of one to five words: capitalised words (letters, "." and
 *       hyphens inside) with the lower-case links of place names between them ("Neusiedl am See", "Ried im Innkreis",
 *       "Rio de Janeiro"), beginning and ending with a capitalised word. A river or region after the slash stays with
 *       its town ("Frankfurt/Main": {@link PageNameRules#PLACE_QUALIFIERS}). Not when the first word is an article,
 *       determiner or preposition ("Von Anna Berg – …", "Die – zugegeben …") or a section kicker ({@code
 *       kicker-words.txt}: "Kommentar – …").</li>
 *   <li>Every mention inside the dateline is replaced by one LOC mention per place, with the confidence of an anchor
 *       ({@link #CONFIDENCE}), so {@link DocumentConsistency}, which runs after, finds the place elsewhere too.</li>
 * </ul>
 * GermEval's single sentences have no dateline (the rule needs a second sentence). Cost: one look at the start of
 * three sentences per document; thread-safe.
 */
final class DatelinePlaces {

    /** The confidence of a dateline place: an anchor for {@link DocumentConsistency}. */
    static final double CONFIDENCE = 0.95;
    /** The longest dateline looked at, in characters ("Johannesburg/Khartum/Den Haag" is 29). */
    private static final int MAX_LENGTH = 80;
    private static final int MAX_WORDS = 5;

    /** Lower-case words inside place names ("Neusiedl am See", "Frankfurt an der Oder", "Rio de Janeiro"). */
    private static final Set<String> LINKS = Set.of("am", "an", "im", "in", "ob", "bei", "der", "de", "del", "della",
            "di", "da", "do", "dos", "das", "la", "le", "les", "sur", "upon", "on", "en", "y");
    /** Capitalised words that open a sentence but no place: prepositions and pronouns before a dash. */
    private static final Set<String> NO_PLACE_START = Set.of("von", "aus", "mit", "für", "bei", "nach", "in", "im",
            "auf", "über", "unter", "vor", "ab", "seit", "bis", "zu", "zum", "zur", "und", "oder", "aber", "doch",
            "er", "sie", "es", "wir", "ihr", "ich", "du", "man", "nur", "auch", "noch", "so", "wie", "was", "wer",
            "wo", "warum");
    private static final Set<String> DETERMINERS = WordListResource.set("determiners.txt");
    private static final Set<String> KICKERS = WordListResource.set("kicker-words.txt");
    private static final Set<String> MEDIA = PageNameRules.MEDIA;

    private DatelinePlaces() {
    }

    /** Rewrites the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions} in place. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        for (int s = 1; s <= PageNameRules.DATELINE_LAST_SENTENCE && s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            String text = sentence.text();
            int dash = datelineEnd(text);
            if (dash < 0 || !hasLowerCaseWord(text, dash + 3)) continue;
            List<int[]> places = places(text, dash);
            if (places == null) continue;
            int base = sentence.charStart();
            int k = 0;
            while (k < raw.size() && raw.get(k)[2] <= base) k++;
            while (k < raw.size() && raw.get(k)[1] < base + dash) {
                raw.remove(k);
                mentions.remove(k);
            }
            for (int[] p : places) {
                raw.add(k, new int[]{s, base + p[0], base + p[1]});
                mentions.add(k, new EntityExtractor.Mention(p[0], p[1], "LOC", CONFIDENCE));
                k++;
            }
        }
    }

    /** The index of the space before a dateline dash followed by a space and a capitalised word, or -1. */
    static int datelineEnd(String text) {
        int limit = Math.min(text.length() - 3, MAX_LENGTH);
        for (int i = 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ' ' && isDash(text.charAt(i + 1)) && text.charAt(i + 2) == ' ') {
                return i + 3 < text.length() && Character.isUpperCase(text.charAt(i + 3)) ? i : -1;
            }
            if (c == ' ' && text.charAt(i + 1) == '(') {
                // "Traiskirchen (APA) – Der Gemeinderat …": a listed agency in brackets between place and dash
                int close = agencyBracketEnd(text, i + 1);
                return close > 0 && close + 3 < text.length() && text.charAt(close) == ' '
                        && isDash(text.charAt(close + 1)) && text.charAt(close + 2) == ' '
                        && Character.isUpperCase(text.charAt(close + 3)) ? i : -1;
            }
            if (!Character.isLetter(c) && c != ' ' && c != '/' && c != '.' && c != '-' && c != '\'' && c != '’') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The index after the closing bracket of "(APA)", "(dpa)", "(APA/dpa)" opening at {@code open}: listed outlets
     * ({@code media-outlets.txt}) joined by slashes; else -1.
     */
    private static int agencyBracketEnd(String text, int open) {
        int i = open + 1;
        while (i < text.length() && i < open + 30) {
            int end = PageNameRules.outletEnd(text, i);
            if (end < 0 || end >= text.length()) return -1;
            char c = text.charAt(end);
            if (c == ')') return end + 1;
            if (c != '/') return -1;
            i = end + 1;
        }
        return -1;
    }

    /** A word that starts lower-case from {@code from} on: the body is a sentence, no result line ("A – B 2 : 1"). */
    private static boolean hasLowerCaseWord(String text, int from) {
        for (int i = Math.max(from, 1); i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i)) && text.charAt(i - 1) == ' ') return true;
        }
        return false;
    }

    private static boolean isDash(char c) {
        return c == '–' || c == '—' || c == '-';
    }

    /** The places of the dateline {@code text[0, end)} as [start, end) pairs, or null when it is no list of places. */
    static List<int[]> places(String text, int end) {
        String first = firstWord(text, end).toLowerCase(Locale.ROOT);
        if (NO_PLACE_START.contains(first) || DETERMINERS.contains(first) || KICKERS.contains(first)) return null;
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (from < end) {
            int slash = text.indexOf('/', from);
            int to = slash < 0 || slash > end ? end : slash;
            if (!isPlace(text, from, to)) return null;
            if (!out.isEmpty() && PageNameRules.PLACE_QUALIFIERS.contains(text.substring(from, to))) {
                out.get(out.size() - 1)[1] = to;
            } else {
                out.add(new int[]{from, to});
            }
            from = to + 1;
        }
        return out.isEmpty() ? null : out;
    }

    private static String firstWord(String text, int end) {
        int i = 0;
        while (i < end && Character.isLetter(text.charAt(i))) i++;
        return text.substring(0, i);
    }

    /** One to {@link #MAX_WORDS} words, capitalised ones and {@link #LINKS}, capitalised at both ends. */
    private static boolean isPlace(String text, int from, int to) {
        if (to - from < 2) return false;
        String[] words = text.substring(from, to).split(" ", -1);
        if (words.length > MAX_WORDS) return false;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.isEmpty()) return false;
            boolean edge = w == 0 || w == words.length - 1;
            if (Character.isUpperCase(word.charAt(0))) {
                if (word.length() < 2 || !Character.isLetter(word.charAt(word.length() - 1))
                        && word.charAt(word.length() - 1) != '.') {
                    return false;
                }
            } else if (edge || !LINKS.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
