package de.newsfacts.extract.quantities;

import de.newsfacts.extract.Quantity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall on the hand-annotated evaluation set {@code quantities-eval.tsv} (60 constructed news
 * sentences). A predicted record is correct when value and qualifier equal those of a not yet matched gold
 * record of the same sentence; the report also gives how many matched records agree on text, unit, counted
 * and category. Prints the figures and guards against regressions with a floor below the measured values.
 */
class QuantityEvaluationTest {

    record Gold(String text, double value, String qualifier, String unit, String counted, String category) {
    }

    @Test
    void precisionAndRecallOfValueAndQualifier() throws IOException {
        Map<String, String> sentences = new LinkedHashMap<>();
        Map<String, List<Gold>> gold = new LinkedHashMap<>();
        try (InputStream in = getClass().getResourceAsStream("quantities-eval.tsv")) {
            String all = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (!f[1].isEmpty()) {
                    sentences.put(f[0], f[1]);
                }
                List<Gold> list = gold.computeIfAbsent(f[0], k -> new ArrayList<>());
                if (!f[2].equals("-")) {
                    list.add(new Gold(f[2], Double.parseDouble(f[3]), f[4], nul(f[5]), nul(f[6]), nul(f[7])));
                }
            }
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int[] partB = new int[4]; // tp, fp, fn, category agreement for ids >= 100 (written after the rules)
        int sameText = 0;
        int sameUnit = 0;
        int sameCounted = 0;
        int sameCategory = 0;
        StringBuilder errors = new StringBuilder();
        for (Map.Entry<String, String> e : sentences.entrySet()) {
            List<Gold> open = new ArrayList<>(gold.get(e.getKey()));
            boolean inB = Integer.parseInt(e.getKey()) >= 100;
            int tp0 = tp;
            int fp0 = fp;
            int fn0 = fn;
            int cat0 = sameCategory;
            for (Quantity q : QuantityExtractorTest.run(e.getValue())) {
                Gold match = open.stream().filter(g -> Math.abs(g.value() - q.value()) < 1e-6
                        && g.qualifier().equals(q.qualifier())).findFirst().orElse(null);
                if (match == null) {
                    fp++;
                    errors.append("FP ").append(e.getKey()).append(": ").append(q).append('\n');
                    continue;
                }
                open.remove(match);
                tp++;
                sameText += match.text().equals(q.text()) ? 1 : 0;
                sameUnit += Objects.equals(match.unit(), q.unit()) ? 1 : 0;
                sameCounted += Objects.equals(match.counted(), q.counted()) ? 1 : 0;
                sameCategory += Objects.equals(match.category(), q.category()) ? 1 : 0;
                if (!match.text().equals(q.text()) || !Objects.equals(match.unit(), q.unit())
                        || !Objects.equals(match.counted(), q.counted())
                        || !Objects.equals(match.category(), q.category())) {
                    errors.append("~  ").append(e.getKey()).append(": gold ").append(match).append(" got ")
                            .append(q).append('\n');
                }
            }
            for (Gold g : open) {
                fn++;
                errors.append("FN ").append(e.getKey()).append(": ").append(g).append('\n');
            }
            if (inB) {
                partB[0] += tp - tp0;
                partB[1] += fp - fp0;
                partB[2] += fn - fn0;
                partB[3] += sameCategory - cat0;
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf("quantities eval: sentences=%d gold=%d predicted=%d tp=%d fp=%d fn=%d%n",
                sentences.size(), tp + fn, tp + fp, tp, fp, fn);
        System.out.printf("value+qualifier precision=%.3f recall=%.3f f1=%.3f%n", precision, recall,
                2 * precision * recall / (precision + recall));
        System.out.printf("of matched: text %d/%d, unit %d/%d, counted %d/%d, category %d/%d%n", sameText, tp,
                sameUnit, tp, sameCounted, tp, sameCategory, tp);
        System.out.printf("part B only (ids >= 100): tp=%d fp=%d fn=%d, category agrees %d/%d%n", partB[0],
                partB[1], partB[2], partB[3], partB[0]);
        System.out.print(errors);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
    }

    private static String nul(String s) {
        return s.equals("-") ? null : s;
    }
}
