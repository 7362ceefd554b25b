package de.newsfacts.extract;

import java.util.Locale;

/**
 * The nominative of a noun or name in the genitive singular, by its ending alone (no dictionary). Rules:
 * <ul>
 *   <li>"-ses", "-zes", "-xes", "-sches" lose "-es" ("Kongresses" → "Kongress", "Kreuzes" → "Kreuz").</li>
 *   <li>"-es" after two consonants, or after a vowel and t, g or f, is the ending of a strong noun and goes
 *       ("Verbandes" → "Verband", "Amtes", "Reiches", "Rates", "Bundestages", "Gerichtshofes").</li>
 *   <li>Otherwise a final "s" goes ("Ministeriums" → "Ministerium", "Merkels" → "Merkel", "Gebäudes" →
 *       "Gebäude"), except after s, u, i, o and in words of three letters or less ("Paris", "Campus", "Chaos"
 *       stay).</li>
 * </ul>
 */
public final class GermanGenitive {

    private GermanGenitive() {
    }

    /** {@code word} without its genitive ending, or {@code word} itself when it has none by the rules above. */
    public static String strip(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ses") || lower.endsWith("zes") || lower.endsWith("xes") || lower.endsWith("sches")) {
            return word.substring(0, word.length() - 2);
        }
        int n = lower.length();
        if (n >= 5 && lower.endsWith("es") && Character.isLetter(lower.charAt(n - 3))) {
            char a = lower.charAt(n - 4);
            char b = lower.charAt(n - 3);
            boolean consonantB = !isVowel(b);
            if (consonantB && (Character.isLetter(a) && !isVowel(a) || b == 't' || b == 'g' || b == 'f')) {
                return word.substring(0, word.length() - 2);
            }
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                && !lower.endsWith("os") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static boolean isVowel(char c) {
        return "aeiouyäöü".indexOf(c) >= 0;
    }
}
