package de.newsfacts.extract;

/**
 * One shared string per character for the tokenizers' one-character tokens (".", ",", "„", "“", "–", "€"), so
 * that a sentence's punctuation does not allocate a new string per mark. Covers U+0000 to U+20FF: Latin,
 * Greek, Cyrillic, general punctuation and currency signs; other characters get a new string.
 */
public final class CharStrings {

    private static final String[] STRINGS = new String[0x2100];

    static {
        for (char c = 0; c < STRINGS.length; c++) {
            STRINGS[c] = String.valueOf(c);
        }
    }

    private CharStrings() {
    }

    /** The string of the one character {@code c}. */
    public static String of(char c) {
        return c < STRINGS.length ? STRINGS[c] : String.valueOf(c);
    }
}
