package de.newsfacts.extract.dates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The German temporal expression patterns, one precompiled regex per {@link Rule}, built once from
 * {@link TemporalLexicon}. All are case-insensitive; case-sensitive checks (e.g. "morgen" vs "Morgen") happen
 * in {@link TimexResolver}.
 *
 * <p>Span conventions follow the TIMEX2 extents of WikiWarsDE: leading prepositions and articles (am, im, in,
 * seit, bis, den) are outside the span; modifiers (Anfang, Mitte, Ende, Beginn, gegen Ende, Laufe), "Jahr",
 * "des Jahres", the era ("v. Chr."), a weekday before a date and a part of day before a date ("Morgen des") are
 * inside.
 */
final class TemporalPatterns {

    /** The rules; on overlapping candidates the longest wins, on equal length the earlier rule. */
    enum Rule {
        DATE_DMY, DATE_NUMERIC, DAY_BEFORE_RANGE, MONTH, SEASON, DECADE, CENTURY, YEAR_PHRASE, YEAR_ERA,
        YEAR_BARE, YEAR_SHORT_AFTER_SLASH, WEEK_NUMBER, QUARTER, HOLIDAY, RELATIVE_DAY, WEEKDAY, WEEKEND,
        RELATIVE_UNIT, RELATIVE_COMPOUND, OFFSET, PERIOD_PLURAL, DURATION_ADJECTIVE, TIME_OF_DAY, DAY_ALONE, PART_OF_DAY,
        VAGUE, SET
    }

    static final String ERA = "(?:\\s*(?:v\\.\\s?Chr\\.|vor\\s+Christus|v\\.\\s?u\\.\\s?Z\\.|vor\\s+unserer\\s+Zeitrechnung"
            + "|n\\.\\s?Chr\\.|nach\\s+Christus))";
    /** A year with optional era, or any 1–4 digit year followed by a range ending in an era ("490–479 v. Chr."). */
    static final String YEAR_ANY = "(?:\\d{1,4}" + ERA + "|\\d{1,4}(?=\\s*(?:–|-|/|bis|und|oder)\\s*\\d{1,4}" + ERA
            + ")|(?:1\\d|20)\\d\\d(?![\\d\\p{L}])(?![.,]\\d))";
    static final String MOD = "(?:Anfang|Beginn|Mitte|Ende|Ausgang|Laufe|Verlauf)";
    static final String DAY = "(?<![\\d.,])(?:0?[1-9]|[12]\\d|3[01])\\.(?!\\d)";
    static final String REL_YEAR_GENITIVE = "(?:desselben|dieses|vergangenen|letzten|vorigen|nächsten|kommenden"
            + "|des\\s+(?:selben|gleichen|folgenden|darauffolgenden|nächsten|kommenden|vorigen|vergangenen|letzten"
            + "|laufenden|neuen|vorangegangenen|vorhergehenden|vorausgegangenen))\\s+Jahres|des\\s+Jahres(?!\\s*\\d)"
            + "|des\\s+Vorjahr(?:e)?s";
    static final String DETERMINER = "(?:vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|diese[nmrs]?|kommende[nmrs]?"
            + "|nächste[nmrs]?|folgende[nmrs]?|darauffolgende[nmrs]?|selbe[nmrs]?|gleiche[nmrs]?|laufende[nmrs]?"
            + "|neue[nmrs]?|jene[nmrs]?|vorangegangene[nmrs]?|vorhergehende[nmrs]?|vorausgegangene[nmrs]?"
            + "|desselben|derselben|dasselbe|demselben)";
    /** Determiners that place a month name relative to a day ("im vergangenen September", "im folgenden März"). */
    static final String MONTH_DETERMINER = "(?:vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|diese[nmrs]?"
            + "|kommende[nmrs]?|nächste[nmrs]?|folgende[nmrs]?|darauffolgende[nmrs]?|vorangegangene[nmrs]?)";
    static final String PART_OF_DAY = "(?:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Morgenstunden"
            + "|Abendstunden|Mittagsstunden)";
    static final String UNIT = "(?:Sekunden?|Minuten?|Stunden?|Tage[ns]?|Tag|Nächte[n]?|Wochen?|Monate[ns]?|Monat"
            + "|Jahre[ns]?|Jahr|Jahrzehnte[ns]?|Jahrzehnt)";

