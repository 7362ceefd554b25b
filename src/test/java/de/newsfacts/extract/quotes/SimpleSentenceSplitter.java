package de.newsfacts.extract.quotes;

import de.newsfacts.structure.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small sentence splitter for tests and the evaluation only (the product gets sentences from the structure
 * stage). Splits at line breaks and after . ! ? (plus closing quotes/brackets) when whitespace and an
 * upper-case letter, digit or opening quote follow, except after a few abbreviations, single letters and
 * ordinal numbers. Sentences are trimmed; offsets are exact.
 */
final class SimpleSentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("dr", "prof", "nr", "st", "bzw", "ca", "vgl", "usw",
            "z.b", "u.a", "d.h", "etc", "inkl", "mio", "mrd", "abs", "art", "jh", "jr", "sen", "hl", "str", "gen",
            "min", "max", "co", "evtl", "ggf", "sog", "v.a", "z.t", "bzgl", "dt", "engl", "frz");

    private SimpleSentenceSplitter() {
    }

    static List<Sentence> split(String docId, String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int block = 1;
        for (int i = 0; i <= n; i++) {
            boolean cut = false;
            int end = i;
            boolean newBlock = false;
            if (i == n) {
                cut = true;
            } else if (text.charAt(i) == '\n') {
                cut = true;
                newBlock = true;
            } else if (".!?".indexOf(text.charAt(i)) >= 0) {
                int j = i + 1;
                while (j < n && "“”\"«»‘’)]".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j < n && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
                    int k = j;
                    while (k < n && text.charAt(k) == ' ') {
                        k++;
                    }
                    if (k < n && (Character.isUpperCase(text.charAt(k)) || Character.isDigit(text.charAt(k))
                            || "„\"»«‚(".indexOf(text.charAt(k)) >= 0) && !abbreviation(text, i)) {
                        cut = true;
                        end = j;
                    }
                }
            }
            if (cut) {
                add(out, docId, text, start, end, block);
                start = end;
                if (newBlock) {
                    block++;
                }
                if (i < n && end == i && text.charAt(i) == '\n') {
                    start = i + 1;
                }
            }
        }
        return out;
    }

    private static boolean abbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int b = dot;
        while (b > 0 && (Character.isLetterOrDigit(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String w = text.substring(b, dot).toLowerCase();
        if (w.isEmpty()) {
            return false;
        }
        if (w.chars().allMatch(Character::isDigit)) {
            return true; // ordinal: "5. August"
        }
        return w.length() == 1 || ABBREVIATIONS.contains(w);
    }

    private static void add(List<Sentence> out, String docId, String text, int s, int e, int block) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Sentence(docId, out.size() + 1, block, text.substring(s, e), s, e));
        }
    }
}
