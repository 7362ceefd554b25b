package de.newsfacts.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Cases from {@code sentences.tsv}: input, then one column per expected sentence. */
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                SentenceSplitterTest.class.getResourceAsStream("sentences.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                List<String> expected = Arrays.stream(columns).skip(1).map(SentenceSplitterTest::unescape).toList();
                cases.add(Arguments.of(unescape(columns[0]), expected));
            }
        }
        return cases.stream();
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(span -> text.substring(span[0], span[1])).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void splitsGermanSentences(String input, List<String> expected) {
        assertThat(sentences(input)).containsExactlyElementsOf(expected);
    }

    @Test
    void tableHasAtLeastFiftyCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void emptyAndBlankTextHaveNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split("   \n\n \t ")).isEmpty();
    }

    @Test
    void splitsOnlyInsideTheGivenRange() {
        String text = "Vorher. Erster Satz. Zweiter Satz. Nachher.";
        int from = text.indexOf("Erster");
        int to = text.indexOf(" Nachher");
        List<int[]> spans = splitter.split(text, from, to);
        assertThat(spans).hasSize(2);
        assertThat(text.substring(spans.get(0)[0], spans.get(0)[1])).isEqualTo("Erster Satz.");
        assertThat(text.substring(spans.get(1)[0], spans.get(1)[1])).isEqualTo("Zweiter Satz.");
    }

    @Test
    void rangeEndCutsAnAbbreviationContext() {
        // the sentence ends at the range end even though the text goes on
        String text = "Er kam am 3. Oktober";
        assertThat(splitter.split(text, 0, 12)).hasSize(1);
    }

    @Test
    void rejectsInvalidRange() {
        assertThatThrownBy(() -> splitter.split("abc", 2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> splitter.split("abc", 0, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void randomTextNeverThrowsAndSpansAreTrimmedOrderedAndInRange() {
        Random random = new Random(42);
        String alphabet = "aA zZ.!?…„“»«\"')(][\n\t1 9,:;-äÖß.  . \n\nDr. z. B. 3. ";
        for (int round = 0; round < 2000; round++) {
            int length = random.nextInt(120);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(random.nextInt(10) == 0 ? (char) random.nextInt(0x3000)
                        : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + (text.length() == from ? 0 : random.nextInt(text.length() - from + 1));
            int previousEnd = from;
            for (int[] span : splitter.split(text, from, to)) {
                assertThat(span[0]).isGreaterThanOrEqualTo(previousEnd);
                assertThat(span[1]).isGreaterThan(span[0]).isLessThanOrEqualTo(to);
                String sentence = text.substring(span[0], span[1]);
                assertThat(sentence).isEqualTo(sentence.strip());
                previousEnd = span[1];
            }
        }
    }

    @Test
    void overlongSpanIsCutAtTheLastSpaceBeforeTheLimit() {
        String text = "Wort ".repeat(1000).trim();   // 4,999 chars, no punctuation
        List<int[]> spans = splitter.split(text);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(0)).containsExactly(0, 2999);   // "Wort Wort … Wort" up to the space at 2,999
        assertThat(spans.get(1)).containsExactly(3000, 4999);
    }

    @Test
    void overlongSpanPrefersALineBreak() {
        String line = "Platz Verein Punkte ".repeat(10).trim();   // 199 chars a line, single line breaks
        String text = (line + "\n").repeat(30).trim();
        for (int[] span : splitter.split(text)) {
            assertThat(span[1] - span[0]).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_CHARS);
            assertThat(text.charAt(span[1] - 1)).isNotEqualTo(' ');
            assertThat(span[1] == text.length() || text.charAt(span[1]) == '\n').isTrue();
        }
    }

    @Test
    void sentenceOfTheLimitIsNotCut() {
        String text = "a".repeat(SentenceSplitter.MAX_SENTENCE_CHARS - 1) + ".";
        assertThat(splitter.split(text)).hasSize(1);
    }

    @Test
    void overlongSpanWithoutSpacesIsCutAtTheLimitButNotInsideASurrogatePair() {
        String text = "\uD83D\uDE00".repeat(2000);   // 4,000 chars of emoji
        List<int[]> spans = splitter.split(text);
        assertThat(spans.get(0)).containsExactly(0, SentenceSplitter.MAX_SENTENCE_CHARS);
        String odd = "x" + text;
        assertThat(splitter.split(odd).get(0)).containsExactly(0, SentenceSplitter.MAX_SENTENCE_CHARS - 1);
    }

    @Test
    void isDeterministic() {
        String text = "Am 3. Oktober kam er. „Warum?“, fragte sie. Dr. Meier schwieg.";
        assertThat(sentences(text)).isEqualTo(new SentenceSplitter().split(text).stream()
                .map(s -> text.substring(s[0], s[1])).toList());
    }
}
