package de.newsfacts.extract.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Well-known organisations of {@code listed-organisations.txt} the tagger left untagged ("nach Angaben des Roten
 * Kreuzes", "ein Sprecher des Welternährungsprogramms", "Die Wiener Linien stellen …"). Looked up from the word scan
 * of {@link RegionNames} (no pass of its own). Rules:
 * <ul>
 *   <li>A listed name, its last word also with the genitive -s/-es, the words before it that end like an adjective
 *       (-e, -er, -es) with any adjective ending ("Roten Kreuzes", "Gemeinsame Bundesausschuss"), is ORG.</li>
 *   <li>The longest listed name at a word wins ("Deutschen Roten Kreuzes" before "Roten Kreuzes").</li>
 *   <li>Not when a capitalised word follows (the name may go on: "Caritas Wien"); {@link RegionNames} also leaves
 *       out words joined to others by a hyphen or slash and names after a capitalised word outside every mention
 *       ("Bayerisches Rotes Kreuz" when only "Rotes Kreuz" is listed).</li>
 * </ul>
 * Cost: a hash lookup of each capitalised word whose first letter and length fit a listed first word; thread-safe.
 */
final class ListedOrganisations {

    private static final String[] ADJECTIVE_ENDINGS = {"e", "en", "er", "es", "em"};
    /** Every inflected form of every listed name, words joined by one space. */
    private static final Set<String> FORMS = new HashSet<>();
    /** The first word of every form -> the most words of a form opening with it. */
    private static final Map<String, Integer> FIRST_WORDS = new HashMap<>();
    /** First letter and length of every first word: most capitalised words fail this and are not cut out. */
    private static final BitSet FIRST_AND_LENGTH = new BitSet(256 * 64);

    static {
        for (String name : WordListResource.lines("listed-organisations.txt")) {
            String[] words = name.split(" ");
            addForms(words, 0, "");
        }
        for (String first : FIRST_WORDS.keySet()) {
            char c = first.charAt(0);
            FIRST_AND_LENGTH.set(c < 256 ? c * 64 + Math.min(first.length(), 63) : 0);
        }
    }

    private ListedOrganisations() {
    }

    private static void addForms(String[] words, int at, String prefix) {
        String word = words[at];
        boolean last = at == words.length - 1;
        List<String> variants;
        if (last) {
            variants = List.of(word, word + "s", word + "es");
        } else {
            String stem = word.endsWith("er") || word.endsWith("es") ? word.substring(0, word.length() - 2)
                    : word.endsWith("e") ? word.substring(0, word.length() - 1) : null;
            if (stem == null) {
                variants = List.of(word);
            } else {
                variants = new ArrayList<>();
                for (String ending : ADJECTIVE_ENDINGS) variants.add(stem + ending);
            }
        }
        for (String v : variants) {
            String form = prefix.isEmpty() ? v : prefix + " " + v;
            if (last) {
                FORMS.add(form);
                FIRST_WORDS.merge(form.split(" ")[0], words.length, Math::max);
            } else {
                addForms(words, at + 1, form);
            }
        }
    }

    /**
     * The end of the listed organisation whose first word is {@code text[i, e)}, or -1. The caller has checked that
     * the word stands alone on its left.
     */
    static int end(String text, int i, int e, int limit) {
        char c = text.charAt(i);
        if (c < 256 && !FIRST_AND_LENGTH.get(c * 64 + Math.min(e - i, 63))) return -1;
        Integer most = FIRST_WORDS.get(text.substring(i, e));
        if (most == null) return -1;
        int[] ends = new int[most];
        ends[0] = e;
        int n = 1;
        while (n < most && ends[n - 1] + 1 < limit && text.charAt(ends[n - 1]) == ' '
                && Character.isLetter(text.charAt(ends[n - 1] + 1))) {
            ends[n] = RegionNames.wordEnd(text, ends[n - 1] + 1, limit);
            n++;
        }
        for (int k = n - 1; k >= 0; k--) {
            int end = ends[k];
            if (end < limit && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-'
                    || text.charAt(end) == '/')) continue;
            if (end + 1 < limit && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))) continue;
            if (FORMS.contains(text.substring(i, end))) return end;
        }
        return -1;
    }
}
