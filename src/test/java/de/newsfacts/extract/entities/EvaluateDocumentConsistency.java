package de.newsfacts.extract.entities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.ExtractorCorpora;
import de.newsfacts.structure.Sentence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores {@link DocumentConsistency} on multi-sentence documents with gold entities: every sentence is tagged once
 * ({@link EntityExtractor#tag}), then scored as tagged (without) and after the consistency pass over its document
 * (with). Strict outer spans as in {@link EvaluateGermEval} (OTH = MISC, -deriv/-part ignored).
 * Document sets:
 * <ul>
 *   <li>{@code germeval-test}/{@code germeval-dev}: sentences grouped by their source line ({@code # url [date]}),
 *       i.e. sentences of one source article form one document (most sources contribute one sentence);</li>
 *   <li>{@code germeval-test-single}: every sentence its own document ({@link EvaluateGermEval}'s setting);</li>
 *   <li>{@code germeval-test-window}: consecutive test sentences, unrelated to each other, cut into documents of
 *       {@code window} sentences (100 = the setting of the whole-product evaluation
 *       {@code de.newsfacts.eval.EvaluateGermEvalPipeline}): a stress test for labels spreading between unrelated
 *       sentences;</li>
 *   <li>{@code europarl}: the Europarl NER test set (running debate text, CoNLL guidelines) cut into documents of
 *       {@code window} consecutive sentences;</li>
 *   <li>{@code gnad}: 10kGNAD test articles (no gold): counts the changes and prints {@code sample} of them.</li>
 * </ul>
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=de.newsfacts.extract.entities.EvaluateDocumentConsistency \
 *   -Dexec.args="../shared/corpora [germeval-test|germeval-dev|germeval-test-single|germeval-test-window|europarl|gnad] [window|sample]"</pre>
 */
public final class EvaluateDocumentConsistency {
    private static final String[] LABELS = {"PER", "LOC", "ORG", "MISC"};

    /** A gold sentence: tokens and gold spans "start:end:LABEL" plus ignored spans "start:end". */
    record GoldSentence(List<String> tokens, Set<String> gold, Set<String> ignored) {
        String text() {
            return String.join(" ", tokens);
        }
    }

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        String set = args.length > 1 ? args[1] : "germeval-test";
        int param = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        EntityExtractor extractor = EntityExtractor.fromClasspath();
        if (set.equals("gnad")) {
            gnad(corpora, extractor, param);
            return;
        }
        List<List<GoldSentence>> docs = switch (set) {
            case "germeval-test" -> germEvalBySource(corpora.resolve("germeval2014/NER-de-test.tsv"), false);
            case "germeval-dev" -> germEvalBySource(corpora.resolve("germeval2014/NER-de-dev.tsv"), false);
            case "germeval-test-single" -> germEvalBySource(corpora.resolve("germeval2014/NER-de-test.tsv"), true);
            case "germeval-test-window" -> windows(germEvalBySource(corpora.resolve("germeval2014/NER-de-test.tsv"), true), param);
            case "europarl" -> europarl(corpora.resolve("europarl_ner_de/de-europarl.test.conll02"), param);
            default -> throw new IllegalArgumentException(set);
        };
        int multi = 0;
        for (List<GoldSentence> d : docs) if (d.size() > 1) multi++;
        System.out.printf("%s: %d documents (%d with more than one sentence)%n", set, docs.size(), multi);
        int[][] without = new int[4][3];
        int[][] with = new int[4][3];
        int changes = 0;
        for (List<GoldSentence> d : docs) changes += score(extractor, d, without, with, changes < 60);
        System.out.println("without consistency:");
        table(without);
        System.out.println("with consistency:");
        table(with);
        System.out.printf("mentions changed or added: %d%n", changes);
    }

    /** Tags and scores one document both ways; prints changed mentions when {@code verbose}; returns the change count. */
    private static int score(EntityExtractor extractor, List<GoldSentence> doc, int[][] without, int[][] with, boolean verbose) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < doc.size(); s++) {
            if (s > 0) text.append(' ');
            String st = doc.get(s).text();
            sentences.add(new Sentence("d", s + 1, 1, st, text.length(), text.length() + st.length()));
            text.append(st);
        }
        String docText = text.toString();
        List<int[]> raw = new ArrayList<>();
        List<EntityExtractor.Mention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (EntityExtractor.Mention m : extractor.tag(sentences.get(s).text())) {
                raw.add(new int[]{s, sentences.get(s).charStart() + m.start(), sentences.get(s).charStart() + m.end()});
                mentions.add(m);
            }
        }
        List<int[]> raw2 = new ArrayList<>(raw);
        List<EntityExtractor.Mention> mentions2 = new ArrayList<>(mentions);
        DocumentConsistency.apply(docText, sentences, raw2, mentions2, Tokenizer.german());
        List<Set<String>> before = predictions(doc, sentences, raw, mentions);
        List<Set<String>> after = predictions(doc, sentences, raw2, mentions2);
        int changes = 0;
        for (int s = 0; s < doc.size(); s++) {
            GoldSentence g = doc.get(s);
            count(g.gold(), before.get(s), without);
            count(g.gold(), after.get(s), with);
            for (String p : after.get(s)) {
                if (before.get(s).contains(p)) continue;
                changes++;
                if (verbose) {
                    System.out.printf("  %s %s  | %s%n", g.gold().contains(p) ? "GOOD" : "BAD ", describe(g, p),
                            g.gold().isEmpty() ? "(no gold)" : describeAll(g));
                }
            }
        }
        return changes;
    }

    private static String describe(GoldSentence g, String key) {
        String[] f = key.split(":");
        return String.join(" ", g.tokens().subList(Integer.parseInt(f[0]), Integer.parseInt(f[1]))) + "/" + f[2];
    }

    private static String describeAll(GoldSentence g) {
        List<String> out = new ArrayList<>();
        for (String k : g.gold()) out.add(describe(g, k));
        return String.join(", ", out);
    }

    /** Predicted spans per sentence as "start:end:LABEL" over gold token indices (off-boundary spans: "x"). */
    private static List<Set<String>> predictions(List<GoldSentence> doc, List<Sentence> sentences, List<int[]> raw,
                                                 List<EntityExtractor.Mention> mentions) {
        List<Set<String>> out = new ArrayList<>();
        List<Map<Integer, Integer>> startAt = new ArrayList<>();
        List<Map<Integer, Integer>> endAt = new ArrayList<>();
        for (int s = 0; s < doc.size(); s++) {
            out.add(new HashSet<>());
            Map<Integer, Integer> a = new LinkedHashMap<>();
            Map<Integer, Integer> b = new LinkedHashMap<>();
            int pos = sentences.get(s).charStart();
            List<String> tokens = doc.get(s).tokens();
            for (int t = 0; t < tokens.size(); t++) {
                a.put(pos, t);
                pos += tokens.get(t).length();
                b.put(pos, t + 1);
                pos++;
            }
            startAt.add(a);
            endAt.add(b);
        }
        for (int k = 0; k < raw.size(); k++) {
            int[] r = raw.get(k);
            Integer a = startAt.get(r[0]).get(r[1]);
            Integer b = endAt.get(r[0]).get(r[2]);
            String label = mentions.get(k).label();
            if (a == null || b == null) {
                out.get(r[0]).add("x" + r[1] + ":" + r[2] + ":" + label);
                continue;
            }
            if (doc.get(r[0]).ignored().contains(a + ":" + b)) continue;
            out.get(r[0]).add(a + ":" + b + ":" + label);
        }
        return out;
    }

    private static void count(Set<String> gold, Set<String> pred, int[][] counts) {
        for (String p : pred) counts[index(p)][gold.contains(p) ? 0 : 1]++;
        for (String g : gold) if (!pred.contains(g)) counts[index(g)][2]++;
    }

    private static int index(String key) {
        String label = key.substring(key.lastIndexOf(':') + 1);
        for (int i = 0; i < LABELS.length; i++) if (LABELS[i].equals(label)) return i;
        throw new IllegalArgumentException(key);
    }

    private static void table(int[][] counts) {
        int[] all = new int[3];
        for (int l = 0; l < 4; l++) {
            for (int k = 0; k < 3; k++) all[k] += counts[l][k];
            print(LABELS[l], counts[l]);
        }
        print("ALL", all);
    }

    private static void print(String label, int[] c) {
        double p = c[0] / (double) Math.max(1, c[0] + c[1]);
        double r = c[0] / (double) Math.max(1, c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("  %-5s tp %5d fp %5d fn %5d  P %.4f R %.4f F1 %.4f%n", label, c[0], c[1], c[2], p, r, f);
    }

    private static List<List<GoldSentence>> germEvalBySource(Path file, boolean single) throws IOException {
        List<GermEvalCorpus.Sentence> sentences = GermEvalCorpus.read(file);
        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#\t") || line.startsWith("# ")) sources.add(line.substring(2).strip());
        }
        if (sources.size() != sentences.size()) throw new IllegalStateException(sources.size() + " sources, " + sentences.size() + " sentences");
        Map<String, List<GoldSentence>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            GermEvalCorpus.Sentence s = sentences.get(i);
            GermEvalCorpus.GoldKeys keys = GermEvalCorpus.goldKeys(s.tags());
            Set<String> gold = keys.gold();
            Set<String> ignored = keys.ignored();
            String key = single ? "#" + i : sources.get(i);
            bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(new GoldSentence(s.tokens(), gold, ignored));
        }
        return new ArrayList<>(bySource.values());
    }

    private static List<List<GoldSentence>> europarl(Path file, int window) throws IOException {
        List<GoldSentence> all = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.add("");
        for (String line : lines) {
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    Set<String> gold = new HashSet<>();
                    for (GermEvalCorpus.Span span : GermEvalCorpus.spans(tags)) {
                        gold.add(span.start() + ":" + span.end() + ":" + span.type());
                    }
                    all.add(new GoldSentence(List.copyOf(tokens), gold, Set.of()));
                }
                tokens.clear();
                tags.clear();
                continue;
            }
            String[] f = line.split("\t");
            tokens.add(f[0]);
            tags.add(f[1]);
        }
        return windows(List.of(all), window);
    }

    /** All sentences in order, cut into documents of {@code window} consecutive sentences. */
    private static List<List<GoldSentence>> windows(List<List<GoldSentence>> docs, int window) {
        List<GoldSentence> all = new ArrayList<>();
        for (List<GoldSentence> d : docs) all.addAll(d);
        List<List<GoldSentence>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += window) out.add(all.subList(i, Math.min(all.size(), i + window)));
        return out;
    }

    private record Tagged(List<int[]> raw, List<EntityExtractor.Mention> mentions) {
    }

    private static void gnad(Path corpora, EntityExtractor extractor, int sample) throws IOException {
        List<DocumentContext> docs = ExtractorCorpora.gnadTest(corpora);
        int relabelled = 0;
        int added = 0;
        int mentions = 0;
        int shown = 0;
        List<Tagged> cached = new ArrayList<>();
        for (DocumentContext d : docs) {
            List<int[]> raw = new ArrayList<>();
            List<EntityExtractor.Mention> ms = new ArrayList<>();
            for (int s = 0; s < d.sentences().size(); s++) {
                Sentence sentence = d.sentences().get(s);
                for (EntityExtractor.Mention m : extractor.tag(sentence.text())) {
                    raw.add(new int[]{s, sentence.charStart() + m.start(), sentence.charStart() + m.end()});
                    ms.add(m);
                }
            }
            mentions += ms.size();
            cached.add(new Tagged(List.copyOf(raw), List.copyOf(ms)));
            Map<String, String> before = new LinkedHashMap<>();
            for (int k = 0; k < raw.size(); k++) before.put(raw.get(k)[1] + ":" + raw.get(k)[2], ms.get(k).label());
            List<int[]> raw2 = new ArrayList<>(raw);
            List<EntityExtractor.Mention> ms2 = new ArrayList<>(ms);
            DocumentConsistency.apply(d.text(), d.sentences(), raw2, ms2, Tokenizer.german());
            for (int k = 0; k < raw2.size(); k++) {
                int[] r = raw2.get(k);
                String old = before.get(r[1] + ":" + r[2]);
                String label = ms2.get(k).label();
                if (label.equals(old)) continue;
                if (old == null) added++;
                else relabelled++;
                if (shown++ < sample) {
                    Sentence s = d.sentences().get(r[0]);
                    int from = Math.max(0, r[1] - s.charStart() - 90);
                    int to = Math.min(s.text().length(), r[2] - s.charStart() + 60);
                    System.out.printf("  %-9s %s -> %s %.3f | %s[[%s]]%s%n", old == null ? "ADD" : "RELAB " + old,
                            d.text().substring(r[1], r[2]), label, ms2.get(k).confidence(), s.text().substring(from, r[1] - s.charStart()),
                            d.text().substring(r[1], r[2]), s.text().substring(r[2] - s.charStart(), to));
                }
            }
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long tokCpu = Long.MAX_VALUE;
        long applyCpu = Long.MAX_VALUE;
        long copyCpu = Long.MAX_VALUE;
        for (int round = 0; round < 15; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            int sink = 0;
            for (DocumentContext d : docs) {
                for (Sentence s : d.sentences()) sink += Tokenizer.german().tokenize(s.text()).size();
            }
            long c1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < docs.size(); i++) {
                DocumentContext d = docs.get(i);
                List<int[]> raw = new ArrayList<>(cached.get(i).raw());
                List<EntityExtractor.Mention> ms = new ArrayList<>(cached.get(i).mentions());
                DocumentConsistency.apply(d.text(), d.sentences(), raw, ms, Tokenizer.german());
            }
            long c2 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < docs.size(); i++) {
                sink += new ArrayList<>(cached.get(i).raw()).size() + new ArrayList<>(cached.get(i).mentions()).size();
            }
            long c3 = mx.getCurrentThreadCpuTime();
            copyCpu = Math.min(copyCpu, c3 - c2);
            tokCpu = Math.min(tokCpu, c1 - c0);
            applyCpu = Math.min(applyCpu, c2 - c1);
            if (sink < 0) System.out.println(sink);
        }
        System.out.printf("thread CPU, best of 15 passes over all articles: consistency pass %.1f ms (for scale: tokenizing"
                + " every sentence once %.1f ms; copying the inputs %.1f ms)%n", applyCpu / 1e6, tokCpu / 1e6, copyCpu / 1e6);
        System.out.printf("10kGNAD test: %d articles, %d mentions, %d relabelled, %d added%n",
                docs.size(), mentions, relabelled, added);
    }
}
