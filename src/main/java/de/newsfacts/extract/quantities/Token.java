package de.newsfacts.extract.quantities;

/**
 * One token of a sentence as seen by the quantity rules: a run of ASCII digits with inner {@code .}/{@code ,}
 * separators ({@link Kind#NUMERAL}), a word starting with a letter that may contain digits and inner hyphens
 * ({@link Kind#WORD}: "Mi-17", "COVID-19", "Punkte-Plan") or any other single non-space character
 * ({@link Kind#SYMBOL}). Offsets are local to the tokenized string.
 */
record Token(Kind kind, String text, String lower, int start, int end, boolean lineStart) {

    enum Kind { NUMERAL, WORD, SYMBOL }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumeral() {
        return kind == Kind.NUMERAL;
    }

    boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && text.charAt(0) == c;
    }

    /** A word whose first character is upper case (a noun or a name in German). */
    boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
    }

    boolean isLowerWord() {
        return kind == Kind.WORD && Character.isLowerCase(text.charAt(0));
    }
}
