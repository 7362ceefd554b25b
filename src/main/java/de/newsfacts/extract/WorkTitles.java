package de.newsfacts.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Nouns of works and programmes ({@code work-title-nouns.txt}: "Album", "Dokumentation", "Serie" …): a
 * quotation right after one is a title ("die Dokumentation „Zwölf Nächte in Rom“"), so the date or number word
 * opening it is no date and no count. A word is such a noun when it ends in a listed noun ("Fernsehdokumentation"), also with one of
 * the case and plural endings -s, -es, -n, -en ("Albums", "Filmes", "Serien").
 */
public final class WorkTitles {

    private static final List<String> NOUNS = load("work-title-nouns.txt");
    private static final List<String> ENDINGS = List.of("", "s", "es", "n", "en");

    private WorkTitles() {
    }

    /** The opening quotation marks a title may stand in. */
    private static final String OPENING_MARKS = "„\"»«‚‹›“";

    /** Whether {@code mark} is an opening quotation mark a title (or a quotation) may stand in. */
    public static boolean isOpeningMark(char mark) {
        return OPENING_MARKS.indexOf(mark) >= 0;
    }

    /** Whether {@code mark} opens a quotation right after {@code nounBefore}, the noun of a work: a title. */
    public static boolean opensTitle(char mark, String nounBefore) {
        return isOpeningMark(mark) && !nounBefore.isEmpty() && isWorkNoun(nounBefore);
    }

    /** Whether {@code word} (any case) is the noun of a work by the rules above. */
    public static boolean isWorkNoun(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String ending : ENDINGS) {
            if (lower.endsWith(ending) && endsWithNoun(lower.substring(0, lower.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithNoun(String word) {
        for (String noun : NOUNS) {
            if (word.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> load(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = WorkTitles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
