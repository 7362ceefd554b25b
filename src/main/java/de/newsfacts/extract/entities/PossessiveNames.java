package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's genitive that the tagger ran on into the noun it governs: "Diamonds Chancen" (ORG) next to "Michael
 * Diamond", "Corbyns Benehmen", "Hentschels Club" (LOC), "Gaulands AfD" (MISC). GermEval tags the genitive alone as
 * the person ("Leischners" B-PER). Rule: a mention of two or more words whose first word is, less a final "s", the
 * text or the last word of another PER mention of the document is cut to that first word and becomes PER; the words
 * after it stay a mention of their own only where they are the text of another mention of the document that is no
 * person's, with that mention's label ("Gaulands AfD" → "Gaulands" PER, "AfD" ORG). Not in quotation marks: a quoted title named after its
 * host or author stays one name ("„Wickerts Bücher“" next to "Ulrich Wickert", OTH in GermEval dev). Over all corpora the 17 such mentions were all
 * wrong as one name. Second rule, for a person the document names nowhere else ("Putins Krieg" as one PER): the same
 * cut where the first word less its "s" is a word the training data's name lexicon knows in persons' names only,
 * neither the first word nor its stem is a listed first name ("Andreas Müller", "Thomas Mann", "Nicolas Sarkozy":
 * "Andrea", "Thoma", "Nicola" are names too; "Franzis Verlag" is GermEval dev's ORG), and one capitalised word
 * follows that is no surname ("Docs for Facebook", "Thiess International Riverprize" stay). GermEval tags such a
 * genitive alone ("Merkels Finanzmann": "Merkels" B-PER). Cost: a character
 * test per mention; the person names are collected and the lexicon asked only when a candidate is there. Offsets stay
 * on the document's words; thread-safe.
 */
final class PossessiveNames {

    private PossessiveNames() {
    }

    private static final int PER = 1 << EntityModel.labelIndex("PER");

    /** Rewrites in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        apply(docText, sentences, raw, mentions, null, null);
    }

    /** As above; with a lexicon and gazetteer, also a known person's genitive that has no other mention. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions,
                      NameLexicon lexicon, Gazetteer gazetteer) {
        Map<String, Integer> people = null;   // PER texts and last words -> how many PER mentions give them
        for (int i = mentions.size() - 1; i >= 0; i--) {
            int[] r = raw.get(i);
            int space = docText.indexOf(' ', r[1]);
            if (space < 0 || space >= r[2] || space - r[1] < 4 || docText.charAt(space - 1) != 's'
                    || !Character.isUpperCase(docText.charAt(r[1])) || quoted(docText, r[1])) continue;
            if (people == null) people = people(docText, raw, mentions);
            String stem = docText.substring(r[1], space - 1);
            EntityExtractor.Mention m = mentions.get(i);
            String text = docText.substring(r[1], r[2]);
            // the mention's own words do not count: "Leischners Leischner" gives "Leischner" itself
            int own = "PER".equals(m.label()) && stem.equals(text.substring(text.lastIndexOf(' ') + 1)) ? 1 : 0;
            if (people.getOrDefault(stem, 0) <= own
                    && !knownPerson(stem, docText.substring(r[1], space), text, lexicon, gazetteer)) continue;
            String rest = docText.substring(space + 1, r[2]);
            String restLabel = null;
            for (int k = 0; k < mentions.size() && restLabel == null; k++) {
                int[] o = raw.get(k);
                // not a person: a genitive governs a thing ("Beckenbauers Vita" next to a stray PER "Vita")
                if (k != i && o[2] - o[1] == rest.length() && docText.startsWith(rest, o[1])
                        && !"PER".equals(mentions.get(k).label())) {
                    restLabel = mentions.get(k).label();
                }
            }
            EntityExtractor.Mention cut = EntityExtractor.narrow(raw, mentions, i, 0, r[2] - space);
            mentions.set(i, new EntityExtractor.Mention(cut.start(), cut.end(), "PER", cut.confidence()));
            if (restLabel != null) {
                EntityExtractor.addMention(sentences, raw, mentions, space + 1, r[2], restLabel, m.confidence());
            }
        }
    }

    /**
     * {@code stem} is known only from persons' names, neither it nor {@code genitive} ("Putins") is a first name
     * ("Franzis Verlag": "Franzi"), and {@code text} goes on with one capitalised word in lower case after its first
     * letter that is not known only from persons' names ("Krieg" is also in a title, a surname would not be).
     */
    private static boolean knownPerson(String stem, String genitive, String text, NameLexicon lexicon,
                                       Gazetteer gazetteer) {
        if (lexicon == null || lexicon.wordBits(stem) != PER) return false;
        String rest = text.substring(genitive.length() + 1);
        // one noun: "Docs for Facebook", "Thiess International Riverprize" are names of things
        if (rest.indexOf(' ') >= 0 || rest.length() < 3 || !Character.isUpperCase(rest.charAt(0))
                || !Character.isLowerCase(rest.charAt(1)) || lexicon.wordBits(rest) == PER) {
            return false;
        }
        return !gazetteer.isFirstName(genitive) && !gazetteer.isFirstName(stem);
    }

    /** A quotation mark right before the mention: a title ("„Wickerts Bücher“", a programme named after its host). */
    private static boolean quoted(String docText, int start) {
        // GermEval's text keeps its tokens apart: "\" Wickerts Bücher \""
        int k = start > 1 && docText.charAt(start - 1) == ' ' ? start - 2 : start - 1;
        if (k < 0) return false;
        char c = docText.charAt(k);
        return c == '"' || c == '„' || c == '“' || c == '»' || c == '«' || c == '\'' || c == '‚';
    }

    private static Map<String, Integer> people(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        Map<String, Integer> out = new HashMap<>();
        for (int k = 0; k < mentions.size(); k++) {
            if (!"PER".equals(mentions.get(k).label())) continue;
            int[] r = raw.get(k);
            String text = docText.substring(r[1], r[2]);
            out.merge(text, 1, Integer::sum);
            int space = text.lastIndexOf(' ');
            if (space > 0) out.merge(text.substring(space + 1), 1, Integer::sum);
        }
        return out;
    }
}
