package de.newsfacts.extract.entities;

import de.newsfacts.extract.GermanGenitive;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Maps an entity mention to one canonical name across inflection and spelling variants. Rules, in order:
 * <ol>
 *   <li>Whitespace runs become one space; a final possessive apostrophe ({@code Marx'}, {@code Ross’}) or English
 *       {@code 's} is dropped.</li>
 *   <li>A name is "known" if it is a gazetteer place (any variant), a listed multi-word name
 *       ({@code canonical_names.txt}, e.g. "Vereinte Nationen"), a listed region, continent or federal state the
 *       gazetteer lacks ({@code region_names.txt}, e.g. "Europa", "Bayern", "Tirol"), or another mention of the same
 *       document.</li>
 *   <li>Genitive: a final {@code -s} or {@code -es} of the last word is stripped when the stripped form is known
 *       ({@code Kiews -> Kiew}, {@code Selenskyjs -> Selenskyj} when "Selenskyj" occurs in the document);
 *       otherwise the mention is kept ({@code Paris}, {@code Los Angeles}). A person's name directly before a
 *       capitalised word loses an {@code -s} after b, d, f, g, h, j, m, p, r, v, w, y or ck anyway
 *       ({@code Wolodymyr Selenskyjs Büro -> Wolodymyr Selenskyj}): German writes names ending in an s sound with an
 *       apostrophe there ({@code Gates' Stiftung}); see {@code possessiveS} for the letters left out; a name in -ns
 *       loses the s only where the tagger's name lexicon knows the stem in persons' names alone and neither form is a
 *       first name ({@code Erdogans -> Erdogan}; not {@code Hans}, {@code Stevens}; {@code knownGenitiveN}). A one-word
 *       non-person name right after "des"/"eines"/"seines" … loses its genitive ending by {@link GermanGenitive}
 *       ({@code des Bundeskriminalamtes -> Bundeskriminalamt}).</li>
 *   <li>Inflected adjectives in multi-word names: a capitalised word ending in -en/-em/-er/-es before the last word
 *       is tried with the endings -e/-er/-es; the form is taken if it is a listed name
 *       ({@code Vereinten Nationen -> Vereinte Nationen}, {@code Europäischen Parlaments -> Europäisches Parlament};
 *       with a dative plural head's -n dropped as well: {@code Olympischen Spielen -> Olympische Spiele}).</li>
 *   <li>Place variants map to the German gazetteer name ({@code Kyiv -> Kiew}, {@code Weissrussland -> Belarus}: the
 *       CLDR German short name for countries), and where German news name a country otherwise, to that name
 *       ({@code news_place_names.tsv}: {@code Vereinigte Staaten -> USA}, {@code Sonderverwaltungsregion Hongkong ->
 *       Hongkong}, {@code UK -> Großbritannien}), only for LOC mentions ("Leo" stays a person's name, the club
 *       "Austria" no country); a gazetteer name in a scholarly transliteration loses the marks German news leave out
 *       ({@code Azaz}, not {@code Aʿzāz}; {@code Diyarbakir}, not {@code Diyarbakır}) unless the mention has them. A place in the dative plural after "den" that is
 *       not listed itself loses the -n ({@code in den Niederlanden -> Niederlande}).</li>
 *   <li>A person's name ending in {@code -s} whose family name the document gives without it elsewhere loses the
 *       {@code -s} ({@code Obamas} next to "Barack Obama", {@code Angela Merkels} next to "Merkel").</li>
 *   <li>A one-word person mention, or a surname opened by a particle ({@code Van der Bellen}), that is the end of a
 *       longer person mention in the same document takes that longer name ({@code Selenskyj -> Wolodymyr Selenskyj},
 *       {@code Van der Bellen -> Alexander Van der Bellen}; a particle surname shared by two persons of the document
 *       stays as it is: {@code Le Pen} next to "Marine Le Pen" and "Jean-Marie Le Pen"); failing that, a one-word person mention that opens
 *       exactly one person mention of two to four plain words and is a known first name of four letters or more
 *       takes that name ({@code Robert -> Robert Stigwood}; not {@code Li}, {@code Ban}, {@code Thaksin}: Chinese,
 *       Korean and Thai names are used alone as they are).</li>
 *   <li>A name opened by a capitalised article whose remainder is another mention of the document loses the
 *       article ({@code Die Grünen -> Grünen}).</li>
 *   <li>After "des" …, a non-person name whose first word is a genitive head before a lower-case word, or an
 *       organisation noun before a name, loses the head's ending ({@code Verbands der Automobilindustrie -> Verband
 *       der Automobilindustrie}, {@code Instituts Allensbach -> Institut Allensbach}).</li>
 *   <li>After "der"/"das", a non-person name opened by an adjective in the weak -e takes the strong nominative
 *       ({@code der Europäische Gerichtshof -> Europäischer Gerichtshof}).</li>
 * </ol>
 * Thread-safe.
 */
public final class EntityCanonicalizer {
    private static final String[] ADJECTIVE_ENDINGS = {"e", "er", "es"};

    private static final int PER = 1 << EntityModel.labelIndex("PER");

    private final Gazetteer gazetteer;
    /** The tagger's name lexicon, for {@link #knownGenitiveN}; null where no model is loaded. */
    private final NameLexicon lexicon;
    private final Set<String> listedNames;

    EntityCanonicalizer(Gazetteer gazetteer) {
        this(gazetteer, null);
    }

    EntityCanonicalizer(Gazetteer gazetteer, NameLexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.listedNames = loadNames();
    }

    /** A canonicalizer using the bundled gazetteers. */
    public static EntityCanonicalizer german() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final EntityCanonicalizer INSTANCE = new EntityCanonicalizer(Gazetteer.fromClasspath());
    }

    /**
     * The canonical name of {@code mention} with label PER/LOC/ORG/MISC; {@code documentMentions} are the texts of
     * all entity mentions of the same document with the same label (may be empty).
     */
    public String canonical(String mention, String label, Collection<String> documentMentions) {
        return canonical(mention, label, documentMentions, false);
    }

    /**
     * As {@link #canonical(String, String, Collection)}; {@code beforeNoun} says that a capitalised word follows the
     * mention directly ("Selenskyjs Büro"). A person's name ending in {@code -s} there is a genitive even when no
     * other mention shows the bare name: names that end in an s sound take an apostrophe instead ("Gates' Stiftung"),
     * so the {@code -s} goes, after the letters of {@code possessiveS}.
     */
    public String canonical(String mention, String label, Collection<String> documentMentions, boolean beforeNoun) {
        return canonical(mention, label, documentMentions, beforeNoun, false);
    }

    /**
     * As {@link #canonical(String, String, Collection, boolean)}; {@code afterGenitiveArticle} says that "des",
     * "eines" or another masculine/neuter genitive determiner stands right before the mention ("des
     * Bundeskriminalamtes"). A one-word organisation, place or other name there is in the genitive: its ending goes
     * by {@link GermanGenitive} ("Bundeskriminalamtes" → "Bundeskriminalamt", "Kremls" → "Kreml") when no other rule
     * applies. Persons are left to the rules above ("des Präsidenten Macron" puts the ending on the title).
     */
    public String canonical(String mention, String label, Collection<String> documentMentions, boolean beforeNoun,
                            boolean afterGenitiveArticle) {
        return canonical(mention, label, documentMentions, beforeNoun, afterGenitiveArticle, null);
    }

    /**
     * As {@link #canonical(String, String, Collection, boolean, boolean)}; {@code articleBefore} is the definite
     * article right before the mention, lower case ("der", "das"), or null. After "der" or "das", a multi-word name
     * other than a person's that opens with a capitalised adjective in the weak ending -e takes the strong ending of
     * the nominative when no other rule applies: "der Europäische Gerichtshof" → "Europäischer Gerichtshof", "das
     * Technische Museum" → "Technisches Museum" (the weak -e follows "der" only in the masculine nominative and "das"
     * only in the neuter nominative or accusative). After an article of an oblique case, adjectives in -en before a
     * head noun whose gender its ending shows take the strong nominative too: "der Süddeutschen Zeitung" →
     * "Süddeutsche Zeitung" (feminine), "des Statistischen Bundesamtes" → "Statistisches Bundesamt", "beim
     * Internationalen Gerichtshof" → "Internationaler Gerichtshof".
     */
    public String canonical(String mention, String label, Collection<String> documentMentions, boolean beforeNoun,
                            boolean afterGenitiveArticle, String articleBefore) {
        String name = collapseSpaces(mention);
        name = stripApostrophe(name);
        if (name.isEmpty()) return name;
        // a place written as a sports country code is that country ("AUT" -> "Österreich"), not a title-cased
        // gazetteer match ("ITA" -> "Itá")
        String country = "LOC".equals(label) ? CountryCodes.country(name) : null;
        if (country != null) return country;
        name = titleCasePlace(name, label);
        String withoutArticle = withoutLeadingArticle(name, documentMentions);
        if (withoutArticle != null) name = withoutArticle;
        String direct = known(name, documentMentions, true);
        if (direct != null) return finish(direct, label, documentMentions);
        String stem = stripGenitive(name, label, beforeNoun, documentMentions);
        if (stem != null) return finish(stem, label, documentMentions);
        if ("LOC".equals(label) && "den".equals(articleBefore)) {
            String plural = pluralDative(name);
            if (plural != null) return finish(plural, label, documentMentions);
        }
        if ("PER".equals(label)) {
            String person = personGenitive(name, documentMentions);
            if (person != null) return finish(person, label, documentMentions);
        }
        String adjective = uninflectAdjectives(name, documentMentions);
        if (adjective != null) return finish(adjective, label, documentMentions);
        if (beforeNoun && "PER".equals(label) && (possessiveS(name) || knownGenitiveN(name))) {
            return finish(name.substring(0, name.length() - 1), label, documentMentions);
        }
        if (afterGenitiveArticle && !"PER".equals(label) && name.indexOf(' ') < 0 && name.endsWith("s")
                && name.length() > 4 && !Character.isUpperCase(name.charAt(name.length() - 2))) {
            return finish(GermanGenitive.strip(name), label, documentMentions);
        }
        if (afterGenitiveArticle && !"PER".equals(label)) {
            String head = genitiveHead(name);
            if (head != null) return finish(head, label, documentMentions);
        }
        if (articleBefore != null && !"PER".equals(label)) {
            String strong = strongAdjective(name, articleBefore);
            if (strong == null) strong = obliqueAdjectives(name, articleBefore);
            if (strong != null) return finish(strong, label, documentMentions);
        }
        return finish(name, label, documentMentions);
    }

    /**
     * A name of several words whose head, the first word, is in the genitive and followed by a lower-case word
     * ("Verbands der Automobilindustrie", "Instituts für Höhere Studien" after "des"): the name with the head's
     * genitive ending gone by {@link GermanGenitive}, else null.
     */
    private static String genitiveHead(String name) {
        int space = name.indexOf(' ');
        if (space < 5 || space + 1 >= name.length() || !Character.isLetter(name.charAt(space + 1))) return null;
        String head = name.substring(0, space);
        if (!head.endsWith("s") || !Character.isUpperCase(head.charAt(0))
                || Character.isUpperCase(head.charAt(head.length() - 2))) return null;
        String stripped = GermanGenitive.strip(head);
        if (Character.isUpperCase(name.charAt(space + 1)) && !OrganisationNouns.isOrganisationNoun(stripped)) {
            return null; // before a capitalised word only an organisation noun ("Instituts Demopol")
        }
        return stripped.equals(head) ? null : stripped + name.substring(space);
    }

    /**
     * The strong nominative of a name of several words that opens with a capitalised adjective in the weak -e
     * after "der" (masculine: -er) or "das" (neuter: -es), the next word capitalised; else null.
     */
    private static String strongAdjective(String name, String articleBefore) {
        String ending = "der".equals(articleBefore) ? "r" : "das".equals(articleBefore) ? "s" : null;
        int space = name.indexOf(' ');
        if (ending == null || space < 4 || space + 1 >= name.length()
                || !Character.isUpperCase(name.charAt(space + 1))) return null;
        String first = name.substring(0, space);
        if (!isWeakAdjectiveWord(first)) return null;
        return first + ending + name.substring(space);
    }

    /** Articles of the dative masculine/neuter, also fused with a preposition ("beim Internationalen Gerichtshof"). */
    private static final Set<String> DATIVE_ARTICLES = Set.of("dem", "im", "vom", "zum", "beim", "am");
    /** Endings of feminine nouns that head names ("Zeitung", "Partei", "Raumstation", "Universität", "Bank"). */
    private static final List<String> FEMININE_HEADS = List.of("ung", "heit", "keit", "schaft", "tion", "sion", "tät",
            "ei", "ie", "ik", "ur", "enz", "anz", "bank", "post", "union", "kammer", "liga", "schule", "stiftung",
            "behörde", "armee", "marine", "raumstation", "kirche", "allianz", "front", "initiative", "zentrale", "burg",
            "insel", "straße", "brücke", "mauer", "wand", "rundschau", "presse", "woche", "bühne", "oper", "galerie",
            "messe", "börse", "klinik", "welt", "stadt");
    /** Endings of masculine nouns that head names ("Gerichtshof", "Bundesrat", "Rundfunk", "Fußballbund"). */
    private static final List<String> MASCULINE_HEADS = List.of("hof", "rat", "tag", "bund", "verband", "verein",
            "dienst", "rundfunk", "fonds", "kongress", "senat", "konzern", "frühling", "untergrund", "krieg", "preis",
            "pakt", "vertrag", "gipfel", "kanal", "hafen", "platz", "markt", "staat", "ausschuss", "orden", "klub",
            "club", "sender", "bahnhof", "zoo");
    /** Endings of neuter nouns that head names ("Bundesamt", "Hilfswerk", "Rote Kreuz", "Museum", "Königreich"). */
    private static final List<String> NEUTER_HEADS = List.of("amt", "werk", "institut", "kreuz", "museum",
            "ministerium", "gericht", "zentrum", "komitee", "parlament", "theater", "krankenhaus", "büro", "archiv",
            "festival", "bündnis", "kommando", "forum", "stadion", "programm", "reich", "meer", "haus");

    /**
     * The strong nominative of a name of capitalised adjectives in -en and one head noun after an article of an
     * oblique case: after "der"/"zur" a feminine head (the dative or genitive; adjectives take -e), after "des" a
     * masculine or neuter head in the genitive (its ending goes by {@link GermanGenitive}; adjectives take -er/-es),
     * after "dem"/"im"/"vom"/"zum"/"beim"/"am" a masculine or neuter head; the gender comes from the head's ending
     * ({@link #FEMININE_HEADS}, {@link #MASCULINE_HEADS}, {@link #NEUTER_HEADS}). Null when a part does not fit
     * (plural heads such as "Vereinten Nationen" are left to the listed names). A complement after the head, opened
     * by a preposition or article ({@link #COMPLEMENT_STARTS}), stays as written: "des Internationalen
     * Instituts für Angewandte Systemanalyse" → "Internationales Institut für Angewandte Systemanalyse".
     */
    private static String obliqueAdjectives(String name, String article) {
        boolean feminine = "der".equals(article) || "zur".equals(article);
        boolean genitive = "des".equals(article);
        if (!feminine && !genitive && !DATIVE_ARTICLES.contains(article)) return null;
        String[] all = name.split(" ");
        // a complement after the head keeps its own case: "des Internationalen Instituts für Angewandte Systemanalyse"
        int headEnd = all.length;
        for (int w = 2; w < all.length; w++) {
            if (COMPLEMENT_STARTS.contains(all[w])) {
                headEnd = w;
                break;
            }
        }
        String[] words = Arrays.copyOf(all, headEnd);
        String tail = headEnd < all.length ? " " + String.join(" ", Arrays.copyOfRange(all, headEnd, all.length)) : "";
        int k = 0;
        while (k < words.length - 1 && isObliqueAdjective(words[k])) k++;
        if (k == 0 || k != words.length - 1) return null;
        String head = words[k];
        if (head.length() < 3 || !Character.isUpperCase(head.charAt(0))) return null;
        String ending;
        if (feminine) {
            if (!WordListResource.endsWithEntry(head.toLowerCase(java.util.Locale.ROOT), FEMININE_HEADS)) return null;
            ending = "e";
        } else {
            if (genitive) {
                String stripped = GermanGenitive.strip(head);
                if (stripped.equals(head)) return null;
                head = stripped;
            }
            String lower = head.toLowerCase(java.util.Locale.ROOT);
            ending = WordListResource.endsWithEntry(lower, MASCULINE_HEADS) ? "er"
                    : WordListResource.endsWithEntry(lower, NEUTER_HEADS) ? "es" : null;
            if (ending == null) return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < k; i++) out.append(words[i], 0, words[i].length() - 2).append(ending).append(' ');
        return out.append(head).append(tail).toString();
    }

    /** Words that open a complement after a name's head noun ("Institut für …", "Komitee vom Roten Kreuz"). */
    private static final Set<String> COMPLEMENT_STARTS = Set.of("für", "der", "des", "von", "vom", "zur", "zum",
            "gegen", "am", "an", "in", "im", "auf", "über");

    /** A capitalised adjective in -en whose weak form in -e opens German names ("Süddeutschen", "Statistischen"). */
    private static boolean isObliqueAdjective(String word) {
        return word.length() >= 5 && word.endsWith("en") && isWeakAdjectiveWord(word.substring(0, word.length() - 1));
    }

    /** A capitalised word of letters only that is an adjective in the weak -e ({@link #isWeakAdjective}). */
    private static boolean isWeakAdjectiveWord(String word) {
        if (!Character.isUpperCase(word.charAt(0))) return false;
        for (int i = 1; i < word.length(); i++) if (!Character.isLetter(word.charAt(i))) return false;
        return isWeakAdjective(word);
    }

    /** Adjective endings of German names in the weak -e ("Europäische", "Staatliche", "Unabhängige", "Nationale"). */
    private static final String[] WEAK_ADJECTIVE_SUFFIXES = {"ische", "liche", "ige", "ionale", "rale", "iale",
            "deutsche"};
    /** Short adjectives that open German names ("der Oberste Gerichtshof", "das Rote Kreuz"), weak -e. */
    private static final Set<String> WEAK_ADJECTIVES = Set.of("Alte", "Blaue", "Erste", "Freie", "Große", "Grüne",
            "Heilige", "Hohe", "Kalte", "Kleine", "Nahe", "Neue", "Oberste", "Rote", "Schwarze", "Vereinte", "Weiße",
            "Zweite", "Dritte", "Goldene", "Deutsche");

    private static boolean isWeakAdjective(String word) {
        if (WEAK_ADJECTIVES.contains(word)) return true;
        if (word.length() < 6) return false;
        for (String suffix : WEAK_ADJECTIVE_SUFFIXES) if (word.endsWith(suffix)) return true;
        return false;
    }

    /**
     * A name opened by a capitalised definite article ("Die Grünen" at the start of a sentence) whose remainder is
     * another mention of the document ("die Grünen"): the remainder, else null.
     */
    private static String withoutLeadingArticle(String name, Collection<String> documentMentions) {
        if (!name.startsWith("Die ") && !name.startsWith("Der ") && !name.startsWith("Das ")) return null;
        String rest = name.substring(4);
        for (String other : documentMentions) {
            if (collapseSpaces(other).equals(rest)) return rest;
        }
        return null;
    }

    /**
     * A place written in capitals, as agency datelines do ("BERLIN, 12. März (Reuters)", "ZÜRICH (awp)"), is named
     * as written elsewhere when that form is a listed place ("Berlin", "Zürich"); other capitals stay.
     */
    private String titleCasePlace(String name, String label) {
        if (!"LOC".equals(label) || name.length() < 3 || !name.equals(name.toUpperCase(java.util.Locale.ROOT))
                || name.indexOf(' ') >= 0) {
            return name;
        }
        String titled = name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
        return gazetteer.canonicalPlace(titled) != null ? titled : name;
    }

    /**
     * Ends in {@code -s} after a consonant that rarely ends a name's plain form with an s ("Selenskyjs", "Trumps",
     * "Spielbergs", "Schröders", "Kubricks"). Vowels, n, l, t and k stay: foreign names end in -as/-es/-is/-os/-us,
     * -ns, -ls, -ts, -ks ("Tsipras", "Morales", "Stevens", "Nichols", "Roberts", "Hanks"), and a capitalised word
     * after a name is often a dative, not a possession ("sagte Tom Hanks Reportern").
     */
    private static boolean possessiveS(String name) {
        int n = name.length();
        if (n < 4 || name.charAt(n - 1) != 's') return false;
        char before = Character.toLowerCase(name.charAt(n - 2));
        return "bdfghjmprvwy".indexOf(before) >= 0 || name.endsWith("cks");
    }

    /**
     * Ends in {@code -ns}, and the last word less its s is a word the tagger's name lexicon knows in persons' names
     * only and is no listed first name, nor is the last word itself ("Erdogans", "Jeffersons"; not "Hans", "Jens",
     * and not "Stevens", "Owens", "Rubens", "Carstens": "Steven", "Owen", "Ruben", "Carsten" are first names).
     */
    private boolean knownGenitiveN(String name) {
        int n = name.length();
        if (lexicon == null || n < 5 || name.charAt(n - 1) != 's' || name.charAt(n - 2) != 'n') return false;
        String last = name.substring(name.lastIndexOf(' ') + 1);
        String stem = last.substring(0, last.length() - 1);
        return stem.length() >= 3 && lexicon.wordBits(stem) == PER && !gazetteer.isFirstName(stem)
                && !gazetteer.isFirstName(last);
    }

    private String finish(String name, String label, Collection<String> documentMentions) {
        if (!"PER".equals(label) && NEWS_PLACE_NAMES.containsKey(name)) return NEWS_PLACE_NAMES.get(name);
        // only a place takes the gazetteer's name: a person "Leo" is no "Léo", the club "Austria" no "Österreich"
        String place = "LOC".equals(label) ? gazetteer.canonicalPlace(name) : null;
        if (place != null) {
            // the marks go only where the text itself leaves them out: "České Budějovice" stays as written
            return NEWS_PLACE_NAMES.getOrDefault(place, withoutForeignMarks(name).equals(name)
                    ? withoutForeignMarks(place) : place);
        }
        boolean particle = "PER".equals(label) && particleSurname(name);
        if ("PER".equals(label) && (name.indexOf(' ') < 0 || particle)) {
            String longest = null;
            boolean ambiguous = false;
            for (String other : documentMentions) {
                String o = collapseSpaces(other);
                if (o.length() > name.length() && o.endsWith(" " + name)) {
                    // "Le Pen" next to "Marine Le Pen" and "Jean-Marie Le Pen": a family name, no one person
                    ambiguous |= longest != null && !longest.endsWith(o) && !o.endsWith(longest);
                    if (longest == null || o.length() > longest.length()) longest = o;
                }
            }
            if (particle && ambiguous) return name;
            if (longest != null) return longest;
            String full = onlyFullNameOpenedBy(name, documentMentions);
            if (full != null) {
                String plain = personGenitive(full, documentMentions); // "Eva Peróns" next to "Perón"
                return plain != null ? plain : full;
            }
        }
        return name;
    }

    /** A name of several words that opens with a surname particle: a surname, not a full name. */
    private static boolean particleSurname(String name) {
        int space = name.indexOf(' ');
        return space > 0 && ParticleNames.SURNAME_PARTICLES.contains(name.substring(0, space).toLowerCase(Locale.ROOT));
    }

    /**
     * A gazetteer name in a scholarly transliteration ("Aʿzāz", "Kaesŏng", "Diyarbakır", "Chișinău", "Kyōto") without
     * the marks German news leave out ("Azaz", "Kaesong", "Diyarbakir", "Chisinau", "Kyoto"): combining marks on
     * letters beyond Latin-1 go, dotless i becomes i, ʿ and ʾ go. Letters of Latin-1 keep their accents, as German
     * news write them ("São Paulo", "Bogotá", "Orléans"). Names without such letters are returned as they are.
     * Used only for a mention written without such letters ("Azaz" → "Azaz", "Diyarbakır" stays).
     */
    static String withoutForeignMarks(String place) {
        boolean foreign = false;
        for (int i = 0; i < place.length() && !foreign; i++) foreign = place.charAt(i) > 0xFF;
        if (!foreign) return place;
        StringBuilder out = new StringBuilder(place.length());
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (c <= 0xFF) {
                out.append(c);
            } else if (c == 'ı') {
                out.append('i');
            } else if (c != 'ʿ' && c != 'ʾ') {
                String d = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                char base = d.charAt(0);
                out.append(base <= 0xFF && Character.isLetter(base) ? base : c);
            }
        }
        return out.toString();
    }

    /**
     * The one full name of the document that a one-word person mention, a known first name of four letters or more,
     * opens ("Robert" next to "Robert Stigwood", "Natalie" next to "Natalie Reinegger"): a mention of two to four
     * words, letters, hyphens and apostrophes only (no initials "P.", no dashes), ending in a capitalised word that
     * is no listed place ("Franziskus von Ecuador" is a cut of "Papst Franziskus von Ecuador aus …"). Null when
     * there is none or more than one ("Michael" next to "Michael Schumacher" and "Michael Ballack").
     */
    private String onlyFullNameOpenedBy(String name, Collection<String> documentMentions) {
        // a given name of four letters or more only: "Xi", "Li", "Ban", "Kim" (listed first names too) are family
        // names that Chinese and Korean names put first, and Thai news call "Thaksin" by his given name alone
        if (name.length() < 4 || !gazetteer.isFirstName(name) || !isNameWord(name)) return null;
        String found = null;
        for (String other : documentMentions) {
            String o = collapseSpaces(other);
            if (o.length() <= name.length() + 1 || !o.startsWith(name) || o.charAt(name.length()) != ' ') continue;
            String[] words = o.split(" ");
            String last = words[words.length - 1];
            if (words.length > 4 || !Character.isUpperCase(last.charAt(0)) || gazetteer.canonicalPlace(last) != null) {
                continue;
            }
            boolean plain = true;
            for (String w : words) plain &= isNameWord(w);
            if (!plain) continue;
            if (found != null && !found.equals(o)) return null;
            found = o;
        }
        return found;
    }

    /**
     * Letters, with hyphens and apostrophes inside ("Jay-Jay", "O'Neill"). Loops over a char array, not over
     * {@code String.charAt}: in a 100k-document run of the job, one compiled version of {@link #finish} with the
     * charAt loop inlined deoptimised 39,584 times at the loop's profiled predicate (JFR {@code jdk.Deoptimization}:
     * reason profile_predicate, action none, so it was never recompiled), each time finishing the call in the
     * interpreter; with this loop the next 100k run had 827 deoptimisations in all, none of them here.
     */
    private static boolean isNameWord(String word) {
        char[] chars = word.toCharArray();
        if (chars.length == 0 || !Character.isLetter(chars[0])) return false;
        for (int i = 1; i < chars.length; i++) {
            char c = chars[i];
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') return false;
        }
        return true;
    }

    /**
     * A person's name in the genitive whose family name the document also gives without the {@code -s}:
     * "Obamas" next to "Barack Obama", "Angela Merkels" next to "Merkel" or "Kanzlerin Angela Merkel". Returns the
     * name without the {@code -s}, else null. Not after s ("Strauss") and not for family names shorter than three
     * letters.
     */
    private static String personGenitive(String name, Collection<String> documentMentions) {
        int n = name.length();
        if (n < 4 || name.charAt(n - 1) != 's' || name.charAt(n - 2) == 's') return null;
        String minusS = name.substring(0, n - 1);
        String family = minusS.substring(minusS.lastIndexOf(' ') + 1);
        if (family.length() < 3) return null;
        for (String other : documentMentions) {
            String o = collapseSpaces(other);
            if (!o.equals(name) && (o.equals(family) || o.endsWith(" " + family))) return minusS;
        }
        return null;
    }

    /** The name itself if known as listed; {@code mentionOnly} also accepts document mentions. */
    private String known(String name, Collection<String> documentMentions, boolean listedOnly) {
        if (gazetteer.canonicalPlace(name) != null || listedNames.contains(name)) return name;
        return listedOnly ? null : documentMentions.contains(name) ? name : null;
    }

    /**
     * The name without a genitive -s/-es when that form is known. A form known only as a gazetteer place counts for a
     * place or person ("Bismarcks konservative Wende"), or for an organisation or other name before a noun ("Bayerns
     * Trainer"), not for an organisation or other name ending in s itself: the organisation "Hamas" is no genitive
     * of the Syrian city "Hama", the newspaper "Danas" none of "Dana".
     */
    private String stripGenitive(String name, String label, boolean beforeNoun,
                                 Collection<String> documentMentions) {
        int n = name.length();
        if (n < 4 || name.charAt(n - 1) != 's' || name.charAt(n - 2) == 's') return null;
        boolean placeForm = "LOC".equals(label) || "PER".equals(label) || beforeNoun;
        String minusS = name.substring(0, n - 1);
        String found = genitiveBase(minusS, placeForm, documentMentions);
        if (found != null) return found;
        if (n > 5 && name.charAt(n - 2) == 'e') {
            found = genitiveBase(name.substring(0, n - 2), placeForm, documentMentions);
            if (found != null) return found;
        }
        String adjective = uninflectAdjectives(minusS, documentMentions);
        if (adjective == null && n > 5 && name.charAt(n - 2) == 'e') {
            adjective = uninflectAdjectives(name.substring(0, n - 2), documentMentions);
        }
        return adjective;
    }

    /** {@link #known}, where a gazetteer place counts only if {@code placeForm}. */
    private String genitiveBase(String base, boolean placeForm, Collection<String> documentMentions) {
        if (placeForm) return known(base, documentMentions, false);
        return listedNames.contains(base) || documentMentions.contains(base) ? base : null;
    }

    /**
     * A place named in the plural, in the dative after "den" ("in den Niederlanden"): the name without the dative
     * -n when that is a listed place ("Niederlande"); else null. Only for names that are not listed themselves.
     */
    private String pluralDative(String name) {
        int n = name.length();
        if (n < 6 || !name.endsWith("en")) return null;
        return known(name.substring(0, n - 1), List.of(), true);
    }

    private String uninflectAdjectives(String name, Collection<String> documentMentions) {
        int lastSpace = name.lastIndexOf(' ');
        if (lastSpace < 0) return null;
        String[] words = name.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) continue;
            String end = w.substring(w.length() - 2);
            if (!end.equals("en") && !end.equals("em") && !end.equals("er") && !end.equals("es")) continue;
            String base = w.substring(0, w.length() - 2);
            for (String ending : ADJECTIVE_ENDINGS) {
                String[] copy = words.clone();
                copy[i] = base + ending;
                String candidate = String.join(" ", copy);
                String found = known(candidate, documentMentions, true);
                if (found != null) return found;
                if (candidate.endsWith("s")) {
                    found = known(candidate.substring(0, candidate.length() - 1), documentMentions, true);
                    if (found != null) return found;
                }
                // the dative plural: "an den Olympischen Spielen" -> "Olympische Spiele"
                if (candidate.endsWith("en")) {
                    found = known(candidate.substring(0, candidate.length() - 1), documentMentions, true);
                    if (found != null) return found;
                }
            }
        }
        return null;
    }

    private static String stripApostrophe(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) return s.substring(0, s.length() - 2);
        if (s.length() > 2 && (s.endsWith("'") || s.endsWith("’"))) return s.substring(0, s.length() - 1);
        return s;
    }

    private static String collapseSpaces(String s) {
        if (isCollapsed(s)) return s;   // the usual case, without a copy (called for every pair of mentions)
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Tokenizer.isSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Single plain spaces between words only: {@link #collapseSpaces} would return the string unchanged. */
    private static boolean isCollapsed(String s) {
        boolean previousSpace = true;   // a leading space is not collapsed
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Tokenizer.isSpace(c)) {
                if (c != ' ' || previousSpace) return false;
                previousSpace = true;
            } else {
                previousSpace = false;
            }
        }
        return !previousSpace || s.isEmpty();
    }

    /** Listed multi-word names, the places the gazetteer lacks (regions, continents, federal states), news names. */
    private static Set<String> loadNames() {
        Set<String> names = new HashSet<>(WordListResource.set("canonical_names.txt"));
        names.addAll(WordListResource.set("region_names.txt"));
        names.addAll(WordListResource.set("listed-organisations.txt"));
        names.addAll(NEWS_PLACE_NAMES.keySet());
        names.addAll(NEWS_PLACE_NAMES.values());
        return Set.copyOf(names);
    }

    /** Gazetteer name or abbreviation -> the name German news use ({@code news_place_names.tsv}). */
    private static final Map<String, String> NEWS_PLACE_NAMES = loadNewsPlaceNames();

    private static Map<String, String> loadNewsPlaceNames() {
        Map<String, String> names = new HashMap<>();
        for (String line : WordListResource.lines("news_place_names.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalStateException("news_place_names.tsv: expected name<TAB>news name: " + line);
            names.put(f[0], f[1]);
        }
        return Map.copyOf(names);
    }
}
