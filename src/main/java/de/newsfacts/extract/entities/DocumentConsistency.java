package de.newsfacts.extract.entities;

import de.newsfacts.structure.Sentence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 *       a particle is a token of at most three letters that is not the name's first token). A one-token short form
 *       of plain letters that ends in no s sound gives its genitive in -s as a person form too ("Anna Berg" →
 *       "Bergs": "die Fans Bergs"); an anchored one-token place or organisation of such letters gives its genitive in
 *       -es ("Bundesheer" → "Bundesheeres"; -s is also a plural: "Tablets"). An acronym in brackets
 *       right after an anchored name that is not a person's ("Vienna Insurance Group (VIG)", "Alternative für
 *       Deutschland (AfD)": 2-6 letters or digits, two or more upper-case, starting with the name's first letter)
 *       is a form of the name's label; the first-letter test keeps party labels after person names
 *       ("Josef Gruber (ÖVP)") out. An acronym in brackets of 2-6 upper-case letters that are the first letters of
 *       the last words of a non-person mention, one per word ("Islamischer Staat (IS)", "Terrormiliz Islamischer
 *       Staat (IS)"), is a form of the mention's label whatever its confidence.</li>
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
 *             common nouns. Places and organisations take articles ("die Schweiz", "der Spiegel", "die Linke"),
 *             so the guard would cost more than it saves there;</li>
 *         <li>the form is one token and the previous token is an indefinite or negative article
 *             ({@code indefinite-articles.txt}, any case): "eine Bürgerwehr", "kein Radio" are common nouns
 *             whatever their label elsewhere.</li>
 *       </ul>
 *       An added mention's confidence is {@link #INFERRED_FACTOR} times the mean confidence of the form's anchors
 *       of that label.</li>
 * </ol>
 * Mentions that overlap other mentions are never cut or merged; offsets stay token boundaries of the sentence's
 * own tokenization, so {@code text == documentText.substring(start, end)} keeps holding. Cost: nothing when no mention
 * reaches the anchor confidence; otherwise the anchors and weak mentions are tokenized on their own, every sentence
 * is searched ({@code String.indexOf}) for the forms' first characters at a word start outside the mentions, and
 * only sentences with such a hit are tokenized (about one in nine on news). Stateless apart from the immutable word
 * lists; thread-safe.
 */
final class DocumentConsistency {
    static final double ANCHOR_CONFIDENCE = 0.90;
    static final double WEAK_CONFIDENCE = 0.70;
    static final double DOMINANCE = 2.0 / 3.0;
    static final double INFERRED_FACTOR = 0.8;

    private static final Set<String> DETERMINERS = WordListResource.set("determiners.txt");
    static final Set<String> INDEFINITE_ARTICLES = WordListResource.set("indefinite-articles.txt");

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
        for (int k = 0; k < mentions.size() && !anyAnchor; k++) {
            anyAnchor = mentions.get(k).confidence() >= ANCHOR_CONFIDENCE || bracketAfter(docText, raw.get(k)[2]);
        }
        if (!anyAnchor) return;
        Doc doc = new Doc(sentences, raw, tokenizer);
        Lookup lookup = usedForms(doc, raw, mentions, tokenizer);
        if (lookup == null) return;
        relabelWeak(doc, raw, mentions, tokenizer, lookup);
        addMissed(doc, raw, mentions, lookup);
    }

    // The rules are separate methods, not one: the JIT compiles (and, after a deoptimisation, recompiles) each
    // on its own, which in a run of the job cost a fraction of recompiling one large method several times.

    /** Rules 1-2: anchored forms keyed by their text (a mention is tokenized on its own: it is short); null if none is used. */
    private static Lookup usedForms(Doc doc, List<int[]> raw, List<EntityExtractor.Mention> mentions, Tokenizer tokenizer) {
        Map<String, Form> forms = new HashMap<>();
        for (int k = 0; k < mentions.size(); k++) {
            EntityExtractor.Mention m = mentions.get(k);
            boolean anchor = m.confidence() >= ANCHOR_CONFIDENCE;
            String text = doc.text(raw.get(k)[0]);
            if (!anchor && ("PER".equals(m.label()) || !bracketAfter(text, m.end()))) continue;
            String[] tokens = tokensOf(tokenizer, text.substring(m.start(), m.end()));
            if (tokens.length == 0) continue;
            int label = EntityModel.labelIndex(m.label());
            if (anchor) addAnchor(forms, tokens, 0, tokens.length, label, m.confidence(), false);
            if (anchor && label == PER && tokens.length >= 2) {
                int from = tokens.length - 1;
                while (from - 1 > 0 && isParticle(tokens[from - 1])) from--;
                addAnchor(forms, tokens, from, tokens.length, PER, m.confidence(), true);
                String genitive = genitive(tokens[tokens.length - 1]);
                if (from == tokens.length - 1 && genitive != null) {
                    addAnchor(forms, new String[]{genitive}, 0, 1, PER, m.confidence(), true);
                }
            }
            if (anchor && (label == ORG || label == LOC) && tokens.length == 1 && genitive(tokens[0]) != null) {
                // "das Bundesheer … des Bundesheeres": a one-word place or organisation in the genitive in -es; not
                // in -s, which is also a plural ("Tablets", "Benchmarks" after a mistaken anchor) and competes with
                // a person's genitive ("Ahmadinedschads")
                addAnchor(forms, new String[]{tokens[0] + "es"}, 0, 1, label, m.confidence(), false);
            }
            if (label != PER) {
                // an acronym spelt by the initials of the name's last words is the name's own, however sure the
                // tagger was of the name ("Islamischer Staat (IS)", "die Miliz Islamischer Staat (IS)")
                String acronym = anchor ? bracketedAcronym(text, m.start(), m.end()) : null;
                if (acronym == null) acronym = initialsAcronym(text, m.end(), tokens);
                if (acronym != null) addAnchor(forms, new String[]{acronym}, 0, 1, label, m.confidence(), false);
            }
        }
        Lookup lookup = new Lookup();
        for (Form f : forms.values()) if (f.decide()) lookup.add(f);
        if (lookup.isEmpty()) return null;
        lookup.sortLongestFirst();
        return lookup;
    }

    /** Rule 3: relabel weak mentions of a used form. */
    private static void relabelWeak(Doc doc, List<int[]> raw, List<EntityExtractor.Mention> mentions, Tokenizer tokenizer,
                                    Lookup lookup) {
        for (int k = 0; k < mentions.size(); k++) {
            EntityExtractor.Mention m = mentions.get(k);
            if (m.confidence() >= WEAK_CONFIDENCE) continue;
            String text = doc.text(raw.get(k)[0]);
            if (!lookup.mayStart(text, m.start())) continue;
            Form f = lookup.exact(tokensOf(tokenizer, text.substring(m.start(), m.end())));
            if (f != null && !LABELS[f.label].equals(m.label())) {
                mentions.set(k, new EntityExtractor.Mention(m.start(), m.end(), LABELS[f.label], m.confidence()));
            }
        }
    }

    /** Rule 4: add mentions where the tagger missed a used form; merge them with the existing ones in order. */
    private static void addMissed(Doc doc, List<int[]> raw, List<EntityExtractor.Mention> mentions, Lookup lookup) {
        List<int[]> newRaw = new ArrayList<>(raw.size() + 8);
        List<EntityExtractor.Mention> newMentions = new ArrayList<>(raw.size() + 8);
        int k = 0;
        boolean added = false;
        for (int s = 0; s < doc.sentences.size(); s++) {
            if (!lookup.occursOutside(doc.text(s), doc, s)) continue;
            int before = newRaw.size();
            k = addMissedIn(s, doc, raw, mentions, lookup, k, newRaw, newMentions);
            added |= newRaw.size() > before;
        }
        if (!added) return;
        EntityExtractor.finishMerge(raw, mentions, k, newRaw, newMentions);
    }

    /**
     * Rule 4 in sentence {@code s}: appends to {@code newRaw}/{@code newMentions} the old mentions from index
     * {@code k} on that precede each added mention, then the added mention; returns the next old mention's index.
     */
    private static int addMissedIn(int s, Doc doc, List<int[]> raw, List<EntityExtractor.Mention> mentions, Lookup lookup,
                                   int k, List<int[]> newRaw, List<EntityExtractor.Mention> newMentions) {
        String text = doc.text(s);
        Tokenizer.TokenSpans t = doc.tokens(s);
        int n = t.size();
        int mFirst = doc.firstMention[s];
        int mEnd = doc.firstMention[s + 1];
        int base = doc.base(s);
        int[] coveredBy = new int[n];
        int mk = mFirst;
        for (int i = 0; i < n; i++) {
            while (mk < mEnd && raw.get(mk)[2] - base <= t.start(i)) mk++;
            coveredBy[i] = mk < mEnd && raw.get(mk)[1] - base <= t.start(i) ? mk : -1;
        }
        for (int i = 0; i < n; ) {
            if (coveredBy[i] >= 0 || !startsUpper(text, t.start(i))) {
                i++;
                continue;
            }
            Form f = matchUncovered(lookup, t, text, coveredBy, i);
            if (f == null) {
                i++;
                continue;
            }
            int end = i + f.tokens.length;
            while (k < mentions.size() && raw.get(k)[1] < base + t.start(i)) {
                newRaw.add(raw.get(k));
                newMentions.add(mentions.get(k));
                k++;
            }
            newRaw.add(new int[]{s, base + t.start(i), base + t.end(end - 1)});
            newMentions.add(new EntityExtractor.Mention(t.start(i), t.end(end - 1), LABELS[f.label],
                    INFERRED_FACTOR * f.sum[f.label] / f.count[f.label]));
            i = end;
        }
        return k;
    }

    private static final String[] LABELS = EntityModel.LABELS;
    private static final int PER = EntityModel.labelIndex("PER");
    private static final int ORG = EntityModel.labelIndex("ORG");
    private static final int LOC = EntityModel.labelIndex("LOC");
    private static final int MISC = EntityModel.labelIndex("MISC");

    private static String[] tokensOf(Tokenizer tokenizer, String text) {
        Tokenizer.TokenSpans t = tokenizer.tokenize(text);
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) out[i] = text.substring(t.start(i), t.end(i));
        return out;
    }

    private static void addAnchor(Map<String, Form> forms, String[] tokens, int a, int b, int label, double conf,
                                  boolean surname) {
        String[] part = a == 0 && b == tokens.length ? tokens : Arrays.copyOfRange(tokens, a, b);
        Form f = forms.computeIfAbsent(String.join(" ", part), key -> new Form(part));
        f.sum[label] += conf;
        f.count[label]++;
        f.surname |= surname;
    }

    /** The longest used form that starts at uncovered token {@code i} and passes the rule-4 guards, or null. */
    private static Form matchUncovered(Lookup lookup, Tokenizer.TokenSpans t, String text, int[] coveredBy, int i) {
        Form[] candidates = lookup.candidates(text, t.start(i), t.end(i));
        if (candidates == null) return null;
        int n = t.size();
        for (Form f : candidates) {
            int end = i + f.tokens.length;
            if (end > n || !f.matches(t, text, i)) continue;
            boolean free = true;
            for (int j = i; j < end && free; j++) free = coveredBy[j] < 0;
            if (!free) continue;
            if (end < n && startsUpper(text, t.start(end))) return null;
            if (f.label != PER && i > 1 && coveredBy[i - 1] < 0 && startsUpper(text, t.start(i - 1))) return null;
            if (f.tokens.length == 1 && i > 0) {
                String previous = text.substring(t.start(i - 1), t.end(i - 1)).toLowerCase(Locale.ROOT);
                if (INDEFINITE_ARTICLES.contains(previous)) return null;
                if ((f.label == PER || f.label == MISC) && !isAcronym(f.tokens[0]) && DETERMINERS.contains(previous)) {
                    return null;
                }
            }
            return f;
        }
        return null;
    }

    /**
     * The acronym in brackets right after the name {@code text[start, end)} ("Vienna Insurance Group (VIG)"), or
     * null: 2-6 letters or digits, at least two upper-case letters, the first one the name's first letter.
     */
    static String bracketedAcronym(String text, int start, int end) {
        int from = afterOpeningBracket(text, end);
        if (from < 0) return null;
        int to = from;
        while (to < text.length() && to - from <= 6 && Character.isLetterOrDigit(text.charAt(to))) to++;
        if (!AcronymExpansion.bracketedAcronym(text, from, to)) return null;
        if (Character.toUpperCase(text.charAt(start)) != text.charAt(from)) return null;
        return text.substring(from, to);
    }

    /** The index after a "(" that follows {@code end}, spaces allowed between, or -1. */
    private static int afterOpeningBracket(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i < text.length() && text.charAt(i) == '(' ? i + 1 : -1;
    }

    /** A bracket opens right after {@code end}, or after one space ("Name (ACR)"). */
    private static boolean bracketAfter(String text, int end) {
        return end < text.length() && (text.charAt(end) == '('
                || end + 1 < text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) == '(');
    }

    /**
     * The acronym in brackets after {@code end} whose letters, all upper-case, are the first letters of the last
     * words of the name {@code tokens}, one per word ("Islamischer Staat (IS)", "Jihadistenorganisation Islamischer
     * Staat (IS)"), or null.
     */
    static String initialsAcronym(String text, int end, String[] tokens) {
        int from = afterOpeningBracket(text, end);
        if (from < 0) return null;
        int to = from;
        while (to < text.length() && to - from <= 6 && Character.isUpperCase(text.charAt(to))) to++;
        int k = to - from;
        if (k < 2 || k > 6 || k > tokens.length || to >= text.length() || text.charAt(to) != ')') return null;
        for (int j = 0; j < k; j++) {
            if (tokens[tokens.length - k + j].charAt(0) != text.charAt(from + j)) return null;
        }
        return text.substring(from, to);
    }

    /**
     * The genitive in -s of a one-token surname ("Berg" → "Bergs"), or null when the surname ends in an s sound
     * (s, x, z, ß: "Morales", "Marx" take an apostrophe), is shorter than three letters or is no plain word
     * (hyphen, digits, capitals after the first letter).
     */
    static String genitive(String surname) {
        int n = surname.length();
        if (n < 3 || "sxzßSXZ".indexOf(surname.charAt(n - 1)) >= 0) return null;
        for (int i = 1; i < n; i++) if (!Character.isLowerCase(surname.charAt(i))) return null;
        return surname + "s";
    }

    /** A short name particle inside a full name ("Le", "van", "de", "der"): letters only, at most three. */
    private static boolean isParticle(String token) {
        if (token.length() > 3) return false;
        for (int i = 0; i < token.length(); i++) if (!Character.isLetter(token.charAt(i))) return false;
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

    /** A token sequence anchored in the document, with the anchor confidence per label. */
    private static final class Form {
        final String[] tokens;
        final double[] sum = new double[LABELS.length];
        final int[] count = new int[LABELS.length];
        int label = -1;
        /** Set when the form is the last token(s) of an anchored multi-token person name. */
        boolean surname;

        Form(String[] tokens) {
            this.tokens = tokens;
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

        boolean matches(Tokenizer.TokenSpans t, String text, int at) {
            for (int j = 0; j < tokens.length; j++) {
                int s = t.start(at + j);
                int len = t.end(at + j) - s;
                if (len != tokens[j].length() || !text.regionMatches(s, tokens[j], 0, len)) return false;
            }
            return true;
        }
    }

    /** The used forms grouped by their first token (a handful per document: linear scans are cheapest). */
    private static final class Lookup {
        private final List<String> firstWords = new ArrayList<>();
        private final List<List<Form>> groups = new ArrayList<>();
        private Form[][] arrays;
        /** The distinct first chars of the forms: the sentence filter looks for each with String.indexOf. */
        private char[] firstChars;
        /** The forms' distinct first words, grouped like {@link #firstChars}. */
        private String[][] wordsByFirstChar;

        void add(Form f) {
            int g = firstWords.indexOf(f.tokens[0]);
            if (g < 0) {
                firstWords.add(f.tokens[0]);
                groups.add(new ArrayList<>());
                g = groups.size() - 1;
            }
            groups.get(g).add(f);
        }

        boolean isEmpty() {
            return firstWords.isEmpty();
        }

        void sortLongestFirst() {
            StringBuilder chars = new StringBuilder();
            for (String w : firstWords) if (chars.indexOf(w.substring(0, 1)) < 0) chars.append(w.charAt(0));
            firstChars = chars.toString().toCharArray();
            wordsByFirstChar = new String[firstChars.length][];
            for (int c = 0; c < firstChars.length; c++) {
                char first = firstChars[c];
                wordsByFirstChar[c] = firstWords.stream().filter(w -> w.charAt(0) == first).toArray(String[]::new);
            }
            arrays = new Form[groups.size()][];
            for (int g = 0; g < groups.size(); g++) {
                groups.get(g).sort((x, y) -> y.tokens.length - x.tokens.length);
                arrays[g] = groups.get(g).toArray(new Form[0]);
            }
        }

        /** The forms whose first token is {@code text[start, end)}, longest first, or null. */
        Form[] candidates(String text, int start, int end) {
            int len = end - start;
            for (int g = 0; g < firstWords.size(); g++) {
                String w = firstWords.get(g);
                if (w.length() == len && text.regionMatches(start, w, 0, len)) return arrays[g];
            }
            return null;
        }

        /** Whether some form's first token starts at {@code at}. */
        boolean mayStart(String text, int at) {
            for (String w : firstWords) if (text.startsWith(w, at)) return true;
            return false;
        }

        /** The form made of exactly these tokens, or null. */
        Form exact(String[] tokens) {
            int g = tokens.length == 0 ? -1 : firstWords.indexOf(tokens[0]);
            if (g < 0) return null;
            for (Form f : arrays[g]) if (Arrays.equals(f.tokens, tokens)) return f;
            return null;
        }

        /**
         * Whether the text of sentence {@code s} holds some form's first word outside the sentence's mentions
         * (a cheap filter: String.indexOf, no tokenizing; a hit may still fail on token boundaries).
         */
        boolean occursOutside(String text, Doc doc, int s) {
            for (int c = 0; c < firstChars.length; c++) {
                for (int at = text.indexOf(firstChars[c]); at >= 0; at = text.indexOf(firstChars[c], at + 1)) {
                    if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) continue;
                    for (String w : wordsByFirstChar[c]) {
                        if (text.startsWith(w, at) && !doc.insideMention(s, at)) return true;
                    }
                }
            }
            return false;
        }
    }

    /** Per-sentence view of the document: texts, mention ranges, token spans cut on first use. */
    private static final class Doc {
        final List<Sentence> sentences;
        final List<int[]> raw;
        final Tokenizer tokenizer;
        final Tokenizer.TokenSpans[] tokens;
        /** Mentions of sentence s are raw indices [firstMention[s], firstMention[s + 1]). */
        final int[] firstMention;

        Doc(List<Sentence> sentences, List<int[]> raw, Tokenizer tokenizer) {
            this.sentences = sentences;
            this.raw = raw;
            this.tokenizer = tokenizer;
            this.tokens = new Tokenizer.TokenSpans[sentences.size()];
            this.firstMention = new int[sentences.size() + 1];
            int k = 0;
            for (int s = 0; s <= sentences.size(); s++) {
                while (k < raw.size() && raw.get(k)[0] < s) k++;
                firstMention[s] = k;
            }
        }

        String text(int s) {
            return sentences.get(s).text();
        }

        int base(int s) {
            return sentences.get(s).charStart();
        }

        Tokenizer.TokenSpans tokens(int s) {
            if (tokens[s] == null) tokens[s] = tokenizer.tokenize(sentences.get(s).text());
            return tokens[s];
        }

        boolean insideMention(int s, int sentenceOffset) {
            int at = base(s) + sentenceOffset;
            for (int k = firstMention[s]; k < firstMention[s + 1]; k++) {
                int[] r = raw.get(k);
                if (r[1] <= at && at < r[2]) return true;
            }
            return false;
        }
    }
}
