package de.newsfacts.extract.quantities;

import de.newsfacts.extract.AdjectiveEndings;
import de.newsfacts.extract.WordEndings;
import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.Extractor;
import de.newsfacts.extract.Quantity;
import de.newsfacts.extract.WorkTitles;
import de.newsfacts.structure.Sentence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds numbers that quantify something in German sentences and emits one {@link Quantity} per number.
 * The full rule set, the word lists and the choices made are documented in docs/EXTRACTION-quantities.md;
 * in short, per sentence, left to right:
 * <ol>
 *   <li><b>Number</b>: a German numeral ("1.000", "14,5", "1.234,56", space-grouped "14 000"), a number word
 *       ("drei", "zwanzig", "einundzwanzig", "zweieinhalb"; capitalized only at the start of a sentence),
 *       "ein/eine" + scale word ("eine Million", "ein gutes Dutzend" approx, "ein halbes Dutzend") or + percent or
 *       currency ("ein Prozent", "einen Euro"), half of any unit ("einen halben Meter"), the genitives "zweier"/"dreier", or a vague amount ("Tausende", "mehrere hundert":
 *       value = the order of magnitude, qualifier at_least).</li>
 *   <li><b>Not a quantity</b>: invalid German numerals (dates "20.11.2025", times "14.30"), ordinals and
 *       dates ("3. Oktober": number + "." + more text), times ("14 Uhr", "14:30"), scores and ratios ("2:1",
 *       "50/50"), years (1800–2100 without separator unless a unit, a scale or a count noun follows, or a
 *       qualifier precedes a multiple of 100 ("über 2000"; "mehr als 2014" is a year), and no year word like "im",
 *       "seit", "Jahr", a month precedes), list numbers ("1." / "2)" at
 *       the start of a line), phone numbers and ids (leading zero, 7+ plain digits, "+49 30 …"),
 *       designations ("Paragraf 5", "Windows 11", "Boeing 737", "Hauptstraße 5", also after a listed designator
 *       closing a hyphen compound: "ATP-Nr. 221"; words with digits such as
 *       "F-16", "COVID-19", "G7" are never numbers, nor is one glued by a dot to a short capitalised word,
 *       "ID.3", "SAT.1"; a number after one capital letter and a space, "A 8",
 *       "B 27", is a road or line), factors ("4 x 7,5 Kilometer"), digits glued to letters ("5G", "90er"),
 *       adjectival compounds ("3-jährige", "19-Jährige", also suspended: "18- bis 29-Jährigen"), a number closing
 *       a quoted name ("„Christophorus 6“"), clock times in words ("gegen halb sechs", "viertel nach acht",
 *       "zwischen halb drei und drei") and idioms ("unter vier Augen"). Commas grouping threes next to an English
 *       word are English thousands ("More than 1,200 people": 1200). Ages in years count years ("im Alter von 87 Jahren": 87, counted "Jahren").</li>
 *   <li><b>Scale and unit</b> after the number ("45 Mio. Euro", "14,5 %", "300 km²"), or a currency sign
 *       before it ("$ 5", "€5"). Compounds "10-Punkte-Plan" count their first part (counted "Punkte"),
 *       "9-Euro-Ticket" give the unit (text "9-Euro"). In "von 40 auf 55 Euro" the start takes the end's unit
 *       and scale. Swiss whole francs keep their ".–" ("50.– Franken", "CHF 1'200.–"); a number closing the
 *       sentence after a currency sign is no rank ("beträgt CHF 1200."). A currency sign between two numbers is
 *       the second one's ("ab 2028 Fr. 50.–"). A signed number alone in brackets
 *       after a percentage is a change in percentage points ("23,4 Prozent (+6,7)").</li>
 *   <li><b>Qualifier</b>: the longest phrase from qualifiers.txt directly before the number or currency sign
 *       ("mehr als", "rund", "bis zu"); exact otherwise. Ranges "10 bis 20", "10-20", "zwischen 10 und 20"
 *       give two records, at_least and at_most, sharing scale, unit, counted and category; with both ends
 *       below zero ("minus 3 bis minus 8 Grad") the first is at_most, the second at_least; rising ("minus 5 bis
 *       minus 1 Grad") both keep their sign, at_least and at_most. A bare number joined
 *       to the next by und/oder/bzw./beziehungsweise shares its scale, unit, counted noun and category ("60
 *       beziehungsweise 46 Prozent", "mit 4,6 und 3,9 Prozent", "fünf oder sechs Kinder"), each a record of its own;
 *       so does a comma list closed by und/oder ("250, 400 und 600 Euro"), a number word cut at a hyphen ("fünf-
 *       bis sechstausend": 5000) and a bare number before "statt" + another ("zwölf statt der erhofften 14,5
 *       Milliarden Euro"). A club named with a number is a name ("Hannover 96", numbered-names.txt). A count of a time
 *       noun after "alle" ("alle zwei Jahre") is a frequency, no record.</li>
 *   <li><b>Counted</b> (plain counts only): the next noun, skipping up to three lower-case words if the last
 *       of them looks like an inflected adjective ("22 weitere Personen" → Personen), else a participle or
 *       casualty adjective right after the number ("über 90 verletzt" → verletzt); a part before its whole counts
 *       the whole's noun ("vier der letzten fünf Duelle", "drei der Insassen", "1.200 seiner Mitarbeiter"); after
 *       a preposition phrase, the noun after an inflected participle ("zwei aus Ungarn erwartete Züge").</li>
 *   <li><b>Category</b> (plain counts only) from casualty-words.txt: the first casualty predicate in a window
 *       of {@value #WINDOW} words after the counted word (stopping at . ; : ! ? brackets and the next number
 *       unless it counts time, "binnen fünf Monaten getötet"; "unter den Geiseln" counts as a predicate),
 *       which wins over the counted noun because it says what happened to them ("49 Flüchtlinge ertranken" →
 *       killed); else the counted word and the words between number and counted word; else the same window
 *       before the quantity ("Die Zahl der Toten stieg auf 26"), or "unter den Toten" before it in its clause.
 *       "die Leichen von fünf Flüchtlingen" are killed; a part after "darunter (auch)" takes the whole's category.
 *       Counts listed with a closing "und" share the predicate after or before the list ("14 Aufständische,
 *       sieben Zivilisten und acht Soldaten getötet"). Counts of time ("seit drei Jahren") get none. An amount
 *       with a scale word and nothing counted takes the currency of the amount before it ("571 Millionen Euro
 *       … ein Minus von 114 Millionen").</li>
 * </ol>
 * The text of a record runs from the qualifier (or currency sign) to the end of the unit, scale word or
 * number; the counted word is not part of it. Word lists are loaded once per instance; an instance is
 * immutable, thread-safe and deterministic.
 */
public final class QuantityExtractor implements Extractor<Quantity> {

    /** Words searched after (and before) a count for a casualty word. */
    static final int WINDOW = 5;

    /** A past participle ("evakuiert", "festgenommen"); not an infinitive in "gegenüber-" ("gegenüberstehen"). */
    private static final Pattern PARTICIPLE = Pattern.compile("(?!gegenüber(?!ge))"
            + "(?:ab|an|auf|aus|ein|fest|frei|mit|nach|um|vor|weg|zu|zurück|hin|her|über|unter|los|gegenüber)?"
            + "ge\\p{Ll}{2,}(?:t|en)"
                    + "|\\p{Ll}{3,}iert|(?:ver|zer|be|ent|er|miss)\\p{Ll}{2,}t");
    private static final String OPENERS = "„“\"'‚‘‹›«»(–—-:";
    private static final String WINDOW_STOPS = ".;:!?()[]";
    private static final Set<String> COORDINATORS = Set.of("und", "oder", "sowie", "bzw", "aber", "sondern");
    private static final Set<String> SENTENCE_FINAL_ORDINAL_BEFORE = Set.of("am", "vom", "zum", "im", "beim",
            "der", "die", "das", "des", "dem", "den", "ab", "bis", "seit");

    private final PhraseLexicon qualifiers = PhraseLexicon.load("qualifiers.txt", 0);
    /** Particles that may stand between a one-word qualifier and its number ("mindestens aber 350 Euro"). */
    private static final Set<String> QUALIFIER_PARTICLES = Set.of("aber", "jedoch", "allerdings", "also");
    private final PhraseLexicon scales = PhraseLexicon.load("scales.txt", 0);
    private final PhraseLexicon units = PhraseLexicon.load("units.txt", 4);
    private final PhraseLexicon currencyPrefixes = PhraseLexicon.load("currency-prefixes.txt", 4);
    private final PhraseLexicon vague = PhraseLexicon.load("vague-numbers.txt", 0);
    /** The plural nouns of vague amounts ("Dutzende", "Hunderte", "Zehntausenden"), not "tausend" or "Millionen". */
    private static final Pattern VAGUE_PLURAL = Pattern.compile(
            "\\p{L}*(?:dutzend|hundert|tausend)en?");
    private final PhraseLexicon designators = PhraseLexicon.load("designators.txt", 3);
    private final PhraseLexicon yearContext = PhraseLexicon.load("year-context.txt", 0);
    private final PhraseLexicon degreeAdverbs = PhraseLexicon.load("degree-adverbs.txt", 0);
    private final PhraseLexicon idioms = PhraseLexicon.load("number-idioms.txt", 0);
    private final PhraseLexicon numberedNames = PhraseLexicon.load("numbered-names.txt", 0);
    private final Set<String> designatorSuffixes = wordSet("designator-suffixes.txt");
    private final Set<String> stopwords = wordSet("counted-stopwords.txt");
    private final Set<String> timeNouns = wordSet("time-nouns.txt");
    /** Counted nouns that are no people (thing-nouns.txt): they take no casualty category. */
    private final Predicate<String> isThingNoun = wordSet("thing-nouns.txt")::contains;
    private final Set<String> fractionNouns = wordSet("fraction-nouns.txt");
    private final Predicate<String> isSingleCasualtyNoun = wordSet("single-casualty-nouns.txt")::contains;
    private final CasualtyLexicon casualties =
            new CasualtyLexicon(PhraseLexicon.load("casualty-words.txt", 0), lines("casualty-words.txt"));

    @Override
    public List<Quantity> extract(DocumentContext document) {
        List<Quantity> out = new ArrayList<>();
        for (Sentence sentence : document.sentences()) {
            extractSentence(document.docId(), document.text(), sentence, out);
        }
        return out;
    }

    /** Appends the quantities of one sentence to {@code out}; offsets point into {@code documentText}. */
    public void extractSentence(String docId, String documentText, Sentence sentence, List<Quantity> out) {
        String text = sentence.text();
        List<Token> tokens = QuantityTokenizer.tokenize(text);
        String lastCategory = null;
        String lastCounted = null;
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Candidate c = read(tokens, i, text, false);
            if (c == null) {
                i++;
                continue;
            }
            if (!c.skip) {
                boolean part = c.unit == null
                        && (partOfPrevious(tokens, c.startTok) || partitiveAfter(tokens, c.next));
                if (part && c.category == null && lastCategory != null) {
                    c.category = lastCategory;
                }
                if (part && c.counted == null && c.partner == null) {
                    // "rund 3.500 Stellen abbauen, davon etwa 1.200 in Deutschland": the part counts the same
                    c.counted = lastCounted;
                }
                countedLikeWhole(tokens, c, text);
                if (c.category != null) {
                    lastCategory = c.category;
                }
                if (c.unit == null && c.counted != null) {
                    lastCounted = c.counted;
                }
                found.add(c);
            }
            i = Math.max(c.next, i + 1);
        }
        shareListPredicate(tokens, found);
        shareCurrency(found);
        for (Candidate c : found) {
            emit(docId, documentText, sentence, text, c, out);
            if (c.partner != null) {
                emit(docId, documentText, sentence, text, c.partner, out);
            }
        }
    }

    /**
     * "Demnach wurden 14 Aufständische, mindestens sieben Zivilisten, acht Soldaten und ein UN-Soldat getötet":
     * counts listed one after the other (each with its counted noun, linked by a comma, "und" or "sowie" and
     * nothing else) share the casualty predicate that closes the list, when the last link is "und"/"sowie" (or
     * the last count's predicate came after a coordinated "und ein …"). Without that "und", "5000 Einwohner, 30
     * Menschen wurden verletzt" are two clauses and the first count keeps no category. The same holds for a predicate
     * before the list ("Bei der Gewaltwelle starben 196 Palästinenser, 28 Israelis und vier Ausländer").
     */
    private void shareListPredicate(List<Token> tokens, List<Candidate> found) {
        for (int f = 0; f + 1 < found.size(); f++) {
            Candidate head = found.get(f);
            if (!head.predicateBefore || head.category == null) {
                continue;
            }
            int end = f;
            String lastLink = null;
            while (end + 1 < found.size()) {
                String link = listLink(tokens, found.get(end), found.get(end + 1));
                if (link == null) {
                    break;
                }
                lastLink = link;
                end++;
            }
            if (lastLink == null || lastLink.equals(",")) {
                continue;
            }
            for (int k = f + 1; k <= end; k++) {
                shareCategory(found.get(k), head.category);
            }
        }
        for (int m = 1; m < found.size(); m++) {
            Candidate last = found.get(m);
            if (!last.predicateCategory || last.category == null || last.countedEnd < 0 || last.partner != null) {
                continue;
            }
            // the predicate came after a coordinated subject ("… und ein Polizist wurden verletzt")
            boolean closedByAnd = coordinatedSubject(tokens, last.countedEnd);
            int first = m;
            while (first > 0) {
                Candidate prev = found.get(first - 1);
                String link = listLink(tokens, prev, found.get(first));
                if (link == null) {
                    break;
                }
                if (first == m && !link.equals(",")) {
                    closedByAnd = true;
                }
                first--;
            }
            if (!closedByAnd) {
                continue;
            }
            for (int k = first; k < m; k++) {
                shareCategory(found.get(k), last.category);
            }
        }
    }

    /** Whether {@code counted} is a thing, no people (thing-nouns.txt: jobs, buildings, vehicles, also as a tail). */
    private boolean countsThings(String counted) {
        return CasualtyLexicon.knownFormOrTail(counted.toLowerCase(Locale.ROOT), isThingNoun) != null;
    }

    /** A listed count without a category of its own takes the list's, unless it counts time or things. */
    private void shareCategory(Candidate member, String category) {
        if (member.category == null && member.counted != null && !timeNouns.contains(member.counted)
                && !countsThings(member.counted)) {
            member.category = category;
        }
    }

    /**
     * "einen Nettogewinn von 571 Millionen Euro, nachdem zuvor noch ein Minus von 114 Millionen …": an amount with
     * a scale word and neither unit nor counted noun takes the currency of the last amount before it in the
     * sentence ("Millionen" alone, a vague amount, does not).
     */
    private static void shareCurrency(List<Candidate> found) {
        String currency = null;
        for (Candidate c : found) {
            for (Candidate q = c; q != null; q = q.partner) {
                if (q.unit == null && q.hasScale && !q.vague && q.counted == null && currency != null) {
                    q.unit = currency;
                } else if (q.unit != null && isCurrency(q.unit)) {
                    currency = q.unit;
                }
            }
        }
    }

    /** An ISO currency code ("EUR", "CHF"), not a unit like "percent" or "km". */
    private static boolean isCurrency(String unit) {
        return unit.length() == 3 && unit.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    /** The single token (",", "und", "sowie") between two listed counts, or null if they are no list. */
    private static String listLink(List<Token> tokens, Candidate prev, Candidate next) {
        if (prev.countedEnd < 0 || prev.unit != null || prev.partner != null || next.startTok != prev.countedEnd + 1) {
            return null;
        }
        Token t = tokens.get(prev.countedEnd);
        if (t.isSymbol(',')) {
            return ",";
        }
        return t.isWord() && (t.lower().equals("und") || t.lower().equals("sowie")) ? t.lower() : null;
    }

    /** Words between a part and its whole: "13 von 23", "1.200 seiner 8.000 Stellen", "zwei der zehn". */
    private static final Set<String> WHOLE_BEFORE = Set.of("von", "der", "seiner", "ihrer", "unserer", "deren");

    /**
     * "13 von 23 Ständen", "acht von zehn Befragten", "1.200 seiner 8.000 Stellen": a bare number before
     * "von"/a genitive determiner + a counted number (one or two lower-case words may stand between: "vier der
     * letzten fünf Duelle", "1.200 der weltweit rund 9.800 Stellen") counts the same thing (and shares its casualty
     * category).
     */
    private void countedLikeWhole(List<Token> tokens, Candidate c, String text) {
        if (c.counted != null || c.unit != null || c.partner != null || c.next + 1 >= tokens.size()
                || !WHOLE_BEFORE.contains(tokens.get(c.next).lower())) {
            return;
        }
        Candidate whole = read(tokens, c.next + 1, text, false);
        if (whole == null && c.next + 2 < tokens.size() && tokens.get(c.next + 1).isLowerWord()) {
            whole = read(tokens, c.next + 2, text, false); // "vier der letzten fünf Duelle", "zwei der insgesamt zehn"
            if (whole == null && c.next + 3 < tokens.size() && tokens.get(c.next + 2).isLowerWord()) {
                whole = read(tokens, c.next + 3, text, false); // "1.200 der weltweit rund 9.800 Stellen"
            }
        }
        if (whole != null && !whole.skip && whole.unit == null && whole.counted != null) {
            c.counted = whole.counted;
            if (c.category == null) {
                c.category = whole.category;
            }
        } else if (whole == null && genitiveWhole(tokens, c)) {
            // "drei der Insassen getötet", "1.200 seiner Mitarbeiter": a genitive whole without a number is what
            // the part counts
            Token noun = tokens.get(c.next + 1);
            c.counted = noun.text();
            if (c.category == null && !timeNouns.contains(noun.text())) {
                c.category = casualties.categoryOfWord(noun);
            }
        }
    }

    /** Words before a number that make "N der X" no part of a whole ("die drei der Partei zustehenden Posten"). */
    private static final Set<String> NO_PART_BEFORE = Set.of("der", "die", "das", "den", "dem", "des", "und",
            "oder", "bzw", "je");

    /**
     * A whole number (no scale, no decimals) followed by "der"/"seiner"/… and a noun that is no acronym, standing
     * neither after an article ("die 150 Millionen der Omaner", "die drei der Partei zustehenden Posten"), a noun
     * or number it designates ("Tag 17 der Frist", "Abfahrt 36 der A 45", "zwei 997 der Freunde"), a coordinator
     * ("Platz zwei und drei der …") nor "je" ("je 14 der ÖVP"); "von" + a name is no whole ("150 von Siemens").
     */
    private static boolean genitiveWhole(List<Token> tokens, Candidate c) {
        Token noun = tokens.get(c.next + 1);
        if (tokens.get(c.next).lower().equals("von") || !noun.isCapitalized() || !noun.isWord() || c.hasScale
                || c.value != Math.rint(c.value) || noun.text().length() < 3
                || noun.text().equals(noun.text().toUpperCase(Locale.ROOT))) {
            return false;
        }
        if (c.startTok == 0) {
            return true;
        }
        Token before = tokens.get(c.startTok - 1);
        return !before.isNumeral() && Double.isNaN(GermanNumberWords.parse(before.lower()))
                && !NO_PART_BEFORE.contains(before.lower())
                && !(before.isCapitalized() && !(c.startTok == 1 || before.lineStart()));
    }

    /**
     * "Elf wurden verletzt, drei von ihnen schwer", "…, drei davon schwer": a number followed by "von ihnen/denen"
     * or "davon" is a part of the figure before it, like {@link #partOfPrevious}.
     */
    private static boolean partitiveAfter(List<Token> tokens, int next) {
        if (next < tokens.size() && tokens.get(next).lower().equals("davon")) {
            return true;
        }
        return next + 1 < tokens.size() && tokens.get(next).lower().equals("von")
                && (tokens.get(next + 1).lower().equals("ihnen") || tokens.get(next + 1).lower().equals("denen"));
    }

    /** Focus particles that may stand between "darunter"/"davon" and the part's number. */
    private static final Set<String> FOCUS_PARTICLES = Set.of("auch", "allein", "alleine", "sogar", "allerdings");

    /**
     * "…, darunter drei Kinder", "davon 12 schwer", "unter ihnen zwei Polizisten": a number introduced as a part of
     * the figure before it shares that figure's casualty category.
     */
    private static boolean partOfPrevious(List<Token> tokens, int startTok) {
        if (startTok < 1) {
            return false;
        }
        String before = tokens.get(startTok - 1).lower();
        // "198 Zivilisten kamen ums Leben, darunter auch 39 Kinder": a focus particle between does not matter
        String whole = startTok >= 2 && FOCUS_PARTICLES.contains(before) ? tokens.get(startTok - 2).lower() : before;
        if (whole.equals("darunter") || whole.equals("davon")) {
            return true;
        }
        return startTok >= 2 && tokens.get(startTok - 2).lower().equals("unter")
                && (before.equals("ihnen") || before.equals("denen"));
    }

    private static void emit(String docId, String documentText, Sentence sentence, String text, Candidate c,
                             List<Quantity> out) {
        int start = sentence.charStart() + c.startChar;
        int end = sentence.charStart() + c.endChar;
        String span = documentText != null && end <= documentText.length()
                ? documentText.substring(start, end) : text.substring(c.startChar, c.endChar);
        out.add(new Quantity(docId, sentence.sentenceNo(), span, clean(c.value),
                c.qualifier == null ? "exact" : c.qualifier, c.unit, c.counted, c.category, start, end));
    }

    private static final java.math.MathContext FIFTEEN_DIGITS = new java.math.MathContext(15);

    /**
     * The value rounded to 15 significant digits: "4,1 Milliarden" is 4.1 × 10^9 in binary floating point,
     * 4099999999.9999995, which a reader of the table should see as the 4100000000 the text says. A written number
     * has far fewer than 15 digits, so nothing else changes.
     */
    static double clean(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return new java.math.BigDecimal(value).round(FIFTEEN_DIGITS).doubleValue();
    }

    /** Mutable working state of one number while its rules run. */
    /**
     * A bare number that shares what the number it is joined to has ("60 beziehungsweise 46 Prozent", "250, 400 und
     * 600 Euro", "zwölf statt 14,5 Milliarden Euro"): that number's scale, unit, counted noun and category; the bare
     * number ends before the joiner at {@code next}.
     */
    private static Candidate sharingWith(Candidate c, Candidate other, int next) {
        if (other.hasScale) {
            c.value *= other.scale;
            c.hasScale = true;
        }
        c.unit = other.unit;
        c.counted = other.counted;
        c.category = other.category;
        c.next = next;
        return c;
    }

    private static final class Candidate {
        double value;
        boolean skip;
        boolean vague;
        boolean needsScale;
        boolean needsUnit;
        boolean roughly;    // "ein gutes Dutzend": the adjective makes the amount approximate
        boolean numeral;
        String literal;
        String qualifier;
        String unit;
        String counted;
        String category;
        double scale = 1;
        boolean hasScale;
        int coreEnd;        // token index after the number itself
        int startTok;       // first token of the text span
        int startChar;
        int endChar;
        int next;           // where scanning continues
        int countedEnd = -1; // token after the counted noun, if a noun after the number is counted
        boolean predicateCategory; // the category comes from a casualty predicate after the count
        boolean predicateBefore;   // the category comes from a casualty predicate before it ("Getötet wurden 5 …")
        Candidate partner;  // upper end of a range

        /** A number written as a word (or a vague amount) that ends before token {@code coreEnd}. */
        static Candidate word(double value, int coreEnd) {
            Candidate c = new Candidate();
            c.value = value;
            c.coreEnd = coreEnd;
            return c;
        }

        static Candidate skipTo(int next) {
            Candidate c = new Candidate();
            c.skip = true;
            c.next = next;
            return c;
        }
    }

    /**
     * Reads the quantity whose number starts at token {@code i}: null if no number starts there, a candidate
     * with {@code skip} set if the number is not a quantity.
     */
    private Candidate read(List<Token> tokens, int i, String text, boolean rangeEnd) {
        Candidate c = readNumber(tokens, i, text);
        if (c == null || c.skip) {
            return c;
        }
        int n = tokens.size();
        Token lastCore = tokens.get(c.coreEnd - 1);
        int j = c.coreEnd;
        c.endChar = tokens.get(j - 1).end();
        c.next = j;
        if (c.numeral) {
            int verdict = isNotAQuantityAround(tokens, i, j);
            if (verdict == PHONE) {
                return Candidate.skipTo(endOfDigitRun(tokens, j));
            }
            if (verdict == NOT_A_QUANTITY) {
                return Candidate.skipTo(j);
            }
        }
        if (!c.numeral && (idioms.matchAt(tokens, i) != null || i > 0 && isDesignator(tokens, i))) {
            return Candidate.skipTo(j);
        }
        if (c.numeral && i > 0 && numberedNames.matchAt(tokens, i - 1) != null) {
            return Candidate.skipTo(j); // "Hannover 96", "Darmstadt 98": a club whose name ends in a number
        }
        if (!c.numeral && j < n && tokens.get(j).text().equals("Uhr")) {
            return Candidate.skipTo(j + 1); // "um neun Uhr": a clock time written as a word, like "9 Uhr"
        }
        if (j == i + 1 && clockInWords(tokens, i, c.value)) {
            return Candidate.skipTo(j);
        }
        if (c.numeral && wholeFrancsMark(tokens, j, lastCore.end())) {
            j += 2; // Swiss whole francs "50.– Franken": the unit follows the ".–" (not "Ränge 1.–3.")
            c.endChar = tokens.get(j - 1).end();
            c.next = j;
        }

        PhraseLexicon.Entry scale = scales.matchAt(tokens, j);
        if (scale != null) {
            c.scale = Double.parseDouble(scale.value());
            c.hasScale = true;
            c.value *= c.scale;
            j += scale.size();
            c.endChar = tokens.get(j - 1).end();
        }
        PhraseLexicon.Entry unit = units.matchAt(tokens, j);
        if (unit != null && j + unit.size() < n && tokens.get(j + unit.size()).isNumeral()
                && currencyPrefixes.matchAt(tokens, j) != null) {
            unit = null;    // "ab 2028 Fr. 50.– statt Fr. 40.–": a currency sign before a number is that number's
        }
        if (c.needsScale && !c.hasScale && !(c.value == 1 && unit != null && isShare(unit.value()))
                && !(c.value == 0.5 && unit != null)) {
            // "ein Prozent", "einen Euro", "ein Prozentpunkt": the article is the number one; "einen halben Meter",
            // "ein halbes Prozent": half of any unit
            return null;
        }
        if (unit != null) {
            c.unit = unit.value();
            j += unit.size();
            c.endChar = tokens.get(j - 1).end();
        }
        if (c.needsUnit && c.unit == null) {
            return null;
        }
        if (c.numeral && c.unit == null && !c.hasScale && signedChangeAfterShare(tokens, i, j)) {
            c.unit = "percentage_points"; // "kam auf 23,4 Prozent (+6,7)": the change since the last vote
        }
        // digits glued to letters that are neither scale nor unit: "5G", "90er", "3D", "2fach"
        if (c.numeral && c.coreEnd < n && tokens.get(c.coreEnd).isWord()
                && tokens.get(c.coreEnd).start() == lastCore.end() && scale == null && unit == null) {
            return Candidate.skipTo(c.coreEnd + 1);
        }
        // hyphen compounds: "10-Punkte-Plan", "9-Euro-Ticket", "10-Millionen-Stadt"; "3-jährige" is no count
        String compoundCounted = null;
        if (c.numeral && scale == null && unit == null && j + 1 < n && isHyphen(tokens.get(j))
                && tokens.get(j).start() == lastCore.end() && tokens.get(j + 1).isWord()
                && tokens.get(j + 1).start() == tokens.get(j).end()) {
            Token word = tokens.get(j + 1);
            int hyphen = indexOfHyphen(word.text());
            String head = hyphen < 0 ? word.text() : word.text().substring(0, hyphen);
            PhraseLexicon.Entry headScale = scales.single(head);
            PhraseLexicon.Entry headUnit = units.single(head);
            if (headScale != null) {
                c.value *= Double.parseDouble(headScale.value());
                c.hasScale = true;
            } else if (headUnit != null) {
                c.unit = headUnit.value();
                c.endChar = word.start() + head.length();
            } else if (Character.isUpperCase(head.charAt(0)) && !head.toLowerCase().contains("jährig")) {
                compoundCounted = head;
            } else {
                return Candidate.skipTo(j + 2);
            }
            j += 2;
        } else if (c.numeral && scale == null && unit == null && suspendedNoCount(tokens, j, lastCore)) {
            return Candidate.skipTo(j + 1);
        }

        // currency sign before the number, then the qualifier before both
        int k = i;
        PhraseLexicon.Entry prefix = currencyPrefixes.matchEndingAt(tokens, k);
        if (prefix != null && c.unit == null) {
            c.unit = prefix.value();
            k -= prefix.size();
        }
        if (!rangeEnd) {
            boolean signed = false;
            if (k == i && c.numeral && isMinusSign(tokens, k, text)
                    || k > 0 && tokens.get(k - 1).lower().equals("minus")) {
                c.value = -c.value;  // "auf -10 Grad", "etwa minus 5 Grad": the sign is part of the number
                k--;
                signed = true;
            }
            if (k == i && k > 0 && !c.numeral && (tokens.get(i).lower().startsWith("halb") || c.roughly)
                    && isArticle(tokens.get(k - 1).lower())) {
                k--;  // "eine halbe Million", "ein gutes Dutzend": the article belongs to the number
            }
            PhraseLexicon.Entry q = qualifiers.matchEndingAt(tokens, k);
            if (q != null && q.size() == 1 && c.vague && k == i && k > 0 && tokens.get(k - 1).lower().equals("über")
                    && VAGUE_PLURAL.matcher(tokens.get(i).lower()).matches()) {
                // "über Hunderte Fälle berichtet", "über Dutzende Seiten verbreitet": before a vague plural
                // "über" is the preposition (a vague plural is a lower bound already, "mehr als" would say so)
                q = null;
            }
            if (q != null && q.size() == 1 && k == i && k > 1 && tokens.get(k - 1).lower().equals("über")
                    && ("m".equals(c.unit) || "km".equals(c.unit)) && raceDistance(tokens, k - 1, j)) {
                // "das Finale über 100 m", "siegte über 1500 Meter in …": the race's distance, not a lower bound
                q = null;
            }
            if (q != null && q.size() == 1 && tokens.get(k - 1).lower().equals("über") && k > 1
                    && (tokens.get(k - 2).isCapitalized()
                        && WordEndings.endsWithAny(tokens.get(k - 2).lower(), AMOUNT_DOCUMENT_NOUNS)
                        || verbBefore(tokens, k - 1, UEBER_VERBS))) {
                // "ein Kredit über 240 Millionen Franken", "verfügt im Nationalrat über 98 der 183 Mandate": the
                // preposition of the noun or verb, not a lower bound
                q = null;
            }
            if (q != null && q.size() == 2 && tokens.get(k - 2).lower().equals("an")
                    && tokens.get(k - 1).lower().equals("die") && verbBefore(tokens, k - 2, AN_VERBS)) {
                // "erinnerte an die 140 Menschen, die …": the object of "erinnern an", not "about 140"
                q = null;
            }
            if (q != null && q.size() == 1 && tokens.get(k - 1).lower().equals("unter") && surveyBefore(tokens, k - 1)) {
                // "eine Umfrage der Kammer unter 320 Häusern": among those asked, not fewer than
                q = null;
            }
            if (q == null && k > 1 && QUALIFIER_PARTICLES.contains(tokens.get(k - 1).lower())) {
                // "6,5 Prozent mehr, mindestens aber 350 Euro": a particle between qualifier and number
                PhraseLexicon.Entry beforeParticle = qualifiers.matchEndingAt(tokens, k - 1);
                if (beforeParticle != null && beforeParticle.size() == 1
                        && tokens.get(k - 2).lower().length() > 3) { // "ab aber" is no qualifier
                    c.qualifier = beforeParticle.value();
                    k -= 2;
                }
            }
            if (q != null) {
                c.qualifier = q.value();
                k -= q.size();
            } else if (k == 1 && tokens.get(0).text().equals("Gegen") && j < tokens.size()
                    && tokens.get(j).isCapitalized()) {
                // "Gegen 200 Menschen versammelten sich": opening a sentence before a count, "gegen" means about
                // (inside a sentence it is mostly the preposition: "Anklage gegen zwei Verdächtige")
                c.qualifier = "approx";
                k = 0;
            }
            if (!signed && k > 0 && tokens.get(k - 1).lower().equals("minus")) {
                c.value = -c.value;
                k--;
            }
        }
        c.startTok = k;
        c.startChar = tokens.get(k).start();
        if (c.roughly && c.qualifier == null) {
            c.qualifier = "approx";
        }
        if (c.vague && c.qualifier == null) {
            c.qualifier = "at_least";
        }

        if (c.numeral && isYear(c) && !c.hasScale && c.unit == null) {
            boolean yearWordBefore = i > 0 && yearContext.matchEndingAt(tokens, i) != null;
            boolean countNounAfter = j < n && tokens.get(j).isCapitalized();
            // a qualifier makes an amount of a round number only ("über 2000", "rund 1800"); with nothing counted
            // after it, "mehr als 2014" and "um 1850" compare or place years
            boolean roundAmount = c.qualifier != null && c.value % 100 == 0;
            if (yearWordBefore || !(countNounAfter || roundAmount)) {
                return Candidate.skipTo(j);
            }
        }
        c.next = j;
        if (c.numeral && c.unit == null && !c.hasScale && c.qualifier == null && isBracketedAge(tokens, i, j, c)) {
            return Candidate.skipTo(j + 1); // "Der Lenker (45)", "Maria K. (83)": an age after a person
        }
        if (c.unit == null && !c.hasScale && j < n && fractionNouns.contains(tokens.get(j).lower())) {
            return Candidate.skipTo(j + 1); // "zwei Drittel", "drei Viertel": fractions are not extracted
        }

        // "fünf- bis sechstausend", "zwei- oder dreihundert": a number word cut at a hyphen before "bis"/"und"/"oder"
        // shares the hundreds or thousands the next number word ends in; the range or coordination goes on after
        // the hyphen
        if (!rangeEnd && !c.numeral && !c.hasScale && c.unit == null && j + 2 < n && isHyphen(tokens.get(j))
                && tokens.get(j).start() == lastCore.end() && TRUNCATION_JOINERS.contains(tokens.get(j + 1).lower())
                && tokens.get(j + 2).isLowerWord()
                && !Double.isNaN(GermanNumberWords.parse(tokens.get(j + 2).lower()))) {
            c.value *= innerScale(tokens.get(j + 2).lower());
            j++;
        }

        // ranges: "10 bis 20", "10-20", "zwischen 10 und 20"
        if (!rangeEnd && j + 1 < n && isRangeWord(tokens, j, k)) {
            int m = j + 1;
            if (tokens.get(m).lower().equals("zu")) {
                m++;
            }
            if (c.unit == null && !c.hasScale && rangeEndsInClockTime(tokens, m)) {
                return Candidate.skipTo(m + 2);
            }
            // "minus 3 bis minus 8 Grad": both ends below zero, the second the colder one
            boolean bothNegative = c.value < 0 && m + 1 < n && tokens.get(m).lower().equals("minus")
                    && tokens.get(m + 1).isNumeral();
            Candidate upper = m < n ? read(tokens, bothNegative ? m + 1 : m, text, true) : null;
            if (bothNegative && upper != null && !upper.skip && !upper.hasScale && !c.hasScale
                    && -upper.value != c.value) {
                boolean falling = -upper.value < c.value;
                upper.value = -upper.value;
                upper.startTok = m;
                upper.startChar = tokens.get(m).start();
                // a falling range has c as its upper end; "minus 5 bis minus 1 Grad" rises, and its second end
                // keeps its sign too
                return falling ? range(c, upper, "at_most", "at_least") : range(c, upper, "at_least", "at_most");
            }
            if (upper != null && !upper.skip && upper.value > c.value * (upper.hasScale && !c.hasScale ? upper.scale : 1)) {
                if (!c.hasScale && upper.hasScale) {
                    c.value *= upper.scale;
                }
                return range(c, upper, "at_least", "at_most");
            }
            if (upper != null && !upper.skip && tokens.get(j).lower().equals("und") && upper.value > 0
                    && upper.value < c.value && !c.hasScale && !upper.hasScale) {
                // "zwischen 64 und 50 Prozent": the larger end first, still a range with the later end's unit
                return range(c, upper, "at_most", "at_least");
            }
        }

        // "60 beziehungsweise 46 Prozent", "fünf oder sechs Kinder": a bare number joined to the next number by a
        // coordinator shares that number's scale, unit, counted noun and category (it is read again on its own);
        // a participle the other number counts stays its own ("1140 oder 1141 erhielt er")
        if (!rangeEnd && c.unit == null && !c.hasScale && c.value > 0 && j + 1 < n
                && NUMBER_JOINERS.contains(tokens.get(j).lower())) {
            int m = j + 1;
            if (m + 1 < n && tokens.get(m).isSymbol('.') && tokens.get(j).lower().equals("bzw")) {
                m++;
            }
            Candidate other = m < n && (tokens.get(m).isNumeral() || tokens.get(m).isLowerWord())
                    ? read(tokens, m, text, true) : null;
            if (other != null && !other.skip && other.numeral == c.numeral
                    && (other.unit != null || other.hasScale || other.countedEnd >= 0)) {
                return sharingWith(c, other, j);
            }
        }

        // "250, 400 und 600 Euro": a list of bare numbers closed by "und"/"oder" + a number shares what the list's
        // next number (read with its own coordination) has
        if (!rangeEnd && c.unit == null && !c.hasScale && c.value > 0 && j + 2 < n && tokens.get(j).isSymbol(',')
                && closedNumberList(tokens, j, c.numeral)) {
            Candidate other = read(tokens, j + 1, text, false);
            // the next number stands right before "und"/"oder" (or a comma): what it counts it shares from the end
            if (other != null && !other.skip && (other.unit != null || other.hasScale || other.counted != null)) {
                return sharingWith(c, other, j);
            }
        }

        // "zwölf statt der einst erhofften 14,5 Milliarden Euro", "um 1,6 statt 2,4 Prozent", "3 statt 5 Tore": a bare
        // number set against another takes that number's scale, unit and counted noun (an article and up to three lower-case words may stand
        // between; the two may be written differently, small numbers being spelled out)
        if (!rangeEnd && c.unit == null && !c.hasScale && c.value > 0 && j + 1 < n
                && INSTEAD.contains(tokens.get(j).lower())) {
            int m = j + 1;
            if (DEFINITE_ARTICLES.contains(tokens.get(m).lower())) {
                m++;
            }
            for (int words = 0; m < n && words < 3 && tokens.get(m).isLowerWord()
                    && Double.isNaN(GermanNumberWords.parse(tokens.get(m).lower())); words++) {
                m++;
            }
            Candidate other = m < n && (tokens.get(m).isNumeral() || tokens.get(m).isLowerWord())
                    ? read(tokens, m, text, true) : null;
            if (other != null && !other.skip && (other.unit != null || other.hasScale || other.countedEnd >= 0)) {
                return sharingWith(c, other, j);
            }
        }

        // "von 40 auf 55 …": the start of a change; its end is read once
        boolean change = !rangeEnd && c.unit == null && !c.hasScale && k > 0
                && tokens.get(k - 1).lower().equals("von") && j + 1 < n && tokens.get(j).lower().equals("auf");
        Candidate changeEnd = change ? read(tokens, j + 1, text, true) : null;
        if (changeEnd != null && !changeEnd.skip && (changeEnd.unit != null || changeEnd.hasScale)) {
            // "von 40 auf 55 Euro": the change's start has the unit and scale of its end
            c.unit = changeEnd.unit;
            if (changeEnd.hasScale) {
                c.value *= changeEnd.scale;
                c.hasScale = true;
            }
        }
        if (opensWorkTitle(tokens, i)) {
            return Candidate.skipTo(j); // die Dokumentation „Zwölf Nächte in Rom“: a title, no count
        }
        // a name part is written in digits ("Galaxy Note 4"); a number word after two capitalised words is a
        // count ("bis Mitte Januar neun weitere Verhandlungstage", "mit Leo Deutsch und Hans Fischer zwei …")
        if (c.unit == null && !c.hasScale && c.qualifier == null && (c.numeral && isNamePart(tokens, i)
                || closesQuotedName(tokens, i, j)) && (j >= n || !tokens.get(j).isCapitalized())) {
            return Candidate.skipTo(j);
        }
        if (c.unit == null) {
            int countedTok = -1;
            if (compoundCounted != null) {
                c.counted = compoundCounted;
                c.category = casualties.categoryOfWord(tokens.get(j - 1));
            } else {
                countedTok = findCounted(tokens, j, c.vague, c.value == Math.rint(c.value));
                if (countedTok >= 0) {
                    c.counted = tokens.get(countedTok).text();
                    if (tokens.get(countedTok).isCapitalized()) {
                        c.countedEnd = countedTok + 1;
                    }
                    c.category = categoryBetween(tokens, j, countedTok);
                } else if (!rangeEnd && !c.hasScale && j + 1 < n && tokens.get(j + 1).isNumeral()
                        && (tokens.get(j).lower().equals("zu") || tokens.get(j).lower().equals("gegen")
                        || change)) {
                    // "mit 15 zu 8 Stimmen", "102 gegen 87 Stimmen": a vote or score counts what its other side
                    // counts; so does the start of a change, "von 38 auf 35 Stunden", as it takes its end's unit
                    Candidate other = change ? changeEnd : read(tokens, j + 1, text, true);
                    if (other != null && !other.skip && other.unit == null && !other.hasScale) {
                        c.counted = other.counted;
                    }
                }
            }
            boolean timeCount = c.counted != null && timeNouns.contains(c.counted);
            if (timeCount && c.qualifier == null && !rangeEnd && c.startTok > 0
                    && tokens.get(c.startTok - 1).lower().equals("alle")) {
                return Candidate.skipTo(j + 1); // "alle fünf Minuten", "alle zwei Jahre": a frequency, no amount
            }
            if (!timeCount && (c.category == null || countedTok >= 0)) {
                // what happened to them beats who they are: "49 Flüchtlinge ertranken" → killed, "Drei Verletzte
                // starben später" → killed, "Vier Flüchtlinge werden vermisst" → missing
                String predicate = categoryAfter(tokens, countedTok >= 0 ? countedTok + 1 : j);
                if (predicate == null && arrestedBySeparableVerb(tokens, c.startTok, countedTok >= 0 ? countedTok + 1 : j)) {
                    predicate = "arrested";
                }
                if (predicate != null) {
                    c.category = predicate;
                    c.predicateCategory = true;
                }
            }
            if (!timeCount && c.unit == null && bodiesOf(tokens, c.startTok)) {
                c.category = "killed"; // "die Leichen von fünf Flüchtlingen": the dead, whoever they were
            }
            if (c.category != null && negatedCasualty(tokens, c.startTok)) {
                c.category = null; // "sechs Besatzungsmitglieder, verletzt wurde niemand", "keiner der 30 …"
            }
            if (c.category == null && !timeCount) {
                int before = categoryBefore(tokens, c.startTok, c.counted == null);
                c.predicateBefore = before >= 0 && c.counted != null; // with a counted noun only predicates count
                if (before < 0 && c.counted == null) {
                    before = numberOfCasualtiesBefore(tokens, c.startTok);
                }
                if (before >= 0) {
                    c.category = casualties.categoryOfWord(tokens.get(before));
                    if (c.counted == null && tokens.get(before).isCapitalized()) {
                        c.counted = tokens.get(before).text();
                    }
                } else {
                    c.category = amongCasualties(tokens, c.startTok);
                    c.predicateBefore = c.category != null && c.counted != null;
                }
            }
            if (c.category != null && c.counted != null && countsThings(c.counted)) {
                c.category = null; // "bis zu 200 Vollzeitstellen sind betroffen": jobs, not people
            }
            if (c.counted == null && c.category == null && c.qualifier == null && !c.hasScale && !rangeEnd
                    && levelChange(tokens, c.startTok)) {
                return Candidate.skipTo(j); // "Die Warnstufe wurde auf 4 angehoben": a level, no amount
            }
        }
        return c;
    }

    /**
     * A bare number after "auf"/"von" in a clause that names a level or class before it ("Die Lawinenwarnstufe
     * wurde auf 4 angehoben", "die Alarmstufe von 2 auf 3"): a designator or a word ending in a designator suffix
     * ("-stufe", "-klasse") up to eight words back, within the clause.
     */
    private boolean levelChange(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i).isNumeral()) {
            return false;
        }
        String prep = tokens.get(i - 1).lower();
        if (!prep.equals("auf") && !prep.equals("von")) {
            return false;
        }
        for (int k = i - 2; k >= Math.max(0, i - 10); k--) {
            Token tok = tokens.get(k);
            if (!tok.isWord()) {
                if (tok.isNumeral() || tok.text().equals("-")) {
                    continue; // "von 2 auf 3"
                }
                return false;
            }
            String lower = tok.lower();
            if (!tok.isCapitalized()) {
                continue;
            }
            for (String level : LEVEL_NOUNS) {
                if (lower.equals(level) || lower.endsWith(level) && lower.length() > level.length() + 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns (and compound endings) of a sum's document right before "über" + amount: "ein Kredit über 5 Mio.". */
    private static final String[] AMOUNT_DOCUMENT_NOUNS = {"kredit", "kredite", "darlehen", "rechnung",
            "rechnungen", "scheck", "schecks", "bürgschaft", "bürgschaften", "auftrag", "aufträge", "anleihe",
            "anleihen", "forderung", "forderungen", "bestellung", "bestellungen", "überweisung", "zahlung",
            "bescheid", "strafbefehl", "kreditlinie", "kreditrahmen"};
    /** Stems of verbs whose object "über" + number names ("verfügt über 98 Mandate", "verhandeln über 5 Mrd."). */
    private static final String[] UEBER_VERBS = {"verfüg", "verhandel", "verhandl", "entscheid", "entschied",
            // "freut sich über 19 Küken", "beschwerten sich über 300 Euro Gebühr": the object of the feeling
            "freu", "ärger", "beschwer", "beklag"};
    /** Stems of verbs whose object "an die" + number names ("erinnerte an die 140 Toten"). */
    private static final String[] AN_VERBS = {"erinner", "gedenk", "gedach", "appellier", "wandt", "wend", "richt",
            "schick", "übergab", "übergeb", "verteil"};

    /**
     * Whether a lower-case word with one of {@code stems} stands in the clause before the preposition at {@code
     * prep}, at most six tokens back, and the token right before the preposition is no preposition itself
     * ("verhandelt seit über zehn Jahren" keeps its "über").
     */
    private static boolean verbBefore(List<Token> tokens, int prep, String[] stems) {
        if (prep < 1 || PREPOSITIONS_BEFORE.contains(tokens.get(prep - 1).lower())
                || tokens.get(prep - 1).isNumeral()) {
            return false;
        }
        for (int t = prep - 1; t >= Math.max(0, prep - 6); t--) {
            Token tok = tokens.get(t);
            if (!tok.isWord()) {
                return false; // a comma or other mark ends the clause
            }
            for (String stem : stems) {
                // the verb, not a noun of it ("in der Entscheidung über 90 Meter nicht hinauskam")
                if (tok.isLowerWord() && tok.lower().startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> PREPOSITIONS_BEFORE = Set.of("seit", "mit", "von", "bei", "für", "auf", "nach",
            "vor", "in", "um", "zu", "ab", "bis", "während", "innerhalb", "binnen");

    /** Nouns (and compound endings) of a race or its result before "über" + distance ("das Finale über 100 m"). */
    private static final String[] RACE_NOUNS = {"rennen", "lauf", "sprint", "finale", "distanz", "titel", "gold",
            "silber", "bronze", "sieg", "rekord", "bestzeit", "bestleistung", "weltcup", "staffel", "wettkampf",
            "meister", "meisterin", "siegerin", "sieger", "medaille"};
    /** Words right after the distance that tell a race result ("über 1500 Meter gewonnen", "… Dritte"). */
    private static final Set<String> RACE_RESULTS = Set.of("gewonnen", "gesiegt", "gewann", "gewinnt", "siegte",
            "siegt", "triumphierte", "platz", "gold", "silber", "bronze", "erste", "zweite", "dritte", "vierte",
            "fünfte", "erster", "zweiter", "dritter", "vierter", "fünfter", "weltmeister", "weltmeisterin",
            "europameister", "europameisterin");

    /**
     * "über" at {@code ueber} and a distance ending before {@code j} name a race: a race noun right before "über",
     * or a result word or "in" + a time right after the distance.
     */
    private static boolean raceDistance(List<Token> tokens, int ueber, int j) {
        String before = tokens.get(ueber - 1).lower();
        if (tokens.get(ueber - 1).isCapitalized() && WordEndings.endsWithAny(before, RACE_NOUNS)) {
            return true;
        }
        if (j >= tokens.size()) {
            return false;
        }
        String after = tokens.get(j).lower();
        return RACE_RESULTS.contains(after) || after.equals("in") && j + 1 < tokens.size()
                && tokens.get(j + 1).isNumeral() && (tokens.get(j + 1).text().contains(":") || j + 2 < tokens.size()
                && (tokens.get(j + 2).lower().startsWith("sekunde") || tokens.get(j + 2).lower().startsWith("minute")));
    }

    /** Nouns of a level or class whose value is a rank, not an amount. */
    private static final String[] LEVEL_NOUNS = {"stufe", "level", "kategorie", "klasse"};

    /** A franc sign before the number ("Fr.", "CHF") or a franc unit right after it ("Franken", "Fr."). */
    private boolean isFrancAmount(List<Token> tokens, int i, int end) {
        PhraseLexicon.Entry before = currencyPrefixes.matchEndingAt(tokens, i);
        if (before != null && "CHF".equals(before.value())) {
            return true;
        }
        PhraseLexicon.Entry after = end < tokens.size() ? units.matchAt(tokens, end) : null;
        return after != null && "CHF".equals(after.value());
    }

    /** The bare number at token {@code i}, with {@code coreEnd} set; null if none starts there. */
    private Candidate readNumber(List<Token> tokens, int i, String text) {
        Token t = tokens.get(i);
        if (t.isNumeral()) {
            Candidate c = new Candidate();
            StringBuilder joined = null;
            int end = i + 1;
            if (GermanNumerals.isSpaceGroupHead(t.text())) {
                while (end < tokens.size() && tokens.get(end).isNumeral()
                        && tokens.get(end).start() == tokens.get(end - 1).end() + 1
                        && text.charAt(tokens.get(end - 1).end()) == ' '
                        && tokens.get(end - 1).text().indexOf(',') < 0
                        && GermanNumerals.isSpaceGroupTail(tokens.get(end).text())) {
                    if (joined == null) {
                        joined = new StringBuilder(t.text());
                    }
                    joined.append(tokens.get(end).text());
                    end++;
                }
            }
            c.literal = joined == null ? t.text() : joined.toString();
            c.value = englishThousands(tokens, i, c.literal) ? Double.parseDouble(c.literal.replace(",", ""))
                    : GermanNumerals.parse(c.literal);
            c.numeral = true;
            c.coreEnd = end;
            if (Double.isNaN(c.value) && isFrancAmount(tokens, i, end)) {
                c.value = GermanNumerals.parseFrancDecimal(c.literal);  // Swiss "Fr. 4.50", "12.80 Franken"
            }
            if (Double.isNaN(c.value)) {
                return Candidate.skipTo(end);
            }
            return c;
        }
        if (!t.isWord()) {
            return null;
        }
        boolean previousIsNumeral = i > 0 && tokens.get(i - 1).isNumeral();
        PhraseLexicon.Entry v = vague.matchAt(tokens, i);
        if (v != null && !previousIsNumeral) {
            Candidate c = Candidate.word(Double.parseDouble(v.value()), i + v.size());
            c.vague = true;
            return c;
        }
        String lower = t.lower();
        if (isArticle(lower) && i + 1 < tokens.size() && isBodyCountNoun(tokens.get(i + 1))) {
            return Candidate.word(1, i + 1);       // "ein Toter", "einen Schwerverletzten": one casualty
        }
        if (isArticle(lower) && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("bis")
                && !Double.isNaN(GermanNumberWords.parse(tokens.get(i + 2).lower()))) {
            // "ein bis zwei Wochen": the lower end of a range (tested before the article reading below, which
            // would otherwise take every "ein" and wait for a scale word; "ein oder zwei" is no range)
            return Candidate.word(1, i + 1);
        }
        if (ROUGH_ADJECTIVES.contains(lower) && i > 0 && isArticle(tokens.get(i - 1).lower())
                && scales.matchAt(tokens, i + 1) != null) {
            // "ein gutes Dutzend", "eine knappe Million": the article is the number one, the adjective says about
            Candidate c = Candidate.word(1, i + 1);
            c.needsScale = true;
            c.roughly = true;
            return c;
        }
        if (lower.startsWith("ein") && lower.length() <= 5 && isArticle(lower) || lower.equals("halbe")
                || lower.equals("halben") || lower.equals("halbes") || lower.equals("halber")) {
            Candidate c = Candidate.word(lower.startsWith("halb") ? 0.5 : 1, i + 1);
            c.needsScale = true;
            return c;
        }
        if (lower.equals("null")) {
            Candidate c = Candidate.word(0, i + 1);
            c.needsUnit = true;
            return c;
        }
        if (t.isCapitalized() && !lower.equals("hundert") && !lower.equals("tausend")
                && !isSentenceInitial(tokens, i)) {
            return null;
        }
        // "hinsichtlich zweier Züge", "die Mutter dreier Kinder": the genitive of two and three, lower case only
        // (capitalized "Zweier", "Dreier" are nouns: a boat, a team, a bet)
        double value = t.text().equals("zweier") ? 2 : t.text().equals("dreier") ? 3 : GermanNumberWords.parse(lower);
        if (Double.isNaN(value)) {
            return null;
        }
        return Candidate.word(value, i + 1);
    }

    /**
     * Makes {@code c} and {@code other} the two ends of one range: {@code c} takes what {@code other} counts, its
     * category and, lacking one, its unit; each end keeps a qualifier of its own or takes the given one, and reading goes on after
     * {@code other}.
     */
    private static Candidate range(Candidate c, Candidate other, String qualifier, String otherQualifier) {
        if (c.unit == null) {
            c.unit = other.unit;
        }
        c.counted = other.counted;
        c.category = other.category;
        if (c.qualifier == null) {
            c.qualifier = qualifier;
        }
        if (other.qualifier == null) {
            other.qualifier = otherQualifier;
        }
        c.partner = other;
        c.next = other.next;
        return c;
    }

    /** A capitalized casualty noun counted one by one (single-casualty-nouns.txt: "Toter", "Schwerverletzten"). */
    private boolean isBodyCountNoun(Token t) {
        return t.isCapitalized() && CasualtyLexicon.knownFormOrTail(t.lower(), isSingleCasualtyNoun) != null;
    }

    /** A percentage or a currency (an ISO code): units that "ein" counts ("ein Prozent", "einen Dollar"). */
    private static boolean isShare(String unit) {
        return unit.equals("percent") || unit.equals("percentage_points") || unit.equals("permille")
                || isCurrency(unit);
    }

    private static boolean isArticle(String lower) {
        return switch (lower) {
            case "ein", "eine", "einer", "einem", "einen", "eines" -> true;
            default -> false;
        };
    }

    private static boolean isSentenceInitial(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).lineStart()) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        return prev.kind() == Token.Kind.SYMBOL && OPENERS.indexOf(prev.text().charAt(0)) >= 0;
    }

    private static final int QUANTITY = 0;
    private static final int NOT_A_QUANTITY = 1;
    private static final int PHONE = 2;

    /**
     * Rules that rule out a digit numeral from its surroundings (tokens [i, end) are the numeral): gives
     * {@link #QUANTITY}, {@link #NOT_A_QUANTITY} or {@link #PHONE} (the digit groups that follow go too).
     */
    private int isNotAQuantityAround(List<Token> tokens, int i, int end) {
        Token first = tokens.get(i);
        Token last = tokens.get(end - 1);
        String literal = first.text();
        int n = tokens.size();
        Token next = end < n ? tokens.get(end) : null;
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        boolean nextGlued = next != null && next.start() == last.end();
        boolean prevGlued = prev != null && prev.end() == first.start();
        if (GermanNumerals.hasLeadingZero(literal)
                || GermanNumerals.isPlainInteger(literal) && literal.length() >= 7 && end == i + 1
                || prev != null && prevGlued && prev.isSymbol('+') && next != null && next.isNumeral()) {
            return PHONE;
        }
        // ordinals and dates "3. Oktober", "am 3. und 4."; list items "1." / "2)"
        // Swiss whole francs "Fr. 50.–", "1'200.- Franken" and an amount after a currency sign closing the sentence
        // ("beträgt CHF 1'200."): no ordinal
        boolean roundFrancs = wholeFrancsMark(tokens, end, last.end());
        boolean afterCurrency = i > 0 && currencyPrefixes.matchEndingAt(tokens, i) != null;
        if (next != null && nextGlued && next.isSymbol('.') && !roundFrancs) {
            if (end + 1 < n && !tokens.get(end + 1).isSymbol('“') && !tokens.get(end + 1).isSymbol('"')
                    && !tokens.get(end + 1).isSymbol('«')) {
                return NOT_A_QUANTITY;
            }
            // sentence-final "… am 25." / "des frühen 20." / "Gruber 50.": a cut date, century or rank
            if (prev != null && !afterCurrency && (SENTENCE_FINAL_ORDINAL_BEFORE.contains(prev.lower()) || prev.isCapitalized()
                    || isHyphen(prev) || prev.isSymbol('–') || prev.isSymbol('(') || prev.isSymbol('/')
                    || prev.isLowerWord() && (prev.lower().endsWith("en") && i >= 2
                    && tokens.get(i - 2).isWord() && SENTENCE_FINAL_ORDINAL_BEFORE.contains(tokens.get(i - 2).lower())))) {
                return NOT_A_QUANTITY;
            }
        }
        if (next != null && nextGlued && next.isSymbol(')') && (first.lineStart()
                || prev != null && prev.isSymbol('(') && prev.lineStart())) {
            return NOT_A_QUANTITY;
        }
        // times, scores, ratios, seasons, phone numbers: "14:30", "2:1", "50/50", "2015/16", "+49 30 …"
        if (next != null && nextGlued && (next.isSymbol(':') || next.isSymbol('/'))
                && end + 1 < n && tokens.get(end + 1).isNumeral()) {
            return NOT_A_QUANTITY;
        }
        if (prev != null && prevGlued && (prev.isSymbol(':') || prev.isSymbol('/'))
                && i >= 2 && tokens.get(i - 2).isNumeral()) {
            return NOT_A_QUANTITY;
        }
        if (next != null && (next.text().equals("Uhr") || nextGlued && next.text().equals("h"))) {
            return NOT_A_QUANTITY;
        }
        // a bracket glued to a number before it: a tie-break ("7:6(3)") or a footnote, not an amount
        if (prev != null && prevGlued && prev.isSymbol('(') && i >= 2 && tokens.get(i - 2).isNumeral()
                && tokens.get(i - 2).end() == prev.start()) {
            return NOT_A_QUANTITY;
        }
        // a short capitalised word glued to a dot glued to the number: a model or reference ("ID.3", "Nr.5", "S.12")
        if (prev != null && prevGlued && prev.isSymbol('.') && i >= 2 && tokens.get(i - 2).isWord()
                && tokens.get(i - 2).end() == prev.start() && tokens.get(i - 2).isCapitalized()
                && tokens.get(i - 2).text().length() <= 4) {
            return NOT_A_QUANTITY;
        }
        // a factor: "4 x 7,5 Kilometer" (a relay), "2 × 45 Minuten": the amount is the number after it
        if (next != null && (next.text().equals("x") || next.text().equals("×")) && end + 1 < n
                && tokens.get(end + 1).isNumeral()) {
            return NOT_A_QUANTITY;
        }
        // a number to call: "bitte unter 133 melden", "ist unter 144 erreichbar" (no limit "unter 133")
        if (prev != null && prev.lower().equals("unter") && end == i + 1 && GermanNumerals.isPlainInteger(literal)
                && next != null && CALL_VERBS.contains(next.lower())) {
            return NOT_A_QUANTITY;
        }
        return prev != null && isDesignator(tokens, i) ? NOT_A_QUANTITY : QUANTITY;
    }

    /** Nouns of a survey whose "unter" + number names those asked ("Umfrage unter 1.000 Betrieben"). */
    private static final String[] SURVEY_NOUNS = {"umfrage", "befragung", "erhebung", "studie", "untersuchung"};

    /**
     * A survey noun among the eight tokens before "unter" at {@code unter}, within the clause (no comma, period or
     * colon between): "Nach einer Umfrage der Deutschen Krankenhausgesellschaft (DKG) unter 320 Häusern".
     */
    private static boolean surveyBefore(List<Token> tokens, int unter) {
        for (int k = unter - 1; k >= 0 && k >= unter - 8; k--) {
            String w = tokens.get(k).lower();
            if (w.equals(",") || w.equals(".") || w.equals(":") || w.equals(";")) {
                return false;
            }
            if (WordEndings.endsWithAny(w, SURVEY_NOUNS)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs right after "unter" + number that make it a phone number ("unter 133 melden"). */
    private static final Set<String> CALL_VERBS = Set.of("melden", "anrufen", "erreichbar", "wählen",
            "erreichen", "kontaktieren", "rufen");

    /** After a phone-like numeral: the end of the digit groups joined to it by spaces, "/", "-" or brackets. */
    private static int endOfDigitRun(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && tokens.get(k).start() - tokens.get(k - 1).end() <= 1
                && (tokens.get(k).isNumeral() || isHyphen(tokens.get(k)) || tokens.get(k).isSymbol('/')
                || tokens.get(k).isSymbol('(') || tokens.get(k).isSymbol(')'))) {
            k++;
        }
        return k;
    }

    private boolean isDesignator(List<Token> tokens, int i) {
        if (designators.matchEndingAt(tokens, i) != null) {
            return true;
        }
        Token prev = tokens.get(i - 1);
        // one capital letter and a space: a road or line ("auf der A 8", "die B 27", "S 3"), not an amount
        if (prev.isWord() && prev.text().length() == 1 && Character.isUpperCase(prev.text().charAt(0))
                && prev.end() + 1 == tokens.get(i).start()) {
            return true;
        }
        // "(ATP-Nr. 221)", "die WM-Platz 3": a listed designator as the last part of a hyphen compound
        Token word = prev.isSymbol('.') && i >= 2 ? tokens.get(i - 2) : prev;
        int hyphen = word.isWord() ? word.text().lastIndexOf('-') : -1;
        if (hyphen > 0 && hyphen + 1 < word.text().length() && Character.isUpperCase(word.text().charAt(hyphen + 1))
                && designators.hasWordEntry(word.text().substring(hyphen + 1))) {
            return true;
        }
        if (!prev.isCapitalized()) {
            return prev.isWord() && isCamelCase(prev.text());
        }
        String lower = prev.lower();
        for (String suffix : designatorSuffixes) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length() + 2) {
                return true;
            }
        }
        return isCamelCase(prev.text());
    }

    /**
     * "die Dokumentation „Zwölf Nächte in Rom“", "des Albums »Sieben Tage«": a number opening a quotation right
     * after the noun of a work ({@link WorkTitles}) begins a title.
     */
    private static boolean opensWorkTitle(List<Token> tokens, int i) {
        if (i < 2) {
            return false;
        }
        Token mark = tokens.get(i - 1);
        return mark.text().length() == 1 && mark.end() == tokens.get(i).start() && tokens.get(i - 2).isWord()
                && WorkTitles.opensTitle(mark.text().charAt(0), tokens.get(i - 2).lower());
    }


    /** "„Christophorus 6“", "»Apollo 11«": a number closing a quoted name right after a capitalised word. */
    private static boolean closesQuotedName(List<Token> tokens, int i, int j) {
        if (i < 1 || j >= tokens.size() || !tokens.get(i - 1).isCapitalized()
                || tokens.get(i - 1).end() + 1 != tokens.get(i).start()) {
            return false;
        }
        Token next = tokens.get(j);
        return next.start() == tokens.get(j - 1).end() && next.text().length() == 1
                && "“”\"«»‘’'".indexOf(next.text().charAt(0)) >= 0;
    }

    /**
     * A bare number after a name of two capitalized words or after an all-caps word is part of the name:
     * "Galaxy Note 4", "Oppo Find 7", "ORF 2" (the caller checks that no noun, unit or qualifier goes with it and
     * that the number is written in digits).
     */
    private static boolean isNamePart(List<Token> tokens, int i) {
        if (i < 1) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (!prev.isCapitalized() || prev.end() + 1 != tokens.get(i).start()) {
            return false;
        }
        if (prev.text().length() >= 2 && prev.text().equals(prev.text().toUpperCase(Locale.ROOT))
                && Character.isLetter(prev.text().charAt(1))) {
            return true;
        }
        if (i >= 2 && NAME_ARTICLES.contains(tokens.get(i - 2).text()) && tokens.get(i - 2).end() + 1 == prev.start()
                && GermanNumerals.isPlainInteger(tokens.get(i).text()) && tokens.get(i).text().length() <= 4
                && !countGoesOn(tokens, i + 1)) {
            return true; // "das Lumia 950", "mit dem Nexus 5": an article, one name, a bare whole number
        }
        return i >= 2 && tokens.get(i - 2).isCapitalized() && !tokens.get(i - 2).lineStart()
                && tokens.get(i - 2).end() + 1 == prev.start() && !wholeFollows(tokens, i + 1);
    }

    /**
     * "von"/"der" and a number at {@code next}: the number before is a part of a whole ("Mariano Rajoy 119 von 350
     * Mandaten"), a count after a name, not a model number ("Galaxy Note 4 von Samsung" has no number after "von").
     */
    private static boolean wholeFollows(List<Token> tokens, int next) {
        return next + 1 < tokens.size() && WHOLE_BEFORE.contains(tokens.get(next).lower())
                && tokens.get(next + 1).isNumeral();
    }

    /**
     * The number before {@code next} goes on as a count: an adjective and its noun ("einer Zählung 37 tote
     * Vögel"), a second number ("in der Größenordnung 400 oder 500 Kilometer") or a part of a whole ("44 der
     * 101 Sitze").
     */
    private static boolean countGoesOn(List<Token> tokens, int next) {
        if (next + 1 >= tokens.size() || !tokens.get(next).isLowerWord()) {
            return false;
        }
        Token after = tokens.get(next + 1);
        String w = tokens.get(next).lower();
        return after.isCapitalized() && !w.equals("und") && !w.equals("oder")
                || (w.equals("oder") || w.equals("und") || w.equals("bis")) && after.isNumeral()
                || w.equals("der") || w.equals("von"); // "mit 41 Prozent der Stimmen 44 der 101 Sitze"
    }

    /** Lower-case articles before a one-word name with a number ("das Lumia 950", "einem Nexus 5"). */
    private static final Set<String> NAME_ARTICLES = Set.of("der", "die", "das", "dem", "den", "des", "ein",
            "eine", "einem", "einen", "eines", "einer");

    /** "iPhone", "PlayStation", "ThinkPad": product names (upper case after a lower-case letter). */
    private static boolean isCamelCase(String word) {
        for (int k = 1; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isUpperCase(c) && Character.isLowerCase(word.charAt(k - 1))) {
                return !word.contains("-");
            }
        }
        return false;
    }

    /**
     * A year after a year word ("seit Oktober 2014", "im Jahr 2015") at token {@code p}: it is no count, so it
     * does not end the search for a casualty word ("Mehrere hundert Menschen sollen seit Oktober 2014 getötet
     * worden sein", "Während des Krieges starben im Sommer 2014 mehr als 2.200 Palästinenser").
     */
    private boolean datedYear(List<Token> tokens, int p) {
        String literal = tokens.get(p).text();
        return p > 0 && plainFourDigits(literal) && isYearLiteral(literal, Integer.parseInt(literal))
                && yearContext.matchEndingAt(tokens, p) != null;
    }

    /**
     * A token the casualty windows do not look past: a number other than a dated year, a window stop or a dash.
     * (Callers add what else ends their window: a comma, a coordinator.)
     */
    private boolean endsCasualtyWindow(List<Token> tokens, int p) {
        Token t = tokens.get(p);
        return t.isNumeral() && !datedYear(tokens, p) || isWindowStop(t) || t.isSymbol('–') || t.isSymbol('—');
    }

    private static boolean isYear(Candidate c) {
        return isYearLiteral(c.literal, c.value);
    }

    /** Four plain digits whose value lies between 1800 and 2100: what a year looks like. */
    private static boolean isYearLiteral(String literal, double value) {
        return plainFourDigits(literal) && value >= 1800 && value <= 2100;
    }

    private static boolean plainFourDigits(String literal) {
        return literal.length() == 4 && GermanNumerals.isPlainInteger(literal);
    }

    /**
     * A signed number alone in brackets right after a percentage ("27,8 Prozent (+14,5)", "26,1 % (−13,5)"): the
     * number at {@code i} (its sign the token before) ends at {@code j}.
     */
    private static boolean signedChangeAfterShare(List<Token> tokens, int i, int j) {
        if (i < 3 || j >= tokens.size() || !tokens.get(j).isSymbol(')')) {
            return false;
        }
        Token sign = tokens.get(i - 1);
        if (!(sign.isSymbol('+') || sign.isSymbol('-') || sign.isSymbol('\u2212') || sign.isSymbol('±'))
                || !tokens.get(i - 2).isSymbol('(')) {
            return false;
        }
        Token share = tokens.get(i - 3);
        return share.isSymbol('%') || share.lower().equals("prozent");
    }

    /**
     * A hyphen or minus sign glued to the number at {@code numTok} with a space (or the sentence start) before
     * it and no number before that ("auf -10 Grad", "−3,5 Prozent"), or right after an opening bracket ("(-0,3 %)");
     * "10-20" and "20 - 25" are ranges.
     */
    private static boolean isMinusSign(List<Token> tokens, int numTok, String text) {
        if (numTok < 1) {
            return false;
        }
        Token sign = tokens.get(numTok - 1);
        if (!(sign.isSymbol('-') || sign.isSymbol('\u2212')) || sign.end() != tokens.get(numTok).start()) {
            return false;
        }
        if (numTok < 2) {
            return true;
        }
        Token before = tokens.get(numTok - 2);
        if (before.isSymbol('(') && before.end() == sign.start()) {
            return true;   // a change in brackets on a stock line: "MDAX 26.112,9 Punkte (-0,3 %)"
        }
        return before.end() < sign.start() && !before.isNumeral() && !(before.isWord()
                && !Double.isNaN(GermanNumberWords.parse(before.lower())));
    }

    /**
     * A whole number of at most 120 alone in brackets right after a word or an initial ("Der Lenker (45)",
     * "Maria K. (83)"): news style for a person's age, not an amount.
     */
    private static boolean isBracketedAge(List<Token> tokens, int i, int j, Candidate c) {
        if (i < 2 || j >= tokens.size() || c.coreEnd != i + 1 || !GermanNumerals.isPlainInteger(c.literal)
                || c.value > 120 || !tokens.get(i - 1).isSymbol('(') || !tokens.get(j).isSymbol(')')) {
            return false;
        }
        Token before = tokens.get(i - 2);
        return before.isWord() && before.isCapitalized() || before.isSymbol('.');
    }

    /**
     * A clock time in words: an hour 1–12 after "halb", "dreiviertel" or "viertel nach/vor" ("gegen halb sechs"),
     * also the second end of a range after one ("zwischen halb drei und drei").
     */
    private static boolean clockInWords(List<Token> tokens, int i, double value) {
        if (i < 1 || value < 1 || value > 12 || value != Math.rint(value)) {
            return false;
        }
        String prev = tokens.get(i - 1).lower();
        if (prev.equals("halb") || prev.equals("dreiviertel")) {
            return true;
        }
        if ((prev.equals("nach") || prev.equals("vor")) && i >= 2 && tokens.get(i - 2).lower().equals("viertel")) {
            return true;
        }
        return (prev.equals("und") || prev.equals("bis")) && i >= 3 && tokens.get(i - 3).lower().equals("halb");
    }

    /** English words around a number in a quoted English sentence ("More than 1,200 people worked …"). */
    private static final Set<String> ENGLISH_AROUND = Set.of("than", "about", "over", "nearly", "almost", "around",
            "of", "the", "people", "more", "jobs", "years", "new");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

    /**
     * A number grouped by commas in threes ("1,200") next to an English word is English: the comma separates
     * thousands, not decimals (German "1,200" would be 1.2).
     */
    private static boolean englishThousands(List<Token> tokens, int i, String literal) {
        // the comma test first: most literals have none, and the pattern's matcher is built for every literal
        if (literal.indexOf(',') < 0 || !COMMA_THOUSANDS.matcher(literal).matches()) {
            return false;
        }
        return i > 0 && tokens.get(i - 1).isWord() && ENGLISH_AROUND.contains(tokens.get(i - 1).lower())
                || i + 1 < tokens.size() && tokens.get(i + 1).isWord()
                    && ENGLISH_AROUND.contains(tokens.get(i + 1).lower());
    }

    /** Words that join two numbers sharing what they count ("fünf oder sechs Kinder", "60 bzw. 46 Prozent"). */
    private static final Set<String> NUMBER_JOINERS = Set.of("und", "oder", "bzw", "beziehungsweise");
    /**
     * Whether the comma at {@code comma} continues a list of numbers of one kind (digits or words) that ends in
     * "und"/"oder" + a number: ", 400 und 600", ", 2, 3 oder 4".
     */
    private static boolean closedNumberList(List<Token> tokens, int comma, boolean numeral) {
        int n = tokens.size();
        int k = comma;
        while (k + 1 < n && tokens.get(k).isSymbol(',') && isNumberOfKind(tokens.get(k + 1), numeral)) {
            k += 2;
        }
        return k > comma && k + 1 < n && (tokens.get(k).lower().equals("und") || tokens.get(k).lower().equals("oder"))
                && isNumberOfKind(tokens.get(k + 1), numeral);
    }

    private static boolean isNumberOfKind(Token t, boolean numeral) {
        return numeral ? t.isNumeral() : t.isLowerWord() && !Double.isNaN(GermanNumberWords.parse(t.lower()));
    }

    /** Words that set one figure against another ("zwölf statt 14,5 Milliarden Euro"). */
    private static final Set<String> INSTEAD = Set.of("statt", "anstatt", "anstelle");
    private static final Set<String> DEFINITE_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");
    /** Words after a number word cut at a hyphen ("fünf- bis sechstausend", "zwei- oder dreihundert"). */
    private static final Set<String> TRUNCATION_JOINERS = Set.of("bis", "und", "oder");

    /** The hundreds or thousands a number word ends in: "sechstausend" 1000, "dreihunderttausend" 100 000. */
    private static double innerScale(String numberWord) {
        return numberWord.endsWith("hunderttausend") ? 100_000 : numberWord.endsWith("tausend") ? 1000
                : numberWord.endsWith("hundert") ? 100 : 1;
    }
    /** Adjectives between an article and a scale word that make the amount approximate ("ein gutes Dutzend"). */
    private static final Set<String> ROUGH_ADJECTIVES = Set.of("gutes", "guten", "gute", "knappes", "knappen",
            "knappe");

    /** "zwischen 8 und 10 Uhr", "von 9 bis 17 Uhr": the upper end of the range is a clock time. */
    private static boolean rangeEndsInClockTime(List<Token> tokens, int m) {
        return m + 1 < tokens.size() && tokens.get(m).isNumeral() && tokens.get(m + 1).lower().equals("uhr");
    }

    private boolean isRangeWord(List<Token> tokens, int j, int startTok) {
        Token t = tokens.get(j);
        if (t.lower().equals("bis") || t.isSymbol('-') || t.isSymbol('–')) {
            Token after = tokens.get(j + 1);
            return after.isNumeral() || after.lower().equals("zu") || after.isLowerWord();
        }
        return t.lower().equals("und") && startTok > 0 && tokens.get(startTok - 1).lower().equals("zwischen");
    }

    /**
     * The token the number counts (next noun after adjectives, or — for a whole number — a participle), or -1.
     * A fraction counts no participle: "ein Beben der Stärke 7,1 getroffen" has no "getroffen" things.
     */
    private int findCounted(List<Token> tokens, int j, boolean vagueBefore, boolean whole) {
        int n = tokens.size();
        if (j >= n) {
            return -1;
        }
        Token t = tokens.get(j);
        if (t.isCapitalized()) {
            return j;
        }
        if (!t.isLowerWord()) {
            return -1;
        }
        if (t.lower().equals("von") && vagueBefore) {
            int noun = j + 1;
            while (noun < n && noun < j + 4 && tokens.get(noun).isLowerWord()
                    && !stopwords.contains(tokens.get(noun).lower())) {
                noun++;
            }
            return noun < n && tokens.get(noun).isCapitalized() ? noun : -1;
        }
        if (whole && ATTRIBUTE_PREPOSITIONS.contains(t.lower())) {
            int noun = participleAttributeNoun(tokens, j);
            if (noun >= 0) {
                return noun;
            }
        }
        int k = j;
        while (k < n && k < j + 3 && tokens.get(k).isLowerWord() && !stopwords.contains(tokens.get(k).lower())
                && Double.isNaN(GermanNumberWords.parse(tokens.get(k).lower()))) {
            k++;
        }
        if (k > j && k < n && tokens.get(k).isCapitalized() && looksInflected(tokens.get(k - 1).lower())) {
            return k;
        }
        int p = j;
        PhraseLexicon.Entry adverb;
        while (p < j + 3 && (adverb = degreeAdverbs.matchAt(tokens, p)) != null) {
            p += adverb.size();
        }
        if (whole && p < n && tokens.get(p).isLowerWord()) {
            String lower = tokens.get(p).lower();
            if (!stopwords.contains(lower)
                    && (casualties.categoryOfWord(tokens.get(p)) != null || PARTICIPLE.matcher(lower).matches())) {
                return p;
            }
        }
        return -1;
    }

    /** Prepositions that open a participle's phrase between a number and its noun ("zwei aus Ungarn erwartete Züge"). */
    private static final Set<String> ATTRIBUTE_PREPOSITIONS = Set.of("aus", "von", "in", "im", "nach", "bei", "vor",
            "mit", "an", "am", "auf", "für", "wegen");

    /**
     * "Zwei aus Ungarn erwartete Züge", "18 von Taliban-Kämpfern als Geiseln genommene Insassen": after the
     * preposition at {@code j}, one to four words without a number or punctuation, then an inflected participle
     * ("ge…te/en", "…ende", "er…t") and a noun: the number counts that noun. The participle may not follow the
     * preposition or an article directly ("20 an bekannte Händler", "davon 8.300 in der namensgebenden
     * Stadtgemeinde": the noun is the preposition's).
     */
    private static int participleAttributeNoun(List<Token> tokens, int j) {
        int n = tokens.size();
        for (int p = j + 2; p < n - 1 && p <= j + 5; p++) {
            Token before = tokens.get(p - 1);
            if (!before.isWord() || before.isNumeral()) {
                return -1;
            }
            Token w = tokens.get(p);
            if (!w.isWord() || w.isNumeral() || !Double.isNaN(GermanNumberWords.parse(w.lower()))) {
                return -1; // "sechs von zehn Schülern": a number in between counts for itself
            }
            if (w.isLowerWord() && attributeParticiple(w.lower()) && tokens.get(p + 1).isCapitalized()
                    && !DETERMINERS.contains(before.lower())) {
                return p + 1;
            }
        }
        return -1;
    }

    private static final Set<String> DETERMINERS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einer", "einem", "einen", "eines", "seiner", "ihrer", "dieser", "diesem", "diesen");

    private static boolean attributeParticiple(String w) {
        if (w.length() < 6) {
            return false;
        }
        // only the -e/-en adjective endings follow a participle stem ("eingesetzte", "erwarteten")
        String stem = w.endsWith("en") ? w.substring(0, w.length() - 2) : w.endsWith("e") ? w.substring(0, w.length() - 1)
                : null;
        return stem != null && (stem.endsWith("end") || stem.endsWith("ert") || PARTICIPLE.matcher(stem).matches());
    }

    private static boolean looksInflected(String lower) {
        return AdjectiveEndings.has(lower);
    }

    /** Category from the words between the number and its counted word, both included. */
    private String categoryBetween(List<Token> tokens, int from, int countedTok) {
        int[] length = new int[1];
        for (int p = from; p <= countedTok; p++) {
            String phrase = casualties.categoryOfPhraseAt(tokens, p, length);
            if (phrase != null) {
                return phrase;
            }
        }
        for (int p = countedTok; p >= from; p--) {
            String word = casualties.categoryOfWord(tokens.get(p));
            if (word != null) {
                return word;
            }
        }
        return null;
    }

    /**
     * The predicate casualty word ("vermisst", "starben", "ums Leben") within {@link #WINDOW} words from
     * {@code from}. Nouns and attributive adjectives (a lower-case word followed by a noun) belong to other
     * phrases and are passed over, as is an aside between two dashes; the search stops at clause ends, a dash,
     * coordinating conjunctions, the next
     * number and a partitive ("…, eine davon tot": the predicate after it is the part's, not the whole's).
     */
    private String categoryAfter(List<Token> tokens, int from) {
        int[] length = new int[1];
        int words = 0;
        int p = from;
        for (; p < tokens.size() && words < WINDOW; p++) {
            Token t = tokens.get(p);
            if (countOfTime(tokens, p)
                    && (t.isNumeral() || t.isWord() && !Double.isNaN(GermanNumberWords.parse(t.lower())))) {
                // "198 Zivilisten binnen fünf Monaten getötet", "… binnen 24 Stunden getötet": a count of time is an
                // adverbial, no new count
                p++;
                words += 2;
                continue;
            }
            int aside = dashAsideEnd(tokens, p);
            if (aside > p) {
                // "1,9 Millionen Menschen – rund 90 Prozent der Bevölkerung – wurden vertrieben": an aside between
                // dashes, numbers and all, is passed over
                p = aside;
                continue;
            }
            if (endsCasualtyWindow(tokens, p)) {
                return null;
            }
            if (!t.isWord()) {
                continue;
            }
            if (p == from && coordinatedSubject(tokens, p)) {
                p += 2; // "Zwei Feuerwehrleute und ein Polizist sind verletzt": the predicate is shared
                continue;
            }
            if (COORDINATORS.contains(t.lower()) || !Double.isNaN(GermanNumberWords.parse(t.lower()))
                    || t.isCapitalized() && VAGUE_PLURAL.matcher(t.lower()).matches()) {
                // a vague plural is the next count too: "zwei Tote, Hunderte evakuiert" (the dead were not evacuated)
                return null;
            }
            if (p > from && partitiveAfter(tokens, p)) {
                return null; // "zwei Personen wurden verschüttet, eine davon tot": the predicate is the part's
            }
            String phrase = casualties.categoryOfPhraseAt(tokens, p, length);
            if (phrase != null) {
                return phrase;
            }
            if (t.lower().equals("unter") && p + 2 < tokens.size() && tokens.get(p + 1).lower().equals("den")
                    && tokens.get(p + 2).isCapitalized()) {
                // "zwei Ausländer waren unter den Geiseln", "Zwei Deutsche sind unter den Toten"
                String group = casualties.categoryOfWord(tokens.get(p + 2));
                if (group != null) {
                    return group;
                }
            }
            boolean attributive = p + 1 < tokens.size() && tokens.get(p + 1).isCapitalized();
            String word = t.isLowerWord() && !attributive ? casualties.categoryOfWord(t) : null;
            if (word != null) {
                return word;
            }
            words++;
        }
        return words >= WINDOW ? categoryAtClauseEnd(tokens, p, length) : null;
    }

    /** A number at {@code p} directly followed by a noun of time-nouns.txt ("fünf Monaten", "24 Stunden"). */
    private boolean countOfTime(List<Token> tokens, int p) {
        return p + 1 < tokens.size() && tokens.get(p + 1).isWord() && timeNouns.contains(tokens.get(p + 1).text());
    }

    /**
     * "die Leichen von fünf Flüchtlingen", "die Leichen von weiteren 13 Migranten": a count right after "Leiche(n)
     * von" (one inflected adjective may stand between) counts the dead.
     */
    private static boolean bodiesOf(List<Token> tokens, int startTok) {
        int von = startTok - 1;
        if (von >= 1 && tokens.get(von).isLowerWord() && looksInflected(tokens.get(von).lower())
                && !tokens.get(von).lower().equals("von")) {
            von--;
        }
        if (von < 1 || !tokens.get(von).lower().equals("von")) {
            return false;
        }
        String noun = tokens.get(von - 1).lower();
        // the word itself, no compound tail: "Vergleiche von 20 Ländern" ends in "leiche" too
        return tokens.get(von - 1).isCapitalized() && (noun.equals("leiche") || noun.equals("leichen"));
    }

    /** Plural finite auxiliaries after a coordinated subject ("… und ein Polizist sind/wurden verletzt"). */
    private static final Set<String> PLURAL_AUXILIARIES = Set.of("sind", "wurden", "waren", "seien", "wären");
    /** Determiners of a second subject after "und"/"sowie" (a number word counts on its own). */
    private static final Set<String> SUBJECT_DETERMINERS = Set.of("ein", "eine", "der", "die", "das", "zwei",
            "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "mehrere", "weitere");

    /**
     * "und"/"sowie" at {@code p}, then a determiner or a number word, a noun and a plural auxiliary or a casualty
     * word or phrase: a coordinated subject whose predicate the number before also takes ("Zwei Männer und eine Frau
     * wurden festgenommen", "… acht Soldaten und ein UN-Soldat getötet", the auxiliary before the list, "zehn
     * Kinder sowie ein Erwachsener ums Leben gekommen").
     */
    private boolean coordinatedSubject(List<Token> tokens, int p) {
        if (p + 3 >= tokens.size()) {
            return false;
        }
        String w = tokens.get(p).lower();
        Token after = tokens.get(p + 3);
        return (w.equals("und") || w.equals("sowie")) && tokens.get(p + 1).isLowerWord()
                && SUBJECT_DETERMINERS.contains(tokens.get(p + 1).lower()) && tokens.get(p + 2).isCapitalized()
                && after.isLowerWord() && (PLURAL_AUXILIARIES.contains(after.lower())
                || casualties.categoryOfWord(after) != null
                || casualties.categoryOfPhraseAt(tokens, p + 3, new int[1]) != null);
    }

    /** Words that deny a casualty word in their clause ("niemand wurde verletzt", "verletzt wurde keiner"). */
    private static final Set<String> NEGATORS = Set.of("niemand", "niemanden", "keiner", "keine", "keinen");
    /** How far after the number the first casualty word is looked for. */
    private static final int NEGATION_REACH = 12;

    /**
     * The casualty is denied: "keiner/keine/niemand (der/von)" right before the number ("keiner der 30 Fahrgäste
     * wurde verletzt"), or the first casualty word after the number has a negator or "nicht" next to it in its
     * clause, no comma in between ("168 Passagiere, niemand wurde verletzt", "sechs Besatzungsmitglieder,
     * verletzt wurde niemand", "wurden nicht verletzt"). A negation in a later clause ("Drei starben, keiner
     * wurde verletzt") stays with its own casualty word.
     */
    private boolean negatedCasualty(List<Token> tokens, int startTok) {
        for (int p = startTok - 1; p >= 0 && p >= startTok - 2; p--) {
            if (tokens.get(p).isWord() && NEGATORS.contains(tokens.get(p).lower())) {
                return true;
            }
        }
        for (int p = startTok + 1; p < tokens.size() && p < startTok + NEGATION_REACH; p++) {
            Token t = tokens.get(p);
            if (isWindowStop(t)) {
                return false;
            }
            if (!t.isLowerWord() || casualties.categoryOfWord(t) == null) {
                continue;
            }
            if (p > 0 && tokens.get(p - 1).isWord() && tokens.get(p - 1).lower().equals("nicht")) {
                return true;
            }
            return negatorNextTo(tokens, p, -1) || negatorNextTo(tokens, p, 1);
        }
        return false;
    }

    /** A negator within two words of {@code p} in direction {@code step}, no comma in between. */
    private static boolean negatorNextTo(List<Token> tokens, int p, int step) {
        for (int q = p + step, k = 0; k < 2 && q >= 0 && q < tokens.size(); q += step, k++) {
            Token t = tokens.get(q);
            if (!t.isWord()) {
                return false;
            }
            if (NEGATORS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Finite forms of "nehmen" whose particle "fest" closes the clause: "festnehmen" split in a main clause. */
    private static final Set<String> NEHMEN = Set.of("nahm", "nahmen", "nimmt", "nehmen");

    /**
     * "Die Polizei nahm sieben Verdächtige fest": a form of "nehmen" before the number in its clause and the
     * particle "fest" closing the clause after it ("festnehmen" with its particle split off, as in every main
     * clause). Other verbs with "fest" (feststellen, festlegen) are no arrest.
     */
    private static boolean arrestedBySeparableVerb(List<Token> tokens, int numberTok, int from) {
        boolean verb = false;
        for (int p = numberTok - 1; p >= 0 && p >= numberTok - 8; p--) {
            Token t = tokens.get(p);
            if (isWindowStop(t) || t.isSymbol(',')) {
                break;
            }
            if (t.isWord() && NEHMEN.contains(t.lower())) {
                verb = true;
                break;
            }
        }
        if (!verb) {
            return false;
        }
        for (int p = from; p < tokens.size() && p < from + CLAUSE_REACH; p++) {
            Token t = tokens.get(p);
            if (isWindowStop(t) || t.isSymbol(',') || t.isNumeral()) {
                return false;
            }
            if (t.isWord() && t.lower().equals("fest")) {
                return p + 1 >= tokens.size() || !tokens.get(p + 1).isWord();
            }
        }
        return false;
    }

    /** Words that may follow the participle at the end of a German clause ("getötet worden", "verletzt sein"). */
    private static final Set<String> CLAUSE_FINAL_AUXILIARIES = Set.of("worden", "sein", "werden", "haben",
            "wurden", "wurde", "sind", "ist", "seien", "sei", "waren", "war");
    /** How far the right verb bracket may lie after the window. */
    private static final int CLAUSE_REACH = 16;

    /**
     * German puts the participle or verb particle at the end of the clause ("Mindestens 25 Menschen wurden bei
     * dem Anschlag in der Hauptstadt getötet", "… kamen bei dem Unglück am Stadtrand ums Leben"): when the
     * window ran out, a casualty word or phrase that closes the clause (before , ; . : a dash, a coordinator,
     * or the sentence end, after at most {@value #CLAUSE_REACH} more words) still counts.
     */
    private String categoryAtClauseEnd(List<Token> tokens, int from, int[] length) {
        int end = from;
        int words = 0;
        while (end < tokens.size()) {
            Token t = tokens.get(end);
            if (endsCasualtyWindow(tokens, end) || t.isSymbol(',') || t.isWord() && COORDINATORS.contains(t.lower())) {
                break;
            }
            if (!t.isNumeral() && (!t.isWord() || ++words > CLAUSE_REACH)) {
                return null;
            }
            end++;
        }
        while (end > from && CLAUSE_FINAL_AUXILIARIES.contains(tokens.get(end - 1).lower())) {
            end--;
        }
        for (int q = Math.max(from, end - 3); q < end; q++) {
            String phrase = casualties.categoryOfPhraseAt(tokens, q, length);
            if (phrase != null && q + length[0] == end) {
                return phrase;
            }
        }
        Token last = end > from ? tokens.get(end - 1) : null;
        return last != null && last.isLowerWord() ? casualties.categoryOfWord(last) : null;
    }

    /** How far back "Unter den Toten …" may stand: the source often stands between it and the count. */
    private static final int AMONG_REACH = 12;

    /**
     * "Unter den Toten sind nach Angaben des Ministeriums mindestens zwei Mexikaner", "sind unter den Toten 36
     * Kinder": a count introduced as a part of a casualty group ("unter den/diesen" + a casualty noun, up to
     * {@value #AMONG_REACH} tokens back in the clause) takes that group's category; null if there is none. "Unter
     * den Opfern" says nothing ("Opfer" is not a casualty word).
     */
    private String amongCasualties(List<Token> tokens, int start) {
        for (int p = start - 3; p >= 0 && p >= start - AMONG_REACH; p--) {
            Token t = tokens.get(p + 2);
            if (endsCasualtyWindow(tokens, p + 2) || t.isSymbol(',')) {
                return null;
            }
            String det = tokens.get(p + 1).lower();
            if (tokens.get(p).lower().equals("unter") && (det.equals("den") || det.equals("diesen"))
                    && t.isCapitalized()) {
                return casualties.categoryOfWord(t);
            }
        }
        return null;
    }

    /** How far back "Die Zahl der Toten … auf" may stand: news put the source in between. */
    private static final int NUMBER_OF_REACH = 16;

    /**
     * "Die Zahl der Todesopfer ist nach Angaben der Behörde auf mehr als 1.200 gestiegen": a figure right after
     * "auf" whose sentence names "Zahl der/von" + a casualty noun before it (up to {@value #NUMBER_OF_REACH}
     * tokens back, commas allowed, no other number in between) counts that noun; its index, or -1.
     */
    private int numberOfCasualtiesBefore(List<Token> tokens, int start) {
        if (start < 1 || !tokens.get(start - 1).lower().equals("auf")) {
            return -1;
        }
        for (int p = start - 2; p >= 1 && p >= start - NUMBER_OF_REACH; p--) {
            Token t = tokens.get(p);
            if (t.isNumeral() || isWindowStop(t)) {
                return -1;
            }
            String w = t.lower();
            if ((w.equals("der") || w.equals("von")) && tokens.get(p - 1).lower().equals("zahl")
                    && p + 1 < start && tokens.get(p + 1).isCapitalized()
                    && casualties.categoryOfWord(tokens.get(p + 1)) != null) {
                return p + 1;
            }
        }
        return -1;
    }

    /**
     * Index of a casualty word within {@link #WINDOW} words before {@code start} in the same clause, or -1:
     * a predicate ("Bei dem Angriff starben 26 Menschen", "Verletzt wurden 5 Kinder"; not an attributive
     * adjective, i.e. not a lower-case word followed by a noun) or, when {@code nounsToo}, a noun ("Die Zahl
     * der Toten stieg auf 26").
     */
    private int categoryBefore(List<Token> tokens, int start, boolean nounsToo) {
        int words = 0;
        for (int p = start - 1; p >= 0 && words < WINDOW; p--) {
            Token t = tokens.get(p);
            if (endsCasualtyWindow(tokens, p) || t.isSymbol(',') || COORDINATORS.contains(t.lower())) {
                return -1;
            }
            if (!t.isWord()) {
                continue;
            }
            boolean attributive = p + 1 < tokens.size() && tokens.get(p + 1).isCapitalized();
            boolean predicate = !attributive && (t.isLowerWord() || p == 0 || t.lineStart());
            if ((predicate || nounsToo && t.isCapitalized()) && casualties.categoryOfWord(t) != null) {
                return p;
            }
            words++;
        }
        return -1;
    }

    /** How many tokens an aside between dashes may hold. */
    private static final int ASIDE_TOKENS = 12;

    /**
     * At an opening dash ("–", "—") of an aside closed by another dash within {@value #ASIDE_TOKENS} tokens, with no
     * window stop (sentence or clause mark) between: the index of the closing dash; else -1.
     */
    private static int dashAsideEnd(List<Token> tokens, int p) {
        if (!tokens.get(p).isSymbol('–') && !tokens.get(p).isSymbol('—')) {
            return -1;
        }
        for (int q = p + 1; q < tokens.size() && q <= p + ASIDE_TOKENS; q++) {
            Token t = tokens.get(q);
            if (t.isSymbol('–') || t.isSymbol('—')) {
                return q > p + 1 ? q : -1;
            }
            if (isWindowStop(t)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isWindowStop(Token t) {
        return t.kind() == Token.Kind.SYMBOL && WINDOW_STOPS.indexOf(t.text().charAt(0)) >= 0;
    }

    /**
     * At token {@code dot}: ".–" or ".-" glued to the number that ends at {@code numberEnd}, with no number after
     * it — Swiss whole francs ("50.– Franken", "CHF 1'200.–"), not a range of ranks ("1.–3.").
     */
    private static boolean wholeFrancsMark(List<Token> tokens, int dot, int numberEnd) {
        int n = tokens.size();
        return dot + 1 < n && tokens.get(dot).isSymbol('.') && tokens.get(dot).start() == numberEnd
                && (tokens.get(dot + 1).isSymbol('–') || tokens.get(dot + 1).isSymbol('-'))
                && tokens.get(dot + 1).start() == tokens.get(dot).end()
                && !(dot + 2 < n && tokens.get(dot + 2).isNumeral());
    }

    /**
     * "18- bis 29-Jährigen", "3- oder 4-mal": a number with a suspension hyphen shares the compound after the
     * conjunction; when that compound is no count (an age, an adjective or adverb), neither is this number.
     */
    private static boolean suspendedNoCount(List<Token> tokens, int j, Token lastCore) {
        int n = tokens.size();
        if (!(j + 4 < n && isHyphen(tokens.get(j)) && tokens.get(j).start() == lastCore.end()
                && tokens.get(j + 1).start() > tokens.get(j).end())) {
            return false;
        }
        String conj = tokens.get(j + 1).lower();
        Token number = tokens.get(j + 2);
        Token hyphen = tokens.get(j + 3);
        Token word = tokens.get(j + 4);
        if (!(conj.equals("bis") || conj.equals("und") || conj.equals("oder")) || !number.isNumeral()
                || !isHyphen(hyphen) || hyphen.start() != number.end() || !word.isWord()
                || word.start() != hyphen.end()) {
            return false;
        }
        int h = indexOfHyphen(word.text());
        String head = h < 0 ? word.text() : word.text().substring(0, h);
        return !Character.isUpperCase(head.charAt(0)) || head.toLowerCase().contains("jährig");
    }

    private static boolean isHyphen(Token t) {
        return t.kind() == Token.Kind.SYMBOL && QuantityTokenizer.isHyphen(t.text().charAt(0));
    }

    private static int indexOfHyphen(String word) {
        for (int k = 0; k < word.length(); k++) {
            if (QuantityTokenizer.isHyphen(word.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static Set<String> wordSet(String resource) {
        Set<String> set = new HashSet<>();
        for (String line : lines(resource)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                set.add(s);
            }
        }
        return Set.copyOf(set);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = QuantityExtractor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing word list resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + resource, e);
        }
    }
}
