package de.newsfacts.extract.quotes;

import java.util.List;
import java.util.Set;

/**
 * Turns pairs of quotation marks into direct or partial quotes, or drops them as scare quotes and titles.
 *
 * <p>Not speech (skipped):
 * <ol>
 *   <li>the closing mark is followed by a hyphen compound ("„Taurus“-Marschflugkörper"), the opening mark follows
 *       one ("im Ö1-„Morgenjournal“"), the closing mark is followed by a naming participle
 *       ("auch „Bonus View“ genannt", also "„…“ gerufen wird") or by an abbreviation in brackets ("„Vereinigte
 *       Front“ (UDD)"); a definite article and one capitalised word after a form of "nennen" is a nickname
 *       ("Sie nennen sie „die Kaiserin“");</li>
 *   <li>"so genannt(e…)"/"sogenannt(e…)" stands right before the opening mark;</li>
 *   <li>a title noun precedes it, possibly with articles/adjectives in between (die Zeitung „Die Welt“,
 *       das Buch „…“, unter dem Motto „…“, des Typs „…“; list {@code title-nouns.txt}), unless the quote has three
 *       words or more and opens in lower case (a title starts with a capital letter);</li>
 *   <li>it looks like a name (2–12 words, every word capitalised or a name particle/preposition, no final
 *       punctuation) and there is no strong cue. A strong cue is a colon right before the quote, a verb cue
 *       after a comma right after it ("…“, sagte X", "…“, so X") or a verb cue right before "…, „" — a verb
 *       directly after the quote without comma ("„Die Zeit“ meldet") makes the quote a subject, not speech. Not
 *       a name: such words after an indefinite article that a cue before them in their clause governs
 *       ("sprechen von einem „Versagen der Aufsicht“": a name takes no indefinite article), nor right after
 *       "sprach von" ("sprach von „Versäumnissen über Jahre“"), nor as the "von" object before a closing "gesprochen"
 *       ("hatte von einem „Befreiungsschlag für die Mitte“ gesprochen");</li>
 *   <li>1–3 words without final punctuation, without strong cue, without a cue in the same clause (no comma
 *       or colon between cue and quote: "nannte den Bericht eine „Zeitungsente“") and without a Konjunktiv
 *       verb in the sentence ("„entmilitarisiert“", "ein „geflügeltes Wort“"); a single capitalised word needs
 *       a strong cue or a cue in its clause even with a Konjunktiv (names and terms: "der Hurrikan „Dennis“");
 *       kept, though, in a headline segment "X: … „…“" whose X is a role or organisation noun, which speaks
 *       the quoted words ("Kammerpräsident: Vorgezogener Rückzug „reine Spekulation“"), and a quote of two or three
 *       words in the document's first sentence (the headline) whose segment opens with a role or with a name and a
 *       verb ("Außenminister X sieht „gefährlichen Zusammenhang“", "X sieht „kleinsten gemeinsamen Nenner“");</li>
 *   <li>a name-like quote right after an article or preposition ("der Chefredakteur der „New York Times“,
 *       bekräftigt …"): the comma cue after it is not its cue;</li>
 *   <li>1–4 words without final punctuation opening a parenthesis ("(„gegossenes Blei“)", "(kurz: „IG Bau“)"),
 *       naming a source or addressee ("laut „…“", "gegenüber dem „…“", "dem „…“ zufolge"), or a name of 1–3
 *       words right after a speech verb and an article ("berichtete die „Automobilwoche“") or between "dem"/"der"
 *       and a speech verb ("Dem „Tagesspiegel“ sagte er").</li>
 * </ol>
 * Quotes that pass 1–7 are speech.
 *
 * <p>Kind: <b>direct</b> when the quoted words start with an upper-case letter or digit and either the quote
 * starts its clause (first in the sentence, or after a colon or another quote), or it ends with . ! ? …
 * inside the marks, or a strong cue follows it ("„Wir kommen“, sagte er"); one word counts as direct only
 * when it starts its clause ("„Nein“, sagte er"). Otherwise <b>partial</b> (quoted words embedded in the
 * reporter's sentence).
 *
 * <p>Cue and speaker phrase: first a cue right after the quote ("…“, sagte X" / "…“, so X" /
 * "…“, hieß es"; the source of "heißt es" is the place named with it: "heißt es in der Erklärung", "Aus Paris hieß
 * es"), then the nearest cue before the quote in its sentence (subject by
 * {@link SpeakerPhrases#subjectOf}), then "X: „…“" (an opening bracket ends X: "(Zuruf von der SPD: „…“)"), then any other cue in the sentence(s) the quote spans;
 * with no speaker phrase yet, the subject of the clause before the quote ("X äußerte sich zuversichtlich: „…“"),
 * except before a passive participle cue ("Die Pläne wurden von X als „…“ bezeichnet": the "von" agent or a document
 * place before the quote, else no one; the subject is spoken of).
 * A colon after a dependent clause ("…, dass …:", "…, das offen zu sagen:") takes the main clause's subject.
 * After "„…“," a verb that is no cue ("zeigte sich X zufrieden", "so beschrieb ihn X", "wird X zitiert") names
 * the speaker when a person follows it. Without a cue, a document opening the clause ("In einem Brief …",
 * "Auf der Homepage …") is the speaker. "Laut „Tagesblatt“" and "nach Angaben einer/eines X" name X.
 */
final class DirectQuoteFinder {

    /** "genannt…"/"sogenannt…" as one token (a token holds no space: "so genannt" is checked as two). */
    private static final java.util.regex.Pattern SO_CALLED = java.util.regex.Pattern.compile("(?:so)?genannt\\w*");

    /** Genitive possessives before a source noun's complement ("nach Angaben seines Anwalts"). */
    private static final java.util.Set<String> POSSESSIVE_GENITIVES = java.util.Set.of("seines", "seiner", "ihres",
            "ihrer");

    /** Conjunctions that join the last member of a list ("…, und der Minister X: „…“"). */
    private static final java.util.Set<String> LIST_CONJUNCTIONS = java.util.Set.of("und", "sowie", "oder");

    /** A web address without spaces ("tt.com", "www.example.at/seite"): a name, never speech. */
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile(
            "(?:https?://)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.[a-z]{2,6}(?:/\\S*)?");

    private static final java.util.Set<String> NAMING_WORDS = java.util.Set.of("genannt", "getauft", "benannt",
            "betitelt");

    private static final java.util.Set<String> WERDEN = java.util.Set.of("wird", "werden", "wurde", "wurden");
    private static final java.util.Set<String> NENNEN = java.util.Set.of("nennt", "nennen", "nannte", "nannten");

