package de.newsfacts.extract.quotes;

import java.util.List;
import java.util.Set;

/**
 * Recognises speech cues among tokens. Rules:
 * <ul>
 *   <li>A verb cue is a form from {@code speech-verbs.txt}; a separable verb's main-clause form counts only when
 *       its particle is the last word of the same clause ("teilte am Montag mit", "wies … zurück"); the cue text
 *       is then "verb particle" (e.g. "teilte mit"); a short bracket between verb and particle is skipped ("teilte
 *       der Deutsche Wetterdienst (DWD) mit"), and so is a name in apposition ("gab der Leiter, Hans Huber,
 *       bekannt"). Written apart at the end of its clause, the particle before the verb counts when the joined word
 *       is listed ("wie X bekannt gab,"). "melden" and "fügen" with "sich" in their clause are no cue ("900
 *       hätten sich gemeldet", "fügt sich nahtlos an").</li>
 *   <li>Attribution cues without a verb: "laut", "zufolge", "gemäß", "nach" + source noun ("nach Angaben",
 *       "nach Worten", "nach eigenen Angaben"), "so" after a comma ("…, so der Minister"), "heißt/hieß es", "es … geheißen" ("hatte es geheißen"), "verlautet(e)" ("Aus Kreisen verlautete, …").</li>
 * </ul>
 */
final class SpeechCues {

    /** A cue found at token {@code first}..{@code last} (inclusive); {@code text} is the cue as written. */
    record Cue(int first, int last, String text, Kind kind) {
        /**
         * CLAIM: a verb of deciding ({@code decision-verbs.txt}), a claim noun or an attributing relative ("Gerüchte,
         * nach denen …"); its speaker decided or claimed, and is not carried on to later quotes as the last speaker.
         */
        enum Kind { VERB, SO, LAUT, ZUFOLGE, NACH_SOURCE, HEISST_ES, CLAIM }
    }

    private static final Set<String> CLAUSE_END = Set.of(",", ".", ":", ";", "!", "?", "(", ")", "–", "—");
    private static final Set<String> AFTER_PARTICLE = Set.of(",", ".", ":", ";", "!", "?", "(", ")", "–", "—",
            "„", "“", "”", "\"", "»", "«");

    private final QuoteLexicon lex;

    SpeechCues(QuoteLexicon lex) {
        this.lex = lex;
    }

    /** The verb cue at token {@code i}, or null. {@code limit} is the exclusive token bound of the sentence. */
    Cue verbCueAt(List<Token> t, int i, int limit) {
        Token tok = t.get(i);
        if (!tok.lowercase()) {
            return null; // verbs are lower case; "Angaben" is no "angaben"
        }
        List<QuoteLexicon.VerbForm> forms = lex.verbForms(tok.lower());
        if (!forms.isEmpty() && i > 0 && (t.get(i - 1).lower().equals("zu") && impersonalInfinitive(t, i, limit)
                || tok.lower().equals("genannt") && t.get(i - 1).lower().equals("so"))) {
            return null; // "Bleibt zu hoffen, dass …", "wie zu erwarten war"; "so genannt, weil …" names
        }
        if (REFLEXIVE_OTHER_SENSE.contains(tok.lower()) && reflexive(t, i, limit)
                || WRITE_FORMS.contains(tok.lower()) && writesFigures(t, i, limit)) {
            return null;
        }
        Cue cue = forms.isEmpty() ? null : cueOf(t, i, limit, forms);
        return cue != null ? cue : particleBefore(t, i, limit);
    }

    /** Finite auxiliaries that may close a verb-final cluster after a participle ("bekannt gegeben worden war"). */
    private static final Set<String> CLUSTER_AUXILIARIES = Set.of("worden", "hat", "hatte", "haben", "hatten",
            "habe", "ist", "war", "sei", "wurde", "wurden", "werde", "werden");

