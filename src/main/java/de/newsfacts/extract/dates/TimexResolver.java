package de.newsfacts.extract.dates;

import de.newsfacts.extract.dates.CandidateFinder.Candidate;
import de.newsfacts.extract.dates.TemporalPatterns.Rule;
import de.newsfacts.extract.dates.Timex.Part;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the candidates of one document, in text order, into {@link Timex} values. One instance per document:
 * it keeps the reference dates.
 *
 * <p>Anchoring rules:
 * <ul>
 *   <li><b>Deictic</b> expressions (heute, gestern, letzte Woche, vor zwei Jahren, nächsten Monat, am Mittwoch,
 *       diesen Sommer) count from the publication date in news mode and from the reference date in narrative
 *       mode; in news mode a season after "diesen/dieses" moves by a year with the tense like a year-less season
 *       ("dieses Winters … war" in March is the winter just over). In news mode without publication date they
 *       stay unresolved (value null, anchored false); a weekday keeps its day ({@code XXXX-WXX-3}), a year-less
 *       date or month its month and day ({@code XXXX-10-03}, {@code XXXX-10}).</li>
 *   <li><b>Anaphoric</b> expressions (am selben Tag, am folgenden Tag, tags darauf, drei Tage später, desselben
 *       Jahres, Ende des Jahres, im Vorjahr) count from the reference date in both modes; in news mode
 *       "Vorwoche"/"Vortag" with no reference day left (a month or year named since) count from the publication
 *       day, unless a genitive follows ("am Vortag des Unglücks"). In news mode "im Jahr
 *       davor/zuvor/darauf" counts from a year written before it in its sentence ("2025 einen Verlust, nach
 *       einem Gewinn im Jahr davor": 2024), which need not have moved the reference date; so do "N Jahre
 *       später/danach" after a year written in their own or the sentence before ("2008 … Vier Jahre später": 2012). "im Vorjahresmonat
 *       (-quartal)" is the reference month (quarter) a year earlier. "demselben/im selben Jahr" after a year
 *       written in its sentence is that year, even a look back ("seit 2003 Gouverneur, demselben Jahr, in dem …"). "seit Jahresbeginn/Monatsanfang" runs up to
 *       now: it takes the publication year (month), not the reference year.</li>
 *   <li>The <b>reference date</b> starts as the publication date and becomes each resolved date, month or year in
 *       turn (a coarser one forgets finer parts that no longer fit); a year alone that lies before the current
 *       reference year does not move it (a look back such as "seit 1939" in a 1940 narrative), nor does a year
 *       after bis/ab/seit/vor/nach/für or in parentheses once the text has set a reference (an aside) — unless it
 *       opens its sentence ("1862 setzte der Norden ...", "Im Jahr 1862 ...") or stands in a heading.</li>
 *   <li><b>Month names after a determiner</b>: "im vergangenen/letzten/vorigen September" is the last September
 *       before the anchor's month, "im kommenden/nächsten März" the next one after it (deictic); "im folgenden
 *       März" the next one after the reference month, "im vorangegangenen Oktober" the last one before it.</li>
 *   <li><b>Year-less dates</b> ("am 3. Oktober", "im Oktober", "im Herbst") take the publication year in news mode
 *       (the year of the last explicit year in the text if there is no publication date) and the reference year
 *       in narrative mode. In news mode the tense can move them by a year: more than five months after the
 *       publication date in a past sentence means last year, more than five months before it in a future
 *       sentence next year. Relative clauses (", die … beschlossen hatte") other than the expression's own do not
 *       count for that tense. With "soll", "will", "plant" (no past cue) a date that ended more than three months
 *       before publication is next year's ("Die Studie soll im Frühjahr beginnen" in October). A date after
 *       "seit" or "seit der/dem …-Wahl am/vom" began before publication; one right after "von/vom" that opens no
 *       range ("die Entscheidung von Februar") is never moved into next year by the tense, nor is a month opening
 *       a range whose closing month lies near publication ("Von Januar bis Juni stellten …" in July). A sentence with past
 *       and future cues ("hatte Ende Jänner erklärt, er werde kandidieren") keeps a date of its own past clause
 *       in the publication year.</li>
 *   <li><b>Weekdays</b>: "vergangenen/letzten" = the last such day before the anchor, "kommenden/nächsten" = the
 *       next one after it, "diesen" = the one in the anchor's ISO week; "Mittwoch vergangener/dieser/nächster
 *       Woche" = that day in the ISO week before/of/after the anchor's. Bare weekdays in news mode: past-tense
 *       sentence (war, wurde, hatte, sagte, erlitt, a strong one after a verb prefix: "übergab", "stattfand", hat/ist + participle, also "festgenommen" ..., hat + a
 *       participle without "ge": "beschlossen" (strong_participles.txt), "exportiert" (-iert), ist/sind + a
 *       participle without "ge" of a verb with "sein" ("erschienen", "verstorben": sein_participles.txt), a perfect
 *       infinitive: "soll … angegriffen haben", or a weak preterite in second place before an article or pronoun:
 *       "In Lake Louise raste die Tirolerin am Samstag …", also a plural in "-ten" whose stem cannot end in t: "Darauf
 *       einigten sich …", "…, wie beide Seiten am Freitag mitteilten"; not "zu haben", an infinitive, nor "-ierten" between
 *       an amount and a noun, "mit 9,5 Millionen Dollar dotierten Turniers") = on or before the anchor; future sentence (wird,
 *       soll, will ...) = on or after it, and so is a weekday after "für", "ab" or "bis" in a comma clause without a
 *       past cue word ("Ab Dienstag stünden …, teilte X mit", "Ab Sonntagabend strömt kalte Luft ein, teilte der DWD
 *       am Samstag mit"), and one after "auf" that something is moved to ("auf Sonntag verschoben", "vertagt");
 *       "von Sonntag auf Montag" runs forward like a range
 *       ("hat für Freitag zu Streiks aufgerufen", "gilt bis Montag", "vom Montag an", but not "die für Freitag
 *       geplante Sitzung fiel aus"); after "seit", and after "vom"/"von" outside a range and a future sentence ("das
 *       Attentat vom Sonntag", "Ergebnisse von Samstag"), on or before it; a present-tense verb of a scheduled
 *       event counts as a future cue ("Am Dienstag trifft Salzburg auf den LASK", scheduled_verbs.txt); otherwise the one in the anchor's ISO week. "gestrigen"/"morgigen"/"heutigen" before a weekday
 *       take the day before/after/of the anchor's side. A weekday inside a direct quote takes its tense
 *       from the quote alone ("„… bis Freitag“, sagte ein Sprecher": the reporting verb is no past cue). In
 *       narrative mode a bare weekday is the next one on or after the reference day (narratives move forward).</li>
 *   <li><b>Two-digit years</b> ("1.9.39") take the century that puts them no more than 10 years after the
 *       reference year.</li>
 *   <li><b>Decades</b> without century ("die 90er Jahre") are the latest such decade starting no later than the
 *       anchor year.</li>
 *   <li><b>Durations</b> ("zwei Wochen", "48 Stunden", "mehrere Tage") get a TIMEX duration value (P2W, PT48H,
 *       PXD), granularity unknown, no dates, anchored false. PAST_REF / FUTURE_REF likewise.</li>
 *   <li><b>PRESENT_REF</b> (jetzt, derzeit; "heute" in narrative mode) covers the publication day when known.</li>
 *   <li><b>Clock times</b> ("um 14 Uhr") get the reference day plus time, {@code 2025-11-20T14:00}, granularity
 *       day; without a reference day the publication day in news mode, else {@code XXXX-XX-XXT14:00}, unresolved.
 *       A time before 6 Uhr after one of 20 Uhr or later on the same day, with no day of its own, is of the next
 *       day ("am Sonntag gegen 22.15 Uhr … bis etwa 0.30 Uhr gesperrt"; not a live-ticker time stamp).</li>
 * </ul>
 */
final class TimexResolver {

    private static final Pattern ERA_AFTER_RANGE = Pattern.compile(
            "\\s*(?:–|-|/|bis|und|oder)\\s*\\d{1,4}\\s*(?:v\\.|vor\\s)", Pattern.CASE_INSENSITIVE);
    /** Separable prefixes before "ge" in a participle ("angegriffen", "festgenommen", "zurückgetreten"). */
    private static final String[] SEPARABLE_PREFIXES = {"ab", "an", "auf", "aus", "bei", "durch", "ein", "fest",
            "fort", "frei", "her", "hin", "los", "mit", "nach", "statt", "teil", "um", "vor", "weg", "wieder", "zu",
            "zurück", "zusammen", "heraus", "herein", "hinaus", "hinein"};
    /** Words after "von Montag" that make it one end of a range or a night ("bis", "auf"), or a start ("an"). */
    private static final Set<String> RANGE_WORDS = Set.of("bis", "auf", "an", "zu", "und", "oder");

    /** A night named by the day it ends: "in der Nacht auf Samstag", "Nacht zum Sonntag" (text before the day). */
    private static final Pattern NIGHT_BEFORE = Pattern.compile("Nacht\\s+(?:auf|zum|zu)\\s+(?:den\\s+)?$");
    /** Prepositions before a bare weekday that point ahead unless the sentence narrates the past ("für", "ab", "bis"). */
    private static final Set<String> TARGET_PREPOSITIONS = Set.of("für", "ab", "bis");
    /** "gestrigen", "morgigen", "heutigen" (any ending) before a weekday. */
    private static final Pattern DAY_ADJECTIVE = Pattern.compile("(?:gestrig|morgig|heutig)e[nmrs]?");
    /**
     * The "haben" among the perfect auxiliaries: "hat … eröffnet" is a perfect, "ist … verletzt" as often a state.
     * Konjunktiv II "hätten … geborgen" in reported speech is a past perfect ("Taucher hätten am Sonntagabend …
     * geborgen").
     */
    private static final Set<String> HAVE = Set.of("hat", "haben", "hast", "habe", "hätte", "hätten");
    /** Perfect auxiliaries ("hat … gesagt", "ist … zurückgetreten"): {@link #HAVE} and "sein". */
    private static final Set<String> AUXILIARIES = union(HAVE, Set.of("ist", "sind", "bin"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
    /**
     * "ist ab zwölf Jahren freigegeben", "ist am Montag geschlossen": after "sein" these participles name a state
     * that holds then (a passive of state), not a past event; with "haben" ("hat … geschlossen") or before
     * "worden" they stay a perfect.
     */
    private static final Set<String> STATES = Set.of("freigegeben", "zugelassen", "erlaubt", "verboten", "geöffnet",
            "geschlossen", "gesperrt", "ausverkauft", "ausgebucht");
    /** Inseparable prefixes of participles without "ge" ("eröffnet", "verkündet", "bestätigt"). */
    private static final String[] INSEPARABLE_PREFIXES = {"be", "emp", "ent", "er", "ver", "zer"};
    /** Finite auxiliaries after a participle at a clause's end ("…, seit die Agentur im April eine Studie vorgestellt hat"). */
    private static final Set<String> FINAL_AUXILIARIES = Set.of("hat", "ist", "sind");
    /**
     * Conjunctions and relative pronouns that open a verb-final clause (", wie der Konzern am Freitag mitteilte",
     * ", nachdem die Polizei am Montag eingriff").
     */
    private static final Set<String> SUBORDINATORS = Set.of("wie", "als", "nachdem", "weil", "da", "dass", "ob",
            "wo", "wobei", "während", "seitdem", "der", "die", "das", "den", "dem", "denen", "deren", "dessen",
            "welche", "welcher", "welches");
    /**
     * "soll im Januar abgeschlossen sein": the state reached by then (a passive of state), no perfect infinitive
     * ("soll … angegriffen haben", "soll … geflohen sein" report a past event).
     */
    private static final Set<String> COMPLETED_STATES = Set.of("abgeschlossen", "fertiggestellt", "umgesetzt",
            "gebaut", "ausgebaut", "hergestellt", "abgeschafft", "eingeführt", "ausgeliefert", "abgebaut");
    /** "ist für Sonntag angesetzt/geplant/vorgesehen": a scheduled state, not a past event. */
    private static final Set<String> SCHEDULED = Set.of("geplant", "vorgesehen", "angesetzt", "angesagt", "anberaumt",
            "gedacht");
    /**
     * A weak preterite in second place: a lower-case word in "-te" (or "-eten") after a capitalised word and before
     * an article, a pronoun, a preposition or a sentence adverb ("In Lake Louise raste die Tirolerin", "Im
     * Biathlon holte sich die Staffel", "Die Polizei meldete am Sonntag"). Adjectives
     * in "-te" stand before their noun, not before an article, so the frame keeps them out. A plural in "-ten"
     * alone is left out: it is as often the present of a verb stem in -t ("Am Wochenende statten sie … ab",
     * "Die Teams starten am Sonntag"); "-treten" is such a present too.
     * A comma may close the fronted part ("In der Nacht auf Samstag, gegen 23.45 Uhr, bemerkte eine Anrainerin"),
     * or stand alone before a reporting verb after indirect speech ("…, versicherte am Freitag der Vizechef").
     * A plural in "-ten" counts when its stem cannot end in t ({@link #weakPluralPreterite}: "Darauf einigten sich").
     */
    private static final Pattern WEAK_PRETERITE = Pattern.compile(
            "(?<=\\p{Lu}\\p{L}{0,40},?\\s|,\\s)(\\p{Ll}{2,}te|(?!\\p{Ll}*treten)\\p{Ll}{2,}eten|\\p{Ll}{2,}[gkmnbpzßslrh]ten)\\s+"
                    + "(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer"
                    + "|er|sie|es|man|sich|wir|ihr|ihre|ihren|sein|seine|seinen"
                    + "|am|im|in|an|auf|bei|mit|nach|vor|für|gegen|um|zum|zur|über|seit"
                    + "|bereits|noch|schon|nicht|auch|erst|dann)(?!\\p{L})");

    private final TemporalLexicon lex;
    private final TemporalPatterns patterns;
    private final LocalDate published;
    private final boolean narrative;
    private LocalDate refDay;
    /** The day named last in the text (news: the story's day), kept when a coarser date clears {@link #refDay}. */
    private LocalDate lastNamedDay;
    /** A day in the week of the last day or week mentioned ("in der 48. Kalenderwoche … in der Woche davor"). */
    private LocalDate refWeekDay;
    /** The reference day ends a night just named ("in der Nacht auf Samstag"): evening clock times fall on the day before. */
    private boolean refDayEndsNight;
    /** The day of the last clock time of the evening (20 Uhr or later) resolved without a day of its own. */
    private LocalDate eveningDay;
    private YearMonth refMonth;
    private Integer refYear;
    private Integer lastExplicitYear;
    /** The quarter named last ("im dritten Quartal"): "im Vorjahresquartal" is that quarter a year earlier. */
    private Timex lastQuarter;
    /** The year of the last expression with a written year, and its sentence ("im Jahr davor" counts from it). */
    private Integer sentenceYear;
    private String sentenceYearText;
    private boolean refFromText;
    /** The year written out in the expression being resolved, if any (for the no-publication-date fallback). */
    private Integer explicitYear;
    /** The expression being resolved took its year from the publication date (news mode, no year written). */
    private boolean yearFromPublication;
    /** Added to the publication year while re-resolving a year-less date that tense puts in another year. */
    private int yearShift;
    /**
     * A sentence in the past perfect that named a month after the text had set its own reference ("Im Oktober
     * hatte die Rate bei 2,2 Prozent gelegen" after "im November"), and the reference before it: restored when the
     * next sentence starts, as the past perfect tells of a time before the story's and does not move it.
     */
    private String asideSentence;
    /** The sentence being resolved, how many sentences with candidates came before it, and the last with a written year. */
    private String currentSentence;
    private int sentenceCount;
    private int writtenYearSentence = -2;
    /** The days covered by the expressions with a written year in that sentence ("von 1979 bis 1996"). */
    private LocalDate writtenStart;
    private LocalDate writtenEnd;
    private String writtenGranularity;
    /** The reference before the past-perfect aside of {@link #asideSentence} moved it. */
    private Reference beforeAside;

    /** The reference day, week day, month and year, as saved before an aside. */
    private record Reference(LocalDate day, LocalDate weekDay, YearMonth month, Integer year) {
    }

    TimexResolver(TemporalLexicon lex, TemporalPatterns patterns, LocalDate published, boolean narrative) {
        this.lex = lex;
        this.patterns = patterns;
        this.published = published;
        this.narrative = narrative;
        if (published != null) {
            refDay = published;
            refMonth = YearMonth.from(published);
            refYear = published.getYear();
        }
    }

    /** The value of a candidate, or null to drop it (e.g. an impossible date like 31. Februar). */
    Timex resolve(Candidate c, String sentence) {
        Matcher m = patterns.pattern(c.rule()).matcher(sentence);
        if (!m.find(c.matchStart()) || m.start() != c.matchStart() || m.end() != c.end()) {
            return null;
        }
        explicitYear = null;
        yearFromPublication = false;
        yearShift = 0;
        if (currentSentence != sentence) {
            currentSentence = sentence;
            sentenceCount++;
        }
        if (asideSentence != null && asideSentence != sentence) {
            refDay = beforeAside.day();
            refWeekDay = beforeAside.weekDay();
            refMonth = beforeAside.month();
            refYear = beforeAside.year();
            asideSentence = null;
        }
        try {
            Timex t = resolveOrThrow(c.rule(), m, sentence);
            int shift = yearFromPublication && t != null && t.start() != null
                    ? tenseYearShift(t, sentence, c.start()) : 0;
            String before = CandidateFinder.previousWord(sentence, c.start());
            if (shift > 0 && fromAttribute(before, sentence, c)) {
                // "die Entscheidung von Februar aufzuheben" in August: a thing dated by "von", made before,
                // however present the sentence ("das Attentat vom Sonntag" for weekdays)
                shift = 0;
            }
            if (yearFromPublication && t != null && t.start() != null
                    && (before.equals("seit") || SINCE_EVENT_ENDS.contains(before)
                    && SINCE_EVENT.matcher(sentence).region(Math.max(0, c.start() - SINCE_EVENT_REACH), c.start()).find())) {
                // "seit Anfang Dezember" in a January article: a span that began before publication, last year's;
                // "der dritte Vorfall seit Jänner" in July: this January, never next year's (present tense or not)
                shift = t.start().isAfter(published) ? -1 : Math.min(shift, 0);
            }
            if (shift > 0 && t.granularity().equals(Timex.MONTH) && opensRecentRange(sentence, c.end(),
                    t.start().getMonthValue())) {
                // "Von Januar bis Juni stellten 61.482 Menschen einen Antrag" in July: the range ends near
                // publication and stays in its year, so does its start
                shift = 0;
            }
            if (shift != 0) {
                yearShift = shift;
                Timex shifted = resolveOrThrow(c.rule(), m, sentence);
                yearShift = 0;
                return shifted == null ? t : shifted;
            }
            return t;
        } catch (RuntimeException e) {
            // impossible dates (31. Februar) and any other oddity of unseen text drop the expression, never the run
            return null;
        }
    }

    /**
     * Updates the reference date after a resolved expression. A year-only expression earlier than the current
     * reference year does not move it (a look back such as "seit 1939" inside a 1940 narrative).
     */
    void remember(Rule rule, Timex t, String sentence, int start) {
        if (t == null || !t.anchored() || t.start() == null || rule == Rule.TIME_OF_DAY || rule == Rule.VAGUE
                || "PRESENT_REF".equals(t.value())) {
            return;
        }
        if (t.granularity().equals(Timex.DAY) && !t.start().equals(t.end())) {
            return; // the turn of the year: a day with a month around it names no day to count from
        }
        if (refFromText && refDay != null && t.granularity().equals(Timex.DAY) && t.start().isAfter(refDay)
                && (rule == Rule.WEEKDAY || rule == Rule.RELATIVE_DAY) && announcedIn(sentence, start)) {
            // "… stieß mit einem Lkw zusammen, teilte die Polizei am Montag mit. … bis 17.15 Uhr gesperrt": the
            // day of the announcement, after the story's own day, does not move the story
            return;
        }
        if (!narrative && refFromText && refDay != null && t.granularity().equals(Timex.MONTH)
                && t.start().isBefore(refDay) && CandidateFinder.previousWord(sentence, start).equals("seit")) {
            // "… am Mittwochabend festgenommen. Er soll seit Anfang Oktober … eingebrochen sein. … gegen 22 Uhr":
            // a look back to where a span began does not move the story off its day
            return;
        }
        if (rule == Rule.RELATIVE_COMPOUND && CandidateFinder.nextWord(sentence, start).contains("jährig")) {
            return; // "die diesjährige Messe": an attribute of a thing, the story does not move to that year
        }
        if (rule == Rule.QUARTER && t.granularity().equals(Timex.QUARTER)) {
            lastQuarter = t;
        }
        if (rule == Rule.RELATIVE_COMPOUND && sentence.regionMatches(true, start, "Vorjahres", 0, 9)) {
            // "im Vorjahresquartal", "im Vorjahresmonat": a comparison, the story stays in its own period ("…, nach
            // 198 Mio. Euro ein Jahr zuvor" is the year before the quarter reported, not before the comparison)
            return;
        }
        if (explicitYear != null && t.end() != null) {
            boolean same = writtenYearSentence == sentenceCount;
            writtenStart = same && writtenStart.isBefore(t.start()) ? writtenStart : t.start();
            writtenEnd = same && writtenEnd.isAfter(t.end()) ? writtenEnd : t.end();
            writtenGranularity = same && !writtenGranularity.equals(t.granularity()) ? Timex.UNKNOWN : t.granularity();
            writtenYearSentence = sentenceCount;
        }
        if (explicitYear != null) {
            sentenceYear = t.start().getYear();
            sentenceYearText = sentence;
        }
        if (t.granularity().equals(Timex.YEAR) && refFromText && refYear != null && !opensSentence(sentence, start)
                && (t.start().getYear() < refYear || isAside(sentence, start))) {
            return; // a look back ("seit 1939") or an aside ("bis 1881", "(ab 1929 ...") does not move the narrative
        }
        if (!narrative && refFromText && asideSentence == null && t.granularity().equals(Timex.MONTH)
                && pastPerfect(sentence)) {
            asideSentence = sentence;
            beforeAside = new Reference(refDay, refWeekDay, refMonth, refYear);
        }
        refFromText = true;
        switch (t.granularity()) {
            case Timex.DAY -> {
                refDay = t.start();
                lastNamedDay = t.start();
                refWeekDay = t.start();
                refDayEndsNight = NIGHT_BEFORE.matcher(sentence.substring(Math.max(0, start - 24), start)).find();
                refMonth = YearMonth.from(t.start());
                refYear = t.start().getYear();
            }
            case Timex.MONTH -> {
                refMonth = YearMonth.from(t.start());
                refYear = t.start().getYear();
                if (refDay != null && !YearMonth.from(refDay).equals(refMonth)) {
                    refDay = null;
                }
            }
            case Timex.YEAR, Timex.SEASON, Timex.QUARTER, Timex.WEEK -> {
                refWeekDay = t.granularity().equals(Timex.WEEK) ? t.start() : refWeekDay;
                refYear = t.start().getYear();
                if (refMonth != null && refMonth.getYear() != refYear) {
                    refMonth = null;
                }
                if (refDay != null && refDay.getYear() != refYear) {
                    refDay = null;
                }
            }
            default -> {
            }
        }
        if (explicitYear != null) {
            lastExplicitYear = explicitYear;
        }
    }

    /** Closing a clause, the particle of "teilte … mit", "gab … bekannt": the clause announces. */
    private static final Pattern ANNOUNCED = Pattern.compile("[^,;.:!?]*?(?<!\\p{L})(?:mit|mitteilte|mitteilten|bekannt"
            + "|bekanntgab|bekanntgaben)\\s*[,;.:!?]");

    /** Whether the clause of the expression at {@code start} ends with "mit"/"bekannt" ("teilte X am Montag mit"). */
    private static boolean announcedIn(String sentence, int start) {
        return ANNOUNCED.matcher(sentence).region(start, sentence.length()).lookingAt();
    }

    private static final java.util.Set<String> ASIDE_WORDS = java.util.Set.of("bis", "ab", "seit", "vor", "nach",
            "für");

    /** "hatte/hatten/war/waren …" with a participle closing the clause ("2,2" is no clause end): a past perfect. */
    private static final Pattern PAST_PERFECT = Pattern.compile(
            "(?<!\\p{L})(?:hatten?|war(?:en)?)(?!\\p{L})(?:[^,;.:!?]|(?<=\\d)[,.](?=\\d))*?(?<!\\p{L})(\\p{L}+)\\s*(?:[,;.:!?]|$)");

    private static boolean pastPerfect(String sentence) {
        Matcher m = PAST_PERFECT.matcher(sentence);
        while (m.find()) {
            if (isParticiple(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A year after bis/ab/seit/vor/nach/für ("für 2030") or inside parentheses is an aside in a narrative. */
    private static boolean isAside(String sentence, int start) {
        if (ASIDE_WORDS.contains(CandidateFinder.previousWord(sentence, start))) {
            return true;
        }
        int open = sentence.lastIndexOf('(', start);
        return open >= 0 && sentence.lastIndexOf(')', start) < open;
    }

    /** A heading-like line: short, no final period. */
    private static boolean heading(String sentence) {
        String stripped = sentence.strip();
        return stripped.length() < 60 && !stripped.endsWith(".");
    }

    /** True in a heading-like line (short, no final period) or when at most one word precedes the expression. */
    private static boolean opensSentence(String sentence, int start) {
        if (heading(sentence)) {
            return true;
        }
        String before = sentence.substring(0, start).strip();
        return before.isEmpty() || before.indexOf(' ') < 0;
    }

    private Timex resolveOrThrow(Rule rule, Matcher m, String sentence) {
        return switch (rule) {
            case DATE_DMY, DAY_BEFORE_RANGE -> dayMonthYear(m, sentence);
            case DATE_NUMERIC -> numericDate(m);
            case MONTH -> month(m, sentence);
            case SEASON -> season(m, sentence);
            case DECADE -> decade(m);
            case CENTURY -> century(m);
            case YEAR_PHRASE, YEAR_ERA, YEAR_BARE -> part(Timex.year(parseYear(m.group("y"), sentence, m.end("y"))), mod(m));
            case YEAR_SHORT_AFTER_SLASH -> shortYear(m, sentence);
            case WEEK_NUMBER -> weekNumber(m, sentence);
            case QUARTER -> quarter(m, sentence);
            case HOLIDAY -> holiday(m);
            case RELATIVE_DAY -> relativeDay(m);
            case WEEKDAY -> weekday(m, sentence, false);
            case WEEKEND -> weekday(m, sentence, true);
            case RELATIVE_UNIT -> relativeUnit(m, sentence);
            case RELATIVE_COMPOUND -> relativeCompound(m, sentence);
            case OFFSET -> offset(m, sentence);
            case PERIOD_PLURAL -> periodPlural(m);
            case DAY_ALONE -> refMonth == null ? Timex.unresolved(null)
                    : Timex.day(refMonth.atDay(Integer.parseInt(m.group("d").replace(".", ""))));
            case PART_OF_DAY -> partOfDay(m, sentence);
            case DURATION_ADJECTIVE -> durationAdjective(m);
            case TIME_OF_DAY -> timeOfDay(m, sentence);
            case VAGUE -> vague(m);
            case SET -> set(m);
        };
    }

    // ---- absolute dates ----------------------------------------------------------------------------------

    private Timex dayMonthYear(Matcher m, String sentence) {
        int day = Integer.parseInt(m.group("d").replace(".", "").strip());
        int month = lex.month(m.group("mon"));
        Integer year = yearOf(m, sentence);
        if (year == null) {
            return Timex.underspecifiedDay(month, day);
        }
        // an apposition only ("am Freitag, den 4. September"): in "hat am Dienstag den 1. November als Wahltag
        // festgelegt" the weekday is the day of the act, the date its object
        if (yearFromPublication && has(m, "wd") && m.group("wd") != null
                && sentence.substring(m.end("wd"), m.start("d")).contains(",")) {
            Integer named = yearOfWeekday(month, day,
                    Integer.parseInt(TemporalLexicon.lookup(lex.weekdays, m.group("wd"))));
            if (named != null) {
                year = named;
                yearFromPublication = false; // the weekday fixed the year: no tense shift
            }
        }
        Timex t = Timex.day(LocalDate.of(year, month, day));
        if (has(m, "th") && m.group("th") != null) {
            int minute = m.group("tm") == null ? 0 : Integer.parseInt(m.group("tm"));
            t = t.withValue(t.value() + String.format(Locale.ROOT, "T%02d:%02d", Integer.parseInt(m.group("th")),
                    minute));
        }
        return t;
    }

    /**
     * "Freitag, den 4. September" without a year: the one year next to the publication year (the year before, of
     * or after it) in which that day is that weekday, or null if none or more than one is.
     */
    private Integer yearOfWeekday(int month, int day, int dow) {
        Integer found = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            if (day <= YearMonth.of(y, month).lengthOfMonth() && LocalDate.of(y, month, day).getDayOfWeek().getValue() == dow) {
                if (found != null) {
                    return null;
                }
                found = y;
            }
        }
        return found;
    }

    /** The year of a date expression: explicit (y, y2, ly), relative (rely) or from the context. */
    private Integer yearOf(Matcher m, String sentence) {
        for (String group : new String[]{"y", "y2", "ly"}) {
            if (has(m, group) && m.group(group) != null) {
                return parseYear(m.group(group), sentence, m.end(group));
            }
        }
        if (has(m, "rely") && m.group("rely") != null) {
            return relativeYear(m.group("rely"));
        }
        return underspecifiedYear();
    }

    private Integer underspecifiedYear() {
        if (narrative) {
            return refYear;
        }
        if (published == null) {
            return lastExplicitYear;
        }
        yearFromPublication = true;
        return published.getYear() + yearShift;
    }

    /** "seit der Parlamentswahl am", "seit dem Anschlag vom": "seit" + an event noun right before the date. */
    private static final Pattern SINCE_EVENT = Pattern.compile(
            "\\bseit\\s+(?:der|dem|den)\\s+\\p{Lu}[\\p{L}-]*\\s+(?:am|vom|im)\\s*$");
    /** How far back {@link #SINCE_EVENT} looks (an event noun of up to about 30 letters). */
    private static final int SINCE_EVENT_REACH = 48;
    /** The words {@link #SINCE_EVENT} ends in: the pattern runs only after one of them. */
    private static final Set<String> SINCE_EVENT_ENDS = Set.of("am", "vom", "im");

    /**
     * A year-less date right after "von"/"vom" that opens no range ("die Entscheidung von Februar", "das Urteil vom
     * 2. März"; not "von März bis Mai", "vom 3. März an"): it dates a thing, not a plan.
     */
    private static boolean fromAttribute(String before, String sentence, Candidate c) {
        if (!before.equals("von") && !before.equals("vom")) {
            return false;
        }
        String after = CandidateFinder.nextWord(sentence, c.end());
        return !after.equals("bis") && !after.equals("an") && !after.equals("ab");
    }

    /**
     * News mode, a date without a year ("Mitte Dezember", "im November", "im Herbst") placed in the publication
     * year: if that lies more than {@value #TENSE_MONTHS} months after the publication date but the sentence is in
     * the past tense, it is last year's ("Mitte Dezember hatte der Rat beschlossen" in a January article); if
     * it lies more than that before it in a sentence that is not in the past tense, it is next year's ("Im
     * Jänner soll gebaut werden", "Am 3. Jänner findet das Springen statt" in late December: German present
     * tense speaks of the future), unless the sentence mixes both tenses and the date's own clause is past ("hatte
     * Ende Jänner erklärt, er werde kandidieren"). Otherwise the publication year stays.
     */
    private int tenseYearShift(Timex t, String sentence, int at) {
        boolean late = t.start().isAfter(published.plusMonths(TENSE_MONTHS));
        boolean early = t.end() != null && t.end().isBefore(published.minusMonths(PLAN_MONTHS));
        if (!late && !early) {
            return 0; // near the publication date: no tense scan
        }
        if (prospectiveClause(sentence, at)) {
            // "Er kündigte an, im Frühjahr einen Vorschlag vorzulegen" in November: the coming spring
            return early ? 1 : 0;
        }
        TenseCues cues = tenseCues(tenseContext(sentence, at));
        int tense = cues.tense();
        if (late && tense < 0) {
            return -1;
        }
        if (early && t.end().isBefore(published.minusMonths(TENSE_MONTHS)) && tense >= 0
                && !(tense == 0 && cues.pastWord() && clauseTense(sentence, at) < 0)) {
            // (past and future cues together: the date's own past clause keeps the year, "hatte Ende Jänner
            // erklärt, er werde erneut kandidieren" in August)
            return 1;
        }
        if (early && tense > 0 && cues.plan()) {
            // "Die Folgestudie soll im Frühjahr beginnen" in October: next spring, this one is long over (a plan
            // for a date just past is more likely an article dated late or an anchor guessed from the text)
            return 1;
        }
        return 0;
    }

    /** Words between "bis"/"und" and the month that closes a range ("bis Ende Juni"). */
    private static final Set<String> RANGE_END_PARTS = Set.of("ende", "anfang", "mitte", "zum", "einschließlich");

    /**
     * Whether the month at {@code end} opens a range ("von Januar bis Juni", "zwischen März und Ende Mai") whose
     * closing month, later in the year, lies no more than {@value #TENSE_MONTHS} months before publication: that
     * end keeps the publication year, and a start moved to the next year would follow it.
     */
    private boolean opensRecentRange(String sentence, int end, int month) {
        String joiner = CandidateFinder.nextWord(sentence, end);
        if (!joiner.equals("bis") && !joiner.equals("und")) {
            return false;
        }
        int at = sentence.indexOf(joiner, end) + joiner.length();
        String word = CandidateFinder.nextWord(sentence, at);
        if (RANGE_END_PARTS.contains(word.toLowerCase(Locale.ROOT))) {
            at = sentence.indexOf(word, at) + word.length();
            word = CandidateFinder.nextWord(sentence, at);
        }
        int closing = word.isEmpty() ? 0 : lex.month(word);
        return closing > month && !YearMonth.of(published.getYear(), closing).atEndOfMonth()
                .isBefore(published.minusMonths(TENSE_MONTHS));
    }

    private static final int PLAN_MONTHS = 3;

    /** A modal or verb of intention ("soll", "will", "plant"), which looks ahead at any distance. */
    private static final Set<String> PLANS = Set.of("soll", "sollen", "will", "wollen", "plant", "planen");

    private static final int TENSE_MONTHS = 5;

    /** ", die das Parlament im Herbst beschlossen hatte": a relative clause up to the next comma or the end. */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(
            ",\\s+(?:die|der|das|den|dem|denen|deren|dessen)\\s[^,;:]*?\\p{Ll}+(?=\\s*(?:[,;:]|[.!?]?\\s*$))");

    /**
     * The text whose tense dates the expression at {@code at}: the relative clause that holds it (", das am 4.
     * Juli eintritt" after a past main clause is the coming July), else the sentence without the relative clauses
     * that do not hold it: their tense is not the main clause's ("Am 1. März treten die Regeln in Kraft, die das
     * Parlament beschlossen hatte" is the coming March in a November article).
     */
    static String tenseContext(String sentence, int at) {
        Matcher m = RELATIVE_CLAUSE.matcher(sentence);
        while (m.find()) {
            if (m.start() <= at && at < m.end()) {
                return m.group(); // ", das am 4. Juli eintritt": the relative clause's own tense, not "betrug" before it
            }
        }
        return withoutOtherRelativeClauses(sentence, at);
    }

    /** The sentence without the relative clauses that do not hold the expression at {@code at}. */
    static String withoutOtherRelativeClauses(String sentence, int at) {
        Matcher m = RELATIVE_CLAUSE.matcher(sentence);
        StringBuilder b = null;
        int last = 0;
        while (m.find()) {
            if (m.start() <= at && at < m.end()) {
                continue;
            }
            if (b == null) {
                b = new StringBuilder(sentence.length());
            }
            b.append(sentence, last, m.start());
            last = m.end();
        }
        return b == null ? sentence : b.append(sentence, last, sentence.length()).toString();
    }

    private Integer relativeYear(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.contains("folgend")) {
            return refYear == null ? null : refYear + 1;
        }
        if (p.contains("vorangegangen") || p.contains("vorhergehend") || p.contains("vorausgegangen")
                || p.contains("vorjahr")) {
            // "am 21. September des Vorjahres": the year before the reference year, as "im Vorjahr"
            return refYear == null ? null : refYear - 1;
        }
        if (p.contains("selben") || p.contains("gleichen") || p.equals("des jahres") || p.startsWith("des jahres")) {
            return refYear;
        }
        Integer base = deicticYear();
        if (base == null) {
            return null;
        }
        if (p.contains("nächst") || p.contains("kommend") || p.contains("neuen")) {
            return base + 1;
        }
        if (p.contains("vergangen") || p.contains("letzt") || p.contains("vorig")) {
            return base - 1;
        }
        return base; // dieses, laufenden
    }

    private Timex numericDate(Matcher m) {
        if (m.group("iy") != null) {
            explicitYear = Integer.parseInt(m.group("iy"));
            return Timex.day(LocalDate.of(Integer.parseInt(m.group("iy")), Integer.parseInt(m.group("im")),
                    Integer.parseInt(m.group("id"))));
        }
        if (m.group("d2") != null) {
            int month = Integer.parseInt(m.group("m2"));
            int day = Integer.parseInt(m.group("d2"));
            Integer year = underspecifiedYear();
            return year == null ? Timex.underspecifiedDay(month, day) : Timex.day(LocalDate.of(year, month, day));
        }
        String y = m.group("y");
        int year = y.length() == 4 ? Integer.parseInt(y) : twoDigitYear(Integer.parseInt(y));
        explicitYear = year;
        return Timex.day(LocalDate.of(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d"))));
    }

    private int twoDigitYear(int yy) {
        Integer ref = narrative ? refYear : published != null ? Integer.valueOf(published.getYear()) : refYear;
        if (ref == null) {
            ref = lastExplicitYear;
        }
        if (ref == null) {
            return yy <= 30 ? 2000 + yy : 1900 + yy;
        }
        int candidate = Math.floorDiv(ref, 100) * 100 + yy;
        if (candidate > ref + 10) {
            candidate -= 100;
        } else if (candidate < ref - 89) {
            candidate += 100;
        }
        return candidate;
    }

    private Timex month(Matcher m, String sentence) {
        Integer year = m.group("det") != null && m.group("y") == null && m.group("y2") == null
                && m.group("rely") == null && m.group("ly") == null
                ? relativeMonthYear(m.group("det").toLowerCase(Locale.ROOT), lex.month(m.group("mon")))
                : yearOf(m, sentence);
        if (year == null) {
            return Timex.underspecifiedMonth(lex.month(m.group("mon")));
        }
        return part(Timex.month(year, lex.month(m.group("mon"))), mod(m));
    }

    private Timex season(Matcher m, String sentence) {
        String[] entry = TemporalLexicon.lookup(lex.seasons, m.group("s")).split(":");
        String code = entry[0];
        Part seasonPart = entry.length > 1 ? Part.valueOf(entry[1]) : Part.WHOLE;
        Integer year;
        if (m.group("y") != null || m.group("rely") != null) {
            year = yearOf(m, sentence);
        } else if (m.group("det") != null) {
            year = relativeSeasonYear(m.group("det").toLowerCase(Locale.ROOT), code);
        } else if (narrative) {
            year = refYear;
        } else {
            year = published == null ? lastExplicitYear : Integer.valueOf(currentSeasonYear(published, code) + yearShift);
            yearFromPublication = published != null;
        }
        if (year == null) {
            return Timex.unresolved(null);
        }
        Timex t = Timex.season(year, code).part(seasonPart);
        String adj = m.group("adj");
        if (adj != null) {
            t = t.part(adj.toLowerCase(Locale.ROOT).startsWith("früh") ? Part.START : Part.END);
        }
        return part(t, mod(m));
    }

    /**
     * The year of a month name after a determiner: "im vergangenen/letzten/vorigen September" is the last September
     * before the publication month (news) or the reference month (narrative), "im kommenden/nächsten März" the
     * next one after it, "im folgenden/darauffolgenden März" the next one after the month named last and "im
     * vorangegangenen Oktober" the one before it; "diesen Oktober" is the anchor's year, moved by the tense like
     * a year-less month.
     */
    private Integer relativeMonthYear(String det, int month) {
        boolean fromReference = det.startsWith("folgend") || det.startsWith("darauffolgend")
                || det.startsWith("vorangegangen");
        YearMonth anchor = fromReference ? refMonth : deicticMonth();
        if (anchor == null) {
            return null; // no publication date or no month named yet: the month stays underspecified (XXXX-09)
        }
        int y = anchor.getYear();
        if (det.startsWith("vergangen") || det.startsWith("letzt") || det.startsWith("vorig")
                || det.startsWith("vorangegangen")) {
            return month < anchor.getMonthValue() ? y : y - 1;
        }
        if (det.startsWith("kommend") || det.startsWith("nächst") || fromReference) {
            return month > anchor.getMonthValue() ? y : y + 1;
        }
        if (!narrative) {
            yearFromPublication = true; // "diesen Oktober": the tense may move it as for "im Oktober"
            return y + yearShift;
        }
        return y;
    }

    private Integer relativeSeasonYear(String det, String code) {
        if (det.startsWith("folgend") || det.startsWith("darauffolgend")) {
            return refYear == null ? null : refYear + 1;
        }
        if (TemporalLexicon.isSameDeterminer(det)) {
            return refYear;
        }
        LocalDate anchor = deicticDay();
        if (anchor == null) {
            return null;
        }
        int y = currentSeasonYear(anchor, code);
        if (det.startsWith("vergangen") || det.startsWith("letzt") || det.startsWith("vorig")) {
            return Timex.season(y, code).end().isBefore(anchor) ? y : y - 1;
        }
        if (det.startsWith("kommend") || det.startsWith("nächst")) {
            return Timex.season(y, code).start().isAfter(anchor) ? y : y + 1;
        }
        if (!narrative && det.startsWith("dies")) {
            // "dieses Winters … war" in March: the winter just over, not the next one; the tense moves the year
            // as for a season without determiner
            yearFromPublication = true;
            return y + yearShift;
        }
        return y;
    }

    /** The year of the named season nearest to {@code day}: winter in Jan/Feb belongs to the previous year. */
    private static int currentSeasonYear(LocalDate day, String code) {
        return code.equals("WI") && day.getMonthValue() <= 2 ? day.getYear() - 1 : day.getYear();
    }

    private Timex decade(Matcher m) {
        String dd = m.group("dd");
        int firstYear;
        if (dd != null && dd.length() >= 2) {
            firstYear = Integer.parseInt(dd) * 10;
        } else {
            int digit = dd != null ? Integer.parseInt(dd) : Integer.parseInt(TemporalLexicon.lookup(lex.decades,
                    m.group("dw")));
            if (m.group("dc") != null) {
                firstYear = (Integer.parseInt(m.group("dc")) - 1) * 100 + digit * 10;
            } else {
                Integer anchor = narrative ? refYear : published != null ? Integer.valueOf(published.getYear())
                        : lastExplicitYear;
                int base = anchor == null ? 2000 : anchor;
                firstYear = Math.floorDiv(base, 100) * 100 + digit * 10;
                if (firstYear > base) {
                    firstYear -= 100;
                }
            }
        }
        return part(Timex.decade(firstYear), mod(m));
    }

    private Timex century(Matcher m) {
        int n = m.group("cn") != null ? Integer.parseInt(m.group("cn"))
                : Integer.parseInt(TemporalLexicon.lookup(lex.ordinals, m.group("cw")));
        if (n < 1 || n > 21) {
            return null;
        }
        boolean bc = m.group("era") != null && isBc(m.group("era"));
        return part(Timex.century(n, bc), mod(m));
    }

    private Timex shortYear(Matcher m, String sentence) {
        int start = m.start();
        int previous = Integer.parseInt(sentence.substring(start - 5, start - 1));
        int yy = Integer.parseInt(m.group("y"));
        int year = previous / 100 * 100 + yy;
        if (year <= previous) {
            year += 100;
        }
        explicitYear = year;
        return Timex.year(year);
    }

    private Timex weekNumber(Matcher m, String sentence) {
        if (m.group("mwm") != null) {
            // "in der zweiten Jännerwoche": the ISO week holding the middle day of that week of the month
            Integer year = yearOf(m, sentence);
            if (year == null) {
                return Timex.unresolved(null);
            }
            YearMonth month = YearMonth.of(year, lex.month(m.group("mwm")));
            String ordinal = m.group("mwo").toLowerCase(Locale.ROOT);
            int day = switch (ordinal) {
                case "erste" -> 4;
                case "zweite" -> 11;
                case "dritte" -> 18;
                case "vierte" -> 25;
                default -> month.lengthOfMonth() - 3; // "letzte"
            };
            LocalDate middle = month.atDay(day);
            return Timex.isoWeek(middle.get(IsoFields.WEEK_BASED_YEAR), middle.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        int week = Integer.parseInt(m.group("w") != null ? m.group("w") : m.group("w2"));
        if (week < 1 || week > 53) {
            return null;
        }
        Integer year = m.group("y") != null ? Integer.valueOf(m.group("y")) : underspecifiedYear();
        return year == null ? Timex.unresolved(null) : Timex.isoWeek(year, week);
    }

    private Timex quarter(Matcher m, String sentence) {
        boolean half = m.group("qu") != null && !m.group("qu").toLowerCase(Locale.ROOT).startsWith("quartal");
        String q = m.group("qn") != null ? m.group("qn") : m.group("q").toLowerCase(Locale.ROOT);
        if (q.startsWith("letzte")) {
            LocalDate anchor = deicticDay();
            if (anchor == null) {
                return Timex.unresolved(null);
            }
            LocalDate previous = anchor.minusMonths(half ? 6 : 3);
            return half ? Timex.halfYear(previous.getYear(), previous.getMonthValue() <= 6 ? 1 : 2)
                    : Timex.quarter(previous.getYear(), previous.get(IsoFields.QUARTER_OF_YEAR));
        }
        int n = switch (q) {
            case "ersten", "erste", "1.", "1" -> 1; // "im ersten Quartal", "das erste Quartal"
            case "zweiten", "zweite", "2.", "2" -> 2;
            case "dritten", "dritte", "3.", "3" -> 3;
            default -> 4;
        };
        if (half && n > 2) {
            return null;
        }
        Integer year = yearOf(m, sentence);
        if (year == null) {
            return Timex.unresolved(null);
        }
        return half ? Timex.halfYear(year, n) : Timex.quarter(year, n);
    }

    private Timex holiday(Matcher m) {
        String rule = TemporalLexicon.lookup(lex.holidays, m.group("hol"));
        Integer year = m.group("y") != null ? Integer.valueOf(m.group("y")) : underspecifiedYear();
        if (year == null) {
            return Timex.unresolved(null);
        }
        LocalDate day;
        if (rule.startsWith("E")) {
            day = easterSunday(year).plusDays(Integer.parseInt(rule.substring(1).replace("+", "")));
        } else {
            day = MonthDay.parse("--" + rule).atYear(year);
        }
        String ord = m.group("ord");
        if (ord != null && (ord.equalsIgnoreCase("zweiten") || ord.equals("2."))) {
            day = day.plusDays(1);
        }
        return Timex.day(day);
    }

    /** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int mm = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * mm + 114) / 31;
        int day = (h + l - 7 * mm + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    // ---- relative ----------------------------------------------------------------------------------------

    private LocalDate deicticDay() {
        return narrative ? refDay : published;
    }

    private Integer deicticYear() {
        if (narrative) {
            return refYear;
        }
        return published == null ? null : published.getYear();
    }

    private YearMonth deicticMonth() {
        if (narrative) {
            return refMonth;
        }
        return published == null ? null : YearMonth.from(published);
    }

    private Timex relativeDay(Matcher m) {
        String word = (m.group("w") != null ? m.group("w") : m.group("adj")).toLowerCase(Locale.ROOT);
        int offset = word.startsWith("vorgest") ? -2 : word.startsWith("gest") ? -1 : word.startsWith("übermorg") ? 2
                : word.startsWith("morg") ? 1 : 0;
        if (offset == 0 && narrative) {
            return presentRef();
        }
        LocalDate anchor = deicticDay();
        String tag = m.group("adjtag");
        if (anchor == null && tag != null && !tag.toLowerCase(Locale.ROOT).startsWith("tag")) {
            // "am gestrigen Montag" without a publication date: what it says, the weekday ("XXXX-WXX-1")
            String lower = tag.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> e : lex.weekdays.entrySet()) {
                if (lower.startsWith(e.getKey().toLowerCase(Locale.ROOT))) {
                    return Timex.underspecified("XXXX-WXX-" + e.getValue(), Timex.DAY);
                }
            }
        }
        return anchor == null ? Timex.unresolved(null) : Timex.day(anchor.plusDays(offset));
    }

    private Timex presentRef() {
        return published == null ? Timex.unresolved("PRESENT_REF")
                : new Timex("PRESENT_REF", published, published, Timex.DAY, true);
    }

    private Timex weekday(Matcher m, String sentence, boolean weekend) {
        int dow = weekend ? 6 : Integer.parseInt(TemporalLexicon.lookup(lex.weekdays, m.group("wd")));
        String det = m.group("det") == null ? "" : m.group("det").toLowerCase(Locale.ROOT);
        boolean anaphoric = det.startsWith("folgend") || det.startsWith("darauffolgend");
        LocalDate anchor = anaphoric ? refDay : deicticDay();
        if (anchor == null) {
            return weekend ? Timex.underspecified("XXXX-WXX-WE", Timex.WEEK)
                    : Timex.underspecified("XXXX-WXX-" + dow, Timex.DAY);
        }
        DayOfWeek day = DayOfWeek.of(dow);
        LocalDate result;
        // "gestrigen"/"morgigen"/"heutigen" right before the weekday (the weekend rule has no weekday group)
        String dayAdjective = weekend ? "" : CandidateFinder.previousWord(sentence, m.start("wd"));
        String week = weekend || m.group("wk") == null ? "" : m.group("wk").toLowerCase(Locale.ROOT);
        if (!week.isEmpty()) {
            // "am Mittwoch vergangener Woche", "Freitag nächster Woche": that day in the week named
            int weeks = week.startsWith("dies") ? 0 : week.startsWith("kommend") || week.startsWith("nächst") ? 1 : -1;
            result = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks)
                    .plusDays(dow - 1L);
        } else if (det.startsWith("vergangen") || det.startsWith("letzt") || det.startsWith("vorig")) {
            result = anchor.with(TemporalAdjusters.previous(day));
        } else if (det.startsWith("kommend") || det.startsWith("nächst") || anaphoric) {
            result = anchor.with(TemporalAdjusters.next(day));
        } else if (det.startsWith("dies")) {
            result = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(dow - 1L);
        } else if (!narrative && DAY_ADJECTIVE.matcher(dayAdjective).matches()) {
            // "am gestrigen Donnerstag", "am morgigen Sonntag", "am heutigen Montag": the adjective names the day
            result = dayAdjective.startsWith("gestrig") ? anchor.with(TemporalAdjusters.previous(day))
                    : dayAdjective.startsWith("morgig") ? anchor.with(TemporalAdjusters.next(day))
                    : anchor.with(TemporalAdjusters.nextOrSame(day));
        } else if (narrative) {
            result = anchor.with(TemporalAdjusters.nextOrSame(day));
        } else if (refDay != null && listsForward(sentence, m.start())) {
            // "für Freitag und Samstag", "von Montag bis Freitag": a weekday listed after another one follows it
            // (lists and ranges of days run forward)
            result = refDay.with(TemporalAdjusters.nextOrSame(day));
        } else {
            // inside a direct quote the quote's own words set the tense, not the reporting verb around it
            // ("„Wir rechnen mit einem Anstieg bis Freitag“, sagte ein Sprecher")
            String clause = quotedClause(sentence, m.start());
            TenseCues cues = tenseCues(clause);
            // "hat für Freitag zu Streiks aufgerufen", "gilt ab Montag": the day the sentence aims at lies ahead
            // (not in a preterite narration: "Die für Freitag geplante Sitzung fiel aus")
            String before = CandidateFinder.previousWord(sentence, m.start());
            String after = CandidateFinder.nextWord(sentence, m.end()).toLowerCase(Locale.ROOT);
            boolean from = before.equals("vom") || before.equals("von");
            // "vom Montag an gilt": from that day on, like "ab Montag"; a past cue only in another comma clause
            // does not narrate the day ("Ab Dienstag stünden sieben Inseln zur Auswahl, teilte X am Montag mit")
            boolean pastHere = clause != sentence ? cues.pastWord() : tenseCues(sentence.substring(
                    clauseStart(sentence, m.start(), CLAUSE_MARKS), clauseEnd(sentence, m.start(), CLAUSE_MARKS)))
                    .pastWord();
            boolean ahead = !pastHere && (TARGET_PREPOSITIONS.contains(before) || from && after.equals("an"))
                    // "kündigte für Samstag eine Kundgebung an": what an announcement or call is for lies ahead
                    || before.equals("für") && announcedFor(sentence, m.start())
                    // "wurde auf Sonntag verschoben", "auf Montag vertagt": the new day lies ahead, whatever the tense
                    || before.equals("auf") && movedTo(sentence, m.end());
            // "das Attentat vom Sonntag", "Ergebnisse von Samstag": the day something came from, not a range ("von
            // Montag bis Freitag", "von Sonntag auf Montag") and not in a sentence about the future
            boolean dayOf = from && !RANGE_WORDS.contains(after) && !cues.futureWord();
            // "seit Samstag": a span that began on that day, never ahead, whatever the tense ("ist seit Samstag im
            // Einsatz")
            int tense = before.equals("seit") || dayOf ? -1 : ahead || prospectiveClause(sentence, m.start()) ? 1
                    : attributivePast(CandidateFinder.nextWord(sentence, m.end())) ? -1
                    : clause != sentence ? cues.tense()
                    : verbFinalPast(sentence, m.start()) ? -1
                    : ownClauseTense(sentence, m.start(), m.end(), cues);
            if (tense == 0 && !extendedAttribute(sentence, m.start(), m.end())
                    && scheduledEvent(sentence, clause, m.start())) {
                tense = 1; // "Am Dienstag trifft Salzburg auf den LASK", "Der Prozess beginnt am Montag"
            }
            result = tense < 0 ? anchor.with(TemporalAdjusters.previousOrSame(day))
                    : tense > 0 ? anchor.with(TemporalAdjusters.nextOrSame(day))
                    : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(dow - 1L);
        }
        return weekend ? Timex.weekend(result) : Timex.day(result);
    }

    /** Adverbs of the usual before "in einem Monat" that make it a span to compare with ("wie sonst in einem Jahr"). */
    private static final Set<String> USUALLY = Set.of("sonst", "normalerweise", "üblicherweise", "gewöhnlich",
            "durchschnittlich", "gemeinhin", "typischerweise");

    /** Words that join a weekday to one listed before it ("Freitag und Samstag", "Montag bis Freitag"). */
    private static final Set<String> LIST_JOINERS = Set.of("und", "oder", "sowie", "bis", "bzw", "auf");

    /** Stems of the verbs that move an appointment to a new day ("verschoben", "vertagt", "verlegt"). */
    private static final String[] MOVE_STEMS = {"verschob", "verschieb", "vertag", "verleg", "vorgezog", "vorverleg"};

    /**
     * Whether the comma clause after the weekday at {@code end} moves something to it: "ist auf Sonntag (10.30 Uhr)
     * verschoben worden", "wurde auf Montag vertagt".
     */
    /**
     * Preterites of announcing, calling and inviting whose "für"-object is the day of the announced event
     * ("kündigte für Samstag eine Kundgebung an", "rief für Freitag zum Streik auf", "lud für Montag … ein").
     */
    private static final Set<String> ANNOUNCING_PRETERITES = Set.of("kündigte", "kündigten", "rief", "riefen",
            "lud", "luden");

    /**
     * The weekday's comma clause is an announcement in the simple preterite, with no "hatte/war" that would date
     * the event itself in the past ("hatte für Samstag zu Protesten aufgerufen" may look back).
     */
    private static boolean announcedFor(String sentence, int at) {
        String clause = sentence.substring(clauseStart(sentence, at, CLAUSE_MARKS), clauseEnd(sentence, at,
                CLAUSE_MARKS)).toLowerCase(Locale.ROOT);
        boolean announcing = false;
        for (String w : clause.split("[^\\p{L}]+")) {
            if (PLUPERFECT.contains(w)) {
                return false;
            }
            announcing |= ANNOUNCING_PRETERITES.contains(w);
        }
        return announcing;
    }

    /** Auxiliaries of the pluperfect and the passive past ("hatte … aufgerufen", "war … angekündigt worden"). */
    private static final Set<String> PLUPERFECT = Set.of("hatte", "hatten", "war", "waren", "wurde", "wurden");

    private static boolean movedTo(String sentence, int end) {
        String rest = sentence.substring(end, clauseEnd(sentence, end, ",;:")).toLowerCase(Locale.ROOT);
        for (String stem : MOVE_STEMS) {
            if (rest.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the weekday at {@code at} follows "und"/"oder"/"bis" … right after another weekday name, in a list
     * that runs forward from that one: after "für/ab/bis" ("warnte für Freitag und Samstag"), or in a sentence
     * without a past cue that does not open the list with "vom/von" as a source ("Razzien vom Donnerstag und
     * Freitag"); "von Montag bis Freitag" is a range and runs forward.
     */
    private boolean listsForward(String sentence, int at) {
        String joiner = CandidateFinder.previousWord(sentence, at);
        if (joiner.endsWith(".")) {
            joiner = joiner.substring(0, joiner.length() - 1);
        }
        if (!LIST_JOINERS.contains(joiner)) {
            return false;
        }
        int joinerAt = sentence.toLowerCase(Locale.ROOT).lastIndexOf(joiner, at - 1);
        if (joinerAt <= 0) {
            return false;
        }
        String first = CandidateFinder.previousWord(sentence, joinerAt);
        if (!lex.weekdays.containsKey(first)) {
            return false;
        }
        String opening = CandidateFinder.previousWord(sentence, sentence.toLowerCase(Locale.ROOT)
                .lastIndexOf(first, joinerAt - 1));
        // "von Sonntag auf Montag": a night from one day to the next, like a range
        if (joiner.equals("auf") && !opening.equals("von") && !opening.equals("vom")) {
            return false;
        }
        boolean range = joiner.equals("bis") || joiner.equals("auf");
        return TARGET_PREPOSITIONS.contains(opening)
                || (range || !opening.equals("vom") && !opening.equals("von")) && !tenseCues(sentence).pastWord();
    }

    /**
     * The tense of the weekday's own comma clause ({@link #clauseTense}); without a cue of its own, a scheduled event
     * in it looks ahead ({@link #scheduledOwnClause}); else the tense of the sentence ({@code sentenceCues}).
     */
    private int ownClauseTense(String sentence, int start, int end, TenseCues sentenceCues) {
        int tense = clauseTense(sentence, start);
        return tense != 0 ? tense : scheduledOwnClause(sentence, start, end) ? 1 : sentenceCues.tense();
    }

    /**
     * Whether the weekday's own clause, with no tense cue of its own, announces a scheduled event while another
     * clause of the sentence is past: "Die Sendung widmet sich am Montag dem Dirigenten X, der vor 100 Jahren
     * geboren wurde" is next Monday (the relative clause's "wurde" had made it last Monday).
     */
    private boolean scheduledOwnClause(String sentence, int start, int end) {
        int clauseStart = clauseStart(sentence, start, CLAUSE_MARKS);
        int clauseEnd = clauseEnd(sentence, start, CLAUSE_MARKS);
        if (clauseStart == 0 && clauseEnd == sentence.length() || extendedAttribute(sentence, start, end)) {
            return false;
        }
        return scheduledEvent(sentence, sentence, start);
    }

    /**
     * Whether the clause around {@code at} (or the quotation that holds it) has a present-tense verb of a scheduled
     * event ({@code scheduled_verbs.txt}: "beginnt", "trifft", "tritt … an") and no past cue: German news announce
     * with the present.
     */
    private boolean scheduledEvent(String sentence, String quoted, int at) {
        String text = quoted != sentence ? quoted
                : sentence.substring(clauseStart(sentence, at, CLAUSE_MARKS), clauseEnd(sentence, at, CLAUSE_MARKS));
        TenseCues cues = tenseCues(text);
        return cues.scheduled() && !cues.pastWord() && !cues.perfect();
    }

    /** Articles that open a noun phrase with an extended attribute ("der am Dienstag verletzte Spieler"). */
    private static final Set<String> ATTRIBUTE_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein",
            "eine", "einen", "einem", "einer", "eines");

    /**
     * Whether "am" + weekday at {@code [start, end)} sits in an extended attribute that ends in a past participle:
     * an article before "am", then within twelve words of the clause a participle with an adjective ending before the noun ("Der am
     * Dienstag bei einem Testspiel verletzte Abwehrspieler reist am Samstag ab": Tuesday is past whatever the main
     * verb says).
     */
    private boolean extendedAttribute(String sentence, int start, int end) {
        if (!CandidateFinder.previousWord(sentence, start).equals("am")) {
            return false;
        }
        int am = sentence.lastIndexOf("am", start - 1);
        if (am < 0 || !ATTRIBUTE_ARTICLES.contains(CandidateFinder.previousWord(sentence, am))) {
            return false;
        }
        int words = 0;
        for (int i = end; i < sentence.length() && words < 12; ) {
            char c = sentence.charAt(i);
            if (",;:.!?()„“\"".indexOf(c) >= 0) {
                return false; // the attribute ends within its clause
            }
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < sentence.length() && Character.isLetter(sentence.charAt(e))) e++;
            if (Character.isLowerCase(c) && attributivePast(sentence.substring(i, e))) {
                return true;
            }
            words++;
            i = e;
        }
        return false;
    }

    /** Separable particles that end a governing clause of announcing or intending ("kündigte … an", "hat … vor"). */
    private static final Set<String> PROSPECTIVE_PARTICLES = Set.of("an", "zu", "auf", "vor");
    /** Conjunctions of a zu-infinitive clause that does not point ahead of its main clause ("um … zu", "ohne … zu"). */
    private static final Set<String> NOT_PROSPECTIVE = Set.of("um", "ohne", "statt", "anstatt");
    /** An infinitive with "zu" inside, after a separable prefix ("vorzulegen", "zurückzutreten", "abzuschließen"). */
    private static final Pattern ZU_INFIX = Pattern.compile("(?:ab|an|auf|aus|bei|dar|durch|ein|fest|fort|frei|heim|"
            + "her|hin|los|mit|nach|statt|teil|um|unter|vor|vorbei|weg|weiter|wieder|zurück|zusammen|über)zu\\p{Ll}{2,}"
            + "(?:en|ern|eln)");

    /**
     * Whether {@code at} lies in a zu-infinitive clause after a comma ("…, im März zurückzutreten", "…, am Montag zu
     * streiken") governed by a verb of announcing, promising, planning or asking: the clause before the comma ends in
     * the particle of such a separable verb ("kündigte an", "sagte zu", "rief auf", "hat vor") or holds a word of
     * {@code prospective_verbs.txt} ("versprach", "drohte", "beschloss"). Such a clause speaks of a time after the act
     * ("Er kündigte an, im März zurückzutreten" in a November article is next March). "um/ohne/statt … zu" clauses
     * are not counted.
     */
    boolean prospectiveClause(String sentence, int at) {
        int start = clauseStart(sentence, at, CLAUSE_MARKS);
        if (start < 2 || sentence.charAt(start - 1) != ',') {
            return false;
        }
        int end = clauseEnd(sentence, at, CLAUSE_MARKS + ".!?");
        String[] words = sentence.substring(start, end).trim().split("[^\\p{L}]+");
        if (words.length < 2 || NOT_PROSPECTIVE.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        String last = words[words.length - 1];
        boolean infinitive = !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && last.length() >= 4
                && (last.endsWith("en") || last.endsWith("ern") || last.endsWith("eln"));
        if (!(infinitive && words[words.length - 2].equals("zu") || ZU_INFIX.matcher(last).matches())) {
            return false;
        }
        int governStart = clauseStart(sentence, start - 1, CLAUSE_MARKS);
        String[] governing = sentence.substring(governStart, start - 1).trim().split("[^\\p{L}]+");
        if (governing.length == 0) {
            return false;
        }
        if (PROSPECTIVE_PARTICLES.contains(governing[governing.length - 1])) {
            return true;
        }
        for (String w : governing) {
            if (lex.prospectiveVerbs.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Punctuation that bounds a clause inside a sentence. */
    private static final String CLAUSE_MARKS = ",;:–";

    /** The start of the clause around {@code at}: just after the last of {@code marks} before it, else 0. */
    private static int clauseStart(String sentence, int at, String marks) {
        int start = at;
        while (start > 0 && marks.indexOf(sentence.charAt(start - 1)) < 0) start--;
        return start;
    }

    /** The end of the clause around {@code at}: the first of {@code marks} from it on, else the sentence's end. */
    private static int clauseEnd(String sentence, int at, String marks) {
        int end = at;
        while (end < sentence.length() && marks.indexOf(sentence.charAt(end)) < 0) end++;
        return end;
    }

    /**
     * "die am Freitag eingereichte Klage", "der am Sonntag gewählte Präsident": a participle used as an adjective
     * right after the weekday dates a past act ("die für Freitag geplante Sitzung" is a schedule, not a past act).
     */
    private boolean attributivePast(String next) {
        String w = next.toLowerCase(Locale.ROOT);
        for (String ending : ADJECTIVE_ENDINGS) {
            if (w.endsWith(ending)) {
                String stem = w.substring(0, w.length() - ending.length());
                return stem.endsWith("t") && !SCHEDULED.contains(stem) && !COMPLETED_STATES.contains(stem)
                        && !EXPECTED.contains(stem) && (isParticiple(stem) || isInseparableParticiple(stem));
            }
        }
        return false;
    }

    /** Adjective endings of an attributive participle, longest first ("eingereicht-en", "gewählt-e"). */
    private static final String[] ADJECTIVE_ENDINGS = {"en", "em", "er", "es", "e"};
    /** "die am Montag erwartete Entscheidung": a participle that looks ahead. */
    private static final Set<String> EXPECTED = Set.of("erwartet", "befürchtet", "erhofft", "angepeilt");

    /** Whether the comma-delimited clause around {@code at} (the sentence if it has one clause) is past tense. */
    private boolean pastClause(String sentence, int at) {
        int start = clauseStart(sentence, at, CLAUSE_MARKS);
        int end = clauseEnd(sentence, at, CLAUSE_MARKS);
        TenseCues cues = tenseCues(sentence.substring(Math.max(0, start - 1), end));
        return cues.tense() < 0 && !cues.futureWord(); // "werde in zehn Jahren abgelöst sein" lies ahead
    }

    /**
     * The tense of the comma-delimited clause around {@code at} alone, when it has a cue of one side only: "…,
     * teilte die Polizei am Samstag mit" is past even when the clause before speaks of the future ("soll …").
     */
    private int clauseTense(String sentence, int at) {
        int start = clauseStart(sentence, at, CLAUSE_MARKS);
        int end = clauseEnd(sentence, at, CLAUSE_MARKS);
        if (start == 0 && end == sentence.length()) {
            return 0; // one clause: the sentence's own tense
        }
        TenseCues cues = tenseCues(sentence.substring(Math.max(0, start - 1), end)); // with its comma
        return cues.perfectInfinitive() || cues.futureWord() ? 0 : cues.tense();
    }

    /**
     * Whether {@code at} lies in a subordinate clause (from a comma, a dash or the sentence start up to the next
     * punctuation) that opens with a conjunction or a relative pronoun and ends in a past verb: a past cue word or
     * a weak preterite in "-te"/"-eten" ("…, wie der Konzern am Freitag mitteilte"). The reporting clause's own
     * tense then wins over a future elsewhere ("Die Kunden sollen Gutscheine erhalten, wie … mitteilte").
     */
    private boolean verbFinalPast(String clauseText, int at) {
        if (at >= clauseText.length()) {
            return false;
        }
        int start = clauseStart(clauseText, at, CLAUSE_MARKS + "(");
        int end = clauseEnd(clauseText, at, CLAUSE_MARKS + ").!?");
        if (start == 0) {
            return false; // a main clause ("Der VfB muss am Sonntag … verzichten")
        }
        String[] words = clauseText.substring(start, end).trim().split("[^\\p{L}]+");
        if (words.length < 3 || !SUBORDINATORS.contains(words[0])) {
            return false;
        }
        String last = words[words.length - 1];
        if (last.isEmpty() || !Character.isLowerCase(last.charAt(0))) {
            return false;
        }
        // "-te" or "-eten" ("mitteilte", "meldeten"); a plural in "-ten" alone is as often a present ("starten",
        // "verzichten"), and "-ieten", "-treten" are presents too
        // "…, die am Sonntag demonstrierten": "-ierten" is always a preterite (the present is "-ieren")
        return lex.isPastCue(last.toLowerCase(Locale.ROOT), true) || last.endsWith("ierten") && last.length() >= 8
                || (last.endsWith("te") || last.endsWith("eten")) && last.length() >= 5
                && !lex.preteriteBlockers.contains(last) && !last.endsWith("treten") && !last.endsWith("ieten")
                || weakPluralPreterite(last) && !lex.preteriteBlockers.contains(last);
    }

    /**
     * A plural in "-ten" (not "-eten") that can only be a weak preterite: its stem cannot end in t, as the stems of
     * the presents "starten", "halten", "verzichten", "testen", "arbeiten", "deuten" do. That holds before "ten"
     * after g, k, l, m, n, b, p, z, ß, ss, r and h ("einigten", "blickten", "mitteilten", "stimmten", "lehnten",
     * "lebten", "setzten", "mussten", "führten", "drohten"), except "-alten"/"-elten" ("halten", "gelten"),
     * "-arten"/"-orten"/"-werten" ("warten", "antworten", "bewerten") and "-chten" ("achten", "berichten").
     */
    static boolean weakPluralPreterite(String word) {
        int n = word.length();
        if (n < 6 || !word.endsWith("ten")) {
            return false;
        }
        char c = word.charAt(n - 4);
        char b = word.charAt(n - 5);
        return switch (c) {
            case 'g', 'k', 'm', 'n', 'b', 'p', 'z', 'ß' -> true;
            case 's' -> b == 's';
            case 'l' -> b != 'a' && b != 'e';
            case 'r' -> b != 'a' && b != 'o' && !word.endsWith("werten");
            case 'h' -> b != 'c';
            default -> false;
        };
    }

    /**
     * The text inside the quotation marks around {@code at} („…“, „…", »…«, «…», "…", “…”), or the whole sentence
     * when {@code at} lies in no quotation.
     */
    static String quotedClause(String sentence, int at) {
        int open = -1;
        char close = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (open >= 0 && (c == close || close == '“' && (c == '"' || c == '”'))) {
                if (open < at && at < i) return sentence.substring(open + 1, i);
                open = -1;
            } else if (open < 0 && (c == '„' || c == '»' || c == '«' || c == '"' || c == '“')) {
                open = i;
                close = switch (c) {
                    case '„' -> '“';
                    case '»' -> '«';
                    case '«' -> '»';
                    case '“' -> '”';
                    default -> '"';
                };
            }
        }
        return sentence;
    }

    /**
     * -1 past, +1 future, 0 unknown or mixed, from the sentence's words (runs of letters, lower-cased): a past or
     * future cue word; a perfect (an auxiliary, then a participle that is no scheduled state); a perfect infinitive
     * (a participle right before "haben"/"sein": "soll … angegriffen haben"), which is past whatever else; not a
     * participle of completion before "sein" ("soll im Januar abgeschlossen sein": a state then).
     */
    private int tense(String sentence) {
        return tenseCues(sentence).tense();
    }

    /**
     * What {@link #tense} reads from a sentence; {@code pastWord} is a word of past_cues.txt ("war", "fiel" …),
     * {@code plan} a word of {@link #PLANS}, {@code scheduled} a lower-case verb of scheduled_verbs.txt.
     */
    private record TenseCues(boolean pastWord, boolean futureWord, boolean perfect, boolean perfectInfinitive,
                             boolean plan, boolean scheduled) {
        int tense() {
            if (perfectInfinitive) {
                return -1;
            }
            boolean past = pastWord || perfect;
            return past == futureWord ? 0 : past ? -1 : 1;
        }
    }

    /** One pass over the sentence's words (runs of letters, lower-cased). */
    private TenseCues tenseCues(String sentence) {
        boolean past = false;
        boolean future = false;
        boolean perfect = false;
        boolean auxiliary = false;
        boolean have = false;
        boolean participleBefore = false;
        boolean perfectInfinitive = false;
        boolean plan = false;
        boolean scheduled = false;
        String previous = "";
        int n = sentence.length();
        for (int i = 0; i < n; ) {
            if (!Character.isLetter(sentence.charAt(i))) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && Character.isLetter(sentence.charAt(e))) e++;
            String lw = sentence.substring(i, e).toLowerCase(Locale.ROOT);
            boolean gap = e >= n || Character.isWhitespace(sentence.charAt(e));
            perfectInfinitive |= participleBefore && (lw.equals("haben")
                    || lw.equals("sein") && !COMPLETED_STATES.contains(previous));
            past |= lex.isPastCue(lw, Character.isLowerCase(sentence.charAt(i)));
            future |= lex.futureCues.contains(lw);
            scheduled |= Character.isLowerCase(sentence.charAt(i)) && lex.scheduledVerbs.contains(lw);
            plan |= PLANS.contains(lw);
            // "ist … erschienen", ", das im Mai erschienen ist": a perfect with "sein" of a participle without "ge"
            boolean participle = isParticiple(lw) || lex.seinParticiples.contains(lw);
            // "…, seit die Agentur eine Studie vorgestellt hat": participle, then the finite auxiliary
            perfect |= participleBefore && FINAL_AUXILIARIES.contains(lw) && !SCHEDULED.contains(previous)
                    && !COMPLETED_STATES.contains(previous);
            boolean state = !have && STATES.contains(lw) && !sentence.startsWith(" worden", e);
            perfect |= auxiliary && participle && !SCHEDULED.contains(lw) && !state
                    || have && (isInseparableParticiple(lw) || lex.strongParticiples.contains(lw)
                    || isForeignParticiple(lw));
            // "um Chancen zu haben, muss er am Donnerstag gewinnen": an infinitive after "zu" is no perfect auxiliary
            boolean infinitive = previous.equals("zu");
            auxiliary |= AUXILIARIES.contains(lw) && !infinitive;
            have |= HAVE.contains(lw) && !infinitive;
            participleBefore = participle && gap;
            previous = lw;
            i = e;
        }
        return new TenseCues(past || weakPreterite(sentence), future, perfect, perfectInfinitive, plan, scheduled);
    }

    /** Whether the sentence has a weak preterite in second place ({@link #WEAK_PRETERITE}) that is no Konjunktiv. */
    private boolean weakPreterite(String sentence) {
        Matcher m = WEAK_PRETERITE.matcher(sentence);
        while (m.find()) {
            String verb = m.group(1);
            boolean plural = verb.endsWith("ten") && !verb.endsWith("eten");
            if (!lex.preteriteBlockers.contains(verb) && (!plural || weakPluralPreterite(verb))) {
                return true;
            }
        }
        if (!sentence.contains("ierte")) {
            return false;
        }
        Matcher f = FOREIGN_PRETERITE.matcher(sentence);
        while (f.find()) {
            if (!amountAttribute(sentence, f.start(), f.end())) {
                return true;
            }
        }
        return false;
    }

    /** Scale words that end an amount before its unit ("9,5 Millionen Dollar"). */
    private static final String[] AMOUNT_SCALES = {"Millionen", "Milliarden", "Mio.", "Mrd.", "Tausend"};

    /**
     * "des mit 9,5 Millionen Dollar dotierten Turniers": a participle in "-ierten" after an amount and its unit and
     * before a noun is an attribute, not a preterite (which follows a fronted part: "300 Menschen demonstrierten am
     * Samstag", "Am Samstag demonstrierten Tausende").
     */
    private static boolean amountAttribute(String sentence, int start, int end) {
        if (!Character.isUpperCase(sentence.charAt(end - 1))) {
            return false;
        }
        int unit = start - 1;
        while (unit > 0 && sentence.charAt(unit - 1) != ' ') {
            unit--;
        }
        int b = Math.max(0, unit);   // the end of what stands before the unit, spaces left out
        while (b > 0 && Character.isWhitespace(sentence.charAt(b - 1))) {
            b--;
        }
        if (b == 0) {
            return false;
        }
        if (Character.isDigit(sentence.charAt(b - 1))) {
            return true;
        }
        for (String scale : AMOUNT_SCALES) {
            int from = b - scale.length();
            if (from >= 1 && sentence.charAt(from - 1) == ' ' && sentence.startsWith(scale, from)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The preterite of a verb in "-ieren" in second place after a word that is no article ("Am Samstag
     * demonstrierten Tausende", "Danach kritisierte Meier"): unlike "-ten" in general ("starten", "warten") it is
     * never a present; after an article it is an adjective ("Die reparierten Brücken").
     */
    private static final Pattern FOREIGN_PRETERITE = Pattern.compile(
            "(?<=\\p{Lu}\\p{L}{0,40}\\s)(?<!(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Einer|Diese|Dieser|Diesen"
                    + "|Dieses|Jede|Jeder|Jedes|Alle|Viele|Mehrere|Einige)\\s)\\p{Ll}{3,}ierten?\\s+\\S");

    /**
     * An inseparable prefix, three or more letters and "t" ("eröffnet", "verkündet", "bestätigt"): a weak
     * participle without "ge", not an adverb or adjective of that shape (participle_blockers.txt: "erneut", "bereit").
     */
    private boolean isInseparableParticiple(String w) {
        if (!w.endsWith("t") || w.endsWith("st") || lex.participleBlockers.contains(w)) {
            return false;
        }
        for (String prefix : INSEPARABLE_PREFIXES) {
            if (w.startsWith(prefix) && w.length() >= prefix.length() + 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * A participle of a verb in "-ieren", which takes no "ge" ("exportiert", "kritisiert", "investiert"): three or
     * more letters before "iert"; a perfect only after "hat"/"haben".
     */
    private boolean isForeignParticiple(String w) {
        return w.endsWith("iert") && w.length() >= 7 && !lex.participleBlockers.contains(w);
    }

    /** "ge" + two or more letters + "t"/"en", also after a separable prefix ("gesagt", "festgenommen"). */
    private static boolean isParticiple(String w) {
        int ending = w.endsWith("en") ? 2 : w.endsWith("t") ? 1 : 0;
        if (ending == 0) {
            return false;
        }
        int min = 4 + ending; // "ge", two letters or more, the ending
        if (w.startsWith("ge") && w.length() >= min) {
            return true;
        }
        for (String prefix : SEPARABLE_PREFIXES) {
            if (w.startsWith(prefix) && w.startsWith("ge", prefix.length()) && w.length() >= prefix.length() + min) {
                return true;
            }
        }
        return false;
    }

    /** A genitive right after a unit ("Monat des Jahres"): the unit is counted within that period. */
    private static final Pattern GENITIVE_AFTER = Pattern.compile("\\s+(?:des|der)\\s");

    private Timex relativeUnit(Matcher m, String sentence) {
        String det = m.group("det") == null ? "" : m.group("det").toLowerCase(Locale.ROOT);
        String post = m.group("post") == null ? "" : m.group("post").toLowerCase(Locale.ROOT);
        int offset = 0;
        boolean deictic = false;
        String unitWord = m.group("unit").toLowerCase(Locale.ROOT);
        if (!post.isEmpty()) {
            offset = post.equals("darauf") || post.equals("danach") ? 1 : -1;
        } else if (det.startsWith("vorangegangen") || det.startsWith("vorhergehend")
                || det.startsWith("vorausgegangen")) {
            offset = -1;
        } else if (det.startsWith("jen") || det.startsWith("dies") && unitWord.startsWith("tag")) {
            offset = 0; // "an diesem Tag" points back at the day just mentioned
        } else if (det.startsWith("übernächst") || det.startsWith("vorletzt")) {
            if (unitOf(unitWord) == ChronoUnit.DAYS || GENITIVE_AFTER.matcher(sentence).region(m.end(),
                    sentence.length()).lookingAt()) {
                return null; // "am vorletzten Tag", "im vorletzten Monat des Jahres": counted from an end
            }
            offset = det.startsWith("vorletzt") ? -2 : 2; // "übernächste Woche", "im vorletzten Jahr"
            deictic = true;
        } else if (det.startsWith("vergangen") || det.startsWith("letzt") || det.startsWith("vorig")) {
            offset = -1;
            deictic = true;
        } else if (det.startsWith("kommend") || det.startsWith("nächst") || det.startsWith("neu")) {
            offset = 1;
            deictic = true;
        } else if (det.startsWith("dies") || det.startsWith("laufend") || det.isEmpty()
                && m.group("moddet") != null && m.group("moddet").toLowerCase(Locale.ROOT).startsWith("dies")) {
            // "Mitte dieses Jahres" as "in diesem Jahr": the publication's year, not the one named last ("Vor etwa
            // vier Jahren hatte … . Frühestens Mitte dieses Jahres …")
            deictic = true;
        } else if (det.startsWith("folgend") || det.startsWith("darauffolgend")) {
            offset = 1;
        } else if (!narrative && (det.isEmpty() || det.equals("der")) && unitOf(unitWord) == ChronoUnit.WEEKS
                && mod(m) != Part.WHOLE) {
            // news: "Ende der Woche", Swiss "Anfang Woche" are the publication's week, not that of a date named
            // before ("auf den 3. Dezember verschoben. Ende der Woche …")
            deictic = true;
        }
        if (TemporalLexicon.isSameDeterminer(det) && unitOf(unitWord) == ChronoUnit.YEARS && sentence.equals(sentenceYearText)) {
            // "Er war seit 2003 Gouverneur, demselben Jahr, in dem …": the year written before it in the sentence,
            // even a look back that did not move the reference
            return part(Timex.year(sentenceYear), mod(m));
        }
        if (!post.isEmpty() && !narrative && unitOf(unitWord) == ChronoUnit.YEARS
                && sentence.equals(sentenceYearText)) {
            // "hatte 2025 einen Verlust geschrieben, nach einem Gewinn im Jahr davor": the year named before it in
            // the sentence, even one that did not move the reference (a look back)
            return part(Timex.year(sentenceYear + offset), mod(m));
        }
        if (!post.isEmpty() && unitOf(unitWord) == ChronoUnit.WEEKS && refWeekDay != null) {
            // "In der 48. Kalenderwoche … fast doppelt so viele wie in der Woche davor": the week before the one
            // just named, not before the publication's
            return part(Timex.week(refWeekDay.plusWeeks(offset)), mod(m));
        }
        Timex t = shift(unitOf(unitWord), offset, deictic);
        return t == null ? Timex.unresolved(null) : part(t, mod(m));
    }

    private static ChronoUnit unitOf(String unit) {
        if (unit.startsWith("jahrh")) {
            return ChronoUnit.CENTURIES;
        }
        if (unit.startsWith("jahrz")) {
            return ChronoUnit.DECADES;
        }
        if (unit.startsWith("jahr")) {
            return ChronoUnit.YEARS;
        }
        if (unit.startsWith("quartal")) {
            return ChronoUnit.FOREVER; // stands for quarters
        }
        if (unit.startsWith("monat")) {
            return ChronoUnit.MONTHS;
        }
        if (unit.startsWith("woche")) {
            return ChronoUnit.WEEKS;
        }
        return ChronoUnit.DAYS;
    }

    /** The unit-sized period {@code offset} units from the anchor, or null if the anchor is too coarse. */
    private Timex shift(ChronoUnit unit, int offset, boolean deictic) {
        LocalDate day = deictic ? deicticDay() : refDay;
        YearMonth month = deictic ? deicticMonth() : refMonth;
        Integer year = deictic ? deicticYear() : refYear;
        switch (unit) {
            case DAYS:
                return day == null ? null : Timex.day(day.plusDays(offset));
            case WEEKS:
                return day == null ? null : Timex.week(day.plusWeeks(offset));
            case MONTHS:
                if (month == null) {
                    return null;
                }
                YearMonth ym = month.plusMonths(offset);
                return Timex.month(ym.getYear(), ym.getMonthValue());
            case FOREVER:
                if (month == null) {
                    return null;
                }
                YearMonth q = month.plusMonths(3L * offset);
                return Timex.quarter(q.getYear(), (q.getMonthValue() - 1) / 3 + 1);
            case YEARS:
                return year == null ? null : Timex.year(year + offset);
            case DECADES:
                return year == null ? null : Timex.decade(Math.floorDiv(year, 10) * 10 + 10 * offset);
            default:
                if (year == null) {
                    return null;
                }
                int ordinal = Math.floorDiv(year, 100) + 1 + offset;
                return ordinal >= 1 ? Timex.century(ordinal, false) : null;
        }
    }

    private Timex relativeCompound(Matcher m, String sentence) {
        if (m.group("heuer") != null) {
            // Austrian/Bavarian "heuer" = this year; capitalized inside a sentence it is the noun (a sailor's pay)
            boolean noun = Character.isUpperCase(m.group("heuer").charAt(0))
                    && sentence.substring(0, m.start()).chars().anyMatch(Character::isLetter);
            return noun ? null : orUnresolved(shift(ChronoUnit.YEARS, 0, true));
        }
        if (m.group("tags") != null) {
            boolean after = m.group("tags").toLowerCase(Locale.ROOT).endsWith("darauf");
            return orUnresolved(shift(ChronoUnit.DAYS, after ? 1 : -1, false));
        }
        String c = m.group("c").toLowerCase(Locale.ROOT);
        if (m.group("y") != null) {
            Timex year = Timex.year(Integer.parseInt(m.group("y")));
            return compoundPart(c, year);
        }
        String before = sentence.substring(Math.max(0, m.start() - 9), m.start()).toLowerCase(Locale.ROOT);
        boolean sinceNow = before.endsWith("seit ") || before.endsWith("seit dem ");
        if (c.startsWith("woche") && !c.contains("mitte")) {
            // "zum Wochenstart", "zu Wochenbeginn": the Monday on or after the day named last (the publication
            // day), or the one on or before it when the sentence looks back ("seit Wochenbeginn", "hatte")
            if (refDay == null) {
                return Timex.unresolved(null);
            }
            boolean back = sinceNow || tense(sentence) < 0;
            return Timex.day(refDay.with(back ? TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)
                    : TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
        }
        if ((c.contains("wechsel") || c.contains("wende")) && published != null && !refFromText
                && (sinceNow || tense(sentence) < 0)) {
            // "Zum Jahreswechsel waren die Straßen leer" with no year named before: the turn of the year the
            // article looks back on, into the publication year; otherwise the coming one (see compoundPart)
            return compoundPart(c, Timex.year(published.getYear() - 1));
        }
        if (c.startsWith("vorjahresmonat") || c.startsWith("vorjahresquartal")) {
            // "im Vorjahresmonat": the month (quarter) named last, a year earlier ("im November … als im
            // Vorjahresmonat" = November of the year before)
            boolean month = c.startsWith("vorjahresmonat");
            if (!month && lastQuarter != null) {
                // the quarter named last, not the quarter of the reference day: "im dritten Quartal … teilte am
                // Donnerstag (12. November) mit … im Vorjahresquartal" = the third quarter of the year before
                int q = (lastQuarter.start().getMonthValue() - 1) / 3 + 1;
                return Timex.quarter(lastQuarter.start().getYear() - 1, q);
            }
            return orUnresolved(shift(month ? ChronoUnit.MONTHS : ChronoUnit.FOREVER, month ? -12 : -4, false));
        }
        if (c.contains("jährig")) {
            // "die diesjährige Messe": the publication's year, "der letztjährige Sieger" the year before it (both
            // deictic, as "dieses Jahr", "letztes Jahr"); "die vorjährige Ausgabe" the year before the one named
            // last, as "im Vorjahr"
            return orUnresolved(c.startsWith("dies") ? shift(ChronoUnit.YEARS, 0, true)
                    : shift(ChronoUnit.YEARS, -1, c.startsWith("letzt")));
        }
        if (c.startsWith("vor") || c.startsWith("folge")) {
            int offset = c.startsWith("vor") ? -1 : 1;
            String rest = c.substring(c.startsWith("vor") ? 3 : 5);
            ChronoUnit unit = unitOf(rest);
            Timex shifted = shift(unit, offset, false);
            if (shifted == null && !narrative && (unit == ChronoUnit.DAYS || unit == ChronoUnit.WEEKS)
                    && !GENITIVE_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                // "im Juni … In der Vorwoche": a month or year named since left no day to count from; in news the
                // week (day) before is the publication's (not "am Vortag des Unglücks", the day before an event)
                shifted = shift(unit, offset, true);
            }
            return orUnresolved(shifted);
        }
        ChronoUnit unit = c.startsWith("jahr") ? ChronoUnit.YEARS : c.startsWith("monat") ? ChronoUnit.MONTHS
                : ChronoUnit.WEEKS;
        // "seit Jahresbeginn", "seit dem Monatsanfang": a span up to now, so the year or month of the article, not
        // the one named last ("Bis 2030 soll … . Seit Jahresbeginn ist …")
        Timex base = sinceNow && (c.contains("beginn") || c.contains("anfang") || c.contains("start"))
                ? shift(unit, 0, true) : null;
        if (base == null) {
            base = shift(unit, 0, false); // no publication date: the year named last, as before
        }
        return base == null ? Timex.unresolved(null) : compoundPart(c, base);
    }

    private static Timex compoundPart(String c, Timex base) {
        if (c.contains("wechsel") || c.contains("wende")) {
            // the turn of the year is the first day of the next year ("zum Jahreswechsel" in November 2026 =
            // 2027-01-01), with a month around it as its range
            LocalDate turn = base.end().plusDays(1);
            return new Timex(turn.toString(), turn.minusDays(17), turn.plusDays(14), Timex.DAY, true);
        }
        Part p = c.contains("beginn") || c.contains("anfang") || c.contains("start") ? Part.START : c.contains("mitte") ? Part.MID
                : Part.END;
        return base.part(p);
    }

    private Timex offset(Matcher m, String sentence) {
        String unitWord = m.group("u").toLowerCase(Locale.ROOT);
        String numberWord = m.group("n").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String n = Character.isDigit(numberWord.charAt(0)) ? numberWord.replace(',', '.')
                : TemporalLexicon.lookup(lex.numbers, numberWord);
        String pre = m.group("pre") == null ? "" : m.group("pre").toLowerCase(Locale.ROOT);
        String post = m.group("post") == null ? "" : m.group("post").toLowerCase(Locale.ROOT);
        int direction = 0;
        boolean deictic = false;
        if (!post.isEmpty()) {
            direction = post.equals("später") || post.equals("danach") || post.equals("darauf") ? 1 : -1;
        } else if (pre.equals("vor")) {
            direction = -1;
            deictic = true;
        } else if (pre.equals("in")) {
            // "so viel Regen wie sonst in einem Monat": an amount of time to compare with, not a date ahead
            // "wie damals 38 Filme in zwölf Tagen liefen": in a past clause the time something took, no date ahead
            direction = USUALLY.contains(CandidateFinder.previousWord(sentence, m.start()))
                    || !narrative && pastClause(sentence, m.start()) ? 0 : 1;
            deictic = true;
        } else if (pre.equals("nach")) {
            // "nach zwölf Jahren an der Macht … verloren": in a past-tense news sentence a time span after which
            // something happened, not a date in the future of the article
            // a heading without tense ("Astronauten nach 286 Tagen zurück auf der Erde") tells how long it took too
            int tense = narrative ? 0 : tense(sentence);
            direction = !narrative && (tense < 0 || tense == 0 && heading(sentence)) ? 0 : 1;
        }
        if (direction == 0 || n.equals("X") && !pre.equals("vor") && post.isEmpty()) {
            return Timex.unresolved(durationValue(n, unitWord));
        }
        if (n.equals("X")) {
            return Timex.unresolved(direction > 0 ? "FUTURE_REF" : "PAST_REF");
        }
        double amount = Double.parseDouble(n);
        if (amount != Math.rint(amount)) {
            if (!unitWord.startsWith("jahr") || unitWord.startsWith("jahrz") || amount * 12 != Math.rint(amount * 12)) {
                return Timex.unresolved(null);
            }
            YearMonth ym = deictic ? deicticMonth() : refMonth;
            if (ym == null) {
                return Timex.unresolved(null);
            }
            YearMonth shifted = ym.plusMonths(Math.round(amount * 12) * direction);
            return Timex.month(shifted.getYear(), shifted.getMonthValue());
        }
        int k = (int) amount * direction;
        Timex t;
        if (unitWord.startsWith("stund") || unitWord.startsWith("minut") || unitWord.startsWith("sekund")) {
            t = shift(ChronoUnit.DAYS, 0, deictic);
        } else if (unitWord.startsWith("woche") && !deictic && refDay != null) {
            t = Timex.day(refDay.plusWeeks(k));
        } else if (unitWord.startsWith("jahrz")) {
            Integer year = deictic ? deicticYear() : refYear;
            t = year == null ? null : Timex.year(year + 10 * k);
        } else {
            ChronoUnit unit = unitOf(unitWord.startsWith("n") ? "tag" : unitWord);
            t = switch (unit) {
                case YEARS -> {
                    Integer year = deictic ? deicticYear() : refYear;
                    if (!deictic && !narrative && !post.isEmpty() && sentenceYear != null
                            && writtenYearSentence >= sentenceCount - 1) {
                        // news: "Cavendish hatte 2008 … belegt. Vier Jahre später …" counts from the year written
                        // in this or the sentence before, even a look back that did not move the reference
                        year = sentenceYear;
                    }
                    yield year == null ? null : Timex.year(year + k);
                }
                case MONTHS -> {
                    YearMonth ym = deictic ? deicticMonth() : refMonth;
                    yield ym == null ? null : Timex.month(ym.plusMonths(k).getYear(), ym.plusMonths(k).getMonthValue());
                }
                default -> shift(unit, k, deictic);
            };
        }
        return orUnresolved(t);
    }

    private static String durationValue(String n, String unitWord) {
        String amount = n.endsWith(".0") ? n.substring(0, n.length() - 2) : n;
        if (!n.equals("X") && amount.contains(".")) { // fractions in the next smaller unit: P1.5Y -> P18M
            double x = Double.parseDouble(amount);
            if (unitWord.startsWith("jahr") && !unitWord.startsWith("jahrz")) {
                return "P" + Math.round(x * 12) + "M";
            }
            if (unitWord.startsWith("stund")) {
                return "PT" + Math.round(x * 60) + "M";
            }
            if (unitWord.startsWith("tag")) {
                return "PT" + Math.round(x * 24) + "H";
            }
            if (unitWord.startsWith("woche")) {
                return "P" + Math.round(x * 7) + "D";
            }
        }
        if (unitWord.startsWith("stund")) {
            return "PT" + amount + "H";
        }
        if (unitWord.startsWith("minut")) {
            return "PT" + amount + "M";
        }
        if (unitWord.startsWith("sekund")) {
            return "PT" + amount + "S";
        }
        if (unitWord.startsWith("jahrz")) {
            return "P" + amount + "DE";
        }
        String unit = unitWord.startsWith("jahr") ? "Y" : unitWord.startsWith("monat") ? "M"
                : unitWord.startsWith("woche") ? "W" : "D";
        return "P" + amount + unit;
    }

    /** Parts of day after "jeden/jede" as TIMEX3 times of a set: "jeden Abend" = XXXX-XX-XXTEV. */
    private static final Map<String, String> SET_PARTS_OF_DAY = Map.of("morgen", "MO", "vormittag", "MO",
            "mittag", "MI", "nachmittag", "AF", "abend", "EV", "nacht", "NI");
    private static final Map<String, String> SET_SEASONS = Map.of("frühjahr", "SP", "frühling", "SP", "sommer", "SU",
            "herbst", "FA", "winter", "WI");
    private static final Map<String, String> SET_ORDINALS = Map.of("zweite", "2", "dritte", "3", "vierte", "4",
            "fünfte", "5");

    /**
     * A set ({@link Timex#SET}): "täglich" P1D (set_words.txt), "pro Jahr"/"einmal im Jahr" P1Y, "pro Quartal" P3M,
     * "jede Woche" P1W, "jede zweite Woche" P2W, "jeden (ersten) Montag" XXXX-WXX-1, "jedes Wochenende" XXXX-WXX-WE,
     * "jeden Sommer" XXXX-SU, "jeden Mai" XXXX-05, "jeden Abend" XXXX-XX-XXTEV, "alle zwei Jahre" P2Y,
     * "alle paar Tage" PXD. A count before ("dreimal täglich") is in the span but not in the value.
     */
    private Timex set(Matcher m) {
        if (m.group("sw") != null) {
            return Timex.set(TemporalLexicon.lookup(lex.setWords, m.group("sw")));
        }
        if (m.group("an") != null) {
            String nw = m.group("an").toLowerCase(Locale.ROOT);
            String n = Character.isDigit(nw.charAt(0)) ? nw : TemporalLexicon.lookup(lex.numbers, nw);
            return Timex.set(durationValue(n, m.group("au").toLowerCase(Locale.ROOT)));
        }
        String unit = (m.group("pu") != null ? m.group("pu") : m.group("cu") != null ? m.group("cu")
                : m.group("fu") != null ? m.group("fu") : m.group("ju")).toLowerCase(Locale.ROOT);
        // "jeden ersten/letzten Montag (im Monat)": the weekday set; the ordinal has no place in the value
        String n = m.group("jo") == null ? "1" : SET_ORDINALS.getOrDefault(m.group("jo").toLowerCase(Locale.ROOT), "1");
        if (unit.equals("wochenende")) {
            return Timex.set("XXXX-WXX-WE");
        }
        if (unit.equals("quartal")) {
            return Timex.set("P" + (3 * Integer.parseInt(n)) + "M");
        }
        if (SET_PARTS_OF_DAY.containsKey(unit)) {
            return Timex.set("XXXX-XX-XXT" + SET_PARTS_OF_DAY.get(unit));
        }
        if (SET_SEASONS.containsKey(unit)) {
            return Timex.set("XXXX-" + SET_SEASONS.get(unit));
        }
        String weekday = TemporalLexicon.lookup(lex.weekdays, unit);
        if (weekday != null) {
            return Timex.set("XXXX-WXX-" + weekday);
        }
        if (lex.isMonth(unit)) {
            return Timex.set(String.format(Locale.ROOT, "XXXX-%02d", lex.month(unit)));
        }
        return Timex.set(durationValue(n, unit));
    }

    private Timex durationAdjective(Matcher m) {
        if (m.group("lang") != null) {
            return Timex.unresolved(durationValue("X", m.group("lang").toLowerCase(Locale.ROOT)));
        }
        String nw = m.group("n").toLowerCase(Locale.ROOT);
        String n = nw.endsWith("-") ? nw.substring(0, nw.length() - 1) : nw.equals("mehr") ? "X"
                : TemporalLexicon.lookup(lex.numbers, nw);
        String u = m.group("u").toLowerCase(Locale.ROOT);
        String unitWord = u.startsWith("täg") ? "tag" : u.startsWith("wöch") ? "woche" : u.startsWith("monat")
                ? "monat" : u.startsWith("stünd") ? "stunde" : u.startsWith("jähr") ? "jahr" : "minute";
        return Timex.unresolved(durationValue(n, unitWord));
    }

    /** Before a live-ticker time stamp: nothing, "+++", "Update," ("+++ Update, 14.30 Uhr: …"). */
    private static final Pattern TICKER_BEFORE = Pattern.compile("(?:\\+{2,}\\s*)?(?:update,?\\s*)?",
            Pattern.CASE_INSENSITIVE);
    /** After it: a colon, a dash or "+++" ("14:32 Uhr: Die Polizei meldet …", "+++ 18.05 Uhr +++"). */
    private static final Pattern TICKER_AFTER = Pattern.compile("\\s*(?:\\+{2,}|[:–—-](?:\\s|$))");

    /**
     * A clock time opening its sentence as a live-ticker time stamp: in news mode it is of the publication day,
     * whatever day the ticker text mentioned before ("Die Abstimmung wird auf Donnerstag verschoben. … +++ 13.45
     * Uhr: …").
     */
    private boolean tickerStamp(Matcher m, String sentence) {
        if (narrative || published == null) {
            return false;
        }
        Matcher after = TICKER_AFTER.matcher(sentence).region(m.end(), sentence.length());
        return TICKER_BEFORE.matcher(sentence).region(0, m.start()).matches() && after.lookingAt();
    }

    /**
     * Words of recurring days that have no set value of their own ({@code set_words.txt} leaves them out):
     * "werktags von 9 bis 16 Uhr", "jeweils von 10 bis 14 Uhr" (after a list of days) name a time of each day.
     */
    private static final Set<String> EVERY_DAY = Set.of("werktags", "wochentags", "jeweils");

    /**
     * A set word of days ("täglich", "werktags", "montags", "jeweils"; not "jährlich") among the six words before
     * {@code at}, with no sentence or clause mark (".", ";", ",") between.
     */
    private boolean afterRecurringDayWord(String sentence, int at) {
        int end = at;
        for (int words = 0; words < 6 && end > 0; words++) {
            int k = end;
            while (k > 0 && sentence.charAt(k - 1) == ' ') k--;
            if (k == 0 || !Character.isLetterOrDigit(sentence.charAt(k - 1))) {
                return false;
            }
            int b = k;
            while (b > 0 && Character.isLetterOrDigit(sentence.charAt(b - 1))) b--;
            String word = sentence.substring(b, k).toLowerCase(Locale.ROOT);
            String value = lex.setWords.get(word);
            if (value != null && (value.equals("P1D") || value.startsWith("XXXX-WXX")) || EVERY_DAY.contains(word)) {
                return true;
            }
            end = b;
        }
        return false;
    }

    /** A clock time from this hour on is of the evening, before one below {@link #SMALL_HOURS_END} of the night. */
    private static final int EVENING_START = 20;
    private static final int SMALL_HOURS_END = 6;

    private Timex timeOfDay(Matcher m, String sentence) {
        int hour = Integer.parseInt(m.group("h") != null ? m.group("h") : m.group("h2") != null ? m.group("h2")
                : m.group("h3"));
        String minuteText = m.group("mi") != null ? m.group("mi") : m.group("mi2") != null ? m.group("mi2")
                : m.group("mi3");
        int minute = minuteText == null ? 0 : Integer.parseInt(minuteText);
        String part = m.group("part") == null ? "" : m.group("part").toLowerCase(Locale.ROOT);
        if (hour < 12 && (part.startsWith("nachm") || part.startsWith("abend") || part.startsWith("nachts") && hour >= 6)) {
            hour += 12;
        }
        String time = String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
        if (afterRecurringDayWord(sentence, m.start())) {
            // "täglich von 10 bis 18 Uhr", "montags um 9 Uhr": a time of every such day, not of the day last named
            return Timex.unresolved("XXXX-XX-XX" + time);
        }
        // in news mode with no day mentioned (or only a year or month) the publication day, as for "am Abend":
        // "Aktualisiert um 16.45 Uhr" at the foot of the page
        boolean ticker = tickerStamp(m, sentence);
        LocalDate day0 = ticker ? published : refDay != null || narrative ? refDay : published;
        if (day0 != null && day0.equals(refDay) && refDayEndsNight && hour >= 18) {
            // "In der Nacht auf Samstag … gegen 23.15 Uhr": the evening before the day that ends the night
            day0 = day0.minusDays(1);
        }
        if (day0 == null) {
            return Timex.unresolved("XXXX-XX-XX" + time);
        }
        if (!ticker && hour < SMALL_HOURS_END && day0.equals(eveningDay)) {
            // "am Sonntag … gegen 22.15 Uhr … Die B 1 war bis etwa 0.30 Uhr gesperrt": the story runs on past
            // midnight, the small hours after an evening time are of the next day
            day0 = day0.plusDays(1);
        } else if (!ticker) {
            eveningDay = hour >= EVENING_START ? day0 : null;
        }
        Timex day = Timex.day(day0);
        return day.withValue(day.value() + time);
    }

    private Timex vague(Matcher m) {
        String value = TemporalLexicon.lookup(lex.vagueRefs, m.group("v"));
        if (value.endsWith(":ANAPHORIC")) {
            // "zu jener Zeit" is PRESENT_REF of the time spoken of (TIMEX2, as WikiWarsDE's gold); right after
            // written years ("von 1979 bis 1996 … und prägte in dieser Zeit …", in this or the sentence before) it
            // takes their days, so that it is not read as the present
            String anaphoric = value.substring(0, value.indexOf(':'));
            return writtenYearSentence >= sentenceCount - 1
                    ? new Timex(anaphoric, writtenStart, writtenEnd, writtenGranularity, true)
                    : Timex.unresolved(anaphoric);
        }
        return value.equals("PRESENT_REF") ? presentRef() : Timex.unresolved(value);
    }

    /**
     * "am Abend", "am nächsten Morgen", "am Morgen darauf": the day last mentioned (or the next one); in news mode the publication day when no day was mentioned yet, or
     * when the last one lies ahead but the sentence speaks of the past ("Bis Dienstag könnte der Pegel steigen.
     * Söder besuchte am Nachmittag die Gebiete.").
     */
    private Timex partOfDay(Matcher m, String sentence) {
        String det = m.group("det") == null ? "" : m.group("det").toLowerCase(Locale.ROOT);
        boolean next = m.group("post") != null || det.startsWith("nächst") || det.contains("folgend");
        LocalDate day = refDay;
        if (!narrative && day == null && lastNamedDay != null && published != null
                && !lastNamedDay.isAfter(published) && lastNamedDay.isAfter(published.minusDays(7))) {
            // news: "Am späten Freitagabend erklärte … für die Jahre 2007 bis 2013 … am Abend": a year named since
            // cleared the reference day; the evening is that of the story's day named last in the week before
            // publication, not the publication day
            day = lastNamedDay;
        }
        if (!narrative && published != null && (day == null || day.isAfter(published) && tense(sentence) < 0)) {
            day = published;
        }
        return day == null ? Timex.unresolved(null) : Timex.day(day.plusDays(next ? 1 : 0));
    }

    private Timex periodPlural(Matcher m) {
        if (m.group("fc") != null) {
            String fc = m.group("fc").toLowerCase(Locale.ROOT);
            return Timex.unresolved(durationValue("X", fc.substring("folge".length())));
        }
        if (m.group("su") != null) {
            return Timex.unresolved(durationValue("X", m.group("su").toLowerCase(Locale.ROOT))); // "seit Jahren"
        }
        String unitWord = m.group("u").toLowerCase(Locale.ROOT);
        String n = "X";
        if (m.group("n") != null) {
            String nw = m.group("n").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            n = nw.equals("beiden") ? "2" : Character.isDigit(nw.charAt(0)) ? nw.replace(',', '.')
                    : TemporalLexicon.lookup(lex.numbers, nw);
        }
        return Timex.unresolved(durationValue(n, unitWord));
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private static Timex orUnresolved(Timex t) {
        return t == null ? Timex.unresolved(null) : t;
    }

    private static Part mod(Matcher m) {
        if (!has(m, "mod") || m.group("mod") == null) {
            return Part.WHOLE;
        }
        String mod = m.group("mod").toLowerCase(Locale.ROOT);
        return mod.contains("anfang") || mod.contains("beginn") ? Part.START : mod.contains("mitte") ? Part.MID
                : mod.contains("ende") || mod.contains("ausgang") ? Part.END : Part.WHOLE;
    }

    private static Timex part(Timex t, Part p) {
        return t == null ? null : t.part(p);
    }

    /** Astronomical year of "1939", "490 v. Chr.", or "490" followed by "–479 v. Chr.". */
    private int parseYear(String text, String sentence, int end) {
        int year = parseYearStatic(text, sentence, end);
        explicitYear = year;
        return year;
    }

    static int parseYearStatic(String text, String sentence, int end) {
        int i = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        int year = Integer.parseInt(text.substring(0, i));
        boolean bc = i < text.length() ? isBc(text.substring(i)) : inheritsEra(sentence, end);
        if (bc) {
            if (year == 0) {
                throw new NumberFormatException("year 0");
            }
            return 1 - year;
        }
        return year;
    }

    private static boolean isBc(String era) {
        String e = era.strip().toLowerCase(Locale.ROOT);
        return e.startsWith("v");
    }

    /** True if a range ending in a BC era follows ({@code 490} in "490–479 v. Chr."). */
    static boolean inheritsEra(String sentence, int end) {
        Matcher m = ERA_AFTER_RANGE.matcher(sentence);
        m.region(end, sentence.length());
        return m.lookingAt();
    }

    private static boolean has(Matcher m, String group) {
        try {
            m.start(group);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