    /** A form of "nennen" at most three tokens before the opening mark ("nennen sie „…“"). */
    private static boolean namingVerbBefore(List<Token> t, int openTok, int sentStart) {
        for (int i = openTok - 1; i >= sentStart && i >= openTok - 3; i--) {
            if (NENNEN.contains(t.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("der", "die", "das", "des", "dem",
            "den");
    private static final java.util.Set<String> INDEFINITE_ARTICLES = java.util.Set.of("ein", "eine", "einen",
            "einem", "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "keines");
    /** Participles after "als „…“" that make the quoted words a name ("das als „…“ bekannte Lager"). */
    private static final Set<String> KNOWN_AS = Set.of("bekannt", "bekannte", "bekannten", "bekannter", "bekanntes",
            "bezeichnet", "bezeichnete", "bezeichneten", "betitelt", "betitelte", "betitelten", "genannt", "genannte",
            "genannten", "titulierte", "titulierten");

    /** Finite forms of "sprechen/reden (von …)", whose "von" object is what was said. */
    private static final java.util.Set<String> SPEAK_OF = java.util.Set.of("spricht", "sprechen", "sprach",
            "sprachen", "redet", "reden", "redete", "redeten");
    /** Participles of "sprechen/reden (von …)" closing the clause ("hatte von einem „…“ gesprochen"). */
    private static final Set<String> SPOKEN_OF = Set.of("gesprochen", "geredet");

    /** The quote at {@code openTok} is the "von" object: right after "von", or after "von" + indefinite article. */
    private static boolean speakOfObject(List<Token> t, int openTok, Token before) {
        return before.lower().equals("von") || INDEFINITE_ARTICLES.contains(before.lower()) && openTok >= 2
                && t.get(openTok - 2).lower().equals("von");
    }

    /** Words after which a quote is part of a noun phrase ("der „…“", "von „…“"). */
    private static final java.util.Set<String> NOUN_PHRASE_OPENERS = java.util.Set.of("der", "die", "das", "des",
            "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "von", "vom", "zum", "zur", "im", "am",
            "beim", "für", "mit", "aus", "bei");

    private final QuoteLexicon lex;
    private final SpeechCues cues;
    private final SpeakerPhrases phrases;

    DirectQuoteFinder(QuoteLexicon lex, SpeechCues cues, SpeakerPhrases phrases) {
        this.lex = lex;
        this.cues = cues;
        this.phrases = phrases;
    }

    /** The quote for a pair of marks, or null when it is not speech. */
    Candidate analyse(TokenizedText d, QuotationMarkScanner.MarkedSpan span) {
        String text = d.text;
        List<Token> t = d.tokens;
        int innerStart = span.open() + 1;
        int innerEnd = span.close();
        while (innerStart < innerEnd && Character.isWhitespace(text.charAt(innerStart))) {
            innerStart++;
        }
        while (innerEnd > innerStart && Character.isWhitespace(text.charAt(innerEnd - 1))) {
            innerEnd--;
        }
        if (innerStart >= innerEnd) {
            return null;
        }
        int openTok = d.tokenAtOrAfter(span.open());
        int closeTok = d.tokenAtOrAfter(span.close());
        int words = 0;
        boolean nameLike = true;
        for (int i = openTok + 1; i < closeTok; i++) {
            Token tok = t.get(i);
            if (tok.word()) {
                words++;
                if (!tok.capitalized() && !Character.isDigit(tok.text().charAt(0))
                        && !(words > 1 && isNameJoiner(tok.lower()))) {
                    nameLike = false;
                }
            }
        }
        if (words == 0) {
            return null;
        }
        char last = text.charAt(innerEnd - 1);
        boolean endPunct = last == '.' || last == '!' || last == '?' || last == '…';
        if (endPunct) {
            nameLike = nameLike && words > 6;
        }
        int sOpen = d.sentenceAt(innerStart);
        int sClose = d.sentenceAt(span.close());
        int sentStart = Math.min(d.firstToken[sOpen], openTok);
        int sentEnd = Math.max(d.endToken[sClose], closeTok + 1);

        // hard "not speech" signals
        if (WEB_ADDRESS.matcher(text.substring(innerStart, innerEnd)).matches()) {
            return null; // "Anlass war „tt.com“": a web address
        }
        int c = span.close();
        if (c + 2 < text.length() && text.charAt(c + 1) == '-' && Character.isLetter(text.charAt(c + 2))) {
            return null;
        }
        int o = span.open();
        if (o >= 2 && text.charAt(o - 1) == '-' && Character.isLetterOrDigit(text.charAt(o - 2))) {
            return null; // "im Ö1-„Morgenjournal“", "ZDF-„Politbarometer“": a compound with a title
        }
        Token before = openTok - 1 >= sentStart ? t.get(openTok - 1) : null;
        if (before != null && before.word() && SO_CALLED.matcher(before.lower()).matches()) {
            return null;
        }
        if (before != null && before.lower().startsWith("genannt") && openTok - 2 >= 0
                && t.get(openTok - 2).lower().equals("so")) {
            return null;
        }

        // cue right after the quote
        SpeechCues.Cue cue = null;
        SpeakerPhrases.Phrase speaker = null;
        boolean genitive = false;
        boolean strongCue = false;
        boolean passiveCue = false;
        int a = closeTok + 1;
        boolean comma = false;
        if (a < sentEnd && t.get(a).is(',')) {
            a++;
            comma = true;
        }
        if (a < sentEnd && t.get(a).word() && NAMING_WORDS.contains(t.get(a).lower())) {
            return null; // "auch „Bonus View“ genannt"
        }
        if (!comma && a + 1 < sentEnd && t.get(a).lower().equals("gerufen")
                && WERDEN.contains(t.get(a + 1).lower())) {
            return null; // "der von allen nur „Bulle“ gerufen wird": a nickname, nothing shouted
        }
        if (words == 2 && ARTICLES.contains(t.get(openTok + 1).lower()) && t.get(openTok + 2).capitalized()
                && namingVerbBefore(t, openTok, sentStart)) {
            return null; // "Sie nennen sie „die Kaiserin“": a nickname given, no words quoted
        }
        if (a < sentEnd) {
            SpeechCues.Cue after = cues.verbCueAt(t, a, sentEnd);
            if (after == null) {
                after = cues.attributionCueAt(t, a, sentStart, sentEnd);
                if (after != null && after.kind() != SpeechCues.Cue.Kind.SO
                        && after.kind() != SpeechCues.Cue.Kind.HEISST_ES) {
                    after = null;
                }
            }
            if (after != null) {
                cue = after;
                // "„Die Zeit“ meldet" (no comma): the quote is the subject, a title
                strongCue = comma || endPunct || after.kind() == SpeechCues.Cue.Kind.SO;
                speaker = after.kind() == SpeechCues.Cue.Kind.HEISST_ES
                        ? phrases.sourceOfHeisstEs(t, after.first(), after.last(), sentStart, sentEnd)
                        : phrases.phraseAfter(t, after.last() + 1, sentEnd);
                if (speaker == null && after.kind() == SpeechCues.Cue.Kind.VERB) {
                    speaker = phrases.subjectOf(t, after.first(), a, sentEnd);
                    if (speaker == null && phrases.passiveAfterQuote(t, after.first(), sentStart, sentEnd)) {
                        // "Die Pläne wurden von X als „…“ bezeichnet": the agent before the quote, not the subject
                        passiveCue = true;
                        speaker = phrases.passiveAgentBefore(t, sentStart, openTok);
                    }
                }
                if (after.kind() == SpeechCues.Cue.Kind.VERB) {
                    speaker = phrases.quotedPerson(t, after.first(), speaker, sentEnd);
                }
            }
        }
        if (cue == null && speaker == null && endPunct) {
            // "„Wir brauchen eine Rückführungskultur.“ (Heinz-Christian Strache)": the speaker in brackets
            speaker = bracketedName(t, closeTok + 1);
        }
        if (cue == null && speaker == null && endPunct && before != null && before.is('(') && closeTok + 1 < sentEnd
                && t.get(closeTok + 1).is(')')) {
            // "…, Mohammed ElBaradei („Mir fällt niemand ein …“), und …": a statement in brackets after a name
            SpeakerPhrases.Phrase p = phraseBefore(t, openTok - 1, sentStart);
            speaker = p != null && !p.pronoun() && phrases.nameLike(t, p) ? p : null;
        }
        // "Facebook: „Bürgerwehren“ stellen … an den Pranger": the sentence after the colon goes on after the quote,
        // the quoted words are part of it, the words before the colon do not introduce them
        boolean clauseGoesOn = cue == null && words <= 3 && !endPunct && closeTok + 1 < sentEnd
                && t.get(closeTok + 1).word() && t.get(closeTok + 1).lowercase();
        boolean colonBefore = before != null && before.is(':') && !clauseGoesOn;
        boolean startsClause = before == null || colonBefore || SpeechCues.isClosingMark(before)
                || before.is('.') || before.is('!') || before.is('?') || openTok == d.firstToken[sOpen];
        // cue before the quote in its sentence
        if (cue == null) {
            SpeechCues.Cue inRelative = null;
            for (int i = openTok - 1; i >= sentStart; i--) {
                if (colonBefore && isDash(t.get(i))) {
                    break; // "Klub stärkt dem Trainer den Rücken – Zidane: „…“": a dash ends the speaker's segment
                }
                SpeechCues.Cue v = cues.verbCueAt(t, i, sentEnd); // particle may follow: "warf … „…“ vor"
                if (v == null) {
                    v = cues.attributionCueAt(t, i, sentStart, openTok);
                }
                if (v != null && inRelative == null && closedRelativeClause(t, v, sentStart, openTok)) {
                    // "X kritisierte die Handlungsweise Ys, der zum Sturm aufgerufen haben soll, als „…“": the
                    // relative clause is closed before the quote, its verb reports something else; an earlier cue
                    // of the main clause governs the quote (kept only when there is none)
                    inRelative = v;
                    i = v.first();
                    continue;
                }
                if (v != null) {
                    cue = v;
                    break;
                }
            }
            if (cue == null) {
                cue = inRelative;
            }
            if (cue != null) {
                speaker = speakerForCue(t, cue, sentStart, openTok);
                genitive = isGenitiveCue(cue);
                // a speech verb right before ", „…“" still marks the quote as speech when it ends a relative clause
                SpeechCues.Cue nearest = inRelative != null ? inRelative : cue;
                strongCue = colonBefore || before.is(',') && nearest.last() >= openTok - 3;
            }
        }
        if (cue == null && colonBefore) {
            int b = openTok - 1;
            int s = b;
            // a dash ends the segment too: "Athen – Tsipras: „…“" (dateline or headline before the speaker), and
            // so does a colon with a space after it: "+++ 16:05 Uhr: Polizei: „…“" (a live-ticker time stamp)
            // and an opening bracket: "(Zuruf von der SPD: „Unsinn!“)", an interjection in a debate report
            while (s > sentStart && !(t.get(s - 1).is(',') || t.get(s - 1).is('.') || isDash(t.get(s - 1))
                    || SpeechCues.isQuoteMark(t.get(s - 1)) || t.get(s - 1).is('(')
                    || t.get(s - 1).is(':') && t.get(s).start() > t.get(s - 1).end())) {
                s--;
            }
            int segEnd = b;
            while (s > sentStart && t.get(s - 1).is(',') && dependentClause(t, s, segEnd)) {
                // "X zeigte sich besorgt, dass …: „…“", "X hat wenig Hemmungen, das offen zu sagen: „…“":
                // the speaker is the subject of the main clause before it
                segEnd = s - 1;
                s = segEnd;
                while (s > sentStart && !(t.get(s - 1).is(',') || t.get(s - 1).is('.')
                        || SpeechCues.isQuoteMark(t.get(s - 1)))) {
                    s--;
                }
            }
            // "…, und der norwegische Ministerpräsident X: „…“": the last of a list of speakers, after its conjunction
            int phraseStart = s < b && LIST_CONJUNCTIONS.contains(t.get(s).lower()) ? s + 1 : s;
            SpeakerPhrases.Phrase p = phrases.nounPhrase(t, phraseStart, b);
            if (p == null || p.to() != b) {
                // "Als Nachfolger gehandelter Zidane: „…“": a noun phrase ending at the colon after other words
                SpeakerPhrases.Phrase tail = segEnd == b && lastDashSegment(t, s, sentStart) ? phraseBefore(t, b, s)
                        : null;
                if (tail != null && tail.from() > s && !tail.pronoun()
                        && !lex.isFunctionWord(t.get(tail.from() - 1).lower())) { // not "Kaiser über Lösung:"
                    p = tail;
                }
            }
            if (p != null && p.to() == b) {
                speaker = p; // "Scholz: „…“"
            } else if (segEnd < b) {
                speaker = phrases.clauseSubject(t, s, segEnd);
            } else {
                speaker = phrases.clauseSubject(t, s, b);
            }
            strongCue = true;
        }
        if (cue != null && cue.last() < openTok) {
            SpeakerPhrases.Phrase listed = listedSpeaker(t, cue, before, openTok, closeTok, sentStart, sentEnd,
                    endPunct, colonBefore);
            if (listed != null) {
                speaker = listed;
            }
        }
        if (cue == null && speaker == null && comma && a < sentEnd) {
            // "„…“, zeigte sich X zufrieden", "„…“, strich X heraus": the quote fills the prefield, the verb
            // after it is inverted and its subject is the speaker when that is a person
            int v = a + 1 < sentEnd && t.get(a).lower().equals("so") && t.get(a + 1).lowercase() ? a + 1 : a;
            SpeakerPhrases.Phrase p = invertedSubject(t, v, sentEnd); // "so beschrieb ihn X"
            if (p != null) {
                speaker = p;
                cue = new SpeechCues.Cue(v, v, t.get(v).text(), SpeechCues.Cue.Kind.VERB);
            }
        }
        // any other cue in the sentence(s), after the quote
        if (cue == null) {
            for (int i = closeTok + 1; i < sentEnd; i++) {
                if (colonBefore && isDash(t.get(i))) {
                    // "Obama: „…“ – Republikaner kündigen Widerstand an": the next segment speaks for itself
                    break;
                }
                SpeechCues.Cue v = cues.verbCueAt(t, i, sentEnd);
                if (v == null) {
                    v = cues.attributionCueAt(t, i, sentStart, sentEnd);
                }
                if (v != null) {
                    cue = v;
                    speaker = speakerForCue(t, v, sentStart, sentEnd);
                    genitive = isGenitiveCue(v);
                    break;
                }
            }
        }
        // a title starts with a capital letter; three or more words opening in lower case after a title noun are
        // the speaker's words ("warf ihm vor, die Klimaschutzprogramme „auf dem Altar … zu opfern“")
        boolean spokenWords = words >= 3 && Character.isLowerCase(text.charAt(innerStart));
        if (before != null && !spokenWords && titleNounBefore(t, openTok, sentStart)) {
            return null;
        }
        // "der Chefredakteur der „New York Times“, bekräftigt …": a name inside a noun phrase; the comma cue
        // after it belongs to the sentence, not to the quote
        boolean inNounPhrase = before != null && before.word() && NOUN_PHRASE_OPENERS.contains(before.lower());
        // "sprechen von einem „Versagen der Aufsicht“": capitalised nouns after an indefinite article that a cue
        // before it governs are words of the speaker, not a name (a name takes no indefinite article)
        // so are they right after "sprach von" ("sprach von „Versäumnissen über Jahre“"): what one speaks of
        // and so is what a speech verb calls something ("bezeichnete den Entwurf als „Sammlung von Luftschlössern“"),
        // but not a name something is known by ("das als „Dschungel von Calais“ bekannte Lager")
        boolean spokenNounPhrase = before != null && cue != null && (cue.last() < openTok
                && (INDEFINITE_ARTICLES.contains(before.lower())
                    || before.lower().equals("von") && SPEAK_OF.contains(t.get(cue.first()).lower())
                    || before.lower().equals("als") && cue.kind() == SpeechCues.Cue.Kind.VERB
                        && !(closeTok + 1 < t.size() && KNOWN_AS.contains(t.get(closeTok + 1).lower())))
                    || cue.first() > closeTok && SPOKEN_OF.contains(t.get(cue.first()).lower())
                        && speakOfObject(t, openTok, before))
                && sameClause(t, cue, openTok, closeTok);
        if (nameLike && words >= 2 && words <= 12 && (!strongCue || inNounPhrase && !colonBefore)
                && !spokenNounPhrase || abbreviationAfter(text, c)) {
            return null;
        }
        if (!endPunct && words <= 4 && (inParentheses(t, openTok, sentStart) || sourceOrAddressee(t, openTok,
                closeTok, sentStart, sentEnd) || nameLike && words <= 3 && (mediumAfterVerb(t, openTok, sentStart,
                sentEnd) || addresseeBeforeVerb(t, openTok, closeTok, sentStart, sentEnd)))) {
            return null;
        }
        if (cue == null && openTok > sentStart && (speaker == null || !(speaker.pronoun()
                || phrases.roleHead(t, speaker) || phrases.nameLike(t, speaker)))) {
            // "In einem Brief an die Mitglieder war von einem „…“ die Rede": the document speaks
            SpeakerPhrases.Phrase doc = phrases.documentPlace(t, sentStart, openTok);
            if (doc != null) {
                speaker = doc;
            }
        }
        if (speaker == null && cue == null && before != null && isDash(before)) {
            // "Kammerpräsident: Rückzug „reine Spekulation“ – „Werde bleiben“": the "X:" of the sentence goes on
            speaker = colonSpeakerBefore(t, sentStart, openTok - 1);
        }
        if (speaker == null && openTok > sentStart && !passiveCue && !(cue != null
                && cue.kind() == SpeechCues.Cue.Kind.HEISST_ES)) {
            // "X äußerte sich zuversichtlich: „…“", "X würdigte ihn als „…“": the subject of the clause
            speaker = phrases.clauseSubject(t, sentStart, openTok);
        }
        boolean cueInClause = cue != null && sameClause(t, cue, openTok, closeTok);
        if (words <= 3 && !strongCue && !endPunct && !cueInClause
                && (words == 1 && !Character.isLowerCase(text.charAt(innerStart))
                    || !lex.hasSubjunctive(t, sentStart, openTok) // a Konjunktiv outside the quote
                        && !lex.hasSubjunctive(t, closeTok + 1, sentEnd)
                        && !zuInfinitiveReport(t, cue, openTok, closeTok, sentEnd))) {
            // a single capitalised word ("den „Tagesspiegel“", "der Hurrikan „Dennis“") is a name or term unless
            // a cue governs it; a lower-case one ("sei „kritisch“") is an evaluation in reported speech
            SpeakerPhrases.Phrase headline = cue == null && !nameLike ? headlineSpeaker(t, sentStart, openTok) : null;
            if (headline == null && cue == null && !nameLike && words >= 2 && sOpen == 0) {
                headline = headlineSubject(t, sentStart, openTok);
            }
            if (headline == null) {
                return null;
            }
            // "Kammerpräsident: Rückzug „reine Spekulation“": the "X:" of a headline says the whole segment after
            // it, the quoted words too
            speaker = headline;
        }
        boolean upper = Character.isUpperCase(text.charAt(innerStart)) || Character.isDigit(text.charAt(innerStart))
                || text.charAt(innerStart) == '.' || text.charAt(innerStart) == '…';
        boolean cueRightAfter = strongCue && cue != null && cue.first() > closeTok;
        String kind = upper && (startsClause || endPunct || cueRightAfter) && (words >= 2 || startsClause)
                || words >= 2 && secondHalf(t, cue, openTok, sentStart) ? "direct" : "partial";
        return new Candidate(innerStart, innerEnd, kind, cue, speaker, genitive);
    }

    /** Conjunctions of an infinitive of purpose or circumstance ("um … zu", "ohne … zu"): no content of speech. */
    private static final java.util.Set<String> PURPOSE_CONJUNCTIONS = java.util.Set.of("um", "ohne", "statt",
            "anstatt");

    /**
     * The quote stands in a zu-infinitive that a verb cue before it reports, as a Konjunktiv clause would be ("warf
     * London vor, den Konflikt „weiter zu eskalieren“", "…, „Öl ins Feuer“ zu gießen"): the comma after the cue opens
     * the clause, and "zu" + a lower-case word closes it inside the marks or after them (before a mark or
     * punctuation, so "zu hohen Kosten" is no infinitive).
     */
    private boolean zuInfinitiveReport(List<Token> t, SpeechCues.Cue cue, int openTok, int closeTok,
                                              int sentEnd) {
        if (cue == null || cue.kind() != SpeechCues.Cue.Kind.VERB || cue.last() >= openTok) {
            return false;
        }
        int comma = -1;
        for (int k = cue.last() + 1; k < openTok && k <= cue.last() + 4; k++) {
            if (t.get(k).is(',')) {
                comma = k; // the cue's own comma: "warf London vor," (not one of a later noun: "mit dem Ziel,")
                break;
            }
        }
        if (comma < 0 || PURPOSE_CONJUNCTIONS.contains(t.get(comma + 1).lower())) {
            return false;
        }
        for (int k = openTok + 1; k + 1 < sentEnd; k++) {
            Token w = t.get(k);
            if (k > closeTok && (w.is(',') || w.is(';') || w.is(':'))) {
                return false;
            }
            Token v = t.get(k + 1);
            if (w.lower().equals("zu") && v.lowercase() && !lex.isFunctionWord(v.lower())
                    && (k + 2 >= sentEnd || !t.get(k + 2).word())) {
                return true; // "zu denen" is no infinitive
            }
        }
        return false;
    }

    /**
     * "„Die Pegel steigen weiter“, sagte sie, „und in der Nacht …“": a quote right after "„…“, cue X," goes on with
     * the words the attribution split off; it is direct like its first half, lower-case or not. The cue is a verb or
     * "so" opening the stretch between the first half's closing mark and a comma before this quote, which holds at
     * most five tokens after the cue (the speaker, perhaps a day: "sagte er am Donnerstag,").
     */
    private static boolean secondHalf(List<Token> t, SpeechCues.Cue cue, int openTok, int sentStart) {
        if (cue == null || cue.last() >= openTok || cue.kind() != SpeechCues.Cue.Kind.VERB
                && cue.kind() != SpeechCues.Cue.Kind.SO) {
            return false;
        }
        int close = cue.first() - 2;
        return close >= sentStart && t.get(cue.first() - 1).is(',') && SpeechCues.isClosingMark(t.get(close))
                && t.get(openTok - 1).is(',') && openTok - 1 > cue.last() && openTok - 1 - cue.last() <= 6;
    }

    /**
     * The first token of the noun phrase before "zufolge" ("Eigenen Angaben zufolge hat …" → "Eigenen"), whoever
     * the speaker turns out to be; the cue itself when none ends there.
     */
    int governedPhraseStart(List<Token> t, SpeechCues.Cue cue, int start) {
        SpeakerPhrases.Phrase p = phraseBefore(t, cue.first(), start);
        return p == null ? cue.first() : p.from();
    }

    /**
     * The end of the noun phrase "laut"/"so" governs ("Laut eigenen Angaben hat …" → after "Angaben"), whoever the
     * speaker turns out to be; the cue's end for other cues or when no noun phrase follows.
     */
    int governedPhraseEnd(List<Token> t, SpeechCues.Cue cue, int limit) {
        if (cue.kind() != SpeechCues.Cue.Kind.SO && cue.kind() != SpeechCues.Cue.Kind.LAUT) {
            return cue.last() + 1;
        }
        SpeakerPhrases.Phrase p = phrases.nounPhrase(t, cue.last() + 1, limit);
        if (p == null) {
            return cue.last() + 1;
        }
        int end = p.to();
        // "laut einer Umfrage des Instituts „Forsa“": a quoted name right after the phrase's noun belongs to it (not
        // quoted words in lower case: "laut Gall „auch in Zukunft bestehen“")
        if (end + 1 < limit && t.get(end - 1).capitalized() && SpeechCues.isQuoteMark(t.get(end))
                && !SpeechCues.isClosingMark(t.get(end)) && t.get(end + 1).capitalized()) {
            for (int k = end + 1; k < limit && k <= end + 6; k++) {
                if (SpeechCues.isClosingMark(t.get(k))) {
                    return k > end + 1 ? k + 1 : end;
                }
                if (!t.get(k).word()) {
                    break;
                }
            }
        }
        return end;
    }

    /** Prepositions that open an extended attribute between an article and its noun ("des von X geführten …"). */
    private static final Set<String> ATTRIBUTE_PREPOSITIONS = Set.of("von", "vom", "in", "im", "aus", "mit", "für",
            "gegen", "unter", "bei", "beim", "nach", "seit", "über", "zur", "zum");

    /**
     * The noun after an extended attribute that opens at {@code j} right after an article: "nach Angaben des von der
     * Hamas kontrollierten Gesundheitsministeriums" → the token of "Gesundheitsministeriums", not the name inside
     * the attribute. The attribute is a preposition, up to six more words without punctuation, and a lower-case
     * participle or adjective in -en before a capitalised word; else {@code j} unchanged.
     */
    static int pastExtendedAttribute(List<Token> t, int j, int limit) {
        if (j >= limit || !ATTRIBUTE_PREPOSITIONS.contains(t.get(j).lower())) {
            return j;
        }
        for (int k = j + 2; k + 1 < limit && k <= j + 7; k++) {
            Token w = t.get(k);
            if (!w.word()) {
                return j;
            }
            if (w.lowercase() && w.lower().endsWith("en") && t.get(k + 1).capitalized()) {
                return k + 1;
            }
        }
        return j;
    }

    /** The speaker phrase of any cue: verb subject, or the phrase governed by laut/nach Angaben/zufolge/so. */
    SpeakerPhrases.Phrase speakerForCue(List<Token> t, SpeechCues.Cue cue, int start, int limit) {
        return speakerForCue(t, cue, start, limit, false);
    }

    /**
     * As {@link #speakerForCue(List, SpeechCues.Cue, int, int)}; with {@code bareSource} a source noun without
     * complement is itself the phrase (reported speech: "Nach Polizeiangaben wurden …" → "Polizeiangaben"). For
     * direct quotes it is not: there the person named near the cue is the better speaker.
     */
    SpeakerPhrases.Phrase speakerForCue(List<Token> t, SpeechCues.Cue cue, int start, int limit,
                                        boolean bareSource) {
        return switch (cue.kind()) {
            case VERB, CLAIM -> phrases.quotedPerson(t, cue.first(), phrases.subjectOf(t, cue.first(), start, limit),
                    limit);
            case SO, LAUT -> {
                SpeakerPhrases.Phrase p = phrases.nounPhrase(t, cue.last() + 1, limit);
                if (p != null && ownSource(t, p.from(), p.headEnd())) {
                    // "laut eigenen Angaben": the subject speaks; "laut seinen Angaben": someone named before
                    yield ownOrNamedBefore(t, cue, start, limit, p);
                }
                SpeakerPhrases.Phrase anaphor = p == null ? null : anaphoricSource(t, p);
                if (anaphor != null) {
                    yield anaphor; // "laut dessen Angaben"
                }
                // "Laut „Tagesblatt“": a quoted name
                yield p != null || cue.last() + 1 >= limit || !SpeechCues.isQuoteMark(t.get(cue.last() + 1)) ? p
                        : phrases.phraseAfter(t, cue.last() + 1, limit);
            }
            case NACH_SOURCE -> {
                // "nach Angaben der Polizei": complement of the source noun
                int k = cue.last() + 1;
                String gw = k < limit ? t.get(k).lower() : "";
                if (gw.equals("eines") || gw.equals("einer") || POSSESSIVE_GENITIVES.contains(gw)) {
                    // "nach Angaben einer Gewerkschaft", "nach Angaben seines Anwalts"
                    SpeakerPhrases.Phrase p = phrases.nounPhrase(t, k, limit);
                    if (p != null && !p.pronoun()) {
                        yield new SpeakerPhrases.Phrase(p.from(), p.to(), p.contentFrom(), p.headEnd(), false,
                                gw.equals("eines") ? "des" : p.determiner());
                    }
                }
                if (k < limit && (t.get(k).lower().equals("des") || t.get(k).lower().equals("der")
                        || t.get(k).lower().equals("von") || t.get(k).lower().equals("vom"))) {
                    int j = k + 1;
                    if (j < limit && SpeakerPhrases.DETERMINERS.contains(t.get(j).lower())
                            && t.get(k).lower().startsWith("von")) {
                        j++;
                    }
                    if (!t.get(k).lower().startsWith("von")) {
                        j = pastExtendedAttribute(t, j, limit);
                    }
                    SpeakerPhrases.Phrase p = phrases.nounPhrase(t, j, limit);
                    SpeakerPhrases.Phrase quoted = p == null && j < limit && SpeechCues.isQuoteMark(t.get(j))
                            ? phrases.phraseAfter(t, j, limit) : null;
                    if (quoted != null) {
                        yield quoted; // "nach Informationen des „Kicker“": a quoted name, as after "laut"
                    }
                    if (p != null) {
                        yield new SpeakerPhrases.Phrase(p.from(), p.to(), p.contentFrom(), p.headEnd(), false,
                                t.get(k).lower().equals("des") ? "des" : p.determiner());
                    }
                } else if (k < limit && t.get(k).capitalized() && !lex.isFunctionWord(t.get(k).lower())) {
                    SpeakerPhrases.Phrase p = phrases.nounPhrase(t, k, limit); // "nach Angaben Merkels"
                    if (p != null) {
                        yield new SpeakerPhrases.Phrase(p.from(), p.to(), p.contentFrom(), p.headEnd(), false, "des");
                    }
                } else if (k + 1 < limit && t.get(k).lowercase() && gw.endsWith("er") && t.get(k + 1).capitalized()
                        && !lex.isFunctionWord(gw)) {
                    // a genitive plural without article: "nach Schätzungen französischer Behörden"
                    SpeakerPhrases.Phrase p = phrases.nounPhrase(t, k, limit);
                    if (p != null && !p.pronoun()) {
                        yield p;
                    }
                }
                // no complement: the source noun itself names the source ("nach Polizeiangaben", "nach offiziellen
                // Angaben"), unless it is the subject's own ("nach eigenen/seinen Angaben": the subject speaks)
                if (ownSource(t, cue.first() + 1, cue.last())) {
                    // "Nach seiner Einschätzung leiden …" with another subject: the person named before, as after
                    // "laut seinen Angaben"
                    yield ownOrNamedBefore(t, cue, start, limit, new SpeakerPhrases.Phrase(cue.first() + 1,
                            cue.last() + 1, cue.first() + 2, cue.last() + 1, false, t.get(cue.first() + 1).lower()));
                }
                yield bareSource && (cue.first() + 1 < cue.last() || compoundSource(t.get(cue.last()).lower()))
                        ? new SpeakerPhrases.Phrase(cue.first() + 1, cue.last() + 1, cue.first() + 1, cue.last() + 1,
                        false, null)
                        : null;
            }
            case ZUFOLGE -> {
                SpeakerPhrases.Phrase p = phraseBefore(t, cue.first(), start);
                if (p != null && ownSource(t, p.from(), p.headEnd())) {
                    yield ownOrNamedBefore(t, cue, start, limit, p); // "eigenen/seinen Angaben zufolge"
                }
                SpeakerPhrases.Phrase anaphor = p == null ? null : anaphoricSource(t, p);
                yield anaphor != null ? anaphor : p; // "Den Angaben zufolge", else "Berichten zufolge", "X zufolge"
            }
            case HEISST_ES -> phrases.sourceOfHeisstEs(t, cue.first(), cue.last(), start, limit);
        };
    }

    private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("sich", "ihn", "ihm", "ihr",
            "ihnen", "es", "uns", "mir", "mich");

    /** The clause [s, end) is a dependent clause: opened by a subordinator, or an infinitive ("… zu zeigen"). */
    private static boolean dependentClause(List<Token> t, int s, int end) {
        if (s >= end || !t.get(s).word()) {
            return false;
        }
        return SpeakerPhrases.isSubordinator(t.get(s).lower()) || end - s >= 2 && t.get(end - 2).lower().equals("zu")
                && t.get(end - 1).lowercase();
    }

    /**
     * After "„…“," a finite verb followed by a person ("zeigte sich Anna Roth", "gab der Minister zu", "meinte
     * er"): that person's phrase, or null.
     */
    private SpeakerPhrases.Phrase invertedSubject(List<Token> t, int verb, int sentEnd) {
        if (verb + 1 >= sentEnd || !t.get(verb).lowercase() || t.get(verb).text().length() < 3
                || lex.isFunctionWord(t.get(verb).lower())) {
            return null;
        }
        int j = verb + 1;
        if (j < sentEnd && OBJECT_PRONOUNS.contains(t.get(j).lower())) {
            j++; // "zeigte sich X", "so beschrieb ihn X"
        }
        SpeakerPhrases.Phrase p = phrases.nounPhrase(t, j, sentEnd);
        if (p == null || !(p.pronoun() || phrases.roleHead(t, p) || phrases.nameLike(t, p))) {
            return null;
        }
        return p;
    }

    private static final java.util.regex.Pattern OWN = java.util.regex.Pattern.compile(
            "eigene[nmrs]?|(sein|ihr|unser|euer|eur|mein|dein)(e[nmrs]?)?");

    /**
     * "Die Firma hat laut eigenen Angaben …", "Er habe nach seinen Angaben …": the clause's subject, when it stands
     * before the cue or is a pronoun; else null ("Nach eigenen Angaben wurden drei Menschen verletzt" names no one).
     */
    private SpeakerPhrases.Phrase ownStatement(List<Token> t, SpeechCues.Cue cue, int start, int limit) {
        int clause = start;
        for (int k = cue.first() - 1; k > start; k--) {
            if (t.get(k).is(';')) {
                clause = k + 1; // "Auch die Nachbarn sagten Hilfe zu; Bern stellt nach eigenen Angaben …"
                break;
            }
        }
        SpeakerPhrases.Phrase subject = phrases.clauseSubject(t, clause, limit);
        if (subject != null && !subject.pronoun() && lex.isSourceNoun(t.get(subject.headEnd() - 1).lower())) {
            return null; // "Seinen Angaben zufolge wird …": the source phrase itself is no subject
        }
        return subject != null && (subject.to() <= cue.first() || subject.pronoun()) ? subject : null;
    }

    /**
     * The speaker of an own-statement source phrase {@code source} ("eigenen/seinen Angaben"): the clause's subject
     * ({@link #ownStatement}), else the possessive's referent ({@link #anaphoricSource}).
     */
    private SpeakerPhrases.Phrase ownOrNamedBefore(List<Token> t, SpeechCues.Cue cue, int start, int limit,
                                                   SpeakerPhrases.Phrase source) {
        SpeakerPhrases.Phrase own = ownStatement(t, cue, start, limit);
        return own != null ? own : anaphoricSource(t, source);
    }

    private static final java.util.Set<String> ANAPHORIC_DETERMINERS = java.util.Set.of("seinen", "seinem",
            "seiner", "ihren", "ihrem", "ihrer", "dessen", "deren");

    /**
     * A source noun without complement, opened by a possessive ("Seinen Angaben zufolge", "laut ihren Worten",
     * "Ihrer Darstellung zufolge"), points back to the person or organisation named before: a pronoun-like phrase
     * (resolved as "er"/"sie" are), or null for any other phrase. With an article the noun stays the source
     * ("Dem Bericht zufolge", "Den Angaben zufolge"): resolving those guessed wrong as often as right.
     */
    private SpeakerPhrases.Phrase anaphoricSource(List<Token> t, SpeakerPhrases.Phrase p) {
        if (p.to() != p.headEnd() || p.from() >= p.contentFrom() || !lex.isSourceNoun(t.get(p.headEnd() - 1).lower())
                || !ANAPHORIC_DETERMINERS.contains(t.get(p.from()).lower())) {
            return null;
        }
        return new SpeakerPhrases.Phrase(p.from(), p.to(), p.contentFrom(), p.headEnd(), true, p.determiner());
    }

    /** "eigenen", "seinen", "ihren" … among the words before the source noun: the statement is the subject's own. */
    private static boolean ownSource(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (OWN.matcher(t.get(k).lower()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** "polizeiangaben", "zeugenaussagen": a compound ending in a source noun names its source; "angaben" does not. */
    private boolean compoundSource(String noun) {
        for (int i = 3; i + 4 <= noun.length(); i++) {
            if (lex.isSourceNoun(noun.substring(i)) || noun.charAt(i - 1) == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * A speaker named after the cue before the quote, right at the quote, who is not the cue's subject: a name with
     * a statement in brackets ("so X, Mara Kovač („…“), und …") or, after "so", the last of a list before a colon
     * ("so X, Y und der Bürgermeister Jens Holm: „…“"); null otherwise.
     */
    private SpeakerPhrases.Phrase listedSpeaker(List<Token> t, SpeechCues.Cue cue, Token before, int openTok,
                                                int closeTok, int sentStart, int sentEnd, boolean endPunct,
                                                boolean colonBefore) {
        if (before == null) {
            return null;
        }
        if (before.is('(') && endPunct && closeTok + 1 < sentEnd && t.get(closeTok + 1).is(')')) {
            SpeakerPhrases.Phrase p = phraseBefore(t, openTok - 1, sentStart);
            return p != null && p.from() > cue.last() && !p.pronoun() && phrases.nameLike(t, p) ? p : null;
        }
        if (colonBefore && cue.kind() == SpeechCues.Cue.Kind.SO) {
            int b = openTok - 1;
            for (int k = b - 1; k > cue.last(); k--) {
                if (!t.get(k).word() && !t.get(k).is(',')) {
                    return null;
                }
                if (LIST_CONJUNCTIONS.contains(t.get(k).lower())) {
                    SpeakerPhrases.Phrase p = phrases.nounPhrase(t, k + 1, b);
                    return p != null && p.to() == b && !p.pronoun()
                            && (phrases.nameLike(t, p) || phrases.roleHead(t, p)) ? p : null;
                }
            }
        }
        return null;
    }

    /** The noun phrase ending right before token {@code end} ("Angaben der Polizei zufolge"). */
    SpeakerPhrases.Phrase phraseBefore(List<Token> t, int end, int start) {
        for (int s = Math.max(start, end - 8); s < end; s++) {
            if (!t.get(s).word()) {
                continue;
            }
            SpeakerPhrases.Phrase p = phrases.nounPhrase(t, s, end);
            if (p != null && p.to() == end) {
                return p;
            }
        }
        return null;
    }

    /** Lower-case words that may follow the verb at the end of a relative clause ("aufgerufen haben soll,"). */
    private static final int MAX_VERB_TAIL = 3;
    /** How far back a relative clause may open before its final verb. */
    private static final int MAX_RELATIVE_CLAUSE = 25;

    /**
     * The verb cue ends a relative clause that closes with a comma before the quote: ", der … aufgerufen haben soll,"
     * or ", zu der … aufgerufen hatte,". The relative pronoun follows the comma directly or after a preposition.
     */
    private boolean closedRelativeClause(List<Token> t, SpeechCues.Cue v, int sentStart, int openTok) {
        if (v.kind() != SpeechCues.Cue.Kind.VERB) {
            return false;
        }
        int k = v.last() + 1;
        while (k < openTok && k <= v.last() + MAX_VERB_TAIL && t.get(k).word() && t.get(k).lowercase()) {
            k++;
        }
        if (k >= openTok || !t.get(k).is(',')) {
            return false;
        }
        for (int c = v.first() - 1; c > sentStart && c >= v.first() - MAX_RELATIVE_CLAUSE; c--) {
            Token tok = t.get(c);
            if (tok.is(',')) {
                String w = t.get(c + 1).lower();
                String w2 = c + 2 < v.first() ? t.get(c + 2).lower() : "";
                return c + 1 < v.first() && t.get(c + 1).lowercase()
                        && (SpeakerPhrases.RELATIVE_PRONOUNS.contains(w)
                        || phrases.isPreposition(w) && SpeakerPhrases.RELATIVE_PRONOUNS.contains(w2));
            }
            if (!tok.word() && !tok.is('-') && !tok.is('.')) {
                return false; // a quote, colon or bracket: not a plain relative clause
            }
        }
        return false;
    }

    static boolean isGenitiveCue(SpeechCues.Cue cue) {
        return cue.kind() == SpeechCues.Cue.Kind.NACH_SOURCE;
    }

    private boolean titleNounBefore(List<Token> t, int openTok, int sentStart) {
        for (int i = openTok - 1, seen = 0; i >= sentStart && seen < 3; i--, seen++) {
            Token tok = t.get(i);
            if (!tok.word()) {
                return false;
            }
            if (tok.capitalized()) {
                return lex.isTitleNoun(tok.lower());
            }
            if (ARTICLES.contains(tok.lower()) || INDEFINITE_ARTICLES.contains(tok.lower())) {
                return false; // "nannte das Projekt ein „Milliardengrab“": a new noun phrase, no apposition
            }
            if (tok.lower().equals("als")) {
                return false; // "kritisierte den Plan als „Geschenk mit der Giesskanne“": a predicate, no apposition
            }
            // skip adjectives ("des britischen Magazins „…“")
        }
        return false;
    }

    /**
     * "(„gegossenes Blei“)", "(kurz: „IG Bau“)", "(Motto: „…“)": a quote opening a parenthesis, possibly after a
     * label and a colon, is a translation, short name or motto.
     */
    private static boolean inParentheses(List<Token> t, int openTok, int sentStart) {
        int i = openTok - 1;
        if (i >= sentStart && t.get(i).is(':')) {
            i--;
            int labelWords = 0;
            while (i >= sentStart && t.get(i).word() && labelWords < 3) {
                i--;
                labelWords++;
            }
            if (labelWords == 0) {
                return false;
            }
        }
        return i >= sentStart && t.get(i).is('(');
    }

    /**
     * "laut „Tagesspiegel“", "gegenüber dem „Tagesspiegel“", "dem „Figaro“ zufolge", "nach Informationen des
     * „Kicker“": the quoted words name the source or the addressee of a statement.
     */
    private boolean sourceOrAddressee(List<Token> t, int openTok, int closeTok, int sentStart, int sentEnd) {
        int i = openTok - 1;
        if (i >= sentStart && ARTICLES.contains(t.get(i).lower())) {
            i--;
        }
        if (i >= sentStart && t.get(i).word() && (t.get(i).lower().equals("laut")
                || t.get(i).lower().equals("gegenüber"))) {
            return true;
        }
        // "nach Informationen des „Kicker“", "Angaben der „Bild“": the genitive of a source noun names the source
        if (i < openTok - 1 && i >= sentStart && t.get(i).capitalized() && lex.isSourceNoun(t.get(i).lower())) {
            return true;
        }
        return closeTok + 1 < sentEnd && t.get(closeTok + 1).lower().equals("zufolge");
    }

    /**
     * "schreibt die „Computerwoche“", "berichtete die „Automobilwoche“": the quoted name is the verb's subject;
     * "sagte Pohlmann dem „Spiegel“", "sagte er der „Zeit“": the dative after verb and subject is the addressee.
     */
    private boolean mediumAfterVerb(List<Token> t, int openTok, int sentStart, int sentEnd) {
        int det = openTok - 1;
        if (det - 1 < sentStart || !ARTICLES.contains(t.get(det).lower())) {
            return false;
        }
        SpeechCues.Cue v = cues.verbCueAt(t, det - 1, sentEnd);
        if (v != null && v.first() == det - 1) {
            return true;
        }
        if (!(t.get(det).lower().equals("dem") || t.get(det).lower().equals("der"))) {
            return false;
        }
        // "sagte Pohlmann dem „Spiegel“", "sagte er der „Zeit“": the subject between verb and dative medium
        for (int k = det - 2; k >= sentStart && k >= det - 4; k--) {
            Token subj = t.get(k + 1);
            if (!subj.word() || !(subj.capitalized() || subj.lower().equals("er") || subj.lower().equals("sie"))) {
                return false; // "sprach von der „Krise“": a preposition, no subject, in between
            }
            SpeechCues.Cue w = cues.verbCueAt(t, k, sentEnd);
            if (w != null && w.first() == k) {
                return true;
            }
        }
        return false;
    }

    /** "Dem „Tagesspiegel“ sagte er", "der „Zeit“ erklärte sie": a quoted name in the dative before the speech verb. */
    private boolean addresseeBeforeVerb(List<Token> t, int openTok, int closeTok, int sentStart, int sentEnd) {
        int det = openTok - 1;
        if (det < sentStart || !(t.get(det).lower().equals("dem") || t.get(det).lower().equals("der"))) {
            return false;
        }
        SpeechCues.Cue v = closeTok + 1 < sentEnd ? cues.verbCueAt(t, closeTok + 1, sentEnd) : null;
        return v != null && v.first() == closeTok + 1;
    }

    /**
     * A name in brackets right at token {@code k} that ends its sentence ("(Heinz-Christian Strache)."): one to four
     * capitalised words, not one all-capital abbreviation ("(UDD)"); the phrase, or null.
     */
    private SpeakerPhrases.Phrase bracketedName(List<Token> t, int k) {
        if (k + 2 >= t.size() || !t.get(k).is('(')) {
            return null;
        }
        int j = k + 1;
        while (j < t.size() && j <= k + 5 && t.get(j).word() && t.get(j).capitalized()) {
            j++;
        }
        if (j == k + 1 || j >= t.size() || !t.get(j).is(')')
                || j + 1 < t.size() && !(t.get(j + 1).is('.') || t.get(j + 1).start() > t.get(j).end())) {
            return null;
        }
        String first = t.get(k + 1).text();
        if (j == k + 2 && first.length() > 1 && first.equals(first.toUpperCase(java.util.Locale.ROOT))) {
            return null; // "(UDD)"
        }
        SpeakerPhrases.Phrase p = phrases.nounPhrase(t, k + 1, j);
        return p != null && p.to() == j && !p.pronoun() && phrases.nameLike(t, p) ? p : null;
    }

    /** "„Vereinigte Front“ (UDD)": a name followed by its abbreviation. */
    private static boolean abbreviationAfter(String text, int close) {
        int i = close + 1;
        if (i + 3 >= text.length() || text.charAt(i) != ' ' || text.charAt(i + 1) != '(') {
            return false;
        }
        int j = i + 2;
        while (j < text.length() && j < i + 14 && Character.isUpperCase(text.charAt(j))) {
            j++;
        }
        return j - (i + 2) >= 2 && j < text.length() && text.charAt(j) == ')';
    }

    /** No clause boundary (, : ;) between the cue and the quote. */
    private static boolean sameClause(List<Token> t, SpeechCues.Cue cue, int openTok, int closeTok) {
        int from = cue.last() < openTok ? cue.last() + 1 : closeTok + 1;
        int to = cue.last() < openTok ? openTok : cue.first();
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            if (tok.is(',') || tok.is(':') || tok.is(';')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The noun phrase right before the last colon in [sentStart, end) that opens its segment (after a sentence start,
     * dash or quotation mark: "Kammerpräsident: …"), or null.
     */
    /**
     * The speaker of a headline segment "X: … „…“" with words between the colon and the quote ("Kammerpräsident:
     * Vorgezogener Rückzug „reine Spekulation“", "Regierung: Umgehung war „organisierte Aktion“"): X opens the
     * sentence or follows a dash, and is a role or an organisation noun (not a name or topic: "Facebook: …",
     * "Wien: …"); no dash, quotation mark or sentence mark between the colon and the quote. Null otherwise.
     */
    private SpeakerPhrases.Phrase headlineSpeaker(List<Token> t, int sentStart, int openTok) {
        for (int k = openTok - 1; k > sentStart; k--) {
            Token tok = t.get(k);
            if (isDash(tok) || SpeechCues.isQuoteMark(tok) || tok.is('.') || tok.is('!') || tok.is('?')) {
                return null;
            }
            if (tok.is(':')) {
                if (k == openTok - 1) {
                    return null; // "X: „…“" is the colon layout's own rule
                }
                SpeakerPhrases.Phrase p = colonSpeakerBefore(t, sentStart, k + 1);
                if (p == null || p.headEnd() <= p.contentFrom()) {
                    return null;
                }
                String head = t.get(p.headEnd() - 1).lower();
                return phrases.roleHead(t, p) || t.get(p.headEnd() - 1).capitalized() && lex.isOrganisationKind(head)
                        ? p : null;
            }
        }
        return null;
    }

    /**
     * The person who opens the headline segment of a quote of two or three words ("Bürgermeister Schneeberger sieht
     * ein „ganz offenes Gesprächsklima“", "Außenminister X sieht „gefährlichen Zusammenhang“"): a headline
     * quotes the person it is about. The segment starts after the last comma, dash, colon or quotation mark before
     * the quote; its first noun phrase must be a role with or without a name, or a name followed by a verb
     * ("Pilgermaier sieht „…“"), of at most three words. Null otherwise.
     */
    private SpeakerPhrases.Phrase headlineSubject(List<Token> t, int sentStart, int openTok) {
        int s = openTok;
        while (s > sentStart && !(t.get(s - 1).is(',') || t.get(s - 1).is(':') || isDash(t.get(s - 1))
                || SpeechCues.isQuoteMark(t.get(s - 1)))) {
            s--;
        }
        SpeakerPhrases.Phrase p = s < openTok ? phrases.nounPhrase(t, s, openTok) : null;
        if (p == null || p.pronoun() || p.to() - p.from() > 3 || p.to() >= openTok) {
            return null;
        }
        // a bare name needs a verb after it: "Pilgermaier sieht „…“", but not "Abschluss beim „Fest für alle“"
        // or "Schritt der Uni für Naturschutzbund „…“", whose capitalised nouns may be no one
        return phrases.roleHead(t, p) || phrases.nameLike(t, p) && t.get(p.to()).word()
                && t.get(p.to()).lowercase() && !lex.isFunctionWord(t.get(p.to()).lower())
                && !NOUN_PHRASE_OPENERS.contains(t.get(p.to()).lower()) ? p : null;
    }

    private SpeakerPhrases.Phrase colonSpeakerBefore(List<Token> t, int sentStart, int end) {
        int colon = -1;
        for (int k = end - 1; k > sentStart; k--) {
            if (t.get(k).is(':')) {
                colon = k;
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        int s = colon;
        while (s > sentStart && t.get(s - 1).word()) {
            s--;
        }
        if (!(s == sentStart || isDash(t.get(s - 1)) || SpeechCues.isQuoteMark(t.get(s - 1)) || t.get(s - 1).is('.'))) {
            return null;
        }
        SpeakerPhrases.Phrase p = phrases.nounPhrase(t, s, colon);
        return p != null && p.to() == colon && !p.pronoun() ? p : null;
    }

    /** The segment starting at {@code s} follows a dash ("… – Als Nachfolger gehandelter Zidane: „…“"). */
    private static boolean lastDashSegment(List<Token> t, int s, int sentStart) {
        return s > sentStart && isDash(t.get(s - 1));
    }

    /** A dash between words ("–", "—"): it ends a headline segment or opens an inserted clause. */
    private static boolean isDash(Token tok) {
        return tok.is('–') || tok.is('—');
    }

    private static boolean isNameJoiner(String w) {
        return switch (w) {
            case "der", "die", "das", "des", "dem", "den", "und", "of", "the", "and", "de", "la", "le", "del",
                 "dello", "della", "du", "pour", "for", "against", "von", "vom", "für", "im", "am", "in", "an",
                 "zu", "zum", "zur", "mit", "gegen", "unter", "über", "um", "auf", "aus", "bei", "a", "e", "y",
                 "et", "&", "e.V" -> true;
            default -> false;
        };
    }
}
