package de.newsfacts.extract.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names introduced by a kind of settlement or region are places: a PER or ORG mention right after a noun of
 * {@link #NOUNS} (word or compound tail, with case endings: "im nordnorwegischen Örtchen Kirkenes", "die Küstenstadt
 * Brela", "im Dorf Almhausen", "in der Siedlung Almhausen", "in der Provinz Aceh") becomes LOC, and so do the document's other mentions of the
 * same text with that label; a LOC mention after the noun makes the document's PER mentions of its text LOC ("in der
 * indonesischen Provinz Aceh" … "Aceh ist die einzige Provinz" tagged PER). In GermEval 2014 train + dev a
 * capitalised word after a settlement noun is LOC 287 times and PER 3 times ("Dorf Jakob"); after a region noun
 * (Provinz, Region, Bundesstaat, Bezirk, Kanton, Landkreis, Bundesland, Departement, Präfektur) LOC 89 times, part
 * of a longer ORG/OTH name 4 times ("Regierungsbezirk Kassel", "Kantons Thurgau"), O once ("Bezirk Nord").
 * Rules:
 * <ul>
 *   <li>The noun stands right before the mention, separated by one space, is capitalised and is no mention itself
 *       (a place in -dorf or -stadt before a person: "in Eisenstadt Hans Niessl").</li>
 *   <li>The mention does not open with a known first name ("die Stadt Johann Meiers").</li>
 *   <li>A one-word PER mention between "von" and "(in) Richtung" opens a route and is a place too ("lenkte den Pkw
 *       von X in Richtung Y").</li>
 * </ul>
 * Offsets are not changed; thread-safe.
 */
final class PlaceNouns {

    /**
     * Settlements, islands and administrative regions; not "Ort" (a tail of "Wort", "Sport"), "Gemeinde" (also a
     * parish, a community), "Land" (a tail of country names: "Deutschlands Verteidigungsminister") nor "Kreis" (a
     * tail of "Bekanntenkreis", "Wahlkreis"). "Siedlung" (also "Arbeitersiedlung"): in GermEval 2014 train + dev
     * the word after it is LOC 4 times of 4 ("die Siedlung Magdiel").
     */
    static final List<String> NOUNS = List.of("stadt", "städtchen", "dorf", "dörfchen", "örtchen", "ortschaft",
            "siedlung", "insel", "metropole", "weiler", "provinz", "region", "bundesstaat", "bezirk", "kanton", "landkreis",
            "bundesland", "departement", "präfektur");

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
            if (("PER".equals(label) || "ORG".equals(label) || "LOC".equals(label)) && !afterMention
                    && isPlaceNoun(OrganisationNouns.wordBefore(docText, r[1]))
                    || "PER".equals(label) && startOfRoute(docText, r[1], r[2])) {
                String text = docText.substring(r[1], r[2]);
                if (OrganisationNouns.opensWithFirstName(text, gazetteer)) continue;
                if (places == null) places = new HashSet<>();
                // a place after the noun makes its "person" namesakes places; its organisation namesakes may be a
                // club or a town's administration ("Salzburg" after "die Stadt Salzburg")
                places.add(("LOC".equals(label) ? "PER" : label) + "\t" + text);
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

    /**
     * A one-word mention between "von" and "(in) Richtung": the start of a route ("fuhr von Gmünd in Richtung
     * Zwettl"), a place.
     */
    private static boolean startOfRoute(String docText, int start, int end) {
        if (docText.lastIndexOf(' ', end - 1) >= start || !OrganisationNouns.wordBefore(docText, start).equals("von")) {
            return false;
        }
        return docText.startsWith(" in Richtung ", end) || docText.startsWith(" Richtung ", end);
    }

    /** A capitalised listed noun or compound ending in one, also with -s, -es, -n or -en ("Küstenstädtchens"). */
    static boolean isPlaceNoun(String word) {
        return WordListResource.capitalisedEntry(word, NOUNS, "s", "es", "n", "en");
    }
}
