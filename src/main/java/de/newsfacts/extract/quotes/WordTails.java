package de.newsfacts.extract.quotes;

import java.util.Collection;
import java.util.Set;

/**
 * A lower-case word list that also answers whether a word ends with one of its entries (a compound's head:
 * "Regierungssprecher" ends with "sprecher"). The naive test cuts every tail of the word into a new string and
 * hashes it; this one computes the tails' {@link String#hashCode() hash codes} from the word's end in one pass,
 * skips tails longer than the longest entry, and asks the set only when a 64-Kbit filter of the entries' hash
 * codes lets the tail through. The answers are those of the naive test.
 */
final class WordTails {

    private final Set<String> entries;
    private final int longest;
    private final long[] filter = new long[1024];

    WordTails(Collection<String> words) {
        this.entries = Set.copyOf(words);
        int max = 0;
        for (String w : entries) {
            max = Math.max(max, w.length());
            int bit = bit(w.hashCode());
            filter[bit >>> 6] |= 1L << bit;
        }
        this.longest = max;
    }

    boolean contains(String word) {
        return entries.contains(word);
    }

    /** Whether the word is an entry or ends with one ({@link #endsWithEntry}): "Sprecher", "Regierungssprecher". */
    boolean isOrEndsWith(String word, int minLength) {
        return entries.contains(word) || endsWithEntry(word, minLength);
    }

    /**
     * Whether the part after the word's last hyphen is an entry, or a proper tail of the word (not the whole word)
     * of at least {@code minLength} chars is.
     */
    boolean endsWithEntry(String word, int minLength) {
        int dash = word.lastIndexOf('-');
        if (dash >= 0 && entries.contains(word.substring(dash + 1))) {
            return true;
        }
        int n = word.length();
        int hash = 0;
        int power = 1;   // 31^(length - 1) of the tail being extended, as String.hashCode weighs its first char
        for (int i = n - 1; i >= 1 && n - i <= longest; i--) {
            hash += word.charAt(i) * power;
            power *= 31;
            if (n - i >= minLength && mayContain(hash) && entries.contains(word.substring(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean mayContain(int hash) {
        int bit = bit(hash);
        return (filter[bit >>> 6] & (1L << bit)) != 0;
    }

    private static int bit(int hash) {
        return (hash ^ (hash >>> 16)) & 0xffff;
    }
}