    /**
     * A separable verb written apart at the end of its clause ("wie die Bank bekannt gab,", "hat X bekannt gegeben,
     * dass"): the particle right before the verb and the joined word a listed form without a required particle
     * ("bekanntgab", "bekanntgegeben"); the verb closes its clause (a comma or end, possibly after auxiliaries).
     */
    private Cue particleBefore(List<Token> t, int i, int limit) {
        // not "zu": before a verb it marks the infinitive ("die Grenzen zu sichern", never "zusichern" written apart)
        if (i < 1 || !t.get(i - 1).lowercase() || !lex.isParticle(t.get(i - 1).lower())
                || t.get(i - 1).lower().equals("zu")) {
            return null;
        }
        int k = i + 1;
        while (k < limit && CLUSTER_AUXILIARIES.contains(t.get(k).lower())) {
            k++;
        }
        if (k < limit && t.get(k).word()) {
            return null;
        }
        for (QuoteLexicon.VerbForm f : lex.verbForms(t.get(i - 1).lower() + t.get(i).lower())) {
            if (f.particle() == null) {
                return new Cue(i - 1, i, t.get(i - 1).text() + " " + t.get(i).text(), Cue.Kind.VERB);
            }
        }
        return null;
    }

    /**
     * The cue of a verb of deciding, agreeing or instructing at token {@code i} ({@code decision-verbs.txt}, with
     * its separable particle later in the clause as for speech verbs), or null.
     */
    Cue decisionCueAt(List<Token> t, int i, int limit) {
        Token tok = t.get(i);
        if (!tok.lowercase()) {
            return null;
        }
        List<QuoteLexicon.VerbForm> forms = lex.decisionForms(tok.lower());
        Cue c = forms.isEmpty() ? null : cueOf(t, i, limit, forms);
        return c == null ? null : new Cue(c.first(), c.last(), c.text(), Cue.Kind.CLAIM);
    }

    private static Cue cueOf(List<Token> t, int i, int limit, List<QuoteLexicon.VerbForm> forms) {
        Token tok = t.get(i);
        boolean plain = false;
        for (QuoteLexicon.VerbForm f : forms) {
            if (f.particle() == null) {
                plain = true;
                continue;
            }
            int p = particleIndex(t, i, limit, f.particle());
            if (p > 0) {
                return new Cue(i, p, tok.text() + " " + t.get(p).text(), Cue.Kind.VERB);
            }
        }
        // "heißt es" / "hieß es" are not in the verb list: handled by attributionCueAt
        return plain ? new Cue(i, i, tok.text(), Cue.Kind.VERB) : null;
    }

    /** Forms of "sein", "bleiben", "gelten" and "lassen" that make a zu-infinitive impersonal. */
    private static final Set<String> IMPERSONAL_FRAMES = Set.of("ist", "sei", "war", "wäre", "sind", "seien", "waren",
            "wären", "bleibt", "bliebe", "blieb", "gilt", "galt", "gelte", "lässt", "lasse", "ließ");
    /** Conjunctions of a zu-infinitive that states a circumstance ("ohne um Erlaubnis zu bitten"). */
    private static final Set<String> CIRCUMSTANCE = Set.of("ohne", "statt", "anstatt");
    /** Attitude verbs whose zu-infinitive never reports ("Es gibt Grund zu hoffen", "zu befürchten"). */
    private static final Set<String> ATTITUDES = Set.of("hoffen", "erwarten", "befürchten", "fürchten", "wünschen",
            "begrüßen");

    /**
     * The zu-infinitive at {@code verb} reports no one's words: its clause (between commas or colons) has a form of
     * sein/bleiben/gelten/lassen ("Bleibt zu hoffen, dass", "wie es zu erwarten war", "Es ist Fiktion zu sagen",
     * "Es sei zu früh, um zu behaupten"), it opens the sentence ("Zu fragen sei, ob"), opens with "ohne/statt", or
     * the verb is an attitude ("zu hoffen"). A speaker's own zu-infinitive still reports: "nicht müde wird zu betonen,
     * dass", "vor die Presse, um zu verkünden, dass", "legte Wert darauf zu betonen", "war es wichtig zu betonen".
     */
    private static boolean impersonalInfinitive(List<Token> t, int verb, int limit) {
        if (ATTITUDES.contains(t.get(verb).lower())) {
            return true;
        }
        int a = verb - 1;
        while (a > 0 && a > verb - 14 && !CLAUSE_END.contains(t.get(a - 1).text())) {
            a--;
        }
        if (a == verb - 1 && (a == 0 || !t.get(a - 1).is(','))) {
            return true; // "Zu fragen sei, ob …": the infinitive opens the sentence
        }
        if (CIRCUMSTANCE.contains(t.get(a).lower())) {
            return true;
        }
        int b = verb + 1;
        while (b < limit && b < verb + 8 && !CLAUSE_END.contains(t.get(b).text())) {
            b++;
        }
        boolean frame = false;
        for (int k = a; k < b; k++) {
            String w = t.get(k).lower();
            if (OWN_CONCERN.contains(w)) {
                return false; // "SPD und Linken war es wichtig zu betonen, dass …": their own statement
            }
            frame |= IMPERSONAL_FRAMES.contains(w);
        }
        return frame;
    }

