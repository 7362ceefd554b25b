package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles after a noun for a kind of work ({@code work-nouns.txt}: "Film", "Serie", "Roman", "Album", "Hit", also as a
 * compound tail: "US-Serie", "US-Serien", "Rockoper", "Welthit"). Rules:
 * <ul>
 *   <li>A title in quotation marks right after such a noun ("der Film „…“", "die Komödie »…«", "ihr Roman «…»") is
 *       one MISC mention, as GermEval 2014 annotates titles: the quoted words, one to eight, opened by a capital
 *       letter or a digit. Mentions the tagger found inside the title are replaced by it; a mention reaching
 *       outside the quotation marks leaves the title alone.</li>
 *   <li>An unquoted PER, ORG or LOC mention right after such a noun, which is no mention itself, is a title too
 *       and becomes MISC; an ORG one makes the document's other ORG mentions of its text MISC too ("in der
 *       US-Serie Breaking Bad" tagged ORG, then "Breaking Bad" ORG three times more). In GermEval 2014 train + dev
 *       a name right after a work noun outside a mention is OTH 66 times, PER, ORG and LOC once each ("Drehbuch
 *       Mark …" in credits, "Karosserie Audi", whose tail "serie" is no work: such nouns are excluded, and so are
 *       runs of crimes or results: "Mordserie", "Siegesserie"). Not a PER mention after "Roman", also a first
 *       name; not a listed place or its genitive ({@code places.tsv}, {@code region_names.txt}: "im Animationsfilm Kanada", the fair "Buch Wien",
 *       "Nachwuchsserien Europas"); not when
 *       a digit or a spaced dash follows ("Kony 2012", "der Serie A - B").</li>
 * </ul>
 * Thread-safe.
 */
final class QuotedTitles {

    private static final List<String> WORK_NOUNS = WordListResource.lines("work-nouns.txt");
    /** The opening quotation marks of {@link #QUOTED}: a sentence without any of them holds no title. */
    static final String OPENING_MARKS = "„\"»«“‚";
    // the look-behind lets a match start only at a word's first letter, not at every letter of every word
    private static final Pattern QUOTED = Pattern.compile(
            "(?<!\\p{L})(\\p{L}+)\\s+[„\"»«“‚]([\\p{Lu}\\d][^„\"»«“”‚‘\\n]{0,80}?)[“\"«»”‘]");
    private static final double CONFIDENCE = 0.9;

    private QuotedTitles() {
    }

    /**
     * Words whose tail only looks like a work noun ("Karosserie", "Mordserie", "Siegesserie": a run of crimes or
     * results) or that stand before credits ("Drehbuch: …").
     */
    private static final Set<String> NOT_WORK_NOUNS = Set.of("karosserie", "drehbuch", "mordserie", "anschlagsserie",
            "einbruchsserie", "brandserie", "überfallserie", "unfallserie", "pannenserie", "siegesserie",
            "niederlagenserie", "erfolgsserie", "torserie", "punkteserie");

    /**
     * Adds title mentions to and relabels titles in the parallel lists {@code raw} (sentence, doc start, doc end)
     * and {@code mentions}.
     */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions,
                      Gazetteer gazetteer) {
        unquotedTitles(docText, raw, mentions, gazetteer);
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (!hasOpeningMark(sentence.text())) {
                continue;
            }
            Matcher m = QUOTED.matcher(sentence.text());
            while (m.find()) {
                if (!workNoun(m.group(1)) || m.group(2).strip().split("\\s+").length > 8
                        || !m.group(2).equals(m.group(2).strip())) {
                    continue;
                }
                int start = sentence.charStart() + m.start(2);
                int end = sentence.charStart() + m.end(2);
                boolean crosses = false;
                List<Integer> inside = new ArrayList<>();
                for (int i = 0; i < raw.size(); i++) {
                    int[] r = raw.get(i);
                    if (r[2] <= start || r[1] >= end) {
                        continue;
                    }
                    if (r[1] >= start && r[2] <= end) {
                        inside.add(i);
                    } else {
                        crosses = true;
                    }
                }
                if (crosses || inside.size() == 1 && raw.get(inside.get(0))[1] == start
                        && raw.get(inside.get(0))[2] == end && "MISC".equals(mentions.get(inside.get(0)).label())) {
                    continue; // the tagger found the title already
                }
                for (int k = inside.size() - 1; k >= 0; k--) {
                    raw.remove((int) inside.get(k));
                    mentions.remove((int) inside.get(k));
                }
                int at = 0;
                while (at < raw.size() && raw.get(at)[1] < start) {
                    at++;
                }
                raw.add(at, new int[]{s, start, end});
                mentions.add(at, new EntityExtractor.Mention(m.start(2), m.end(2), "MISC", CONFIDENCE));
            }
        }
    }

    /**
     * Rule 2: PER, ORG and unlisted LOC mentions right after a work noun become MISC, and so do the ORG namesakes of
     * an ORG one.
     */
    private static void unquotedTitles(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions,
                                       Gazetteer gazetteer) {
        Set<String> titles = null;
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            EntityExtractor.Mention m = mentions.get(i);
            String label = m.label();
            if ("MISC".equals(label) || i > 0 && raw.get(i - 1)[2] >= r[1] - 1) continue;
            String noun = OrganisationNouns.wordBefore(docText, r[1]);
            if (noun.isEmpty() || !workNoun(noun) || NOT_WORK_NOUNS.contains(singular(noun.toLowerCase(Locale.ROOT)))
                    || "PER".equals(label) && "Roman".equals(noun) || titleGoesOn(docText, r[2])) {
                continue;
            }
            String text = docText.substring(r[1], r[2]);
            // a listed place after the noun, or its genitive, is its setting or a fair ("im Animationsfilm Kanada",
            // "die Buch Wien", "einer der Nachwuchsserien Europas": a racing series)
            if ("LOC".equals(label) && OrganisationNouns.listedPlace(text, gazetteer)) continue;
            mentions.set(i, new EntityExtractor.Mention(m.start(), m.end(), "MISC", m.confidence()));
            // a film named after a person or place does not make them titles ("der Kurzfilm Kony 2012" … "Kony")
            if ("ORG".equals(label)) {
                if (titles == null) titles = new HashSet<>();
                titles.add(text);
            }
        }
        if (titles == null) return;
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            EntityExtractor.Mention m = mentions.get(i);
            if ("ORG".equals(m.label()) && titles.contains(docText.substring(r[1], r[2]))) {
                mentions.set(i, new EntityExtractor.Mention(m.start(), m.end(), "MISC", m.confidence()));
            }
        }
    }

    /**
     * A digit or a dash between spaces right after the mention: the title goes on ("Kony 2012") or two names are
     * paired ("der Serie San Antonio Spurs - Phoenix Suns", a play-off series).
     */
    private static boolean titleGoesOn(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ') return false;
        char next = text.charAt(end + 1);
        return Character.isDigit(next) || (next == '-' || next == '–') && end + 2 < text.length()
                && text.charAt(end + 2) == ' ';
    }

    /** "mordserien" → "mordserie": the plural of a run of crimes or results is no work either. */
    private static String singular(String noun) {
        return noun.endsWith("serien") ? noun.substring(0, noun.length() - 1) : noun;
    }

    private static boolean hasOpeningMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (OPENING_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A listed work noun or a compound ending in one ("Kinofilm", "Debütroman"), capitalised. */
    static boolean workNoun(String word) {
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return WordListResource.endsWithEntry(word.toLowerCase(Locale.ROOT), WORK_NOUNS);
    }
}
