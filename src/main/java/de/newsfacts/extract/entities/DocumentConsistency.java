package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Document-level label consistency (after Krishnan &amp; Manning 2006, Ratinov &amp; Roth 2009): a name the tagger
 * labelled with good confidence in one sentence of a document gets the same label where the tagger missed it or
 * gave it another label with low confidence. Runs once per document on the mentions of all its sentences.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li><b>Anchors.</b> A mention with confidence &ge; {@link #ANCHOR_CONFIDENCE} makes its token sequence (a
 *       <i>form</i>, compared case-sensitively token by token) an anchor for its label. The last token of an anchored
 *       person name of two or more tokens is a person form too (the short form: "Anna Berg" → "Berg"), together with
 *       the short particles before it ("Marine Le Pen" → "Le Pen", "Alexander Van der Bellen" → "Van der Bellen";
 *       a particle is a token of at most three letters that is not the name's first token).</li>
 *   <li><b>Dominant label.</b> A form is used only when one label holds at least {@link #DOMINANCE} of the anchor
 *       confidence summed over its anchors ("Berg" anchored as PER and as LOC in one document is left alone), when
 *       it starts with an upper-case letter and is longer than one character. A one-token person form is used only
 *       when it is the short form of an anchored full name: a lone title or role noun the tagger took for a name
 *       ("Herr Präsident") must not spread through the document.</li>
 *   <li><b>Relabel.</b> A mention whose token sequence is a used form with another label and whose confidence is
 *       below {@link #WEAK_CONFIDENCE} takes the form's label.</li>
 *   <li><b>Add.</b> A token sequence outside every mention that equals a used form (longest form first, within one
 *       sentence) becomes a mention of the form's label, unless
 *       <ul>
 *         <li>the next token starts with an upper-case letter: the name may go on ("Berger Gruppe", "Berg Verlag")
 *             and cutting it would be worse than missing it;</li>
 *         <li>the form is not a person name and the previous token, not the first of its sentence, is outside every
 *             mention and starts with an upper-case letter: the name may begin earlier ("Servus TV", "Energie
 *             Steiermark"). Person names are exempt: titles and roles stand before them ("Kanzlerin Berg");</li>
 *         <li>the form is one token, a person or MISC name and not an acronym, and the previous token is an article
 *             or determiner ({@code determiners.txt}, any case): "Der Koch", "einen Fischer", "ein Echo" are
 *             common nouns. Places and organisations take articles ("die Ukraine", "der Spiegel", "die Linke"),
 *             so the guard would cost more than it saves there.</li>
 *       </ul>
 *       An added mention's confidence is {@link #INFERRED_FACTOR} times the mean confidence of the form's anchors
 *       of that label.</li>
 * </ol>
 * Mentions that overlap other mentions are never cut or merged; offsets stay token boundaries of the sentence's
 * own tokenization, so {@code text == documentText.substring(start, end)} keeps holding. Cost: one tokenization of
 * every sentence plus one hash lookup per capitalised token outside the mentions; nothing happens when no mention
 * reaches the anchor confidence. Stateless apart from the immutable word list; thread-safe.
 */
final class DocumentConsistency {
    static final double ANCHOR_CONFIDENCE = 0.90;
    static final double WEAK_CONFIDENCE = 0.70;
    static final double DOMINANCE = 2.0 / 3.0;
    static final double INFERRED_FACTOR = 0.8;

    private static final Set<String> DETERMINERS = load("determiners.txt");

    private DocumentConsistency() {
    }

    /**
     * Applies the rules to one document's mentions: {@code raw} (sentence index, document start, document end) and
     * {@code mentions} (offsets relative to the sentence) are parallel lists in document order; both are rewritten
     * in place, still parallel and in document order.
     */
    static void apply(String docText, List<Sentence> sentences, List<int[]> raw, List<EntityExtractor.Mention> mentions,
                      Tokenizer tokenizer) {
        if (mentions.isEmpty()) return;
        boolean anyAnchor = false;
        for (EntityExtractor.Mention m : mentions) anyAnchor |= m.confidence() >= ANCHOR_CONFIDENCE;
        if (!anyAnchor) return;

        Doc doc = Doc.of(sentences, tokenizer);
        int n = doc.size;
        int[] coveredBy = new int[n];
        Arrays.fill(coveredBy, -1);
        int[] firstToken = new int[mentions.size()];
        int[] endToken = new int[mentions.size()];
        int t = 0;
        for (int k = 0; k < mentions.size(); k++) {
            int[] r = raw.get(k);
            while (t < n && doc.starts[t] < r[1]) t++;
            int a = t;
            int b = a;
            while (b < n && doc.ends[b] <= r[2]) b++;
            if (a >= n || doc.starts[a] != r[1] || b == a || doc.ends[b - 1] != r[2]) {
                firstToken[k] = -1;     // not on token boundaries (cannot happen with the same tokenizer): skip it
                continue;
            }
            firstToken[k] = a;
            endToken[k] = b;
            for (int i = a; i < b; i++) coveredBy[i] = k;
        }

        // rules 1-2: anchored forms keyed by their text, indexed by the hash of their first token
        Map<String, Form> forms = new HashMap<>();
        for (int k = 0; k < mentions.size(); k++) {
            EntityExtractor.Mention m = mentions.get(k);
            if (firstToken[k] < 0 || m.confidence() < ANCHOR_CONFIDENCE) continue;
            int label = labelIndex(m.label());
            addAnchor(forms, doc, docText, firstToken[k], endToken[k], label, m.confidence(), false);
            if (label == PER && endToken[k] - firstToken[k] >= 2) {
                int from = endToken[k] - 1;
                while (from - 1 > firstToken[k] && isParticle(docText, doc.starts[from - 1], doc.ends[from - 1])) from--;
                addAnchor(forms, doc, docText, from, endToken[k], PER, m.confidence(), true);
            }
        }
        Map<Long, List<Form>> byFirstToken = new HashMap<>();
        for (Form f : forms.values()) {
            if (f.decide()) byFirstToken.computeIfAbsent(f.firstHash, h -> new ArrayList<>()).add(f);
        }
        if (byFirstToken.isEmpty()) return;
        for (List<Form> list : byFirstToken.values()) list.sort((x, y) -> y.tokens.length - x.tokens.length);

        // rule 3: relabel weak mentions of a used form
        for (int k = 0; k < mentions.size(); k++) {
            EntityExtractor.Mention m = mentions.get(k);
            if (firstToken[k] >= 0 && m.confidence() < WEAK_CONFIDENCE) {
                Form f = exactForm(byFirstToken, doc, docText, firstToken[k], endToken[k]);
                if (f != null && !LABELS[f.label].equals(m.label())) {
                    mentions.set(k, new EntityExtractor.Mention(m.start(), m.end(), LABELS[f.label], m.confidence()));
                }
            }
        }

        // rule 4: add mentions where the tagger missed a used form; merge with the existing mentions in order
        List<int[]> newRaw = new ArrayList<>(raw.size() + 8);
        List<EntityExtractor.Mention> newMentions = new ArrayList<>(mentions.size() + 8);
        boolean added = false;
        int k = 0;
        for (int i = 0; i < n; ) {
            if (coveredBy[i] >= 0 || !startsUpper(docText, doc.starts[i])) {
                i++;
                continue;
            }
            Form f = matchUncovered(byFirstToken, doc, docText, coveredBy, i);
            if (f == null) {
                i++;
                continue;
            }
            int end = i + f.tokens.length;
            while (k < mentions.size() && raw.get(k)[1] < doc.starts[i]) {
                newRaw.add(raw.get(k));
                newMentions.add(mentions.get(k));
                k++;
            }
            int s = doc.sentence[i];
            int base = sentences.get(s).charStart();
            newRaw.add(new int[]{s, doc.starts[i], doc.ends[end - 1]});
            newMentions.add(new EntityExtractor.Mention(doc.starts[i] - base, doc.ends[end - 1] - base, LABELS[f.label],
                    INFERRED_FACTOR * f.sum[f.label] / f.count[f.label]));
            added = true;
            i = end;
        }
        if (!added) return;
        while (k < mentions.size()) {
            newRaw.add(raw.get(k));
            newMentions.add(mentions.get(k));
            k++;
        }
        raw.clear();
        raw.addAll(newRaw);
        mentions.clear();
        mentions.addAll(newMentions);
    }

    private static final int PER = 0;
    private static final int MISC = 3;
    private static final String[] LABELS = EntityModel.LABELS;

    private static int labelIndex(String label) {
        for (int i = 0; i < LABELS.length; i++) if (LABELS[i].equals(label)) return i;
        throw new IllegalArgumentException(label);
    }

    private static void addAnchor(Map<String, Form> forms, Doc doc, String text, int a, int b, int label, double conf,
                                  boolean surname) {
        StringBuilder key = new StringBuilder();
        for (int i = a; i < b; i++) {
            if (i > a) key.append(' ');
            key.append(text, doc.starts[i], doc.ends[i]);
        }
        Form f = forms.computeIfAbsent(key.toString(), s -> new Form(s.split(" ", -1), hash(text, doc.starts[a], doc.ends[a])));
        f.sum[label] += conf;
        f.count[label]++;
        f.surname |= surname;
    }

    /** The used form that is exactly tokens {@code [a, b)}, or null. */
    private static Form exactForm(Map<Long, List<Form>> byFirst, Doc doc, String text, int a, int b) {
        List<Form> candidates = byFirst.get(hash(text, doc.starts[a], doc.ends[a]));
        if (candidates == null) return null;
        for (Form f : candidates) {
            if (f.tokens.length == b - a && f.matches(doc, text, a)) return f;
        }
        return null;
    }

    /** The longest used form that starts at uncovered token {@code i} and passes the rule-4 guards, or null. */
    private static Form matchUncovered(Map<Long, List<Form>> byFirst, Doc doc, String text, int[] coveredBy, int i) {
        List<Form> candidates = byFirst.get(hash(text, doc.starts[i], doc.ends[i]));
        if (candidates == null) return null;
        int sentence = doc.sentence[i];
        for (Form f : candidates) {
            int end = i + f.tokens.length;
            if (end > doc.size || doc.sentence[end - 1] != sentence || !f.matches(doc, text, i)) continue;
            boolean free = true;
            for (int j = i; j < end && free; j++) free = coveredBy[j] < 0;
            if (!free) continue;
            if (end < doc.size && doc.sentence[end] == sentence && startsUpper(text, doc.starts[end])) return null;
            if (f.label != PER && i > 0 && doc.sentence[i - 1] == sentence && coveredBy[i - 1] < 0
                    && (i - 1 > 0 && doc.sentence[i - 2] == sentence) && startsUpper(text, doc.starts[i - 1])) return null;
            if (f.tokens.length == 1 && (f.label == PER || f.label == MISC) && !isAcronym(f.tokens[0]) && i > 0 && doc.sentence[i - 1] == sentence
                    && DETERMINERS.contains(text.substring(doc.starts[i - 1], doc.ends[i - 1]).toLowerCase(Locale.ROOT))) {
                return null;
            }
            return f;
        }
        return null;
    }

    /** A short name particle inside a full name ("Le", "van", "de", "der"): letters only, at most three. */
    private static boolean isParticle(String text, int start, int end) {
        if (end - start > 3) return false;
        for (int i = start; i < end; i++) if (!Character.isLetter(text.charAt(i))) return false;
        return true;
    }

    /** Two or more characters, all upper-case letters or digits ("ORF", "KPMG", "U2"). */
    private static boolean isAcronym(String token) {
        if (token.length() < 2) return false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) return false;
        }
        return true;
    }

    private static boolean startsUpper(String text, int at) {
        return Character.isUpperCase(text.charAt(at));
    }

    /** FNV-1a over the token's chars, case-sensitive. */
    private static long hash(CharSequence text, int start, int end) {
        long h = Gazetteer.FNV_BASIS;
        for (int i = start; i < end; i++) h = (h ^ text.charAt(i)) * Gazetteer.FNV_PRIME;
        return h;
    }

    /** A token sequence anchored in the document, with the anchor confidence per label. */
    private static final class Form {
        final String[] tokens;
        final long firstHash;
        final double[] sum = new double[LABELS.length];
        final int[] count = new int[LABELS.length];
        int label = -1;
        /** Set when the form is the last token of an anchored multi-token person name. */
        boolean surname;

        Form(String[] tokens, long firstHash) {
            this.tokens = tokens;
            this.firstHash = firstHash;
        }

        /** Picks the dominant label (rule 2); false when the form is not to be used. */
        boolean decide() {
            String first = tokens[0];
            if ((tokens.length == 1 && first.length() < 2) || !Character.isUpperCase(first.charAt(0))) return false;
            double total = 0;
            int best = 0;
            for (int l = 0; l < sum.length; l++) {
                total += sum[l];
                if (sum[l] > sum[best]) best = l;
            }
            if (sum[best] < DOMINANCE * total) return false;
            if (best == PER && tokens.length == 1 && !surname) return false;
            label = best;
            return true;
        }

        boolean matches(Doc doc, String text, int at) {
            for (int j = 0; j < tokens.length; j++) {
                int s = doc.starts[at + j];
                int len = doc.ends[at + j] - s;
                if (len != tokens[j].length() || !text.regionMatches(s, tokens[j], 0, len)) return false;
            }
            return true;
        }
    }

    /** The tokens of all sentences of a document, in document offsets. */
    private static final class Doc {
        int[] starts = new int[64];
        int[] ends = new int[64];
        int[] sentence = new int[64];
        int size;

        static Doc of(List<Sentence> sentences, Tokenizer tokenizer) {
            Doc d = new Doc();
            for (int s = 0; s < sentences.size(); s++) {
                Sentence sentence = sentences.get(s);
                Tokenizer.TokenSpans spans = tokenizer.tokenize(sentence.text());
                int base = sentence.charStart();
                for (int i = 0; i < spans.size(); i++) d.add(base + spans.start(i), base + spans.end(i), s);
            }
            return d;
        }

        private void add(int start, int end, int s) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
                sentence = Arrays.copyOf(sentence, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            sentence[size] = s;
            size++;
        }
    }

    private static Set<String> load(String resource) {
        Set<String> set = new HashSet<>();
        try (InputStream in = DocumentConsistency.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " missing from classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) set.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(set);
    }
}
