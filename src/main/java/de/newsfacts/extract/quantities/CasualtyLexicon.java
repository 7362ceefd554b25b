package de.newsfacts.extract.quantities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Maps casualty words to a category (killed, injured, missing, …) from {@code casualty-words.txt}.
 * <ul>
 *   <li>one-word forms match a whole word, case-insensitively;</li>
 *   <li>one-word forms of at least {@link #MIN_SUFFIX} letters also match the end of a longer word (German
 *       compounds: "Verkehrstote", "Schwerverletzte", "Kriegsflüchtlinge");</li>
 *   <li>multi-word forms ("ums leben", "ohne strom") match a token sequence.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class CasualtyLexicon {

    static final int MIN_SUFFIX = 4;

    private final PhraseLexicon phrases;
    private final Map<String, String> words = new HashMap<>();
    private final Predicate<String> isWordForm = words::containsKey;

    CasualtyLexicon(PhraseLexicon phrases, List<String> lines) {
        this.phrases = phrases;
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0) {
                continue;
            }
            String form = line.substring(0, tab).strip();
            if (!form.contains(" ")) {
                words.put(form, line.substring(tab + 1).strip());
            }
        }
    }

    /** The category of one word (exact, as the tail of a compound or after its last hyphen), or null. */
    String categoryOfWord(Token t) {
        if (!t.isWord()) {
            return null;
        }
        String form = knownFormOrTail(t.lower(), isWordForm);
        if (form != null && t.lower().endsWith("un" + form) && t.lower().length() == form.length() + 2) {
            return null; // "unverletzt", "unversehrt": the negation of the casualty word
        }
        return form == null ? null : words.get(form);
    }

    /**
     * The part of lower-cased {@code word} after its last hyphen if {@code known}, else its longest tail of at least
     * {@link #MIN_SUFFIX} letters that is ("verkehrstote" → "tote"), else null.
     */
    static String knownFormOrTail(String word, Predicate<String> known) {
        String w = word;
        int hyphen = w.lastIndexOf('-');
        if (hyphen >= 0) {
            w = w.substring(hyphen + 1);
        }
        if (known.test(w)) {
            return w;
        }
        for (int k = 1; k + MIN_SUFFIX <= w.length(); k++) {
            String tail = w.substring(k);
            if (known.test(tail)) {
                return tail;
            }
        }
        return null;
    }

    /** The category of a multi-word form starting at {@code from}, or null. Returns the phrase length in out[0]. */
    String categoryOfPhraseAt(List<Token> tokens, int from, int[] length) {
        PhraseLexicon.Entry e = phrases.matchAt(tokens, from);
        if (e != null && e.size() > 1) {
            length[0] = e.size();
            return e.value();
        }
        return null;
    }
}
