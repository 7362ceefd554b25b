package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.List;

/**
 * Sports result lists of the agencies ("1. Arnaud Demare (FRA) FDJ 6:54:45 Std. – 2. Ben Swift (GBR) Sky – 3. …"),
 * where the tagger reads the rank, the country code and the dash that runs on to the next rank as parts of names.
 * Rules, on every mention (cost: a few character tests per mention, a map lookup after a person; the pairing's
 * commas and score are looked for only around a mention that touches a spaced dash):
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
 * Offsets stay on the document's own words.
 */
final class ResultLists {

    private ResultLists() {
    }

    /** Rewrites the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions} in place. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions,
                      Gazetteer gazetteer) {
        pairings(docText, sentences, raw, mentions, gazetteer);
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

    /** The longest side of a pairing, in characters (a long run of words is no team's name). */
    private static final int MAX_SIDE = 40;
    /** Lower-case words inside a name ("Real Sociedad de San Sebastián", "Go Ahead Eagles", "Vitesse van …"). */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "del", "van", "von", "am",
            "an", "der", "la", "le");

    /** Rule 4: the sides of pairings with their score become one mention each. */
    private static void pairings(String docText, List<Sentence> sentences, List<int[]> raw,
                                 List<EntityExtractor.Mention> mentions, Gazetteer gazetteer) {
        int done = -1;   // the end of the last pairing handled: later mentions in it are gone
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            if (r[1] < done || !touchesDash(docText, r[1], r[2])) continue;
            Sentence sentence = sentences.get(r[0]);
            int from = segmentStart(docText, sentence.charStart(), r[1]);
            int to = segmentEnd(docText, sentence.charEnd(), r[2]);
            if (from < 0 || to < 0) continue;
            int[] sides = sides(docText, from, to);
            if (sides == null) continue;
            int first = i;
            while (first > 0 && raw.get(first - 1)[2] > from) first--;
            int last = i;
            while (last + 1 < mentions.size() && raw.get(last + 1)[1] < sides[3]) last++;
            String[] labels = new String[2];
            double confidence = 0;
            for (int k = first; k <= last; k++) confidence = Math.max(confidence, mentions.get(k).confidence());
            for (int side = 0; side < 2; side++) {
                labels[side] = sideLabel(docText, sides[2 * side], sides[2 * side + 1], raw, mentions, first, last,
                        gazetteer);
            }
            boolean same = last - first == 1;
            for (int side = 0; side < 2 && same; side++) {
                int[] o = raw.get(first + side);
                same = o[1] == sides[2 * side] && o[2] == sides[2 * side + 1]
                        && mentions.get(first + side).label().equals(labels[side]);
            }
            done = sides[3];
            if (same) continue;
            int s = r[0];
            int base = sentence.charStart();
            for (int k = last; k >= first; k--) {
                raw.remove(k);
                mentions.remove(k);
            }
            for (int side = 1; side >= 0; side--) {
                raw.add(first, new int[]{s, sides[2 * side], sides[2 * side + 1]});
                mentions.add(first, new EntityExtractor.Mention(sides[2 * side] - base, sides[2 * side + 1] - base,
                        labels[side], confidence));
            }
            i = first + 1;
        }
    }

    /**
     * A spaced dash in the mention or right next to it: the cheap test before the pairing is looked for (in a
     * pairing some mention touches the dash, since the tagger finds a name word next to it).
     */
    private static boolean touchesDash(String text, int start, int end) {
        if (dashAt(text, end) || start >= 3 && dashAt(text, start - 3)) return true;
        for (int k = text.indexOf(' ', start); k >= 0 && k + 3 < end; k = text.indexOf(' ', k + 1)) {
            if (dashAt(text, k)) return true;
        }
        return false;
    }

    /** " – " or " - " at {@code k}. */
    private static boolean dashAt(String text, int k) {
        return k + 3 <= text.length() && text.charAt(k) == ' ' && text.charAt(k + 2) == ' '
                && (text.charAt(k + 1) == '–' || text.charAt(k + 1) == '-');
    }

    /** Where the pairing around a mention starting at {@code start} begins: after ", ", ": ", "; " or at the sentence. */
    private static int segmentStart(String text, int sentenceStart, int start) {
        int limit = Math.max(sentenceStart, start - 2 * MAX_SIDE - 3);
        for (int k = start - 1; k > limit; k--) {
            char c = text.charAt(k);
            if (c == ' ' && k > 0 && (text.charAt(k - 1) == ',' || text.charAt(k - 1) == ':'
                    || text.charAt(k - 1) == ';')) return k + 1;
            if (c == '(' || c == ')' || c == '"' || c == '„' || c == '“') return -1;
        }
        return limit == sentenceStart ? sentenceStart : -1;
    }

    /** Where the pairing around a mention ending at {@code end} stops: before ", " or "; ", or at the sentence end. */
    private static int segmentEnd(String text, int sentenceEnd, int end) {
        int limit = Math.min(sentenceEnd, end + 2 * MAX_SIDE + 20);
        for (int k = end; k < limit; k++) {
            char c = text.charAt(k);
            if ((c == ',' || c == ';') && k + 1 < text.length() && text.charAt(k + 1) == ' ') return k;
            // the half-time or period scores after the result: "2:1 (1:0)", "3:2 n.V. (0:0,0:1,2:2)"
            if (c == '(' && k > end + 1 && text.charAt(k - 1) == ' '
                    && (Character.isDigit(text.charAt(k - 2)) || text.charAt(k - 2) == '.')) return k - 1;
            if (c == '(' || c == ')' || c == '"' || c == '„' || c == '“') return -1;
        }
        return limit == sentenceEnd ? sentenceEnd : -1;
    }

    /**
     * The sides of the pairing {@code text[from, to)}: {start A, end A, start B, end B}, where it reads "A – B n:m"
     * (a trailing full stop and "n.V."/"n.P." allowed); else null.
     */
    static int[] sides(String text, int from, int to) {
        while (to > from && (text.charAt(to - 1) == '.' || text.charAt(to - 1) == ' ')) {
            int space = text.lastIndexOf(' ', to - 1);
            String last = text.substring(space + 1, to);
            if (space > from && last.length() > 1 && Character.isLowerCase(last.charAt(0)) && last.indexOf('.') > 0) {
                to = space;   // "n.V.", "n.P."
            } else if (text.charAt(to - 1) == '.' || text.charAt(to - 1) == ' ') {
                to--;
            } else {
                break;
            }
        }
        int space = text.lastIndexOf(' ', to - 1);
        if (space <= from || !isScore(text, space + 1, to)) return null;
        int dash = text.indexOf(" – ", from);
        if (dash < 0 || dash >= space) dash = text.indexOf(" - ", from);
        if (dash <= from || dash >= space || text.indexOf(" – ", dash + 3) >= 0 && text.indexOf(" – ", dash + 3) < space) {
            return null;
        }
        if (!nameLike(text, from, dash) || !nameLike(text, dash + 3, space)) return null;
        return new int[]{from, dash, dash + 3, space};
    }

    /** "95:105", "3:2": one to three digits on both sides of a colon. */
    private static boolean isScore(String text, int from, int to) {
        int colon = text.indexOf(':', from);
        if (colon < 0 || colon >= to || colon == from || colon + 1 == to || colon - from > 3 || to - colon - 1 > 3) {
            return false;
        }
        for (int k = from; k < to; k++) if (k != colon && !Character.isDigit(text.charAt(k))) return false;
        return true;
    }

    /** One to five words, each capitalised or a particle, the first capitalised (or a rank "1."); no brackets. */
    private static boolean nameLike(String text, int from, int to) {
        if (to - from < 2 || to - from > MAX_SIDE) return false;
        String[] words = text.substring(from, to).split(" ");
        if (words.length > 5) return false;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.isEmpty()) return false;
            char c = word.charAt(0);
            boolean ok = Character.isUpperCase(c) && Character.isLetter(c)
                    || w == 0 && words.length > 1 && word.length() <= 3 && word.endsWith(".") && Character.isDigit(c)
                    || w > 0 && PARTICLES.contains(word);
            if (!ok) return false;
            for (int k = 0; k < word.length(); k++) {
                char d = word.charAt(k);
                if (!Character.isLetterOrDigit(d) && d != '-' && d != '.' && d != '\'' && d != '/') return false;
            }
        }
        return true;
    }

    /** The label of a pairing's side {@code [start, end)} given the mentions {@code first..last} the tagger put there. */
    private static String sideLabel(String text, int start, int end, List<int[]> raw,
                                    List<EntityExtractor.Mention> mentions, int first, int last, Gazetteer gazetteer) {
        String name = text.substring(start, end);
        if (gazetteer.canonicalPlace(name) != null) return "LOC";
        boolean oneWord = name.indexOf(' ') < 0;
        for (int k = first; k <= last; k++) {
            int[] o = raw.get(k);
            if (o[1] != start || o[2] != end) continue;
            String label = mentions.get(k).label();
            if (oneWord || "PER".equals(label) || "ORG".equals(label)) return label;
        }
        return "ORG";
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
