package de.newsfacts.extract.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Name lists used as tagger features and for canonical names: first names ({@code firstnames_*.txt}) and places
 * ({@code places.tsv}: countries, regions, cities with German names and their variants).
 *
 * <p>Lookups work on token sequences without building strings: a name is the 64-bit FNV-1a hash of its tokens
 * (as cut by {@link Tokenizer}), lower-cased and joined by one space. {@link #annotate} marks, for every token, the
 * kinds of the longest place match covering it (begin or inside) and whether it is a known first name.
 * Immutable and thread-safe once built.
 */
final class Gazetteer {
    static final int FIRST_NAME = 1;
    static final int COUNTRY = 2;
    static final int CITY = 4;
    static final int REGION = 8;
    /** Set on tokens inside (not at the start of) a multi-token place match. */
    static final int INSIDE = 16;
    /** Set when the token minus a final genitive s is a place name. */
    static final int GENITIVE_PLACE = 32;

    static final int MAX_NAME_TOKENS = 5;
    static final long FNV_BASIS = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;

    private final LongIntMap names;
    /** Hashes of the first k tokens (k &gt;= 1) of every multi-token name: a longer match must extend one of them. */
    private final LongIntMap prefixes;
    private final Map<String, String> canonicalByVariant;
    private final Map<String, Integer> kindByCanonical;

    private Gazetteer(LongIntMap names, LongIntMap prefixes, Map<String, String> canonicalByVariant,
                      Map<String, Integer> kindByCanonical) {
        this.names = names;
        this.prefixes = prefixes;
        this.canonicalByVariant = canonicalByVariant;
        this.kindByCanonical = kindByCanonical;
    }

    static Gazetteer fromClasspath() {
        LongIntMap names = new LongIntMap(1 << 16);
        LongIntMap prefixes = new LongIntMap(1 << 12);
        Map<String, String> canonical = new HashMap<>();
        Map<String, Integer> kinds = new HashMap<>();
        Tokenizer tokenizer = Tokenizer.german();
        for (String file : new String[]{"firstnames_berlin.txt", "firstnames_intl.txt"}) {
            for (String line : lines(file)) addName(names, prefixes, tokenizer, line, FIRST_NAME);
        }
        // kind priority for a variant claimed twice: country, then city, then region
        for (int kind : new int[]{COUNTRY, CITY, REGION}) {
            for (String line : lines("places.tsv")) {
                String[] f = line.split("\t", -1);
                int k = switch (f[0]) {
                    case "COUNTRY" -> COUNTRY;
                    case "CITY" -> CITY;
                    default -> REGION;
                };
                if (k != kind) continue;
                addName(names, prefixes, tokenizer, f[1], k);
                canonical.putIfAbsent(f[1], f[1]);
                kinds.putIfAbsent(f[1], k);
                if (f.length > 2 && !f[2].isEmpty()) {
                    for (String v : f[2].split("\\|")) {
                        addName(names, prefixes, tokenizer, v, k);
                        canonical.putIfAbsent(v, f[1]);
                    }
                }
            }
        }
        return new Gazetteer(names, prefixes, Map.copyOf(canonical), Map.copyOf(kinds));
    }

    private static void addName(LongIntMap names, LongIntMap prefixes, Tokenizer tokenizer, String name, int kind) {
        Tokenizer.TokenSpans spans = tokenizer.tokenize(name);
        if (spans.size() == 0 || spans.size() > MAX_NAME_TOKENS) return;
        long h = FNV_BASIS;
        for (int t = 0; t < spans.size(); t++) {
            if (t > 0) {
                prefixes.put(h, 1);
                h = (h ^ ' ') * FNV_PRIME;
            }
            h = hashLower(name, spans.start(t), spans.end(t), h);
        }
        names.put(h, names.get(h, 0) | kind);
    }

    static long hashLower(CharSequence s, int from, int to, long h) {
        for (int i = from; i < to; i++) h = (h ^ Character.toLowerCase(s.charAt(i))) * FNV_PRIME;
        return h;
    }

    /** The kind bits of the (lower-cased) name {@code text}, 0 if unknown. */
    int kindsOf(String text) {
        Tokenizer.TokenSpans spans = Tokenizer.german().tokenize(text);
        if (spans.size() == 0 || spans.size() > MAX_NAME_TOKENS) return 0;
        long h = FNV_BASIS;
        for (int t = 0; t < spans.size(); t++) {
            if (t > 0) h = (h ^ ' ') * FNV_PRIME;
            h = hashLower(text, spans.start(t), spans.end(t), h);
        }
        return names.get(h, 0);
    }

    /** The kind bits stored for a name hash (as built by {@link #annotate}), 0 if unknown. */
    int kindsOfHash(long nameHash) {
        return names.get(nameHash, 0);
    }

    /** Whether some listed multi-token name starts with the tokens hashed to {@code nameHash}. */
    boolean isNamePrefix(long nameHash) {
        return prefixes.get(nameHash, 0) != 0;
    }

    /** The canonical German name of a place variant ("Kyiv" -> "Kiew"), or null if not a listed place. */
    String canonicalPlace(String name) {
        return canonicalByVariant.get(name);
    }

    /** Whether {@code word} is a listed first name (any case). */
    boolean isFirstName(String word) {
        return (kindsOf(word) & FIRST_NAME) != 0;
    }

    /** Whether {@code name} is a listed place (any variant) or first name, case as written. */
    boolean isKnownName(String name) {
        return canonicalByVariant.containsKey(name) || isFirstName(name);
    }

    /** Fills {@code out[i]} with the gazetteer bits of token i. */
    void annotate(CharSequence text, int[] starts, int[] ends, int n, int[] out) {
        for (int i = 0; i < n; i++) out[i] = 0;
        for (int i = 0; i < n; i++) {
            long h = FNV_BASIS;
            int bestLen = 0;
            int bestKinds = 0;
            for (int len = 1; len <= MAX_NAME_TOKENS && i + len <= n; len++) {
                int t = i + len - 1;
                if (len > 1) h = (h ^ ' ') * FNV_PRIME;
                if (len == 1) {
                    int s = starts[t];
                    int e = ends[t];
                    if (e - s > 3 && text.charAt(e - 1) == 's') {
                        long stem = hashLower(text, s, e - 1, h);
                        if ((names.get(stem, 0) & (COUNTRY | CITY | REGION)) != 0) out[t] |= GENITIVE_PLACE;
                    }
                }
                h = hashLower(text, starts[t], ends[t], h);
                int kinds = names.get(h, 0);
                if (len == 1) out[i] |= kinds & FIRST_NAME;
                int placeKinds = kinds & (COUNTRY | CITY | REGION);
                if (placeKinds != 0 && Character.isUpperCase(text.charAt(starts[i]))) {
                    bestLen = len;
                    bestKinds = placeKinds;
                }
            }
            for (int k = 0; k < bestLen; k++) out[i + k] |= bestKinds | (k > 0 ? INSIDE : 0);
        }
    }

    private static Iterable<String> lines(String resource) {
        return WordListResource.lines(resource);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
