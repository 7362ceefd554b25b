package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.List;

/**
 * Two persons joined by a slash that the tagger read as one in results lists: driver and co-driver ("Sebastien
 * Ogier/Julien Ingrassia (FRA)"), a tennis doubles pair ("Jamie Murray/John Peers (GBR/AUS-13)"). Rule: a PER
 * mention with one slash between two letters, at least two capitalised words on each side and a bracketed sports
 * country code right after it becomes two PER mentions, one per side. Elsewhere a slash pair stays one mention, as
 * GermEval annotates it ("Barry Sears/Bill Lawren", "Brandt/Löwenthal" one PER in train; a first version without the
 * country code cost GermEval test one false positive). Cost: a
 * character search per person mention; thread-safe.
 */
final class SlashedNames {

    private SlashedNames() {
    }

    /** Rewrites in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            EntityExtractor.Mention m = mentions.get(i);
            if (!"PER".equals(m.label())) continue;
            int[] r = raw.get(i);
            int slash = docText.indexOf('/', r[1]);
            if (slash < 0 || slash >= r[2]) continue;
            int second = docText.indexOf('/', slash + 1);
            if (second >= 0 && second < r[2] || slash == r[1] || !Character.isLetter(docText.charAt(slash - 1))
                    || slash + 1 >= r[2] || !Character.isUpperCase(docText.charAt(slash + 1))
                    || !twoCapitalisedWords(docText, r[1], slash) || !twoCapitalisedWords(docText, slash + 1, r[2])
                    || !countryCodeAfter(docText, r[2])) {
                continue;
            }
            EntityExtractor.narrow(raw, mentions, i, 0, r[2] - slash);
            EntityExtractor.addMention(sentences, raw, mentions, slash + 1, r[2], "PER", m.confidence());
        }
    }

    /** " (" and a listed sports country code: "(FRA)", "(NED/FIN)", "(GBR/AUS-13)". */
    private static boolean countryCodeAfter(String text, int end) {
        return end + 5 < text.length() && text.startsWith(" (", end)
                && CountryCodes.country(text.substring(end + 2, end + 5)) != null
                && !Character.isLetter(text.charAt(end + 5));
    }

    /** {@code text[from, to)} is two or more words split by single spaces, each opening with a capital. */
    private static boolean twoCapitalisedWords(String text, int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (i == from || text.charAt(i - 1) == ' ') {
                if (!Character.isUpperCase(text.charAt(i))) return false;
                words++;
            }
        }
        return words >= 2;
    }
}
