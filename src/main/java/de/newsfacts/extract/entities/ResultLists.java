package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.List;

/**
 * Sports result lists of the agencies ("1. Arnaud Demare (FRA) FDJ 6:54:45 Std. – 2. Ben Swift (GBR) Sky – 3. …"),
 * where the tagger reads the rank, the country code and the dash that runs on to the next rank as parts of names.
 * Rules, on every mention (cost: a few character tests per mention, a map lookup after a person):
 * <ol>
 *   <li><b>Next rank.</b> A mention that runs over a spaced dash into a number ("Sky – 3", "Lotto – 4") ends
 *       before the dash, or before the time of the result when one stands before the dash ("Mercedes 1:43,895 –
 *       3"): the number is the next rank of the list.</li>
 *   <li><b>Rank.</b> A mention opened by a rank of one to three digits and a full stop whose next word is a known
 *       first name ("1. Arnaud Demare") loses the rank and is a person. Not other ranks: "1. FC Köln" is a club.</li>
 *   <li><b>Team.</b> A one-word mention one space after a country code in brackets right after a person ("(FRA)
 *       Cofidis", "(NOR) Katjuscha"; the code is a place by {@link CountryCodes}, which runs before) is the rider's
 *       or player's team and becomes ORG.</li>
 * </ol>
 * Offsets only shrink, so texts stay substrings of the document.
 */
final class ResultLists {

    private ResultLists() {
    }

    /** Rewrites the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions} in place. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions,
                      Gazetteer gazetteer) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            int[] r = raw.get(i);
            EntityExtractor.Mention m = mentions.get(i);
            String text = docText.substring(r[1], r[2]);
            int dash = nextRank(text);
            if (dash > 0) {
                m = EntityExtractor.narrow(raw, mentions, i, 0, text.length() - dash);
                r = raw.get(i);
                text = text.substring(0, dash);
            }
            int rank = rankBeforeName(text, gazetteer);
            if (rank > 0) {
                m = EntityExtractor.narrow(raw, mentions, i, rank, 0);
                m = new EntityExtractor.Mention(m.start(), m.end(), "PER", m.confidence());
                mentions.set(i, m);
                r = raw.get(i);
            }
            if (!"PER".equals(m.label()) || !codeAfter(docText, r[2])) continue;
            if (r[2] + 6 > sentences.get(r[0]).charEnd()) continue;
            int codeStart = r[2] + 2;
            int codeEnd = codeStart + 3;
            int next = i + 1 < mentions.size() ? raw.get(i + 1)[1] : Integer.MAX_VALUE;
            int nextEnd = i + 1 < mentions.size() ? raw.get(i + 1)[2] : Integer.MAX_VALUE;
            if (next != codeStart || nextEnd != codeEnd) continue;
            if (i + 2 < mentions.size() && raw.get(i + 2)[1] == codeEnd + 2 && docText.charAt(codeEnd + 1) == ' ') {
                int[] t = raw.get(i + 2);
                EntityExtractor.Mention team = mentions.get(i + 2);
                if (docText.substring(t[1], t[2]).indexOf(' ') < 0 && !"ORG".equals(team.label())) {
                    mentions.set(i + 2, new EntityExtractor.Mention(team.start(), team.end(), "ORG",
                            team.confidence()));
                }
            }
        }
    }

    /** Where a spaced dash before a number starts in the mention ("Sky – 3" gives 3); else 0. */
    static int nextRank(String text) {
        int dash = text.indexOf(" – ");
        if (dash < 0) dash = text.indexOf(" - ");
        if (dash <= 0 || dash + 3 >= text.length() || !Character.isDigit(text.charAt(dash + 3))) return 0;
        // a time before the dash ("Mercedes 1:43,895 – 3", "+0:23,0 Min.") is the result, not the name either
        int colon = text.lastIndexOf(':', dash);
        if (colon > 0) {
            int word = text.lastIndexOf(' ', colon);
            if (word > 0 && (Character.isDigit(text.charAt(word + 1)) || text.charAt(word + 1) == '+')) return word;
        }
        return dash;
    }

    /** The length of a rank "1. " before a known first name ("1. Arnaud Demare"); else 0. */
    static int rankBeforeName(String text, Gazetteer gazetteer) {
        int dot = text.indexOf(". ");
        if (dot < 1 || dot > 3) return 0;
        for (int k = 0; k < dot; k++) if (!Character.isDigit(text.charAt(k))) return 0;
        int from = dot + 2;
        int space = text.indexOf(' ', from);
        if (space < 0) return 0;
        return gazetteer.isFirstName(text.substring(from, space)) ? from : 0;
    }

    /** " (XYZ)" with a listed code right after {@code end}. */
    private static boolean codeAfter(String text, int end) {
        return end + 6 <= text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) == '('
                && text.charAt(end + 5) == ')' && CountryCodes.country(text.substring(end + 2, end + 5)) != null;
    }
}
