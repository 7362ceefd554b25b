package de.newsfacts.extract.entities;

import de.newsfacts.extract.AdjectiveEndings;
import de.newsfacts.structure.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names introduced with their acronym: where the tagger found the acronym in brackets but not the name in front of
 * it ("das Technische Hilfswerk (THW)", "die Zentralanstalt für Meteorologie und Geodynamik (ZAMG)"), the name
 * becomes a mention with the acronym's label. Rules:
 * <ol>
 *   <li>The acronym mention is the whole content of round brackets, 2-6 letters or digits with at least two
 *       upper-case letters ("THW", "AfD", "ZAMG"), and the token right before the opening bracket is outside every
 *       mention.</li>
 *   <li>The name is a run of tokens ending right before the bracket: capitalised words (not all in capitals),
 *       with connectors between them ({@link #CONNECTORS}: "für", "und", "der", "in" …) and lower-case adjectives
 *       before a capitalised word ("Institut der deutschen Wirtschaft"), at most
 *       {@value #MAX_TOKENS} tokens, stopping at any other token or at another mention.</li>
 *   <li>Of the run's suffixes that start with a capitalised word, the shortest whose first letter is the acronym's
 *       first letter and that contains the acronym's letters in order (an umlaut as its vowel) wins ("Europäischen Zentralbank" for EZB,
 *       not "Entscheidung der Europäischen Zentralbank"; "Deutsche Bahn" for DB, not "Die Deutsche Bahn").</li>
 *   <li>Its confidence is {@link DocumentConsistency#INFERRED_FACTOR} times the acronym's.</li>
 *   <li>Where the run stops at a non-person mention one space before it that does not spell the acronym alone but
 *       does with the run, the tagger cut the name short: the mention grows to the bracket ("das {@code Deutsche
 *       Zentrum} für Luft- und Raumfahrt (DLR)").</li>
 * </ol>
 * Party labels after person names ("Josef Gruber (ÖVP)") stay apart: the person is a mention already. Offsets are
 * token boundaries of the sentence's own tokenization. Stateless; thread-safe.
 */
final class AcronymExpansion {
    static final int MAX_TOKENS = 8;
    private static final Set<String> CONNECTORS = Set.of("für", "und", "der", "des", "die", "dem", "den", "von",
            "vom", "in", "im", "am", "an", "zur", "zum", "of", "for", "and", "the", "de", "du", "la", "et");

    private AcronymExpansion() {
    }

    /**
     * Adds the names to {@code raw} (sentence index, document start, document end) and {@code mentions} (offsets
     * relative to the sentence), parallel lists in document order, kept so.
     */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions,
                      Tokenizer tokenizer) {
        int tokenized = -1; // the sentence t holds the tokens of: several acronyms may share one
        Tokenizer.TokenSpans t = null;
        for (int k = 0; k < mentions.size(); k++) {
            int[] r = raw.get(k);
            if (!bracketedAcronym(docText, r[1], r[2])) continue;
            int previousEnd = k > 0 && raw.get(k - 1)[0] == r[0] ? raw.get(k - 1)[2] : -1;
            Sentence sentence = sentences.get(r[0]);
            int base = sentence.charStart();
            String text = sentence.text();
            if (tokenized != r[0]) {
                t = tokenizer.tokenize(text);
                tokenized = r[0];
            }
            int bracket = -1;
            for (int i = 0; i < t.size() && base + t.start(i) <= r[1] - 1; i++) {
                if (base + t.start(i) == r[1] - 1) bracket = i;
            }
            if (bracket < 1 || base + t.end(bracket - 1) <= previousEnd) continue;
            String letters = docText.substring(r[1], r[2]);
            int first = nameStart(text, t, bracket, letters, previousEnd - base);
            if (first < 0) {
                if (previousEnd >= 0 && !"PER".equals(mentions.get(k - 1).label())
                        && spelledOnlyWithGap(text, t, bracket, raw.get(k - 1)[1] - base, previousEnd - base, letters)) {
                    // the tagger stopped inside the name: "das Deutsche Zentrum für Luft- und Raumfahrt (DLR)"
                    EntityExtractor.growTo(raw, mentions, k - 1, base + t.end(bracket - 1));
                }
                continue;
            }
            EntityExtractor.Mention acronym = mentions.get(k);
            raw.add(k, new int[]{r[0], base + t.start(first), base + t.end(bracket - 1)});
            mentions.add(k, new EntityExtractor.Mention(t.start(first), t.end(bracket - 1), acronym.label(),
                    DocumentConsistency.INFERRED_FACTOR * acronym.confidence()));
            k++;
        }
    }

    /** "(THW)": the mention fills round brackets and looks like an acronym. */
    static boolean bracketedAcronym(String text, int start, int end) {
        if (start < 2 || end >= text.length() || text.charAt(start - 1) != '(' || text.charAt(end) != ')') {
            return false;
        }
        int len = end - start;
        if (len < 2 || len > 6) return false;
        int upper = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) return false;
            if (Character.isUpperCase(c)) upper++;
        }
        return upper >= 2;
    }

    /** The first token of the name before token {@code bracket}, or -1. */
    private static int nameStart(String text, Tokenizer.TokenSpans t, int bracket, String acronym, int notBefore) {
        for (int i = bracket - 1, n = 0; i >= 0 && n < MAX_TOKENS && t.start(i) >= notBefore; i--, n++) {
            String w = text.substring(t.start(i), t.end(i));
            // capitalised, but not all capitals ("SONDERPÄDAGOGISCHER FÖRDERBEDARF (SPF)" is a shouted heading)
            boolean capitalised = Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0))
                    && (w.length() == 1 || !w.equals(w.toUpperCase(Locale.ROOT)));
            // inside the name: connectors, and adjectives before a capitalised word ("der deutschen Wirtschaft")
            boolean inner = i < bracket - 1 && (CONNECTORS.contains(w) || isAdjective(w)
                    && Character.isUpperCase(text.charAt(t.start(i + 1))));
            if (!capitalised && !inner) return -1;
            if (capitalised && spells(text.substring(t.start(i), t.end(bracket - 1)), acronym)) return i;
        }
        return -1;
    }

    /**
     * Whether the tokens between the mention {@code [start, end)} (sentence offsets) and token {@code bracket} are one
     * space away from it, name words and connectors only, and complete the acronym the mention alone does not spell.
     */
    private static boolean spelledOnlyWithGap(String text, Tokenizer.TokenSpans t, int bracket, int start, int end,
                                              String acronym) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || spells(text.substring(start, end), acronym)) {
            return false;
        }
        int i = bracket - 1;
        for (int n = 0; i >= 0 && t.start(i) > end; i--, n++) {
            String w = text.substring(t.start(i), t.end(i));
            boolean capitalised = Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT));
            boolean inner = i < bracket - 1 && (CONNECTORS.contains(w) || isAdjective(w)
                    && Character.isUpperCase(text.charAt(t.start(i + 1))));
            if (n >= MAX_TOKENS || !capitalised && !inner || t.start(i) == end + 1 && !capitalised && !CONNECTORS.contains(w)) {
                return false;
            }
        }
        return i >= 0 && i < bracket - 1 && t.end(i) == end && spells(text.substring(start, t.end(bracket - 1)), acronym);
    }

    /** A lower-case inflected adjective ("deutschen", "europäische", "öffentlichen"). */
    private static boolean isAdjective(String w) {
        return w.length() > 3 && Character.isLowerCase(w.charAt(0)) && AdjectiveEndings.has(w);
    }

    /**
     * The name starts with the acronym's first letter and holds all its letters in order (any case; an umlaut of the
     * name counts as its base vowel, as acronyms often write it: "Institut für Wärme und Öltechnik" for IWO).
     */
    static boolean spells(String name, String acronym) {
        String n = foldUmlauts(name.toLowerCase(Locale.ROOT));
        // the name's umlaut only: an acronym's own umlaut ("VÖP") stands for a word in the name
        String a = acronym.toLowerCase(Locale.ROOT);
        if (n.isEmpty() || n.charAt(0) != a.charAt(0)) return false;
        int j = 1;
        for (int i = 1; i < n.length() && j < a.length(); i++) {
            if (n.charAt(i) == a.charAt(j)) j++;
        }
        return j == a.length();
    }

    /** "ä", "ö", "ü" as "a", "o", "u" (lower case in, lower case out). */
    private static String foldUmlauts(String s) {
        return s.indexOf('ä') < 0 && s.indexOf('ö') < 0 && s.indexOf('ü') < 0 ? s
                : s.replace('ä', 'a').replace('ö', 'o').replace('ü', 'u');
    }
}
