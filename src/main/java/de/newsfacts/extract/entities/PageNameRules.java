package de.newsfacts.extract.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document-level repairs for mentions the tagger labels with full confidence but wrongly, as they show up on the
 * layout of news pages (headlines, bylines, result lists, kickers). Runs after {@link DocumentConsistency}, whose
 * relabelling only touches weak mentions. Rules, in order:
 * <ol>
 *   <li><b>Kicker.</b> A one-word mention in capitals that is a section kicker ({@code kicker-words.txt}:
 *       "EXKLUSIV", "KOMMENTAR", "LIVE") is dropped.</li>
 *   <li><b>Agency desk.</b> An ORG mention "agency/desk" with a desk code of two to four lower-case letters
 *       ("dpa/lni", "APA/red" in a dateline or sign-off) is cut to the agency: the desk code names no
 *       organisation.</li>
 *   <li><b>Calendar word.</b> A one-word mention that is a month or weekday name of the dates package ("Feber
 *       bringt Rekordkälte" in a headline), or a weekday joined with a time of day ("Montagfrüh"), is dropped, unless it is the surname of a full name in the document
 *       ("Jerzy Montag" … "Montag").</li>
 *   <li><b>Title before a name.</b> A one-word PER mention followed by one space and another PER mention, which
 *       ends in a speaking role of the quotes package ({@code speaker-roles.txt}: "-führer", "-hauptmann") and is
 *       no known first name, is dropped: the tagger split a role noun off the name ("Bergführer Urs Imboden" as
 *       two persons).</li>
 *   <li><b>Surname.</b> A one-word LOC or MISC mention, no listed place, that is the last word of a person name of
 *       two or more words opened by a known first name (the gazetteer's) in the same document, or its genitive in
 *       -s, becomes PER ("Riedlmayr gewinnt …" in the headline, "Riedlmayr (AUT)" in a result list, after
 *       "Florian Riedlmayr"). A listed place qualifies too right after a speech verb or "so" ("„…“, twitterte
 *       Oldenburg" after "Henrik Oldenburg"). ORG is left alone: companies carry their founders' names.</li>
 *   <li><b>Place.</b> A one-word PER mention whose text is a LOC mention elsewhere in the document right after a
 *       place preposition ("in Kitzbühel", "im Wallis", "aus Tulln") or a listed place ({@code places.tsv}), and
 *       no person's surname there (nor its genitive: "Steven Spielbergs" keeps "Spielberg"), becomes LOC ("Von
 *       Anna Berg, Kitzbühel", "Kantonspolizei Wallis"); so does its genitive ("Tokios Stadion" beside "in
 *       Tokio"). Other LOC labels are left alone: there the LOC label
 *       elsewhere is as often the tagger's mistake ("Ubuntu", "Goodfellas").</li>
 * </ol>
 * Before rules 1-6, on every mention:
 * <ul>
 *   <li><b>Web debris.</b> A mention that starts with the cut-off "//" of an address or runs from a web address over
 *       further words ("pic.twitter.com/x Love it!", "setup.exe /quiet") is dropped; a whole address alone stays.</li>
 *   <li><b>File number.</b> A mention right after "Az." / "Aktenzeichen" and a chamber number ("Az. 1 BvR 877/26",
 *       "Az. VIII ZR 214/25") is the court register's code, no organisation, and is dropped.</li>
 *   <li><b>Role before a name.</b> A PER mention of two or more words opened by a speaking role of the quotes
 *       package that is no known first name ("Klubobfrau Berger", "Reise-Experte Huber") loses the role.</li>
 *   <li><b>Time of day after a name.</b> A mention of two or more words whose last word is a weekday joined with
 *       a time of day ("berichtete die BBC Mittwochfrüh") loses that word; a bare weekday stays ("Welt am
 *       Sonntag").</li>
 *   <li><b>Type noun before a name.</b> A mention of another label opened by a listed type noun
 *       ({@code type-nouns.txt}: "Bergdorf Almhausen", "Terrormiliz Islamischer Staat") loses the noun.</li>
 *   <li><b>Media outlet.</b> A PER, LOC or MISC mention that is a listed news outlet ({@code media-outlets.txt}:
 *       "berichtet Heise", "die Agentur Bloomberg") and no surname of a full name in the document becomes ORG. (A PER
 *       mention right after an organisation noun, "der Streamingdienst X", is {@link OrganisationNouns}' job.)</li>
 *   <li><b>Dateline list.</b> A one-word LOC mention of places joined by slashes at the start of the second to
 *       fourth sentence and before a dash ("Lissabon/Porto – …", after headline and lead) becomes one LOC mention
 *       per place. (GermEval annotates "A/B" as one token; the rule keeps to the place of a dateline.) A town with
 *       its river or region ("Frankfurt/Main", "Halle/Saale") stays one place.</li>
 *   <li><b>Sentence adverb.</b> A one-word PER mention that is a listed adverb ({@code sentence-adverbs.txt}:
 *       "Heuer", "Apropos") and no surname of a full name in the document is dropped.</li>
 *   <li><b>Document vote.</b> A one-word PER mention, no surname of a full name, whose text is the document's only
 *       PER mention of it and an ORG mention at least twice elsewhere becomes ORG ("Brandolix will …" beside "die
 *       Firma Brandolix" twice). So does one, no known first name, that opens an ORG mention of two or more words
 *       earlier in the document ("Dynamo war für mich …" after "Dynamo Kiew"; a headline's "X sagt Mittal den Kampf
 *       an" before "Mittal Steel" is often the owner, as GermEval annotates it).</li>
 * </ul>
 * Offsets only shrink (agency desk, role) or split (dateline list), so mention texts stay substrings of the
 * document; thread-safe.
 */
final class PageNameRules {

    private static final Set<String> KICKERS = WordListResource.set("kicker-words.txt");
    /** Weekdays joined with a time of day ("Mittwochfrüh"): never the last word of a name, unlike "Sonntag". */
    private static final Set<String> DAY_TIMES = dayTimes();
    private static final Set<String> CALENDAR_WORDS = calendarWords();
    private static final List<String> ROLES = WordListResource.lines("/de/newsfacts/extract/quotes/speaker-roles.txt");
    /** News outlets ({@code media-outlets.txt}), read once for the rules of this package that need them. */
    static final Set<String> MEDIA = WordListResource.set("media-outlets.txt");
    private static final Set<String> SENTENCE_ADVERBS = WordListResource.set("sentence-adverbs.txt");
    private static final Set<String> TYPE_NOUNS = WordListResource.set("type-nouns.txt");

    private PageNameRules() {
    }

    /**
     * The end of a listed news outlet ({@link #MEDIA}) written as the run of letters from {@code from} ("APA", "dpa"
     * in "(APA/dpa)"), or -1: the sign-off and dateline rules read such outlet lists.
     */
    static int outletEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return end > from && MEDIA.contains(text.substring(from, end)) ? end : -1;
    }

    private static Set<String> calendarWords() {
        Set<String> out = new HashSet<>(DAY_TIMES);
        for (String file : new String[]{"/de/newsfacts/extract/dates/months.txt",
                "/de/newsfacts/extract/dates/weekdays.txt"}) {
            for (String line : WordListResource.lines(file)) {
                String word = line.substring(0, line.indexOf('='));
                if (!word.endsWith(".")) {
                    out.add(word);
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * Every weekday joined with a time of day ("Montagfrüh", "Dienstagabend"), built from the two parts rather than
     * recognised by its ending: "Sonnabend" ends in "abend" and is a plain weekday.
     */
    private static Set<String> dayTimes() {
        String[] dayTimes = {"früh", "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht"};
        Set<String> out = new HashSet<>();
        for (String line : WordListResource.lines("/de/newsfacts/extract/dates/weekdays.txt")) {
            String weekday = line.substring(0, line.indexOf('='));
            if (!weekday.endsWith(".")) {
                for (String time : dayTimes) out.add(weekday + time);
            }
        }
        return Set.copyOf(out);
    }

    /** Rewrites the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions} in place. */
    static void apply(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions, Gazetteer gazetteer) {
        Set<String> surnames = new HashSet<>();
        Set<String> places = new HashSet<>();
        Map<String, int[]> labelCounts = new HashMap<>();
        Map<String, Integer> orgHeads = new HashMap<>(); // first word of an ORG mention of 2+ words -> first start
        for (int i = 0; i < mentions.size(); i++) {
            String text = docText.substring(raw.get(i)[1], raw.get(i)[2]);
            String label = mentions.get(i).label();
            labelCounts.computeIfAbsent(text, k -> new int[EntityModel.LABELS.length])[EntityModel.labelIndex(label)]++;
            if ("ORG".equals(label) && text.indexOf(' ') > 0) {
                orgHeads.putIfAbsent(text.substring(0, text.indexOf(' ')), raw.get(i)[1]);
            }
            if ("PER".equals(label) && text.indexOf(' ') > 0
                    && gazetteer.isFirstName(text.substring(0, text.indexOf(' ')))) {
                surnames.add(text.substring(text.lastIndexOf(' ') + 1));
            } else if ("LOC".equals(label) && text.indexOf(' ') < 0
                    && (gazetteer.canonicalPlace(text) != null || afterPlacePreposition(docText, raw.get(i)[1]))) {
                places.add(text);
            }
        }
        for (int i = mentions.size() - 1; i >= 0; i--) {
            int[] r = raw.get(i);
            EntityExtractor.Mention m = mentions.get(i);
            String text = docText.substring(r[1], r[2]);
            Matcher desk = AGENCY_DESK.matcher(text);
            if ("ORG".equals(m.label()) && desk.matches()) {
                int cut = desk.end(1);
                m = EntityExtractor.narrow(raw, mentions, i, 0, text.length() - cut);
                r = raw.get(i);
                text = text.substring(0, cut);
            }
            if (text.startsWith("//") || text.indexOf(' ') > 0 && WEB_ADDRESS.matcher(text).find()
                    || afterFileNumber(docText, r[1])) {
                raw.remove(i);
                mentions.remove(i);
                continue;
            }
            int timeStart = text.lastIndexOf(' ');
            if (timeStart > 0 && DAY_TIMES.contains(text.substring(timeStart + 1))) {
                m = EntityExtractor.narrow(raw, mentions, i, 0, text.length() - timeStart);
                r = raw.get(i);
                text = text.substring(0, timeStart);
            }
            int roleEnd = "PER".equals(m.label()) ? roleBeforeName(text, gazetteer) : typeNounBeforeName(text);
            if (roleEnd > 0) {
                m = EntityExtractor.narrow(raw, mentions, i, roleEnd, 0);
                r = raw.get(i);
                text = text.substring(roleEnd);
            }
            if (!"ORG".equals(m.label()) && MEDIA.contains(text) && !isSurname(text, surnames)) {
                m = new EntityExtractor.Mention(m.start(), m.end(), "ORG", m.confidence());
                mentions.set(i, m);
            }
            boolean oneWord = text.indexOf(' ') < 0;
            if ("LOC".equals(m.label()) && oneWord && r[0] > 0 && r[0] <= DATELINE_LAST_SENTENCE && m.start() == 0
                    && beforeDash(docText, r[2]) && splitPlaceList(raw, mentions, i, text)) {
                continue;
            }
            if (!oneWord) {
                continue;
            }
            if ("PER".equals(m.label()) && !isSurname(text, surnames)) {
                if (SENTENCE_ADVERBS.contains(text.toLowerCase(Locale.ROOT))) {
                    raw.remove(i);
                    mentions.remove(i);
                    continue;
                }
                int[] counts = labelCounts.get(text);
                if (counts != null && counts[EntityModel.labelIndex("PER")] == 1
                        && counts[EntityModel.labelIndex("ORG")] >= 2
                        || orgHeads.getOrDefault(text, Integer.MAX_VALUE) < r[1] && !gazetteer.isFirstName(text)) {
                    m = new EntityExtractor.Mention(m.start(), m.end(), "ORG", m.confidence());
                    mentions.set(i, m);
                }
            }
            if (isKicker(text) || CALENDAR_WORDS.contains(text) && !isSurname(text, surnames)
                    || "PER".equals(m.label()) && i + 1 < mentions.size()
                    && "PER".equals(mentions.get(i + 1).label()) && raw.get(i + 1)[1] == r[2] + 1
                    && docText.charAt(r[2]) == ' ' && isRole(text, gazetteer)) {
                raw.remove(i);
                mentions.remove(i);
            } else if (("LOC".equals(m.label()) || "MISC".equals(m.label())) && isSurname(text, surnames)
                    && (gazetteer.canonicalPlace(text) == null && gazetteer.canonicalPlace(text.substring(0,
                    text.length() - 1)) == null || afterSpeechVerb(docText, r[1]))) {
                mentions.set(i, new EntityExtractor.Mention(m.start(), m.end(), "PER", m.confidence()));
            } else if ("PER".equals(m.label()) && (places.contains(text) || genitiveOfPlace(text, places))
                    && !isSurname(text, surnames) && !surnames.contains(text + "s")) {
                mentions.set(i, new EntityExtractor.Mention(m.start(), m.end(), "LOC", m.confidence()));
            }
        }
    }

    /**
     * A web address or a part of one ("pic.twitter.com/…", "//t.co/…", "https:", "www.", "setup.exe"). A mention that
     * runs from one over further words ("pic.twitter.com/x Love it!"), or that starts with the cut-off "//" of an
     * address, is tweet or command debris, no name; a whole address alone ("www.beispiel.de") stays, as GermEval
     * annotates it.
     */
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "https?:|//|www\\.|pic\\.twitter|\\.(?:com|exe)/|\\.exe\\b");

    /**
     * The length of a leading role noun and its space in a person mention of two or more words ("Klubobfrau
     * Berger", "Reise-Experte Huber"): a speaking role of the quotes package that is no known first name, followed
     * by a capitalised word; else 0.
     */
    static int roleBeforeName(String text, Gazetteer gazetteer) {
        int space = text.indexOf(' ');
        if (space <= 0 || space + 1 >= text.length() || !Character.isUpperCase(text.charAt(space + 1))) return 0;
        String first = text.substring(0, space);
        for (int c = 0; c < first.length(); c++) {
            if (!Character.isLetter(first.charAt(c)) && first.charAt(c) != '-') return 0;
        }
        return isRole(first, gazetteer) ? space + 1 : 0;
    }

    /**
     * The last sentence index where a dateline stands: it opens the body of an article, after the headline and a
     * lead of one to three sentences.
     */
    static final int DATELINE_LAST_SENTENCE = 3;

    /** "Az. 1 BvR 877/26", "Az.: VIII ZR 214/25": the register code of a court's file number, right before it. */
    private static final Pattern FILE_NUMBER_BEFORE =
            Pattern.compile("(?:Az\\.|Aktenzeichen):?\\s+(?:\\d{1,2}|[IVX]{1,5})\\s+$");

    /** Whether the mention at {@code start} is the register code of a court file number ("Az. 1 BvR …"). */
    private static boolean afterFileNumber(String text, int start) {
        int from = Math.max(0, start - 24);
        int z = text.indexOf('z', from);   // "Az." and "Aktenzeichen" both have one: no z, no file number
        return z >= 0 && z < start && FILE_NUMBER_BEFORE.matcher(text.substring(from, start)).find();
    }

    /** One space or none, then a dash: the end of a dateline ("Lissabon/Porto – …"). */
    private static boolean beforeDash(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i < text.length() && (text.charAt(i) == '–' || text.charAt(i) == '-' || text.charAt(i) == '—')
                && i > end;
    }

    /**
     * The length of a leading type noun and its space ({@code type-nouns.txt}: "Bergdorf Almhausen", "Terrormiliz
     * Islamischer Staat") in a mention of two or more words whose next word is capitalised; else 0.
     */
    static int typeNounBeforeName(String text) {
        int space = text.indexOf(' ');
        if (space <= 0 || space + 1 >= text.length() || !Character.isUpperCase(text.charAt(space + 1))) return 0;
        return TYPE_NOUNS.contains(text.substring(0, space)) ? space + 1 : 0;
    }

    /**
     * A place mention at the start of the second to fourth sentence (a dateline follows the headline and the lead)
     * and before a dash that is a list of places joined by slashes (the dateline "Lissabon/Porto – …") becomes one
     * mention per place: each part two or more letters and capitalised. Replaces mention {@code i} in place;
     * returns whether it split.
     */
    private static boolean splitPlaceList(List<int[]> raw, List<EntityExtractor.Mention> mentions, int i,
                                          String text) {
        if (text.indexOf('/') < 0) return false;
        String[] parts = text.split("/", -1);
        if (parts.length == 2 && PLACE_QUALIFIERS.contains(parts[1])) return false;
        for (String part : parts) {
            if (part.length() < 2 || !Character.isUpperCase(part.charAt(0))) return false;
            for (int c = 0; c < part.length(); c++) {
                if (!Character.isLetter(part.charAt(c)) && part.charAt(c) != '-' && part.charAt(c) != '.') return false;
            }
        }
        int[] r = raw.remove(i);
        EntityExtractor.Mention m = mentions.remove(i);
        int offset = 0;
        for (int p = 0; p < parts.length; p++) {
            int from = offset;
            int to = offset + parts[p].length();
            raw.add(i + p, new int[]{r[0], r[1] + from, r[1] + to});
            mentions.add(i + p, new EntityExtractor.Mention(m.start() + from, m.start() + to, m.label(), m.confidence()));
            offset = to + 1;
        }
        return true;
    }

    /**
     * Rivers and regions written after a slash to tell towns of one name apart ("Frankfurt/Main", "Frankfurt/Oder",
     * "Halle/Saale", "Mülheim/Ruhr", "Neustadt/Weinstraße"): one place, no list of two.
     */
    static final Set<String> PLACE_QUALIFIERS = Set.of("Main", "Oder", "Saale", "Ruhr", "Donau", "Lahn",
            "Havel", "Mosel", "Weinstraße", "Elbe", "Inn", "Ilm", "Spree", "Neckar", "Isar", "Lech", "Fils", "Rems",
            "Dosse", "Oberpfalz", "Holstein", "Westfalen");

    private static final Pattern AGENCY_DESK = Pattern.compile(
            "(\\p{L}{2,})/\\p{Ll}{2,4}");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "im", "aus", "nach", "bei", "von");

    /** One space and a place preposition right before {@code start} ("in Kitzbühel", "im Wallis"). */
    private static boolean afterPlacePreposition(String text, int start) {
        return PLACE_PREPOSITIONS.contains(EntityExtractor.wordBefore(text, start).toLowerCase(Locale.ROOT));
    }

    /**
     * The finite forms of the quotes package's speech verbs ({@code speech-verbs.txt}: "sagte", "twitterte",
     * "betont") and "so": a name right after one is the speaker.
     */
    private static final Set<String> SPEECH_VERBS = speechVerbs();

    private static Set<String> speechVerbs() {
        Set<String> out = new HashSet<>();
        out.add("so");
        for (String line : WordListResource.lines("/de/newsfacts/extract/quotes/speech-verbs.txt")) {
            String[] forms = line.trim().split("\\s+");
            for (int k = 0; k < Math.min(4, forms.length); k++) out.add(forms[k]);
        }
        return Set.copyOf(out);
    }

    /**
     * A speech verb ({@link #SPEECH_VERBS}) and one space right before {@code start}: "„…“, twitterte Oldenburg" is
     * the person Henrik Oldenburg of the document, though a listed place bears the name.
     */
    private static boolean afterSpeechVerb(String text, int start) {
        String before = EntityExtractor.wordBefore(text, start);
        return !before.isEmpty() && Character.isLowerCase(before.charAt(0)) && SPEECH_VERBS.contains(before);
    }

    /** "Tokios" beside a place mention "Tokio": a genitive of one of the document's places. */
    private static boolean genitiveOfPlace(String text, Set<String> places) {
        return text.length() > 3 && text.endsWith("s") && places.contains(text.substring(0, text.length() - 1));
    }

    /** The last word of a person's full name, or its genitive ("Zschäpes" after "Beate Zschäpe"). */
    private static boolean isSurname(String text, Set<String> surnames) {
        return surnames.contains(text)
                || text.endsWith("s") && surnames.contains(text.substring(0, text.length() - 1));
    }

    private static boolean isRole(String text, Gazetteer gazetteer) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (gazetteer.isFirstName(text)) {
            return false;
        }
        for (String role : ROLES) {
            if (lower.endsWith(role) && lower.length() > role.length() + 2 || lower.equals(role)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isKicker(String text) {
        return text.length() > 2 && text.equals(text.toUpperCase(Locale.ROOT))
                && KICKERS.contains(text.toLowerCase(Locale.ROOT));
    }
}
