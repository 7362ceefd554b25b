package de.newsfacts.eval;

import de.newsfacts.normalize.TextNormalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * GermEval 2014 NER through the whole product: the test sentences become documents (one sentence per line,
 * tokens joined by spaces), the real job runs on them ({@code target/newsfacts.jar}), and the published
 * {@code entities} table is scored against the gold outer spans.
 *
 * <p>Metric: strict outer spans (sentence, first and last token, label), labels PER/LOC/ORG and OTH→MISC;
 * gold {@code -deriv}/{@code -part} spans are not mentions: they are left out of the gold set, and a
 * prediction exactly on one is not counted. A predicted span whose ends do not fall on token boundaries is a
 * false positive; a sentence that did not reach {@code documents.text} (e.g. taken for boilerplate) keeps its
 * gold spans as misses.
 *
 * <p>Run: {@code mvn -B -DskipTests package && mvn -B -q test-compile exec:java
 * -Dexec.mainClass=de.newsfacts.eval.EvaluateGermEvalPipeline -Dexec.args="../shared/corpora"}
 */
public final class EvaluateGermEvalPipeline {

    /**
     * How many test sentences make one document (default 100). The document-level rules (one label per name in a
     * document, page rules) see the sentences of a document together, so the score depends a little on this;
     * {@code -Dgermeval.sentencesPerDocument=1} gives every sentence a document of its own. With
     * {@code -Dgermeval.predictions=FILE} the predicted spans (sentence, tokens, label, tp/fp) are written to FILE.
     */
    private static final int SENTENCES_PER_DOCUMENT = Integer.getInteger("germeval.sentencesPerDocument", 100);
    private static final boolean DETOKENIZE = Boolean.getBoolean("germeval.detokenize");

    record Span(int sentence, int first, int last, String label) {
    }

    record GoldSentence(List<String> tokens, List<Span> spans, List<Span> ignored) {
    }

    public static void main(String[] args) throws Exception {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        Path test = corpora.resolve("germeval2014/NER-de-test.tsv");
        if (!Files.exists(test)) {
            System.out.println("SKIP: " + test + " not found");
            return;
        }
        List<GoldSentence> gold = read(test);
        Path work = Files.createDirectories(Path.of("target/eval/germeval"));
        deleteRecursively(work);
        Path seeds = Files.createDirectories(work.resolve("seeds"));
        StringBuilder index = new StringBuilder();
        for (int d = 0; d * SENTENCES_PER_DOCUMENT < gold.size(); d++) {
            StringBuilder text = new StringBuilder();
            for (int s = d * SENTENCES_PER_DOCUMENT; s < Math.min(gold.size(), (d + 1) * SENTENCES_PER_DOCUMENT); s++) {
                text.append(line(gold.get(s).tokens())).append('\n');
            }
            String name = String.format("germeval-test-%03d.txt", d);
            Files.writeString(seeds.resolve(name), text);
            index.append(name).append('\n');
        }
        Files.writeString(seeds.resolve("INDEX"), index);

        long started = System.nanoTime();
        Process job = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target/newsfacts.jar").toAbsolutePath().toString(),
                "--newsfacts.seeds=" + seeds.toAbsolutePath(), "--newsfacts.output=" + work.resolve("out").toAbsolutePath(),
                "--newsfacts.job-repository=" + work.resolve("jobrepo").toAbsolutePath())
                .inheritIO().start();
        if (!job.waitFor(30, TimeUnit.MINUTES) || job.exitValue() != 0) {
            throw new IllegalStateException("the job failed");
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        Path version = work.resolve("out").resolve(Files.readString(work.resolve("out/LATEST")).trim());
        Map<String, String> texts = new HashMap<>();
        Map<String, List<Object[]>> predicted = new HashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("select doc_id, text from read_parquet('"
                    + version.resolve("documents/*.parquet") + "')")) {
                while (rs.next()) {
                    texts.put(rs.getString(1), rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("select doc_id, char_start, char_end, label from read_parquet('"
                    + version.resolve("entities/*.parquet") + "')")) {
                while (rs.next()) {
                    predicted.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Object[] {rs.getInt(2), rs.getInt(3), rs.getString(4)});
                }
            }
        }

