package de.newsfacts.extract.entities;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link EmissionScorer} must give bit-identical scores to the plain definition: per token, the sum of the quantized
 * weights of its {@link FeatureExtractor} features, times the model's scale (the tagger's scoring before the cache).
 */
class EmissionScorerTest {

    private static final Path CORPORA = Path.of("../shared/corpora");

    private static EntityModel model;
    private static FeatureExtractor features;
    private static EmissionScorer scorer;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = EntityExtractor.class.getResourceAsStream(EntityExtractor.MODEL_RESOURCE)) {
            model = EntityModel.read(in);
        }
        Gazetteer gazetteer = Gazetteer.fromClasspath();
        features = new FeatureExtractor(gazetteer, model.clusters, model.lexicon);
        scorer = new EmissionScorer(model, gazetteer);
    }

    /** Scores of the reference path and the fast path for one sentence, compared bit for bit. */
    private static void assertSameScores(String sentence) {
        Tokenizer.TokenSpans spans = Tokenizer.german().tokenize(sentence);
        int n = spans.size();
        long[] feats = new long[n * FeatureExtractor.FEATURES_PER_TOKEN];
        features.extract(sentence, spans.startsArray(), spans.endsArray(), n, feats);
        float[] expected = referenceScores(feats, n);
        float[] actual = new float[n * EntityModel.T];
        scorer.score(sentence, spans.startsArray(), spans.endsArray(), n, actual);
        assertThat(actual).as(sentence).containsExactly(expected);
    }

    private static float[] referenceScores(long[] feats, int n) {
        int T = EntityModel.T;
        int F = FeatureExtractor.FEATURES_PER_TOKEN;
        float[] scores = new float[n * T];
        int[] acc = new int[T];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(acc, 0);
            for (int f = i * F; f < (i + 1) * F; f++) model.addWeights(feats[f], acc, 0);
            for (int t = 0; t < T; t++) scores[i * T + t] = acc[t] * model.scale();
        }
        return scores;
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Bundeskanzler Olaf Scholz ist am Montag nach Paris gereist.",
            "Die Bundesregierung in Berlin hat den Bericht der Vereinten Nationen begrüßt.",
            "In Frankfurt am Main und New York City sowie in Santiago de Chile stiegen die Kurse.",
            "Der Bürgermeister Kiews sprach mit Vertretern Frankreichs und Deutschlands.",
            "„Das ist ein Skandal“, sagte Anna-Lena Müller-Lüdenscheidt (SPD) am 3. Oktober 2023 um 12:30 Uhr.",
            "Die EU-Verordnung gilt ab 1.1.2025 für 14,5 Prozent der Unternehmen, z.B. BMW, VW und Daimler-Benz.",
            "Er sagte: \"Wir schaffen das\" – und ging.",
            "Paris",
            "a",
            "... !!! ??? « » ‹ › ( ) [ ] { }",
            "UNO NATO USA ÖVP FPÖ",
    })
    void equalsTheReferenceScores(String sentence) {
        assertSameScores(sentence);
        assertSameScores(sentence);   // second time from the cache
    }

    @Test
    void emptySentenceScoresNothing() {
        scorer.score("", new int[0], new int[0], 0, new float[0]);
    }

    /** More distinct tokens than the cache holds: evictions (also within one sentence) must not change scores. */
    @Test
    void randomTextWithEvictionsEqualsTheReference() {
        Random random = new Random(7);
        String alphabet = "aeinrstuäöüßAEIMNSTÄÖÜ-.'0123456789„“\",:";
        String[] common = {"der", "die", "und", "Berlin", "New", "York", "Frankfurt", "am", "Main", "Anna", "Müller",
                "Deutschlands", "in", "Kiew", "Hamburgs", "\"", "„", "“", ".", ","};
        int distinct = 0;
        while (distinct <= 2 * EmissionScorer.TokenCache.SLOTS) {
            StringBuilder sb = new StringBuilder();
            int words = 1 + random.nextInt(40);
            for (int w = 0; w < words; w++) {
                if (w > 0) sb.append(' ');
                if (random.nextInt(3) == 0) {
                    sb.append(common[random.nextInt(common.length)]);
                } else {
                    int len = 1 + random.nextInt(12);
                    for (int k = 0; k < len; k++) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    distinct++;
                }
            }
            assertSameScores(sb.toString());
        }
    }

    /** Each thread has its own cache: parallel scoring gives the reference scores too. */
    @Test
    void parallelThreadsEqualTheReference() throws Exception {
        String[] sentences = {
                "Bundeskanzler Olaf Scholz ist am Montag nach Paris gereist.",
                "In Frankfurt am Main und New York City stiegen die Kurse.",
                "„Das ist ein Skandal“, sagte Anna-Lena Müller (SPD) in Kiew.",
        };
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) for (String s : sentences) assertSameScores(s);
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) run.get();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void germEvalSentencesEqualTheReference() throws IOException {
        Path dev = CORPORA.resolve("germeval2014/NER-de-dev.tsv");
        assumeTrue(Files.isRegularFile(dev), dev.toAbsolutePath() + " absent: skipped");
        List<GermEvalCorpus.Sentence> sentences = GermEvalCorpus.read(dev);
        for (GermEvalCorpus.Sentence s : sentences.subList(0, Math.min(1500, sentences.size()))) assertSameScores(s.text());
    }
}