    /**
     * Which word starts a rule's pattern may begin at: a digit, one of the given lower-cased words, or a word
     * beginning with one of the prefixes (compounds like "Mittwochabend", "Neunzigerjahre"). A cheap filter so
     * that the regex runs only where it can match.
     */
    record Trigger(boolean digit, Set<String> words, List<String> prefixes, List<String> infixes) {
        boolean fires(boolean startsWithDigit, String lowerWord) {
            if (startsWithDigit) {
                return digit;
            }
            if (words.contains(lowerWord)) {
                return true;
            }
            for (String p : prefixes) {
                if (lowerWord.startsWith(p)) {
                    return true;
                }
            }
            for (String p : infixes) {
                if (lowerWord.contains(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<Rule, Pattern> patterns = new EnumMap<>(Rule.class);
    private final Map<Rule, Trigger> triggers = new EnumMap<>(Rule.class);
    private final Map<Rule, List<String>> required = new EnumMap<>(Rule.class);

    private static final List<String> MOD_WORDS = List.of("gegen", "anfang", "beginn", "mitte", "ende", "ausgang",
            "laufe", "verlauf");
    private static final List<String> DETERMINER_WORDS = expand(List.of("vergangene", "letzte", "vorige", "diese",
            "kommende", "nächste", "folgende", "darauffolgende", "selbe", "gleiche", "laufende", "neue", "jene",
            "vorangegangene", "vorhergehende", "vorausgegangene"),
            List.of("desselben", "derselben", "dasselbe", "demselben"));
    private static final List<String> PART_OF_DAY_WORDS = List.of("morgen", "vormittag", "mittag", "nachmittag",
            "abend", "nacht", "morgenstunden", "abendstunden", "mittagsstunden", "frühen", "späten");

    /** "diese" -> diese, diesen, diesem, dieser, dieses; plus the extra words as they are. */
    private static List<String> expand(List<String> stems, List<String> extra) {
        List<String> out = new ArrayList<>(extra);
        for (String stem : stems) {
            out.add(stem);
            for (String ending : new String[]{"n", "m", "r", "s"}) {
                out.add(stem + ending);
            }
        }
        return out;
    }

    /** The month names written out (no abbreviations), for compounds like "Märzwoche". */
    private static String fullMonthNames(TemporalLexicon lex) {
        List<String> names = new ArrayList<>();
        for (String key : lex.months.keySet()) {
            if (!key.endsWith(".") && key.length() >= 3 && key.indexOf(' ') < 0) {
                names.add(Pattern.quote(key));
            }
        }
        return String.join("|", names);
    }

    /** First words of the (possibly multi-word) keys, without a trailing dot. */
    private static List<String> firstWords(Collection<String> keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            String w = k.split(" ")[0];
            out.add(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    @SafeVarargs
    private static Trigger trigger(boolean digit, List<String> prefixes, Collection<String>... wordLists) {
        Set<String> words = new HashSet<>();
        for (Collection<String> list : wordLists) {
            for (String w : list) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return new Trigger(digit, Set.copyOf(words), List.copyOf(prefixes), List.of());
    }

    /** Builds the patterns; a change to a pattern's literals must be mirrored in {@link #required(TemporalLexicon)}. */
    TemporalPatterns(TemporalLexicon lex) {
        String month = "(?:" + lex.monthAlternation() + "(?![\\p{L}]))";
        String weekday = TemporalLexicon.alternation(lex.weekdays);
        String season = TemporalLexicon.alternation(lex.seasons);
        String numberWord = TemporalLexicon.alternation(lex.numbers);
        String monthNames = fullMonthNames(lex);
        // not after a colon either: in "nach 1:49,37 Minuten" (a race time) "49,37 Minuten" is no duration
        String number = "(?:(?<![\\d.,:])\\d{1,3}(?:,\\d+)?(?![\\d.])|" + numberWord + "(?![\\p{L}]))";
        // 2100 too: the horizon of climate and population forecasts ("bis 2100")
        String year4 = "(?:(?:1\\d|20)\\d\\d|2100)(?![\\d\\p{L}])(?![.,]\\d)";

        put(Rule.DATE_DMY, "(?:(?<tod>(?:(?:frühen|späten)\\s+)?(?:" + PART_OF_DAY + "|Laufe|Verlauf)\\s+"
                + "(?:des|vom|zum|am)\\s+)"
                + "|(?<wd>" + weekday + "),?\\s+(?:(?:den|dem)\\s+)?)?"
                + "(?<d>" + DAY + ")\\s*(?<mon>" + month + ")"
                + "(?:,?\\s*(?<y>" + YEAR_ANY + ")|\\s+(?<rely>" + REL_YEAR_GENITIVE + ")"
                + "|\\s+des\\s+Jahres\\s+(?<y2>" + YEAR_ANY + "))?"
                + "(?:,?\\s+(?<th>[01]?\\d|2[0-3])(?:[:.](?<tm>[0-5]\\d))?\\s*Uhr(?![\\p{L}])"
                + "|\\s+(?:morgens|abends|nachts|früh|vormittags|nachmittags)(?![\\p{L}]))?");
        // a weekday before a numeric date belongs to it: "Sonntag, 16.02.2025" (page date lines)
        // a part of day before it too, as before a written date: "am Abend des 23.06.2011"
        put(Rule.DATE_NUMERIC, "(?:(?<tod>(?:(?:frühen|späten)\\s+)?" + PART_OF_DAY + "\\s+(?:des|vom|zum|am)\\s+)"
                + "|(?<wd>" + weekday + "),?\\s+(?:(?:den|dem)\\s+)?)?"
                + "(?<![\\d.,])(?:(?<d>0?[1-9]|[12]\\d|3[01])\\.\\s?(?<m>0?[1-9]|1[0-2])\\.\\s?"
                + "(?<y>\\d{4}|\\d{2})(?!\\d)(?!\\.\\d)"
                + "|(?<iy>(?:1\\d|20)\\d\\d)-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\\d|3[01])(?![\\d])"
                + "|(?<d2>0?[1-9]|[12]\\d|3[01])\\.(?<m2>0?[1-9]|1[0-2])\\.(?![\\d\\p{L}]))");
        // "am 14., 17. und 23. Oktober": more days of the list, each with a comma, may stand before the last joiner
        put(Rule.DAY_BEFORE_RANGE, "(?:(?<tod>Nacht)\\s+(?:vom|zum)\\s+)?(?<d>" + DAY + ")"
                + "(?=(?:\\s*,\\s*" + DAY + "){0,4}\\s*(?:/|–|-|bis(?:\\s+(?:zum|dem|einschließlich))?|und(?:\\s+(?:dem|den|am))?|oder|auf\\s+den|zum)\\s*"
                + DAY + "\\s*"
                + "(?<mon>" + month + ")(?:,?\\s*(?<y>" + YEAR_ANY + "))?)");
        put(Rule.MONTH, "(?:(?<mod>" + MOD + ")\\s+(?:des\\s+)?)?(?:(?<det>" + MONTH_DETERMINER + ")\\s+)?"
                + "(?<mon>" + month + ")"
                + "(?:\\s*(?<y>" + YEAR_ANY + ")|\\s+(?<rely>" + REL_YEAR_GENITIVE + ")"
                + "|\\s+des\\s+Jahres\\s+(?<y2>" + YEAR_ANY + ")"
                + "|(?=\\s*(?:/|–|-|bis|und|oder)\\s*(?:(?:Anfang|Mitte|Ende)\\s+)?" + month + "\\s*(?<ly>"
                + YEAR_ANY + ")))?");
        put(Rule.SEASON, "(?:(?<mod>" + MOD + ")\\s+(?:des\\s+|der\\s+)?)?(?:(?<det>" + DETERMINER + ")\\s+)?"
                + "(?<adj>(?:frühen|späten|tiefsten)\\s+)?(?<s>" + season + ")(?![\\p{L}])"
                + "(?:\\s+(?:des\\s+Jahres\\s+)?(?<y>" + YEAR_ANY + ")|\\s+(?<rely>" + REL_YEAR_GENITIVE + "))?");
        // "1990-er Jahre" with a hyphen as "1990er Jahre"
        put(Rule.DECADE, "(?:(?<mod>" + MOD + ")\\s+(?:der\\s+)?)?(?:(?<![\\d.,])(?<dd>(?:1\\d|20)?\\d)0-?er(?:\\s*-?\\s*Jahren?"
                + "|n)?|(?<dw>" + TemporalLexicon.alternation(lex.decades) + ")(?:\\s*-?\\s*Jahren?|jahren?))"
                + "(?![\\p{L}])(?:\\s+des\\s+(?<dc>\\d{1,2})\\.\\s*(?:Jahrhunderts|Jh\\.))?");
        put(Rule.CENTURY, "(?:(?<mod>" + MOD + ")\\s+(?:des\\s+)?)?(?:(?<![\\d.])(?<cn>\\d{1,2})\\.|(?<cw>"
                + TemporalLexicon.alternation(lex.ordinals) + "))\\s*(?:Jahrhunderts?|Jh\\.)(?<era>" + ERA + ")?");
        put(Rule.YEAR_PHRASE, "(?:(?<mod>" + MOD + ")\\s+(?:des\\s+Jahres\\s+)?|(?<jahr>Jahre?s?)\\s+)"
                + "(?<y>" + YEAR_ANY + "|\\d{3}(?![\\d\\p{L}])(?![.,]\\d))");
        put(Rule.YEAR_ERA, "(?<![\\d.,])(?<y>\\d{1,4}(?:" + ERA + "|(?=\\s*(?:–|-|/|bis|und|oder)\\s*\\d{1,4}"
                + ERA + ")))");
        put(Rule.YEAR_BARE, "(?<![\\d.,:\\p{L}])(?<y>" + year4 + ")");
        put(Rule.YEAR_SHORT_AFTER_SLASH, "(?<=(?:1\\d|20)\\d\\d[/–-])(?<y>\\d\\d)(?![\\d\\p{L}])(?![.,]\\d)");
        // "KW 12", "12. Kalenderwoche", and a week of a month: "in der ersten Märzwoche", "der letzten Jännerwoche"
        put(Rule.WEEK_NUMBER, "(?:(?:KW|Kalenderwoche)\\s*(?<w>\\d{1,2})|(?<w2>\\d{1,2})\\.\\s*Kalenderwoche"
                + "|(?<mwo>erste|zweite|dritte|vierte|letzte)n?\\s+(?<mwm>" + monthNames + ")woche)"
                + "(?![\\d\\p{L}])(?:\\s*/?\\s*(?<y>" + year4 + "))?");
        put(Rule.QUARTER, "(?:(?<q>(?:erste|zweite|dritte|vierte|letzte)n?|[1-4]\\.)\\s+(?<qu>Quartals?|Halbjahr(?:es|s)?"
                + "|Jahreshälfte|Hälfte\\s+des\\s+Jahres)|(?<![\\p{L}\\d])Q(?<qn>[1-4]))(?![\\p{L}])"
                + "(?:\\s*/?\\s*(?<y>" + year4 + ")|\\s+(?<rely>" + REL_YEAR_GENITIVE + "))?");
        put(Rule.HOLIDAY, "(?:(?<ord>Ersten|Zweiten|1\\.|2\\.)\\s+)?(?<hol>" + TemporalLexicon.alternation(lex.holidays)
                + ")(?![\\p{L}])(?:\\s+(?<y>" + year4 + "))?");
        put(Rule.RELATIVE_DAY, "(?<![\\p{L}])(?:(?<w>vorgestern|gestern|heute|morgen|übermorgen)"
                + "(?:\\s+(?<tod>früh|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht))?(?![\\p{L}])"
                // "am gestrigen Samstag", "am heutigen Sonntagabend": one expression, the adjective names the day
                + "|(?<adj>heutige|gestrige|morgige|vorgestrige)[nmrs]?(?![\\p{L}])(?:\\s+(?<adjtag>Tag(?:es)?|(?:"
                + weekday + ")(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?)"
                + "(?![\\p{L}]))?)");
        put(Rule.WEEKDAY, "(?:(?<det>vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|kommende[nmrs]?|nächste[nmrs]?"
                + "|diese[nmrs]?|folgende[nmrs]?|darauffolgende[nmrs]?)\\s+)?(?<![\\p{L}])(?<wd>" + weekday + ")"
                + "(?<tod>morgen|vormittag|mittag|nachmittag|abend|nacht|früh)?(?![\\p{L}])"
                + "(?:\\s+(?<wk>vergangener|letzter|voriger|dieser|kommender|nächster)\\s+Woche(?![\\p{L}]))?");
        put(Rule.WEEKEND, "(?:(?<det>vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|kommende[nmrs]?|nächste[nmrs]?"
                + "|diese[nmrs]?|folgende[nmrs]?)\\s+)?(?<![\\p{L}])Wochenendes?(?![\\p{L}])");
        put(Rule.RELATIVE_UNIT, "(?:(?<pod>(?:(?:frühen|späten)\\s+)?" + PART_OF_DAY + ")\\s+)?"
                + "(?:(?<mod>" + MOD + ")\\s+(?:(?<moddet>des|der|dieses|dieser)\\s+)?)?(?:(?<det>"
                + DETERMINER + "|übernächste[nmrs]?|vorletzte[nmrs]?)\\s+)?(?<![\\p{L}])(?<unit>Jahr(?:es)?|Monats?|Woche|Tag(?:es)?|Quartals?"
                + "|Jahrzehnts?|Jahrhunderts?)(?![\\p{L}])(?:\\s+(?<post>darauf|danach|zuvor|davor))?");
        put(Rule.RELATIVE_COMPOUND, "(?<![\\p{L}])(?:(?<c>Vorjahresmonat(?:s)?|Vorjahresquartal(?:s)?|Vorjahr(?:es|s)?|Vormonat(?:s)?|Vorwoche|Vortag(?:es|s)?"
                + "|Folgejahr(?:es|s)?|Folgemonat(?:s)?|Folgetag(?:es|s)?|Folgewoche|Jahresbeginn(?:s)?"
                + "|Jahresanfang(?:s)?|Jahresmitte|Jahresende(?:s)?|Jahreswechsel(?:s)?|Jahreswende|Monatsbeginn(?:s)?"
                + "|Monatsanfang(?:s)?|Monatsmitte|Monatsende(?:s)?|Wochenbeginn(?:s)?|Wochenanfang(?:s)?|Wochenmitte"
                + "|Jahresstart(?:s)?|Monatsstart(?:s)?|Wochenstart(?:s)?"
                // "die diesjährige Messe", "der letztjährige Sieger", "die vorjährige Ausgabe": a year as an adjective
                + "|(?:dies|letzt|vor)jährige[nmrs]?)"
                + "(?![\\p{L}])(?:\\s+(?<y>" + year4 + "))?|(?<tags>tags\\s+(?:darauf|zuvor|davor))|(?<heuer>heuer)(?![\\p{L}]))");
        // "2,9 Prozent mehr als ein Jahr zuvor": after a figure (and its noun) "mehr/weniger als" is the comparison,
        // not an approximate offset; "um ein weiteres Jahr", "einen weiteren Monat": the adjective before the unit
        // "vor gut einer Woche": "gut" only after the preposition (WikiWarsDE leaves it out of "gut einen Monat")
        put(Rule.OFFSET, "(?:(?<pre>vor|in|nach|binnen|innerhalb(?:\\s+von)?)\\s+(?:gut\\s+)?)?(?<approx>(?:"
                + "(?<![\\d%]\\s|\\d\\s\\p{L}{1,30}\\s)(?:mehr|weniger)\\s+als"
                + "|knapp|fast|etwa|rund|ungefähr|mindestens|über|circa|ca\\.|zirka|nahezu|beinahe|annähernd)\\s+)?"
                + "(?<n>" + number + ")"
                + "\\s+(?:weitere[nmrs]?\\s+)?(?<u>" + UNIT + ")(?![\\p{L}])(?:\\s+(?<post>später|danach|darauf|zuvor|davor|früher|vorher))?");
        put(Rule.DURATION_ADJECTIVE, "(?<![\\p{L}])(?:(?<n>" + numberWord
                + "|mehr|\\d{1,3}-)(?<u>tägig|wöchig|monatig|stündig|minütig|jährig)|(?<lang>jahre|monate|wochen|tage"
                + "|stunden)lang)(?:e[nmrs]?)?(?![-\\p{L}])");
        put(Rule.PERIOD_PLURAL, "(?<![\\p{L}])(?:(?<det>folgenden|nächsten|kommenden|vergangenen|letzten|vorangegangenen"
                + "|darauffolgenden|ersten|frühen|zurückliegenden)\\s+(?:(?<n>beiden|" + number + ")\\s+)?"
                + "(?<u>Tage[n]?|Wochen|Monate[n]?|Jahre[n]?|Jahrzehnte[n]?|Stunden)|(?<fc>Folgejahre[n]?|Folgemonate[n]?"
                + "|Folgetage[n]?|Folgewochen)"
                // "seit Jahren", "seit Wochen": an open stretch up to now (PXY), the unit alone as in WikiWarsDE
                + "|(?<=(?<![\\p{L}])seit\\s)(?<su>Jahren|Jahrzehnten|Monaten|Wochen|Tagen|Stunden))(?![\\p{L}])");
        // the first time of a range takes "Uhr" from the second: "zwischen 1 und 4 Uhr", "von 8.30 bis 12 Uhr"
        put(Rule.TIME_OF_DAY, "(?<![\\d.,:])(?:(?<h>[01]?\\d|2[0-3])[:.](?<mi>[0-5]\\d)\\s*Uhr"
                + "|(?<h2>[01]?\\d|2[0-4])\\s*Uhr(?:\\s+(?<mi2>[0-5]\\d)(?!\\d))?"
                + "|(?<=(?<![\\p{L}])(?:zwischen|von)\\s)(?<h3>[01]?\\d|2[0-3])(?:[:.](?<mi3>[0-5]\\d))?"
                + "(?=\\s+(?:und|bis)\\s+(?:[01]?\\d|2[0-4])(?:[:.][0-5]\\d)?\\s*Uhr(?![\\p{L}])))(?![\\p{L}])"
                + "(?:\\s+(?<part>morgens|früh|vormittags|mittags|nachmittags|abends|nachts))?");
        put(Rule.DAY_ALONE, "(?<=(?<![\\p{L}])am\\s)(?<d>" + DAY + ")(?=\\s+\\p{Ll})");
        put(Rule.PART_OF_DAY, "(?<![\\p{L}])(?:(?<det>nächsten|folgenden|darauffolgenden|selben|gleichen)\\s+)?"
                + "(?:(?<adj>frühen|späten)\\s+)?(?<pod>Morgen|Vormittag|Mittag|Nachmittag|Abend"
                + "|(?:Morgen|Vormittags|Mittags|Nachmittags|Abend)stunden)(?![\\p{L}])"
                + "(?:\\s+(?<post>darauf))?");
        put(Rule.VAGUE, "(?<![\\p{L}])(?<v>" + TemporalLexicon.alternation(lex.vagueRefs) + ")(?![\\p{L}])");
        // sets (recurring times), TIMEX3 extents: "pro Jahr", "jeden Montag", "alle zwei Jahre", "dreimal täglich",
        // "einmal im Monat" (a count before belongs to the set; "im Jahr"/"am Tag" only after a count)
        Map<String, String> oneWord = new java.util.LinkedHashMap<>(lex.numbers);
        oneWord.keySet().removeIf(k -> k.indexOf(' ') >= 0);  // a lookbehind needs a bounded length
        String oneWordNumbers = TemporalLexicon.alternation(oneWord);
        put(Rule.SET, "(?<cnt>(?<![\\p{L}\\d,.])(?:\\d{1,3}|" + numberWord + ")(?:\\s?-?mal|\\s+Mal)\\s+)?"
                // the adverb only: the adjective ("das tägliche Brot", "des täglichen Bedarfs") is left out, as by
                // WikiWarsDE's annotators
                + "(?:(?<![-\\p{L}])(?<sw>" + TemporalLexicon.alternation(lex.setWords) + ")"
                + "|(?<![\\p{L}])(?:pro|je)\\s+(?<pu>Tag|Woche|Monat|Jahr|Stunde|Minute|Sekunde|Quartal|Jahrzehnt"
                + "|Wochenende)"
                // only right after a count, also in the lookbehind, so that no match can start at "im"
                // (the lookahead first: the lookbehind over every number word is dear, and most positions fail it)
                + "|(?=(?:im|am|in\\s+der|die)\\s)(?<=(?<![\\p{L}\\d,.])(?:\\d{1,3}|" + oneWordNumbers
                + ")(?:\\s?-?mal|\\sMal)\\s)"
                + "(?:im|am|in\\s+der|die)\\s+(?<cu>Jahr|Monat|Quartal|Tag|Woche|Stunde)"
                // after a figure ("500 Euro im Monat", "zwölf Stunden am Tag"): checked in CandidateFinder
                + "|(?<![\\p{L}])(?<fp>im|am|in\\s+der)\\s+(?<fu>Jahr|Monat|Tag|Woche)"
                + "|(?<![\\p{L}])jede[nms]?\\s+(?:(?<jo>erste|letzte|zweite|dritte|vierte|fünfte)[nmrs]?\\s+)?(?<ju>Tag|Woche|Monat"
                + "|Jahr|Stunde|Minute|Quartal|Jahrzehnt|Wochenende|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht"
                + "|Frühjahr|Frühling|Sommer|Herbst|Winter|" + weekday + "|" + monthNames + ")"
                + "|(?<![\\p{L}])alle\\s+(?<an>\\d{1,3}|" + numberWord + ")\\s+(?<au>Tage|Wochen|Monate|Jahre|Stunden"
                + "|Minuten|Sekunden|Jahrzehnte))(?![-\\p{L}])");
        triggers(lex);
        required(lex);
    }

    private void put(Rule rule, String regex) {
        patterns.put(rule, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    private void triggers(TemporalLexicon lex) {
        List<String> months = firstWords(lex.months.keySet());
        List<String> weekdays = firstWords(lex.weekdays.keySet());
        List<String> seasons = firstWords(lex.seasons.keySet());
        List<String> numbers = firstWords(lex.numbers.keySet());
        List<String> none = List.of();
        List<String> adjectives = List.of("frühen", "späten", "tiefsten");
        triggers.put(Rule.DATE_DMY, trigger(true, weekdays, PART_OF_DAY_WORDS, List.of("laufe", "verlauf")));
        triggers.put(Rule.DATE_NUMERIC, trigger(true, weekdays, PART_OF_DAY_WORDS));
        triggers.put(Rule.DAY_BEFORE_RANGE, trigger(true, none, List.of("nacht")));
        triggers.put(Rule.MONTH, trigger(false, none, MOD_WORDS, DETERMINER_WORDS, months));
        triggers.put(Rule.SEASON, trigger(false, none, MOD_WORDS, DETERMINER_WORDS, adjectives, seasons));
        triggers.put(Rule.DECADE, trigger(true, firstWords(lex.decades.keySet()), MOD_WORDS));
        triggers.put(Rule.CENTURY, trigger(true, none, MOD_WORDS, firstWords(lex.ordinals.keySet())));
        triggers.put(Rule.YEAR_PHRASE, trigger(false, none, MOD_WORDS, List.of("jahr", "jahre", "jahres", "jahrs")));
        triggers.put(Rule.YEAR_ERA, trigger(true, none));
        triggers.put(Rule.YEAR_BARE, trigger(true, none));
        triggers.put(Rule.YEAR_SHORT_AFTER_SLASH, trigger(true, none));
        triggers.put(Rule.WEEK_NUMBER, trigger(true, none, List.of("kw", "kalenderwoche", "ersten", "zweiten", "dritten",
                "vierten", "letzten", "erste", "zweite", "dritte", "vierte", "letzte")));
        triggers.put(Rule.QUARTER, trigger(true, none, List.of("ersten", "zweiten", "dritten", "vierten", "letzten",
                "erste", "zweite", "dritte", "vierte", "letzte", "q")));
        triggers.put(Rule.HOLIDAY, trigger(true, none, List.of("ersten", "zweiten"),
                firstWords(lex.holidays.keySet())));
        triggers.put(Rule.RELATIVE_DAY, trigger(false, List.of("heutig", "gestrig", "morgig", "vorgestrig"),
                List.of("vorgestern", "gestern", "heute", "morgen", "übermorgen")));
        triggers.put(Rule.WEEKDAY, trigger(false, weekdays, DETERMINER_WORDS));
        triggers.put(Rule.WEEKEND, trigger(false, none, DETERMINER_WORDS, List.of("wochenende", "wochenendes")));
        triggers.put(Rule.RELATIVE_UNIT, trigger(false, none, MOD_WORDS, DETERMINER_WORDS, PART_OF_DAY_WORDS,
                expand(List.of("übernächste", "vorletzte"), List.of()), List.of("jahr", "jahres",
                "monat", "monats", "woche", "tag", "tages", "quartal", "quartals", "jahrzehnt", "jahrzehnts",
                "jahrhundert", "jahrhunderts")));
        triggers.put(Rule.RELATIVE_COMPOUND, trigger(false, List.of("vorjahr", "vormonat", "vorwoche", "vortag",
                "folgejahr", "folgemonat", "folgetag", "folgewoche", "jahresbeginn", "jahresanfang", "jahresmitte",
                "jahresende", "jahreswechsel", "jahreswende", "monatsbeginn", "monatsanfang", "monatsmitte",
                "monatsende", "wochenbeginn", "wochenanfang", "wochenmitte", "jahresstart", "monatsstart", "wochenstart",
                "diesjährige", "letztjährige", "vorjährige"),
                List.of("tags", "heuer")));
        triggers.put(Rule.OFFSET, trigger(true, none, numbers, List.of("vor", "in", "nach", "binnen", "innerhalb",
                "mehr", "weniger", "knapp", "fast", "etwa", "rund", "ungefähr", "mindestens", "über", "circa",
                "ca", "ca.", "zirka", "nahezu", "beinahe", "annähernd")));
        triggers.put(Rule.PERIOD_PLURAL, trigger(false, List.of("folge"), List.of("folgenden", "nächsten", "kommenden",
                "vergangenen", "letzten", "vorangegangenen", "darauffolgenden", "ersten", "frühen", "zurückliegenden",
                "jahren", "jahrzehnten", "monaten", "wochen", "tagen", "stunden")));
        triggers.put(Rule.DURATION_ADJECTIVE, new Trigger(true, Set.of(), List.of(), List.of("tägig", "wöchig",
                "monatig", "stündig", "minütig", "jährig", "lang")));
        triggers.put(Rule.TIME_OF_DAY, trigger(true, none));
        triggers.put(Rule.DAY_ALONE, trigger(true, none));
        triggers.put(Rule.PART_OF_DAY, trigger(false, none, List.of("nächsten", "folgenden", "darauffolgenden",
                "selben", "gleichen", "frühen", "späten", "morgen", "vormittag", "mittag", "nachmittag", "abend",
                "morgenstunden", "vormittagsstunden", "mittagsstunden", "nachmittagsstunden", "abendstunden")));
        triggers.put(Rule.VAGUE, trigger(false, none, firstWords(lex.vagueRefs.keySet())));
        // a count ("zweimal", "3-mal", "drei Mal") or one of the set's own first words
        Set<String> setWords = new HashSet<>(List.of("pro", "je", "jede", "jeden", "jedem", "jedes", "alle", "im",
                "am", "in"));
        setWords.addAll(numbers);
        setWords.addAll(lex.setWords.keySet());
        triggers.put(Rule.SET, new Trigger(true, Set.copyOf(setWords), List.of(), List.of("mal")));
    }

    /**
     * For some rules, strings of which every match contains at least one, at or after the match start (a literal
     * that each alternative of the pattern must consume or look ahead at), lower-cased as the case-insensitive
     * matcher folds characters ({@link #fold}). A sentence that has none of them from a word start on cannot
     * match there, so the regex is not run (see {@link CandidateFinder}). Rules without an entry are always run.
     */
    private void required(TemporalLexicon lex) {
        List<String> months = firstWords(lex.months.keySet());
        required.put(Rule.DATE_DMY, months);
        required.put(Rule.DAY_BEFORE_RANGE, months);
        required.put(Rule.SEASON, firstWords(lex.seasons.keySet()));
        List<String> decade = new ArrayList<>(firstWords(lex.decades.keySet()));
        decade.add("0er");
        decade.add("0-er");
        required.put(Rule.DECADE, decade);
        required.put(Rule.CENTURY, List.of("jahrhundert", "jh."));
        required.put(Rule.YEAR_ERA, List.of("chr", "z.", "zeitrechnung"));              // ERA
        required.put(Rule.WEEK_NUMBER, List.of("kw", "woche"));
        required.put(Rule.HOLIDAY, firstWords(lex.holidays.keySet()));
        required.put(Rule.RELATIVE_UNIT, List.of("jahr", "monat", "woche", "tag", "quartal"));
        required.put(Rule.OFFSET, List.of("sekunde", "minute", "stunde", "tag", "nächte", "woche", "monat", "jahr")); // UNIT
        required.put(Rule.DURATION_ADJECTIVE, List.of("tägig", "wöchig", "monatig", "stündig", "minütig", "jährig",
                "lang"));
        required.put(Rule.TIME_OF_DAY, List.of("uhr"));
        required.replaceAll((rule, words) -> words.stream().map(TemporalPatterns::fold).distinct().toList());
    }

    /** The strings one of which every match of {@code rule} contains (folded), or {@code null} if none are known. */
    List<String> required(Rule rule) {
        return required.get(rule);
    }

    /**
     * Folds each char as a case-insensitive, Unicode-case pattern compares it ({@code toLowerCase(toUpperCase(c))}),
     * so that a match of a literal implies that the folded text contains the folded literal at the same index.
     */
    static String fold(CharSequence text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(out);
    }

    Trigger trigger(Rule rule) {
        return triggers.get(rule);
    }

    Pattern pattern(Rule rule) {
        return patterns.get(rule);
    }
}
