package de.newsfacts.extract.entities;

import java.util.List;

/**
 * Organisation names whose "für" complement names two fields joined by "und": "Bundesministerium für Bildung und
 * Forschung", "Landesamt für Denkmalpflege und Archäologie", "Staatsministerium für Landwirtschaft und Forsten". The
 * tagger ends the name before "und" ("Bundesministerium für Bildung"). In GermEval 2014 train, the capitalised word
 * after "und" after such a name is inside the name in 27 of 28 cases. Rule: an ORG mention whose last word but one
 * is "für" grows over " und " and the next word when that word is capitalised letters (hyphens allowed) and is not
 * the start of another mention. Thread-safe.
 */
final class ConjoinedComplements {

    private ConjoinedComplements() {
    }

    /** Rewrites in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        for (int i = 0; i < mentions.size(); i++) {
            if (!"ORG".equals(mentions.get(i).label())) continue;
            int[] r = raw.get(i);
            int end = extendedEnd(docText, r[1], r[2]);
            if (end < 0) continue;
            if (i + 1 < mentions.size() && raw.get(i + 1)[1] < end) continue;   // "und" + another name
            EntityExtractor.growTo(raw, mentions, i, end);
        }
    }

    /** The end of the name grown over "und" + word, or -1 when the rule does not apply to {@code text[start, end)}. */
    static int extendedEnd(String text, int start, int end) {
        int lastSpace = text.lastIndexOf(' ', end - 1);
        if (lastSpace <= start + 4 || !text.startsWith(" für ", lastSpace - 4)) return -1;
        if (!text.startsWith(" und ", end)) return -1;
        int w = end + 5;
        if (w >= text.length() || !Character.isUpperCase(text.charAt(w))) return -1;
        int e = w + 1;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) e++;
        if (e - w < 3 || text.charAt(e - 1) == '-') return -1;   // "und Co.", a hyphen-suspended word
        return e;
    }
}
