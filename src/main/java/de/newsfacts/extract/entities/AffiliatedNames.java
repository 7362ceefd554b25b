package de.newsfacts.extract.entities;

import java.util.List;
import java.util.Set;

/**
 * Person names the tagger ran on over "von" and the person's organisation: "Fraser Kyne von Bromium", "Gabor
 * Wichmann von Birdlife", "Mike Jackson von AutoNation". News names a speaker's employer that way, but nobility
 * names look the same ("Richard von Weizsäcker", "Johann Lucas von Hildebrandt", "Claus Schenk Graf von
 * Stauffenberg"). Rule: a PER mention of the form "Given Surname von|vom …" — exactly two words before the
 * particle, the first a listed first name, the second a capitalised word and neither a listed first name
 * ("Friedrich Karl von …", "Anton Günther von …"), a regnal number ("Friedrich II. von Preußen", "Heinrich IV von …")
 * nor a title of nobility ({@link #TITLES}: "Graf", "Freiherr" …), and the rest after the particle neither a listed
 * place nor a double name ("… von Oldenburg", "… von Hohenzollern-Sigmaringen": noble houses) — ends before the
 * particle. The words after it become an ORG mention where the document names them as an organisation elsewhere;
 * otherwise they are no mention. A double surname with "von" after a plain surname ("Mathias Müller von
 * Blumencron") is cut too: the rule cannot tell it from an affiliation. Thread-safe.
 */
final class AffiliatedNames {

    /** Titles of nobility that stand between a given name and "von" ("Christian Freiherr von Stetten"). */
    private static final Set<String> TITLES = Set.of("Graf", "Gräfin", "Freiherr", "Freifrau", "Freiin", "Fürst",
            "Fürstin", "Prinz", "Prinzessin", "Herzog", "Herzogin", "Baron", "Baronin", "Ritter", "Edler", "Edle",
            "Markgraf", "Landgraf", "Erzherzog", "Erzherzogin", "Schenk");

    private AffiliatedNames() {
    }

    /** Rewrites in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions, Gazetteer gazetteer) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityExtractor.Mention m = mentions.get(i);
            if (!"PER".equals(m.label())) continue;
            int[] r = raw.get(i);
            int cut = cutAt(docText, r[1], r[2], gazetteer);
            if (cut < 0) continue;
            int rest = cut + 5;    // after " von "/" vom "
            String organisation = docText.substring(rest, r[2]);
            EntityExtractor.narrow(raw, mentions, i, 0, r[2] - cut);
            if (namedAsOrganisation(docText, raw, mentions, organisation)) {
                raw.add(i + 1, new int[]{r[0], rest, r[2]});
                mentions.add(i + 1, new EntityExtractor.Mention(m.end() - (r[2] - rest), m.end(), "ORG",
                        m.confidence()));
                i++;
            }
        }
    }

    /** The offset of the space before "von"/"vom" in a mention {@code text[start, end)} the rule cuts, else -1. */
    static int cutAt(String text, int start, int end, Gazetteer gazetteer) {
        int first = text.indexOf(' ', start);
        if (first < 0 || first >= end) return -1;
        int second = text.indexOf(' ', first + 1);
        if (second < 0 || second + 5 >= end) return -1;
        String particle = text.substring(second + 1, second + 4);
        if (!(particle.equals("von") || particle.equals("vom")) || text.charAt(second + 4) != ' ') return -1;
        String given = text.substring(start, first);
        String surname = text.substring(first + 1, second);
        if (!nameWord(surname) || TITLES.contains(surname)) return -1;
        if (!gazetteer.isFirstName(given) || gazetteer.isFirstName(surname)) return -1;
        // a noble house is a place or a double name: "Amalie Zephyrine von Hohenzollern-Sigmaringen"
        String rest = text.substring(second + 5, end);
        if (rest.indexOf('-') >= 0 || gazetteer.canonicalPlace(rest) != null) return -1;
        return second;
    }

    /** A capitalised word of letters, hyphens and apostrophes: no regnal number ("Friedrich II. von Preußen"). */
    private static boolean nameWord(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) return false;
        for (int k = 1; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'') return false;
        }
        return !word.chars().allMatch(c -> "IVXLC".indexOf(c) >= 0);
    }

    private static boolean namedAsOrganisation(String text, List<int[]> raw, List<EntityExtractor.Mention> mentions,
                                               String name) {
        for (int k = 0; k < mentions.size(); k++) {
            int[] r = raw.get(k);
            if ("ORG".equals(mentions.get(k).label()) && r[2] - r[1] == name.length()
                    && text.startsWith(name, r[1])) return true;
        }
        return false;
    }
}
