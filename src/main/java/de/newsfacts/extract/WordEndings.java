package de.newsfacts.extract;

/** Whether a word ends in one of several endings: the compound-tail tests of the extractors ("Weltmeister"). */
public final class WordEndings {

    private WordEndings() {
    }

    /** Whether {@code word} ends with one of {@code endings} (case as given). */
    public static boolean endsWithAny(String word, String... endings) {
        for (String ending : endings) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
