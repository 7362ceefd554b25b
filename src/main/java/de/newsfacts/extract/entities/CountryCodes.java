package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Country codes in sports results: "1. Max Huber (AUT) 1:45,32 Min.", "2. Nils Brunner (SUI) +0,18". The tagger
 * took such codes for organisations ("SUI" ORG) or missed them ("AUT"). Rule: a listed IOC code
 * ({@code country-codes.txt}) alone in brackets, the bracket one space after a word, is a place (LOC): a mention on
 * exactly the code is relabelled, none there gets one; a mention overlapping it otherwise is left alone. A place
 * mention written as a listed code is canonically the country ({@link #country}). Thread-safe.
 */
final class CountryCodes {

    /** Code -> the country as German news name it ("AUT" -> "Österreich"). */
    private static final Map<String, String> CODES = load();

    private CountryCodes() {
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new HashMap<>();
        for (String line : WordListResource.lines("country-codes.txt")) {
            String[] f = line.split("\t");
            codes.put(f[0], f[1]);
        }
        return Map.copyOf(codes);
    }

    /** The country a listed code names, or null. */
    static String country(String code) {
        return CODES.get(code);
    }

    /** Rewrites in place the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw,
                      List<EntityExtractor.Mention> mentions) {
        for (int at = docText.indexOf(" ("); at >= 0; at = docText.indexOf(" (", at + 2)) {
            int code = at + 2;
            if (code + 4 > docText.length() || docText.charAt(code + 3) != ')' || at == 0
                    || !Character.isLetter(docText.charAt(at - 1))) continue;
            if (!CODES.containsKey(docText.substring(code, code + 3))) continue;
            int first = 0;
            while (first < raw.size() && raw.get(first)[2] <= code) first++;
            if (first < raw.size() && raw.get(first)[1] < code + 3) {
                int[] r = raw.get(first);
                EntityExtractor.Mention m = mentions.get(first);
                if (r[1] == code && r[2] == code + 3) {
                    mentions.set(first, new EntityExtractor.Mention(m.start(), m.end(), "LOC", m.confidence()));
                }
                continue;
            }
            EntityExtractor.addMention(sentences, raw, mentions, code, code + 3, "LOC", 0.8);
        }
    }
}
