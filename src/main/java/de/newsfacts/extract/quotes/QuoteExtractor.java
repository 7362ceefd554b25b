package de.newsfacts.extract.quotes;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.Extractor;
import de.newsfacts.extract.Quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Extracts direct, partial and indirect quotations with speaker and cue from a German news document.
 *
 * <p>Pipeline: {@link QuotationMarkScanner} pairs quotation marks; {@link DirectQuoteFinder} drops scare
 * quotes and titles and labels the rest direct or partial; {@link IndirectSpeechFinder} finds reported speech
 * per sentence (dropped where it lies inside a quote, but kept when it starts two words or more before a partial
 * quote: "Man habe „…“, meinte X" gives the report and the partial quote); the speaker phrase of each quote's cue
 * ({@link SpeakerPhrases}) becomes the speaker.
 *
 * <p>Speaker rules:
 * <ol>
 *   <li>With entities (PER/ORG mentions from NER): an entity overlapping the speaker phrase gives its
 *       canonical name (PER preferred over ORG; an ORG only in the phrase's head, not in a genitive complement
 *       of a role noun); with no phrase, the PER/ORG entity nearest the cue in the
 *       same sentence and outside the quote (ORG counts 40 chars farther away); a pronoun phrase resolves as
 *       in rule 3.</li>
 *   <li>Without a matching entity: the heuristic speaker string of the phrase ("Sergej Lawrow",
 *       "Sprecher des Ministeriums", "Polizei").</li>
 *   <li>A pronoun subject (er/sie) takes the speaker of the most recent quote if it is at most 6 sentences
 *       back; a direct/partial quote without any cue continues the most recent quote's speaker if that is at
 *       most 4 sentences back (a quote paragraph after "…“, sagte X."); otherwise both take the subject of the
 *       previous sentence if it looks like a name or role (its first PER/ORG entity when entities are given;
 *       a live ticker's time stamp opening a sentence, "14.32 Uhr:", is no part of its subject).
 *       A pronoun first takes the PER subject of its own sentence standing before it ("Anna Berg … sagte: „…“,
 *       betont sie."). A PER entity naming the subject of the previous sentence, when that sentence comes after the last
 *       quote's, wins over both ("Die Abgeordnete Anna Roth kritisierte die Pläne. Hier seien die Mittel
 *       „…“"); a sentence opened by a singular "Er"/"Sie" carries that person on ("X reiste an. Er sprach
 *       … . „…“, betonte er."). A pronoun left without a speaker takes the last PER entity up to 6 sentences back, else the last
 *       role noun in its or the previous sentence ("… von einer Armeesprecherin bestätigt. Sie sagte: „…“");
 *       "sie" next to a plural verb ("Sie bezeichneten", "fordern sie") takes no single person (a plural role noun
 *       before it may be meant: "der Vorschlag britischer Forscher: … fordern sie"). "er" takes no feminine noun ("der
 *       Wahlkommission", "-ung", "-schaft", a role in "-in") and a singular "sie" no masculine role as the last
 *       speaker or subject. A pronoun opening a clause after a comma takes the organisation that opens its sentence
 *       with an article of its gender ("Die Vereinigung (DSW) legte nach, indem sie …"). A pronoun whose previous sentence
 *       (after the last quote's) has a role noun as its subject, with an article of the pronoun's gender, takes
 *       that role ("Der Angeklagte hatte gestanden. „…“, sagte er damals."). A definite epithet that
 *       refers back to a person just named ("…, sagte der Belgier", "schrieb die SPD-Politikerin", "der
 *       45-Jährige"; {@code epithet-nouns.txt}) takes the person of this or the previous sentence, else the
 *       speaker of the previous sentence, else (with a singular cue verb) the person of the sentence before
 *       that, else stays as it is. A definite bare role in any case, also after adjectives ("sagte die
 *       Ministerin", "der deutsche Innenminister", "Dem Staatsanwalt zufolge"), or organisation noun ("teilte
 *       das Unternehmen mit") takes the person or organisation the text introduced with that title
 *       ({@link TitledAntecedents}; an epithet that is also a role tries this first); with none found the noun
 *       stays the speaker. A role in the headline, with or without article ("Wirtschaftskammerpräsident: „…“",
 *       "Der OeNB-Gouverneur warnt"), with no holder before it names the person the next sentence introduces with
 *       that title ("Wien – Wirtschaftskammer-Präsident Christoph Leitl hat …"; {@link
 *       TitledAntecedents#personAfterHeadline}). Plurals by their article ("sagten die Forscher") point back to no one person. A bare
 *       "ein Sprecher"/"eine Sprecherin" speaks for the one organisation named in the previous sentence, none named
 *       in its own ("Sprecherin von Landgericht Stuttgart"; {@link TitledAntecedents#employer}); a bare "der
 *       Sprecher"/"die Sprecherin" is the spokesperson the document named more fully before ("Polizeisprecher",
 *       "Sprecherin der Landespolizeidirektion").</li>
 *   <li>"nach" + a source noun without complement ("Nach Polizeiangaben …", reported speech only): a PER/ORG
 *       entity near the cue, else the noun phrase itself; it is not carried on as the last speaker, nor is the
 *       speaker of a decision, claim noun or attributing relative ("Das Gericht entschied, …").</li>
 *   <li>A cue-less direct/partial quote whose clause subject is no person — no entity in it, no role noun
 *       (and, without entities, not a bare name) — takes the speaker from rule 3 ("Der Rücktritt sei „…“");
 *       the subject is used only when rule 3 finds nothing. A document named as a place opening the clause
 *       ("In einem Brief an die Mitglieder war von „…“ die Rede") is kept. A cue-less quote in a sentence opened by
 *       "für" + a person or role ("Für den Historiker X sei der Beschluss „…“", "Was für die Ministerin „…“ ist")
 *       takes that holder of the view first.</li>
 *   <li>Entity choice inside a phrase: a mention right before a role noun, or a genitive mention before any noun,
 *       is a possessor ("Kölns Trainer Peter Lenz", "Bergers Sohn"); a PER after "von"/"des"/"der" following a
 *       role noun is its complement ("der Stellvertreter von Petrenko"); two PER mentions joined by " und " are
 *       both the speaker ("Eva Kern und Paul Lind"); a mention that ran over a missing space after a sentence
 *       dot ends at the dot ("Berger.Als"); a one-word mention that is a role noun names no one ("sagte
 *       Landeshauptmann Peter Kaiser" with the title tagged PER).</li>
 *   <li>A sentence right after one with a quote, with a Konjunktiv I verb ("sei", "habe", "könne"; "hätten",
 *       "wären" for the plural) and no cue, quotation marks or question of its own, is reported speech of the last
 *       speaker ("Die Lokführer hätten gezeigt, dass sich Streiks lohnten."), without cue; a sentence without quote
 *       that opens with a person subject and a speech verb ("Weigand wies den Vorwurf zurück.", "Er kündigte
 *       Soforthilfen an.", a reaction "Minister X (SPD) zeigte sich erleichtert.", a judgement "X hält die Zahlen
 *       für überraschend."; a short attribute "vom Institut …" or an age "X, damals 24," may stand between subject
 *       and verb) counts as one with a quote of that person here. So is a sentence
 *       opened by "Er"/"Sie" and a verb in -e that is no preterite ("Er rechne damit, dass …"), anywhere; its
 *       speaker is the pronoun's, as in rule 3. In a sentence opened by "Er"/"Sie", cue-less partial quotes do not
 *       count as quotation marks of its own ("Er sei „schlicht nicht informiert“ gewesen.": report and
 *       partial quote).</li>
 *   <li>A statement followed by a sentence "Das/Dies + speech verb + subject" ("… . Das teilte der Klub mit.") is
 *       reported speech of that subject, with that cue, unless it has a quote or quotation marks of its own.</li>
 *   <li>A cue-less quote that ends its sentence, followed by "Das/Dies/So + verb + person" ("„…“ Das sagte der
 *       Minister"), takes that person. A sentence in Konjunktiv without a subject of its own keeps the subject of
 *       the sentence before it for rule 3 (reported speech goes on).</li>
 * </ol>
 * A headline quote left without speaker whose words the body repeats literally takes the speaker of that body
 * sentence, or of the sentence before it.
 * A partial quote inside a reported clause takes the reporter of that clause, unless it has that clause's cue or
 * a cue of its own inside it ("Während A erklärte, aufgeregt zu sein, „größer wird es nicht“, räumte B ein").
 * A subject whose complement holds a name joined by a slash keeps its apposition ("Die Politikerin von Bündnis
 * 90/Die Grünen, Anna Roth, kritisierte …").
 * A reported sentence among the first four that opens with a dateline ("Athen – …") leaves the dateline out.
 * "„…“, so das Fazit der Verbraucherzentrale": a message noun after "so" ({@code message-nouns.txt}) is read like the
 * subject of "lauten" (its complement speaks, a possessive points back, an indefinite one is no one's).
 * A quote in the "dass" or Konjunktiv clause after a message noun with a genitive owner ("den Vorwurf der CDU, es
 * handele sich um einen „…“") is the owner's.
 * A quote in a sentence opened by "Darin"/"Dort" with no other cue than "heißt es" is the document's named in the
 * sentence before ("… gab eine Stellungnahme ab. Darin heißt es: „…“").
 * Output is sorted by start offset; every quote satisfies {@code text == doc.text().substring(start, end)}.
 * Stateless and thread-safe.
 */
public final class QuoteExtractor implements Extractor<Quote> {

    private static final int ORG_PENALTY = 40;
    private static final int ENTITY_WINDOW = 80;
    /** A quote without cue continues the last speaker's quote when that was at most this many sentences back. */
    private static final int CONTINUATION = 4;
    /** A pronoun subject refers to the last speaker when that was at most this many sentences back. */
    private static final int PRONOUN_REACH = 6;

    private final QuoteLexicon lex = QuoteLexicon.get();
    private final SpeechCues cues = new SpeechCues(lex);
    private final SpeakerPhrases phrases = new SpeakerPhrases(lex);
    private final TitledAntecedents antecedents = new TitledAntecedents(lex);
    private final DirectQuoteFinder direct = new DirectQuoteFinder(lex, cues, phrases);
    private final IndirectSpeechFinder indirect = new IndirectSpeechFinder(lex, cues, phrases, direct);

    @Override
    public List<Quote> extract(DocumentContext doc) {
        return extract(doc, List.of());
    }

    /**
     * Quotes of {@code doc}; {@code entities} are its NER mentions sorted by offset (may be empty).
     */
    public List<Quote> extract(DocumentContext doc, List<Entity> entities) {
        String text = doc == null ? null : doc.text();
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Entity> ents = entities == null ? List.of() : entities.stream()
                .filter(x -> ("PER".equals(x.label()) || "ORG".equals(x.label()))
                        && x.charStart() >= 0 && x.charEnd() <= text.length() && x.charStart() < x.charEnd())
                .sorted(Comparator.comparingInt(Entity::charStart))
                .toList();
        TokenizedText d = new TokenizedText(doc.docId(), text, doc.sentences());

        // direct and partial quotes, grouped by the sentence they start in
        List<List<Candidate>> bySentence = new ArrayList<>(d.sentences.size());
        for (int i = 0; i < d.sentences.size(); i++) {
            bySentence.add(new ArrayList<>(0));
        }
        List<QuotationMarkScanner.MarkedSpan> spans = QuotationMarkScanner.scan(text);
        for (QuotationMarkScanner.MarkedSpan span : spans) {
            Candidate c = direct.analyse(d, span);
            if (c != null) {
                bySentence.get(d.sentenceAt(c.start())).add(c);
            }
        }
        List<Quote> out = new ArrayList<>();
        String lastSpeaker = null;
        int lastSpeakerSentence = -10;
        SpeakerPhrases.RoleSubject speakerRole = null; // the role that became lastSpeaker by a speech act, if any
        String lastSubject = null;
        int lastSubjectSentence = -10;
        boolean lastSubjectPerson = false; // lastSubject is the sentence's PER subject
        String lastPerson = null;
        int lastPersonSentence = -10;
        SpeakerPhrases.RoleSubject lastRole = null;
        int lastRoleSentence = -10;
        int lastQuoteSentence = -10;
        for (int si = 0; si < d.sentences.size(); si++) {
            List<Candidate> found = new ArrayList<>(bySentence.get(si));
            for (Candidate ind : indirect.find(d, si)) {
                if (!insideQuote(ind, spans, bySentence.get(si), d)) {
                    found.add(ind);
                }
            }
            if (si > 0 && lastQuoteSentence < si - 1) {
                Candidate back = reportedBySentenceAfter(d, si, spans);
                if (back != null) {
                    found.add(back); // "Trainer X verlässt den Verein. Das teilte der Klub mit."
                }
            }
            found.sort(Comparator.comparingInt(Candidate::start));
            // cue-less partial quotes do not stop a sentence opened by "Er"/"Sie" from going on with reported
            // speech: "„…“, sagte Lemke. Er sei über die Vorgänge „schlicht nicht informiert“ gewesen."
            // so do they in a sentence with a Konjunktiv outside them: "»…«, so der Trainer. Die Mannschaft habe
            // »Charakter gezeigt«."
            boolean open = found.isEmpty() || found.stream().allMatch(c -> "partial".equals(c.kind()) && c.cue() == null)
                    && (singularPronounSubject(d, si) || konjunktivOutside(d, si, found));
            boolean pronounKonjunktiv = open && pronounThenKonjunktiv(d, si);
            if (open && (lastSpeaker != null && lastSpeakerSentence == si - 1 || pronounKonjunktiv)) {
                int[] span = continuedSpeech(d, si, spans, found, pronounKonjunktiv);
                String speaker = !pronounKonjunktiv ? lastSpeaker
                        : lastPerson != null && lastPersonSentence >= si - 1 && lastPersonSentence > lastSpeakerSentence
                        ? lastPerson
                        : lastSpeaker != null && si - lastSpeakerSentence <= PRONOUN_REACH ? lastSpeaker
                        : lastPerson != null && si - lastPersonSentence <= PRONOUN_REACH ? lastPerson : null;
                if (span != null && speaker != null) {
                    // "X sagte, … . Die Lokführer hätten gezeigt, dass …", "X hält das für nötig. Er rechne damit,
                    // dass …": reported speech goes on without a cue
                    int sentenceNo = d.sentences.get(si).sentenceNo();
                    out.add(new Quote(doc.docId(), sentenceNo, text.substring(span[0], span[1]), speaker,
                            "indirect", null, span[0], span[1]));
                    lastQuoteSentence = si;
                    lastSpeaker = speaker;
                    lastSpeakerSentence = si;
                }
            }
            SpeakerPhrases.Phrase clauseSubject = clauseSubject(d, si); // for the subject rules below
            for (Candidate candidate : found) {
                Candidate c = candidate; // replaced below when the subject of "lauten" is the message
                String messageOwner = null;
                boolean noOne = false;
                if (messageSubject(d, c) && (POSSESSIVES.contains(d.token(c.speaker().from()).lower())
                        || !documentMessage(d, c.speaker()))) {
                    // "„…“, lautet seine Botschaft", "lautet die Logik des Ministeriums": the subject of "lauten" is
                    // the message; a name or complement in it is the speaker, "eine Theorie" is no one's, else it
                    // points back like a pronoun ("Der Text lautete", "Das Fazit des Berichts": the document speaks)
                    SpeakerPhrases.Phrase p = c.speaker();
                    messageOwner = entityIn(d, p.from(), complementEnd(d, p), ents);
                    if (messageOwner == null) {
                        messageOwner = complementText(d, p);
                    }
                    noOne = messageOwner == null && INDEFINITE.contains(d.token(p.from()).lower());
                    if (messageOwner == null && !noOne) {
                        c = new Candidate(c.start(), c.end(), c.kind(), c.cue(), new SpeakerPhrases.Phrase(p.from(),
                                p.to(), p.contentFrom(), p.headEnd(), true, p.determiner()), c.genitive());
                    }
                }
                if (messageOwner == null && !noOne && !"indirect".equals(c.kind())) {
                    // "den Vorwurf der CDU, es handele sich um einen „…“, wies er zurück": the accusation's owner
                    messageOwner = contentClauseOwner(d, c, ents);
                }
                if (messageOwner == null && !"indirect".equals(c.kind()) && documentAnaphor(d, c, si)) {
                    // "… gab eine Stellungnahme ab. Darin heißt es: „…“": the document just named
                    messageOwner = documentBefore(d, si);
                }
                String speaker = messageOwner;
                boolean pronoun = c.speaker() != null && c.speaker().pronoun();
                // "Seinen Angaben zufolge": resolved like a pronoun, else the noun itself
                boolean sourceAnaphor = pronoun && lex.isSourceNoun(d.token(c.speaker().headEnd() - 1).lower());
                boolean cueless = c.cue() == null && !"indirect".equals(c.kind());
                // "Die Journalistin fasste die Ära zusammen. Der Landeshauptmann habe „Gitarre gespielt“.": the subject
                // of a Konjunktiv I verb in a cue-less sentence is what the report is about, not who reports
                // so is it after an inverted Konjunktiv I verb ("Bisher habe die Bundesregierung „…“ ausgeschlossen")
                boolean reportedSubject = cueless && c.speaker() != null && !pronoun
                        && (c.speaker().to() < d.tokens.size() && d.token(c.speaker().to()).end() <= c.start()
                        && lex.hasReportedSpeechVerb(d.tokens, c.speaker().to(), c.speaker().to() + 1)
                        || c.speaker().from() > d.firstToken[si] && d.token(c.speaker().to() - 1).end() <= c.start()
                        && lex.hasReportedSpeechVerb(d.tokens, c.speaker().from() - 1, c.speaker().from()));
                if (speaker == null && cueless) {
                    // "Für den Historiker X ist der Beschluss „ein Fehler“": the view is the person's after "für"
                    speaker = opinionHolder(d, c, si, ents);
                }
                if (speaker == null && !reportedSubject) {
                    // "meldet die Nachrichtenagentur „Xinhua“", "Gemäß der Organisation „DotAsia“": the name speaks
                    speaker = quotedName(d, c, ents);
                }
                if (speaker == null && !ents.isEmpty() && !reportedSubject) {
                    speaker = entitySpeaker(d, c, ents, si);
                }
                // "der Belgier", "die SPD-Politikerin": refers back to a person just named
                boolean epithet = speaker == null && phrases.epithet(d.tokens, c.speaker());
                String roleNoun = speaker == null && !pronoun ? phrases.bareRole(d.tokens, c.speaker()) : null;
                if (roleNoun != null) {
                    // "Die Ministerin sagte", "der deutsche Innenminister", "Dem Staatsanwalt zufolge": the person
                    // the text introduced with that title before; an epithet that is also a role ("der
                    // CDU-Vorsitzende") falls back to the person just named below
                    speaker = antecedents.person(d, c.speaker(), roleNoun, ents);
                }
                String organisationNoun = speaker == null && !pronoun ? phrases.bareOrganisation(d.tokens, c.speaker())
                        : null;
                if (organisationNoun != null) {
                    // "Das Unternehmen teilte mit": the organisation named with that noun before
                    speaker = antecedents.organisation(d, c.speaker(), organisationNoun, ents);
                }
                if (speaker == null && !pronoun && c.speaker() != null
                        && d.sentenceAt(d.token(c.speaker().from()).start()) == 0) {
                    // "Wirtschaftskammerpräsident: „…“ … Wien – Wirtschaftskammer-Präsident Christoph Leitl hat …": a
                    // headline names the role, the lead after it the person with that title
                    String headlineRole = roleNoun != null ? roleNoun : phrases.articlelessRole(d.tokens, c.speaker());
                    if (headlineRole != null) {
                        speaker = antecedents.personAfterHeadline(d, c.speaker(), headlineRole, ents);
                    }
                }
                String nounSpeaker = null;
                boolean sourceNoun = speaker == null && bareSource(d, c);
                if (speaker == null && c.speaker() != null && !pronoun) {
                    nounSpeaker = phrases.speakerText(text, d.tokens, c.speaker(), d.endToken[d.sentenceAt(
                            d.token(c.speaker().from()).start())], c.genitive());
                    // a cue-less quote's clause subject that is no person ("Der Rücktritt sei „…“", "seine
                    // Sympathien … zeigen: „…“") yields to the discourse speaker; kept only when nothing else is found
                    if (!epithet && (!cueless || phrases.roleHead(d.tokens, c.speaker()) && !reportedSubject)
                            || phrases.documentHead(d.tokens, c.speaker())
                            && phrases.isDocumentPreposition(d.tokens, c.speaker().from())
                            || !epithet && ents.isEmpty() && !reportedSubject && phrases.nameLike(d.tokens, c.speaker())) {
                        speaker = nounSpeaker;
                        nounSpeaker = null;
                        String spokesperson = phrases.bareSpokesperson(d.tokens, c.speaker());
                        String employer = spokesperson == null ? null
                                : antecedents.employer(d, c.speaker(), ents, c.start(), c.end());
                        if (employer != null) {
                            // "Das Landgericht muss entscheiden. Eine Sprecherin sagte, …": the organisation just
                            // named; "von" keeps the role's form ("Sprecherin von Landgericht Stuttgart") without
                            // guessing the name's gender for a genitive article
                            speaker = spokesperson + " von " + employer;
                        }
                        String definite = phrases.definiteSpokesperson(d.tokens, c.speaker());
                        String named = definite == null ? null : namedSpokesperson(out, definite);
                        if (named != null) {
                            // "Laut einer Sprecherin der Landespolizei … . Dem STANDARD sagte die Sprecherin, …":
                            // the spokesperson named last, by a noun of the same gender
                            speaker = named;
                        }
                    }
                }
                if (speaker == null && cueless && c.speaker() == null) {
                    // "„Ja, es wird teuer.“ Das musste der Minister einräumen.": named in the next sentence
                    speaker = cataphoricSpeaker(d, c, ents);
                }
                if (speaker == null && pronoun) {
                    // "Anna Berg, Vorstand der Liga, sagte: „…“, betont sie.": the person who is the subject of
                    // this sentence before the pronoun comes first
                    // (not the subject of the reported clause itself when a person spoke in the sentence before:
                    // "Staatsanwältin X forderte … . Köstler habe … ignoriert, sagte sie."; without one the subject
                    // often reports on himself: "Auch X hält … für ein Relikt, sagte er")
                    boolean ownReportSubject = insideContent(d, c, clauseSubject) && lastSpeakerSentence == si - 1
                            && singlePerson(lastSpeaker, ents);
                    speaker = ownReportSubject ? null
                            : subjectPerson(si, d, ents, clauseSubject, d.token(c.speaker().from()).start());
                    if (speaker == null) {
                        // "Die Vereinigung (DSW) schlug in die gleiche Kerbe, indem sie forderte: „…“"
                        speaker = subjectOrganisation(si, d, ents, clauseSubject, c);
                    }
                }
                if (speaker == null && epithet) {
                    if (lastPerson != null && lastPersonSentence >= si - 1) {
                        speaker = lastPerson;
                    } else if (lastSpeaker != null && lastSpeakerSentence >= si - 1) {
                        speaker = lastSpeaker;
                    } else if (lastPerson != null && lastPersonSentence >= si - 2 && c.cue() != null
                            && !d.token(c.cue().first()).lower().endsWith("en")) {
                        // "X hat gewonnen. Es war sein dritter Sieg. „…“, sagte der 27-Jährige.": one sentence
                        // without a person in between; a plural verb ("sagen die Kanadier") names a group
                        speaker = lastPerson;
                    }
                }
                // a role subject that spoke is "er" or "sie" by its article: not "Die Behörden … . … gab er an"
                // "Nach Angaben der Wahlkommission gewann er … . Zudem kündigte er an": "er" is not the commission
                boolean clash = pronoun && genderClash(lastSpeaker, d, c);
                boolean speakerFits = !(pronoun && speakerRole != null && speakerRole.text().equals(lastSpeaker)
                        && !speakerRole.agreesWith(d.token(c.speaker().from()).lower())) && !clash;
                if (speaker == null && pronoun && pluralPronoun(d, c.speaker().from()) && singlePerson(lastSpeaker, ents)) {
                    // "X sagte … . Die Grünen sehen das anders. Sie forderten, …": a plural "sie" is not the one
                    // person who spoke last but the plural subject opening the sentence before
                    speaker = pluralSubjectBefore(d, si);
                }
                if (speaker == null && (pronoun || cueless)) {
                    if (pronoun && lastRole != null && lastRoleSentence == si - 1
                            && lastRoleSentence > lastSpeakerSentence && lastRoleSentence > lastPersonSentence
                            && lastRole.agreesWith(d.token(c.speaker().from()).lower())) {
                        // "Der Angeklagte hatte gestanden. „…“, sagte er damals.": the role subject just before
                        speaker = lastRole.text();
                    } else if (lastPerson != null && lastPersonSentence == si - 1
                            && lastPersonSentence > lastSpeakerSentence
                            // "X betreute die Studie. … fordern sie": a plural "sie" is not one person
                            && !(pronoun && pluralPronoun(d, c.speaker().from()) && !lastPerson.contains(" und "))) {
                        // a person introduced after the last quote ("X kritisierte die Pläne. … „…“")
                        speaker = lastPerson;
                    } else if (lastSpeaker != null && si - lastSpeakerSentence <= (pronoun ? PRONOUN_REACH : CONTINUATION)
                            && speakerFits) {
                        speaker = lastSpeaker;
                    } else if (lastSubject != null && si - lastSubjectSentence <= 1
                            && !clash && !(pronoun && genderClash(lastSubject, d, c))
                            && !(lastSubjectPerson && pronoun && pluralPronoun(d, c.speaker().from()))) {
                        speaker = lastSubject;
                    } else if (lastSpeaker != null && si - lastSpeakerSentence <= PRONOUN_REACH && speakerFits) {
                        speaker = lastSpeaker;
                    }
                }
                if (speaker == null && nounSpeaker != null) {
                    speaker = nounSpeaker;
                }
                if (speaker == null && pronoun && !sourceAnaphor) {
                    // "Die Offensive wurde von einer Armeesprecherin bestätigt. Sie sagte: „…“": the nearest person
                    // mentioned in this or the previous sentence
                    speaker = nearestPerson(d, c, si, ents);
                }
                if (speaker == null && sourceAnaphor && c.cue().kind() != SpeechCues.Cue.Kind.NACH_SOURCE) {
                    // (an unresolved "nach seiner Einschätzung" names no one: "Einschätzung" is no speaker)
                    SpeakerPhrases.Phrase p = c.speaker();
                    speaker = phrases.speakerText(text, d.tokens, new SpeakerPhrases.Phrase(p.from(), p.to(),
                            p.contentFrom(), p.headEnd(), false, p.determiner()), p.to(), false); // "Angaben"
                    sourceNoun = true;
                }
                if (noOne) {
                    speaker = null;
                } else if (speaker == null && si == 0 && (cueless || pronoun) && !ents.isEmpty()
                        && d.sentences.size() > 1 && d.sentenceAt(Math.max(c.start(), c.end() - 1)) == 0
                        && spokenWords(d, c)) {
                    // a headline quote with no one named for it: the person the lead sentence is about ("„In
                    // Luxemburg kein System erfunden“ … Straßburg – … hat sich Kommissionschef X verteidigt.")
                    speaker = subjectPerson(1, d, ents, clauseSubject(d, 1), Integer.MAX_VALUE);
                }
                if (speaker != null && !sourceNoun
                        && (c.cue() == null || c.cue().kind() != SpeechCues.Cue.Kind.CLAIM)) {
                    // "Nach Polizeiangaben …" names no one who could go on speaking in the next quote, nor does a
                    // body that decided or the author of a claim ("Das Gericht entschied, …", "Gerüchte, nach
                    // denen …"); a quote over two sentences ("„… . …“, sagte X.") has its speaker speaking up to its
                    // last sentence
                    lastSpeaker = speaker;
                    lastSpeakerSentence = Math.max(si, d.sentenceAt(Math.max(c.start(), c.end() - 1)));
                }
                int sentenceNo = d.sentences.get(d.sentenceAt(c.start())).sentenceNo();
                out.add(new Quote(doc.docId(), sentenceNo, text.substring(c.start(), c.end()), speaker, c.kind(),
                        c.cue() == null ? null : c.cue().text(), c.start(), c.end()));
                lastQuoteSentence = Math.max(lastQuoteSentence, d.sentenceAt(Math.max(c.start(), c.end() - 1)));
            }
            boolean epithetSubject = clauseSubject != null && clauseSubject.from() == d.firstToken[si]
                    && phrases.epithet(d.tokens, clauseSubject);
            // an epithet names no new person, even where the tagger took a part of it for one ("St. Pöltner")
            String person = epithetSubject ? null : subjectPerson(si, d, ents, clauseSubject, Integer.MAX_VALUE);
            if (person != null) {
                lastPerson = person;
                lastPersonSentence = si;
            } else if (lastPersonSentence == si - 1 && (singularPronounSubject(d, si) || epithetSubject)) {
                // "Minister X reiste an. Er sprach … . „…“, betonte er.": the pronoun goes on naming X, and so does
                // an epithet opening the sentence ("X ist neu im Amt. Der gebürtige Wiener leitete zuvor …")
                lastPersonSentence = si;
            }
            SpeakerPhrases.RoleSubject role = person == null ? subjectRole(si, d, ents, clauseSubject) : null;
            if (found.isEmpty() && speechActWithoutReport(d, si, clauseSubject)) {
                // "Weigand wies den Vorwurf zurück. Köhler wisse das auch.": a Konjunktiv sentence after it goes
                // on as that person's reported speech; an unnamed role as well ("Der Alpinchef zeigte sich
                // zufrieden. Zwei Siege habe es zuletzt vor zwölf Jahren gegeben."), unless a person was named
                // just before, whom the role may describe ("Den Termin setzte Köhler fest. Der Bundespräsident …")
                String actor = person != null ? person
                        : singularPronounSubject(d, si) && lastPersonSentence == si ? lastPerson : null;
                SpeakerPhrases.RoleSubject actorRole = actor == null && lastPersonSentence < si - 1 ? role : null;
                if (actorRole != null) {
                    // "Die Journalistin fasste die Ära zusammen. Der Landeshauptmann habe „…“": a role named by no
                    // one just before (else it may be that person: "Köhler … . Der Bundespräsident kündigte … an")
                    actor = actorRole.text();
                }
                speakerRole = actor != null ? actorRole : speakerRole;
                if (actor != null) {
                    lastSpeaker = actor;
                    lastSpeakerSentence = si;
                }
            }
            if (role != null) {
                lastRole = role;
                lastRoleSentence = si;
            } else if (lastRoleSentence == si - 1 && person == null && singularPronounSubject(d, si)) {
                lastRoleSentence = si;
            }
            String subject = sentenceSubject(d, si, ents, clauseSubject);
            if (subject != null) {
                lastSubject = subject;
                lastSubjectSentence = si;
                lastSubjectPerson = subject.equals(person) && !subject.contains(" und ");
            } else if (lastSubjectSentence == si - 1
                    && lex.hasSubjunctive(d.tokens, d.firstToken[si], d.endToken[si])) {
                // a Konjunktiv sentence goes on with reported speech
                lastSubjectSentence = si; // "X berichtet … . Dort sei man sich einig. Der Plan sehe „…“ vor"
            }
        }
        out.replaceAll(q -> withoutDateline(d, q));
        out.sort(Comparator.comparingInt(Quote::charStart).thenComparingInt(Quote::charEnd));
        out.replaceAll(q -> q.speaker() == null ? headlineRepeated(d, q, out) : q);
        out.replaceAll(q -> reportersWords(text, q, out));
        return out;
    }

    /** A headline quote is repeated in the body when it has at least this many characters. */
    /**
     * A partial quote inside the span of a reported clause with a speaker is that reporter's words ("Während A
     * erklärte, aufgeregt zu sein, „größer wird es nicht“, räumte B ein …", "Auf den Vorwurf der CDU, es handele
     * sich um einen Antrag, mit dem man „…“ wolle, entgegnete B"): the verb after the report is another clause's.
     * Not when the partial quote has the report's cue or a cue of its own inside the report ("…, dass, nach
     * Aussagen eines Gutachters, die Fasern „wie Pech“ klebten"). {@code out} is sorted by start.
     */
    private static Quote reportersWords(String text, Quote q, List<Quote> out) {
        if (!"partial".equals(q.kind())) {
            return q;
        }
        for (Quote r : out) {
            if (r.charStart() >= q.charStart()) {
                break;
            }
            if ("indirect".equals(r.kind()) && r.speaker() != null && q.charEnd() < r.charEnd()
                    && !r.speaker().equals(q.speaker()) && !Objects.equals(q.cue(), r.cue())
                    && (q.cue() == null || !text.substring(r.charStart(), q.charStart())
                    .contains(q.cue().split(" ")[0]))) {
                return new Quote(q.docId(), q.sentenceNo(), q.text(), r.speaker(), q.kind(), q.cue(), q.charStart(),
                        q.charEnd());
            }
        }
        return q;
    }

    private static final int REPEATED_HEADLINE = 30;

    /**
     * A headline quote without speaker whose words the body repeats ("„Sie haben es … in Kauf genommen“ … Die
     * Angeklagten hätten …, so Richter X. Sie haben es … in Kauf genommen, dass …") is spoken by whoever speaks
     * there: the speaker of a record in that body sentence, else of the last record in the sentence before it (the
     * speech goes on). The quote must lie in the first sentence and have {@link #REPEATED_HEADLINE} characters or
     * more, the repetition must be literal and open its sentence; otherwise the quote is returned unchanged.
     */
    private static Quote headlineRepeated(TokenizedText d, Quote q, List<Quote> out) {
        if ("indirect".equals(q.kind()) || q.text().length() < REPEATED_HEADLINE || d.sentences.size() < 2
                || d.sentenceAt(q.charStart()) != 0) {
            return q;
        }
        int from = d.token(d.firstToken[1]).start();
        int at = d.text.indexOf(q.text(), from);
        if (at < 0) {
            return q;
        }
        int k = d.sentenceAt(at);
        if (at != d.token(d.firstToken[k]).start()) {
            return q; // "laut der Initiative Religion ist Privatsache": a name inside a sentence, no statement repeated
        }
        String inSentence = null;
        String before = null;
        for (Quote o : out) {
            int os = d.sentenceAt(o.charStart());
            if (o.speaker() != null && os == k) {
                inSentence = inSentence == null ? o.speaker() : inSentence;
            } else if (o.speaker() != null && os == k - 1) {
                before = o.speaker();
            }
        }
        String speaker = inSentence != null ? inSentence : before;
        return speaker == null ? q : new Quote(q.docId(), q.sentenceNo(), q.text(), speaker, q.kind(), q.cue(),
                q.charStart(), q.charEnd());
    }

    private static final java.util.regex.Pattern LAUTEN = java.util.regex.Pattern.compile("(ge)?laut(et|ete|eten|en)");

    /**
     * The cue is a form of "lauten", or "so" before a message noun ("so das Fazit der Verbraucherzentrale"): its
     * phrase (no pronoun) is the message, not who said it.
     */
    private boolean messageSubject(TokenizedText d, Candidate c) {
        if (c.cue() == null || c.speaker() == null || c.speaker().pronoun()) {
            return false;
        }
        if (c.cue().kind() == SpeechCues.Cue.Kind.SO) {
            return lex.isMessageNoun(d.token(c.speaker().headEnd() - 1).lower());
        }
        return c.cue().kind() == SpeechCues.Cue.Kind.VERB
                && LAUTEN.matcher(c.cue().text().toLowerCase(java.util.Locale.ROOT)).matches();
    }

    private static final Set<String> FIRST_PERSON = Set.of("ich", "wir", "mir", "mich", "uns",
            "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren", "unserem", "unserer");

    /** A direct quote of three words or more, or any quote with a first-person word ("Im Herzen bin ich …"). */
    private boolean spokenWords(TokenizedText d, Candidate c) {
        int words = 0;
        boolean first = false;
        for (int k = d.tokenAtOrAfter(c.start()); k < d.tokens.size() && d.token(k).start() < c.end(); k++) {
            if (d.token(k).word()) {
                words++;
                first |= FIRST_PERSON.contains(d.token(k).lower());
            }
        }
        return first || "direct".equals(c.kind()) && words >= 3;
    }

    private static final Set<String> INDEFINITE = Set.of("ein", "eine", "einer", "eines");
    private static final Set<String> POSSESSIVES = Set.of("sein", "seine", "seinen", "seinem",
            "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "dessen", "deren", "unsere", "unser");

    /**
     * The end of phrase {@code p} with a genitive or "von" complement right after it ("die Logik" + " des
     * Ministeriums"), within its sentence.
     */
    private int complementEnd(TokenizedText d, SpeakerPhrases.Phrase p) {
        int k = p.to();
        int e = d.endToken[d.sentenceAt(d.token(p.from()).start())];
        int j = k + 1 < e && p.to() == p.headEnd() ? complementStart(d, k, e) : -1;
        SpeakerPhrases.Phrase cp = j >= 0 ? phrases.nounPhrase(d.tokens, j, e) : null;
        return cp != null && !cp.pronoun() ? cp.to() : p.to();
    }

    /**
     * Where the noun phrase of a genitive or "von" complement opened at token {@code k} starts ("des Ministeriums",
     * "von der Partei": after the article), or -1 if no "des"/"der"/"von"/"vom" stands there.
     */
    private static int complementStart(TokenizedText d, int k, int end) {
        String w = d.token(k).lower();
        if (!(w.equals("des") || w.equals("der") || w.equals("von") || w.equals("vom"))) {
            return -1;
        }
        return w.equals("von") && k + 2 < end && SpeakerPhrases.DETERMINERS.contains(d.token(k + 1).lower())
                ? k + 2 : k + 1;
    }

    /** The message phrase is, or has as its complement, a document or title ("Der Text", "Das Fazit des Berichts"). */
    private boolean documentMessage(TokenizedText d, SpeakerPhrases.Phrase p) {
        for (int k = p.contentFrom(); k < complementEnd(d, p); k++) {
            Token tok = d.token(k);
            if (tok.capitalized()) {
                String w = tok.lower();
                String stem = w.endsWith("es") ? w.substring(0, w.length() - 2) : w.endsWith("s")
                        ? w.substring(0, w.length() - 1) : w;
                if (lex.isDocumentNoun(w) || lex.isDocumentNoun(stem) || lex.isTitleNoun(w)
                        || lex.isTitleNoun(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The genitive or "von" complement of phrase {@code p} as speaker text ("die Logik des Ministeriums"), or null. */
    private String complementText(TokenizedText d, SpeakerPhrases.Phrase p) {
        int end = complementEnd(d, p);
        for (int k = p.headEnd(); k + 1 < end; k++) {
            int j = complementStart(d, k, end);
            if (j >= 0) {
                SpeakerPhrases.Phrase cp = phrases.nounPhrase(d.tokens, j, end);
                return cp == null || cp.pronoun() ? null
                        : phrases.speakerText(d.text, d.tokens, cp, end, d.token(k).lower().equals("des"));
            }
        }
        return null;
    }

    /** Pronominal adverbs that point back to a document as a place ("Darin heißt es", "Dort steht"). */
    private static final Set<String> DOCUMENT_ANAPHORS = Set.of("darin", "dort", "hierin", "daraus");

    /**
     * The sentence of {@code c} opens with a pronominal adverb for a place ("Darin", "Dort") and names no other
     * speaker: no cue but "heißt es", and no speaker phrase but that adverb.
     */
    private boolean documentAnaphor(TokenizedText d, Candidate c, int si) {
        int first = d.firstToken[si];
        return first < d.endToken[si] && DOCUMENT_ANAPHORS.contains(d.token(first).lower())
                && (c.cue() == null || c.cue().kind() == SpeechCues.Cue.Kind.HEISST_ES)
                && (c.speaker() == null || c.speaker().from() == first);
    }

    /**
     * The last noun phrase headed by a document noun in the sentence before {@code si} ("eine Stellungnahme", "der
     * Brief des Ministers") as speaker text, or null.
     */
    private String documentBefore(TokenizedText d, int si) {
        if (si == 0) {
            return null;
        }
        int s = d.firstToken[si - 1];
        int e = d.endToken[si - 1];
        for (int k = e - 1; k >= s; k--) {
            Token tok = d.token(k);
            if (!tok.capitalized() || !lex.isDocumentNoun(tok.lower())) {
                continue;
            }
            for (int from = Math.max(s, k - 3); from <= k; from++) {
                SpeakerPhrases.Phrase p = phrases.nounPhrase(d.tokens, from, e);
                if (p != null && !p.pronoun() && p.headEnd() == k + 1) {
                    return phrases.speakerText(d.text, d.tokens, p, e, false);
                }
            }
        }
        return null;
    }

    /**
     * The owner of a message noun whose content clause holds the quote: "Vorwurf/Forderung/Kritik" + a genitive or
     * "von" complement, a comma, then a "dass" or Konjunktiv clause with the quote ("Auf den Vorwurf der CDU, es
     * handele sich um einen „…“, entgegnete …"); a PER/ORG entity in the complement, else its text; null otherwise.
     */
    private String contentClauseOwner(TokenizedText d, Candidate c, List<Entity> ents) {
        int open = d.tokenAtOrAfter(c.start());
        int first = d.firstToken[d.sentenceAt(c.start())];
        int comma = open - 1;
        while (comma > first && !d.token(comma).is(',')) {
            comma--;
        }
        if (comma <= first || comma + 1 >= open || !(d.token(comma + 1).lower().equals("dass")
                || lex.hasSubjunctive(d.tokens, comma + 1, open))) {
            return null;
        }
        for (int m = comma - 2; m >= first && m >= comma - 8; m--) {
            Token noun = d.token(m);
            if (noun.is(',') || !noun.capitalized() || !lex.isMessageNoun(noun.lower())) {
                continue;
            }
            SpeakerPhrases.Phrase p = phrases.nounPhrase(d.tokens, m, comma);
            if (p == null || p.pronoun() || p.to() != m + 1 || complementEnd(d, p) != comma) {
                return null;
            }
            String owner = entityIn(d, m + 1, comma, ents);
            return owner != null ? owner : complementText(d, p);
        }
        return null;
    }

    /**
     * The first PER entity in the tokens [from, to) ("Kovariks Frage"), else the first entity there ("die Devise der
     * Partei"), or null.
     */
    private static String entityIn(TokenizedText d, int from, int to, List<Entity> ents) {
        return firstPersonElseOrganisation(ents, d.token(from).start(), d.token(to - 1).end(), null);
    }

    /**
     * The name of the first PER entity starting in [start, end), else of the first entity there, else null. With
     * the document {@code d} given, a person named as an owner ({@link #possessor}) is passed over, and after one no
     * organisation is taken, nor one that is the object of a preposition ({@link #prepositionalObject}): "Für ihre Aufnahme von Bruckners 8. Sinfonie erhielt sie den Deutschen
     * Schallplattenpreis" is about someone named before.
     */
    private static String firstPersonElseOrganisation(List<Entity> ents, int start, int end, TokenizedText d) {
        Entity other = null;
        boolean owner = false;
        for (int i = mentionsBefore(ents, start); i < ents.size(); i++) {
            Entity x = ents.get(i);
            if (x.charStart() >= end) {
                break;
            }
            if ("PER".equals(x.label()) && d != null && possessor(d.text, x)) {
                owner = true;
            } else if ("PER".equals(x.label())) {
                return name(x);
            } else if (other == null && (d == null || !prepositionalObject(d, x))) {
                other = x;
            }
        }
        return other == null || owner ? null : name(other);
    }

    /** "nach" + a source noun without complement ("Nach Polizeiangaben", "nach offiziellen Angaben"). */
    private boolean bareSource(TokenizedText d, Candidate c) {
        SpeakerPhrases.Phrase p = c.speaker();
        return p != null && !p.pronoun() && c.cue() != null && DirectQuoteFinder.isGenitiveCue(c.cue())
                && p.to() == p.headEnd() && phrases.isSourceHead(d.tokens, p);
    }

    private static boolean insideQuote(Candidate ind, List<QuotationMarkScanner.MarkedSpan> spans,
                                       List<Candidate> quotes, TokenizedText d) {
        for (QuotationMarkScanner.MarkedSpan s : spans) {
            int overlap = Math.min(ind.end(), s.close() + 1) - Math.max(ind.start(), s.open());
            if (overlap > 0 && overlap >= 0.8 * (ind.end() - ind.start())
                    && !reportAroundPartial(ind, s, quotes, d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The quotation marks hold a partial quote and the report starts with two words or more before them ("Man
     * habe „eine Viertelstunde lang geschlafen“, meinte X"): the report is more than the quote, both are kept.
     */
    private static boolean reportAroundPartial(Candidate ind, QuotationMarkScanner.MarkedSpan s,
                                               List<Candidate> quotes, TokenizedText d) {
        return ind.start() < s.open() && holdsQuote(s, quotes, true) && IndirectSpeechFinder.countWords(d.tokens,
                d.tokenAtOrAfter(ind.start()), d.tokenAtOrAfter(s.open())) >= 2;
    }

    /** A quote (with {@code partialOnly}, a partial one) of {@code quotes} lies inside the marks of {@code s}. */
    private static boolean holdsQuote(QuotationMarkScanner.MarkedSpan s, List<Candidate> quotes, boolean partialOnly) {
        return quotes.stream().anyMatch(c -> (!partialOnly || "partial".equals(c.kind())) && c.start() > s.open()
                && c.end() <= s.close());
    }

    /** At most this many words in a quoted name after a title noun ("die Zeitung „Die Welt am Sonntag“"). */
    private static final int MAX_QUOTED_NAME = 5;

    /**
     * The quoted name right after a speaker phrase whose head is a title noun ("die Nachrichtenagentur „Xinhua“",
     * "die US-Musikzeitschrift „Billboard“", "der Organisation „DotAsia“"): the canonical name of an entity in
     * it, else its words; null when the phrase is no such noun or the marks hold the quote itself.
     */
    private String quotedName(TokenizedText d, Candidate c, List<Entity> ents) {
        SpeakerPhrases.Phrase p = c.speaker();
        if (p == null || p.pronoun() || p.to() != p.headEnd() || p.to() + 2 >= d.tokens.size()
                || !lex.isTitleNoun(d.token(p.headEnd() - 1).lower())) {
            return null;
        }
        Token open = d.token(p.to());
        if (!SpeechCues.isQuoteMark(open) || "“".equals(open.text()) || !d.token(p.to() + 1).capitalized()
                || open.end() == c.start()) {
            return null;
        }
        int close = p.to() + 1;
        while (close < d.tokens.size() && close <= p.to() + MAX_QUOTED_NAME && d.token(close).word()) {
            close++;
        }
        if (close >= d.tokens.size() || close == p.to() + 1 || !SpeechCues.isClosingMark(d.token(close))
                || d.token(close).start() >= c.start() && d.token(close).end() <= c.end()) {
            return null;
        }
        int ns = d.token(p.to() + 1).start();
        int ne = d.token(close - 1).end();
        for (Entity e : ents) {
            if (e.charStart() >= ne) {
                break;
            }
            if (e.charStart() >= ns && e.charEnd() <= ne) {
                return name(e);
            }
        }
        return d.text.substring(ns, ne);
    }

    /** Speaker from NER entities (rule 1), or null. */
    private String entitySpeaker(TokenizedText d, Candidate c, List<Entity> ents, int sentence) {
        SpeakerPhrases.Phrase p = c.speaker();
        if (bareSource(d, c)) {
            p = null; // "Nach Polizeiangaben …": a person named near the cue first, else the noun (caller)
        }
        if (p != null && !p.pronoun()) {
            int ps = d.token(p.from()).start();
            int pe = d.token(p.to() - 1).end();
            // an organisation in a complement ("Sprecher des Ministeriums", "Leiter der WHO, Klaus Stöhr") is
            // not the speaker, unless the head is a source noun ("Angaben der Polizei")
            int he = phrases.isSourceHead(d.tokens, p) ? pe : d.token(p.headEnd() - 1).end();
            Entity best = null;
            for (Entity e : ents) {
                if (e.charStart() >= pe) {
                    break;
                }
                boolean ok = e.charEnd() > ps && ("PER".equals(e.label()) || e.charStart() < he)
                        && !roleNounOnly(e); // "sagte Landeshauptmann Peter Kaiser" with the title tagged PER
                if (ok && e.charStart() >= he && complementOfRole(d, e)) {
                    continue; // "der Stellvertreter von Petrenko": the role holder is the speaker
                }
                if (ok && possessorOfRole(d, e, pe)) {
                    continue; // "Bergers Stellvertreter", "Kölns Trainer Peter Lenz": not the speaker
                }
                if (ok && (best == null || speakerRank(e) > speakerRank(best))) {
                    best = e;
                }
            }
            if (best != null && genitive(best) && phrases.roleHead(d.tokens, p)) {
                return null; // "Bergers Stellvertreter": the possessor of a role is not the speaker
            }
            return best == null ? null : coordinated(d, best, ents);
        }
        if (p != null || c.cue() == null) {
            return null; // pronoun or no cue: resolved from history
        }
        int cueStart = d.token(c.cue().first()).start();
        int cueEnd = d.token(c.cue().last()).end();
        int ss = d.sentences.get(sentence).charStart();
        if (sentence < SpeakerPhrases.DATELINE_SENTENCES) {
            // the agency in a dateline ("Berlin (Reuters) - … nach Informationen der „…“") is not the source
            int from = SpeakerPhrases.skipDateline(d.tokens, d.firstToken[sentence], d.endToken[sentence]);
            if (from > d.firstToken[sentence] && from < d.endToken[sentence]) {
                ss = d.token(from).start();
            }
        }
        SpeechCues.Cue.Kind kind = c.cue().kind();
        boolean phrase = kind == SpeechCues.Cue.Kind.LAUT || kind == SpeechCues.Cue.Kind.ZUFOLGE
                || kind == SpeechCues.Cue.Kind.NACH_SOURCE;
        for (int k = c.cue().first() - 1; phrase && k > d.firstToken[sentence]; k--) {
            if (d.token(k).is(':') || d.token(k).is(';')) {
                // "In den Finals …: Nach Meinung vieler Experten werden …": a name across the colon or semicolon is
                // in another clause, not the source of an attribution phrase (a verb's speaker may stand before a
                // colon: "Schwentner: Man hoffe, …")
                ss = Math.max(ss, d.token(k).end());
                break;
            }
        }
        int se = d.sentences.get(d.sentenceAt(Math.max(c.end() - 1, c.start()))).charEnd();
        Entity best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Entity e : ents) {
            if (e.charEnd() <= ss) {
                continue;
            }
            if (e.charStart() >= se) {
                break;
            }
            if (e.charStart() < c.end() && e.charEnd() > c.start()) {
                continue;
            }
            int dist = e.charEnd() <= cueStart ? cueStart - e.charEnd() : Math.max(0, e.charStart() - cueEnd);
            int score = dist + ("PER".equals(e.label()) ? 0 : ORG_PENALTY);
            if (dist <= ENTITY_WINDOW && score < bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best == null ? null : name(best);
    }

    /** A one-word mention that is a role noun ("Landeshauptmann" tagged as a name): it names no one. */
    private boolean roleNounOnly(Entity e) {
        String s = e.text();
        return s.indexOf(' ') < 0 && lex.isRole(s.toLowerCase(java.util.Locale.ROOT));
    }

    /** The mention directly follows "von"/"vom"/"des"/"der"/"dem" after a role noun's head. */
    private boolean complementOfRole(TokenizedText d, Entity e) {
        int k = d.tokenAtOrAfter(e.charStart());
        if (k < 2) {
            return false;
        }
        String w = d.token(k - 1).lower();
        return switch (w) {
            case "von", "vom", "des", "der", "dem" -> lex.isRole(d.token(k - 2).lower());
            default -> false;
        };
    }

    /** "Eva Kern und Paul Lind": a PER mention joined by "und" to the next PER mention names both. */
    private static String coordinated(TokenizedText d, Entity first, List<Entity> ents) {
        String name = name(first);
        if (!"PER".equals(first.label()) || genitive(first)) {
            return name;
        }
        int i = first.charEnd();
        String text = d.text;
        if (!text.startsWith(" und ", i)) {
            return name;
        }
        for (Entity e : ents) {
            if (e.charStart() == i + 5 && "PER".equals(e.label())) {
                return name + " und " + name(e);
            }
            if (e.charStart() > i + 5) {
                break;
            }
        }
        return name;
    }

    /**
     * The mention is directly followed by a role noun inside the phrase (ending at {@code pe}), or it is a genitive
     * followed by any noun but a message noun ("Kesslers Antwort").
     */
    private boolean possessorOfRole(TokenizedText d, Entity e, int pe) {
        int k = d.tokenAtOrAfter(e.charEnd());
        if (k >= d.tokens.size()) {
            return false;
        }
        Token next = d.token(k);
        // "Bergers Sohn", "Müllers Team": a genitive name before a noun is its possessor too; not before a noun for
        // what was said, whose owner said it ("Kesslers Antwort: „…“")
        return next.start() < pe && next.capitalized() && (lex.isRole(next.lower())
                || genitive(e) && !lex.isMessageNoun(next.lower()));
    }

    /**
     * PER before ORG; a name in the genitive ("Merkels Sprecher Steffen Seibert", "Mexikos Trainer …": the
     * canonical name dropped an -s) is a possessor, not the speaker, so it ranks below other persons.
     */
    private static int speakerRank(Entity e) {
        boolean person = "PER".equals(e.label());
        return (person ? 2 : 0) + (genitive(e) ? 0 : 1);
    }

    /**
     * A mention in the genitive: its canonical name dropped an -s ("Bergers" → "Berger"). A surname that ends in
     * -s itself keeps it in the canonical name ("Molins" → "François Molins") and is no genitive.
     */
    static boolean genitive(Entity e) {
        return e.canonical() != null && !e.canonical().equals(e.text()) && e.text().endsWith("s")
                && !lastWord(e.canonical()).equals(lastWord(e.text()));
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }

    static String name(Entity e) {
        String n = e.canonical() != null && !e.canonical().isBlank() ? e.canonical() : e.text();
        // "Berger.Als": a mention that ran over a sentence end written without a space ends at the dot
        for (int i = 2; i + 1 < n.length(); i++) {
            if (n.charAt(i) == '.' && Character.isLowerCase(n.charAt(i - 1)) && Character.isLowerCase(n.charAt(i - 2))
                    && Character.isUpperCase(n.charAt(i + 1))) {
                return n.substring(0, i);
            }
        }
        return n;
    }

    /**
     * The holder of the view a cue-less quote states, named by "für" opening its sentence ("Für den Historiker Karl
     * Brenner ist der Beschluss „…“", "Was für die Ministerin eine „…“ ist"): a PER/ORG entity in that phrase, else
     * the phrase when a role noun heads it (or, without entities, when it is a bare name); null otherwise.
     */
    private String opinionHolder(TokenizedText d, Candidate c, int si, List<Entity> ents) {
        int k = d.firstToken[si];
        int e = d.endToken[si];
        if (k + 1 < e && d.token(k).lower().equals("was")) {
            k++;
        }
        if (k + 1 >= e || !d.token(k).lower().equals("für")) {
            return null;
        }
        SpeakerPhrases.Phrase p = phrases.nounPhrase(d.tokens, k + 1, e);
        if (p == null || p.pronoun() || d.token(p.to() - 1).end() > c.start()) {
            return null;
        }
        String named = entityIn(d, p.from(), p.to(), ents);
        if (named != null) {
            return named;
        }
        return phrases.roleHead(d.tokens, p) || ents.isEmpty() && phrases.nameLike(d.tokens, p)
                ? phrases.speakerText(d.text, d.tokens, p, e, false) : null;
    }

    /** The subject phrase of sentence {@code si} ({@link SpeakerPhrases#clauseSubject}), or null. */
    private SpeakerPhrases.Phrase clauseSubject(TokenizedText d, int si) {
        int e = d.endToken[si];
        int s = afterTimeStamp(d, d.firstToken[si], e);
        return s < e ? phrases.clauseSubject(d.tokens, s, e) : null;
    }

    /**
     * The first token after a live ticker's time stamp opening a sentence ("14.32 Uhr: Meteorologe X erwartet …",
     * "Update, 16 Uhr: Die Bahn …"): its subject follows the colon. A colon within the first six tokens right after
     * "Uhr"; else {@code s}.
     */
    private static int afterTimeStamp(TokenizedText d, int s, int e) {
        for (int k = s + 1; k < e - 1 && k <= s + 5; k++) {
            if (d.token(k).is(':')) {
                return d.token(k - 1).lower().equals("uhr") ? k + 1 : s;
            }
        }
        return s;
    }

    /** Prepositions of a short complement between a subject and its apposition ("Eine von ihnen, die …, …"). */
    private static final Set<String> APPOSITION_PREPOSITIONS = Set.of("von", "aus", "in", "bei", "unter");

    /** Phrase {@code p} stands inside the quote's or report's own text. */
    private static boolean insideContent(TokenizedText d, Candidate c, SpeakerPhrases.Phrase p) {
        return p != null && p.to() > p.from() && d.token(p.from()).start() >= c.start()
                && d.token(p.to() - 1).end() <= c.end();
    }

    /**
     * The PER entity naming the subject {@code p} of sentence {@code si} ("Die Haushaltspolitikerin …, Anja Hajduk,
     * kritisierte …", "Sadiq Khan, …, verurteilte …") when the phrase ends before {@code before}, or null.
     */
    private String subjectPerson(int si, TokenizedText d, List<Entity> ents, SpeakerPhrases.Phrase p, int before) {
        int e = d.endToken[si];
        if (ents.isEmpty() || p == null || p.pronoun() || p.to() >= e) {
            return null;
        }
        int from = d.token(p.from()).start();
        int to = d.token(p.to() - 1).end();
        if (to > before) {
            return null;
        }
        // "Der Präsident des IW (IW), Hans Berg,", "Die Politikerin von Bündnis 90/Die Grünen, Anna Roth,"
        int after = SpeakerPhrases.skipBracket(d.tokens, SpeakerPhrases.skipSlashName(d.tokens, p.to(), e), e);
        if (after < e && APPOSITION_PREPOSITIONS.contains(d.token(after).lower())) {
            // "Eine von ihnen, die Buchhalterin Anna Roth, …", "Eine Anwohnerin aus dem Ort, die 72 Jahre alte
            // Anna Roth, …": a short prepositional complement stands before the apposition
            for (int k = after + 1; k < e && k <= after + 4; k++) {
                if (d.token(k).is(',')) {
                    after = k;
                    break;
                }
                if (!d.token(k).word()) {
                    break;
                }
            }
        }
        if (after < e && d.token(after).is(',')) {
            // apposition: up to the next comma ("die 72 Jahre alte Anna Roth")
            for (int k = after + 1; k < e && k <= after + 8; k++) {
                if (d.token(k).is(',')) {
                    to = d.token(k).start();
                    break;
                }
            }
        }
        for (int i = mentionsBefore(ents, from); i < ents.size() && ents.get(i).charStart() < to; i++) {
            if ("PER".equals(ents.get(i).label())) {
                return name(ents.get(i));
            }
        }
        return null;
    }

    /** Articles between a preposition and its noun ("vor dem Verfassungsgerichtshof"). */
    private static final Set<String> OBJECT_ARTICLES = Set.of("dem", "den", "der", "des", "einem", "einen", "einer",
            "eines", "die", "das");
    /** Prepositions whose object may still be who acts: the agent of a passive ("von der Polizei bestätigt"). */
    private static final Set<String> AGENT_PREPOSITIONS = Set.of("von", "vom", "durch", "seitens");

    /**
     * The mention is the object of a preposition ("vor dem Verfassungsgerichtshof abgeblitzt", "beim Konzern"), so
     * no subject that a pronoun could take up; the agent prepositions of a passive are left out.
     */
    private static boolean prepositionalObject(TokenizedText d, Entity x) {
        int k = d.tokenAtOrAfter(x.charStart()) - 1;
        if (k >= 0 && OBJECT_ARTICLES.contains(d.token(k).lower())) {
            k--;
        }
        return k >= 0 && SpeakerPhrases.PREPOSITIONS.contains(d.token(k).lower())
                && !AGENT_PREPOSITIONS.contains(d.token(k).lower());
    }

    /**
     * How many of the document's mentions (in text order) start before {@code offset}: where a search of the
     * mentions from {@code offset} on begins (a long document has many mentions before it).
     */
    static int mentionsBefore(List<Entity> ents, int offset) {
        int lo = 0;
        int hi = ents.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ents.get(mid).charStart() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The last speaker of this document that is a spokesperson named more fully ("Polizeisprecher", "Sprecherin der
     * Präfektur", "Sprecher von X") whose first word ends in {@code noun} ("Sprecher" does not take a
     * "Sprecherin"), or null.
     */
    private static String namedSpokesperson(List<Quote> earlier, String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            String s = earlier.get(i).speaker();
            if (s == null || s.equalsIgnoreCase(noun)) {
                continue;
            }
            int space = s.indexOf(' ');
            String first = (space < 0 ? s : s.substring(0, space)).toLowerCase(Locale.ROOT);
            if (first.endsWith(lower)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The subject {@code p} of sentence {@code si} when it is a role noun phrase without a person's name ("Der
     * Angeklagte"), or the person the text introduced with that role's title ({@link TitledAntecedents}).
     */
    private SpeakerPhrases.RoleSubject subjectRole(int si, TokenizedText d, List<Entity> ents,
                                                   SpeakerPhrases.Phrase p) {
        int s = d.firstToken[si];
        int e = d.endToken[si];
        if (p == null || p.pronoun() || p.from() != s || p.to() >= e || !phrases.roleHead(d.tokens, p)) {
            return null; // only a role opening the sentence: after the verb it may be the object ("überraschte die Autorin")
        }
        int from = d.token(p.from()).start();
        int to = d.token(p.to() - 1).end();
        for (Entity x : ents) {
            if (x.charStart() >= to) {
                break;
            }
            if (x.charEnd() > from) {
                return null; // a name in it: the entity rules handle it
            }
        }
        // "Bundesinnenminister X … . Der Minister verwies auf … . Er wolle …": the role names the person the text
        // introduced with that title, as a role cue does
        String noun = phrases.bareRole(d.tokens, p);
        String holder = noun == null ? null : antecedents.person(d, p, noun, ents);
        return SpeakerPhrases.RoleSubject.of(p.determiner(),
                holder != null ? holder : phrases.speakerText(d.text, d.tokens, p, e, false));
    }

    /**
     * A reported sentence of the lead that opens with a dateline ("Athen – Seit Tagen …, teilte der Zivilschutz
     * mit", "San Francisco – Der Konzern will …. Das teilte …"): the place is the agency's, not what was said.
     */
    private static Quote withoutDateline(TokenizedText d, Quote q) {
        if (!"indirect".equals(q.kind())) {
            return q;
        }
        int si = d.sentenceAt(q.charStart());
        int first = d.firstToken[si];
        if (si >= SpeakerPhrases.DATELINE_SENTENCES || d.token(first).start() != q.charStart()) {
            return q;
        }
        int from = SpeakerPhrases.skipDateline(d.tokens, first, d.endToken[si]);
        if (from == first || from >= d.endToken[si] || d.token(from).start() >= q.charEnd()) {
            return q;
        }
        int start = d.token(from).start();
        return new Quote(q.docId(), q.sentenceNo(), d.text.substring(start, q.charEnd()), q.speaker(), q.kind(),
                q.cue(), start, q.charEnd());
    }

    /** Focus particles that may stand between a subject and its verb ("X selbst äußerte sich", "X allein sagte"). */
    private static final Set<String> FOCUS_AFTER_SUBJECT = Set.of("selbst", "selber", "allein", "wiederum");

    /**
     * The sentence opens with its subject (a party in brackets may follow it: "Minister X (SPD)") and a speech verb
     * right after it, which governs no report ("Weigand wies den Vorwurf der Grünen zurück.", "Er kündigte
     * Soforthilfen an."), or a reaction ("X zeigte sich erleichtert.", "X reagierte gelassen."), which in news
     * introduces what the person then said: the subject has spoken.
     */
    private boolean speechActWithoutReport(TokenizedText d, int si, SpeakerPhrases.Phrase subject) {
        int s = d.firstToken[si];
        int e = d.endToken[si];
        if (subject == null || subject.from() != s) {
            return false;
        }
        int verb = SpeakerPhrases.skipBracket(d.tokens, subject.to(), e);
        if (verb + 1 < e && FOCUS_AFTER_SUBJECT.contains(d.token(verb).lower())) {
            verb++; // "Köstler selbst äußerte sich nur kurz.": a focus particle after the subject
        }
        if (verb < e && (APPOSITION_PREPOSITIONS.contains(d.token(verb).lower())
                || d.token(verb).lower().equals("vom"))) {
            // "Der Forscher X vom Institut für … in Rostock hält …": a short attribute before the verb
            int k = verb + 1;
            while (k < e && k <= verb + 7 && d.token(k).word() && !speechVerbAt(d, k, e)) {
                k++;
            }
            verb = k;
        } else if (verb + 2 < e && d.token(verb).is(',') && ageApposition(d, verb + 1, e) > 0) {
            // "Zeitzeugin X, damals 24, erzählte …", "X, 78, erzählte …": an age between the subject and its verb
            verb = ageApposition(d, verb + 1, e);
        }
        return verb < e && speechVerbAt(d, verb, e);
    }

    /**
     * The token after the closing comma of an age apposition starting at {@code k} ("78,", "damals 24,": a number,
     * after at most one word), or -1. Longer appositions ("X, der Milliardär hinter der Firma, kündigte … an") are
     * left to the subject rules: after them a Konjunktiv sentence is as often free indirect speech.
     */
    private static int ageApposition(TokenizedText d, int k, int e) {
        int number = k + 1 < e && d.token(k).word() && Character.isLowerCase(d.token(k).text().charAt(0)) ? k + 1 : k;
        return number + 2 < e && isNumber(d.token(number).text()) && d.token(number + 1).is(',') ? number + 2 : -1;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() <= 3 && s.chars().allMatch(Character::isDigit);
    }

    private boolean speechVerbAt(TokenizedText d, int verb, int e) {
        return cues.verbCueAt(d.tokens, verb, e) != null || reaction(d.tokens, verb, e);
    }

    private static final Set<String> REACTION_VERBS = Set.of("reagierte", "reagierten");
    private static final Set<String> SHOWED = Set.of("zeigte", "zeigten");
    /** Forms of "halten" ("hält … für", "hält es für möglich, dass"): a judgement stated. */
    static final Set<String> HELD = Set.of("hält", "halten", "hielt", "hielten");

    /** Verbs that with a noun of criticism make a speech act ("machte der Bahn schwere Vorwürfe", "übte Kritik"). */
    private static final Set<String> CRITICISM_VERBS = Set.of("machte", "machten", "erhob", "erhoben", "übte", "übten");
    private static final Set<String> CRITICISM_NOUNS = Set.of("vorwürfe", "vorwurf", "kritik", "vorhaltungen");

    /**
     * "zeigte sich …", "reagierte …", "hält … für …" or "machte/erhob/übte … Vorwürfe/Kritik" at
     * {@code verb}: a reaction, judgement or criticism, reported like a statement.
     */
    private static boolean reaction(List<Token> t, int verb, int end) {
        String w = t.get(verb).lower();
        if (CRITICISM_VERBS.contains(w)) {
            return inVerbClause(t, verb, end, CRITICISM_NOUNS);
        }
        if (HELD.contains(w)) {
            // "X hält die Zahlen für wenig überraschend.": a judgement, reported like a statement
            return inVerbClause(t, verb, end, FOR);
        }
        return REACTION_VERBS.contains(w)
                || SHOWED.contains(w) && verb + 1 < end && t.get(verb + 1).lower().equals("sich");
    }

    private static final Set<String> FOR = Set.of("für");

    /** One of {@code words} within six tokens after {@code verb}, before a comma and {@code end}. */
    private static boolean inVerbClause(List<Token> t, int verb, int end, Set<String> words) {
        for (int k = verb + 1; k < end && k <= verb + 6 && !t.get(k).is(','); k++) {
            if (words.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Das/Dies teilte der Klub mit." (or "gab … bekannt", "sagte der Minister") as a whole sentence: the sentence
     * before it, if it has no quotation marks or quote of its own and is a statement, is what the cue reports.
     * Returns that sentence as an indirect candidate with the cue and its subject, or null.
     */
    private Candidate reportedBySentenceAfter(TokenizedText d, int si,
                                              List<QuotationMarkScanner.MarkedSpan> marks) {
        int s = d.firstToken[si];
        int e = d.endToken[si];
        if (s + 3 > e) {
            return null;
        }
        String w = d.token(s).lower();
        if (!(w.equals("das") || w.equals("dies")) || !d.token(s).capitalized()) {
            return null;
        }
        SpeechCues.Cue cue = cues.verbCueAt(d.tokens, s + 1, e);
        if (cue == null) {
            return null;
        }
        SpeakerPhrases.Phrase subject = phrases.subjectOf(d.tokens, cue.first(), s, e);
        if (subject == null || subject.from() <= cue.first()) {
            return null; // "Das sagte er": the subject stands after the verb
        }
        int[] span = continuedSpeech(d, si - 1, marks, List.of(), true);
        if (span == null) {
            return null;
        }
        return new Candidate(span[0], span[1], "indirect", cue, subject, false);
    }

    /** Tokens a prepositional prefield and the finite verb after it may take ("An der Schuld des Angeklagten gebe"). */
    private static final int PREPOSITIONAL_PREFIELD = 7;

    /**
     * A Konjunktiv form ({@code reportedSpeechForms}) as the finite verb near the start of sentence {@code si}
     * (within its first four tokens: "Die Mannschaft habe …", "Damit seien …"; within seven after a prepositional
     * prefield, up to a comma: "An der Schuld des Angeklagten gebe es „…“"), outside the given quotes. A
     * Konjunktiv deeper in the sentence is as often in a subordinate clause of narration.
     */
    private boolean konjunktivOutside(TokenizedText d, int si, List<Candidate> quotes) {
        int s = d.firstToken[si];
        // not "Für den Theologen X sei …": "für" names the holder of the opinion, someone other than the last speaker
        String first = d.token(s).lower();
        int reach = phrases.isPreposition(first) && !first.equals("für") ? PREPOSITIONAL_PREFIELD : 4;
        for (int i = s; i < Math.min(d.endToken[si], s + reach) && !d.token(i).is(','); i++) {
            int at = d.token(i).start();
            if (quotes.stream().noneMatch(c -> c.start() <= at && at < c.end())
                    && lex.hasReportedSpeechVerb(d.tokens, i, i + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sentence that goes on with the previous sentence's reported speech: a finite Konjunktiv I verb (or "hätten",
     * "wären" for the plural), no quotation marks, no question, not opened by a subordinator, no speech verb of its
     * own. Returns its span without the final punctuation, or null.
     */
    private int[] continuedSpeech(TokenizedText d, int si, List<QuotationMarkScanner.MarkedSpan> marks,
                                  List<Candidate> partials, boolean konjunktivSeen) {
        int s = d.firstToken[si];
        int e = d.endToken[si];
        if (e - s < 4) {
            return null;
        }
        Token first = d.token(s);
        if (!first.capitalized() || SpeakerPhrases.isSubordinator(first.lower())) {
            return null;
        }
        int end = e;
        while (end > s && !d.token(end - 1).word()) {
            if (d.token(end - 1).is('?')) {
                return null;
            }
            int at = d.token(end - 1).start();
            if (marks.stream().anyMatch(m -> m.close() == at && m.open() >= d.token(s).start())) {
                break; // "Die Mannschaft habe »Charakter gezeigt«.": the closing mark of a quote inside stays
            }
            end--;
        }
        int from = d.token(s).start();
        int to = d.token(end - 1).end();
        for (QuotationMarkScanner.MarkedSpan m : marks) {
            if (m.open() < to && m.close() >= from && !holdsQuote(m, partials, false)) {
                return null;
            }
        }
        if (!konjunktivSeen && !lex.hasReportedSpeechVerb(d.tokens, s, end)) {
            return null;
        }
        for (int i = s; i < end; i++) {
            int at = d.token(i).start();
            SpeechCues.Cue cue = partials.stream().anyMatch(c -> c.start() <= at && at < c.end())
                    ? null : cues.verbCueAt(d.tokens, i, e); // the quoted words are no cue
            if (cue != null && !finalParticiple(d, cue, s, end)) {
                return null;
            }
        }
        return new int[]{from, to};
    }

    private static final Set<String> PERFECT_KONJUNKTIV = Set.of("habe", "hätte");

    /**
     * "Sie habe ihren Chef mehrfach gewarnt.": a speech verb's participle closing a sentence that opens with "Er"/"Sie"
     * and a Konjunktiv auxiliary is the verb of the reported clause, not a new cue.
     */
    private static boolean finalParticiple(TokenizedText d, SpeechCues.Cue cue, int s, int end) {
        if (cue.kind() != SpeechCues.Cue.Kind.VERB || cue.first() != cue.last() || cue.first() + 1 != end
                || s + 2 >= end) {
            return false;
        }
        String subject = d.token(s).lower();
        return (subject.equals("er") || subject.equals("sie")) && PERFECT_KONJUNKTIV.contains(d.token(s + 1).lower())
                && d.token(cue.first()).lowercase() && d.token(cue.first()).lower().endsWith("t");
    }

    /**
     * "Er rechne damit, dass …": a singular "Er"/"Sie" opening the sentence before a verb in -e that is no weak
     * preterite (-te) nor "wurde"/"würde": a Konjunktiv I (or strong Konjunktiv II) form, which in a news sentence
     * of its own is reported speech.
     */
    private boolean pronounThenKonjunktiv(TokenizedText d, int si) {
        if (!singularPronounSubject(d, si)) {
            return false;
        }
        String verb = d.token(d.firstToken[si] + 1).lower();
        return verb.length() > 2 && verb.endsWith("e") && !verb.endsWith("te") && !verb.equals("wurde")
                && !verb.equals("würde") && !lex.isFunctionWord(verb);
    }

    /** The sentence opens with "Er" or "Sie" before a verb in the singular (not "Sie bezeichneten"). */
    private boolean singularPronounSubject(TokenizedText d, int si) {
        int s = d.firstToken[si];
        if (s + 1 >= d.endToken[si]) {
            return false;
        }
        Token first = d.token(s);
        Token next = d.token(s + 1);
        return (first.text().equals("Er") || first.text().equals("Sie")) && next.lowercase()
                && !(first.text().equals("Sie") && next.lower().endsWith("en"));
    }

    /** Determiners of "mit" + a quote noun pointing back to the quote ("Mit diesen Worten", "Mit dieser Äußerung"). */
    private static final Set<String> WITH_THESE = Set.of("diesen", "diesem", "dieser", "den", "dem", "solchen",
            "jenen");
    /** Dative forms of quote nouns not in {@code quote-nouns.txt} ("mit diesen Worten"). */
    private static final Set<String> QUOTE_NOUNS_DATIVE = Set.of("worten", "sätzen", "äußerungen", "zeilen");

    /**
     * A quote that ends its sentence, followed by a sentence "Das/Dies/So + verb + person" ("Das sagte der
     * Minister", "Das musste Minister Paul Berg einräumen"): that person, or null.
     */
    private String cataphoricSpeaker(TokenizedText d, Candidate c, List<Entity> ents) {
        int last = d.sentenceAt(Math.max(c.start(), c.end() - 1));
        int next = last + 1;
        if (next >= d.sentences.size()) {
            return null;
        }
        int k = d.tokenAtOrAfter(c.end());
        while (k < d.firstToken[next] && !d.token(k).word()) {
            k++; // only marks and punctuation between the quote and the next sentence
        }
        if (k < d.firstToken[next]) {
            return null;
        }
        int s = d.firstToken[next];
        int e = d.endToken[next];
        String w = d.token(s).lower();
        if (s + 4 < e && w.equals("mit") && WITH_THESE.contains(d.token(s + 1).lower()) && d.token(s + 2).capitalized()
                && (lex.isQuoteNoun(d.token(s + 2).lower()) || QUOTE_NOUNS_DATIVE.contains(d.token(s + 2).lower()))) {
            s += 2; // "„…“ Mit diesen Worten verabschiedete sich X", "Mit dieser Äußerung reagierte X auf …"
            w = "das";
        } else if (s + 3 < e && (w.equals("das") || w.equals("der") || w.equals("die") || w.equals("diese")
                || w.equals("dieses") || w.equals("dieser")) && d.token(s + 1).capitalized()
                && lex.isQuoteNoun(d.token(s + 1).lower())) {
            s++; // "„…“ Das Zitat stammt von X", "Diese Worte sprach X"
            w = "das";
        }
        if (s + 2 >= e || !d.token(s + 1).lowercase()) {
            return null;
        }
        if (!(w.equals("das") || w.equals("dies") || w.equals("so"))) {
            return null;
        }
        int at = s + 3 < e && d.token(s + 2).lower().equals("von") ? s + 3 : s + 2; // "Das Zitat stammt von X"
        SpeakerPhrases.Phrase p = phrases.phraseAfter(d.tokens, at, e);
        if (p == null || p.pronoun() || !(phrases.roleHead(d.tokens, p) || phrases.nameLike(d.tokens, p))) {
            return null;
        }
        int ps = d.token(p.from()).start();
        int pe = d.token(p.to() - 1).end();
        for (Entity x : ents) {
            if (x.charStart() >= pe) {
                break;
            }
            if (x.charEnd() > ps && "PER".equals(x.label())) {
                return name(x);
            }
        }
        return phrases.speakerText(d.text, d.tokens, p, e, false);
    }

    /**
     * The person mentioned last before the cue's subject in sentence {@code si} or the one before it: a PER
     * entity, else a role noun (outside quotation marks is not checked: mentions in quotes are rare), or null.
     */
    private String nearestPerson(TokenizedText d, Candidate c, int si, List<Entity> ents) {
        // a pronoun always refers to someone: the last person named up to PRONOUN_REACH sentences back
        int from = d.sentences.get(Math.max(0, si - PRONOUN_REACH)).charStart();
        int to = Math.min(c.start(), d.token(c.speaker().from()).start());
        // "Sie bezeichneten …", "Sie haben angekündigt": not one person, but a role noun in the plural may be meant
        // ("der Vorschlag britischer Forscher: … fordern sie")
        boolean plural = pluralPronoun(d, c.speaker().from());
        Entity best = null;
        for (Entity e : ents) {
            if (plural || e.charStart() >= to) {
                break;
            }
            if (e.charStart() >= from && "PER".equals(e.label()) && !possessor(d.text, e)) {
                best = e;
            }
        }
        if (best != null) {
            return name(best);
        }
        int first = si > 0 ? d.firstToken[si - 1] : d.firstToken[si];
        for (int k = d.tokenAtOrAfter(to) - 1; k >= first; k--) {
            Token tok = d.token(k);
            if (tok.capitalized() && lex.isRole(tok.lower())
                    && !(plural && k > first && SINGULAR_ONLY.contains(d.token(k - 1).lower()))) {
                int s = k > first && SpeakerPhrases.DETERMINERS.contains(d.token(k - 1).lower()) ? k - 1 : k;
                SpeakerPhrases.Phrase p = phrases.nounPhrase(d.tokens, s, d.endToken[d.sentenceAt(tok.start())]);
                if (p != null && !p.pronoun()) {
                    return phrases.speakerText(d.text, d.tokens, p, d.endToken[d.sentenceAt(tok.start())], false);
                }
            }
        }
        return null;
    }

    /**
     * A name in the Saxon genitive before what it owns ("Bruckners 8. Sinfonie", "Mozarts „Zauberflöte“",
     * "Kesslers Antwort"): the person is talked about, not the one a later pronoun names. Not a surname that ends in
     * -s itself, which its full name elsewhere in the document shows ("sagte Guterres Journalisten" after "António
     * Guterres").
     */
    static boolean possessor(String text, Entity e) {
        int end = e.charEnd();
        if (!e.text().endsWith("s") || end + 1 >= text.length() || text.charAt(end) != ' ' || surnameInS(e)) {
            return false;
        }
        char next = text.charAt(end + 1);
        return Character.isUpperCase(next) || Character.isDigit(next) || SpeechCues.isQuoteMark(next);
    }

    /** A mention whose canonical name is a longer name ending in the same -s word ("Guterres" → "António Guterres"). */
    private static boolean surnameInS(Entity e) {
        return e.canonical() != null && !e.canonical().equals(e.text())
                && lastWord(e.canonical()).equals(lastWord(e.text()));
    }

    /** Determiners only of a singular noun ("ein Sprecher", "des Ministers"): no plural "sie" refers to it. */
    private static final Set<String> SINGULAR_ONLY = Set.of("ein", "eine", "einer", "eines", "einem", "einen",
            "des", "dem", "das", "dieses", "diesem");
    private static final Set<String> NOT_ERN = Set.of("gestern", "vorgestern", "intern", "extern", "modern",
            "sondern");
    private static final Set<String> NOT_VERBS = Set.of("einen", "seinen", "ihren", "diesen",
            "jenen", "keinen", "ihnen", "denen", "deren", "jeden", "allen", "beiden", "wegen", "gegen", "eigenen",
            "zwischen", "neben", "unseren", "meinen", "deinen", "euren", "vielen", "anderen", "einigen", "manchen",
            "solchen", "welchen", "zunächst", "oben", "unten", "gestern", "morgen", "eben");

    /**
     * The organisation that is the subject {@code p} of sentence {@code si}, opening it before pronoun {@code c}
     * with an article of the pronoun's gender ("Die Vereinigung (DSW) schlug …, indem sie …", "Der Verband …, weil
     * er …"), or null.
     */
    private String subjectOrganisation(int si, TokenizedText d, List<Entity> ents, SpeakerPhrases.Phrase subject,
                                       Candidate c) {
        SpeakerPhrases.Phrase p = subject != null || ents.isEmpty() || d.firstToken[si] >= c.speaker().from() ? subject
                : phrases.nounPhrase(d.tokens, d.firstToken[si], c.speaker().from());
        if (ents.isEmpty() || p == null || p.pronoun() || p.from() != d.firstToken[si] || p.to() >= c.speaker().from()
                || pluralPronoun(d, c.speaker().from())) {
            return null;
        }
        int k = c.speaker().from();
        if (!(d.token(k - 1).is(',') || k - 2 > p.to() && d.token(k - 2).is(',') && d.token(k - 1).lowercase())) {
            return null; // the pronoun opens a clause after a comma ("…, indem sie"), else it may be the subject
        }                // and the noun phrase a fronted object ("Die Partei kritisierte sie: „…“")
        SpeakerPhrases.RoleSubject gender = SpeakerPhrases.RoleSubject.of(p.determiner(), "");
        if (gender == null || !gender.agreesWith(d.token(c.speaker().from()).lower())) {
            return null;
        }
        int from = d.token(p.from()).start();
        int to = d.token(SpeakerPhrases.skipBracket(d.tokens, p.to(), d.endToken[si]) - 1).end();
        for (Entity x : ents) {
            if (x.charStart() >= to) {
                break;
            }
            if (x.charStart() >= from) {
                return "ORG".equals(x.label()) ? name(x) : null;
            }
        }
        return null;
    }

    /** Endings of nouns that are feminine ("die Wahlkommission", "die Staatsanwaltschaft"): never "er". */
    private static final String[] FEMININE_ENDINGS = {"ung", "heit", "keit", "schaft", "tion", "sion", "tät",
            "partei", "polizei"};

    /**
     * The head noun of {@code speaker} (the last capitalised word before a complement: "Sprecher der Armee" →
     * "Sprecher") has a gender that pronoun {@code c} cannot refer to: "er" for a feminine noun ("der zentralen
     * Wahlkommission … . Zudem kündigte er an"), a singular "sie" for a masculine role ("der Sprecher"); a name
     * shows no gender here.
     */
    private boolean genderClash(String speaker, TokenizedText d, Candidate c) {
        if (speaker == null) {
            return false;
        }
        String head = null;
        for (String w : speaker.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                if (head != null) {
                    break; // "des", "der", "von": a complement follows
                }
                continue; // an adjective before the head ("zentralen Wahlkommission")
            }
            head = w;
        }
        if (head == null) {
            return false;
        }
        String h = head.toLowerCase(java.util.Locale.ROOT);
        boolean role = lex.isRole(h);
        boolean feminine = role && h.endsWith("in");
        for (String ending : FEMININE_ENDINGS) {
            feminine |= h.endsWith(ending);
        }
        String pronoun = d.token(c.speaker().from()).lower();
        if (pronoun.equals("er")) {
            return feminine;
        }
        return pronoun.equals("sie") && role && !feminine && !h.endsWith("e")
                && !pluralPronoun(d, c.speaker().from());
    }

    /**
     * The subject opening sentence {@code si - 1} when it is "die" + a capitalised noun before a plural verb ("Die
     * Grünen sehen das anders", "Die Anwohner sind empört"), else null.
     */
    private String pluralSubjectBefore(TokenizedText d, int si) {
        if (si == 0) {
            return null;
        }
        SpeakerPhrases.Phrase p = clauseSubject(d, si - 1);
        int e = d.endToken[si - 1];
        if (p == null || p.pronoun() || p.from() != d.firstToken[si - 1] || !"die".equals(p.determiner())
                || p.to() >= e || !d.token(p.headEnd() - 1).capitalized()) {
            return null;
        }
        Token verb = d.token(p.to());
        if (!verb.lowercase() || !(verb.lower().endsWith("en") || verb.lower().equals("sind"))) {
            return null;
        }
        return phrases.speakerText(d.text, d.tokens, p, e, false);
    }

    /** The name is one person's: the canonical name of a PER mention, not two joined by "und". */
    private static boolean singlePerson(String name, List<Entity> ents) {
        if (name == null || name.contains(" und ")) {
            return false;
        }
        for (Entity e : ents) {
            if ("PER".equals(e.label()) && name.equals(name(e))) {
                return true;
            }
        }
        return false;
    }

    /** "sie" next to a plural finite verb ("Sie bezeichneten", "erklärten sie", "Sie sind"). */
    private static boolean pluralPronoun(TokenizedText d, int k) {
        if (!d.token(k).lower().equals("sie")) {
            return false;
        }
        for (int j = k - 1; j <= k + 1; j += 2) {
            if (j >= 0 && j < d.tokens.size() && d.token(j).lowercase()) {
                String w = d.token(j).lower();
                // "erinnern sie", "Sie handeln": verbs in -ern/-eln have no -en in the plural
                boolean ernEln = (w.endsWith("ern") || w.endsWith("eln")) && w.length() > 5 && !NOT_ERN.contains(w);
                if (w.endsWith("en") && w.length() > 4 && !NOT_VERBS.contains(w) || ernEln || w.equals("sind")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A subject-like name or role at the start of the sentence (or its first PER/ORG entity); {@code p} is its
     * clause subject.
     */
    private String sentenceSubject(TokenizedText d, int si, List<Entity> ents, SpeakerPhrases.Phrase p) {
        int ss = d.sentences.get(si).charStart();
        int se = d.sentences.get(si).charEnd();
        if (!ents.isEmpty()) {
            return firstPersonElseOrganisation(ents, ss, se, d);
        }
        int e = d.endToken[si];
        // "Auch Hessens Ministerpräsident Roland Koch kritisierte …", "Am Montag sagte der Minister …"
        if (p == null || p.pronoun() || p.to() >= e) {
            return null;
        }
        boolean nameOrRole = false;
        for (int i = p.contentFrom(); i < p.headEnd(); i++) {
            Token tok = d.token(i);
            if (tok.capitalized()) {
                nameOrRole = true;
            }
        }
        return nameOrRole ? phrases.speakerText(d.text, d.tokens, p, e, false) : null;
    }
}
