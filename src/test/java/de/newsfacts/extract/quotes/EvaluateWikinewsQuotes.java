package de.newsfacts.extract.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.Extractor;
import de.newsfacts.extract.Quote;
import de.newsfacts.normalize.TextNormalizer;
import de.newsfacts.structure.DocumentStructurer;
import de.newsfacts.structure.StructuredDocument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Evaluates {@link QuoteExtractor} (through its public API) on the German Wikinews quotation corpus, on the text
 * the pipeline would give it: each article is normalized ({@link TextNormalizer#standard()}) and structured
 * ({@link DocumentStructurer}: document text and sentences); gold spans are mapped into that text by searching
 * their normalized strings near their expected position. Usage:
 * {@code EvaluateWikinewsQuotes <corporaDir> <train|dev|test> [dump] [entities]}; with {@code entities} the NER
 * component ({@code de.newsfacts.extract.entities.EntityExtractor.fromClasspath()}, if on the class path) feeds
 * {@link QuoteExtractor#extract(DocumentContext, List)}. Scoring rules: see docs/EVALUATION-quotes.md.
 * Evaluation only: the corpus is CC BY-NC-SA and shapes nothing that ships.
 */
public final class EvaluateWikinewsQuotes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\((\\d{4})-(\\d{2})-(\\d{2})\\)");
    private static final Set<String> PRONOUNS = Set.of("er", "sie", "es", "ich", "wir", "ihr", "man", "der",
            "die", "dieser", "diese", "letzterer", "letztere", "welcher", "welche", "das", "ihm", "ihn", "ihnen");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine",
            "einer", "eines", "einem", "einen");
    private static final Set<String> CHUNK_BREAKS = Set.of("des", "der", "eines", "einer", "von", "vom", "aus", "für", "im", "am",
            "in", "bei", "beim", "auf", "gegenüber", "zum", "zur", "mit");
    /** Particles that open a surname ("von der Leyen", "de Maizière"). */
    private static final Set<String> NAME_PARTICLES = Set.of("von", "van", "de", "del", "da", "di", "zu", "al",
            "el", "ten", "ter", "le", "la");
    /** Possessive determiners after {@link #tokens} (a final -s stripped: "seines" is "seine"). */
    private static final Set<String> POSSESSIVES = Set.of("sein", "seine", "seiner", "seinem", "seinen", "ihr",
            "ihre", "ihrer", "ihrem", "ihren", "dessen", "deren",
            // the reflexive "eigen" points back like a possessive ("nach eigenen Angaben": the subject's own)
            "eigene", "eigener", "eigenem", "eigenen");
    private static final Set<String> SOURCE_HEADS = Set.of("angaben", "angabe", "informationen", "worten",
            "aussagen", "aussage", "ansicht", "meinung", "auffassung", "einschätzung", "darstellung", "darstellungen", "bewertung", "berichten",
            "bericht", "mitteilung", "erklärung", "sprecher", "sprecherin", "schätzungen", "erkenntnissen",
            // statistics and surveys name their author like "Angaben" ("Berechnungen eines US-Forschers")
            "schätzung", "berechnungen", "berechnung", "umfrage", "studie", "erhebung", "statistik", "prognose",
            "zahlen", "daten", "hochrechnungen");

    record Gold(String type, int start, int end, String text, String speaker, int speakerStart) {
    }

    static final class Counts {
        int gold;
        int pred;
        int tpLenient;
        int tpStrict;
        int speakerEval;
        int speakerCorrect;
        int speakerUnresolvable;
        int speakerEvalNamed;
        int speakerCorrectNamed;

        String line(String name) {
            return String.format(Locale.ROOT,
                    "%-22s gold %4d pred %4d | lenient P %.3f R %.3f F1 %.3f | strict P %.3f R %.3f F1 %.3f"
                            + " | speaker acc %.3f (%d/%d, %d gold pronoun unresolved; gold not a pronoun %.3f %d/%d)",
                    name, gold, pred, p(tpLenient, pred), p(tpLenient, gold), f1(tpLenient),
                    p(tpStrict, pred), p(tpStrict, gold), f1(tpStrict),
                    p(speakerCorrect, speakerEval), speakerCorrect, speakerEval, speakerUnresolvable,
                    p(speakerCorrectNamed, speakerEvalNamed), speakerCorrectNamed, speakerEvalNamed);
        }

        private double f1(int tp) {
            double pr = p(tp, pred);
            double re = p(tp, gold);
            return pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
        }

        private static double p(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    record Prepared(String id, DocumentContext ctx, List<Gold> gold, List<Entity> entities) {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpora").resolve("wikinews_quotes_de");
        String split = args.length > 1 ? args[1] : "test";
        Set<String> flags = new HashSet<>(args.length > 2 ? List.of(args).subList(2, args.length) : List.of());
        boolean dump = flags.contains("dump");
        Path file = dir.resolve("wikinews_de_quotes_" + split + ".jsonl.gz");
        if (!Files.isRegularFile(file)) {
            System.out.println("SKIP: corpus not found at " + file.toAbsolutePath());
            return;
        }
        Extractor<Entity> ner = flags.contains("entities") ? entityExtractor() : null;
        List<JsonNode> docs = read(file);
        QuoteExtractor extractor = new QuoteExtractor();
        TextNormalizer normalizer = TextNormalizer.standard();
        DocumentStructurer structurer = new DocumentStructurer();
        List<Prepared> prepared = new ArrayList<>();
        int goldTotal = 0;
        int goldUnmapped = 0;
        for (JsonNode doc : docs) {
            String original = doc.get("originalText").asText();
            String id = doc.get("documentName").asText();
            StructuredDocument sd = structurer.structure(id, normalizer.normalize(original));
            DocumentContext ctx = new DocumentContext(id, sd.text(), sd.sentences(), published(id));
            List<Gold> gold = new ArrayList<>();
            for (Gold g : gold(doc)) {
                goldTotal++;
                Gold m = map(g, original, sd.text(), normalizer);
                if (m == null) {
                    goldUnmapped++;
                    if (dump) {
                        System.out.println("UNMAPPED " + id + " | " + g.type() + " | " + g.text());
                    }
                } else {
                    gold.add(m);
                }
            }
            gold.sort((x, y) -> Integer.compare(x.start(), y.start()));
            prepared.add(new Prepared(id, ctx, gold, ner == null ? List.of() : ner.extract(ctx)));
        }
        Counts direct = new Counts();
        List<int[]> speakerByArticle = new ArrayList<>();   // per article: direct quotes with a speaker to judge, right
        Counts indirect = new Counts();
        Counts reported = new Counts();
        long chars = 0;
        int predDirect = 0;
        int predPartial = 0;
        int predIndirect = 0;
        for (Prepared p : prepared) {
            String text = p.ctx().text();
            String id = p.id();
            List<Quote> quotes = extractor.extract(p.ctx(), p.entities());
            chars += text.length();
            if (DEBUG_DOC != null && id.startsWith(DEBUG_DOC)) {
                for (Entity e : p.entities()) {
                    System.out.println("ENT " + e.label() + " | " + e.text() + " | " + e.canonical() + " @" + e.charStart());
                }
                for (Quote q : quotes) {
                    System.out.println("Q " + q.kind() + " | " + q.text() + " | spk=" + q.speaker() + " | cue=" + q.cue());
                }
            }
            for (Quote q : quotes) {
                if (!text.substring(q.charStart(), q.charEnd()).equals(q.text())) {
                    throw new IllegalStateException("offset invariant broken in " + id + ": " + q);
                }
                switch (q.kind()) {
                    case "direct" -> predDirect++;
                    case "partial" -> predPartial++;
                    default -> predIndirect++;
                }
            }
            List<Gold> gold = p.gold();
            List<Quote> dq = quotes.stream().filter(q -> !q.kind().equals("indirect")).toList();
            List<Quote> iq = quotes.stream().filter(q -> q.kind().equals("indirect")).toList();
            int evalBefore = direct.speakerEval;
            int correctBefore = direct.speakerCorrect;
            score(text, gold, Set.of("Direct"), dq, direct, dump ? "DIRECT " + id : null);
            if (direct.speakerEval > evalBefore) {
                speakerByArticle.add(new int[] {direct.speakerEval - evalBefore, direct.speakerCorrect - correctBefore});
            }
            score(text, gold, Set.of("Indirect"), iq, indirect, dump ? "INDIRECT " + id : null);
            score(text, gold, Set.of("Indirect", "IndirectFreeIndirect", "FreeIndirect"), iq, reported, null);
        }
        System.out.printf(Locale.ROOT, "Wikinews quotes, split %s, %s entities: %d articles, %d chars of pipeline"
                        + " text (normalized, structured); %d of %d gold spans not found in it; predicted %d direct,"
                        + " %d partial, %d indirect%n", split, ner == null ? "without" : "with", docs.size(), chars,
                goldUnmapped, goldTotal, predDirect, predPartial, predIndirect);
        System.out.println(direct.line("direct+partial"));
        System.out.println(speakerInterval(speakerByArticle));
        System.out.println(indirect.line("indirect"));
        System.out.println(reported.line("indirect(all reported)"));
        long warm = 0;
        long words = 0;
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            for (Prepared p : prepared) {
                extractor.extract(p.ctx(), p.entities());
            }
            warm = System.nanoTime() - t0;
        }
        for (Prepared p : prepared) {
            words += p.ctx().text().split("\\s+").length;
        }
        System.out.printf(Locale.ROOT, "extract() warm pass %.0f ms, %.2f MB/s, %.0f words/s (single thread)%n",
                warm / 1e6, chars / (warm / 1e9) / 1e6, words / (warm / 1e9));
    }

    /**
     * A 95 % interval for the direct-quote speaker accuracy by resampling articles (a cluster bootstrap, 10,000
     * draws, fixed seed): quotes of one article share their speakers and errors, so the quote count overstates how
     * much the figure can be trusted.
     */
    static String speakerInterval(List<int[]> byArticle) {
        if (byArticle.isEmpty()) {
            return "direct speaker accuracy: no article with a speaker to judge";
        }
        java.util.Random random = new java.util.Random(20141201);
        int draws = 10_000;
        double[] accuracy = new double[draws];
        for (int d = 0; d < draws; d++) {
            long judged = 0;
            long right = 0;
            for (int k = 0; k < byArticle.size(); k++) {
                int[] a = byArticle.get(random.nextInt(byArticle.size()));
                judged += a[0];
                right += a[1];
            }
            accuracy[d] = (double) right / judged;
        }
        java.util.Arrays.sort(accuracy);
        return String.format(Locale.ROOT, "direct speaker accuracy, 95%% interval by article bootstrap (%d articles):"
                + " %.3f-%.3f", byArticle.size(), accuracy[(int) (draws * 0.025)], accuracy[(int) (draws * 0.975)]);
    }

    @SuppressWarnings("unchecked")
    private static Extractor<Entity> entityExtractor() throws Exception {
        Class<?> c;
        try {
            c = Class.forName("de.newsfacts.extract.entities.EntityExtractor");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("entities requested but EntityExtractor is not on the class path");
        }
        return (Extractor<Entity>) c.getMethod("fromClasspath").invoke(null);
    }

    /**
     * The gold span in the pipeline text: its normalized string, at the occurrence nearest to where the original
     * offset would fall proportionally; null when it is not there (e.g. inside a block dropped as boilerplate).
     */
    static Gold map(Gold g, String original, String text, TextNormalizer normalizer) {
        int[] q = find(original.substring(g.start(), g.end()), g.start(), original, text, normalizer);
        if (q == null) {
            return null;
        }
        int spk = g.speakerStart();
        int[] sp = g.speaker() == null || g.speaker().isBlank() || spk < 0 || spk >= original.length() ? null
                : find(original.substring(spk, Math.min(original.length(), spk + Math.max(1, g.speaker().length()))),
                spk, original, text, normalizer);
        return new Gold(g.type(), q[0], q[1], normalizer.normalize(g.text()), g.speaker(), sp == null ? q[0] : sp[0]);
    }

    private static int[] find(String raw, int originalStart, String original, String text, TextNormalizer n) {
        String needle = n.normalize(raw).strip();
        if (needle.isEmpty()) {
            return null;
        }
        int expected = (int) ((long) originalStart * text.length() / Math.max(1, original.length()));
        int best = -1;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            if (best < 0 || Math.abs(i - expected) < Math.abs(best - expected)) {
                best = i;
            }
        }
        return best < 0 ? null : new int[] {best, best + needle.length()};
    }

    /** Also print the true positives (for rule analysis): system property {@code quotes.dumpTp=true}. */
    private static final boolean DUMP_TP = Boolean.getBoolean("quotes.dumpTp");
    /** Print entities and quotes of the articles whose name starts with this (system property {@code quotes.doc}). */
    private static final String DEBUG_DOC = System.getProperty("quotes.doc");

    private static void score(String text, List<Gold> allGold, Set<String> types, List<Quote> pred, Counts c,
                              String dumpTag) {
        List<Gold> gold = allGold.stream().filter(g -> types.contains(g.type())).toList();
        c.gold += gold.size();
        c.pred += pred.size();
        boolean[] used = new boolean[gold.size()];
        boolean[] usedStrict = new boolean[gold.size()];
        for (Quote q : pred) {
            int best = -1;
            int bestOverlap = 0;
            for (int g = 0; g < gold.size(); g++) {
                int ov = Math.min(q.charEnd(), gold.get(g).end()) - Math.max(q.charStart(), gold.get(g).start());
                if (!used[g] && ov > bestOverlap) {
                    best = g;
                    bestOverlap = ov;
                }
            }
            for (int g = 0; g < gold.size(); g++) {
                if (!usedStrict[g] && norm(q.text()).equals(norm(gold.get(g).text()))) {
                    usedStrict[g] = true;
                    c.tpStrict++;
                    break;
                }
            }
            if (best < 0) {
                if (dumpTag != null) {
                    System.out.println("FP " + dumpTag + " | " + q.kind() + " | " + q.text() + " | spk=" + q.speaker()
                            + " | ctx=" + ctx(text, q.charStart(), q.charEnd()));
                }
                continue;
            }
            used[best] = true;
            c.tpLenient++;
            if (dumpTag != null && DUMP_TP) {
                System.out.println("TP " + dumpTag + " | " + q.kind() + " | " + q.text() + " | spk=" + q.speaker()
                        + " | ctx=" + ctx(text, q.charStart(), q.charEnd()));
            }
            Gold g = gold.get(best);
            if (dumpTag != null && !norm(q.text()).equals(norm(g.text()))) {
                // a lenient match with other boundaries than the gold span (strict miss)
                System.out.println("BND " + dumpTag + " | ours=" + q.text().replace('\n', ' ') + " | gold="
                        + g.text().replace('\n', ' '));
            }
            Set<String> ok = acceptableSpeakers(g, allGold, text);
            if (ok == null) {
                c.speakerUnresolvable++;
            } else if (!ok.isEmpty()) {
                c.speakerEval++;
                boolean named = !pronounLike(g.speaker());
                if (named) {
                    c.speakerEvalNamed++;
                }
                if (q.speaker() != null && speakerMatches(q.speaker(), ok)) {
                    c.speakerCorrect++;
                    if (named) {
                        c.speakerCorrectNamed++;
                    }
                } else if (dumpTag != null) {
                    System.out.println("SPK " + dumpTag + " | ours=" + q.speaker() + " | gold=" + g.speaker()
                            + " | cue=" + q.cue() + " | ctx=" + ctx(text, Math.min(q.charStart(), g.speakerStart()),
                            q.charEnd()));
                }
            }
        }
        if (dumpTag != null) {
            for (int g = 0; g < gold.size(); g++) {
                if (!used[g]) {
                    System.out.println("FN " + dumpTag + " | " + gold.get(g).type() + " | " + gold.get(g).text()
                            + " | ctx=" + ctx(text, gold.get(g).start(), gold.get(g).end()));
                }
            }
        }
    }

    private static String ctx(String text, int s, int e) {
        return text.substring(Math.max(0, s - 100), Math.min(text.length(), e + 40)).replace('\n', ' ');
    }

    /**
     * Strings accepted as the gold speaker: null when the gold speaker is a pronoun without a non-pronoun
     * speaker before it, empty when there is no gold speaker.
     */
    static Set<String> acceptableSpeakers(Gold g, List<Gold> all, String text) {
        String sp = g.speaker();
        if (sp == null || sp.isBlank()) {
            return Set.of();
        }
        Set<String> ok = new HashSet<>();
        ok.addAll(titledName(sp, text.substring(0, Math.max(0, Math.min(g.start(), g.speakerStart())))));
        boolean pronoun = PRONOUNS.contains(sp.strip().toLowerCase(Locale.ROOT));
        if (pronoun || possessiveSource(sp)) {
            Gold prev = null;
            for (Gold o : all) {
                if (o.start() < g.start() && o.speaker() != null && !o.speaker().isBlank()
                        && !pronounLike(o.speaker())
                        && (prev == null || o.start() > prev.start())) {
                    prev = o;
                }
            }
            if (prev == null && pronoun) {
                return null;
            }
            if (prev != null) {
                // "seiner Meinung nach": the possessor, resolved like a pronoun; the noun itself stays accepted
                ok.addAll(acceptedStrings(prev.speaker()));
            }
            if (pronoun) {
                return ok;
            }
        }
        ok.addAll(acceptedStrings(sp));
        return ok;
    }

    private static final Pattern BARE_ROLE = Pattern.compile("(?i:der|die|das)\\s+(\\p{Lu}[\\p{L}-]{3,})");
    private static final Pattern NAME_FOLLOWS = Pattern.compile("\\s+(?:(?:Dr|Prof)\\.\\s+)*\\p{Lu}");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}-])\\p{Lu}[\\p{L}-]*");
    private static final Pattern TITLED_NAME = Pattern.compile(
            "(?<![\\p{L}-])([\\p{Lu}][\\p{L}-]*)\\s+(?:(?:Dr|Prof)\\.\\s+)*"
                    + "(\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:(?:von|van|de|der|zu|al|el)\\s+)*\\p{Lu}[\\p{L}'-]*){0,3})");

    /**
     * A gold speaker that is a bare role ("die Ministerin", "der Bundestrainer") names the person the text
     * introduced with that title before the quote ("Bundesbildungsministerin Annette Schavan"; a singular dative
     * "dem Präsidenten X" too): the corpus annotates the role phrase and links it to no one, and a speaker column
     * with the name is right. Accepted only when exactly one surname carries that title before the quote; the
     * surname is accepted as the end of a name ("SUFFIX:"). An organisation whose one-word name ends in the noun
     * ("Bundesverwaltungsgericht" for "das Gericht") counts as such a holder. Empty when the gold speaker is no
     * bare role.
     */
    static Set<String> titledName(String goldSpeaker, String textBefore) {
        Matcher role = BARE_ROLE.matcher(goldSpeaker.strip());
        if (!role.matches()) {
            return Set.of();
        }
        String noun = role.group(1).toLowerCase(Locale.ROOT);
        String surname = null;
        Matcher m = TITLED_NAME.matcher(textBefore);
        int from = 0;
        while (m.find(from)) {
            from = m.start(2); // the name may itself open the next match
            String title = m.group(1).toLowerCase(Locale.ROOT);
            boolean inflected = noun.endsWith("e") ? title.endsWith(noun + "n")
                    : !noun.endsWith("er") && !noun.endsWith("el") && title.endsWith(noun + "en");
            if (!title.endsWith(noun) && !inflected) {
                continue;
            }
            String[] words = m.group(2).split("\\s+");
            List<String> tok = tokens(words[words.length - 1]); // as the speakers are compared: "Schavans" -> "schavan"
            if (tok.isEmpty()) {
                continue;
            }
            String last = tok.get(tok.size() - 1);
            if (surname != null && !surname.equals(last)) {
                return Set.of(); // two holders of the title: the role stays unresolved
            }
            surname = last;
        }
        // "das Gericht" for the "Bundesverwaltungsgericht" named before: a longer word ending in the noun
        Matcher w = CAPITALISED_WORD.matcher(textBefore);
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            // a title before a name ("Bundesbildungsministerin Annette Schavan") was counted above
            boolean title = NAME_FOLLOWS.matcher(textBefore).region(w.end(), textBefore.length()).lookingAt();
            if (!title && word.length() > noun.length() && word.endsWith(noun) && !word.endsWith("-" + noun)) {
                String name = tokens(word).get(0);
                if (surname != null && !surname.equals(name)) {
                    return Set.of();
                }
                surname = name;
            }
        }
        return surname == null ? Set.of() : Set.of(surname, "SUFFIX:" + surname);
    }

    /** A pronoun, or a source noun with a possessive ("seiner Ansicht", "ihrer Meinung"): it names no one itself. */
    static boolean pronounLike(String speaker) {
        return PRONOUNS.contains(speaker.strip().toLowerCase(Locale.ROOT)) || possessiveSource(speaker);
    }

    private static boolean possessiveSource(String speaker) {
        List<String> tok = tokens(speaker);
        return tok.size() == 2 && POSSESSIVES.contains(tok.get(0)) && isSourceHead(tok.get(1));
    }

    /** A name in quotation marks inside a gold speaker ("Angaben des Magazins „Der Spiegel“"). */
    private static final Pattern QUOTED_NAME = Pattern.compile("[„\"»«“]([^„“”\"»«]{1,60})[“”\"«»]");

    static Set<String> acceptedStrings(String sp) {
        Set<String> ok = new HashSet<>();
        ok.add(String.join(" ", tokens(sp)));
        // a quoted name in the gold speaker is the name of the medium or body that spoke, accepted
        // whole like a source complement ("Angaben des Magazins „Der Spiegel“" accepts "Der Spiegel"; before only
        // the head "Magazin")
        Matcher quoted = QUOTED_NAME.matcher(sp);
        while (quoted.find()) {
            List<String> name = tokens(quoted.group(1));
            if (!name.isEmpty()) {
                ok.add(String.join(" ", name));
            }
        }
        boolean firstChunk = true;
        for (String chunk : sp.split("[,(]")) {
            List<String> tok = tokens(chunk);
            if (tok.isEmpty()) {
                continue;
            }
            ok.add(String.join(" ", tok));
            String head = head(tok);
            // a later chunk with "und" may end a list ("Die Minister Frankreichs, Italiens und Österreichs"):
            // its first conjunct is no speaker
            addHeads(ok, tok, firstChunk);
            firstChunk = false;
            if (isSourceHead(head)) {
                // the complement of a source noun, from its first content word on ("Aussagen der Anwältin des
                // Opfers" -> "anwältin des opfer", head "anwältin")
                int i = tok.indexOf(head) + 1;
                while (i < tok.size() && (CHUNK_BREAKS.contains(tok.get(i)) || ARTICLES.contains(tok.get(i)))) {
                    i++;
                }
                List<String> rest = tok.subList(i, tok.size());
                if (!rest.isEmpty()) {
                    addHeads(ok, rest, true);
                    ok.add(String.join(" ", rest));
                }
            }
            if (tok.size() >= 2 && NAME_PARTICLES.contains(tok.get(0))) {
                ok.add("SUFFIX:" + String.join(" ", tok)); // "Von der Leyen" accepts "Ursula von der Leyen"
            }
            for (int i = 1; i + 2 <= tok.size(); i++) {
                // a name closing the chunk after a role and its complement ("der Chef des Verwaltungsrats Ulrich
                // Müller" accepts "Ulrich Müller"): two or more words, not right after an article or preposition
                if (!CHUNK_BREAKS.contains(tok.get(i - 1)) && !ARTICLES.contains(tok.get(i - 1))
                        && CHUNK_BREAKS.stream().anyMatch(tok.subList(0, i)::contains)) {
                    ok.add("TAIL:" + String.join(" ", tok.subList(i, tok.size())));
                }
            }
        }
        return ok;
    }

    /**
     * The chunk's head; for a coordination also the first conjunct's head ("Erklärung des Betriebsrats und der IG
     * Metall" → "betriebsrat"; before, the head of that complement was the word "und").
     */
    private static void addHeads(Set<String> ok, List<String> tok, boolean firstConjunct) {
        String head = head(tok);
        if (!head.equals("und")) {
            ok.add("HEAD:" + head);
        }
        int and = tok.indexOf("und");
        if (firstConjunct && and >= 1) {
            ok.add("HEAD:" + head(tok.subList(0, and)));
        }
    }

    /** A source head or a compound ending in one ("pressemitteilung", "polizeibericht"). */
    private static boolean isSourceHead(String head) {
        for (String h : SOURCE_HEADS) {
            if (head.endsWith(h)) {
                return true;
            }
        }
        return false;
    }

    static boolean speakerMatches(String ours, Set<String> ok) {
        List<String> tok = tokens(ours);
        if (tok.isEmpty()) {
            return false;
        }
        String joined = String.join(" ", tok);
        if (ok.contains(joined) || ok.contains("HEAD:" + head(tok)) || tok.size() >= 2 && ok.contains("TAIL:" + joined)) {
            return true;
        }
        for (String a : ok) {
            if (a.startsWith("SUFFIX:") && joined.endsWith(" " + a.substring(7))) {
                return true;
            }
        }
        return false;
    }

    /** Last token of the first chunk (before a genitive/prepositional complement). */
    private static String head(List<String> tok) {
        int end = tok.size();
        int start = 0;
        while (start + 1 < tok.size() && (CHUNK_BREAKS.contains(tok.get(start)) || ARTICLES.contains(tok.get(start)))) {
            start++; // "in einer Pressemitteilung des CCC": a leading preposition and article are no head
        }
        for (int i = start + 1; i < tok.size(); i++) {
            if (CHUNK_BREAKS.contains(tok.get(i))) {
                end = i;
                break;
            }
        }
        return tok.get(end - 1);
    }

    /** Case-folded tokens without leading articles, genitive -s stripped. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
            if (w.isEmpty() || out.isEmpty() && ARTICLES.contains(w)) {
                continue;
            }
            // function words keep their -s: "eines" must stay a chunk break, not become "eine"
            boolean function = ARTICLES.contains(w) || CHUNK_BREAKS.contains(w);
            String base = !function && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                    ? w.substring(0, w.length() - 1) : w;
            // a genitive "-es": the "e" goes too, so that gold "Bundesamtes" accepts "Bundesamt"
            if (!function && base.length() < w.length() && base.length() > 3 && base.endsWith("e")) {
                base = base.substring(0, base.length() - 1);
            }
            out.add(base);
        }
        return out;
    }

    /** Text for strict matching: no quote marks, no leading dass/ob/wonach, no final punctuation, single spaces. */
    static String norm(String s) {
        String x = s.replaceAll("[„“”\"»«‚‘’‹›]", " ").strip();
        x = x.replaceFirst("^(?i)(dass|daß|ob|wonach)\\s+", "");
        x = x.replaceAll("[\\s.,;:!?…]+$", "");
        return x.replaceAll("\\s+", " ").strip();
    }

    private static List<Gold> gold(JsonNode doc) {
        String text = doc.get("originalText").asText();
        List<Gold> out = new ArrayList<>();
        for (JsonNode a : doc.get("annotations")) {
            JsonNode spans = a.get("quote").get("spans");
            if (spans.isEmpty()) {
                continue;
            }
            int s = Integer.MAX_VALUE;
            int e = 0;
            StringBuilder sb = new StringBuilder();
            for (JsonNode sp : spans) {
                int b = sp.get("charBegin").asInt();
                int en = sp.get("charEnd").asInt();
                s = Math.min(s, b);
                e = Math.max(e, en);
                sb.append(sb.isEmpty() ? "" : " ").append(text, b, en);
            }
            JsonNode spk = a.get("speaker");
            int spkStart = spk.get("spans").isEmpty() ? s : spk.get("spans").get(0).get("charBegin").asInt();
            out.add(new Gold(a.get("type").asText(), s, e, sb.toString(), spk.get("text").asText(), spkStart));
        }
        out.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return out;
    }

    private static List<JsonNode> read(Path file) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    docs.add(JSON.readTree(line));
                }
            }
        }
        return docs;
    }

    static java.time.LocalDate published(String name) {
        Matcher m = DATE.matcher(name);
        return m.find() ? java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))) : null;
    }
}
