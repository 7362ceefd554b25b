package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Places named after a saint: "St. Pölten", "Sankt Georgen im Attergau", "St. Johann im Pongau", "St. Ives". The
 * tagger leaves most of them untagged (10kGNAD test: "St. Pölten" 25 times, never found) or takes the saint's name for
 * a person ("St. Moritz" → PER "Moritz"). In GermEval 2014 train + dev, "St." or "Sankt" before a capitalised word
 * opens a LOC in 53 of 72 cases (ORG 10: clubs, schools; LOC-deriv 4: "St. Galler"). Rules:
 * <ul>
 *   <li>"St." or "Sankt", one space and a capitalised word (letters and hyphens), where the word before "St." is not a
 *       capitalised word of the same sentence (a longer name: "Paris St. Germain", "Thania St. John", "Zollamt St.
 *       Pölten"), becomes one LOC mention; a PER or LOC mention on the saint's name alone is replaced by it.</li>
 *   <li>Not when a mention already covers "St." or reaches beyond the name ("SKN St. Pölten", "St. Petersburg" as
 *       the tagger found it), nor for a place adjective or inhabitant ("St. Pöltner", "St. Galler", and a word in -er
 *       before a capitalised noun: "St. Pöltner Landtag"), nor for a saint's day or order ("Sankt Nimmerleinstag",
 *       "St. Martinsorden").</li>
 *   <li>The name goes on over "im", "am", "an der", "ob der" or "bei" when a LOC mention follows right after
 *       ("St. Johann im Pongau"); that mention is absorbed.</li>
 * </ul>
 * Cost: an {@code indexOf} for "St. " and "Sankt " per document; thread-safe.
 */
final class SaintPlaces {

    private static final String[] PREFIXES = {"St. ", "Sankt "};
    private static final String[] LINKS = {" im ", " am ", " an der ", " ob der ", " bei "};

    private SaintPlaces() {
    }

    /** Rewrites in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        for (String prefix : PREFIXES) {
            for (int at = docText.indexOf(prefix); at >= 0; at = docText.indexOf(prefix, at + 1)) {
                if (at > 0 && Character.isLetterOrDigit(docText.charAt(at - 1))) continue;
                int s = sentenceAt(sentences, at);
                if (s < 0) continue;
                Sentence sentence = sentences.get(s);
                int limit = sentence.charEnd();
                int nameStart = at + prefix.length();
                int nameEnd = wordEnd(docText, nameStart, limit);
                if (nameEnd < 0 || !isPlaceWord(docText, nameStart, nameEnd, limit)) continue;
                if (capitalisedWordBefore(docText, at, sentence.charStart())) continue;
                place(docText, s, sentence, at, nameStart, nameEnd, raw, mentions);
            }
        }
    }

    private static void place(String docText, int s, Sentence sentence, int at, int nameStart, int nameEnd,
                              List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        int first = 0;
        while (first < raw.size() && raw.get(first)[2] <= at) first++;
        int end = nameEnd;
        int remove = 0;
        if (first < raw.size() && raw.get(first)[1] < nameEnd) {
            int[] r = raw.get(first);
            String label = mentions.get(first).label();
            // only a person or place mention on the saint's name alone is replaced
            if (r[1] != nameStart || r[2] != nameEnd || !("PER".equals(label) || "LOC".equals(label))) return;
            remove = 1;
        }
        int next = first + remove;
        for (String link : LINKS) {
            if (docText.startsWith(link, end) && next < raw.size() && raw.get(next)[1] == end + link.length()
                    && "LOC".equals(mentions.get(next).label()) && raw.get(next)[0] == s) {
                end = raw.get(next)[2];
                remove++;
                break;
            }
        }
        for (int i = 0; i < remove; i++) {
            raw.remove(first);
            mentions.remove(first);
        }
        int base = sentence.charStart();
        raw.add(first, new int[]{s, at, end});
        mentions.add(first, new EntityExtractor.Mention(at - base, end - base, "LOC", 0.8));
    }

    /** The index of the sentence holding {@code at}, or -1. */
    static int sentenceAt(List<Sentence> sentences, int at) {
        // sentences are in document order and do not overlap: a binary search (rules call this per added mention)
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (at < s.charStart()) {
                hi = mid - 1;
            } else if (at >= s.charEnd()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The end of a capitalised word at {@code p} (letters, single hyphens between letters), or -1. */
    private static int wordEnd(String text, int p, int limit) {
        return p < limit && Character.isUpperCase(text.charAt(p)) ? RegionNames.wordEnd(text, p, limit) : -1;
    }

    /**
     * No inhabitant or adjective in -ner/-ler, no -er word before a capitalised noun, no saint's day or order named
     * after the saint ("Sankt Nimmerleinstag", "St. Martinsorden").
     */
    private static boolean isPlaceWord(String text, int start, int end, int limit) {
        String word = text.substring(start, end);
        if (word.endsWith("ner") || word.endsWith("ler") || word.endsWith("tag") || word.endsWith("tags")
                || word.endsWith("orden")) return false;
        return !(word.endsWith("er") && end + 1 < limit && text.charAt(end) == ' '
                && Character.isUpperCase(text.charAt(end + 1)));
    }

    /** A capitalised word ends one space before {@code at}, and it is not the sentence's first word. */
    private static boolean capitalisedWordBefore(String text, int at, int sentenceStart) {
        String word = at - 2 < sentenceStart ? "" : EntityExtractor.wordBefore(text, at);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return false;
        int p = at - 2 - word.length();
        while (p >= sentenceStart && text.charAt(p) == ' ') p--;
        return p >= sentenceStart;
    }
}
