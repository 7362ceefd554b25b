package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Person names the tagger cut at a name particle: a name never ends in a particle that opens a surname, yet the
 * tagger, which has seen "Alexander" and "Van" as name tokens, stops before "der Bellen". Rule: a PER mention whose
 * last word is such a particle ({@link #OPENING}, any case: "Alexander Van", "Van", "Ursula von", "Karl-Theodor zu")
 * extends over the lower-case particles after it ({@link #INNER}: "der", "den", "de", "la" …) and the capitalised word
 * that ends the name: "Alexander Van der Bellen", "Ursula von der Leyen", "Nguyen Van Ly". Nothing changes when no
 * capitalised word follows. A mention inside the stretch is absorbed. Offsets only grow within the sentence;
 * thread-safe.
 */
final class ParticleNames {

    /**
     * Particles that open a surname of several words ("Van der Bellen", "von der Leyen", "de Maizière"); the
     * canonical names take such a surname for a full name's ({@link EntityCanonicalizer}).
     */
    static final Set<String> SURNAME_PARTICLES = Set.of("van", "von", "de", "da", "di", "del", "della", "le", "la",
            "ter", "ten", "zu");
    /** Particles that open a surname and never end a name: the above and Italian "dei", "dal", "dalla". */
    private static final Set<String> OPENING = union(SURNAME_PARTICLES, Set.of("dei", "dal", "dalla"));
    /** Particles that may follow the opening one inside the surname ("van der", "von den", "de la"). */
    private static final Set<String> INNER = Set.of("der", "den", "de", "la", "le", "van", "von", "del", "des", "di",
            "da", "dem");

    private ParticleNames() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Rewrites in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            EntityExtractor.Mention m = mentions.get(i);
            if (!"PER".equals(m.label())) continue;
            String last = lastWord(docText, r[1], r[2]);
            if (!OPENING.contains(last.toLowerCase(Locale.ROOT))) continue;
            int limit = sentences.get(r[0]).charEnd();
            int end = nameEnd(docText, r[2], limit);
            if (end < 0) continue;
            EntityExtractor.growTo(raw, mentions, i, end);
        }
    }

    private static String lastWord(String text, int start, int end) {
        int k = end;
        while (k > start && text.charAt(k - 1) != ' ') k--;
        return text.substring(k, end);
    }

    /**
     * The end of " [inner particles] Name" from {@code from}, within {@code limit}: up to two lower-case particles of
     * {@link #INNER}, each after one space, then one space and a capitalised word (letters, hyphens, apostrophes);
     * -1 if there is none.
     */
    static int nameEnd(String text, int from, int limit) {
        int p = from;
        for (int n = 0; n < 2; n++) {
            int e = wordEnd(text, p, limit);
            if (e < 0 || !INNER.contains(text.substring(p + 1, e))) break;
            p = e;
        }
        int e = wordEnd(text, p, limit);
        return e > 0 && Character.isUpperCase(text.charAt(p + 1)) ? e : -1;
    }

    /** The end of the word after one space at {@code p}, or -1 when no space and letter follow there. */
    private static int wordEnd(String text, int p, int limit) {
        if (p + 1 >= limit || text.charAt(p) != ' ' || !Character.isLetter(text.charAt(p + 1))) return -1;
        int e = p + 1;
        while (e < limit && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\'')) e++;
        return e;
    }
}
