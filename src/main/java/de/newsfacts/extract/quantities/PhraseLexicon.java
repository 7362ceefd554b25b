package de.newsfacts.extract.quantities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word list of phrases (one or more tokens) with an optional value, matched against {@link Token} sequences.
 * <p>File format (UTF-8): one entry per line, {@code phrase} or {@code phrase<TAB>value}; {@code #} starts a
 * comment line; blank lines are ignored. A phrase is tokenized with {@link QuantityTokenizer}, so "Mio." is the
 * two tokens "Mio" + "." and "km/h" three tokens; tokens written without a space between them must also be
 * adjacent in the text.
 * <p>Matching ignores case, except for phrases shorter than {@code caseSensitiveBelow} characters (short
 * abbreviations and symbols such as "t", "m", "MW", "EUR" must match exactly). When several phrases match,
 * the longest (most tokens) wins. Immutable and thread-safe after construction.
 */
final class PhraseLexicon {

    /** One phrase of the list. */
    record Entry(String phrase, String[] keys, boolean[] glued, boolean caseSensitive, String value) {
        int size() {
            return keys.length;
        }
    }

    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final Map<String, List<Entry>> byLast = new HashMap<>();

    private PhraseLexicon() {
    }

    /** Loads a list from a resource next to this class. */
    static PhraseLexicon load(String resource, int caseSensitiveBelow) {
        try (InputStream in = PhraseLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return of(lines, caseSensitiveBelow);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }

    static PhraseLexicon of(List<String> lines, int caseSensitiveBelow) {
        PhraseLexicon lexicon = new PhraseLexicon();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = raw.indexOf('\t');
            String phrase = (tab >= 0 ? raw.substring(0, tab) : raw).strip();
            String value = tab >= 0 ? raw.substring(tab + 1).strip() : null;
            lexicon.add(phrase, value, phrase.length() < caseSensitiveBelow);
        }
        return lexicon;
    }

    private void add(String phrase, String value, boolean caseSensitive) {
        List<Token> tokens = QuantityTokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        String[] keys = new String[tokens.size()];
        boolean[] glued = new boolean[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            keys[k] = caseSensitive ? t.text() : t.lower();
            glued[k] = k > 0 && tokens.get(k - 1).end() == t.start();
        }
        Entry entry = new Entry(phrase, keys, glued, caseSensitive, value);
        byFirst.computeIfAbsent(tokens.get(0).lower(), x -> new ArrayList<>()).add(entry);
        byLast.computeIfAbsent(tokens.get(tokens.size() - 1).lower(), x -> new ArrayList<>()).add(entry);
    }

    /** The longest phrase starting at token {@code from}, or null. */
    Entry matchAt(List<Token> tokens, int from) {
        if (from < 0 || from >= tokens.size()) {
            return null;
        }
        List<Entry> candidates = byFirst.get(tokens.get(from).lower());
        if (candidates == null) {
            return null;
        }
        Entry best = null;
        for (Entry e : candidates) {
            if ((best == null || e.size() > best.size()) && matches(e, tokens, from)) {
                best = e;
            }
        }
        return best;
    }

    /** The longest phrase ending just before token {@code endExclusive}, or null. */
    Entry matchEndingAt(List<Token> tokens, int endExclusive) {
        if (endExclusive <= 0 || endExclusive > tokens.size()) {
            return null;
        }
        List<Entry> candidates = byLast.get(tokens.get(endExclusive - 1).lower());
        if (candidates == null) {
            return null;
        }
        Entry best = null;
        for (Entry e : candidates) {
            int from = endExclusive - e.size();
            if (from >= 0 && (best == null || e.size() > best.size()) && matches(e, tokens, from)) {
                best = e;
            }
        }
        return best;
    }

    /** Whether an entry is {@code word} alone or {@code word} and a period ("Nr."), ignoring case. */
    boolean hasWordEntry(String word) {
        List<Entry> candidates = byFirst.get(word.toLowerCase(java.util.Locale.ROOT));
        if (candidates != null) {
            for (Entry e : candidates) {
                if (e.size() == 1 || e.size() == 2 && e.keys()[1].equals(".")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The one-token phrase equal to {@code text} (respecting the entry's case rule), or null. */
    Entry single(String text) {
        List<Entry> candidates = byFirst.get(text.toLowerCase(java.util.Locale.ROOT));
        if (candidates != null) {
            for (Entry e : candidates) {
                if (e.size() == 1 && e.keys()[0].equals(e.caseSensitive() ? text : text.toLowerCase(java.util.Locale.ROOT))) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean matches(Entry e, List<Token> tokens, int from) {
        if (from + e.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < e.size(); k++) {
            Token t = tokens.get(from + k);
            String key = e.caseSensitive() ? t.text() : t.lower();
            if (!key.equals(e.keys()[k])) {
                return false;
            }
            if (e.glued()[k] && tokens.get(from + k - 1).end() != t.start()) {
                return false;
            }
        }
        return true;
    }
}
