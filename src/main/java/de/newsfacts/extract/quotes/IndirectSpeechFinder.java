package de.newsfacts.extract.quotes;

import de.newsfacts.extract.AdjectiveEndings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds indirect (reported) speech in one sentence. Rules, tried at every cue of the sentence:
 * <ol>
 *   <li><b>Cue, then clause</b>: a verb cue (or an opinion noun: "ist der Meinung,", "vertritt die Ansicht,", "hält es
 *       für möglich, dass") followed (within its clause) by a comma or colon, then
 *       "dass"/"ob"/"wonach" + clause (text starts after the conjunction), or a clause with a Konjunktiv verb
 *       ("betonte, die Lage sei ernst"), or a zu-infinitive ("kündigte an, den Vertrag zu prüfen").
 *       After "Wie X mitteilte," any clause counts. A verb of deciding, agreeing or offering ({@code
 *       decision-verbs.txt}: "beschloss", "vereinbarten", "bot … an") counts only before a dass-clause or a
 *       zu-infinitive ("Der Rat beschloss, die Gebühr zu senken").</li>
 *   <li><b>Clause, then cue</b>: "&lt;clause&gt;, sagte X." / "&lt;clause&gt;, so X." /
 *       "&lt;clause&gt;, wie X mitteilte." where the clause has a Konjunktiv verb, or the cue clause closes
 *       the sentence (then any mood counts, but not after a contrastive adverb: "…, forderte aber mehr
 *       Tempo" is a second verb with its object); "&lt;clause&gt;, hieß es (aus X)." when it closes the
 *       sentence. A short quoted name inside the cue's clause does not end it ("…, wie die Forscher im Fachblatt
 *       „Nature“ berichten"). "heißt/hieß es (aus X), …" + a Konjunktiv or "dass" clause is read like a verb cue.</li>
 *   <li><b>Attribution phrase</b>: "Laut X …", "Nach Angaben (von|der|des) X …", "X zufolge …": the rest of
 *       the sentence after the phrase; when the phrase closes the sentence ("…, so X", "… laut X") the part
 *       before it; when it sits in the middle the whole sentence. An opening phrase fills the prefield, so the
 *       report starts at the finite verb after it, past quoted names, "(ABC)", prepositions, coordinations and names
 *       like "al-Jazeeras"; a semicolon, or a colon before a capitalised word, opens a clause with its own prefield
 *       (not past a colon with a Konjunktiv before it, where the report began).</li>
 * </ol>
 * <b>Claim noun</b>: a noun of a statement, demand or decision ({@code claim-nouns.txt}) with a genitive or "von"
 * complement, then a comma and a clause with "dass", a reported-speech Konjunktiv or a zu-infinitive ("der Vorwurf
 * der Opposition, die Regierung habe versagt"); the complement is the speaker.
 * <b>Relative attribution</b>: ", wonach …" after a noun, ", nach denen …" and ", denen zufolge …" after a claim,
 * source or document noun ("Gerüchte, nach denen …"): the relative clause, its antecedent the speaker.
 * A cue in a generic "wer" clause ("Wer glaubt, …, irrt") reports nobody's speech and is skipped.
 * The reported clause ends at the sentence end (final punctuation excluded) or before a comma that opens the
 * next cue (", und betonte", ", sagte er", ", so X"). Text never includes the cue or the conjunction, nor the
 * attributing relative words ", nach denen" / ", denen zufolge" that open a clause after a cue.
 */
final class IndirectSpeechFinder {

    private static final Set<String> COMPLEMENTIZERS = Set.of("dass", "daß", "ob", "wonach");
    /** Prepositions opening a frame before an inserted cue ("Auf die Frage, …, sagte X", "Zur Kritik …"). */
    private static final Set<String> FRAME_OPENERS = Set.of("auf", "zur", "zum", "zu", "angesprochen", "gefragt");

    /** No comma, dash or colon in {@code [from, to)}: one clause. */
    private static boolean oneClause(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            String x = t.get(k).text();
            if (x.equals(",") || x.equals("–") || x.equals("—") || x.equals("-") && !t.get(k).word() || x.equals(":")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Conjunctions that open a sentence with a subordinate clause ("Während X betont, dass …, berichten Y"): a
     * reporting clause after it belongs to the main clause, not to the whole sentence.
     */
    private static final Set<String> SUBORDINATE_OPENERS = Set.of("während", "wenn", "als", "obwohl", "obgleich",
            "weil", "da", "nachdem", "bevor", "ehe", "falls", "sobald", "solange", "seit", "seitdem", "indem", "ob",
            "dass", "daß", "sofern", "damit", "wie", "wo");
    /**
     * Adverbs right after the verb that mark a second verb sharing the first clause's subject ("X begrüßte den
     * Entscheid, forderte aber mehr Tempo"): what follows is its object, the clause before no reported speech.
     */
    private static final Set<String> CONTRASTIVE = Set.of("aber", "jedoch", "allerdings", "zugleich",
            "gleichzeitig", "außerdem", "zudem", "dennoch", "trotzdem");

    /**
     * Conjunctions of an infinitive clause that states a purpose or circumstance, not what was said ("forderte
     * Hilfe, um die Entwicklung zu stoppen", "sagte, ohne Zahlen zu nennen").
     */
    private static final Set<String> PURPOSE = Set.of("um", "ohne", "statt", "anstatt");

    private final QuoteLexicon lex;
    private final SpeechCues cues;
    private final SpeakerPhrases phrases;
    private final DirectQuoteFinder direct;

    IndirectSpeechFinder(QuoteLexicon lex, SpeechCues cues, SpeakerPhrases phrases, DirectQuoteFinder direct) {
        this.lex = lex;
        this.cues = cues;
        this.phrases = phrases;
        this.direct = direct;
    }

    /**
     * Where a reported clause that ends at {@code end} begins when it may begin at {@code from}: after the last
     * colon between them that introduces it, when the Konjunktiv shows the report starts there ("Kritik kam von
     * den Grünen: Die Politik sei gescheitert, erklärte X"; but "Klar ist auch: Wir werden …, sagte X" with the
     * quotation marks lost is all speech). Not a colon inside quotation marks, nor one without a space after it
     * ("0:1"), nor one after a speech verb ("Es wurde mitgeteilt: …" is that verb's content) or after a Konjunktiv
     * (the report began before it:
     * "Der ORF habe … nach dem Motto: …"), nor one followed by fewer than three words ("… einen Namen: Terror").
     */
    private int afterLastColon(List<Token> t, int from, int end, int limit) {
        int start = from;
        boolean quoted = false;
        for (int k = from; k < end - 1; k++) {
            Token tok = t.get(k);
            if (SpeechCues.isQuoteMark(tok)) {
                quoted = !SpeechCues.isClosingMark(tok) || !quoted;   // „ ‚ open; " “ ” « » toggle
            } else if (!quoted && tok.is(':') && t.get(k + 1).word() && t.get(k + 1).start() > tok.end()) {
                start = k + 1;
            }
        }
        boolean introduces = start > from && countWords(t, start, end) >= 3 && lex.hasSubjunctive(t, start, end)
                && !lex.hasSubjunctive(t, from, start - 1) && !containsVerbCue(t, from, start - 1, limit);
        return introduces ? start : from;
    }

    private static final Pattern TICKER_TIME =
            Pattern.compile("(?:\\+{2,} )?(?:Update,? )?"
                    + "(?:\\d{1,2}:\\d{2}(?: Uhr)?|\\d{1,2}\\.\\d{2} Uhr) ?[:–—-] ");

    /**
     * Past a live-ticker time stamp opening the sentence ("14:32 Uhr: Laut Polizei …", "18.05 Uhr – …", "14:32: …",
     * "+++ Update, 17:20 Uhr: …"), which is page furniture, else {@code first}.
     */
    private static int afterTickerTime(TokenizedText d, int first, int end) {
        if (first >= end) {
            return first;
        }
        Matcher m = TICKER_TIME.matcher(d.text).region(d.token(first).start(), d.text.length());
        if (!m.lookingAt()) {
            return first;
        }
        int k = first;
        while (k < end && d.token(k).start() < m.end()) {
            k++;
        }
        return k < end ? k : first;
    }

    /** Words that open a question: interrogatives and the finite verbs of a yes/no question ("Haben Sie …?"). */
    private static final Set<String> QUESTION_OPENERS = Set.of("wer", "wen", "wem", "wessen", "was", "wie", "wo",
            "wann", "warum", "weshalb", "wieso", "weswegen", "welche", "welcher", "welches", "welchen", "welchem",
            "woher", "wohin", "womit", "wovon", "worüber", "wozu", "ist", "sind", "war", "waren", "hat", "haben",
            "hatte", "hatten", "wird", "werden", "würde", "würden", "kann", "können", "könnte", "könnten", "soll",
            "sollte", "sollten", "muss", "müssen", "müsste", "darf", "dürfen", "will", "wollen", "gibt", "gab",
            "wäre", "wären", "sehen", "glauben", "denken", "meinen", "sollen", "kommt", "geht");

    /**
     * The sentence [from, to) is a question without quotation marks: it opens with a {@link #QUESTION_OPENERS} word,
     * also after an interview label ("STANDARD: Haben Sie …?", "Frage: Sollte …?").
     */
    private static boolean question(List<Token> t, int from, int to) {
        int first = from + 2 < to && t.get(from).capitalized() && t.get(from + 1).is(':') ? from + 2 : from;
        return QUESTION_OPENERS.contains(t.get(first).lower()) && !hasQuoteMark(t, from, to);
    }

    private static boolean hasQuoteMark(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (SpeechCues.isQuoteMark(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    List<Candidate> find(TokenizedText d, int sentence) {
        List<Token> t = d.tokens;
        int e = d.endToken[sentence];
        if (e > d.firstToken[sentence] && t.get(e - 1).is('?') && question(t, d.firstToken[sentence], e)) {
            // "Haben Sie damals daran geglaubt, Minister zu werden?", "Wie glaubwürdig ist einer, der angibt, …?": a
            // question asks, it reports no one's words; "Die SPÖ fragt, ob …?" and a quoted question after a report
            // ("Er sagte, … und fügte hinzu: „Wer kann …?") still report
            return List.of();
        }
        int s = afterTickerTime(d, d.firstToken[sentence], e);
        if (sentence < SpeakerPhrases.DATELINE_SENTENCES) {
            // the lead's dateline is no part of the report, and its comma ("BERLIN, 12. März (Reuters) - …") does
            // not split the clause
            s = SpeakerPhrases.skipDateline(t, s, e);
        }
        int contentEnd = e;
        while (contentEnd > s && !t.get(contentEnd - 1).word() && !SpeechCues.isClosingMark(t.get(contentEnd - 1))
                && !t.get(contentEnd - 1).is(')')) {
            contentEnd--;
        }
        List<Candidate> out = new ArrayList<>(2);
        int coveredUntil = s;
        for (int i = s; i < contentEnd; i++) {
            if (i < coveredUntil) {
                continue;
            }
            SpeechCues.Cue cue = cues.verbCueAt(t, i, e);
            if (cue == null) {
                cue = stanceCueAt(t, i, contentEnd);
            }
            if (cue == null) {
                SpeechCues.Cue decision = cues.decisionCueAt(t, i, e);
                int[] after = decision == null ? null : declaredClause(t, decision, contentEnd, s);
                if (after != null) {
                    // "Der Rat beschloss, die Gebühr zu senken.": what was decided or agreed is what was declared
                    out.add(candidate(d, after[0], after[1], decision, phrases.subjectOf(t, decision.first(), s, e)));
                    coveredUntil = after[1];
                    continue;
                }
            }
            if (cue != null) {
                int clauseStart = clauseStart(t, i, s);
                if (clauseStart < i && t.get(clauseStart).lower().equals("wer")) {
                    continue;   // "Wer glaubt, die Notenbank werde es richten, irrt.": anyone who would say it, no one did
                }
                boolean wie = clauseStart < i && t.get(clauseStart).lower().equals("wie");
                // 1. cue, then clause
                int[] after = clauseAfterCue(t, cue, contentEnd, s, wie && clauseStart == s, true);
                if (after != null && !wie && clauseStart == s && coveredUntil == s
                        && !SUBORDINATE_OPENERS.contains(t.get(s).lower())) {
                    // "Die Händler fürchteten, dass …, sagte Gutmann.": a reporting clause with its subject after
                    // the verb closes the sentence; it names who said it, and the whole clause before it, the
                    // first verb and its content, is the report
                    ClosingReport closing = closingReport(t, after[1], contentEnd, s, e);
                    if (closing != null) {
                        // after a colon only its content ("Skeptisch äußerte sich X: Y werde …, sagte sie.")
                        int sep = COMPLEMENTIZERS.contains(t.get(after[0] - 1).lower()) ? after[0] - 2 : after[0] - 1;
                        out.add(candidate(d, t.get(sep).is(':') ? after[0] : s, after[1], closing.cue(),
                                closing.subject()));
                        coveredUntil = contentEnd;
                        continue;
                    }
                }
                if (after != null) {
                    SpeakerPhrases.Phrase subject = phrases.subjectOf(t, cue.first(), s, e);
                    if (!out.isEmpty() && coveredUntil == i - 1 && (t.get(i - 1).lower().equals("und")
                            || t.get(i - 1).lower().equals("sowie"))) {
                        // "X sagte, Europa brauche die Briten und fügte hinzu, …": the report before "und" ended
                        // there, and its speaker goes on (not the report's own subject)
                        subject = out.get(out.size() - 1).speaker();
                    }
                    if (!wie && coveredUntil == s && subject != null && subject.from() > cue.first() && i - 1 > s
                            && t.get(i - 1).is(',') && !SUBORDINATE_OPENERS.contains(t.get(s).lower())
                            && !FRAME_OPENERS.contains(t.get(s).lower()) && oneClause(t, s, i - 1)
                            && lex.hasSubjunctive(t, s, i - 1) && !containsVerbCue(t, s, i - 1, e)) {
                        // "Man habe „verstanden“, sagte er, die Partei werde sich neu aufstellen.": the report
                        // runs on both sides of an inserted "sagte er" (a single clause opening the sentence)
                        out.add(candidate(d, s, i - 1, cue, subject));
                    }
                    out.add(candidate(d, after[0], after[1], cue, subject));
                    coveredUntil = after[1];
                    continue;
                }
                // 2. clause, then cue
                int commaBefore = wie ? clauseStart - 1 : i - 1;
                if (commaBefore > s && t.get(commaBefore).is(',')) {
                    SpeakerPhrases.Phrase subj = phrases.subjectOf(t, cue.first(), s, e);
                    int cueClauseEnd = clauseEnd(t, cue.last() + 1, contentEnd, s);
                    boolean closesSentence = cueClauseEnd >= contentEnd;
                    int from = afterLastColon(t, coveredUntil > s ? coveredUntil : s, commaBefore, e);
                    // without Konjunktiv only "Main clause, sagte X." where the cue clause is short
                    // and "Main clause, wie X (am Montag) mitteilte." closing the sentence
                    // (a closing "wie" clause attributes the whole main clause, commas and all)
                    boolean plain = closesSentence && subj != null
                            && (subj.from() > cue.first() && cueClauseEnd - subj.to() <= 6 // "teilte X mit"
                                && !CONTRASTIVE.contains(t.get(cue.first() + 1).lower())
                                && !containsComma(t, from, commaBefore)
                                || wie && subj.from() > clauseStart && subj.to() <= cue.first()
                                    && cue.last() + 1 >= contentEnd);
                    if (from < commaBefore && (plain || lex.hasSubjunctive(t, from, commaBefore)
                            || konjunktivIBeforeClosingCue(t, from, commaBefore))
                            && !containsVerbCue(t, from, commaBefore, e)
                            && !(openQuestion(t, from) && negated(t, Math.max(commaBefore + 1, cueClauseEnd - 3),
                                Math.min(cueClauseEnd, commaBefore + 6)))) {
                        out.add(candidate(d, from, commaBefore, cue, subj));
                        coveredUntil = cueClauseEnd;
                        continue;
                    }
                }
                continue;
            }
            int rel = relativeAttribution(t, i, s, contentEnd);
            if (rel > i) {
                // "Ein Bericht der Agentur, wonach der Politiker festgenommen worden sei, wurde dementiert.": the
                // relative clause is the report, its antecedent the source
                int to = endBeforeMainClause(t, rel, clauseEnd(t, rel, contentEnd, s));
                if (countWords(t, rel, to) >= 3) {
                    SpeechCues.Cue c = new SpeechCues.Cue(i, rel - 1, t.get(i).text(), SpeechCues.Cue.Kind.CLAIM);
                    // a quoted name closing the antecedent is left to the entities ("der Zeitung „X“, wonach …")
                    out.add(candidate(d, rel, to, c, direct.phraseBefore(t, i - 1, s)));
                    coveredUntil = to;
                    continue;
                }
            }
            int[] claim = claimClause(t, i, contentEnd, s);
            SpeakerPhrases.Phrase claimant = claim == null ? null : claimant(t, i, claim[2]);
            if (claimant != null) {
                // "Der Vorwurf der Opposition, die Regierung habe versagt, …": the noun's complement said it (without
                // one the claim's author is unknown here, and the report is left out)
                SpeechCues.Cue noun = new SpeechCues.Cue(i, i, t.get(i).text(), SpeechCues.Cue.Kind.CLAIM);
                out.add(candidate(d, claim[0], claim[1], noun, claimant));
                coveredUntil = claim[1];
                continue;
            }
            cue = cues.attributionCueAt(t, i, s, e);
            if (cue != null && cue.kind() == SpeechCues.Cue.Kind.HEISST_ES) {
                // "Aus dem Kreml hieß es, die Angriffe seien gerechtfertigt.": the clause after it, as after a verb;
                // after "Wie es aus X hieß," any clause, as after "Wie X mitteilte,"
                int hClause = clauseStart(t, cue.first(), s);
                boolean hWie = hClause == s && hClause < cue.first() && t.get(hClause).lower().equals("wie");
                int[] after = clauseAfterCue(t, cue, contentEnd, s, hWie, false);
                if (after != null) {
                    out.add(candidate(d, after[0], after[1], cue, direct.speakerForCue(t, cue, s, e, true)));
                    coveredUntil = after[1];
                    continue;
                }
                // "<clause>, hieß es aus Diplomatenkreisen.": the clause before it is reported speech when the
                // cue clause closes the sentence (no "heißt es" in the middle: "Darin heißt es, …" is direct
                // or handled as a document source elsewhere)
                int comma = cue.first() - 1;
                int from = Math.max(s, coveredUntil);
                if (comma > from && t.get(comma).is(',') && t.get(comma - 1).word()
                        && clauseEnd(t, cue.last() + 1, contentEnd, s) >= contentEnd
                        && !containsVerbCue(t, from, comma, e) && countWords(t, from, comma) >= 3
                        && !startsWithOpeningMarkCoveringAll(t, from, comma)) {
                    out.add(candidate(d, from, comma, cue, direct.speakerForCue(t, cue, s, e, true)));
                    coveredUntil = contentEnd;
                }
                continue;
            }
            if (cue == null) {
                continue;
            }
            SpeakerPhrases.Phrase sp = direct.speakerForCue(t, cue, s, e, true);
            // a semicolon, or a colon before a capitalised word, opens a main clause with a prefield of its own
            // ("…; nach Polizeiangaben waren es 1.000", "Zum Vergleich: Die Zahl betrug nach Angaben des Amts …")
            int opening = afterClauseBreak(t, s, i);
            int phraseStart;
            int phraseEnd;
            if (cue.kind() == SpeechCues.Cue.Kind.ZUFOLGE) {
                phraseStart = Math.min(sp != null ? sp.from() : i, direct.governedPhraseStart(t, cue, s));
                phraseEnd = i + 1;
                if (phraseStart > opening && frontedZufolge(t, opening, i, contentEnd)) {
                    // "Ermittlungen der Polizei zufolge wollte …": the whole prefield is the phrase
                    phraseStart = opening;
                }
            } else {
                phraseStart = cue.first();
                phraseEnd = Math.max(direct.governedPhraseEnd(t, cue, e), sp != null ? sp.to() : cue.last() + 1);
                if (phraseEnd < contentEnd && SpeechCues.isClosingMark(t.get(phraseEnd))) {
                    phraseEnd++; // "Laut „Tagesblatt“ …": the closing mark belongs to the name
                }
                // "Nach einer Umfrage der Deutschen Krankenhausgesellschaft (DKG) …": the short form in brackets
                // belongs to the name
                if (phraseEnd + 2 < contentEnd && t.get(phraseEnd).is('(') && t.get(phraseEnd + 2).is(')')) {
                    phraseEnd += 3;
                }
            }
            int from;
            int to;
            if (phraseStart <= opening + (t.get(opening).lower().equals("und") ? 1 : 0)) {
                from = phraseEnd < contentEnd && t.get(phraseEnd).is(',') ? phraseEnd + 1 : phraseEnd;
                from = finiteVerbAfterPrefield(t, from, contentEnd);
                to = clauseEnd(t, from, contentEnd, s);
            } else if (phraseEnd >= contentEnd || cue.kind() == SpeechCues.Cue.Kind.SO) {
                // "…, so X." and "…, so X nach dem Spiel.": what "so" attributes stands before it
                from = reportAfterClauseBreak(t, Math.max(s, coveredUntil), phraseStart);
                to = phraseStart > from && t.get(phraseStart - 1).is(',') ? phraseStart - 1 : phraseStart;
            } else {
                // in the middle: the whole clause around the phrase, a semicolon ends it ("…; damals waren nach
                // Schätzungen des Verbands vier Millionen betroffen"), a colon before a capitalised word too
                from = reportAfterClauseBreak(t, Math.max(s, coveredUntil), phraseStart);
                to = indexOf(t, ';', phraseEnd, contentEnd);
            }
            if (from < to && countWords(t, from, to) >= 2) {
                // "Nach ersten Erkenntnissen war …, teilte ein Sprecher mit.": the verb cue closing the sentence
                // names who said it and the whole clause before it is the report; the opening phrase only says
                // what the statement rests on
                ClosingReport closing = phraseStart <= s ? closingReport(t, to, contentEnd, s, e) : null;
                if (closing != null) {
                    out.add(candidate(d, s, to, closing.cue(), closing.subject()));
                    coveredUntil = contentEnd;
                    continue;
                }
                out.add(candidate(d, from, to, cue, sp));
                coveredUntil = to;
            }
        }
        return out;
    }

    /** Tokens between a claim noun and the comma of its content clause (its complement: "der Opposition"). */
    private static final int CLAIM_COMPLEMENT = 8;
    /** Words that open a genitive or "von" complement naming who made the claim. */
    private static final Set<String> CLAIMANT_OPENERS = Set.of("des", "der", "eines", "einer", "von", "vom");

    /**
     * The content clause of a claim noun at {@code n} ({@code claim-nouns.txt}: "der Vorwurf der Opposition, die
     * Regierung habe …", "die Forderung von X, die Steuern zu senken"), as {from, to, comma}, or null. Only a noun
     * followed by a complement naming its author ({@link #CLAIMANT_OPENERS}) is analysed: without one the clause
     * names no speaker. The noun may have a complement of up to {@link #CLAIM_COMPLEMENT} tokens without a finite verb
     * before the comma; the clause after it opens with "dass"/"ob"/"wonach" (left out), has a reported-speech
     * Konjunktiv ("sei", "habe", "hätten"; not "wäre", "würde", which serve conditionals) or is a zu-infinitive that
     * states no purpose. The clause ends before a comma followed by a finite verb (the main clause goes on: "Die
     * Forderung, …, wurde abgelehnt") or where {@link #clauseEnd} ends it.
     */
    private int[] claimClause(List<Token> t, int n, int contentEnd, int s) {
        Token noun = t.get(n);
        if (n + 1 >= contentEnd || !CLAIMANT_OPENERS.contains(t.get(n + 1).lower()) || !noun.word()
                || !noun.capitalized() || n == s || !lex.isClaimNoun(noun.lower())) {
            return null;
        }
        int comma = -1;
        for (int k = n + 1; k < contentEnd && k <= n + CLAIM_COMPLEMENT; k++) {
            Token tok = t.get(k);
            if (tok.is(',')) {
                comma = k;
                break;
            }
            if (!tok.word() && !tok.is('(') && !tok.is(')') || finiteVerbLike(t, k, contentEnd)
                    && !lex.isFunctionWord(tok.lower())) {
                return null;
            }
        }
        if (comma < 0 || comma + 2 >= contentEnd) {
            return null;
        }
        String first = t.get(comma + 1).lower();
        boolean conj = COMPLEMENTIZERS.contains(first);
        int from = conj ? comma + 2 : comma + 1;
        int to = endBeforeMainClause(t, from, clauseEnd(t, from, contentEnd, s));
        if (from >= to || countWords(t, from, to) < 3) {
            return null;
        }
        // without a conjunction "first" opens the clause: from == comma + 1
        boolean ok = conj || lex.hasReportedSpeechVerb(t, from, to) || reportedZuInfinitive(t, from, to);
        return ok && !startsWithOpeningMarkCoveringAll(t, from, to) ? new int[]{from, to, comma} : null;
    }

    /**
     * A zu-infinitive clause from {@code from} that states no purpose ("um … zu") and opens no subordinate clause of
     * reason or time ("da X angekündigt hatte, … zu …"): what was demanded, decided or declared.
     */
    private boolean reportedZuInfinitive(List<Token> t, int from, int to) {
        String first = t.get(from).lower();
        return !PURPOSE.contains(first) && !SUBORDINATE_OPENERS.contains(first) && hasZuInfinitive(t, from, to);
    }

    /**
     * Where a clause embedded in a noun phrase ends: before a comma after which a finite verb follows (the main
     * clause goes on: "Die Forderung, …, wurde abgelehnt"), else {@code to}.
     */
    private int endBeforeMainClause(List<Token> t, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (t.get(k).is(',') && finiteVerbLike(t, k + 1, to) && !SpeakerPhrases.RELATIVE_PRONOUNS.contains(t.get(k + 1).lower())) {
                return k;
            }
        }
        return to;
    }

    /** Relative pronouns after "nach" or before "zufolge" that attribute a clause to their antecedent. */
    private static final Set<String> ATTRIBUTING_RELATIVES = Set.of("denen", "dem", "der");

    /**
     * A relative clause that attributes its content to the noun before the comma: ", wonach …" after any noun
     * ("ein Bericht, wonach …"); ", nach denen/dem/der …" and ", denen/dem/der zufolge …" after a claim, source or
     * document noun ("Gerüchte, nach denen …", "Umfragen, denen zufolge …"). Returns the first token of the content,
     * or -1.
     */
    private int relativeAttribution(List<Token> t, int i, int s, int limit) {
        if (i < s + 2 || i + 2 >= limit || !t.get(i - 1).is(',')) {
            return -1;
        }
        String w = t.get(i).lower();
        Token antecedent = t.get(i - 2);
        if (w.equals("wonach")) {
            return antecedent.word() && antecedent.capitalized() || SpeechCues.isClosingMark(antecedent) ? i + 1 : -1;
        }
        if (!attributingRelative(t, i, false) || !antecedent.word() || !antecedent.capitalized()) {
            return -1;
        }
        String noun = antecedent.lower();
        return lex.isClaimNoun(noun) || lex.isSourceNoun(noun) || lex.isDocumentNoun(noun) ? i + 2 : -1;
    }

    /**
     * ", nach denen …" and ", denen/dem/der zufolge …" at {@code k}: relative words that attribute the clause after
     * them to their antecedent (only the unambiguous forms: "nach dem Spiel" is a time).
     */
    private static boolean attributingRelativeOpener(List<Token> t, int k) {
        return k >= 1 && t.get(k - 1).is(',') && attributingRelative(t, k, true);
    }

    /**
     * "nach denen" or "denen zufolge" at {@code k} (relatives of {@link #ATTRIBUTING_RELATIVES}); with
     * {@code unambiguous} only "nach denen" and a lower-case relative before "zufolge".
     */
    private static boolean attributingRelative(List<Token> t, int k, boolean unambiguous) {
        String w = t.get(k).lower();
        String next = t.get(k + 1).lower();
        return w.equals("nach") && (unambiguous ? next.equals("denen") : ATTRIBUTING_RELATIVES.contains(next))
                || ATTRIBUTING_RELATIVES.contains(w) && (!unambiguous || t.get(k).lowercase()) && next.equals("zufolge");
    }

    /**
     * The genitive or "von" complement of the claim noun at {@code n} before {@code comma}, or null; the token after
     * the noun is one of {@link #CLAIMANT_OPENERS} ({@link #claimClause} checked it).
     */
    private SpeakerPhrases.Phrase claimant(List<Token> t, int n, int comma) {
        String w = t.get(n + 1).lower();
        int from = w.equals("von") || w.equals("vom") ? n + 2 : n + 1;
        return from < comma ? phrases.nounPhrase(t, from, comma) : null;
    }

    /** Copulas of a stated opinion: "X ist der Meinung, …". */
    private static final Set<String> STANCE_COPULAS = Set.of("ist", "sind", "war", "waren", "sei", "seien");
    /** Verbs that hold or share an opinion: "X vertritt die Ansicht, …", "Y teilen die Auffassung, …". */
    private static final Set<String> STANCE_VERBS = Set.of("vertritt", "vertreten", "vertrat", "vertraten", "teilt",
            "teilen", "teilte", "teilten");
    /** Nouns of an opinion held. */
    private static final Set<String> STANCE_NOUNS = Set.of("meinung", "ansicht", "auffassung", "überzeugung");

    /**
     * An opinion stated with a noun or a judgement instead of a speech verb, read like a verb cue whose clause
     * follows the comma (the finder still requires "dass"/"ob", a Konjunktiv or a zu-infinitive there):
     * "ist/war der (festen) Meinung|Ansicht|Auffassung|Überzeugung," and "vertritt/teilt die … Ansicht,"; "hält es
     * (jedoch) für möglich, dass …" (with "dass" or "ob" only). The cue runs from the verb to the noun or adjective
     * before the comma; its subject is the verb's. Null otherwise.
     */
    private static SpeechCues.Cue stanceCueAt(List<Token> t, int i, int limit) {
        String w = t.get(i).lower();
        if (!t.get(i).lowercase() || i + 3 >= limit) {
            return null;
        }
        if (STANCE_COPULAS.contains(w) || STANCE_VERBS.contains(w)) {
            String article = STANCE_COPULAS.contains(w) ? "der" : "die";
            if (!t.get(i + 1).lower().equals(article)) {
                return null;
            }
            int n = t.get(i + 2).lowercase() ? i + 3 : i + 2;   // "der festen Überzeugung"
            return n + 1 < limit && t.get(n).capitalized() && STANCE_NOUNS.contains(t.get(n).lower())
                    && t.get(n + 1).is(',') ? new SpeechCues.Cue(i, n, t.get(i).text() + " " + t.get(i + 1).text()
                    + " " + t.get(n).text(), SpeechCues.Cue.Kind.VERB) : null;
        }
        if (QuoteExtractor.HELD.contains(w) && t.get(i + 1).lower().equals("es")) {
            // "halten" with "es für" + adjective and a dass-clause states a judgement
            for (int k = i + 2; k < limit - 3 && k <= i + 5; k++) {
                if (t.get(k).lower().equals("für")) {
                    int adj = k + 1;
                    boolean judged = t.get(adj).lowercase() && t.get(adj + 1).is(',')
                            && COMPLEMENTIZERS.contains(t.get(adj + 2).lower());
                    return judged ? new SpeechCues.Cue(i, adj, t.get(i).text() + " es für " + t.get(adj).text(),
                            SpeechCues.Cue.Kind.VERB) : null;
                }
                if (!t.get(k).word()) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Finite auxiliaries and modals, which a capitalised noun may follow ("ist Undiano", "hat die Polizei"). */
    private static final Set<String> FINITE_AUXILIARIES = Set.of("ist", "sind", "war", "waren", "hat", "haben",
            "hatte", "hatten", "wird", "werden", "wurde", "wurden", "soll", "sollen", "sollte", "sollten", "kann",
            "können", "konnte", "konnten", "muss", "müssen", "musste", "mussten", "darf", "dürfen", "durfte",
            "durften", "will", "wollen", "wollte", "wollten", "gibt", "gab", "gaben", "geht", "ging", "kam", "kommt",
            "lässt", "ließ", "ließen", "bleibt", "blieb", "blieben");

    /**
     * Token {@code k} may be the finite verb after a prefield: an auxiliary, modal or Konjunktiv form, or a lower-case
     * word that is no function word and is not followed by a capitalised word (which would make it an adjective).
     */
    private boolean finiteVerbLike(List<Token> t, int k, int to) {
        Token tok = t.get(k);
        if (!tok.word() || !tok.lowercase()) {
            return false;
        }
        String w = tok.lower();
        if (FINITE_AUXILIARIES.contains(w) || lex.isSubjunctive(w)) {
            return true;
        }
        return !lex.isFunctionWord(w) && (k + 1 >= to || !t.get(k + 1).word() || !t.get(k + 1).capitalized());
    }

    /** Tokens searched after an opening attribution phrase for the finite verb that ends the prefield. */
    private static final int PREFIELD_REACH = 15;

    /**
     * An attribution phrase opening the sentence fills the prefield, so the report begins at the finite verb after
     * it (verb second): where the phrase's noun-phrase end stopped short ("Nach Angaben der Polizei der Provinz X
     * kommen …", "Laut dem Sprecher, Hans Meier, sei …", "Laut amnesty international (ai) nimmt …"), the first
     * lower-case word after {@code from} that is no function word and is not followed by a capitalised word (an
     * adjective before its noun); a relative clause after a comma is stepped over. {@code from} when none is found
     * within {@link #PREFIELD_REACH} tokens.
     */
    private int finiteVerbAfterPrefield(List<Token> t, int from, int to) {
        int max = Math.min(to, from + PREFIELD_REACH);
        for (int k = from; k < max; k++) {
            Token tok = t.get(k);
            boolean afterComma = k > 0 && t.get(k - 1).is(',');
            if (afterComma && SpeakerPhrases.RELATIVE_PRONOUNS.contains(tok.lower()) && tok.lowercase()) {
                int close = indexOf(t, ',', k + 1, max);
                if (close < max) {
                    k = close; // the relative clause ends at its comma; the verb follows
                }
                // without a closing comma it is the article of an apposition ("Nach Angaben von X, dem Direktor
                // der Behörde hatten …"): read on
                continue;
            }
            if (SpeechCues.isQuoteMark(tok) && k + 1 < max && t.get(k + 1).word() && t.get(k + 1).start() == tok.end()) {
                int close = closingMark(t, k + 1, max);
                if (close < 0) {
                    return from;
                }
                k = close; // a quoted name in the phrase ("des Magazins „Der Spiegel“", "„auto, motor und sport“")
                continue;
            }
            if ((finiteVerbLike(t, k, to) || afterNameEnd(t, k) && tok.lowercase() && !lex.isFunctionWord(tok.lower()))
                    && !inPrefieldPhrase(t, k, to)) {
                return k;
            }
            if (tok.is(':') || tok.is(';') || SpeechCues.isQuoteMark(tok)) {
                return from;
            }
        }
        return from;
    }

    /**
     * A lower-case word in an attribution phrase that is no finite verb: a preposition ("gegenüber dem Blatt"), a
     * coordinator or a word before one ("der Agenturen dpa und AFP", "sowie anderer Zeugen"), a name with an inner
     * capital, dot or digit ("al-Dschasira", "tagesschau.de").
     */
    private boolean inPrefieldPhrase(List<Token> t, int k, int to) {
        String w = t.get(k).lower();
        if (phrases.isPreposition(w) || COORDINATORS.contains(w)
                || k + 1 < to && COORDINATORS.contains(t.get(k + 1).lower())) {
            return true;
        }
        return nameShaped(t.get(k).text());
    }

    /** A lower-case word with an inner capital, a dot or a digit is a name or address, no verb ("al-Qaida", "n24"). */
    private static boolean nameShaped(String word) {
        for (int c = 1; c < word.length(); c++) {
            char ch = word.charAt(c);
            if (Character.isUpperCase(ch) || Character.isDigit(ch) || ch == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * Token {@code k} follows a closing bracket or quotation mark that ends a name ("der Entwicklungsbank (IADB)
     * sandten Migranten …"): a lower-case word there is the finite verb even before a capitalised noun, as an
     * adjective would not follow the closed name.
     */
    private static boolean afterNameEnd(List<Token> t, int k) {
        if (k < 2) {
            return false;
        }
        Token before = t.get(k - 1);
        return before.is(')') || SpeechCues.isQuoteMark(before) && t.get(k - 2).word()
                && t.get(k - 2).end() == before.start();
    }

    /** Tokens a quoted name in an attribution phrase may take. */
    private static final int QUOTED_NAME_REACH = 8;

    /** The first quotation mark in {@code [from, max)} (the one closing a quoted name), or -1. */
    private static int closingMark(List<Token> t, int from, int max) {
        for (int k = from; k < max && k < from + QUOTED_NAME_REACH; k++) {
            if (SpeechCues.isQuoteMark(t.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Ermittlungen der Polizei zufolge wollte …", "Berichten verschiedener Medien zufolge fand …": a phrase closed
     * by "zufolge" fills the prefield when no comma stands before it in the sentence and a finite verb follows it
     * (a lower-case word that is no function word and not an adjective before a capitalised noun: "Sie entstammen
     * Berichten zufolge pakistanischen Familien" is no such case).
     */
    private boolean frontedZufolge(List<Token> t, int s, int zufolge, int to) {
        int v = zufolge + 1 < to && t.get(zufolge + 1).is(',') ? zufolge + 2 : zufolge + 1;
        if (v >= to || !finiteVerbLike(t, v, to)) {
            return false;
        }
        for (int k = s; k < zufolge; k++) {
            Token tok = t.get(k);
            if (tok.is(',') || tok.is(':') || tok.is(';')) {
                return false;
            }
            // a finite verb before "zufolge" makes it a mid-sentence phrase ("Es handele sich Angaben zufolge um …");
            // a name shaped like "al-Dschasiras" or "x.com" is none ("Der Website x.com zufolge ist …"), nor is an
            // adjective before its noun, which has an adjective's ending ("Die Camorra erwirtschaftet Schätzungen
            // zufolge …" has a verb)
            if (k > s && tok.word() && tok.lowercase() && !lex.isFunctionWord(tok.lower()) && !nameShaped(tok.text())
                    && !(k + 1 < zufolge && t.get(k + 1).word() && t.get(k + 1).capitalized()
                        && AdjectiveEndings.has(tok.lower()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The reported clause after the cue's comma or colon, as {from, to}, or null: it opens with "dass"/"ob"/"wonach"
     * (left out of the span) or has a Konjunktiv verb, or, with {@code anyMood}, any clause counts ("Wie X mitteilte,
     * …"), with {@code zuInfinitive} also a zu-infinitive ("kündigte an, den Vertrag zu prüfen").
     */
    private int[] clauseAfterCue(List<Token> t, SpeechCues.Cue cue, int contentEnd, int s, boolean anyMood,
                                 boolean zuInfinitive) {
        int sep = separatorAfter(t, cue, contentEnd);
        if (sep <= 0 || sep + 1 >= contentEnd) {
            return null;
        }
        boolean conj = COMPLEMENTIZERS.contains(t.get(sep + 1).lower());
        if (!conj && !anyMood && cues.verbCueAt(t, sep + 1, contentEnd) != null) {
            // "Eine Frau, die ihren Namen nicht nennen wollte, sagte …": the comma closes a relative clause and a
            // speech verb after it is the main clause's own, no report of the first cue (after "Wie X berichtet,"
            // the main clause is the report, verb and all)
            return null;
        }
        int from = conj ? sep + 2 : sep + 1;
        int to = clauseEnd(t, from, contentEnd, s);
        boolean ok = from < to && (conj || anyMood || lex.hasSubjunctive(t, from, to)
                || secondPlaceKonjunktivI(t, from, to) || plainSayClause(t, cue, sep, from, to)
                || zuInfinitive && !PURPOSE.contains(t.get(from).lower()) && hasZuInfinitive(t, from, to));
        return ok && !startsWithOpeningMarkCoveringAll(t, from, to) ? new int[]{from, to} : null;
    }

    /** Verbs of plain saying whose comma opens what was said, whatever its mood ("X sagte, viele kämpften …"). */
    private static final Set<String> PLAIN_SAY = Set.of("sagte", "sagten", "erklärte", "erklärten", "betonte",
            "betonten", "meinte", "meinten");

    /**
     * "Albrecht sagte, viele Händler kämpften ums Überleben.": a comma right after a plain speech verb opens the
     * content even without a Konjunktiv I (a weak verb's Konjunktiv II looks like its past; an indicative is common
     * too), when the clause is a main clause of three words or more (no conjunction, interrogative or "und" opening
     * it: "erklärte, warum …", "sagte, als …").
     */
    private boolean plainSayClause(List<Token> t, SpeechCues.Cue cue, int sep, int from, int to) {
        if (cue.first() != cue.last() || sep != cue.last() + 1 || !t.get(sep).is(',')
                || !PLAIN_SAY.contains(t.get(cue.first()).lower()) || countWords(t, from, to) < 3) {
            return false;
        }
        String first = t.get(from).lower();
        // a lower-case content word first is the finite verb of a main clause after a subordinate one ("Seit X
        // den Krieg erklärten, weiß man, …"), not a reported clause, which opens with its subject or a function word
        return t.get(from).word() && (t.get(from).capitalized() || lex.isFunctionWord(first))
                && !SUBORDINATE_OPENERS.contains(first) && !QUESTION_OPENERS.contains(first)
                && !PURPOSE.contains(first) && !COORDINATORS.contains(first) && hasFiniteVerbShape(t, from + 1, to);
    }

    /**
     * A word after the first that can be a finite verb: an auxiliary or modal, or a lower-case content word in -t
     * or -n ("bleibt", "kämpften"); a verbless fragment ("Berlin große Pläne") has none.
     */
    private boolean hasFiniteVerbShape(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (!tok.lowercase()) {
                continue;
            }
            String w = tok.lower();
            if (FINITE_AUXILIARIES.contains(w)
                    || w.length() >= 4 && (w.endsWith("t") || w.endsWith("n")) && !lex.isFunctionWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** The coordinating conjunctions of {@link SpeakerPhrases#COORDINATORS} and the listing "sowie", "bzw". */
    private static final Set<String> COORDINATORS = Stream.concat(
            SpeakerPhrases.COORDINATORS.stream(), Stream.of("sowie", "bzw")).collect(Collectors.toUnmodifiableSet());

    /**
     * The clause after a decision verb's comma, as {from, to}, or null: a dass-clause (text after "dass") or a
     * zu-infinitive that states no purpose ("beschloss, die Gebühr zu senken"; not "…, um … zu …") and opens with
     * no subordinating conjunction.
     */
    private int[] declaredClause(List<Token> t, SpeechCues.Cue cue, int contentEnd, int s) {
        int sep = separatorAfter(t, cue, contentEnd);
        if (sep <= 0 || sep + 2 >= contentEnd || !t.get(sep).is(',')) {
            return null;
        }
        boolean dass = t.get(sep + 1).lower().equals("dass") || t.get(sep + 1).lower().equals("daß");
        int from = dass ? sep + 2 : sep + 1;
        int to = clauseEnd(t, from, contentEnd, s);
        // not a subordinate clause of reason or time ("ist noch nicht entschieden, da X angekündigt hatte, … zu …")
        boolean ok = countWords(t, from, to) >= 3 && (dass || reportedZuInfinitive(t, from, to));
        return ok && !startsWithOpeningMarkCoveringAll(t, from, to) ? new int[]{from, to} : null;
    }

    /** The first token {@code c} in {@code [from, end)}, or {@code end}. */
    private static int indexOf(List<Token> t, char c, int from, int end) {
        for (int k = from; k < end; k++) {
            if (t.get(k).is(c)) {
                return k;
            }
        }
        return end;
    }

    /**
     * The token after the last semicolon in {@code [from, to)}, or after the last colon there that is followed by a
     * space and a capitalised word ("Zum Vergleich: Die Zahl …"; not "0:1", not "… einen Namen: terror"); else
     * {@code from}.
     */
    private static int afterClauseBreak(List<Token> t, int from, int to) {
        int start = from;
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (tok.is(';') || tok.is(':') && k + 1 < t.size() && t.get(k + 1).capitalized()
                    && t.get(k + 1).start() > tok.end()) {
                start = k + 1;
            }
        }
        return start;
    }

    /**
     * {@link #afterClauseBreak}, but not past a colon with a Konjunktiv before it: the report began before the colon
     * ("Es könne nicht die Lösung sein, …: Das geht so nicht weiter, so X").
     */
    private int reportAfterClauseBreak(List<Token> t, int from, int to) {
        int start = afterClauseBreak(t, from, to);
        return start > from && t.get(start - 1).is(':') && lex.hasSubjunctive(t, from, start - 1) ? from : start;
    }

    private Candidate candidate(TokenizedText d, int fromTok, int toTok, SpeechCues.Cue cue,
                                SpeakerPhrases.Phrase speaker) {
        while (fromTok + 1 < toTok && (d.token(fromTok).is(':') || d.token(fromTok).is(';'))) {
            fromTok++; // a report going on after the colon or semicolon that ended the one before starts past it
        }
        if (fromTok + 3 < toTok && attributingRelativeOpener(d.tokens, fromTok)) {
            // "verwies auf Studien, nach denen Homöopathie … sei": the relative words attribute, the content follows
            fromTok += 2;
        }
        int start = d.token(fromTok).start();
        int end = d.token(toTok - 1).end();
        return new Candidate(start, end, "indirect", cue, speaker, DirectQuoteFinder.isGenitiveCue(cue));
    }

    /** First comma/colon after the cue verb (and its particle) within its clause, or -1. */
    private static int separatorAfter(List<Token> t, SpeechCues.Cue cue, int limit) {
        int max = Math.min(limit, cue.last() + 14);
        for (int j = cue.first() + 1; j < max; j++) {
            Token tok = t.get(j);
            // "erklärte der Direktor, Hans Huber, die Lage sei ernst": a name in apposition to the subject after the
            // verb; the comma closing it is the separator (not a comma right after the verb: "sagte, Berlin, …")
            int apposition = j > cue.first() + 1 ? SpeechCues.appositionEnd(t, j, max) : -1;
            if (apposition > j && (cue.first() == cue.last() || apposition < cue.last())) {
                // before a separable verb's particle the closing comma is passed too ("gab X, Hans Huber, bekannt")
                j = cue.first() == cue.last() ? apposition - 1 : apposition;
                continue;
            }
            if (tok.is(',') || tok.is(':')) {
                return j >= cue.last() ? j : -1;
            }
            int name = quotedNameAfterArticle(t, j, max);
            if (name > j) {
                j = name; // "sagte der „Zeit“, man werde …": the medium addressed, not the speech
                continue;
            }
            int colon = SpeechCues.isQuoteMark(tok) && j > cue.last() ? colonAfterQuotedWords(t, j, max) : -1;
            if (colon > j) {
                return colon; // "sprach von einem «teuren Experiment»: Die Stadt werde …": the colon after the words
            }
            if (SpeechCues.isQuoteMark(tok) || tok.is('.') || tok.is(';')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * At an opening mark after the cue: the index of a colon right after its closing mark when at most six words
     * stand between the marks ("sprach von einem „Fehler“: …"), else -1.
     */
    private static int colonAfterQuotedWords(List<Token> t, int open, int max) {
        for (int k = open + 1; k < max - 1 && k <= open + 7; k++) {
            Token w = t.get(k);
            if (SpeechCues.isQuoteMark(w)) {
                return k > open + 1 && SpeechCues.isClosingMark(w) && t.get(k + 1).is(':') ? k + 1 : -1;
            }
            if (!w.word()) {
                return -1;
            }
        }
        return -1;
    }

    /** Articles and article contractions before a medium's name ("sagte zum „Dagblad“", "im „Spiegel“"). */
    private static final Set<String> MEDIUM_ARTICLES = Set.of("der", "dem", "des", "die", "den", "zum", "zur",
            "im", "vom", "beim");

    /**
     * At an opening mark right after an article, or after an article and a noun ("die Nachrichtenagentur
     * „Xinhua“", "dem Magazin „Focus“"): the closing mark's index when one to four capitalised words stand
     * between ("der „Süddeutschen Zeitung“", "dem „Spiegel“"), else -1.
     */
    private static int quotedNameAfterArticle(List<Token> t, int open, int max) {
        if (open < 1 || !SpeechCues.isQuoteMark(t.get(open)) || SpeechCues.isClosingMark(t.get(open))
                && !t.get(open).text().equals("«") && !t.get(open).text().equals("»")
                || !MEDIUM_ARTICLES.contains(t.get(open - 1).lower()) && !(open >= 2 && t.get(open - 1).word()
                    && t.get(open - 1).capitalized() && MEDIUM_ARTICLES.contains(t.get(open - 2).lower()))) {
            return -1;
        }
        for (int k = open + 1; k < max && k <= open + 5; k++) {
            Token w = t.get(k);
            if (SpeechCues.isQuoteMark(w)) {
                return k > open + 1 ? k : -1;
            }
            if (!w.word() || !w.capitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token where the clause starting at {@code from} ends: before a comma that opens another cue; before "und"
     * + a speech verb ("…, sie müssten handeln und fügte hinzu …": the speaker's next act); at a semicolon; at a
     * colon after three words or more that opens a capitalised sentence ("…, er werde gewinnen: Wir sind bereit.",
     * the speaker's own words with the quotation marks lost).
     */
    private int clauseEnd(List<Token> t, int from, int limit, int sentenceStart) {
        for (int j = from; j < limit; j++) {
            Token tok = t.get(j);
            if (j > from && tok.is(';')) {
                return j;
            }
            if (tok.is(':') && j + 1 < limit && t.get(j + 1).word() && t.get(j + 1).capitalized()
                    && countWords(t, from, j) >= 3) {
                return j;
            }
            if (j > from && (tok.lower().equals("und") || tok.lower().equals("sowie")) && !t.get(j - 1).is(',')
                    && j + 1 < limit && t.get(j + 1).lowercase() && finiteCue(t, j + 1, limit)) {
                return j;
            }
            if (!tok.is(',') || j + 1 >= limit) {
                continue;
            }
            int k = j + 1;
            String w = t.get(k).lower();
            if ((w.equals("und") || w.equals("sowie") || w.equals("aber")) && k + 1 < limit) {
                k++;
            }
            if (cues.verbCueAt(t, k, limit) != null && !SpeakerPhrases.DETERMINERS.contains(w)) {
                return j;
            }
            SpeechCues.Cue a = cues.attributionCueAt(t, k, sentenceStart, limit);
            if (a != null && (a.kind() == SpeechCues.Cue.Kind.SO || a.kind() == SpeechCues.Cue.Kind.LAUT)) {
                return j;
            }
            if (w.equals("wie") && verbCueBeforeComma(t, k + 1, limit)) {
                return j;
            }
        }
        return limit;
    }

    /** A finite speech verb at {@code k} (not a participle: "… und gesagt"). */
    private boolean finiteCue(List<Token> t, int k, int limit) {
        // the map lookup first: the cue test scans on for particles
        return lex.hasFiniteForm(t.get(k).lower()) && cues.verbCueAt(t, k, limit) != null;
    }

    private boolean verbCueBeforeComma(List<Token> t, int from, int limit) {
        for (int j = from; j < limit && j < from + 10; j++) {
            if (t.get(j).is(',')) {
                return false;
            }
            if (cues.verbCueAt(t, j, limit) != null) {
                return true;
            }
        }
        return false;
    }

    private boolean containsVerbCue(List<Token> t, int from, int to, int limit) {
        for (int j = from; j < to; j++) {
            if (cues.verbCueAt(t, j, limit) != null && !(j > from && t.get(j - 1).lower().equals("zu"))
                    && !passiveOrCompared(t, j, from, to) && !reportedPerfect(t, j, from, to)) {
                // a zu-infinitive reports nothing itself ("…, sei zu begrüßen, sagt X.")
                return true;
            }
        }
        return false;
    }

    /**
     * A speech verb's participle that is no reporting clause of its own: passive ("Er sei nicht informiert worden,
     * sagte X") or a comparison ("treffe die Firma härter als erwartet, sagte X", "wie angekündigt").
     */
    private static boolean passiveOrCompared(List<Token> t, int j, int from, int to) {
        String w = t.get(j).lower();
        if (!w.endsWith("t")) {
            return false;
        }
        if (j + 1 < to && (t.get(j + 1).lower().equals("worden") || t.get(j + 1).lower().equals("werden"))) {
            return true;
        }
        return j > from && (t.get(j - 1).lower().equals("als") || t.get(j - 1).lower().equals("wie"));
    }

    /** Konjunktiv auxiliaries of a perfect: "habe … gesprochen", "sei … gesagt worden". */
    private static final Set<String> SUBJUNCTIVE_AUXILIARIES = Set.of("habe", "hätte", "hätten", "sei", "seien");

    /**
     * A speech verb's participle closing a clause whose auxiliary is Konjunktiv is itself reported, no reporting
     * clause of its own: "Bei der ersten Vernehmung habe die Zeugin von einer anderen Uhrzeit gesprochen, hielt er
     * ihr vor" (the closing cue reports the whole clause).
     */
    private boolean reportedPerfect(List<Token> t, int j, int from, int to) {
        if (j + 1 != to || lex.hasFiniteForm(t.get(j).lower())) {
            return false;
        }
        for (int k = j - 1; k >= from && !t.get(k).is(',') && !t.get(k).is(':') && !t.get(k).is(';'); k--) {
            if (SUBJUNCTIVE_AUXILIARIES.contains(t.get(k).lower())) {
                return true; // in the participle's own clause ("…, aber: Bis heute hat X nicht geantwortet" is none)
            }
        }
        return false;
    }

    private static boolean containsComma(List<Token> t, int from, int to) {
        return indexOf(t, ',', from, to) < to;
    }

    private static int clauseStart(List<Token> t, int verb, int s) {
        int b = verb;
        while (b > s && !t.get(b - 1).is(',') && !t.get(b - 1).is(':')) {
            if (SpeechCues.isQuoteMark(t.get(b - 1))) {
                int open = quotedNameStart(t, b - 1, s);
                if (open < 0) {
                    break;
                }
                b = open; // "wie die Forscher im Fachblatt „Nature“ berichten": a quoted name inside the clause
                continue;
            }
            b--;
        }
        return b;
    }

    /**
     * For a closing mark at {@code close} that ends a short quoted name (one to four capitalised words right after
     * the opening mark, "„Nature“", "„Die Zeit“") and is followed by a word, the opening mark's index; else -1.
     */
    private static int quotedNameStart(List<Token> t, int close, int s) {
        if (close + 1 >= t.size() || !t.get(close + 1).word() || close - 1 <= s || !t.get(close - 1).word()) {
            return -1;
        }
        for (int k = close - 1; k >= s && k >= close - 5; k--) {
            Token tok = t.get(k);
            if (SpeechCues.isQuoteMark(tok)) {
                return k < close - 1 && t.get(k + 1).capitalized() ? k : -1;
            }
            if (!tok.word()) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> THIRD_PERSON_SUBJECTS = Set.of("er", "sie", "es", "man");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das");

    /**
     * Regular Konjunktiv I forms are not listed (every verb has one): the clause right after the cue's comma, or
     * the clause that opens a sentence closed by the cue ("Die Regierung verschweige, dass …, erklärte er"),
     * has its finite verb second, so "Bern prüfe …", "man plane …", "die Regierung erwarte …", "er hoffe …" —
     * a third-person subject (pronoun, one capitalised word, or der/die/das + noun) followed by a lower-case
     * word of 4+ letters ending in -e that is no function word and is not followed by a capitalised word (which
     * would make it an adjective before its noun) — is reported speech.
     */
    private boolean secondPlaceKonjunktivI(List<Token> t, int from, int to) {
        int v = secondPlace(t, from, to);
        if (v >= to || !t.get(v).word() || !t.get(v).lowercase()) {
            return false;
        }
        String w = t.get(v).lower();
        // an adjective is followed by its noun ("Berlin große Pläne"), a verb by its middle field or by the comma of
        // its object clause ("die Regierung verschweige, dass …")
        return w.length() >= 4 && w.endsWith("e") && !lex.isFunctionWord(w) && v + 1 < to
                && (t.get(v + 1).word() && !t.get(v + 1).capitalized()
                    || t.get(v + 1).is(',') && v + 2 < to && COMPLEMENTIZERS.contains(t.get(v + 2).lower()));
    }

    /** Finite verbs in -e that are no Konjunktiv I: "Gedreht wurde …", "Geplant würde …". */
    private static final Set<String> INDICATIVE_PAST = Set.of("wurde", "würde");

    /** The token after a third-person subject opening {@code [from, to)} (pronoun, name, der/die/das + noun), or to. */
    private int secondPlace(List<Token> t, int from, int to) {
        String first = t.get(from).lower();
        if (THIRD_PERSON_SUBJECTS.contains(first) || t.get(from).capitalized() && !lex.isFunctionWord(first)) {
            return from + 1;
        }
        return ARTICLES.contains(first) && from + 1 < to && t.get(from + 1).capitalized() ? from + 2 : to;
    }

    /**
     * {@link #secondPlaceKonjunktivI} for the clause before a closing cue, where narration in the indicative past
     * looks alike: "wurde", "würde" and preterites in -te ("Es folgte …", "Bergoglio wählte …, sagte X") are none.
     */
    private boolean konjunktivIBeforeClosingCue(List<Token> t, int from, int to) {
        if (!secondPlaceKonjunktivI(t, from, to)) {
            return false;
        }
        String verb = t.get(secondPlace(t, from, to)).lower();
        return !INDICATIVE_PAST.contains(verb) && !verb.endsWith("te");
    }

    /** Negations that deny the saying of a closing cue clause ("…, sagte er nicht", "…, wollte sie nie sagen"). */
    private static final Set<String> NEGATIONS = Set.of("nicht", "nie", "niemals", "keineswegs");

    /** Words opening an indirect question ("Wie viele …", "Ob …", "Wieso …"). */
    private static final Set<String> INDIRECT_QUESTION_OPENERS = Set.of("wie", "wieso", "warum", "weshalb",
            "weswegen", "wann", "wo", "wohin", "woher", "wer", "wen", "wem", "was", "welche", "welcher", "welches",
            "welchen", "ob", "wieviel", "wieviele");

    /** The clause at {@code from} is an indirect question. */
    private static boolean openQuestion(List<Token> t, int from) {
        return t.get(from).word() && INDIRECT_QUESTION_OPENERS.contains(t.get(from).lower());
    }

    /**
     * The end of a cue clause, its last three tokens and at most five after the comma ({@code [from, to)}), denies
     * the saying ("…, kündigte X an, aber … nicht drumherum" is no denial): "Wie viele Raketen es
     * sind, sagte er nicht.", "Wieso …, gab die Flugsicherung nicht bekannt." leave the question open, no one's
     * speech (an indirect question only: "Dass das Abkommen platzt, glaubt X nicht" states X's view).
     */
    private static boolean negated(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).word() && NEGATIONS.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A speech verb cue closing the sentence and its subject after it. */
    private record ClosingReport(SpeechCues.Cue cue, SpeakerPhrases.Phrase subject) {
    }

    /**
     * "…, sagte Gutmann.", "…, teilte ein Sprecher mit.": a speech verb right after the comma at {@code comma} whose
     * clause runs to {@code contentEnd} and whose subject follows the verb; null otherwise.
     */
    private ClosingReport closingReport(List<Token> t, int comma, int contentEnd, int s, int e) {
        if (comma + 1 >= contentEnd || !t.get(comma).is(',')) {
            return null;
        }
        SpeechCues.Cue cue = cues.verbCueAt(t, comma + 1, e);
        if (cue == null || clauseEnd(t, cue.last() + 1, contentEnd, s) < contentEnd) {
            return null;
        }
        SpeakerPhrases.Phrase subject = phrases.subjectOf(t, cue.first(), s, e);
        return subject != null && subject.from() > cue.first() ? new ClosingReport(cue, subject) : null;
    }

    /** "… zu prüfen" or a particle+zu+verb word ("einzurichten") closing a clause. */
    private boolean hasZuInfinitive(List<Token> t, int from, int to) {
        for (int j = from; j < to; j++) {
            Token tok = t.get(j);
            if (!tok.lowercase()) {
                continue;
            }
            boolean last = j + 1 >= to || !t.get(j + 1).word();
            if (!last) {
                continue;
            }
            String w = tok.lower();
            if (j - 1 >= from && t.get(j - 1).lower().equals("zu") && (isInfinitive(w) || SHORT_INFINITIVES.contains(w))) {
                return true;
            }
            if (isInfinitive(w) && particleZuInfinitive(w)) {
                return true;
            }
        }
        return false;
    }

    /** Infinitives without "-en" that close a zu-infinitive ("zu sein", "zu tun"). */
    private static final Set<String> SHORT_INFINITIVES = Set.of("sein", "tun");

    /**
     * Separable prefixes of German verbs beyond the speech verbs' own particles: "niederzulegen", "fernzubleiben",
     * "voranzutreiben", "beizumessen" are zu-infinitives as much as "mitzuteilen".
     */
    private static final Set<String> SEPARABLE_PREFIXES = Set.of("ab", "an", "auf", "aus", "bei", "dar", "durch",
            "ein", "empor", "entgegen", "fern", "fest", "fort", "frei", "her", "heran", "heraus", "herbei", "herein",
            "hin", "hinaus", "hinzu", "hoch", "los", "mit", "nach", "nieder", "statt", "teil", "über", "um", "unter",
            "voran", "vorbei", "voraus", "vor", "weg", "weiter", "wieder", "zu", "zurück", "zusammen");

    /**
     * "mitzuteilen", "zurückzutreten", "zuzugehen": a separable prefix, "zu" and a verb of at least four letters.
     * Every "zu" in the word is tried, as the prefix may itself begin with "zu" ("zurück", "zusammen").
     */
    private boolean particleZuInfinitive(String w) {
        for (int z = w.indexOf("zu", 2); z > 1; z = w.indexOf("zu", z + 1)) {
            String prefix = w.substring(0, z);
            if (w.length() > z + 4 && (SEPARABLE_PREFIXES.contains(prefix) || lex.isParticle(prefix))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An infinitive ending: "-en", and "-ern"/"-eln" of verbs on "-er"/"-el" ("zu opfern", "zu ändern",
     * "zu handeln"), which a check for "-en" alone missed.
     */
    private static boolean isInfinitive(String lowerWord) {
        return lowerWord.endsWith("en") || lowerWord.endsWith("ern") || lowerWord.endsWith("eln");
    }

    private static boolean startsWithOpeningMarkCoveringAll(List<Token> t, int from, int to) {
        return SpeechCues.isQuoteMark(t.get(from)) && SpeechCues.isQuoteMark(t.get(to - 1));
    }

    /** Word tokens among {@code t[from, to)}. */
    static int countWords(List<Token> t, int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            if (t.get(j).word()) {
                n++;
            }
        }
        return n;
    }
}
