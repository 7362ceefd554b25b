package de.newsfacts.extract.dates;

import de.newsfacts.extract.WordEndings;
import de.newsfacts.extract.AdjectiveEndings;
import de.newsfacts.extract.WorkTitles;

import de.newsfacts.extract.dates.TemporalPatterns.Rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the temporal expression candidates of one sentence: runs every {@link Rule} pattern, drops matches whose
 * context says they are no date, and keeps the longest non-overlapping ones.
 *
 * <p>Context rules:
 * <ul>
 *   <li>A bare four-digit number (1000–2099) is a year if a year cue precedes it (im, Jahr, seit, bis, ab, Anfang,
 *       Ende, a month or season name, an opening parenthesis, or a year and a dash/slash/"bis"/"und" as in
 *       "1914–1918"), unless a unit follows ("2025 Euro"). Without a cue it is a year only if no blocker precedes it
 *       ("rund", "mit", "Nr.", an article ...) and no capitalized noun or unit follows ("2025 Menschen"); a title
 *       noun after it ("2010 Weltmeister", "-meister/-sieger/-champion") and a singular participle after
 *       der/die + the number ("die 1986 gegründete Zeitung") make it a year. A quantity qualifier blocks it
 *       ("mit mindestens 1790 an") unless a year cue stands before the qualifier ("bis mindestens 2024"); a round
 *       hundred before 1800 opening the sentence, between hyphens or ending a range of counts is an amount ("1000
 *       bei Protestzug", "Masters-1000-Turnier", "600 - 1000 qm").
 *       After "von" it must start a range ("von 1939 bis 1945").</li>
 *   <li>A bare part of the day needs "am"/"zum", "seit dem" ("seit dem Morgen") or, for the "-stunden" plurals,
 *       "seit den"/"in den" ("seit den frühen Morgenstunden").</li>
 *   <li>A month or season name alone needs a cue before it (im, in, seit, bis, ab, vom, zum, zwischen, a noun in
 *       "-monat(e/en/s)": "Sommermonaten Juli", or "und"/"oder" after another month); with a year, a modifier (Anfang, Ende ...) or a determiner it needs none
 *       ("im vergangenen September", not "der letzte November mit …").
 *       A month abbreviation alone is never a date ("Jan" is a name).</li>
 *   <li>"20.11." without a year needs a preposition or article before it (am, vom, bis, zum, ab, seit, den, dem,
 *       mit, per, auf, vor, nach, spätestens, frühestens: Austrian "endet mit 31.12.", Swiss "per 1.1."), or
 *       parentheses around it alone ("vor seinem Geburtstag (5.3.)").</li>
 *   <li>Capitalized "Morgen" is the morning, not tomorrow, unless it opens the sentence before a lower-case verb
 *       ("Morgen tagt der Landtag"); "Wochenende" needs a determiner or am/übers/zum/vom.</li>
 *   <li>Relative units (Jahr, Monat, Woche, Tag ...) need a determiner, a modifier or "darauf/zuvor"; "Tag" only
 *       with an anaphoric determiner (selben, folgenden, nächsten ...), since "am letzten Tag" is no offset.</li>
 *   <li>Number + unit is no duration when it is an age ("85 Jahre alt", "ein 25 Jahre alter Mann", "im Alter von", "mit 85 Jahren",
 *       a group of people "zwischen 18 und 79 Jahren": age_group_nouns.txt; an age limit "ab 18 Jahren", "Kinder
 *       unter drei Jahren", "Menschen über 65 Jahre"), a set
 *       ("alle zwei Jahre") or "eines Tages".</li>
 *   <li>Overlaps: the longest candidate wins, then the earlier {@link Rule}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class CandidateFinder {

    /**
     * A selected match of one rule, offsets relative to the sentence. {@code start} may lie before
     * {@code matchStart} when a leading word was absorbed into the span ("am selben Tag", "das Jahr 256").
     */
    record Candidate(Rule rule, int start, int end, int matchStart) {
    }

    private static final Set<String> NOMINATIVE_ARTICLES = TemporalLexicon.setOf("der", "die", "das", "ein", "eine");
    private static final Set<String> DAY_MONTH_CUES = TemporalLexicon.setOf("am", "vom", "bis", "zum", "ab", "seit",
            "den", "dem", "und", "zwischen", "mit", "per", "auf", "vor", "nach", "spätestens", "frühestens");
    private static final Set<String> UNIT_WORDS = TemporalLexicon.setOf("prozent", "euro", "dollar", "franken",
            "pfund", "meter", "kilometer", "km", "m", "kg", "t", "tonnen", "mal", "stück", "punkte", "stimmen",
            "jahre", "jahren", "tage", "tagen", "stunden", "minuten", "einwohner", "mio", "mio.", "mrd", "mrd.");
    private static final Set<String> WEEKEND_CUES = TemporalLexicon.setOf("am", "übers", "zum", "vom", "ans", "über",
            "das", "dieses", "letztes", "vergangenes", "kommendes", "nächstes");
    private static final Set<String> ANAPHORIC_DAY_DETERMINERS = TemporalLexicon.setOf("selben", "gleichen",
            "folgenden", "darauffolgenden", "nächsten", "desselben", "demselben", "dasselbe", "derselben",
            "folgende", "nächste", "selbe", "gleiche", "diesem", "dieses", "jenem", "jenes");
    private static final Set<String> SEASON_ARTICLES = TemporalLexicon.setOf("dem", "den");
    private static final Set<String> ARTICLES = TemporalLexicon.setOf("die", "der", "den", "dem", "des");
    private static final Set<String> SINGULAR_ARTICLES = TemporalLexicon.setOf("der", "die");
    /** Endings of a title won or held in a year ("Weltmeister", "Olympiasiegerin", "Bürgermeister"). */
    private static final String[] TITLE_ENDINGS = {"meister", "meisterin", "sieger", "siegerin", "champion"};
    private static final Set<String> FUNCTION_WORDS = TemporalLexicon.setOf("mit", "in", "im", "an", "am", "bei",
            "nach", "von", "vom", "zum", "zur", "für", "auf", "gegen", "unter", "über", "ihren", "ihre", "ihrer",
            "seinen", "seine", "seiner", "die", "der", "den", "das", "dem", "eine", "einen", "einer", "erstmals",
            "noch", "bereits", "erneut", "schon", "wieder", "zum", "als", "sich", "es", "er", "sie");
    /** Before a bare part of day: "am (frühen) Morgen", "bis zum frühen Morgen". */
    private static final Set<String> PART_OF_DAY_CUES = Set.of("am", "zum");

    /**
     * "am Morgen", "zum Abend"; "seit dem Morgen" and "seit den (frühen) Morgenstunden", "in den Abendstunden": a
     * part of the day after "seit dem" or after "seit/in den" before the "-stunden" plural.
     */
    private static boolean partOfDayCue(String text, int start, String pod) {
        String prev = previousWord(text, start);
        if (PART_OF_DAY_CUES.contains(prev)) {
            return true;
        }
        boolean hours = pod.endsWith("stunden");
        if (!(hours ? prev.equals("den") : prev.equals("dem"))) {
            return false;
        }
        int at = text.toLowerCase(Locale.ROOT).lastIndexOf(prev, start - 1);
        String before = at < 0 ? "" : previousWord(text, at);
        return before.equals("seit") || hours && before.equals("in");
    }
    /** "in aller Welt am Sonntag": the title word is the plain noun. */
    private static final Set<String> WORLD_WIDE = Set.of("aller", "ganzen", "gesamten", "weiten");

    /** Finite verbs of forecasts and plans that follow "für" + a year in second place ("Für 2027 rechnet X"). */
    private static final Set<String> VERBS_AFTER_PERIOD = Set.of("soll", "solle", "sollen", "will", "wolle",
            "wird", "werde", "werden", "sei", "seien", "ist", "sind", "rechnet", "rechnen", "erwartet", "erwarten",
            "plant", "planen", "prognostiziert", "geplant", "vorgesehen", "angekündigt");
    private static final Pattern RANGE_CONTINUES = Pattern.compile("\\s*(?:bis|–|-|/)\\s*\\d");
    private static final Pattern YEAR_BEFORE_LINK = Pattern.compile(
            "(?:(?<![\\d.,])(?:1\\d|20)\\d\\d|" + "\\p{L}+)\\s*(?:–|-|/|bis|und|oder|sowie)\\s*$");

    private final TemporalLexicon lex;
    private final TemporalPatterns patterns;
    private final Rule[] rules = Rule.values();
    /** Per rule: {@link TemporalPatterns#required} strings, or null. */
    private final String[][] required;

    /** Rules (as bits) fired by a digit, by an exact lower-cased word, by a word prefix or infix. */
    private final long digitMask;
    private final Map<String, Long> wordMasks = new HashMap<>();
    private final Map<Character, List<Map.Entry<String, Long>>> prefixMasks = new HashMap<>();
    private final List<Map.Entry<String, Long>> infixMasks = new ArrayList<>();

    CandidateFinder(TemporalLexicon lex, TemporalPatterns patterns) {
        this.lex = lex;
        this.patterns = patterns;
        long digits = 0;
        for (Rule rule : rules) {
            long bit = 1L << rule.ordinal();
            TemporalPatterns.Trigger t = patterns.trigger(rule);
            if (t.digit()) {
                digits |= bit;
            }
            for (String w : t.words()) {
                wordMasks.merge(w, bit, (a, b) -> a | b);
            }
            for (String p : t.prefixes()) {
                prefixMasks.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(Map.entry(p, bit));
            }
            for (String p : t.infixes()) {
                infixMasks.add(Map.entry(p, bit));
            }
        }
        this.digitMask = digits;
        this.required = new String[rules.length][];
        for (Rule rule : rules) {
            List<String> words = patterns.required(rule);
            required[rule.ordinal()] = words == null ? null : words.toArray(String[]::new);
        }
    }

    /** The rules whose trigger fires for the word starting at a token start. */
    private long mask(boolean digit, String word) {
        if (digit) {
            return digitMask;
        }
        long mask = wordMasks.getOrDefault(word, 0L);
        List<Map.Entry<String, Long>> prefixes = prefixMasks.get(word.charAt(0));
        if (prefixes != null) {
            for (Map.Entry<String, Long> p : prefixes) {
                if (word.startsWith(p.getKey())) {
                    mask |= p.getValue();
                }
            }
        }
        if (word.length() >= 6) {
            for (Map.Entry<String, Long> p : infixMasks) {
                if (word.contains(p.getKey())) {
                    mask |= p.getValue();
                }
            }
        }
        return mask;
    }

    /**
     * The candidates of one sentence. Patterns are tried only at word starts (a letter or digit after a
     * non-alphanumeric char) whose word fires the rule's {@link TemporalPatterns.Trigger}, anchored there, and
     * only if one of the rule's {@link TemporalPatterns#required} strings occurs from there on.
     */
    List<Candidate> find(String text) {
        return find(text, true);
    }

    /** {@link #find(String)}; with {@code skipByRequired} false every triggered rule runs (for tests). */
    List<Candidate> find(String text, boolean skipByRequired) {
        List<Candidate> all = new ArrayList<>();
        int n = text.length();
        Matcher[] matchers = new Matcher[rules.length];
        int[] nextFree = new int[rules.length];
        // per rule: the first index >= the last position asked for at which a required string starts
        // (-1: not looked up yet, n: none from there on)
        int[] requiredAt = null;
        String folded = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            boolean digit = Character.isDigit(c);
            long mask = mask(digit, digit ? "" : lowerWordAt(text, i));
            for (int r = 0; mask != 0 && r < rules.length; r++) {
                Rule rule = rules[r];
                if ((mask & (1L << r)) == 0 || nextFree[r] > i) {
                    continue;
                }
                if (skipByRequired && required[r] != null) {
                    if (requiredAt == null) {
                        requiredAt = new int[rules.length];
                        Arrays.fill(requiredAt, -1);
                        folded = TemporalPatterns.fold(text);
                    }
                    if (requiredAt[r] < i) {
                        requiredAt[r] = firstOf(folded, required[r], i);
                    }
                    if (requiredAt[r] >= n) {
                        continue;
                    }
                }
                Matcher m = matchers[r];
                if (m == null) {
                    m = patterns.pattern(rule).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[r] = m;
                }
                m.region(i, n);
                if (m.lookingAt() && m.end() > i && accept(rule, m, text)) {
                    all.add(new Candidate(rule, absorb(rule, m, text), m.end(), i));
                    nextFree[r] = m.end();
                }
            }
        }
        return selectLongest(all);
    }

    /** The first index {@code >= from} at which one of {@code words} starts in {@code text}, else its length. */
    private static int firstOf(String text, String[] words, int from) {
        int first = text.length();
        for (String w : words) {
            int at = text.indexOf(w, from);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        return first;
    }

    /** Reference implementation: every pattern searched over the whole sentence (slow; for equivalence tests). */
    List<Candidate> findExhaustive(String text) {
        List<Candidate> all = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher m = patterns.pattern(rule).matcher(text);
            int from = 0;
            while (from < text.length() && m.find(from)) {
                if (m.end() > m.start() && accept(rule, m, text)) {
                    all.add(new Candidate(rule, absorb(rule, m, text), m.end(), m.start()));
                    from = m.end();
                } else {
                    from = m.start() + 1;
                }
            }
        }
        return selectLongest(all);
    }

    private static String lowerWordAt(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j).toLowerCase(Locale.ROOT);
    }

    private static List<Candidate> selectLongest(List<Candidate> all) {
        if (all.size() <= 1) {
            return all;
        }
        all.sort(Comparator.comparingInt((Candidate c) -> c.end - c.start).reversed()
                .thenComparingInt(c -> c.rule.ordinal()).thenComparingInt(c -> c.start));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : all) {
            boolean free = true;
            for (Candidate k : chosen) {
                if (c.start < k.end && k.start < c.end) {
                    free = false;
                    break;
                }
            }
            if (free) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    private boolean accept(Rule rule, Matcher m, String text) {
        if (fillsQuotedTitle(text, m.start(), m.end()) || opensWorkTitle(text, m.start())) {
            return false;
        }
        return switch (rule) {
            case DATE_NUMERIC -> m.group("d2") == null || DAY_MONTH_CUES.contains(previousWord(text, m.start()))
                    || inParentheses(text, m.start(), m.end());
            case MONTH -> acceptMonth(m, text);
            case SEASON -> m.group("y") != null || m.group("rely") != null || m.group("mod") != null
                    || m.group("det") != null || m.group("adj") != null || hasPeriodCue(text, m.start())
                    || SEASON_ARTICLES.contains(previousWord(text, m.start()));
            case DAY_ALONE -> !lex.isMonth(nextWord(text, m.end()));
            case PART_OF_DAY -> partOfDayCue(text, m.start(), m.group("pod"))
                    && !Character.isLowerCase(m.group("pod").charAt(0));
            case DECADE -> m.group("dd") == null || m.group("dd").length() >= 3
                    || m.group().toLowerCase(Locale.ROOT).contains("jahr");
            case YEAR_PHRASE -> acceptYearPhrase(m, text);
            case YEAR_BARE -> acceptBareYear(m.start(), m.end(), text);
            case YEAR_SHORT_AFTER_SLASH -> acceptShortYear(m, text);
            case RELATIVE_DAY -> m.group("w") != null ? !m.group("w").equals("Morgen") || tomorrowOpensSentence(m, text)
                    : !m.group("adj").toLowerCase(Locale.ROOT).startsWith("heut") || m.group("adjtag") != null;
            case DURATION_ADJECTIVE -> m.group("u") == null || !m.group("u").equalsIgnoreCase("jährig")
                    || m.group("n").equalsIgnoreCase("mehr") || m.group("n").equalsIgnoreCase("ein");
            case WEEKEND -> m.group("det") != null || WEEKEND_CUES.contains(previousWord(text, m.start()));
            case WEEKDAY -> !endsQuotedTitle(text, m.start("wd"), m.end("wd"))
                    && !endsNewspaperTitle(text, m.start("wd"), m.end("wd"))
                    && !(m.group("det") == null && isSurname(text, m.start("wd")));
            case RELATIVE_UNIT -> acceptRelativeUnit(m);
            case OFFSET -> acceptOffset(m, text);
            case SET -> acceptSet(m, text);
            default -> true;
        };
    }

    /** Before "alle drei Jahre" these make "alle" the quantifier of a plural ("für alle drei Jahre"), no set. */
    private static final Set<String> PREPOSITIONS_BEFORE_ALL = Set.of("für", "über", "in", "an", "auf", "seit", "nach",
            "vor", "während", "durch", "um", "von", "aus", "mit", "bei", "zu", "zwischen", "gegen", "ohne", "innerhalb");
    /** After "zweimal im Jahr"/"am Tag": the noun has its own complement ("am Tag der Wahl", "am Tag danach"). */
    private static final Set<String> NOUN_COMPLEMENTS = Set.of("der", "des", "nach", "vor", "darauf", "danach",
            "zuvor", "davor", "selbst");

    /**
     * Sets: a capitalised set word inside a sentence or right after an opening quotation mark is part of a name or
     * title ("die Tägliche Rundschau", „Täglich Alles“, "des Freitags"); "pro Stunde" after a unit of a speed or rate
     * ("60 Kilometer pro Stunde", rate_units.txt) is part of that unit; "alle drei Jahre" after a preposition is a
     * plural ("für alle drei Jahre"), before "alt" an age; "zweimal am Tag der Wahl", "zweimal im Jahr 2015" are no
     * sets.
     */
    private boolean acceptSet(Matcher m, String text) {
        if (m.group("sw") != null && Character.isUpperCase(text.charAt(m.start("sw")))) {
            int s = m.start("sw");
            boolean afterQuote = s > 0 && WorkTitles.isOpeningMark(text.charAt(s - 1));
            boolean wordBefore = false;
            for (int i = 0; i < s && !wordBefore; i++) {
                wordBefore = Character.isLetterOrDigit(text.charAt(i));
            }
            if (afterQuote || wordBefore) {
                return false;
            }
        }
        if (m.group("pu") != null && m.group("cnt") == null
                && lex.rateUnits.contains(previousWord(text, m.start()))) {
            return false; // "60 Kilometer pro Stunde", "50 Megabit pro Sekunde": a speed or rate unit
        }
        if (m.group("an") != null && (PREPOSITIONS_BEFORE_ALL.contains(previousWord(text, m.start()))
                || AGE_WORDS.contains(nextWord(text, m.end()).toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (m.group("fu") != null) {
            return acceptSetAfterFigure(m, text);
        }
        if (m.group("cu") != null) {
            return !unitTakesComplement(text, m.end());
        }
        return true;
    }

    /**
     * A number or a complement ({@code NOUN_COMPLEMENTS}) after the unit ending at {@code end}: "im Jahr 2015",
     * "am Tag der Wahl" make the unit a date, no set.
     */
    private static boolean unitTakesComplement(String text, int end) {
        int i = skipSpaces(text, end);
        return i < text.length() && Character.isDigit(text.charAt(i))
                || NOUN_COMPLEMENTS.contains(nextWord(text, end).toLowerCase(Locale.ROOT));
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A punctuation mark that ends the phrase a figure must stand in. */
    private static final Pattern PHRASE_BREAK = Pattern.compile(".*[,;:.()„“\"].*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:.()]+$");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\d{1,2}\\.?");

    /** The preposition each unit takes as a set after a figure: "im Jahr/Monat", "am Tag", "in der Woche". */
    private static final Map<String, String> FIGURE_SET_PREPOSITIONS = Map.of("jahr", "im", "monat", "im",
            "tag", "am", "woche", "in der");
    /** Figures too big for numbers.txt: "zwei Milliarden Euro im Jahr". */
    private static final Set<String> BIG_NUMBERS = Set.of("hundert", "hunderte", "tausend", "tausende", "dutzend",
            "dutzende", "million", "millionen", "milliarde", "milliarden", "mio", "mrd");
    /** Qualifiers that announce a figure after the set: "im Juli am Tag durchschnittlich 30 Kilometer". */
    private static final Set<String> FIGURE_QUALIFIERS = Set.of("durchschnittlich", "rund", "etwa", "bis", "mehr",
            "knapp", "über", "fast", "nur", "zwischen", "mindestens", "maximal", "höchstens", "gut", "ungefähr");
    /** "drei Wochen später im Jahr", "zwei Tage früher am Tag": the figure belongs to an offset. */
    private static final Set<String> TIME_ADVERBS_BEFORE = Set.of("später", "früher", "spät", "früh", "zuvor",
            "danach", "davor", "vorher", "nachher", "darauf");
    /** After a comma these open a clause about the unit ("im Jahr, in dem …", "am Tag, als …"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("in", "an", "als", "wo", "bevor", "nachdem", "seit", "da",
            "bei", "zu");

    /**
     * "im Jahr", "im Monat", "am Tag", "in der Woche" without a count are a set only after a figure within the three
     * words before ("500 Euro im Monat", "zwölf Stunden am Tag", "2,5 Millionen Besucher im Jahr") or before a
     * qualified figure ("am Tag durchschnittlich 30 Kilometer"), and never before what makes the noun a date ("im
     * Jahr 2015", "am Tag der Wahl", "im Jahr darauf", "im Monat Mai", "im Jahr, in dem …").
     */
    private boolean acceptSetAfterFigure(Matcher m, String text) {
        String unit = m.group("fu").toLowerCase(Locale.ROOT);
        if (!FIGURE_SET_PREPOSITIONS.get(unit).equals(WHITESPACE.matcher(m.group("fp").toLowerCase(Locale.ROOT))
                .replaceAll(" "))) {
            return false;
        }
        if (TIME_ADVERBS_BEFORE.contains(previousWord(text, m.start()))) {
            return false; // "sechs Wochen später im Jahr": a time within the year, no rate
        }
        String next = nextWord(text, m.end()).toLowerCase(Locale.ROOT);
        int i = skipSpaces(text, m.end());
        if (unitTakesComplement(text, m.end()) || lex.isMonth(next)) {
            return false;
        }
        if (i < text.length() && text.charAt(i) == ',' && CLAUSE_OPENERS.contains(
                nextWord(text, i + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] before = text.substring(Math.max(0, m.start() - 60), m.start()).split(" ");
        for (int k = before.length - 1, seen = 0; k >= 0 && seen < 3; k--) {
            String w = before[k];
            if (w.isEmpty()) {
                continue;
            }
            if (isFigure(w)) {
                return true;
            }
            if (PHRASE_BREAK.matcher(w).matches()) {
                break; // the figure must be in the same phrase
            }
            seen++;
        }
        if (FIGURE_QUALIFIERS.contains(next)) {
            String[] after = text.substring(i, Math.min(text.length(), i + 40)).split(" ");
            for (int k = 1; k < after.length && k <= 3; k++) {
                if (isFigure(after[k])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A figure: a token starting with a digit, a number word of two or more, or a big number word. */
    private boolean isFigure(String token) {
        String w = TRAILING_PUNCTUATION.matcher(token.toLowerCase(Locale.ROOT)).replaceAll("");
        if (w.isEmpty()) {
            return false;
        }
        if (Character.isDigit(w.charAt(0))) {
            return !DAY_NUMBER.matcher(w).matches() || !token.endsWith("."); // "am 12. März am Tag …": an ordinal, no figure
        }
        String n = lex.numbers.get(w);
        return BIG_NUMBERS.contains(w) || n != null && !n.equals("1") && !n.equals("X");
    }

    /** "(5.3.)": a day and month alone in parentheses, as a birthday or deadline is added to a sentence. */
    private static boolean inParentheses(String text, int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) == '(' && text.charAt(end) == ')';
    }

    /**
     * Whether {@code text[start, end)} is the whole of a quotation and starts with a capital letter: a title
     * (der Erzählband „Zwölf Nächte“, die Sendung »Heute«), no date. A quoted speech has more than the expression.
     */
    static boolean fillsQuotedTitle(String text, int start, int end) {
        return start > 0 && end < text.length() && WorkTitles.isOpeningMark(text.charAt(start - 1))
                && "“”\"»«‘›‹".indexOf(text.charAt(end)) >= 0 && Character.isUpperCase(text.charAt(start));
    }

    /**
     * Whether the expression at {@code start} opens, with a capital letter, a quotation right after the noun of a
     * work ({@link WorkTitles}): "die Dokumentation „Zwölf Nächte in Rom“", "des Albums »Sieben Tage im Mai«"
     * are titles, no dates. A title of several words is not caught by {@link #fillsQuotedTitle}; quoted speech does not
     * follow such a noun directly.
     */
    private boolean opensWorkTitle(String text, int start) {
        return start >= 2 && Character.isUpperCase(text.charAt(start))
                && WorkTitles.opensTitle(text.charAt(start - 1), previousWord(text, start - 1));
    }

    /**
     * A weekday right after a capitalised given name, space only between them, is a surname: "Meteorologin Anja
     * Freitag sprach von …" ("Am/Von/An Freitag" open a sentence with a preposition, which the name list may hold).
     */
    private boolean isSurname(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ' || !Character.isLetter(text.charAt(start - 2))) {
            return false;
        }
        String prev = previousWord(text, start);
        int prevStart = start - 1 - prev.length();
        return !prev.isEmpty() && Character.isUpperCase(text.charAt(prevStart)) && lex.givenNames.contains(prev)
                && !FUNCTION_WORDS.contains(prev) && !lex.periodCues.contains(prev) && !lex.yearCues.contains(prev);
    }

    /**
     * Whether the weekday {@code text[start, end)} ends a quoted "Name am Sonntag" title („Welt am Sonntag“,
     * »Bild am Sonntag«): a closing quotation mark right after it, and an opening one right before a capitalised
     * word and "am" before it.
     */
    static boolean endsQuotedTitle(String text, int start, int end) {
        if (end >= text.length() || "“”\"»«".indexOf(text.charAt(end)) < 0) {
            return false;
        }
        int nameEnd = endOfWordBeforeAm(text, start);
        if (nameEnd < 0) {
            return false;
        }
        int i = nameEnd - 1;
        while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) i--;
        return i >= 0 && i + 1 < nameEnd && Character.isUpperCase(text.charAt(i + 1))
                && "„\"«»“".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether the weekday {@code text[start, end)} ends an unquoted newspaper name of the form "Welt am Sonntag"
     * ("sagte er der Bild am Sonntag"): "am" before it, and before that a capitalised title word listed with this
     * weekday in {@code weekday_titles.txt}, not after "aller/ganzen/gesamten/weiten" ("in aller Welt am Sonntag").
     */
    boolean endsNewspaperTitle(String text, int start, int end) {
        int titleEnd = endOfWordBeforeAm(text, start);
        if (titleEnd < 0) {
            return false;
        }
        int i = titleEnd - 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        if (i + 1 >= titleEnd || !Character.isUpperCase(text.charAt(i + 1))) {
            return false;
        }
        String weekday = lex.weekdayTitles.get(text.substring(i + 1, titleEnd).toLowerCase(Locale.ROOT));
        return weekday != null && weekday.equals(text.substring(start, end).toLowerCase(Locale.ROOT))
                && !WORLD_WIDE.contains(previousWord(text, i + 1));
    }

    /**
     * The end of the word before an "am" that stands right before {@code start} ("Welt am Sonntag" → the end of
     * "Welt"), or -1 when the word before {@code start} is not "am".
     */
    private static int endOfWordBeforeAm(String text, int start) {
        return endOfWordBefore(text, start, "am");
    }

    /** The end of the word before {@code word} (lower case) right before {@code start}; -1 when that is not there. */
    private static int endOfWordBefore(String text, int start, String word) {
        if (!previousWord(text, start).equals(word)) {
            return -1;
        }
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        i -= word.length();
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) i--;
        return i + 1;
    }

    private boolean acceptMonth(Matcher m, String text) {
        if (m.group("y") != null || m.group("y2") != null || m.group("rely") != null || m.group("ly") != null) {
            return true;
        }
        String month = m.group("mon");
        if (month.length() <= 4 && !month.equalsIgnoreCase("mai") && !month.equalsIgnoreCase("juni")
                && !month.equalsIgnoreCase("juli") && !month.equalsIgnoreCase("märz")) {
            return false; // an abbreviation alone: "Jan", "Dez."
        }
        if (m.group("det") != null) {
            // "im vergangenen September"; not "die letzten Mai-Tage" (a compound, no month), nor "der letzte
            // November mit vergleichbaren Zahlen" (the final one of a kind, not the last before publication)
            return (m.end() >= text.length() || text.charAt(m.end()) != '-')
                    && !(m.group("det").toLowerCase(Locale.ROOT).startsWith("letzte")
                    && NOMINATIVE_ARTICLES.contains(previousWord(text, m.start())));
        }
        return m.group("mod") != null || hasPeriodCue(text, m.start());
    }

    private boolean hasPeriodCue(String text, int start) {
        String prev = previousWord(text, start);
        if (prev.equals("und") || prev.equals("oder")) {
            int from = Math.max(0, start - 40);
            for (String w : text.substring(from, start).split("[^\\p{L}]+")) {
                if (!w.isEmpty() && (lex.isMonth(w) || lex.seasons.containsKey(w.toLowerCase(Locale.ROOT)))) {
                    return true;
                }
            }
            return false;
        }
        if (prev.isEmpty()) {
            // "Mai/Juni": a slash or dash right after another month
            int i = start - 1;
            while (i >= 0 && text.charAt(i) == ' ') {
                i--;
            }
            return i >= 0 && (text.charAt(i) == '/' || text.charAt(i) == '–') && i > 0
                    && Character.isLetter(text.charAt(i - 1));
        }
        // "in den Sommermonaten Juli und August", "im Monat Mai": the month names the months just named
        return lex.periodCues.contains(prev) || WordEndings.endsWithAny(prev, MONTH_NOUNS);
    }

    private static final String[] MONTH_NOUNS = {"monat", "monate", "monaten", "monats"};

    private static boolean acceptYearPhrase(Matcher m, String text) {
        String y = m.group("y");
        boolean fourDigits = y.length() == 4 && Character.isDigit(y.charAt(3));
        boolean era = y.length() > 4 || TimexResolver.inheritsEra(text, m.end());
        if (m.group("jahr") != null) {
            return fourDigits || era || y.length() >= 3;
        }
        return fourDigits || era;
    }

    boolean acceptBareYear(int start, int end, String text) {
        String prev = previousWord(text, start);
        String next = nextWord(text, end);
        if (UNIT_WORDS.contains(next.toLowerCase(Locale.ROOT)) || startsWith(text, end, "%")) {
            return false;
        }
        boolean strong = lex.yearCues.contains(prev) || lex.isMonth(prev) || lex.seasons.containsKey(prev)
                || precededBy(text, start, '(') || YEAR_BEFORE_LINK.matcher(text.substring(Math.max(0, start - 24),
                start)).find() && linkedToYear(text, start);
        if (strong) {
            return true;
        }
        if (lex.yearBlockers.contains(prev) && QUALIFIER_BLOCKERS.contains(prev)
                && lex.yearCues.contains(previousWord(text, start - prev.length() - 1))) {
            return true; // "bis mindestens 2024", "ab spätestens 2030": the year cue stands before the qualifier
        }
        int year = Integer.parseInt(text.substring(start, end));
        if (year < 1800 && year % 100 == 0 && (prev.isEmpty() && start == skipSpaces(text, 0)
                || countCompound(text, start, end))) {
            // "1000 bei Protestzug" (a headline), "Masters-1000-Turnier", "600 - 1000 qm": a round hundred before
            // 1800 opening the sentence or inside a compound or a range of counts is an amount ("Um 1100" and
            // "1700 von seinem Mitarbeiter vollendet" stay years)
            return false;
        }
        boolean nounFollows = !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && !lex.isMonth(next)
                && !lex.weekdays.containsKey(next.toLowerCase(Locale.ROOT));
        if (prev.equals("von") || prev.equals("vom")) {
            // "von 1939 bis 1945", "die Grenze von 1940." — but not "von 1200 auf 1500", "von 2000 Menschen"
            return RANGE_CONTINUES.matcher(text).region(end, text.length()).lookingAt()
                    || !nounFollows && !next.equalsIgnoreCase("auf")
                    && !UNIT_WORDS.contains(next.toLowerCase(Locale.ROOT));
        }
        if (prev.equalsIgnoreCase("für") && (next.isEmpty() || FUNCTION_WORDS.contains(next.toLowerCase(Locale.ROOT))
                || VERBS_AFTER_PERIOD.contains(next) || adverbAfter(text, end, next))) {
            // "für 2026 solle die Dividende …", "Für 2027 rechnet der Konzern mit …", "die Prognose für 2026.": a
            // year; an amount takes its noun or unit ("für 2000 Euro", "für 1500 Menschen")
            return true;
        }
        if (lex.yearBlockers.contains(prev) || prev.equals("auf")) {
            // "die 1944 mit ihren ...": after an article a year is followed by a function word, a count by a noun;
            // "die 1986 gegründete Zeitung", "der 1950 geborene Autor": a singular participle dates its noun (a
            // count would need the plural, "die 2000 verkauften Exemplare")
            return ARTICLES.contains(prev) && (FUNCTION_WORDS.contains(next.toLowerCase(Locale.ROOT))
                    || SINGULAR_ARTICLES.contains(prev) && singularParticiple(next));
        }
        if (nounFollows && WordEndings.endsWithAny(next.toLowerCase(Locale.ROOT), TITLE_ENDINGS)) {
            return true; // "wurde 2010 Weltmeister", "ist seit … 2008 Bürgermeister": the year of the title
        }
        return !nounFollows;
    }

    /** Quantity qualifiers among the year blockers ("mindestens 1790 an"); after a year cue they pass. */
    private static final Set<String> QUALIFIER_BLOCKERS = Set.of("mindestens", "wenigstens", "zumindest",
            "ungefähr", "annähernd", "nahezu", "beinahe", "schätzungsweise", "höchstens", "maximal");

    /** The number at {@code [start, end)} sits between hyphens ("Masters-1000-Turnier") or ends a range of counts ("600 - 1000"). */
    private static boolean countCompound(String text, int start, int end) {
        if (start > 0 && text.charAt(start - 1) == '-' && end < text.length() && text.charAt(end) == '-') {
            return true;
        }
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        if (i < 0 || text.charAt(i) != '-' && text.charAt(i) != '–') {
            return false;
        }
        i--;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && Character.isDigit(text.charAt(i));
    }

    /** A participle with the singular weak ending "-e" ("gegründete", "geborene", "eröffnete", "verstorbene"). */
    private static boolean singularParticiple(String w) {
        return w.length() >= 7 && Character.isLowerCase(w.charAt(0)) && (w.endsWith("te") || w.endsWith("ene"))
                && (w.startsWith("ge") || w.startsWith("er") || w.startsWith("ver") || w.startsWith("be"));
    }


    /**
     * A lower-case word after the number that is no inflected adjective before a noun: "erwartet für 2026 weiterhin
     * einen Umsatz" (a year), but "für 2000 neue Wohnungen" (a count).
     */
    private static boolean adverbAfter(String text, int end, String next) {
        if (next.isEmpty() || !Character.isLowerCase(next.charAt(0))) {
            return false;
        }
        boolean inflected = AdjectiveEndings.has(next);
        if (!inflected) {
            return true;
        }
        int after = skipSpaces(text, end) + next.length();   // next is the word there, as written
        String following = nextWord(text, after);
        return following.isEmpty() || !Character.isUpperCase(following.charAt(0));
    }

    /** True if the text before {@code start} ends with a year (or month) and a range link: "1914–", "1939 bis". */
    private boolean linkedToYear(String text, int start) {
        String before = text.substring(Math.max(0, start - 24), start);
        Matcher m = YEAR_BEFORE_LINK.matcher(before);
        if (!m.find()) {
            return false;
        }
        String head = before.substring(m.start()).split("[\\s–/-]")[0];
        return Character.isDigit(head.charAt(0)) || lex.isMonth(head) || lex.seasons.containsKey(
                head.toLowerCase(Locale.ROOT));
    }

    private boolean acceptShortYear(Matcher m, String text) {
        int start = m.start();
        if (start < 5 || start >= 6 && (Character.isDigit(text.charAt(start - 6)) || text.charAt(start - 6) == '.')) {
            return false;
        }
        int before = Integer.parseInt(text.substring(start - 3, start - 1));
        int after = Integer.parseInt(m.group("y"));
        int diff = (after - before + 100) % 100;
        return diff >= 1 && diff <= 10 && acceptBareYear(start - 5, start - 1, text);
    }

    private static boolean acceptRelativeUnit(Matcher m) {
        String det = m.group("det");
        String post = m.group("post");
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        if (det == null && post == null && m.group("mod") == null) {
            return false;
        }
        if (m.group("pod") != null && (det == null || !isSameDeterminer(det))) {
            return false; // "Abend desselben Tages", "Morgen dieses Tages" only
        }
        if (unit.startsWith("tag") && post == null && m.group("mod") == null) {
            return ANAPHORIC_DAY_DETERMINERS.contains(det.toLowerCase(Locale.ROOT));
        }
        if (det != null && det.toLowerCase(Locale.ROOT).startsWith("neu")) {
            return unit.startsWith("jahr");
        }
        return true;
    }

    private static boolean isSameDeterminer(String det) {
        String d = det.toLowerCase(Locale.ROOT);
        return TemporalLexicon.isSameDeterminer(d) || d.startsWith("dies") || d.startsWith("jen");
    }

    private static final Set<String> SAME_PREPOSITIONS = TemporalLexicon.setOf("am", "im", "an");
    private static final Set<String> YEAR_ARTICLES = TemporalLexicon.setOf("das");
    private static final Set<String> APPROXIMATORS = TemporalLexicon.setOf("um", "etwa", "circa", "ca.", "gegen");
    private static final Set<String> DECADE_ARTICLES = TemporalLexicon.setOf("den");

    /**
     * Span start after absorbing leading words the TIMEX2 extent includes: am/im/an before "selben Tag",
     * "diesem Tag", "Tag darauf"; "den" before a decade; "das" before "Jahr 256"; um/etwa/ca. before a year;
     * for a vague or in-/binnen-duration the preposition is dropped instead ("nach [mehreren Tagen]").
     */
    private static int absorb(Rule rule, Matcher m, String text) {
        int start = m.start();
        switch (rule) {
            case RELATIVE_UNIT -> {
                String det = m.group("det");
                if (det != null && isSameDeterminer(det) || m.group("post") != null) {
                    start = absorbWord(text, start, SAME_PREPOSITIONS);
                }
            }
            case DECADE -> start = absorbWord(text, start, DECADE_ARTICLES);
            case YEAR_PHRASE, YEAR_ERA, YEAR_BARE -> {
                if (rule == Rule.YEAR_PHRASE && m.group("jahr") != null) {
                    start = absorbWord(text, start, YEAR_ARTICLES);
                }
                start = absorbWord(text, start, APPROXIMATORS);
            }
            case OFFSET -> {
                String pre = m.group("pre");
                if (pre != null && m.group("post") == null && (isVague(m.group("n"))
                        || pre.toLowerCase(Locale.ROOT).startsWith("binnen")
                        || pre.toLowerCase(Locale.ROOT).startsWith("innerhalb"))
                        && !pre.equalsIgnoreCase("vor")) {
                    start = m.group("approx") != null ? m.start("approx") : m.start("n");
                }
            }
            default -> {
            }
        }
        return start;
    }

    static boolean isVague(String numberWord) {
        String n = numberWord.toLowerCase(Locale.ROOT);
        return n.startsWith("einig") || n.startsWith("wenig") || n.startsWith("mehrer") || n.contains("paar")
                || n.startsWith("viel");
    }

    /** Start of the word before {@code start} if it is in {@code words}, else {@code start}. */
    private static int absorbWord(String text, int start, Set<String> words) {
        String prev = previousWord(text, start);
        if (prev.isEmpty() || !words.contains(prev)) {
            return start;
        }
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i + 1 - prev.length();
    }

    private static final Pattern AGE_RANGE_BEFORE = Pattern.compile("(?i)alter von \\d+ bis $");
    /** "… Menschen zwischen 18 und ": the word before "zwischen" is group 1. */
    private static final Pattern GROUP_RANGE_BEFORE = Pattern.compile("(\\p{L}+) zwischen (?:\\d+|\\p{L}+) und $");

    /** "25 Jahre alt", "ein 25 Jahre alter Mann", "eine 34 Jahre alte Frau", "zwei Jahre älter": ages. */
    private static final Set<String> AGE_WORDS = Set.of("alt", "alte", "alter", "altes", "alten", "altem",
            "älter", "ältere", "älterer", "älteren", "älterem", "älteres", "jünger", "jüngere", "jüngerer", "jüngeren",
            "jüngerem", "jüngeres");

    /** "65 Jahre oder älter", "18 Jahre und jünger": an age with its open end. */
    private static boolean orAge(String text, int end) {
        String next = nextWord(text, end);
        if (!next.equalsIgnoreCase("oder") && !next.equalsIgnoreCase("und")) {
            return false;
        }
        int at = skipSpaces(text, end) + next.length();
        return AGE_WORDS.contains(nextWord(text, at).toLowerCase(Locale.ROOT));
    }

    /** Prepositions that give the level an age noun is at or moves to ("stieg auf 44,8 Jahre", "lag bei 81 Jahren"). */
    private static final Set<String> AGE_LEVEL_BEFORE = Set.of("auf", "bei", "von");

    /**
     * Whether a noun ending in "-alter" (Durchschnittsalter, Renteneintrittsalter, Medianalter) stands in the
     * clause before {@code pos}, at most eight words back: "Das Durchschnittsalter stieg auf 44,8 Jahre" is an age,
     * no duration.
     */
    private static boolean ageNounBefore(String text, int pos) {
        int words = 0;
        int i = pos;
        while (i > 0 && words < 8) {
            String w = previousWord(text, i);
            int at = i - 1;
            while (at >= 0 && Character.isWhitespace(text.charAt(at))) {
                at--;
            }
            if (w.isEmpty() || at < 0 || ",;:".indexOf(text.charAt(at)) >= 0) {
                return false;
            }
            if (w.endsWith("alter") && w.length() > 6 && Character.isUpperCase(text.charAt(at + 1 - w.length()))) {
                return true;
            }
            i = at + 1 - w.length();
            words++;
        }
        return false;
    }

    /**
     * Prepositions (in the offset's own "pre" group) that take "einer Woche" as a dative span of time. Not "nach":
     * "Nach einer Woche mussten sich seine Soldaten zurückziehen" is a date a week after the story's, which
     * WikiWarsDE resolves and this reading would leave without a value.
     */
    private static final Set<String> DATIVE_SPAN_PREPOSITIONS = Set.of("binnen", "innerhalb");

    /**
     * "einer" after a preposition of a span of time is the dative, not a genitive ("Ende einer Woche"): "binnen /
     * innerhalb einer Woche", "seit einer Woche", "bis zu einer Woche".
     */
    private static boolean dativeOfTime(Matcher m, String text, String prev) {
        String pre = m.group("pre");
        if (pre != null) {
            return DATIVE_SPAN_PREPOSITIONS.contains(pre.toLowerCase(Locale.ROOT));
        }
        if (prev.equals("seit")) {
            return true;
        }
        int beforeZu = prev.equals("zu") ? endOfWordBefore(text, m.start(), "zu") : -1;
        return beforeZu >= 0 && previousWord(text, beforeZu).equals("bis");
    }

    private static boolean acceptOffset(Matcher m, String text) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        // "eines Tages", "einer Woche" as a genitive or a plain noun phrase are no offset; after "vor" the dative is
        // one: "vor einer Woche" (a week ago), as "vor einem Jahr"
        boolean datingBack = m.group("pre") != null && m.group("pre").equalsIgnoreCase("vor");
        String prev = previousWord(text, m.start());
        if (n.equals("eines") || n.equals("einer") && !datingBack && !dativeOfTime(m, text, prev)) {
            return false;
        }
        if (prev.equals("alle") || prev.equals("von") && m.start() >= 10
                && text.regionMatches(true, m.start() - 10, "alter von ", 0, 10)
                || prev.equals("bis") && AGE_RANGE_BEFORE.matcher(
                        text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
            return false; // "im Alter von 80 Jahren", "im Alter von 14 bis 20 Jahren"
        }
        if (prev.equals("und") && m.group("u").toLowerCase(Locale.ROOT).startsWith("jahr")) {
            Matcher g = GROUP_RANGE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 50), m.start()));
            if (g.find() && (g.group(1).equalsIgnoreCase("alter")
                    || TemporalLexicon.INSTANCE.ageGroupNouns.contains(g.group(1).toLowerCase(Locale.ROOT)))) {
                return false; // "12.480 Menschen zwischen 18 und 79 Jahren", "im Alter zwischen 6 und 12 Jahren"
            }
        }
        String unit = m.group("u").toLowerCase(Locale.ROOT);
        if (!unit.startsWith("jahr") && m.group("pre") == null && m.group("post") == null
                && AGE_WORDS.contains(nextWord(text, m.end()).toLowerCase(Locale.ROOT))) {
            return false; // "ihr vier Monate altes Kind", "ein drei Wochen alter Welpe": an age in months or weeks too
        }
        if (unit.startsWith("jahr") && m.group("pre") == null && m.group("post") == null
                && (prev.equals("mit") || AGE_WORDS.contains(nextWord(text, m.end()).toLowerCase(Locale.ROOT))
                    || orAge(text, m.end()) || AGE_LEVEL_BEFORE.contains(prev) && ageNounBefore(text, m.start()))) {
            return false;
        }
        // an age limit: "ab zwölf Jahren freigegeben", "Menschen ab 60 Jahren", "Kinder unter drei Jahren",
        // "Ältere über 75 Jahre", "Menschen über 65 Jahre" (a qualified number of years after a group of people)
        Set<String> groups = TemporalLexicon.INSTANCE.ageGroupNouns;
        if (unit.startsWith("jahr") && m.group("pre") == null && m.group("post") == null
                && (m.group("approx") != null && groups.contains(prev)
                    || (prev.equals("über") || prev.equals("unter"))
                        && groups.contains(previousWord(text, m.start() - 1 - prev.length()))
                    || prev.equals("ab") && unit.equals("jahren") && m.group("approx") == null)) {
            return false;
        }
        return true;
    }

    /**
     * "Morgen tagt der Landtag": capitalized "Morgen" opening the sentence (only quotes or dashes before it)
     * followed by a lower-case word (the finite verb) is "tomorrow"; "Morgen für Morgen", "Am Morgen" are not.
     */
    private static boolean tomorrowOpensSentence(Matcher m, String text) {
        for (int i = 0; i < m.start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && "„“\"»«–-".indexOf(c) < 0) {
                return false;
            }
        }
        String next = nextWord(text, m.end());
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !next.equals("für");
    }

    /** The lower-cased word (letters, digits, dots, §) right before {@code pos}, skipping spaces; "" if none. */
    static String previousWord(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' && i == end - 1
                || text.charAt(i) == '§')) {
            i--;
        }
        return text.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    /** The word (letters only) right after {@code pos}, skipping spaces; "" if a non-letter comes first. */
    static String nextWord(String text, int pos) {
        int i = skipSpaces(text, pos);
        int start = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }

    private static boolean precededBy(String text, int pos, char c) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && text.charAt(i) == c;
    }

    private static boolean startsWith(String text, int pos, String s) {
        return text.startsWith(s, skipSpaces(text, pos));
    }

}