    /** Words of a frame in which the zu-infinitive is the experiencer's own act ("war es ihm wichtig zu betonen"). */
    private static final Set<String> OWN_CONCERN = Set.of("wichtig", "anliegen", "bedürfnis");

    /** Swiss spellings with "ss" for "ß" of the attribution cues. */
    private static final Set<String> SWISS_SPELLINGS = Set.of("gemäss", "heisst", "hiess", "geheissen");

    /**
     * Forms of "melden", which with "sich" means to come forward, not to report ("900 hätten sich gemeldet"), and of
     * "fügen", which with "sich" means to fit ("Die Geschichte fügt sich nahtlos an das Spiel an").
     */
    private static final Set<String> REFLEXIVE_OTHER_SENSE = Set.of("meldet", "melden", "meldete", "meldeten",
            "gemeldet", "fügt", "fügen", "fügte", "fügten");

    /** Forms of "schreiben", which with figures as object means to post them ("Verluste geschrieben"). */
    private static final Set<String> WRITE_FORMS = Set.of("schreibt", "schreiben", "schrieb", "schrieben",
            "geschrieben");
    /** Objects of "schreiben" in that sense: "rote Zahlen", "Verluste", "Gewinne", "Geschichte", "Schlagzeilen". */
    private static final Set<String> WRITTEN_FIGURES = Set.of("zahlen", "verlust", "verluste", "gewinn", "gewinne",
            "defizit", "defizite", "geschichte", "schlagzeilen");

