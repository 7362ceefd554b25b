package de.newsfacts.extract.entities;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads GermEval 2014 files (train outer-only 3 columns, dev/test 4 columns, {@code #} source lines) into sentences
 * of repaired tokens ({@link LegacyTextRepair}; tokens that become empty are dropped, a following I- tag becomes B-)
 * with their outer labels as written (e.g. "B-LOCderiv").
 */
final class GermEvalCorpus {
    record Sentence(List<String> tokens, List<String> tags) {
        String text() {
            return String.join(" ", tokens);
        }
    }

    static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        String pendingB = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#\t") || line.startsWith("# ")) continue;
            if (line.isBlank()) {
                if (!tokens.isEmpty()) out.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
                tokens.clear();
                tags.clear();
                pendingB = null;
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3) continue;
            String token = LegacyTextRepair.repair(f[1]).strip();
            String tag = f[2];
            if (token.isEmpty() || token.chars().anyMatch(c -> Tokenizer.isSpace((char) c))) {
                if (token.isEmpty()) {
                    if (tag.startsWith("B-")) pendingB = tag.substring(2);
                    continue;
                }
                token = token.replaceAll("\\s+", "_");
            }
            if (pendingB != null && tag.startsWith("I-") && tag.substring(2).equals(pendingB)) tag = "B-" + pendingB;
            pendingB = null;
            tokens.add(token);
            tags.add(tag);
        }
        if (!tokens.isEmpty()) out.add(new Sentence(List.copyOf(tokens), List.copyOf(tags)));
        return out;
    }

    /** Outer label -> PER/LOC/ORG/MISC, or null for O and the -deriv/-part forms (not mentions). */
    static String mentionLabel(String type) {
        return switch (type) {
            case "PER" -> "PER";
            case "LOC" -> "LOC";
            case "ORG" -> "ORG";
            case "OTH" -> "MISC";
            default -> null;
        };
    }

    /**
     * The scoring keys of a sentence's gold spans: {@code gold} holds "start:end:LABEL" of the mentions,
     * {@code ignored} "start:end" of the -deriv/-part spans (predictions there count neither way).
     */
    record GoldKeys(java.util.Set<String> gold, java.util.Set<String> ignored) {
    }

    static GoldKeys goldKeys(List<String> tags) {
        java.util.Set<String> gold = new java.util.HashSet<>();
        java.util.Set<String> ignored = new java.util.HashSet<>();
        for (Span span : spans(tags)) {
            String label = mentionLabel(span.type());
            if (label == null) ignored.add(span.start() + ":" + span.end());
            else gold.add(span.start() + ":" + span.end() + ":" + label);
        }
        return new GoldKeys(gold, ignored);
    }

    /** Gold spans [startToken, endTokenExclusive, label] incl. ignored ones (label null => -deriv/-part). */
    record Span(int start, int end, String type) {
    }

    static List<Span> spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside = tag.startsWith("I-") && type != null && tag.substring(2).equals(type);
            if (!inside && type != null) {
                out.add(new Span(start, i, type));
                type = null;
            }
            if (tag.startsWith("B-") || (tag.startsWith("I-") && type == null)) {
                start = i;
                type = tag.substring(2);
            }
        }
        return out;
    }
}
