package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A title in quotation marks right after a noun for a kind of work ({@code work-nouns.txt}: "der Film „…“", "die
 * Komödie »…«", "ihr Roman «…»") is one MISC mention, as GermEval 2014 annotates titles: the quoted words, one to
 * eight, opened by a capital letter or a digit. Mentions the tagger found inside the title are replaced by it; a
 * mention reaching outside the quotation marks leaves the title alone. Thread-safe.
 */
final class QuotedTitles {

    private static final List<String> WORK_NOUNS = WordListResource.lines("work-nouns.txt");
    /** The opening quotation marks of {@link #QUOTED}: a sentence without any of them holds no title. */
    private static final String OPENING_MARKS = "„\"»«“‚";
    // the look-behind lets a match start only at a word's first letter, not at every letter of every word
    private static final Pattern QUOTED = Pattern.compile(
            "(?<!\\p{L})(\\p{L}+)\\s+[„\"»«“‚]([\\p{Lu}\\d][^„\"»«“”‚‘\\n]{0,80}?)[“\"«»”‘]");
    private static final double CONFIDENCE = 0.9;

    private QuotedTitles() {
    }

    /** Adds title mentions to the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
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

    private static boolean hasOpeningMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (OPENING_MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A listed work noun or a compound ending in one ("Kinofilm", "Debütroman"), capitalised. */
    private static boolean workNoun(String word) {
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return WordListResource.endsWithEntry(word.toLowerCase(Locale.ROOT), WORK_NOUNS);
    }
}