        TextNormalizer normalizer = TextNormalizer.standard();
        Set<Span> goldSpans = new HashSet<>();
        Set<Span> ignored = new HashSet<>();
        Set<Span> predictedSpans = new HashSet<>();
        int unaligned = 0;
        int lostSentences = 0;
        for (int d = 0; d * SENTENCES_PER_DOCUMENT < gold.size(); d++) {
            String docId = String.format("germeval-test-%03d", d);
            String text = texts.getOrDefault(docId, "");
            // token start/end (in code points of documents.text) -> (sentence, token)
            Map<Integer, int[]> starts = new HashMap<>();
            Map<Integer, int[]> ends = new HashMap<>();
            int cursor = 0;
            for (int s = d * SENTENCES_PER_DOCUMENT; s < Math.min(gold.size(), (d + 1) * SENTENCES_PER_DOCUMENT); s++) {
                GoldSentence sentence = gold.get(s);
                goldSpans.addAll(sentence.spans());
                ignored.addAll(sentence.ignored());
                String line = normalizer.normalize(line(sentence.tokens()));
                int lineStart = text.indexOf(line, cursor);
                if (lineStart < 0) {
                    lostSentences++;
                    continue;
                }
                int at = lineStart;
                for (int t = 0; t < sentence.tokens().size(); t++) {
                    String token = normalizer.normalize(sentence.tokens().get(t));
                    int found = token.isEmpty() ? -1 : text.indexOf(token, at);
                    if (found < 0 || found > lineStart + line.length()) {
                        continue;
                    }
                    int end = found + token.length();
                    starts.put(text.codePointCount(0, found), new int[] {s, t});
                    ends.put(text.codePointCount(0, end), new int[] {s, t});
                    at = end;
                }
                cursor = lineStart + line.length();
            }
            for (Object[] p : predicted.getOrDefault(docId, List.of())) {
                int[] first = starts.get((Integer) p[0]);
                int[] last = ends.get((Integer) p[1]);
                if (first == null || last == null || first[0] != last[0]) {
                    unaligned++;
                    // a distinct sentence number keeps it apart from every gold span: a false positive
                    predictedSpans.add(new Span(-1 - unaligned, (Integer) p[0], (Integer) p[1], (String) p[2]));
                    continue;
                }
                predictedSpans.add(new Span(first[0], first[1], last[1], (String) p[2]));
            }
        }
        predictedSpans.removeIf(p -> ignored.stream().anyMatch(i -> i.sentence() == p.sentence()
                && i.first() == p.first() && i.last() == p.last()));

        Map<String, int[]> byLabel = new TreeMap<>(); // tp, fp, fn
        for (String label : List.of("PER", "LOC", "ORG", "MISC", "ALL")) {
            byLabel.put(label, new int[3]);
        }
        List<String> listing = new ArrayList<>();
        for (Span p : predictedSpans) {
            boolean hit = goldSpans.contains(p);
            count(byLabel, p.label(), hit ? 0 : 1);
            if (p.sentence() >= 0) {
                listing.add(p.sentence() + "\t" + p.first() + "\t" + p.last() + "\t" + p.label() + "\t"
                        + (hit ? "tp" : "fp") + "\t"
                        + String.join(" ", gold.get(p.sentence()).tokens().subList(p.first(), p.last() + 1)));
            }
        }
        String listingFile = System.getProperty("germeval.predictions");
        if (listingFile != null) {
            listing.sort(null);
            Files.write(Path.of(listingFile), listing, StandardCharsets.UTF_8);
        }
        for (Span g : goldSpans) {
            if (!predictedSpans.contains(g)) {
                count(byLabel, g.label(), 2);
            }
        }
        int tokens = gold.stream().mapToInt(g -> g.tokens().size()).sum();
        System.out.printf("GermEval 2014 test through the pipeline: %d sentences, %d tokens, %d gold spans%n",
                gold.size(), tokens, goldSpans.size());
        System.out.printf("sentences not found in documents.text: %d; predictions not on token boundaries: %d%n",
                lostSentences, unaligned);
        for (var e : byLabel.entrySet()) {
            int[] c = e.getValue();
            double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf("%-4s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", e.getKey(), p, r, f, c[0],
                    c[1], c[2]);
        }
        System.out.printf("job wall time %.1f s (JVM start and publishing included)%n", seconds);
    }

    /**
     * A sentence's tokens as a line of text: joined by spaces, or with {@code -Dgermeval.detokenize=true} as running
     * text is written (no space before , . ; : ! ? and closing brackets or after opening ones).
     */
    private static String line(List<String> tokens) {
        if (!DETOKENIZE) return String.join(" ", tokens);
        StringBuilder out = new StringBuilder();
        boolean glue = true;
        for (String token : tokens) {
            if (!glue && !token.matches("[,.;:!?)\\]]")) out.append(' ');
            out.append(token);
            glue = token.matches("[(\\[]");
        }
        return out.toString();
    }

    private static void count(Map<String, int[]> byLabel, String label, int slot) {
        byLabel.computeIfAbsent(label, k -> new int[3])[slot]++;
        byLabel.get("ALL")[slot]++;
    }

    static List<GoldSentence> read(Path file) throws IOException {
        List<GoldSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    sentences.add(sentence(sentences.size(), tokens, tags));
                    tokens = new ArrayList<>();
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] cells = line.split("\t");
            tokens.add(cells[1]);
            tags.add(cells[2]);
        }
        if (!tokens.isEmpty()) {
            sentences.add(sentence(sentences.size(), tokens, tags));
        }
        return sentences;
    }

    private static GoldSentence sentence(int index, List<String> tokens, List<String> tags) {
        List<Span> spans = new ArrayList<>();
        List<Span> ignored = new ArrayList<>();
        for (int t = 0; t < tags.size(); t++) {
            String tag = tags.get(t);
            if (!tag.startsWith("B-")) {
                continue;
            }
            String type = tag.substring(2);
            int end = t;
            while (end + 1 < tags.size() && tags.get(end + 1).equals("I-" + type)) {
                end++;
            }
            if (type.endsWith("deriv") || type.endsWith("part")) {
                ignored.add(new Span(index, t, end, type));
            } else {
                spans.add(new Span(index, t, end, type.equals("OTH") ? "MISC" : type));
            }
        }
        return new GoldSentence(tokens, spans, ignored);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
