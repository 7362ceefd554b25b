package de.newsfacts.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the word-list resources of this package: UTF-8, one entry per line, lines starting with {@code #} and
 * blank lines ignored, entries trimmed.
 */
final class WordLists {

    private WordLists() {
    }

    /** Entries of the resource {@code name} next to this class; fails fast if it is missing. */
    static List<String> load(String name) {
        InputStream in = WordLists.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource de/newsfacts/structure/" + name);
        }
        List<String> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String entry = line.strip();
                if (!entry.isEmpty() && entry.charAt(0) != '#') {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return entries;
    }
}
