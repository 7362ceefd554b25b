package de.newsfacts.pipeline;

/**
 * Counts words the way {@code documents.word_count} defines them: maximal runs of letters and digits, where an
 * inner hyphen, apostrophe, period or comma between two such characters does not split ("US-Medien", "14,5",
 * "1.000" and "geht's" are one word each).
 */
public final class WordCounter {

    private WordCounter() {
    }

    public static int count(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (inWord && isJoiner(c) && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))) {
                // stays inside the word
            } else {
                inWord = false;
            }
        }
        return words;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '.' || c == ',';
    }
}
