package de.newsfacts.extract.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The German temporal word lists, loaded once from UTF-8 resources next to this class
 * ({@code word=value} or {@code word} per line, {@code #} comments).
 *
 * <p>Rules:
 * <ul>
 *   <li>All lookups are case-insensitive (keys are lower-cased with {@link Locale#ROOT}).</li>
 *   <li>Month abbreviations are stored with their dot and are also found without it.</li>
 *   <li>{@link #alternation(Map)} builds a regex alternation, longest entry first, so that the longest word wins.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class TemporalLexicon {

    /**
     * Verb prefixes before a strong preterite: inseparable ("übergab", "verlor", "bekam") and separable ones joined
     * in a verb-final clause ("freigab", "stattfand", "vorwarf"). Declared before {@link #INSTANCE}, whose
     * construction reads them.
     */
    private static final List<String> PRETERITE_PREFIXES = List.of("be", "emp", "ent", "er", "ge", "miss", "ver",
            "zer", "über", "unter", "hinter", "wider", "ab", "an", "auf", "aus", "bei", "durch", "ein", "fest",
            "fort", "frei", "her", "hin", "los", "mit", "nach", "statt", "teil", "um", "vor", "weg", "wieder", "zu",
            "zurück", "zusammen");

    static final TemporalLexicon INSTANCE = new TemporalLexicon();

    /**
     * A determiner that points back to a time just named ("selben", "gleichen", "desselben", "demselben",
     * "derselben", "dasselbe"), as a lower-case word or its start.
     */
    static boolean isSameDeterminer(String lowerDet) {
        return lowerDet.startsWith("selb") || lowerDet.startsWith("gleich") || lowerDet.startsWith("dessel")
                || lowerDet.startsWith("dems") || lowerDet.startsWith("ders") || lowerDet.startsWith("dass");
    }

    final Map<String, String> months = load("months.txt");
    final Map<String, String> weekdays = load("weekdays.txt");
    final Map<String, String> seasons = load("seasons.txt");
    final Map<String, String> numbers = load("numbers.txt");
    final Map<String, String> ordinals = load("ordinals.txt");
    final Map<String, String> decades = load("decades.txt");
    final Map<String, String> holidays = load("holidays.txt");
    final Map<String, String> vagueRefs = load("vague_refs.txt");
    /** Set words ("täglich", "jährlich", "montags") → TIMEX3 set value (P1D, P1Y, XXXX-WXX-1). */
    final Map<String, String> setWords = load("set_words.txt");
    /** Units of speeds and rates before "pro Stunde" ("60 Kilometer pro Stunde"): no set. */
    final Set<String> rateUnits = load("rate_units.txt").keySet();
    final Set<String> yearCues = load("year_cues.txt").keySet();
    final Set<String> yearBlockers = load("year_blockers.txt").keySet();
    /** Title word (lower case) → weekday (lower case) of newspaper names "Welt am Sonntag", "Bild am Sonntag". */
    final Map<String, String> weekdayTitles = lowerValues(load("weekday_titles.txt"));
    final Set<String> periodCues = load("period_cues.txt").keySet();
    final Set<String> pastCues = load("past_cues.txt").keySet();
    /** Every prefix before every strong preterite of past_cues.txt (no weak "-te"/"-ten" form): one lookup a word. */
    private final Set<String> prefixedPreterites = prefixed(pastCues);
    final Set<String> futureCues = load("future_cues.txt").keySet();
    /** Present-tense verbs of a scheduled event ("beginnt", "trifft"): a future cue when written in lower case. */
    final Set<String> scheduledVerbs = load("scheduled_verbs.txt").keySet();
    final Set<String> prospectiveVerbs = load("prospective_verbs.txt").keySet();
    final Set<String> preteriteBlockers = load("preterite_blockers.txt").keySet();
    final Set<String> participleBlockers = load("participle_blockers.txt").keySet();
    final Set<String> strongParticiples = load("strong_participles.txt").keySet();
    /** Participles without "ge" of verbs whose perfect takes "sein" ("erschienen", "verstorben"). */
    final Set<String> seinParticiples = load("sein_participles.txt").keySet();
    final Set<String> ageGroupNouns = load("age_group_nouns.txt").keySet();
    /** Given names (the entity extractor's Berlin list, lower case): "Anja Freitag" is a surname, no weekday. */
    final Set<String> givenNames = load("/de/newsfacts/extract/entities/firstnames_berlin.txt").keySet();

    private final Map<String, Integer> monthNumbers = new HashMap<>();

    private TemporalLexicon() {
        for (Map.Entry<String, String> e : months.entrySet()) {
            int month = Integer.parseInt(e.getValue());
            monthNumbers.put(e.getKey(), month);
            if (e.getKey().endsWith(".")) {
                monthNumbers.put(e.getKey().substring(0, e.getKey().length() - 1), month);
            }
        }
    }

    /**
     * Whether a lower-cased word is a past cue: listed in past_cues.txt, or, written in lower case, a verb prefix
     * and a listed strong preterite ("Am Sonntag übergab die Hamas …", "…, das am Freitag stattfand"). Weak forms
     * in "-te" are left out: prefix + "-te" is as often an adjective from a participle ("die bekannte Sängerin").
     */
    boolean isPastCue(String lowerWord, boolean writtenLowerCase) {
        if (pastCues.contains(lowerWord)) {
            return true;
        }
        if (!writtenLowerCase || lowerWord.length() < 5) {
            return false;
        }
        return prefixedPreterites.contains(lowerWord);
    }

    private static Set<String> prefixed(Set<String> cues) {
        Set<String> out = new HashSet<>();
        for (String cue : cues) {
            if (!cue.endsWith("te") && !cue.endsWith("ten")) {
                for (String prefix : PRETERITE_PREFIXES) {
                    out.add(prefix + cue);
                }
            }
        }
        return Set.copyOf(out);
    }

    /** Month number for a name or abbreviation (with or without dot), or 0. */
    int month(String word) {
        return monthNumbers.getOrDefault(word.toLowerCase(Locale.ROOT).strip(), 0);
    }

    boolean isMonth(String word) {
        return month(word) != 0;
    }

    /** Regex alternation of the month names; abbreviations with an optional dot. */
    String monthAlternation() {
        List<String> words = new ArrayList<>();
        for (String key : months.keySet()) {
            words.add(key.endsWith(".") ? Pattern.quote(key.substring(0, key.length() - 1)) + "\\.?"
                    : Pattern.quote(key));
        }
        return join(words);
    }

    /** Regex alternation of the keys of a word list, longest first, spaces matching any whitespace. */
    static String alternation(Map<String, String> list) {
        List<String> words = new ArrayList<>();
        for (String key : list.keySet()) {
            words.add(Pattern.quote(key).replace(" ", "\\E\\s+\\Q"));
        }
        return join(words);
    }

    private static String join(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return "(?:" + String.join("|", sorted) + ")";
    }

    /** Looks a word (or a phrase with any whitespace) up in a list, case-insensitively. */
    static String lookup(Map<String, String> list, String phrase) {
        return list.get(phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    private static Map<String, String> load(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = TemporalLexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing word list " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int eq = line.indexOf('=');
                String key = (eq < 0 ? line : line.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
                map.put(key, eq < 0 ? "" : line.substring(eq + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, String> lowerValues(Map<String, String> map) {
        Map<String, String> lower = new LinkedHashMap<>();
        map.forEach((k, v) -> lower.put(k, v.toLowerCase(Locale.ROOT)));
        return Collections.unmodifiableMap(lower);
    }

    static Set<String> setOf(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(List.of(words)));
    }
}
