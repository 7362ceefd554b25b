package de.newsfacts.extract.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names introduced by a kind of settlement are places: a PER or ORG mention right after a noun of {@link #NOUNS}
 * (word or compound tail, with case endings: "im nordnorwegischen Örtchen Kirkenes", "die Küstenstadt Brela",
 * "im Dorf Almhausen") becomes LOC, and so do the document's other mentions of the same text with that label. In
 * GermEval 2014 train + dev a capitalised word after such a noun is LOC 287 times and PER 3 times ("Dorf Jakob").
 * Rules:
 * <ul>
 *   <li>The noun stands right before the mention, separated by one space, is capitalised and is no mention itself
 *       (a place in -dorf or -stadt before a person: "in Eisenstadt Hans Niessl").</li>
 *   <li>The mention does not open with a known first name ("die Stadt Johann Meiers").</li>
 * </ul>
 * Offsets are not changed; thread-safe.
 */
final class PlaceNouns {

    /** Settlements and islands; not "Ort" (a tail of "Wort", "Sport") nor "Gemeinde" (also a parish, a community). */
    static final List<String> NOUNS = List.of("stadt", "städtchen", "dorf", "dörfchen", "örtchen", "ortschaft",
            "insel", "metropole", "weiler");

    private PlaceNouns() {
    }

    /** Relabels in place the mentions of the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions, Gazetteer gazetteer) {
        Set<String> places = null;
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            String label = mentions.get(i).label();
            // the word before is no mention itself: "in Eisenstadt Hans Niessl" ends a place name in -stadt
            boolean afterMention = i > 0 && raw.get(i - 1)[2] >= r[1] - 1;
            if (("PER".equals(label) || "ORG".equals(label)) && !afterMention
                    && isPlaceNoun(OrganisationNouns.wordBefore(docText, r[1]))) {
                String text = docText.substring(r[1], r[2]);
                if (OrganisationNouns.opensWithFirstName(text, gazetteer)) continue;
                if (places == null) places = new HashSet<>();
                places.add(label + "\t" + text);
            }
        }
        if (places == null) return;
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            EntityExtractor.Mention m = mentions.get(i);
            if (places.contains(m.label() + "\t" + docText.substring(r[1], r[2]))) {
                mentions.set(i, new EntityExtractor.Mention(m.start(), m.end(), "LOC", m.confidence()));
            }
        }
    }

    /** A capitalised listed noun or compound ending in one, also with -s, -es, -n or -en ("Küstenstädtchens"). */
    static boolean isPlaceNoun(String word) {
        return WordListResource.capitalisedEntry(word, NOUNS, "s", "es", "n", "en");
    }
}
