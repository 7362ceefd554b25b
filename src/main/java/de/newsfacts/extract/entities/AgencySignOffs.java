package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.List;
import java.util.Set;

/**
 * The agency of a sign-off with more than one source ("(APA/dpa, 14.5.2016)", "(APA/sid/red – 11.7. 2015)",
 * "(AFP/Reuters)"), which the tagger leaves untagged in about one of ten such sign-offs (10kGNAD test: 10 of about
 * 105 "APA"). Rule: right after an opening bracket, a listed news outlet ({@code media-outlets.txt}: "APA", "dpa",
 * "AFP", "Reuters" …) followed by a slash, outside every mention, becomes an ORG mention of the outlet alone — as
 * {@link PageNameRules}' agency-desk rule cuts "APA/red" to "APA"; so does each listed outlet after a slash that
 * follows it and ends there ("(dpa/AFP)": "AFP" too; not the "dpa" of "dpa-AFX"). Cost: an {@code indexOf} for "(" per document;
 * thread-safe.
 */
final class AgencySignOffs {


    private AgencySignOffs() {
    }

    /** Adds ORG mentions to the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        for (int at = docText.indexOf('('); at >= 0; at = docText.indexOf('(', at + 1)) {
            int start = at + 1;
            int slash = PageNameRules.outletEnd(docText, start);
            if (slash < 0 || slash >= docText.length() || docText.charAt(slash) != '/') {
                continue;
            }
            EntityExtractor.addMention(sentences, raw, mentions, start, slash, "ORG", 0.8);
            // "(dpa/AFP)", "(APA/dpa, 14.5.2016)": a listed outlet after the slash is an agency too (not a desk: "red")
            while (slash < docText.length() && docText.charAt(slash) == '/') {
                int next = slash + 1;
                int end = PageNameRules.outletEnd(docText, next);
                // an outlet ends at the bracket, a comma, a space or the next slash: "dpa-AFX" is another agency
                if (end < 0 || end < docText.length() && (docText.charAt(end) == '-'
                        || Character.isDigit(docText.charAt(end)))) {
                    break;
                }
                EntityExtractor.addMention(sentences, raw, mentions, next, end, "ORG", 0.8);
                slash = end;
            }
        }
    }
}
