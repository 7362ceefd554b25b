package de.newsfacts.extract.entities;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.Extractor;
import de.newsfacts.structure.Sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named-entity extractor for German news: per sentence, {@link Tokenizer} cuts tokens, {@link EmissionScorer} sums
 * the weights of their {@link FeatureExtractor} features, and a linear-chain model ({@code model.bin.gz}: averaged
 * structured perceptron trained on GermEval 2014, BIO tags, Viterbi) labels them PER, LOC, ORG or MISC. Spans become
 * {@link Entity} records with offsets into the document text, a canonical name ({@link EntityCanonicalizer}, using
 * all mentions of the document; a person's name that is the text of another person mention takes that mention's
 * own name: "Walter" → "Walter Meischbergers" → "Walter Meischberger") and a confidence: the mean, over the span's tokens, of the softmax probability of
 * the chosen tag given the previous chosen tag (local scores; cheap, not calibrated). Per document, then,
 * {@link DatelinePlaces} makes the places of a dateline LOC ("Sydney – …"), {@link DocumentConsistency} makes the
 * mentions of one name agree, {@link AcronymExpansion} adds the name before a bracketed acronym,
 * {@link PageNameRules} repairs kickers, split-off titles, surnames and places,
 * {@link OrganisationNouns} makes a "person" after an organisation noun ("der Autozulieferer X") an organisation,
 * {@link PlaceNouns} a person or organisation after a settlement noun ("im Örtchen X") a place,
 * {@link CountedNouns} drops a counted "person" ("Dutzende Keller"), {@link QuotedTitles} makes a quoted title after
 * a work noun ("die Komödie „…“") one MISC mention, {@link EnglishOfNames} extends a name over an English "of"
 * ("Royal Society of Public Health"), {@link ParticleNames} a person's name cut at a particle ("Alexander Van" →
 * "Alexander Van der Bellen"), {@link AffiliatedNames} cuts one before "von" + its organisation ("Fraser Kyne von
 * Bromium"), {@link CountryNames} makes a "person" named like a country a place ("Mexikos"), {@link PossessiveNames}
 * cuts a person's genitive off the noun the tagger ran it into ("Diamonds Chancen"), {@link RegionNames} adds listed regions the tagger missed ("Burgenlands
 * Landeshauptmann"), {@link SaintPlaces} tags places named after a saint ("St. Pölten"), {@link PartyNames} adds party
 * names the tagger missed ("Die AfD erreichte …"), and {@link #notAName} drops holidays, one-letter persons, a
 * "person" that is a bare organisation noun (the headline "Airline streicht Flüge") and common nouns' abbreviations
 * ("SMS"). The rules that weigh mentions across sentences (label consistency, page rules, organisation nouns,
 * affiliated names, country names, possessive names) see at most {@link #DISCOURSE_SENTENCES} consecutive sentences at a time
 * ({@link #inDiscourseWindows}).
 * Immutable and thread-safe (the scorer's token cache is per thread); {@link #fromClasspath()} loads the model and
 * gazetteers once.
 */
public final class EntityExtractor implements Extractor<Entity> {
    public static final String SOURCE = "perceptron-v2";
    static final String MODEL_RESOURCE = "model.bin.gz";

    /** Sentence-initial articles cut off the front of a name of three or more tokens (see {@link #tag}). */
    private static final Set<String> LEADING_ARTICLES = Set.of("Die", "Der", "Das");
    private static final int MISC_LABEL = EntityModel.labelIndex("MISC");

    private final Tokenizer tokenizer;
    private final ThreadLocal<TagBuffers> tagBuffers = ThreadLocal.withInitial(TagBuffers::new);
    private final EmissionScorer scorer;
    private final EntityModel model;
    private final EntityCanonicalizer canonicalizer;
    private final Gazetteer gazetteer;

    EntityExtractor(Tokenizer tokenizer, Gazetteer gazetteer, EntityModel model) {
        this.tokenizer = tokenizer;
        this.model = model;
        this.gazetteer = gazetteer;
        this.scorer = new EmissionScorer(model, gazetteer);
        this.canonicalizer = new EntityCanonicalizer(gazetteer, model.lexicon);
    }

    private static final class Holder {
        static final EntityExtractor INSTANCE = load();

        private static EntityExtractor load() {
            try (InputStream in = EntityExtractor.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) throw new IllegalStateException(MODEL_RESOURCE + " missing from classpath");
                return new EntityExtractor(Tokenizer.german(), Gazetteer.fromClasspath(), EntityModel.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load entity model", e);
            }
        }
    }

    /** The shared extractor with the bundled model (loaded on first call). */
    public static EntityExtractor fromClasspath() {
        return Holder.INSTANCE;
    }

    /** The calling thread's token cache (hit counts for the bench). */
    EmissionScorer.TokenCache tokenCache() {
        return scorer.cache();
    }

    /** A raw mention before canonicalization: offsets into the sentence text. */
    record Mention(int start, int end, String label, double confidence) {
    }

    /**
     * The most sentences whose mentions a document-level rule weighs together. A news article rarely has more (10kGNAD:
     * 99 % of articles have at most 92 sentences, the longest 234); an input that concatenates many texts (a digest,
     * a corpus in one file) does, and there one text's "Platz" or "Heute" tagged as a name must not label the word in
     * all the others.
     */
    static final int DISCOURSE_SENTENCES = 300;

    /** A document-level rule on consecutive sentences and their mentions (parallel lists, sentence indices into them). */
    interface DiscourseRule {
        void apply(List<Sentence> sentences, List<int[]> raw, List<Mention> mentions);
    }

    /**
     * Applies {@code rule} to the whole document if it has at most {@link #DISCOURSE_SENTENCES} sentences, else to each
     * of the fewest equal runs of consecutive sentences that are that short, one after the other; {@code raw} and
     * {@code mentions} are rewritten in place, still parallel and in document order. With {@code rebase} the rule gets
     * the run's sentences and sentence indices into them (for rules that walk the sentences); without, all sentences
     * and the document's sentence indices (for rules that only read the mentions, some of them by sentence number).
     */
    static void inDiscourseWindows(List<Sentence> sentences, List<int[]> raw, List<Mention> mentions, boolean rebase,
                                   DiscourseRule rule) {
        int n = sentences.size();
        int parts = (n + DISCOURSE_SENTENCES - 1) / DISCOURSE_SENTENCES;
        if (parts <= 1) {
            rule.apply(sentences, raw, mentions);
            return;
        }
        List<int[]> allRaw = new ArrayList<>(raw.size());
        List<Mention> allMentions = new ArrayList<>(mentions.size());
        int k = 0;
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            List<int[]> windowRaw = new ArrayList<>();
            List<Mention> windowMentions = new ArrayList<>();
            for (; k < raw.size() && raw.get(k)[0] < to; k++) {
                int[] r = raw.get(k);
                windowRaw.add(rebase ? new int[]{r[0] - from, r[1], r[2]} : r);
                windowMentions.add(mentions.get(k));
            }
            rule.apply(rebase ? sentences.subList(from, to) : sentences, windowRaw, windowMentions);
            for (int i = 0; i < windowRaw.size(); i++) {
                int[] r = windowRaw.get(i);
                allRaw.add(rebase ? new int[]{r[0] + from, r[1], r[2]} : r);
                allMentions.add(windowMentions.get(i));
            }
        }
        raw.clear();
        raw.addAll(allRaw);
        mentions.clear();
        mentions.addAll(allMentions);
    }

    /**
     * The end of merging added mentions into the parallel lists {@code raw} (sentence, doc start, doc end) and
     * {@code mentions}: appends the old mentions from index {@code k} on to {@code newRaw}/{@code newMentions}, which
     * then replace the lists' contents.
     */
    static void finishMerge(List<int[]> raw, List<Mention> mentions, int k, List<int[]> newRaw,
                            List<Mention> newMentions) {
        for (; k < raw.size(); k++) {
            newRaw.add(raw.get(k));
            newMentions.add(mentions.get(k));
        }
        raw.clear();
        raw.addAll(newRaw);
        mentions.clear();
        mentions.addAll(newMentions);
    }

    /**
     * Adds a mention over the document span {@code [start, end)} with {@code label} to the parallel lists {@code raw}
     * (sentence, doc start, doc end) and {@code mentions}, in document order, unless a mention overlaps it or no
     * sentence holds all of it.
     */
    static void addMention(List<Sentence> sentences, List<int[]> raw, List<Mention> mentions, int start, int end,
                           String label, double confidence) {
        int k = 0;
        while (k < raw.size() && raw.get(k)[2] <= start) k++;
        if (k < raw.size() && raw.get(k)[1] < end) return;
        int s = SaintPlaces.sentenceAt(sentences, start);
        if (s < 0 || end > sentences.get(s).charEnd()) return;
        int base = sentences.get(s).charStart();
        raw.add(k, new int[]{s, start, end});
        mentions.add(k, new Mention(start - base, end - base, label, confidence));
    }

    /**
     * Mention {@code i} of the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions} grows to
     * end at {@code end} (later within its sentence); mentions that start before that end are absorbed.
     */
    static void growTo(List<int[]> raw, List<Mention> mentions, int i, int end) {
        int[] r = raw.get(i);
        Mention m = mentions.get(i);
        while (i + 1 < mentions.size() && raw.get(i + 1)[1] < end) {
            end = Math.max(end, raw.get(i + 1)[2]);
            raw.remove(i + 1);
            mentions.remove(i + 1);
        }
        raw.set(i, new int[]{r[0], r[1], end});
        mentions.set(i, new Mention(m.start(), m.end() + end - r[2], m.label(), m.confidence()));
    }

    /**
     * Cuts {@code front} characters off the start and {@code back} off the end of mention {@code i} of the parallel
     * lists {@code raw} (sentence, doc start, doc end) and {@code mentions}; returns the new mention.
     */
    static Mention narrow(List<int[]> raw, List<Mention> mentions, int i, int front, int back) {
        int[] r = raw.get(i);
        Mention m = mentions.get(i);
        raw.set(i, new int[]{r[0], r[1] + front, r[2] - back});
        Mention narrowed = new Mention(m.start() + front, m.end() - back, m.label(), m.confidence());
        mentions.set(i, narrowed);
        return narrowed;
    }

    @Override
    public List<Entity> extract(DocumentContext document) {
        String docText = document.text();
        List<Entity> out = new ArrayList<>();
        List<Sentence> sentences = document.sentences();
        if (sentences == null || sentences.isEmpty()) return out;
        List<int[]> raw = new ArrayList<>();          // sentence index, start, end (doc offsets)
        List<Mention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            for (Mention m : tag(sentence.text())) {
                raw.add(new int[]{s, sentence.charStart() + m.start(), sentence.charStart() + m.end()});
                mentions.add(m);
            }
        }
        DatelinePlaces.apply(docText, sentences, raw, mentions);
        inDiscourseWindows(sentences, raw, mentions, true,
                (window, r, m) -> DocumentConsistency.apply(docText, window, r, m, tokenizer));
        AcronymExpansion.apply(docText, sentences, raw, mentions, tokenizer);
        inDiscourseWindows(sentences, raw, mentions, false, (all, r, m) -> PageNameRules.apply(docText, r, m, gazetteer));
        CountryCodes.apply(docText, sentences, raw, mentions);
        ResultLists.apply(docText, sentences, raw, mentions, gazetteer);
        inDiscourseWindows(sentences, raw, mentions, false, (all, r, m) -> OrganisationNouns.apply(docText, r, m, gazetteer));
        ConjoinedComplements.apply(docText, raw, mentions);
        PlaceNouns.apply(docText, raw, mentions, gazetteer);
        CountedNouns.apply(docText, raw, mentions);
        QuotedTitles.apply(docText, sentences, raw, mentions, gazetteer);
        QuotedStatements.apply(docText, raw, mentions);
        RegionNames.apply(docText, sentences, raw, mentions);
        SaintPlaces.apply(docText, sentences, raw, mentions);
        AgencySignOffs.apply(docText, sentences, raw, mentions);
        EnglishOfNames.apply(docText, sentences, raw, mentions);
        ParticleNames.apply(docText, sentences, raw, mentions);
        SlashedNames.apply(docText, sentences, raw, mentions);
        inDiscourseWindows(sentences, raw, mentions, false, (all, r, m) -> {
            AffiliatedNames.apply(docText, r, m, gazetteer);
            CountryNames.apply(docText, r, m, gazetteer);
            PossessiveNames.apply(docText, all, r, m, model.lexicon, gazetteer);
        });
        PartyNames.apply(docText, sentences, raw, mentions);
        for (int i = mentions.size() - 1; i >= 0; i--) {
            if (notAName(docText.substring(raw.get(i)[1], raw.get(i)[2]), mentions.get(i).label())) {
                raw.remove(i);
                mentions.remove(i);
            }
        }
        Map<String, List<String>> byLabel = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            byLabel.computeIfAbsent(mentions.get(i).label(), k -> new ArrayList<>()).add(docText.substring(r[1], r[2]));
        }
        String[] canonicals = new String[mentions.size()];
        Map<String, String> personCanonicals = null;   // a person mention's text -> its canonical name, where they differ
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            Mention m = mentions.get(i);
            String text = docText.substring(r[1], r[2]);
            canonicals[i] = canonicalizer.canonical(text, m.label(), byLabel.getOrDefault(m.label(), List.of()),
                    capitalisedWordAfter(docText, r[2]), genitiveArticleBefore(docText, r[1]),
                    definiteArticleBefore(docText, r[1]));
            if ("PER".equals(m.label()) && !canonicals[i].equals(text)) {
                if (personCanonicals == null) personCanonicals = new HashMap<>();
                personCanonicals.putIfAbsent(text, canonicals[i]);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            Mention m = mentions.get(i);
            // a person's name that points at another mention takes that mention's own name: "Walter" points at
            // "Walter Meischbergers", whose name (before "Büro") is "Walter Meischberger"
            String further = personCanonicals == null || !"PER".equals(m.label()) ? null
                    : personCanonicals.get(canonicals[i]);
            String canonical = further != null ? further : canonicals[i];
            out.add(new Entity(document.docId(), sentences.get(r[0]).sentenceNo(), docText.substring(r[1], r[2]),
                    m.label(), canonical, r[1], r[2], SOURCE, m.confidence()));
        }
        return out;
    }

    /** One space, then a capitalised letter ("Selenskyjs Büro"). */
    private static boolean capitalisedWordAfter(String text, int end) {
        return end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1));
    }

    private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "eines", "dieses", "jenes", "seines",
            "ihres", "unseres", "keines");

    /** A masculine/neuter genitive determiner and one space right before {@code start} ("des Kremls"). */
    private static boolean genitiveArticleBefore(String text, int start) {
        return GENITIVE_ARTICLES.contains(wordBefore(text, start).toLowerCase(java.util.Locale.ROOT));
    }

    /** The run of letters that ends one space before {@code start}, as written; "" if there is none. */
    static String wordBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') return "";
        int b = start - 1;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
        return text.substring(b, start - 1);
    }

    /**
     * A definite article ({@link #DEFINITE_ARTICLES}: "der", "das", "des", "dem", "den", or fused: "zur", "im", "vom" …) and
     * one space right before {@code start}, lower case; else null.
     */
    private static String definiteArticleBefore(String text, int start) {
        String word = wordBefore(text, start).toLowerCase(java.util.Locale.ROOT);
        return DEFINITE_ARTICLES.contains(word) ? word : null;
    }

    /** Definite articles, also fused with a preposition, that show the case of the name after them. */
    private static final Set<String> DEFINITE_ARTICLES = Set.of("der", "das", "des", "dem", "den", "zur", "im", "vom",
            "zum", "beim", "am");

    /** One-word holiday names, which GermEval leaves untagged ("Ostern", "Weihnachten"), from the dates package's list. */
    private static final Set<String> HOLIDAYS = WordListResource.lines("/de/newsfacts/extract/dates/holidays.txt")
            .stream().map(line -> line.substring(0, line.indexOf('='))).filter(h -> h.indexOf(' ') < 0)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Abbreviations of common nouns ({@code common-abbreviations.txt}: "SMS", "USB", "PCs"), case-sensitive. */
    private static final Set<String> COMMON_ABBREVIATIONS = WordListResource.set("common-abbreviations.txt");

    /**
     * Mentions the tagger gets wrong as a class: a holiday ("Ostern" as a place), a one-letter person ("auf der
     * Plattform X"), a "person" that is a bare organisation noun (the headline "Airline streicht Flüge") and a common
     * noun's abbreviation standing alone ("weniger SMS verschickt" as an organisation).
     */
    static boolean notAName(String text, String label) {
        return HOLIDAYS.contains(text) || "PER".equals(label)
                && (text.length() == 1 || OrganisationNouns.isBareOrganisationNoun(text))
                || COMMON_ABBREVIATIONS.contains(text);
    }

    /** Tags one sentence; mention offsets are relative to {@code sentence}. */
    List<Mention> tag(String sentence) {
        Tokenizer.TokenSpans spans = tokenizer.tokenize(sentence);
        int n = spans.size();
        List<Mention> out = new ArrayList<>();
        if (n == 0) return out;
        TagBuffers buffers = tagBuffers.get().ensure(n);
        double[] v = buffers.probabilities;
        float[] scores = buffers.scores;
        scorer.score(sentence, spans.startsArray(), spans.endsArray(), n, scores);
        int[] path = buffers.path;
        EntityModel.viterbi(scores, model.transitions, n, path, buffers.delta, buffers.back);
        int i = 0;
        while (i < n) {
            int tag = path[i];
            if (tag == 0) {
                i++;
                continue;
            }
            int label = EntityModel.labelOf(tag);
            int j = i + 1;
            while (j < n && path[j] != 0 && path[j] % 2 == 0 && EntityModel.labelOf(path[j]) == label) j++;
            if (j - i >= 3 && label != MISC_LABEL && LEADING_ARTICLES.contains(sentence.substring(spans.start(i),
                    spans.end(i)))) {
                // "Die Zürcher Kantonalbank", "Die Vereinten Nationen": the sentence's article is no part of the
                // name; two-word names keep it ("Die Linke", "Der Spiegel"), as GermEval annotates them
                i++;
            }
            double confidence = 0;
            for (int k = i; k < j; k++) confidence += localProbability(scores, path, k, v);
            out.add(new Mention(spans.start(i), spans.end(j - 1), EntityModel.LABELS[label], confidence / (j - i)));
            i = j;
        }
        return out;
    }

    /** Per-thread work arrays of {@link #tag}, grown to the longest sentence seen: tagging allocates no arrays. */
    private static final class TagBuffers {
        final double[] probabilities = new double[EntityModel.T];
        float[] scores = new float[0];
        float[] delta = new float[0];
        int[] back = new int[0];
        int[] path = new int[0];

        TagBuffers ensure(int n) {
            if (path.length < n) {
                int size = Math.max(n, 2 * path.length);
                scores = new float[size * EntityModel.T];
                delta = new float[size * EntityModel.T];
                back = new int[size * EntityModel.T];
                path = new int[size];
            }
            return this;
        }
    }

    private double localProbability(float[] scores, int[] path, int k, double[] v) {
        int T = EntityModel.T;
        int prev = k == 0 ? T : path[k - 1];
        double max = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < T; t++) {
            v[t] = (prev == T ? EntityModel.allowed(0, t) : EntityModel.allowed(prev, t))
                    ? scores[k * T + t] + model.transitions[prev * T + t] : Double.NEGATIVE_INFINITY;
            max = Math.max(max, v[t]);
        }
        double sum = 0;
        for (int t = 0; t < T; t++) sum += Math.exp(v[t] - max);
        return Math.exp(v[path[k]] - max) / sum;
    }
}
