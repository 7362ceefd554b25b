package de.newsfacts.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Article texts of the 10kGNAD test split ({@code 10kgnad/test.csv}: one {@code label;'text'} line per article,
 * a quote inside the text doubled). Evaluation and tests only: the corpus is CC BY-NC-SA.
 */
public final class GnadArticles {

    private GnadArticles() {
    }

    public static List<String> read(Path csv) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
            int separator = line.indexOf(';');
            if (separator < 0) {
                continue;
            }
            String text = line.substring(separator + 1);
            if (text.length() >= 2 && text.startsWith("'") && text.endsWith("'")) {
                text = text.substring(1, text.length() - 1).replace("''", "'");
            }
            texts.add(text);
        }
        return texts;
    }
}
