package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Regions the tagger left untagged: continents, large regions, federal states and cantons of {@code
 * region_names.txt} ("Burgenlands Landeshauptmann", "im Weinviertel", "in der Lombardei", "Teilen der Steiermark,
 * Vorarlbergs und Oberösterreichs"). The tagger knows the frequent ones; rarer ones and genitives it misses. Rules:
 * <ul>
 *   <li>A whole word (no letter, digit, hyphen or slash joined to it) outside every mention that is a one-word
 *       listed region, or its genitive in -s, becomes a LOC mention.</li>
 *   <li>Words that are also common nouns or people are not taken ({@link #AMBIGUOUS}: "Zug", "Franken", "die
 *       Schwaben", "die Bayern" for the club, "ein Sachse/Sachsen"; in GermEval 2014 train + dev "Zug" is O 21 of 22
 *       times, "Franken" a currency or people 32 of 32; "Harz" is also resin), nor compounds that GermEval leaves unlabelled or counts
 *       as part of a name ("Mittelmeerraum", "Nahost").</li>
 *   <li>The plain form is not taken when the next word is capitalised (the name may go on: "Wien Energie", "Tirol
 *       Werbung"); a genitive stands before its noun ("Burgenlands Landeshauptmann") and is taken.</li>
 *   <li>Nor when the word before it, not the sentence's first, is capitalised and outside every mention: the region
 *       may close a longer name ("Raiffeisen Niederösterreich", "Energie Steiermark").</li>
 * </ul>
 * In GermEval 2014 train + dev, such a word is a one-word LOC in 904 of 1,041 cases once the ambiguous ones are left
 * out (most of the rest are parts of longer names, which the guards keep). The same scan looks up listed
 * organisations ({@link ListedOrganisations}), with the same guards, as ORG. Cost: one pass over the characters of
 * each sentence that looks up capitalised words in a hash set; thread-safe.
 */
final class RegionNames {

    /** Marks an added mention as a listed organisation's ({@link ListedOrganisations}). */
    private static final int ORG = 1;

    static final Set<String> AMBIGUOUS = Set.of("Zug", "Franken", "Schwaben", "Bayern", "Sachsen", "Jura", "Uri",
            "Harz", "Mittelmeerraum", "Nahost");
    /** All of {@code region_names.txt}, ambiguous and multi-word names included ("Bayern", "Western Cape"). */
    private static final Set<String> LISTED = WordListResource.set("region_names.txt");
    private static final Set<String> REGIONS = oneWord(LISTED);

    private RegionNames() {
    }

    private static Set<String> oneWord(Set<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) if (n.indexOf(' ') < 0 && !AMBIGUOUS.contains(n)) out.add(n);
        return Set.copyOf(out);
    }

    /** A name of {@code region_names.txt}, ambiguous ones included ("Europa", "Tirol", "Bayern"). */
    static boolean isListed(String name) {
        return LISTED.contains(name);
    }

    /** Adds LOC mentions to the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        List<int[]> added = null;
        int k = 0;
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            int from = sentence.charStart();
            int limit = sentence.charEnd();
            int firstStart = -1;
            int previousStart = -1;
            int previousEnd = -1;
            for (int i = from; i < limit; ) {
                char c = docText.charAt(i);
                if (!Character.isLetter(c)) {
                    i++;
                    continue;
                }
                int e = wordEnd(docText, i, limit);
                if (firstStart < 0) firstStart = i;
                boolean region = Character.isUpperCase(c) && isRegion(docText, i, e, limit);
                // a listed organisation is looked up in the same scan ("des Roten Kreuzes")
                int orgEnd = region || !Character.isUpperCase(c) || i > 0 && (joined(docText.charAt(i - 1))
                        || docText.charAt(i - 1) == '.') ? -1 : ListedOrganisations.end(docText, i, e, limit);
                if (region || orgEnd > 0) {
                    int end = region ? e : orgEnd;
                    while (k < raw.size() && raw.get(k)[2] <= i) k++;
                    boolean covered = k < raw.size() && raw.get(k)[1] < end;
                    boolean nameBefore = previousStart >= 0 && previousEnd == i - 1 && previousStart != firstStart
                            && docText.charAt(i - 1) == ' ' && Character.isUpperCase(docText.charAt(previousStart))
                            && !(k > 0 && raw.get(k - 1)[2] > previousStart);
                    if (!covered && !nameBefore) {
                        if (added == null) added = new ArrayList<>();
                        added.add(region ? new int[]{s, i, e} : new int[]{s, i, end, ORG});
                    }
                }
                previousStart = i;
                previousEnd = e;
                i = e;
            }
        }
        if (added != null) merge(sentences, raw, mentions, added);
    }

    /**
     * The word {@code [i, e)} stands alone and is a listed region not followed by a capitalised word, or the genitive
     * in -s of one.
     */
    private static boolean isRegion(String text, int i, int e, int limit) {
        if (i > 0 && (joined(text.charAt(i - 1)) || text.charAt(i - 1) == '.')
                || e < limit && joined(text.charAt(e))) return false;
        if (!maybeListed(text.charAt(i), e - i)) return false;
        String word = text.substring(i, e);
        if (REGIONS.contains(word)) {
            return !(e + 1 < limit && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1)));
        }
        return word.endsWith("s") && REGIONS.contains(word.substring(0, word.length() - 1));
    }

    /**
     * First letter and length of every listed region and of its genitive: most capitalised words fail this check
     * and are never cut out of the text for the set lookup.
     */
    private static final BitSet FIRST_AND_LENGTH = firstAndLength(REGIONS);

    private static BitSet firstAndLength(Set<String> names) {
        BitSet bits = new BitSet(256 * 64);
        for (String n : names) {
            for (int length : new int[]{n.length(), n.length() + 1}) {
                char c = n.charAt(0);
                bits.set(c < 256 ? c * 64 + Math.min(length, 63) : 0);
            }
        }
        return bits;
    }

    private static boolean maybeListed(char first, int length) {
        return first >= 256 || FIRST_AND_LENGTH.get(first * 64 + Math.min(length, 63));
    }

    private static boolean joined(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '/' || c == '\'';
    }

    /** The end of the word at {@code i}: letters, with single hyphens between letters ("Baden-Württemberg"). */
    static int wordEnd(String text, int i, int limit) {
        int e = i + 1;
        while (e < limit && (Character.isLetter(text.charAt(e))
                || text.charAt(e) == '-' && e + 1 < limit && Character.isLetter(text.charAt(e + 1)))) {
            e++;
        }
        return e;
    }

    private static void merge(List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions,
                              List<int[]> added) {
        List<int[]> newRaw = new ArrayList<>(raw.size() + added.size());
        List<EntityExtractor.Mention> newMentions = new ArrayList<>(raw.size() + added.size());
        int k = 0;
        for (int[] a : added) {
            while (k < raw.size() && raw.get(k)[1] < a[1]) {
                newRaw.add(raw.get(k));
                newMentions.add(mentions.get(k));
                k++;
            }
            int base = sentences.get(a[0]).charStart();
            newRaw.add(new int[]{a[0], a[1], a[2]});
            newMentions.add(new EntityExtractor.Mention(a[1] - base, a[2] - base, a.length > 3 ? "ORG" : "LOC", 0.8));
        }
        EntityExtractor.finishMerge(raw, mentions, k, newRaw, newMentions);
    }
}
