package de.newsfacts.extract.quotes;

/**
 * One token of the document text: a word (letters/digits, inner hyphens, apostrophes and dots allowed) or a
 * single other non-space character (punctuation, quotation mark). Offsets are into the document text;
 * {@code lower} is the lower-cased text, computed once.
 */
record Token(int start, int end, String text, boolean word, String lower) {

    /** True for a word that starts with an upper-case letter. */
    boolean capitalized() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    /** True for a word that starts with a lower-case letter. */
    boolean lowercase() {
        return word && Character.isLowerCase(text.charAt(0));
    }

    boolean is(char c) {
        return !word && text.length() == 1 && text.charAt(0) == c;
    }

}
