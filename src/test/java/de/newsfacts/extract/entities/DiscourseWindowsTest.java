package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link EntityExtractor#inDiscourseWindows}: document-level rules weigh at most a window of sentences together. */
class DiscourseWindowsTest {

    private static final int LIMIT = EntityExtractor.DISCOURSE_SENTENCES;

    /** "Anna Berg" in the first sentence, "Berg" alone after {@code gap} filler sentences. */
    private static String document(int gap) {
        return "{PER95 Anna Berg} kam nach Hause. || " + "Es regnete. || ".repeat(gap) + "Am Abend sprach Berg.";
    }

    private static String consistency(String markup) {
        return DocumentConsistencyTest.run(markup, (text, sentences, raw, mentions, tokenizer) ->
                EntityExtractor.inDiscourseWindows(sentences, raw, mentions, true,
                        (window, r, m) -> DocumentConsistency.apply(text, window, r, m, tokenizer)));
    }

    @Test
    void aNameSpreadsThroughADocumentOfNewsLength() {
        assertThat(consistency(document(LIMIT - 2))).isEqualTo("PER:Anna Berg | PER:Berg");
    }

    @Test
    void aNameDoesNotSpreadIntoTheNextWindowOfALongInput() {
        // LIMIT + 1 sentences and more make two windows; the second one has never seen "Anna Berg"
        assertThat(consistency(document(2 * LIMIT))).isEqualTo("PER:Anna Berg");
    }

    @Test
    void windowsAreEqualRunsAndTheListsStayParallelInDocumentOrder() {
        int n = 2 * LIMIT + 50;   // three windows of (2 * LIMIT + 50) / 3 sentences, give or take one
        List<Sentence> sentences = new ArrayList<>();
        List<int[]> raw = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            sentences.add(new Sentence("d", s, s, "Berg.", 6 * s, 6 * s + 5));
            raw.add(new int[]{s, 6 * s, 6 * s + 4});
            mentions.add(new EntityExtractor.Mention(0, 4, "PER", 0.9));
        }
        List<int[]> windows = new ArrayList<>();   // per call: sentences seen, first and last sentence index
        EntityExtractor.inDiscourseWindows(sentences, raw, mentions, true, (window, r, m) -> {
            windows.add(new int[]{window.size(), r.get(0)[0], r.get(r.size() - 1)[0]});
            m.replaceAll(x -> new EntityExtractor.Mention(x.start(), x.end(), "W" + windows.size(), x.confidence()));
        });
        assertThat(windows).hasSize(3);
        assertThat(windows.stream().mapToInt(w -> w[0]).sum()).isEqualTo(n);
        for (int[] w : windows) {
            assertThat(w[0]).isBetween(n / 3, n / 3 + 1);
            assertThat(w[1]).isZero();
            assertThat(w[2]).isEqualTo(w[0] - 1);
        }
        for (int s = 0; s < n; s++) {
            assertThat(raw.get(s)[0]).isEqualTo(s);
        }
        assertThat(mentions.get(0).label()).isEqualTo("W1");
        assertThat(mentions.get(n - 1).label()).isEqualTo("W3");

        List<Integer> seen = new ArrayList<>();   // without rebasing: all sentences, the document's indices
        EntityExtractor.inDiscourseWindows(sentences, raw, mentions, false, (all, r, m) -> {
            assertThat(all).hasSize(n);
            seen.add(r.get(0)[0]);
        });
        assertThat(seen).containsExactly(0, windows.get(0)[0], windows.get(0)[0] + windows.get(1)[0]);
    }

    @Test
    void aDocumentOfAtMostOneWindowIsPassedWhole() {
        List<Sentence> sentences = List.of(new Sentence("d", 0, 0, "Berg.", 0, 5));
        List<int[]> raw = new ArrayList<>(List.<int[]>of(new int[]{0, 0, 4}));
        List<EntityExtractor.Mention> mentions = new ArrayList<>(List.of(new EntityExtractor.Mention(0, 4, "PER", 0.9)));
        List<List<int[]>> calls = new ArrayList<>();
        EntityExtractor.inDiscourseWindows(sentences, raw, mentions, true, (window, r, m) -> calls.add(r));
        assertThat(calls).containsExactly(raw);
    }
}
