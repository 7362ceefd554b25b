package de.newsfacts.extract.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a word list shipped next to this package's classes: UTF-8, one entry per line, surrounding blanks
 * stripped, empty lines and lines starting with {@code #} skipped. A missing resource is a packaging error.
 */
final class WordListResource {

    private WordListResource() {
    }

    /** The entries of {@code resource} in file order. */
    static List<String> lines(String resource) {
        try (InputStream in = WordListResource.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " missing from classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether the capitalised {@code word}, lower-cased as written or without one of the inflection {@code endings},
     * is an entry or ends in one ("Energiekonzerns" with the ending "s": "konzern"; "Küstenstädtchens").
     */
    static boolean capitalisedEntry(String word, List<String> entries, String... endings) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) return false;
        String lower = word.toLowerCase(Locale.ROOT);
        if (endsWithEntry(lower, entries)) return true;
        for (String ending : endings) {
            if (lower.endsWith(ending) && endsWithEntry(lower.substring(0, lower.length() - ending.length()), entries)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is an entry or ends in one (a compound's tail: "Kinofilm" ends in "film"). */
    static boolean endsWithEntry(String word, List<String> entries) {
        for (String entry : entries) {
            if (word.endsWith(entry)) return true;
        }
        return false;
    }

    /** The entries of {@code resource} as an immutable set. */
    static Set<String> set(String resource) {
        return Set.copyOf(lines(resource));
    }
}