    /** One of {@link #WRITTEN_FIGURES} right before the verb or within three words after it. */
    private static boolean writesFigures(List<Token> t, int verb, int limit) {
        if (verb > 0 && WRITTEN_FIGURES.contains(t.get(verb - 1).lower())) {
            return true;
        }
        for (int j = verb + 1; j < Math.min(limit, verb + 4) && t.get(j).word(); j++) {
            if (WRITTEN_FIGURES.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "sich" within the verb's clause: up to six tokens before it or right after it. */
    private static boolean reflexive(List<Token> t, int verb, int limit) {
        for (int j = verb - 1; j >= Math.max(0, verb - 6) && t.get(j).word(); j--) {
            if (t.get(j).lower().equals("sich")) {
                return true;
            }
        }
        return verb + 1 < limit && t.get(verb + 1).lower().equals("sich");
    }

    private static int particleIndex(List<Token> t, int verb, int limit, String particle) {
        int max = Math.min(limit, verb + 16);
        for (int j = verb + 1; j < max; j++) {
            Token tok = t.get(j);
            if (!tok.word()) {
                int past = SpeakerPhrases.skipBracket(t, j, max);
                if (past > j) {
                    j = past - 1; // "teilte der Deutsche Wetterdienst (DWD) mit": an acronym in brackets
                    continue;
                }
                int apposition = tok.is(',') ? appositionEnd(t, j, max) : -1;
                if (apposition > j) {
                    j = apposition; // "gab der Leiter des Amtes, Hans Huber, bekannt": a name in apposition
                    continue;
                }
                if (CLAUSE_END.contains(tok.text())) {
                    return -1;
                }
                continue;
            }
            if (tok.lower().equals(particle)) {
                boolean clauseEnds = j + 1 >= limit || AFTER_PARTICLE.contains(t.get(j + 1).text())
                        || t.get(j + 1).lower().equals("dass");
                if (clauseEnds) {
                    return j;
                }
            }
        }
        return -1;
    }

    /**
     * A verb-less attribution cue at token {@code i} ("laut", "zufolge", "nach Angaben", "so", "heißt es"),
     * or null.
     */
    Cue attributionCueAt(List<Token> t, int i, int sentenceStart, int limit) {
        Token tok = t.get(i);
        if (!tok.word()) {
            return null;
        }
        String w = tok.lower();
        if (SWISS_SPELLINGS.contains(w)) {
            w = w.replace("ss", "ß"); // Swiss "gemäss", "hiess es", "heisst es"
        }
        switch (w) {
            case "laut", "gemäß" -> {
                boolean np = i + 1 < limit && (t.get(i + 1).capitalized() || isDeterminer(t.get(i + 1).lower())
                        || i + 2 < limit && t.get(i + 1).lowercase() && t.get(i + 2).capitalized()
                        || SpeechCues.isQuoteMark(t.get(i + 1)));
                return np ? new Cue(i, i, tok.text(), Cue.Kind.LAUT) : null;
            }
            case "zufolge" -> {
                return i > sentenceStart ? new Cue(i, i, tok.text(), Cue.Kind.ZUFOLGE) : null;
            }
            case "nach" -> {
                int j = i + 1;
                while (j < limit && j <= i + 3 && t.get(j).lowercase()) {
                    j++; // "nach eigenen Angaben", "nach ersten Erkenntnissen"
                }
                if (j < limit && t.get(j).capitalized() && lex.isSourceNoun(t.get(j).lower())) {
                    if (INDEFINITE.contains(t.get(i + 1).lower()) && !sourceNamedAfter(t, j + 1, limit)
                            && inWieClause(t, i, sentenceStart)) {
                        // "…, wie das Bundesamt nach einer ersten Schätzung mitteilte": the clause's verb and
                        // subject attribute; the source noun names no one
                        return null;
                    }
                    return new Cue(i, j, tok.text() + " " + t.get(j).text(), Cue.Kind.NACH_SOURCE);
                }
                return null;
            }
            case "so" -> {
                boolean afterComma = i > sentenceStart && (t.get(i - 1).is(',') || isClosingMark(t.get(i - 1)));
                boolean beforeNp = i + 1 < limit && t.get(i + 1).word()
                        && (t.get(i + 1).capitalized() || isDeterminer(t.get(i + 1).lower()));
                return afterComma && beforeNp ? new Cue(i, i, tok.text(), Cue.Kind.SO) : null;
            }
            case "geheißen" -> {
                // "In der Mitteilung hatte es geheißen: „…“"
                boolean es = i - 1 > sentenceStart && (t.get(i - 1).lower().equals("es")
                        || i - 2 >= sentenceStart && t.get(i - 2).lower().equals("es"));
                return es ? new Cue(i, i, tok.text(), Cue.Kind.HEISST_ES) : null;
            }
            case "heißt", "hieß" -> {
                if (i + 1 < limit && t.get(i + 1).lower().equals("es")) {
                    return new Cue(i, i + 1, tok.text() + " " + t.get(i + 1).text(), Cue.Kind.HEISST_ES);
                }
                // "Wie es aus Parteikreisen hieß, …": verb-final in a sentence-initial "wie es" clause
                boolean wieEs = i + 1 < limit && t.get(i + 1).is(',') && i - sentenceStart >= 2
                        && i - sentenceStart <= 12 && t.get(sentenceStart).lower().equals("wie")
                        && t.get(sentenceStart + 1).lower().equals("es");
                return wieEs ? new Cue(i, i, tok.text(), Cue.Kind.HEISST_ES) : null;
            }
            case "verlautet", "verlautete" -> {
                // "Aus Diplomatenkreisen verlautete, …", "…, verlautete aus der Regierung": "verlauten" reports only,
                // impersonally, like "hieß es"; not after a subject that names what was said ("Das verlautet aus
                // den Reihen der Gläubiger, die …": the clause after it is no report)
                boolean said = i > sentenceStart && SAID_SUBJECTS.contains(t.get(i - 1).lower());
                // a verb-final "Wie aus Unternehmenskreisen verlautete, …" is left out: such a report is often
                // relayed by an outlet named in the next sentence ("Das berichtete die Zeitung"), whose speaker
                // this cue would hide
                boolean wie = t.get(sentenceStart).lower().equals("wie") && i + 1 < limit && t.get(i + 1).is(',');
                return said || wie ? null : new Cue(i, i, tok.text(), Cue.Kind.HEISST_ES);
            }
            default -> {
                return null;
            }
        }
    }

    /** Subjects of "verlautet" that stand for what was said ("Das verlautete aus Kreisen …"). */
    private static final Set<String> SAID_SUBJECTS = Set.of("das", "dies", "dieses", "nichts", "wenig", "etwas",
            "mehr", "näheres", "genaueres");

    /** Words a name in apposition may have at most. */
    private static final int APPOSITION_WORDS = 5;

    /**
     * At a comma after a noun or a closing bracket: the index of the comma that closes a name in apposition
     * ("der Leiter des Amtes, Hans Huber, …", "der Direktor der IAEO (IAEO), Mohammed el-Baradei, …": one to
     * {@link #APPOSITION_WORDS} words, the first capitalised, the others capitalised or name particles) when a word
     * follows it; else -1.
     */
    static int appositionEnd(List<Token> t, int comma, int limit) {
        if (comma < 1 || !t.get(comma).is(',') || !(t.get(comma - 1).word() && t.get(comma - 1).capitalized()
                || t.get(comma - 1).is(')'))) {
            return -1;
        }
        int k = comma + 1;
        if (k >= limit || !t.get(k).word() || !t.get(k).capitalized()) {
            return -1;
        }
        for (; k < limit && k <= comma + APPOSITION_WORDS + 1; k++) {
            Token w = t.get(k);
            if (w.is(',')) {
                return k > comma + 1 && k + 1 < limit && t.get(k + 1).word() ? k : -1;
            }
            // the name particles, and "der" of "Ursula von der Leyen"
            if (!w.word() || !w.capitalized() && !SpeakerPhrases.NAME_PARTICLES.contains(w.lower())
                    && !w.lower().equals("der")
                    && !w.lower().startsWith("al-") && !w.lower().startsWith("el-")) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> INDEFINITE = Set.of("einer", "einem", "eines");

    /** A genitive, "von" phrase or name right after a source noun ("Schätzung des Instituts", "Umfrage von Forsa"). */
    private static boolean sourceNamedAfter(List<Token> t, int j, int limit) {
        if (j >= limit) {
            return false;
        }
        Token next = t.get(j);
        String w = next.lower();
        return w.equals("der") || w.equals("des") || w.equals("von") || w.equals("vom") || w.equals("eines")
                || w.equals("einer") || w.equals("im") || next.word() && next.capitalized() || isQuoteMark(next);
    }

    /** Token {@code i} stands in a clause opened by "wie" ("…, wie das Amt am Dienstag nach … mitteilte"). */
    private static boolean inWieClause(List<Token> t, int i, int sentenceStart) {
        for (int k = i - 1; k >= sentenceStart && k >= i - 8; k--) {
            if (t.get(k).lower().equals("wie")) {
                return k == sentenceStart || t.get(k - 1).is(',');
            }
            if (!t.get(k).word()) {
                return false;
            }
        }
        return false;
    }

    static boolean isClosingMark(Token t) {
        return !t.word() && "“”\"«»‘’".contains(t.text());
    }

    /** Opening and closing quotation marks of German, Swiss and English text, single and double. */
    private static final String QUOTE_MARKS = "„“”\"«»‚‘’‹›";

    static boolean isQuoteMark(Token t) {
        return !t.word() && QUOTE_MARKS.contains(t.text());
    }

    static boolean isQuoteMark(char c) {
        return QUOTE_MARKS.indexOf(c) >= 0;
    }

    static boolean isDeterminer(String lower) {
        return SpeakerPhrases.DETERMINERS.contains(lower);
    }
}
