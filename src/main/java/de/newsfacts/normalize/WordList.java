package de.newsfacts.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** Loads a word list resource of this package: UTF-8, one entry per line, {@code #} starts a comment. */
final class WordList {

    private WordList() {
    }

    static Set<String> load(String resourceName) {
        InputStream in = WordList.class.getResourceAsStream(resourceName);
        if (in == null) {
            throw new IllegalStateException("missing resource de/newsfacts/normalize/" + resourceName);
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                int comment = line.indexOf('#');
                String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!entry.isEmpty()) {
                    words.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resourceName, e);
        }
        return Set.copyOf(words);
    }
}
