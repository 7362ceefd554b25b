package de.newsfacts.extract;

/**
 * Whether a German word ends like an inflected adjective, by its ending alone (no dictionary). Rule: it ends in
 * "-e", "-en", "-er", "-es" or "-em" ("neue", "neuen", "neuer", "neues", "neuem"). The extractors use it to tell an
 * attribute before a noun ("2000 neue Wohnungen", "22 weitere Personen") from other lower-case words; each adds
 * its own conditions (length, case, word lists).
 */
public final class AdjectiveEndings {

    private AdjectiveEndings() {
    }

    /** Whether {@code word} (lower case) ends in one of the adjective endings above. */
    public static boolean has(String word) {
        return word.endsWith("e") || word.endsWith("en") || word.endsWith("er") || word.endsWith("es")
                || word.endsWith("em");
    }
}
