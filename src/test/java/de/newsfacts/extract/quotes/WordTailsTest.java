package de.newsfacts.extract.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WordTailsTest {

    private final WordTails roles = new WordTails(List.of("sprecher", "chef", "minister", "beamter"));

    @Test
    void compoundEndingInAnEntry() {
        assertThat(roles.endsWithEntry("regierungssprecher", 4)).isTrue();
        assertThat(roles.endsWithEntry("us-beamter", 4)).isTrue();
    }

    @Test
    void theWholeWordIsNoTail() {
        assertThat(roles.endsWithEntry("chef", 4)).isFalse();
        assertThat(roles.contains("chef")).isTrue();
    }

    @Test
    void tailsShorterThanTheMinimumDoNotCount() {
        assertThat(roles.endsWithEntry("küchenchef", 5)).isFalse();
        assertThat(roles.endsWithEntry("küchenchef", 4)).isTrue();
    }

    @Test
    void emptyAndUnrelatedWords() {
        assertThat(roles.endsWithEntry("", 4)).isFalse();
        assertThat(roles.endsWithEntry("-", 4)).isFalse();
        assertThat(roles.endsWithEntry("regierung", 4)).isFalse();
    }

    /** Same answers as cutting every tail into a string, on random words over a small alphabet. */
    @Test
    void agreesWithTheNaiveTestOnRandomWords() {
        Random random = new Random(20261207);
        String alphabet = "abcehrs-äß";
        List<String> entries = List.of("ab", "abc", "hers", "ß", "cha", "rs", "beer", "äsche", "s-a");
        WordTails tails = new WordTails(entries);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder word = new StringBuilder();
            for (int len = random.nextInt(12); len > 0; len--) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (int min = 1; min <= 4; min++) {
                String w = word.toString();
                assertThat(tails.endsWithEntry(w, min)).as("%s %d", w, min).isEqualTo(naive(w, Set.copyOf(entries), min));
            }
        }
    }

    private static boolean naive(String word, Set<String> entries, int minLength) {
        int dash = word.lastIndexOf('-');
        if (dash >= 0 && entries.contains(word.substring(dash + 1))) {
            return true;
        }
        for (int i = 1; i <= word.length() - minLength; i++) {
            if (entries.contains(word.substring(i))) {
                return true;
            }
        }
        return false;
    }
}
