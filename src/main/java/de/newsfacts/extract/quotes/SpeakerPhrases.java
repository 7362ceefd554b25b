package de.newsfacts.extract.quotes;

import de.newsfacts.extract.AdjectiveEndings;
import de.newsfacts.extract.GermanGenitive;
import de.newsfacts.extract.entities.EntityCanonicalizer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the speaker noun phrase of a cue and turns it into a speaker string, without NER. Rules:
 * <ul>
 *   <li>Noun phrase: optional determiner, lower-case adjectives (ending -e/-en/-er/-es/-em, only before the
 *       first capitalised word), then capitalised words that are not function words, with name particles
 *       (von, van, de, al, bin …) between them. A role or source noun head may take one or two genitive or
 *       "von" complements ("Sprecher des Ministeriums", "Angaben der Polizei").</li>
 *   <li>Subject of a verb cue: in a clause opened by a subject relative pronoun after a comma ("Anna Roth, die
 *       sagte", not "die er lobte", not in a passive) the noun phrase ending at that comma; in a verb-final clause
 *       opened by a subordinator ("wie ein Sprecher mitteilte") the phrase after the subordinator; in a main clause the phrase before the verb (the prefield) unless
 *       the prefield starts with a preposition or adverb ("Am Montag sagte Scholz") or is empty ("„…“, sagte
 *       er"), in which case the phrase after the verb, skipping adverbs and prepositional phrases. A capitalised
 *       adverb ("Aktuell", "Relativierend") or an oblique determiner ("Den Unmut …") also opens an adverbial
 *       prefield. A non-role prefield with a determiner yields to "er"/"sie" or "der/die + role noun" right after
 *       the verb ("Deren Haltung bezeichnete er …").</li>
 *   <li>Clause subject without a cue: as above, past a dateline ("Berlin – ") and a short bracket after the
 *       phrase ("Minister X (ÖVP) reiste …"); an abstract-noun head (-ung, -heit, -keit, -sicht …) is no
 *       speaker.</li>
 *   <li>Source of "heißt es": the phrase after a place preposition following it or opening its clause
 *       ("heißt es in der Erklärung", "In dem Antrag heißt es"). A name in quotation marks right after a verb
 *       is a phrase ("schrieb „Die Zeit“"). Initials and title abbreviations stay inside names
 *       ("Jürgen R. Thumann").</li>
 *   <li>Active finite "zitieren" names the quoted person as its object, not the medium that quotes
 *       ("zitiert die „Computerwoche“ Lynch" → Lynch); passive "wird von X zitiert" keeps the subject. Other
 *       past participle cues in a passive clause take the "von/vom" agent ("Es wurde vom Anwalt die Vermutung
 *       geäußert"); without an agent there is no speaker phrase, the subject is addressed ("Zeugen werden
 *       gebeten, sich zu melden").</li>
 *   <li>More subject rules: a verb right after a comma takes the first noun phrase of the apposition/relative
 *       chain before it ("Sandra Kolb, Sprecherin der Fraktion, erklärte", "Hans Berg, der Rot sah, nannte"),
 *       and so does an auxiliary there ("Eine Zeugin, die frühere Leiterin der Abteilung, hatte … ausgesagt");
 *       "er" right after the finite verb is its subject; a verb right after "und" takes the subject of the first
 *       conjunct; after the verb, a phrase opened by a non-nominative possessive (seinen, ihrem …) or an oblique
 *       article, with its genitive complements, is an object and skipped; a non-role prefield also yields to a
 *       bare name of two or more words after the verb.</li>
 *   <li>Phrases: a medium after "der" is a dative addressee, no genitive complement ("sagte der Minister der
 *       Zeitung", also after a genitive and with the medium's name: "ein Helfer des Roten Kreuzes der
 *       Nachrichtenagentur Anadolu"); no name particle ("von") right after a role noun ("Sportchef von
 *       Hertha"); two role nouns joined by "und" ("Abgeordnete und Fraktionschef"); a genitive name before an
 *       adjective and a role ("Bergers neuer Sprecher"); hyphen compounds with a capitalised last part
 *       ("expo-Homepage") are nouns; "ohne Grenzen" goes on a name ("Ärzte ohne Grenzen"); after a source noun,
 *       a genitive with "eines/einer/seines/ihrer …" is its complement ("Angaben ihrer Anwältin").</li>
 *   <li>Speaker string: a personal pronoun (er/sie) is reported as a pronoun for the caller to resolve; a name
 *       after a role noun wins ("Außenminister Sergej Lawrow" → "Sergej Lawrow", also as apposition
 *       "der Sprecher, Hans Meier,"), except after an institution or force, where the name is its place or own
 *       name ("die Kantonspolizei Wallis"); a source noun yields its complement ("Angaben der Polizei" → "Polizei");
 *       otherwise the phrase without determiner ("Sprecher des Ministeriums", "US-Beamter"). In genitive
 *       position (after "des" or a bare name after a source noun) the head loses its -s/-es
 *       ("des Ministeriums" → "Ministerium", "Angaben Merkels" → "Merkel"), also on an institution noun before a
 *       name ("des Instituts Forsa" → "Institut Forsa").</li>
 *   <li>Epithet: a definite article and one noun that refers back to a person just named ("der Belgier", "die
 *       SPD-Politikerin", "der 45-Jährige"), for the caller to resolve.</li>
 * </ul>
 */
final class SpeakerPhrases {

    static final Set<String> DETERMINERS = Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine",
            "einer", "eines", "einem", "einen", "sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr",
            "ihre", "ihrer", "ihres", "ihrem", "ihren", "dessen", "deren", "zwei", "drei", "mehrere", "einige",
            "viele", "beide", "alle", "kein", "keine", "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede",
            "jedes");
    static final Set<String> PRONOUNS = Set.of("er", "sie");
    /** "alte", "junge" (declined) after "<number> Jahre": an age before the head noun ("der 27 Jahre alte Rat"). */
    private static final Set<String> AGE_ADJECTIVES = Set.of("alte", "alter", "alten", "altes", "junge", "junger",
            "jungen", "junges");
    /** Particles inside a person's name ("Ursula von der Leyen", "Mohammed el-Baradei", "Luiz Inácio da Silva"). */
    static final Set<String> NAME_PARTICLES = Set.of("von", "van", "de", "del", "della", "da", "di",
            "du", "al", "el", "bin", "ibn", "zu", "dos", "la", "le", "ten", "ter", "vom", "y", "of");
    private static final Set<String> SUBORDINATORS = Set.of("wie", "als", "nachdem", "weil", "da", "während",
            "bevor", "wobei", "wenn", "obwohl", "sodass", "womit", "worauf", "woraufhin", "seit",
            "seitdem", "sobald", "indem", "dass", "ob");
    static boolean isSubordinator(String lower) {
        return SUBORDINATORS.contains(lower);
    }

    /** Coordinating conjunctions: "und", "aber", "doch", "sondern", "denn", "oder". */
    static final Set<String> COORDINATORS = Set.of("und", "aber", "doch", "sondern", "denn", "oder");
    private static final Set<String> FOCUS = Set.of("auch", "selbst", "sogar", "nur", "zudem", "jedoch",
            "allerdings", "nun", "dann", "daraufhin", "später", "zuvor", "ebenfalls", "außerdem", "inzwischen");
    private static final Set<String> AUXILIARIES = Set.of("hat", "hatte", "habe", "hätte", "haben", "hatten",
            "ist", "war", "sei", "wurde", "wurden", "worden", "werde", "wird", "werden", "sind", "waren", "hätten");
    private static final Set<String> OBLIQUE_DETERMINERS = Set.of("des", "dem", "den", "einem", "einen", "eines");
    /** Possessives that are never nominative: after a verb they open an object, not the subject. */
    private static final Set<String> OBLIQUE_POSSESSIVES = Set.of("seinem", "seinen", "seines", "ihrem", "ihren",
            "ihres");
    static final Set<String> PREPOSITIONS = Set.of("am", "im", "in", "an", "auf", "vor", "bei", "beim",
            "gegenüber", "nach", "während", "zu", "zum", "zur", "mit", "vom", "von", "für", "über", "unter",
            "aus", "seit", "um", "gegen", "ohne", "hinter", "neben", "nahe", "laut", "angesichts", "trotz", "wegen",
            "dank", "aufgrund", "infolge", "seitens", "statt", "anstatt", "außer", "durch", "entgegen", "gemäß",
            "innerhalb", "außerhalb", "mittels", "ab", "bis", "per", "pro", "via", "zwischen", "bezüglich");
    /** Endings of adjectives and adverbs that open a sentence capitalised ("Aktuell", "Erstmals", "Besonders"). */
    private static final String[] ADVERB_ENDINGS = {"lich", "ig", "isch", "end", "mals", "weise", "ell", "iv",
            "bar", "sam", "los", "haft", "halb", "dings", "tens", "ders", "falls", "seits", "wärts", "ts"};
    /** Endings of abstract nouns, which name no speaker ("Zuversicht", "Forderung", "Mitverantwortung"). */
    private static final String[] ABSTRACT_ENDINGS = {"ung", "heit", "keit", "schaft", "tion", "ität", "ismus",
            "nis", "tum", "sicht", "nahme", "chance", "frage", "kritik", "idee", "lage", "weise"};

    /**
     * A role noun phrase as a clause subject ("Der Angeklagte", "die Sprecherin"): its speaker text and the gender
     * its singular article shows, for a later "er"/"sie" to agree with.
     */
    record RoleSubject(String text, boolean masculine) {
        static RoleSubject of(String determiner, String text) {
            if (text == null || determiner == null) {
                return null;
            }
            return switch (determiner) {
                // a possessive shows the gender as an article does: "Sein Verteidiger kündigte Revision an. Er …"
                case "der", "ein", "sein", "ihr", "dieser" -> new RoleSubject(text, true);
                case "die", "eine", "seine", "ihre", "diese" -> new RoleSubject(text, false);
                default -> null;
            };
        }

        boolean agreesWith(String pronoun) {
            return masculine ? pronoun.equals("er") : pronoun.equals("sie");
        }
    }

    /** A phrase over tokens [from, to); {@code headEnd} ends the main phrase before complements. */
    record Phrase(int from, int to, int contentFrom, int headEnd, boolean pronoun, String determiner) {
    }

    private final QuoteLexicon lex;

    SpeakerPhrases(QuoteLexicon lex) {
        this.lex = lex;
    }

    /** Determiners of a genitive complement after a source noun other than "des"/"der". */
    private static final Set<String> GENITIVE_DETERMINERS = Set.of("eines", "einer", "seines", "seiner", "ihres",
            "ihrer", "unseres", "unserer");

    /** Qualifiers of a number inside a noun phrase ("die rund 190 Staaten"). */
    private static final Set<String> APPROXIMATORS = Set.of("rund", "etwa", "knapp", "fast", "gut", "ungefähr",
            "circa", "zirka", "nahezu", "über");

    /** Masculine/neuter genitive determiners: "des/eines/seines Sprechers". */
    private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "eines", "seines", "ihres", "unseres");

    /** The noun phrase starting at token {@code i} (bounded by {@code limit}), or null. */
    Phrase nounPhrase(List<Token> t, int i, int limit) {
        if (i >= limit || !t.get(i).word()) {
            return null;
        }
        String first = t.get(i).lower();
        if (PRONOUNS.contains(first)) {
            return new Phrase(i, i + 1, i, i + 1, true, null);
        }
        if (first.equals("nicht")) {
            return null; // "Nicht umsonst meinte die Kanzlerin": a negation opening the sentence is no noun
        }
        if (APPROXIMATORS.contains(first) && i + 1 < limit && t.get(i + 1).word()
                && (DETERMINERS.contains(t.get(i + 1).lower()) || Character.isDigit(t.get(i + 1).text().charAt(0)))) {
            // "Rund ein Viertel gab an", "Knapp die Hälfte sagte": the approximator opening the sentence is no name
            i++;
            first = t.get(i).lower();
        }
        int j = i;
        String det = null;
        if (isQuantifier(t, i, limit)) {
            j = i + 2; // "Einer der Feuerwehrleute": the group is the speaker
            det = t.get(i + 1).lower();
        } else if (DETERMINERS.contains(first) && i + 1 < limit && t.get(i + 1).word()) {
            det = first;
            j++;
        }
        int content = j;
        int end = nameOrNounRun(t, j, limit, true);
        if (end < 0) {
            return null;
        }
        if (end + 1 < limit && t.get(end).lower().equals("ohne") && t.get(end + 1).lower().equals("grenzen")) {
            end += 2; // "Ärzte ohne Grenzen", "Reporter ohne Grenzen": one name
        }
        int headEnd = end;
        j = end;
        String headLower = t.get(headEnd - 1).lower();
        // "Angaben eines Sprechers der Marine": a role in the genitive keeps its own complement too
        String before = det != null ? det : i > 0 ? t.get(i - 1).lower() : "";
        boolean genitiveRole = GENITIVE_ARTICLES.contains(before) && (headLower.endsWith("s")
                && lex.isRole(GermanGenitive.strip(headLower)) || roleStem(headLower, WEAK_ENDING) != null)
                // "Laut dem Präsidenten des Verbands, X, …", "dem Vorsitzenden der Partei": the dative of a weak
                // masculine role keeps its complement as the genitive does
                || DATIVE_ARTICLES.contains(before) && weakRoleForm(headLower);
        boolean person = lex.isRole(headLower) || lex.isSourceNoun(headLower) || genitiveRole;
        if (person || institutionForm(headLower)) {
            // "Sprecher des Ministeriums", "Angaben der Polizei", "Schätzungen des Instituts der deutschen
            // Wirtschaft": the genitive complement belongs to the phrase, and after a role or source "von X"
            for (int level = 0; level < 2 && j < limit; level++) {
                String w = t.get(j).lower();
                int k = j + 1;
                if (w.equals("des") || w.equals("der")) {
                    int e = nameOrNounRun(t, k, limit, true);
                    if (e < 0 || w.equals("der") && mediumIn(t, k, e)) {
                        // "sagte der Minister der Zeitung", "sagte ein Helfer des Roten Kreuzes der
                        // Nachrichtenagentur Anadolu": a medium after "der" is the addressee (dative)
                        break;
                    }
                    j = e;
                } else if (GENITIVE_DETERMINERS.contains(w) && j == headEnd && lex.isSourceNoun(headLower)) {
                    // "Angaben ihrer Anwältin", "Worten seines Sprechers", "Informationen einer Zeitung"
                    int e = nameOrNounRun(t, k, limit, true);
                    if (e < 0) {
                        break;
                    }
                    j = e;
                } else if (person && (w.equals("von") || w.equals("vom"))) {
                    if (k < limit && DETERMINERS.contains(t.get(k).lower())) {
                        k++;
                    }
                    int e = nameOrNounRun(t, k, limit, true);
                    if (e < 0) {
                        break;
                    }
                    j = e;
                } else {
                    break;
                }
            }
        }
        j = institutionComplement(t, headEnd, j, limit);
        return new Phrase(i, j, content, headEnd, false, det);
    }

    /** Dative articles before a role ("laut dem Präsidenten", "einem Sprecher zufolge"). */
    private static final Set<String> DATIVE_ARTICLES = Set.of("dem", "einem");

    /** The dative/accusative of a weak masculine role: "Präsidenten", "Vorsitzenden" (a role without its -en/-n). */
    private boolean weakRoleForm(String lower) {
        return lower.length() > 6 && roleStem(lower, WEAK_ROLE_ENDINGS) != null;
    }

    private static final List<String> WEAK_ROLE_ENDINGS = List.of("en", "n");

    /** The role ({@link QuoteLexicon#isRole}) {@code w} is with the first of {@code endings} it ends in; else null. */
    /** The "-en" of a weak masculine role in the genitive ("des Präsidenten"). */
    private static final List<String> WEAK_ENDING = List.of("en");

    private String roleStem(String w, List<String> endings) {
        for (String ending : endings) {
            if (w.endsWith(ending) && lex.isRole(w.substring(0, w.length() - ending.length()))) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return null;
    }

    /** A preposition ("an", "nach", "wegen" …), lower-cased. */
    boolean isPreposition(String lower) {
        return PREPOSITIONS.contains(lower);
    }

    /** An institution noun, also in the genitive ("des Instituts", "des Verbandes"). */
    private boolean institutionForm(String lower) {
        return lex.isInstitution(lower) || lower.endsWith("es") && lex.isInstitution(lower.substring(0,
                lower.length() - 2)) || lower.endsWith("s") && lex.isInstitution(lower.substring(0, lower.length() - 1));
    }

    /**
     * An institution's name goes on with "für" and capitalised words, joined by "und", and an acronym in brackets
     * ("Zentralanstalt für Meteorologie und Geodynamik (ZAMG)", "Institut für Wirtschaftsforschung"); returns the
     * new end, or {@code j} when the head is no institution noun or nothing such follows.
     */
    private int institutionComplement(List<Token> t, int headEnd, int j, int limit) {
        if (j != headEnd || j + 1 >= limit || !t.get(j).lower().equals("für")
                || !lex.isInstitution(t.get(headEnd - 1).lower()) || !t.get(headEnd - 1).capitalized()) {
            return j;
        }
        int e = nameOrNounRun(t, j + 1, limit, true);
        if (e < 0) {
            return j;
        }
        while (e + 1 < limit && t.get(e).lower().equals("und")) {
            int more = nameOrNounRun(t, e + 1, limit, true);
            if (more < 0) {
                break;
            }
            e = more;
        }
        if (e + 2 < limit && t.get(e).is('(') && t.get(e + 2).is(')') && t.get(e + 1).capitalized()) {
            e += 3; // "(ZAMG)"
        }
        return e;
    }

    /** adjectives* Capitalised+ (with name particles); returns the end index or -1 when no capitalised word. */
    private int nameOrNounRun(List<Token> t, int i, int limit, boolean allowAdjectives) {
        int j = i;
        boolean cap = false;
        while (j < limit) {
            Token tok = t.get(j);
            if (!tok.word()) {
                if (cap && tok.is('&') && j + 1 < limit && t.get(j + 1).word() && t.get(j + 1).capitalized()) {
                    j++; // "Haus & Grund", "Procter & Gamble": one name
                    continue;
                }
                break;
            }
            String w = tok.lower();
            if (tok.capitalized() || hyphenNoun(tok)) {
                if (lex.isFunctionWord(w)) {
                    break;
                }
                cap = true;
                j++;
                if (tok.text().length() <= 4 && j + 1 < limit && t.get(j).is('.') && t.get(j + 1).capitalized()
                        && t.get(j).start() == tok.end() && (tok.text().length() == 1 || isTitleAbbreviation(w))) {
                    j++; // "Jürgen R. Thumann", "Prof. Dr. Beckmann": an initial or title, not a sentence end
                }
                if (j + 2 < limit && t.get(j).is('-') && t.get(j).start() == tok.end()
                        && (t.get(j + 1).lower().equals("und") || t.get(j + 1).lower().equals("oder"))
                        && t.get(j + 2).word() && t.get(j + 2).capitalized()) {
                    j += 2; // "Institut für Schnee- und Lawinenforschung": a truncated compound and its partner
                }
                continue;
            }
            if (!Character.isLetter(tok.text().charAt(0))) {
                if (!cap && j + 3 < limit && t.get(j + 1).lower().equals("jahre")
                        && AGE_ADJECTIVES.contains(t.get(j + 2).lower())) {
                    j += 3; // "der 27 Jahre alte Bezirksrat": an age, not the head
                    continue;
                }
                if (!cap && j + 1 < limit && t.get(j + 1).word()) {
                    j++; // "13 beteiligten Feuerwehrleute", "23-jährige"
                    continue;
                }
                break;
            }
            // the role lookup (compound suffixes) only where it matters: before "und" or a name particle
            boolean afterRole = cap && j > i && (w.equals("und") || NAME_PARTICLES.contains(w))
                    && lex.isRole(t.get(j - 1).lower());
            if (cap && afterRole && w.equals("und") && j + 1 < limit && t.get(j + 1).capitalized()
                    && lex.isRole(t.get(j + 1).lower())) {
                j++; // "Der Abgeordnete und Fraktionschef Andreas Kurz": two roles of one person
                continue;
            }
            if (cap && !afterRole && NAME_PARTICLES.contains(w) && j + 1 < limit && t.get(j + 1).capitalized()
                    && !lex.isFunctionWord(t.get(j + 1).lower())) {
                j++;
                continue;
            }
            if (cap && !afterRole && w.equals("von") && j + 2 < limit && t.get(j + 1).lower().equals("der")
                    && t.get(j + 2).capitalized()) {
                j += 2; // "Ursula von der Leyen"
                continue;
            }
            if (!cap && j == i && APPROXIMATORS.contains(w) && j + 1 < limit
                    && Character.isDigit(t.get(j + 1).text().charAt(0))) {
                j++; // "Die rund 190 Staaten", "die etwa 300 Beschäftigten": the number's qualifier
                continue;
            }
            int adverbs = !cap && allowAdjectives && j == i && i > 0 && DETERMINERS.contains(t.get(i - 1).lower())
                    ? attributeAdverbs(t, j, limit) : 0;
            if (adverbs > 0) {
                j += adverbs; // "einer gestern verbreiteten Erklärung": the adverb of an extended participle
                continue;
            }
            if (!cap && allowAdjectives && isAdjective(w) && j + 1 < limit && t.get(j + 1).word()
                    && (t.get(j + 1).capitalized() || isAdjective(t.get(j + 1).lower()))) {
                j++;
                continue;
            }
            if (cap && j == i + 1 && allowAdjectives && t.get(i).lower().endsWith("s") && isAdjective(w)
                    && j + 1 < limit && t.get(j + 1).capitalized() && lex.isRole(t.get(j + 1).lower())) {
                j++; // "Bergers neuer Sprecher": a genitive name before an adjective and its noun
                continue;
            }
            break;
        }
        return cap ? j : -1;
    }

    /** "expo-Homepage", "iPhone-Nutzer": a compound whose last part is a capitalised noun. */
    private static boolean hyphenNoun(Token tok) {
        String w = tok.text();
        int dash = w.lastIndexOf('-');
        return tok.word() && dash > 0 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
    }

    private static boolean isTitleAbbreviation(String w) {
        return switch (w) {
            case "dr", "prof", "st", "jr", "sen", "hl" -> true;
            default -> false;
        };
    }

    /**
     * A capitalised word opening a clause that is an adverb or adjective, not a subject ("Aktuell lässt sie",
     * "Relativierend fügt Gall hinzu"): it ends like one and a lower-case word (the verb) follows.
     */
    boolean adverbLike(List<Token> t, int i, int limit) {
        Token tok = t.get(i);
        if (!tok.capitalized() || i + 1 >= t.size() || !t.get(i + 1).lowercase() || lex.isRole(tok.lower())) {
            return false;
        }
        return endsWithAny(tok.lower(), ADVERB_ENDINGS);
    }

    /** The head of the phrase names no speaker: an abstract noun ("Zuversicht", "Forderung"). */
    boolean abstractHead(List<Token> t, Phrase p) {
        if (p == null || p.pronoun()) {
            return false;
        }
        String head = t.get(p.headEnd() - 1).lower();
        return !lex.isRole(head) && !lex.isSourceNoun(head) && endsWithAny(head, ABSTRACT_ENDINGS);
    }

    /** A document noun heads the phrase ("einem Brief", "der Homepage"). */
    boolean documentHead(List<Token> t, Phrase p) {
        return p != null && !p.pronoun() && lex.isDocumentNoun(t.get(p.headEnd() - 1).lower());
    }

    /**
     * A document named as a place in the clause [start, end): "in/im/auf" + noun phrase headed by a document noun
     * ("In einem Brief an die Mitglieder war von „…“ die Rede", "Auf der Homepage steht: „…“"), or null.
     */
    Phrase documentPlace(List<Token> t, int start, int end) {
        int k = skipFocus(t, start, end);
        if (k + 1 >= end || !isDocumentPreposition(t, k + 1)) {
            return null;
        }
        Phrase p = nounPhrase(t, k + 1, end);
        return documentHead(t, p) ? p : null;
    }

    /**
     * Token {@code i} follows a place preposition opening the clause, with a dative article ("In einem …", "Auf
     * der …", "Im …"), not a direction ("in den Bericht").
     */
    boolean isDocumentPreposition(List<Token> t, int i) {
        if (i < 1) {
            return false;
        }
        String p = t.get(i - 1).lower();
        String a = t.get(i).lower();
        if (p.equals("im")) {
            return true;
        }
        return (p.equals("in") || p.equals("auf")) && (a.equals("einem") || a.equals("einer") || a.equals("dem")
                || a.equals("der") || a.equals("seinem") || a.equals("seiner") || a.equals("ihrem")
                || a.equals("ihrer") || a.equals("deren") || a.equals("dessen"));
    }

    /**
     * "der Belgier", "die SPD-Politikerin", "der CDU-Vorsitzende": a definite article and one epithet noun (see
     * {@link QuoteLexicon#isEpithet}), or a party prefix listed there ("cdu-") before a role noun.
     */
    boolean epithet(List<Token> t, Phrase p) {
        if (p != null && p.to() - p.from() >= 3 && NOMINATIVE_ARTICLES.contains(t.get(p.from()).lower())
                && t.get(p.from() + 1).lower().startsWith("gebürtige") && t.get(p.from() + 2).capitalized()) {
            return true; // "der gebürtige Wiener", "der gebürtige St. Pöltner": a demonym of where the person was born
        }
        int head = singularHead(t, p, NOMINATIVE_ARTICLES);
        if (head < 0) {
            return false;
        }
        Token w = t.get(head);
        int dash = w.lower().indexOf('-');
        // "der CDU-Vorsitzende", "die SPÖ-Chefin": a party's role holder, named just before
        return lex.isEpithet(w.lower()) || dash > 0 && lex.isEpithet(w.lower().substring(0, dash + 1))
                && lex.isRole(w.lower().substring(dash + 1));
    }

    /**
     * "der Minister", "die Kanzlerin", "der deutsche Innenminister", "dem Staatsanwalt (zufolge)", "des Ministers": a
     * definite article in any case, at most two inflected adjectives and one capitalised role noun in the singular,
     * nothing after it — a role that points back to its holder. Returns the role noun in lower case without a case
     * ending ("minister", "präsident"), or null.
     */
    String bareRole(List<Token> t, Phrase p) {
        int head = singularHead(t, p, DEFINITE);
        if (head < 0 || t.get(head).lower().length() < 4) {
            return null;
        }
        String w = t.get(head).lower();
        if (lex.isRole(w)) {
            return w;
        }
        if ("der".equals(p.determiner()) || "die".equals(p.determiner())) {
            return null;
        }
        // "des Ministers", "dem Präsidenten", "dem Vorsitzenden": the singular's case endings
        return roleStem(w, ROLE_CASE_ENDINGS);
    }

    private static final List<String> ROLE_CASE_ENDINGS = List.of("s", "en", "n");

    /**
     * "Wirtschaftskammerpräsident" as a headline's speaker ("Wirtschaftskammerpräsident: „…“"): one capitalised role
     * noun without article, nothing else. Returns the noun in lower case, or null.
     */
    String articlelessRole(List<Token> t, Phrase p) {
        if (p == null || p.pronoun() || p.determiner() != null || p.contentFrom() + 1 != p.to()
                || p.headEnd() != p.to()) {
            return null;
        }
        Token w = t.get(p.contentFrom());
        return w.capitalized() && w.lower().length() >= 4 && lex.isRole(w.lower()) ? w.lower() : null;
    }

    private static final Set<String> NOMINATIVE_ARTICLES = Set.of("der", "die");

    /**
     * The head of a phrase of one of the {@code articles}, at most two adjectives and one noun in the singular
     * ({@link #soleNoun}, {@link #singular}): "der Belgier", "dem Staatsanwalt"; -1 for any other phrase.
     */
    private static int singularHead(List<Token> t, Phrase p, Set<String> articles) {
        if (p == null || p.pronoun() || p.determiner() == null || !articles.contains(p.determiner())) {
            return -1;
        }
        int head = soleNoun(t, p);
        return head >= 0 && singular(t, p, t.get(head).lower()) ? head : -1;
    }

    /**
     * Adjectives that set a role's holder apart from the one the text named with the title ("der frühere
     * Präsident"): such a phrase does not point back by its title.
     */
    private static final Set<String> CONTRASTING_ADJECTIVES = Set.of("frühere", "früheren", "ehemalige",
            "ehemaligen", "einstige", "einstigen", "damalige", "damaligen", "künftige", "künftigen", "verstorbene",
            "verstorbenen", "andere", "anderen");

    /**
     * The one noun of a phrase made of an article, at most two lower-case inflected adjectives ("deutsche",
     * "45-jährige", "neuen") and a capitalised noun (or an age, "73-Jährige"), nothing after it; -1 for any other
     * phrase.
     */
    private static int soleNoun(List<Token> t, Phrase p) {
        int head = p.to() - 1;
        Token noun = head >= p.contentFrom() ? t.get(head) : null;
        if (p.headEnd() != p.to() || noun == null || head - p.contentFrom() > 2
                || !noun.capitalized() && !Character.isDigit(noun.text().charAt(0))) {
            return -1; // "der 73-Jährige" opens with a digit
        }
        for (int k = p.contentFrom(); k < head; k++) {
            String a = t.get(k).lower();
            if (t.get(k).capitalized() || !(a.endsWith("e") || a.endsWith("en")) || CONTRASTING_ADJECTIVES.contains(a)
                    || !Character.isLetterOrDigit(a.charAt(0))) {
                return -1;
            }
        }
        return head;
    }

    /**
     * The noun is no plural by its article: "die" before a masculine form ("die Forscher", "die Belgier") and "der"
     * before one right after a noun ("Angaben der Forscher", a genitive plural) are plurals; nouns in "-e"
     * ("die Vorsitzende") and feminines in "-in" are taken as singular.
     */
    private static boolean singular(List<Token> t, Phrase p, String noun) {
        boolean feminineOrE = noun.endsWith("in") || noun.endsWith("e") || noun.endsWith("frau");
        if ("die".equals(p.determiner())) {
            return feminineOrE;
        }
        if ("der".equals(p.determiner()) && !feminineOrE) {
            return p.from() == 0 || !t.get(p.from() - 1).capitalized();
        }
        return true;
    }

    /** Definite articles before an organisation noun, in every case ("aus dem Ministerium", "seitens des Konzerns"). */
    private static final Set<String> DEFINITE = Set.of("der", "die", "das", "dem", "den", "des");

    /**
     * "das Unternehmen", "aus dem Ministerium", "seitens des Konzerns": a definite article and one capitalised
     * organisation noun, nothing after it — an organisation named before. Returns the noun in lower case without
     * a genitive ending ("konzern"), or null.
     */
    String bareOrganisation(List<Token> t, Phrase p) {
        if (p == null || p.pronoun() || p.determiner() == null || !DEFINITE.contains(p.determiner())
                || p.contentFrom() + 1 != p.to()
                || p.headEnd() != p.to() || !t.get(p.contentFrom()).capitalized()) {
            return null;
        }
        String w = t.get(p.contentFrom()).lower();
        if (lex.isOrganisationKind(w)) {
            return w;
        }
        if ("des".equals(p.determiner()) && w.endsWith("s")) {
            String stem = w.substring(0, w.length() - (w.endsWith("es") && !lex.isOrganisationKind(w.substring(0,
                    w.length() - 1)) ? 2 : 1));
            return lex.isOrganisationKind(stem) ? stem : null;
        }
        return null;
    }

    /** Spokesperson nouns that name no organisation of their own (not "Polizeisprecher", "Regierungssprecherin"). */
    private static final Set<String> SPOKESPERSONS = Set.of("sprecher", "sprecherin", "pressesprecher",
            "pressesprecherin");

    /** Words after a spokesperson noun that may open its lost complement ("ein Sprecher einer Gemeinschaft"). */
    private static final Set<String> COMPLEMENT_OPENERS = Set.of("der", "des", "den", "dem", "einer", "eines", "von",
            "vom", "aus", "im", "in", "bei", "für");

    /**
     * "ein Sprecher", "eine Sprecherin", "einer Pressesprecherin": an indefinite article and a spokesperson noun,
     * nothing after it that could be its complement — the organisation is the one the text just named. Returns the
     * noun as written ("Sprecherin"), or null.
     */
    String bareSpokesperson(List<Token> t, Phrase p) {
        return spokesperson(t, p, INDEFINITE_ARTICLES);
    }

    /**
     * "der Sprecher", "die Sprecherin", "dem Pressesprecher": a definite article and a spokesperson noun, nothing
     * after it — the spokesperson the text named before. Returns the noun as written, or null.
     */
    String definiteSpokesperson(List<Token> t, Phrase p) {
        return spokesperson(t, p, DEFINITE);
    }

    private String spokesperson(List<Token> t, Phrase p, Set<String> articles) {
        if (p == null || p.pronoun() || p.determiner() == null || !articles.contains(p.determiner())
                || p.contentFrom() + 1 != p.to() || p.headEnd() != p.to()
                || !SPOKESPERSONS.contains(t.get(p.contentFrom()).lower())
                || p.to() < t.size() && COMPLEMENT_OPENERS.contains(t.get(p.to()).lower())) {
            return null;
        }
        return t.get(p.contentFrom()).text();
    }

    private static final Set<String> INDEFINITE_ARTICLES = Set.of("ein", "eine", "einem", "einer", "einen");

    /** A role noun heads the phrase or a name follows one ("der SPD-Vorsitzende Franz Müntefering"). */
    boolean roleHead(List<Token> t, Phrase p) {
        if (p == null || p.pronoun()) {
            return false;
        }
        for (int k = p.contentFrom(); k < p.headEnd(); k++) {
            if (t.get(k).capitalized() && lex.isRole(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A bare name: no determiner, every word of the main phrase capitalised and the head not an abstract noun
     * ("Höhnisch", "Jean Todt"); "Der Rücktritt", "seine Sympathien", "vorgesehenen Mittel" are not.
     */
    boolean nameLike(List<Token> t, Phrase p) {
        if (p == null || p.pronoun() || p.determiner() != null || abstractHead(t, p)) {
            return false;
        }
        for (int k = p.contentFrom(); k < p.headEnd(); k++) {
            if (t.get(k).word() && !t.get(k).capitalized()) {
                return false;
            }
        }
        return true;
    }

    /** Participles of verbs whose "von" phrase is the topic, not an agent. */
    private static final Set<String> TOPIC_VON = Set.of("gesprochen", "geredet");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("wird", "wurde", "werden", "wurden", "worden");

    /**
     * Active "zitieren" names the quoted person as its object ("zitiert die „Computerwoche“ Lynch", "Ein
     * Fernsehsender zitierte Papandreou mit den Worten"): that object, or {@code subject} when the verb at
     * {@code verb} is no active finite "zitieren" or no object phrase follows.
     */
    Phrase quotedPerson(List<Token> t, int verb, Phrase subject, int limit) {
        String v = t.get(verb).lower();
        if (!(v.equals("zitiert") || v.equals("zitierte") || v.equals("zitierten") || v.equals("zitieren"))
                || verb + 1 >= limit || !t.get(verb + 1).word()) {
            return subject;
        }
        int b = clauseStart(t, verb, 0);
        for (int k = b; k < limit && k <= verb + 8; k++) {
            if (t.get(k).is(',') && k > verb) {
                break;
            }
            if (PASSIVE_AUXILIARIES.contains(t.get(k).lower())) {
                return subject; // "wird von der „Netzeitung“ zitiert"
            }
        }
        int j = verb + 1;
        if (subject != null && subject.from() > verb) {
            j = subject.to();
            if (j < limit && SpeechCues.isClosingMark(t.get(j))) {
                j++;
            }
        }
        if (j >= limit || !t.get(j).word()) {
            return subject;
        }
        String w = t.get(j).lower();
        if (DETERMINERS.contains(w) && !(w.equals("den") || w.equals("einen") || w.equals("die")
                || w.equals("eine") || w.equals("das"))) {
            return subject;
        }
        Phrase p = nounPhrase(t, j, limit);
        return p == null || p.pronoun() ? subject : p;
    }

    /** The phrase is headed by an information-source noun ("Angaben der Polizei"). */
    boolean isSourceHead(List<Token> t, Phrase p) {
        return p != null && !p.pronoun() && lex.isSourceNoun(t.get(p.headEnd() - 1).lower());
    }

    private static boolean endsWithAny(String w, String[] endings) {
        for (String e : endings) {
            if (w.length() > e.length() + 2 && w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Adverbs that open an extended attribute after an article ("die bereits erwähnte Studie", "neu"). */
    private static final Set<String> ATTRIBUTE_ADVERBS = Set.of("gestern", "vorgestern", "heute", "kürzlich",
            "jüngst", "bereits", "schon", "erst", "zuvor", "zuletzt", "damals", "bisher", "eigens", "neu", "frisch",
            "noch", "nun", "soeben", "inzwischen", "später", "vorher", "offiziell", "öffentlich", "gemeinsam",
            // "ein namentlich nicht genannter Sprecher", "ein nicht näher bezeichneter Beamter"
            "nicht", "namentlich", "näher");

    /** Prepositions of a place or origin inside an extended attribute ("die in Berlin lebende Autorin"). */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("in", "im", "aus", "bei", "beim", "seit",
            "für");

    /**
     * The number of tokens from {@code j} of an adverbial opening an extended participle attribute, followed by an
     * inflected adjective and a capitalised word: one to three adverbs ("einer gestern verbreiteten Erklärung", "der
     * erst kürzlich ernannte Sprecher", "ein namentlich nicht genannter Beamter"), "am" + a time noun ("der am
     * Montag veröffentlichten Studie") or a preposition + up to three capitalised words ("die in New York geborene
     * Sängerin"), before one or two inflected adjectives and the noun; else 0.
     */
    private int attributeAdverbs(List<Token> t, int j, int limit) {
        int k = j;
        if (k + 1 < limit && t.get(k).lower().equals("am") && lex.isTemporal(t.get(k + 1).lower())) {
            k += 2;
        } else if (PARTICIPLE_PREPOSITIONS.contains(t.get(k).lower())) {
            // "die in New York geborene Sängerin", "der aus der Schweiz stammende Trainer": a place or source
            int m = k + 1 < limit && DETERMINERS.contains(t.get(k + 1).lower()) ? k + 2 : k + 1;
            int names = capitalisedRun(t, m, limit);
            k = names > 0 ? m + names : j;
        } else {
            while (k < limit && k < j + 3 && t.get(k).word() && ATTRIBUTE_ADVERBS.contains(t.get(k).lower())) {
                k++;
            }
        }
        if (k == j || k + 1 >= limit || !t.get(k).word() || t.get(k).capitalized() || !isAdjective(t.get(k).lower())) {
            return 0;
        }
        // "dem für Terrorismus zuständigen französischen Staatsanwalt": one more adjective before the noun
        int noun = k + 2 < limit && t.get(k + 1).lowercase() && isAdjective(t.get(k + 1).lower()) ? k + 2 : k + 1;
        return t.get(noun).word() && t.get(noun).capitalized() ? k - j : 0;
    }

    private boolean isAdjective(String w) {
        if (w.length() < 4 || lex.isFunctionWord(w) || lex.isSubjunctive(w) || !lex.verbForms(w).isEmpty()) {
            return false;
        }
        return AdjectiveEndings.has(w) || Character.isDigit(w.charAt(0));
    }

    /**
     * The subject phrase of the verb cue at token {@code verb}, within the sentence tokens [start, limit).
     * Returns null when none is found.
     */
    Phrase subjectOf(List<Token> t, int verb, int start, int limit) {
        int b = clauseStart(t, verb, start);
        boolean verbFinal = verb + 1 >= limit || !t.get(verb + 1).word()
                || AUXILIARIES.contains(t.get(verb + 1).lower());
        if (b < verb) {
            String first = t.get(b).lower();
            Phrase antecedent = passive(t, b, verb, limit) ? null : relativeAntecedent(t, b, verb, start);
            if (antecedent != null) {
                return antecedent; // "Kritik kam von Anna Roth, die sagte: „…“"
            }
            if (SUBORDINATORS.contains(first) && (verbFinal || !first.equals("als"))) {
                return nounPhrase(t, skipFocus(t, b + 1, verb), verb);
            }
            if (COORDINATORS.contains(first)) {
                b++;
                if (b == verb && verb > start) {
                    // "…, und betonte": the subject of the first clause
                    Phrase p = clauseSubject(t, start, verb);
                    if (p != null) {
                        return p;
                    }
                }
            }
            b = skipFocus(t, b, verb);
        }
        if (b < verb - 1 && COORDINATORS.contains(t.get(verb - 1).lower()) && !t.get(verb - 1).is(',')) {
            // "X lobte den Plan und nannte ihn „…“": the subject of the first conjunct
            Phrase p = clauseSubject(t, b, verb - 1);
            if (p != null) {
                return p;
            }
        }
        Phrase agent = passiveAgent(t, b, verb, limit);
        if (agent != null) {
            return agent;
        }
        if (passive(t, b, verb, limit)) {
            return null; // "Zeugen werden gebeten, sich zu melden": the subject of a passive cue is addressed
        }
        if (b < verb && verb + 1 < limit && t.get(verb + 1).text().equals("er")
                && !SUBORDINATORS.contains(t.get(b).lower())) {
            // "Die Arbeit des Rates … lobte er": "er" right after the finite verb is always its subject
            return new Phrase(verb + 1, verb + 2, verb + 1, verb + 2, true, null);
        }
        if (b < verb) {
            Token ft = t.get(b);
            String w = ft.lower();
            boolean adverbial = adverbial(t, b, verb);
            if (AUXILIARIES.contains(w) && b > start && t.get(b - 1).is(',')
                    && !isSourceHead(t, phraseAfter(t, b + 1, verb))) {
                // "Eine Zeugin, die frühere Leiterin der Abteilung, hatte … ausgesagt", "X, Dekan der Fakultät,
                // hatte gegenüber der Zeitung „Die Welt“ mitgeteilt": the auxiliary takes the verb's place after
                // the apposition, as "sagte" does in "Hans Meier, Sprecher der Stadt, sagte"; but a source noun
                // after it owns the report ("X, Minister, hat Berichte zurückgewiesen, er sei …")
                Phrase chain = appositionChain(t, start, b - 1);
                if (chain != null) {
                    return chain;
                }
            }
            if (ft.lowercase() && !adverbial && !DETERMINERS.contains(w) && !PRONOUNS.contains(w)
                    && !isAdjective(w)) {
                Phrase p = phraseAfter(t, b + 1, verb); // "wird der Franzose … zitiert"
                if (p != null) {
                    return p;
                }
            } else if (!adverbial) {
                Phrase p = nounPhrase(t, b, verb);
                if (p != null && temporal(t, p)) {
                    // "Vergangene Woche sagte die Ministerin", "Ende Januar erklärte X": a time adverbial in front,
                    // the subject follows the verb ("… hatte der Rat angekündigt": or the finite verb before it)
                    Phrase after = phraseAfter(t, verb + 1, limit);
                    return after != null ? after : middleFieldSubject(t, b, verb);
                }
                if (p != null && (p.to() == verb || t.get(p.to()).is(',') || t.get(p.to()).is('(')
                        || t.get(p.to()).lowercase())) {
                    if (p.to() == verb && (nonPersonPrefield(t, p) || dativeMedium(t, p))) {
                        // "Deren Haltung bezeichnete er als …", "Die Forderung begründete der Vorsitzende";
                        // "der" before a feminine medium is dative: "Der Zeitung sagte Karl Lenz: „…“"
                        Phrase post = personAfterVerb(t, verb + 1, limit);
                        if (post != null) {
                            return post;
                        }
                    }
                    return p;
                }
            } else {
                Phrase p = phraseAfter(t, verb + 1, limit);
                if (p != null) {
                    return p;
                }
                return middleFieldSubject(t, b, verb);
            }
        }
        Phrase after = phraseAfter(t, verb + 1, limit);
        if (b == verb && b > start && t.get(b - 1).is(',') && (after == null || !after.pronoun())) {
            // "Sandra Kolb, Sprecherin der Fraktion, erklärte", "Hans Berg, der Rot sah, nannte …"
            Phrase chain = appositionChain(t, start, verb - 1);
            if (chain != null && (after == null || !(nonPersonPrefield(t, chain) && roleHead(t, after)))) {
                return chain;
            }
        }
        if (after != null) {
            return after;
        }
        if (b == verb && b > start && t.get(b - 1).is(',')) {
            // "Hans Meier, Sprecher der Stadt, sagte": the phrase opening the sentence
            Phrase p = nounPhrase(t, skipFocus(t, start, verb), verb);
            if (p != null && p.to() < verb && (t.get(p.to()).is(',') || t.get(p.to()).is('('))) {
                return p;
            }
            if (verb + 1 < limit && SECOND_VERB_ADVERBS.contains(t.get(verb + 1).lower())) {
                // "Beobachter monieren Unregelmäßigkeiten, sprechen aber davon, dass …": a second verb of the
                // first clause's subject; "X, Sprecher der Y, begrüßte …, monierte aber": the apposition chain's
                int prev = verb - 2;
                while (prev > start && !t.get(prev).is(',')) {
                    prev--;
                }
                Phrase chain = prev > start && t.get(prev + 1).lowercase() ? appositionChain(t, start, prev) : null;
                return chain != null ? chain : clauseSubject(t, start, verb - 1);
            }
        }
        return null;
    }

    /** Adverbs right after a verb that continues the first clause without repeating its subject ("…, sagte aber"). */
    private static final Set<String> SECOND_VERB_ADVERBS = Set.of("aber", "jedoch", "allerdings", "zugleich",
            "gleichzeitig", "zudem", "außerdem");

    /**
     * "Es wurde vom Anwalt die Vermutung geäußert": a past participle cue in a clause with a passive
     * auxiliary has its speaker in the "von"/"vom" phrase; "zitiert" keeps the quoted person (its subject).
     */
    private Phrase passiveAgent(List<Token> t, int b, int verb, int limit) {
        // "sprechen/reden von" takes "von" as its object: "Es wurde von glatter Desinformation gesprochen"
        if (TOPIC_VON.contains(t.get(verb).lower()) || !passive(t, b, verb, limit)) {
            return null;
        }
        for (int k = b; k < verb; k++) {
            String w = t.get(k).lower();
            if ((w.equals("von") || w.equals("vom")) && k + 1 < verb) {
                int j = w.equals("von") && k + 2 < verb && DETERMINERS.contains(t.get(k + 1).lower()) ? k + 2 : k + 1;
                Phrase p = nounPhrase(t, j, verb);
                if (p != null && !p.pronoun()) {
                    return new Phrase(p.from(), p.to(), p.contentFrom(), p.headEnd(), false,
                            j > k + 1 ? t.get(k + 1).lower() : p.determiner());
                }
            }
        }
        return null;
    }

    /**
     * A participle cue at {@code verb} closing a passive clause whose quote stands before it ("Die Pläne wurden
     * gestern von X als „…“ bezeichnet"), the clause opening at {@code start}: true when it is passive; the agent is
     * then {@link #passiveAgentBefore}.
     */
    boolean passiveAfterQuote(List<Token> t, int verb, int start, int limit) {
        return !TOPIC_VON.contains(t.get(verb).lower()) && passive(t, clauseStart(t, verb, start), verb, limit);
    }

    /**
     * The "von"/"vom" agent in the tokens [start, end) before the quote of a passive cue ("wurden von Bürgermeister X
     * als „…“ bezeichnet"), else a document named as a place there ("In dem Schreiben wurden sie auf „…“
     * hingewiesen"); null when there is neither (the subject of a passive is what is spoken of, not who speaks).
     */
    Phrase passiveAgentBefore(List<Token> t, int start, int end) {
        for (int k = start; k + 1 < end; k++) {
            String w = t.get(k).lower();
            if (w.equals("von") || w.equals("vom")) {
                int j = w.equals("von") && k + 2 < end && DETERMINERS.contains(t.get(k + 1).lower()) ? k + 2 : k + 1;
                Phrase p = nounPhrase(t, j, end);
                if (p != null && !p.pronoun() && sameConjunct(t, p.to(), end)) {
                    return new Phrase(p.from(), p.to(), p.contentFrom(), p.headEnd(), false,
                            j > k + 1 ? t.get(k + 1).lower() : p.determiner());
                }
            }
        }
        return documentPlace(t, start, end);
    }

    /** No comma or coordinator in the tokens [from, to) ("der von der Sonne ausgeht und als „…“": another verb's). */
    private static boolean sameConjunct(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).is(',') || COORDINATORS.contains(t.get(k).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A past participle: "gesagt", "gebeten", with a separable prefix "aufgefordert", with an inseparable one
     * "betont", "erklärt", or in "-iert" ("informiert").
     */
    private static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
            "(?:ab|an|auf|aus|bei|dar|ein|fest|hin|her|los|mit|nach|vor|weg|zu|zurück)?ge\\p{Ll}{2,}(?:t|en)"
                    + "|(?:be|emp|ent|er|ge|miss|ver|zer)\\p{Ll}{2,}t|\\p{Ll}{3,}iert");

    /** The cue at {@code verb} is a participle in a passive ("wurde … erklärt", "werden gebeten"), not "zitiert". */
    private static boolean passive(List<Token> t, int b, int verb, int limit) {
        String v = t.get(verb).lower();
        if (!PARTICIPLE.matcher(v).matches() || v.startsWith("zitiert")) {
            return false;
        }
        int end = Math.min(limit, verb + 3);
        for (int k = b; k < end; k++) {
            if (PASSIVE_AUXILIARIES.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Relative pronouns that can be the subject of their clause (nominative). */
    private static final Set<String> SUBJECT_RELATIVES = Set.of("der", "die", "welcher", "welche");
    /** Subjects that can follow a relative pronoun in the accusative ("die Pläne, die er lobte"). */
    private static final Set<String> PERSONAL_SUBJECTS = Set.of("er", "sie", "es", "man", "wir", "ich", "ihr");

    /**
     * The antecedent of a relative pronoun opening the clause of the cue at {@code verb} as its subject ("Anna Roth,
     * die sagte", "die Sängerin Mia Roth, die den Auftritt kaum erwarten könne"): the noun phrase that ends at the
     * comma before it, within its segment; null when the clause opens otherwise, a personal pronoun follows the
     * relative one ("die er lobte"), or no noun phrase ends there. (A passive clause is left to its agent: "die vom
     * Rat gerügt wurden".)
     */
    private Phrase relativeAntecedent(List<Token> t, int b, int verb, int start) {
        boolean subject = b > start && t.get(b - 1).is(',') && SUBJECT_RELATIVES.contains(t.get(b).lower())
                && (b + 1 == verb || !PERSONAL_SUBJECTS.contains(t.get(b + 1).lower()));
        if (!subject) {
            return null;
        }
        Phrase p = antecedentBefore(t, b - 1, start);
        if (p == null && b - 2 > start && t.get(b - 2).lowercase() && PARTICIPLE.matcher(t.get(b - 2).lower()).matches()) {
            // the relative clause after the participle that closes the main clause ("In der Sendung wurde ein Prediger
            // aus London zugeschaltet, der die Zuschauer aufforderte, …"): the noun phrase before the participle,
            // if its article agrees with the relative pronoun
            p = antecedentBefore(t, b - 2, start);
            if (p != null && p.from() - 1 > start && ATTRIBUTE_PREPOSITIONS.contains(t.get(p.from() - 1).lower())) {
                Phrase head = antecedentBefore(t, p.from() - 1, start); // "ein Prediger" + "aus London"
                p = head != null ? head : p;
            }
            if (p != null && !agreesWithRelative(p.determiner(), t.get(b).lower())) {
                p = null;
            }
        }
        return p;
    }

    /** Determiners of a noun that a relative "der" cannot refer to ("die", "das", "eine"). */
    private static final Set<String> NOT_BEFORE_DER = Set.of("die", "das", "eine");
    /** Determiners of a noun that a relative "die" cannot refer to. */
    private static final Set<String> NOT_BEFORE_DIE = Set.of("das", "ein", "einen", "einem", "eines", "des", "dem");

    /** A determiner that cannot go with a noun the relative pronoun refers to ("ein" + "die", "die" + "der"). */
    private static boolean agreesWithRelative(String determiner, String relative) {
        if (determiner == null) {
            return true;
        }
        return switch (relative) {
            case "der", "welcher" -> !NOT_BEFORE_DER.contains(determiner); // "ein Prediger …, der" agrees
            case "die", "welche" -> !NOT_BEFORE_DIE.contains(determiner);
            default -> true;
        };
    }

    /** The longest noun phrase (no pronoun) ending at the comma {@code comma}, opening in its segment, or null. */
    private Phrase antecedentBefore(List<Token> t, int comma, int start) {
        Phrase best = null;
        for (int s = comma - 1; s >= start && s >= comma - 10; s--) {
            if (t.get(s).is(',') || !t.get(s).word()) {
                break;
            }
            Phrase p = nounPhrase(t, s, comma);
            if (p != null && !p.pronoun() && p.to() == comma) {
                best = p;
            }
        }
        return best;
    }

    /** Relative pronouns opening a clause after a comma ("Anna Roth, die …", "BBC News, der sich auf … beruft"). */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "dessen", "deren",
            "denen", "welcher", "welche", "welches", "welchem", "welchen");

    /**
     * A verb right after a comma has the prefield before it: a noun phrase with appositions and relative
     * clauses, each closed by a comma ("Sandra Kolb, Sprecherin der Fraktion, erklärte", "Hans Berg, der Rot
     * sah, nannte"). Walking back from the comma at {@code comma}, returns the first noun phrase of the chain
     * (a segment that is a whole noun phrase, optionally with a parenthesis: "Anna Roth (SPD)"), or null.
     */
    private Phrase appositionChain(List<Token> t, int start, int comma) {
        Phrase cand = null;
        boolean relative = false;
        int end = comma;
        while (end > start) {
            int s = end;
            while (s > start && !t.get(s - 1).is(',')) {
                s--;
            }
            if (s == start) {
                s = skipFocus(t, s, end); // "Auch Karl Lenz, …, glaubt"
            }
            if (s >= end || !t.get(s).word()) {
                break;
            }
            String w = t.get(s).lower();
            Phrase p = OBLIQUE_DETERMINERS.contains(w) || OBLIQUE_POSSESSIVES.contains(w) || adverbial(t, s, end)
                    ? null : nounPhrase(t, s, end);
            if (p != null && !p.pronoun() && (wholeSegment(t, p.to(), end)
                    || cand == null && placeAttribute(t, p.to(), end))) {
                // a noun with a place attribute opens the chain, it does not replace a name after it ("Der
                // Delegationsleiter im EU-Parlament, Othmar Karas, erklärte")
                cand = p;
                relative = false;
            } else if (RELATIVE_PRONOUNS.contains(w) && s > start && !relative) {
                relative = true; // a relative clause belongs to the phrase before it
            } else {
                break;
            }
            end = s - 1;
        }
        return relative ? null : cand;
    }

    /** Prepositions of a short place or origin attribute after a noun ("Eine Rentnerin aus Linz"). */
    private static final Set<String> ATTRIBUTE_PREPOSITIONS = Set.of("aus", "von", "vom", "in", "im", "bei", "beim");

    /** The phrase ends the segment, or only a parenthesis follows it ("Sandra Kolb (SPD)"). */
    private static boolean wholeSegment(List<Token> t, int to, int end) {
        if (to == end) {
            return true;
        }
        return t.get(to).is('(') && t.get(end - 1).is(')');
    }

    /**
     * Only a short attribute of origin or place follows the phrase in its segment: a preposition and at most three
     * words, capitalised or articles ("Eine Pensionistin aus Floridsdorf, die …, sagte"), which the noun phrase
     * leaves out.
     */
    private static boolean placeAttribute(List<Token> t, int to, int end) {
        if (to >= end || !ATTRIBUTE_PREPOSITIONS.contains(t.get(to).lower()) || end - to < 2 || end - to > 4) {
            return false;
        }
        for (int k = to + 1; k < end; k++) {
            Token w = t.get(k);
            if (!w.word() || !w.capitalized() && !DETERMINERS.contains(w.lower())) {
                return false;
            }
        }
        return t.get(end - 1).capitalized();
    }

    /**
     * The subject of a main clause without a speech verb ("Die Firma sieht das anders: „…“", "Hier sparte der
     * Präsident nicht mit Kritik: „…“"): the phrase opening the clause when a lower-case word follows it,
     * else the phrase after the first finite-looking word.
     */
    Phrase clauseSubject(List<Token> t, int start, int end) {
        int b = skipFocus(t, skipDateline(t, start, end), end);
        if (b >= end) {
            return null;
        }
        if (!adverbial(t, b, end)) {
            Phrase p = nounPhrase(t, b, end);
            // "Minister X (ÖVP) reiste …", "Die Politikerin von Bündnis 90/Die Grünen, Anna Roth, kritisierte …"
            int after = p == null ? end : skipBracket(t, skipSlashName(t, p.to(), end), end);
            if (p != null && after < end && (t.get(after).lowercase() || t.get(after).is(','))) {
                if (nonPersonPrefield(t, p)) {
                    // "Die praktische Anwendung … stellte der SPD-Vorsitzende … in Frage: „…“"
                    Phrase alt = middleFieldSubject(t, b, end);
                    if (alt != null && (alt.pronoun() || roleHead(t, alt))) {
                        return alt;
                    }
                    if (abstractHead(t, p)) {
                        return null; // "Seine Zuversicht gründet sich auf …: „…“" names no speaker
                    }
                }
                return p;
            }
            return null;
        }
        return middleFieldSubject(t, b, end);
    }

    private static boolean isDigits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static final Set<String> SLASH_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");

    /**
     * Past the second part of a name joined by a slash at {@code i} ("Bündnis" + "90/Die Grünen"): a number
     * before the slash, the slash and one or two capitalized words, also after an article; else {@code i}.
     */
    static int skipSlashName(List<Token> t, int i, int end) {
        int k = i + 1 < end && isDigits(t.get(i).text()) ? i + 1 : i;
        if (k + 1 >= end || !t.get(k).is('/')) {
            return i;
        }
        k++;
        if (k + 1 < end && SLASH_ARTICLES.contains(t.get(k).lower())) {
            k++;
        }
        int n = 0;
        while (k < end && n < 2 && t.get(k).word() && t.get(k).capitalized()) {
            k++;
            n++;
        }
        return n == 0 ? i : k;
    }

    /** Past a short bracket ("(ÖVP)", "(SPD, 54)") that opens at {@code i}, else {@code i}. */
    static int skipBracket(List<Token> t, int i, int end) {
        if (i >= end || !t.get(i).is('(')) {
            return i;
        }
        for (int k = i + 1; k < end && k <= i + 6; k++) {
            if (t.get(k).is(')')) {
                return k + 1;
            }
        }
        return i;
    }

    /**
     * The clause opens with an adverbial, not with its subject: a preposition, subordinator or function word,
     * a capitalised adverb ({@link #adverbLike}) or a dative/accusative/genitive determiner ("Den Unmut …").
     */
    private boolean adverbial(List<Token> t, int b, int limit) {
        String w = t.get(b).lower();
        return PREPOSITIONS.contains(w) || SUBORDINATORS.contains(w)
                || lex.isFunctionWord(w) && !DETERMINERS.contains(w) && !PRONOUNS.contains(w)
                || OBLIQUE_DETERMINERS.contains(w) || adverbLike(t, b, limit);
    }

    /** The phrase's first content word or its head is a time noun ("Ende Januar", "Vergangene Woche"). */
    private boolean temporal(List<Token> t, Phrase p) {
        return !p.pronoun() && (lex.isTemporal(t.get(p.contentFrom()).lower())
                || lex.isTemporal(t.get(p.headEnd() - 1).lower()));
    }

    /**
     * A prefield phrase that is likely the object: abstract head, or a determiner and no role noun. Not a noun
     * followed by a name ("Der Verleger Thomas Elm nannte die Autorin eine „…“": a role missing from the list).
     */
    private boolean nonPersonPrefield(List<Token> t, Phrase p) {
        return !roleHead(t, p) && !nounWithName(t, p) && (abstractHead(t, p) || p.determiner() != null
                || t.get(p.from()).lower().equals("deren") || t.get(p.from()).lower().equals("dessen"));
    }

    /** Three or more capitalised words and nothing else after the determiner: a noun and a first and last name. */
    private static boolean nounWithName(List<Token> t, Phrase p) {
        if (p.pronoun() || p.headEnd() - p.contentFrom() < 3) {
            return false;
        }
        for (int k = p.contentFrom(); k < p.headEnd(); k++) {
            if (!t.get(k).word() || !t.get(k).capitalized()) {
                return false;
            }
        }
        return true;
    }

    /** Right after the finite verb: "er"/"sie", or "der"/"die"/"ein"/"eine" + a role noun, or a name. */
    private Phrase personAfterVerb(List<Token> t, int i, int limit) {
        if (i >= limit || !t.get(i).word()) {
            return null;
        }
        String w = t.get(i).lower();
        if (PRONOUNS.contains(w)) {
            return new Phrase(i, i + 1, i, i + 1, true, null);
        }
        if (w.equals("der") || w.equals("die") || w.equals("ein") || w.equals("eine")) {
            Phrase p = nounPhrase(t, i, limit);
            if (roleHead(t, p)) {
                return p;
            }
        }
        if (t.get(i).capitalized() && !lex.isFunctionWord(w)) {
            Phrase p = nounPhrase(t, i, limit); // "Der Zeitung sagte Karl Lenz: „…“"
            if (nameLike(t, p) && p.to() > p.contentFrom() + 1) {
                return p;
            }
        }
        return null;
    }

    /** Start of the clause holding the verb: after , : ; ( – —, with parenthesised groups skipped. */
    private static int clauseStart(List<Token> t, int verb, int start) {
        int b = verb;
        while (b > start) {
            Token p = t.get(b - 1);
            if (p.is(')')) {
                int k = b - 2;
                while (k > start && !t.get(k).is('(')) {
                    k--;
                }
                if (k >= start && t.get(k).is('(')) {
                    b = k;
                    continue;
                }
            }
            if (p.is(',') || p.is(':') || p.is(';') || p.is('(') || p.is('–') || p.is('—')) {
                break;
            }
            b--;
        }
        return b;
    }

    /**
     * After an adverbial prefield: the phrase after the finite verb ("Zur Lage wird Watzke … zitiert"). A prefield
     * that is a subordinate clause ends at its comma, and the main clause's finite verb follows it ("Als ein
     * Journalist fragte, schaltete sich der Präsident …, X, ein"; "wie" and "dass" clauses excepted).
     */
    private Phrase middleFieldSubject(List<Token> t, int b, int verb) {
        for (int j = b + 1; j < verb; j++) {
            Token tok = t.get(j);
            if (!tok.lowercase()) {
                continue;
            }
            String w = tok.lower();
            if (PREPOSITIONS.contains(w) || DETERMINERS.contains(w) || lex.isFunctionWord(w)
                    || isAdjective(w) && j + 1 < verb && t.get(j + 1).capitalized()) {
                continue;
            }
            if (j + 2 < verb && t.get(j + 1).is(',') && t.get(j + 2).lowercase() && CLAUSE_PREFIELD.contains(t.get(b).lower())) {
                return phraseAfter(t, j + 3, verb);
            }
            return phraseAfter(t, j + 1, verb);
        }
        return null;
    }

    /** Subordinators of a clause that can fill the prefield of a main clause whose subject follows its verb. */
    private static final Set<String> CLAUSE_PREFIELD = Set.of("als", "nachdem", "während", "bevor", "sobald",
            "obwohl", "weil", "da", "wenn");

    /** Datelines stand only in the first sentences (headline, subtitle, lead). */
    static final int DATELINE_SENTENCES = 4;

    /**
     * Past a dateline opening the lead ("Berlin – ", "Frankfurt am Main – ", "Ried/Wien – ", with the agency in
     * brackets before the dash: "Berlin (dpa) – ", "Sitten (sda/mre) – ", also after a date: "BERLIN, 12. März
     * (Reuters) - "), else {@code i}.
     */
    static int skipDateline(List<Token> t, int i, int limit) {
        int words = 0;
        for (int j = i; j < limit && j <= i + 8; j++) {
            Token tok = t.get(j);
            if (tok.word() && ++words > 4) {
                return i; // a dateline names a few places, at most four words ("Johannesburg/Khartum/Den Haag")
            }
            if (j > i && isDash(tok)) {
                return j + 1;
            }
            if (j > i && tok.is('(')) {
                int close = agencyBracketEnd(t, j, limit);
                return close > 0 && close + 1 < limit && isDash(t.get(close + 1)) ? close + 2 : i;
            }
            if (j > i && tok.is(',')) {
                // "BERLIN, 12. März (Reuters) - …", "Wien, 12. März 2025 (APA) - …": a date, then the agency
                int k = j + 1;
                while (k < limit && k <= j + 6 && (t.get(k).is('.') || t.get(k).word()
                        && (Character.isDigit(t.get(k).text().charAt(0)) || t.get(k).capitalized()))) {
                    k++;
                }
                int close = k > j + 1 && k < limit && t.get(k).is('(') ? agencyBracketEnd(t, k, limit) : -1;
                return close > 0 && close + 1 < limit && isDash(t.get(close + 1)) ? close + 2 : i;
            }
            // "Amstetten/St. Pölten –": the period of a short capitalised abbreviation belongs to the place
            boolean abbreviation = tok.is('.') && j > i && t.get(j - 1).capitalized() && t.get(j - 1).text().length() <= 3;
            if (!(tok.capitalized() || tok.is('/') || abbreviation || tok.word() && NAME_PARTICLES.contains(tok.lower())
                    || tok.lower().equals("am") || tok.lower().equals("an"))) {
                return i;
            }
        }
        return i;
    }

    private static boolean isDash(Token tok) {
        return tok.is('–') || tok.is('—') || tok.is('-');
    }

    /** The ")" closing an agency bracket at {@code open}: at most four words and slashes ("(dpa/lni)"), else -1. */
    private static int agencyBracketEnd(List<Token> t, int open, int limit) {
        for (int k = open + 1; k < limit && k <= open + 5; k++) {
            Token tok = t.get(k);
            if (tok.is(')')) {
                return k > open + 1 ? k : -1;
            }
            if (!(tok.word() || tok.is('/'))) {
                return -1;
            }
        }
        return -1;
    }

    private static int skipFocus(List<Token> t, int i, int limit) {
        while (i < limit && t.get(i).word() && FOCUS.contains(t.get(i).lower())) {
            i++;
        }
        return i;
    }

    /**
     * The first subject-like phrase after a verb: skips adverbs, prepositional phrases (with a "des"
     * genitive) and dative/genitive phrases ("dem Sender", "des Ministeriums"); looks at most 10 tokens.
     */
    Phrase phraseAfter(List<Token> t, int i, int limit) {
        int j = i;
        int max = Math.min(limit, i + 10);
        while (j < max) {
            Token tok = t.get(j);
            if (!tok.word()) {
                return j == i && SpeechCues.isQuoteMark(tok) ? quotedName(t, j, limit, null) : null;
            }
            String w = tok.lower();
            if (OBLIQUE_DETERMINERS.contains(w) || OBLIQUE_POSSESSIVES.contains(w)) {
                int e = nameOrNounRun(t, j + 1, limit, true);
                if (e < 0) {
                    return null;
                }
                j = skipGenitives(t, e, limit);
                continue;
            }
            if (DETERMINERS.contains(w) && j + 1 < limit && SpeechCues.isQuoteMark(t.get(j + 1))) {
                Phrase title = quotedName(t, j + 1, limit, w); // "schreibt die „Computerwoche“"
                if (title != null) {
                    return title;
                }
            }
            if (PRONOUNS.contains(w) || DETERMINERS.contains(w)
                    || tok.capitalized() && !lex.isFunctionWord(w) || isQuantifier(t, j, limit)) {
                return nounPhrase(t, j, limit);
            }
            if (PREPOSITIONS.contains(w)) {
                j++;
                if (j < max && DETERMINERS.contains(t.get(j).lower())) {
                    j++;
                }
                int e = nameOrNounRun(t, j, limit, true);
                if (e < 0) {
                    return null;
                }
                j = e;
                while (j + 1 < limit && t.get(j).lower().equals("des")) {
                    int g = nameOrNounRun(t, j + 1, limit, true);
                    if (g < 0) {
                        break;
                    }
                    j = g;
                }
                continue;
            }
            if (tok.lowercase() && (lex.isFunctionWord(w) || FOCUS.contains(w) || w.endsWith("lich")
                    || w.endsWith("weise") || w.equals("es") || w.equals("sich"))) {
                j++;
                continue;
            }
            return null;
        }
        return null;
    }

    /**
     * After an object noun, "der"/"des" + noun is its genitive complement ("lobte den Beschluss der
     * Regierung"): skipped.
     */
    private int skipGenitives(List<Token> t, int j, int limit) {
        while (j + 1 < limit && (t.get(j).lower().equals("des") || t.get(j).lower().equals("der"))) {
            int g = nameOrNounRun(t, j + 1, limit, true);
            if (g < 0) {
                break;
            }
            j = g;
        }
        return j;
    }

    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("in", "im", "auf", "aus", "bei", "beim", "vom",
            "von", "seitens");

    /**
     * The source of "heißt/hieß es" (tokens {@code first}..{@code last}): the phrase of a place preposition right
     * after it ("heißt es dazu in einer Erklärung der Partei", "hieß es vom Ministerium") or opening its clause
     * ("In dem Antrag heißt es", "Aus Paris hieß es"); null when there is none.
     */
    Phrase sourceOfHeisstEs(List<Token> t, int first, int last, int start, int limit) {
        int j = last + 1;
        int reach = last + 3;
        while (j < limit && j <= reach && t.get(j).lowercase() && !SOURCE_PREPOSITIONS.contains(t.get(j).lower())
                && (lex.isFunctionWord(t.get(j).lower()) || t.get(j).lower().endsWith("lich"))) {
            if (t.get(j).lower().equals("am") && j + 1 < limit && lex.isTemporal(t.get(j + 1).lower())) {
                j++; // "hieß es am Dienstagabend aus Regierungskreisen": the time stands before the source
                reach++;
            }
            j++; // "heißt es dazu", "hieß es wörtlich"
        }
        if (j + 1 < limit && SOURCE_PREPOSITIONS.contains(t.get(j).lower())) {
            Phrase p = nounPhrase(t, j + 1, limit);
            if (p != null && !p.pronoun()) {
                return p;
            }
        }
        int b = clauseStart(t, first, start);
        if (b < first && t.get(b).lower().equals("so")) {
            b++;
        }
        if (b + 2 < first && t.get(b).lower().equals("wie") && t.get(b + 1).lower().equals("es")) {
            b += 2; // "Wie es aus Parteikreisen hieß"
            if (b + 2 < first && t.get(b).lower().equals("am") && lex.isTemporal(t.get(b + 1).lower())) {
                b += 2; // "Wie es am Montag aus dem Ministerium hieß"
            }
        }
        if (b + 1 < first && SOURCE_PREPOSITIONS.contains(t.get(b).lower())) {
            Phrase p = nounPhrase(t, b + 1, first);
            if (p != null && !p.pronoun()) {
                return p;
            }
        }
        return null;
    }

    /**
     * A name in quotation marks starting at mark {@code open} ("schrieb „Die Zeit“"): 1–4 capitalised words up to
     * the closing mark; the phrase covers the words only.
     */
    private Phrase quotedName(List<Token> t, int open, int limit, String det) {
        int j = open + 1;
        while (j < limit && j <= open + 4 && t.get(j).capitalized()) {
            j++;
        }
        if (j > open + 1 && j < limit && SpeechCues.isClosingMark(t.get(j))) {
            return new Phrase(open + 1, j, open + 1, j, false, det);
        }
        return null;
    }

    /** "einer der Feuerwehrleute", "eine der Sprecherinnen". */
    private static boolean isQuantifier(List<Token> t, int j, int limit) {
        String w = t.get(j).lower();
        return (w.equals("einer") || w.equals("eine") || w.equals("eines") || w.equals("keiner"))
                && j + 1 < limit && (t.get(j + 1).lower().equals("der") || t.get(j + 1).lower().equals("des"));
    }

    /**
     * The speaker string of a phrase (see class rules), or null for pronouns and phrases without content.
     * {@code genitive} marks positions where the head is in the genitive.
     */
    String speakerText(String text, List<Token> t, Phrase p, int limit, boolean genitive) {
        if (p == null || p.pronoun()) {
            return null;
        }
        int from = p.contentFrom();
        int headEnd = p.headEnd();
        // source noun: the complement is the speaker ("Angaben der Polizei" -> "Polizei")
        if (lex.isSourceNoun(t.get(headEnd - 1).lower())) {
            if (p.to() > headEnd) {
                int k = headEnd;
                String det = t.get(k).lower();
                k++;
                if (k < p.to() && DETERMINERS.contains(t.get(k).lower())) {
                    det = t.get(k).lower();
                    k++;
                }
                Phrase inner = new Phrase(k, p.to(), k, p.to(), false, det);
                // masculine/neuter genitive ("des", "eines", "seines"): the head loses its -s
                return speakerText(text, t, inner, limit, det.endsWith("es"));
            }
            return join(text, t, from, p.to(), false); // "Polizeiangaben", "eigenen Angaben"
        }
        int lastRole = -1;
        // "Ärzte ohne Grenzen" is a name: its first word is no role noun before a name
        int roleEnd = headEnd - from >= 3 && t.get(headEnd - 2).lower().equals("ohne") ? headEnd - 3 : headEnd;
        boolean genitiveHead = genitive || "des".equals(p.determiner());
        boolean dative = p.determiner() != null && DATIVE_ARTICLES.contains(p.determiner());
        for (int k = from; k < roleEnd; k++) {
            String lower = t.get(k).lower();
            if (t.get(k).capitalized() && (lex.isRole(lower) || genitiveRoleBeforeName(t, k, headEnd, genitiveHead)
                    || dative && k == headEnd - 1 && weakRoleForm(lower))) {
                lastRole = k;
            }
        }
        if (lastRole >= 0 && lastRole + 1 < headEnd && !collective(t.get(lastRole).lower())) {
            return join(text, t, lastRole + 1, headEnd, genitive || "des".equals(p.determiner()));
        }
        if (lastRole >= 0) {
            String appo = apposition(text, t, p.to(), limit);
            if (appo != null) {
                return appo;
            }
        }
        boolean gen = genitive || "des".equals(p.determiner());
        if (p.to() > headEnd) {
            // keep the complement as written, strip genitive only on the head
            String head = join(text, t, from, headEnd, gen);
            return head + text.substring(t.get(headEnd - 1).end(), t.get(p.to() - 1).end());
        }
        if (gen && headEnd - from == 2 && lex.isInstitution(GermanGenitive.strip(t.get(from).lower()))) {
            // "des Instituts Forsa" -> "Institut Forsa": the genitive is on the noun before the name
            return GermanGenitive.strip(t.get(from).text()) + text.substring(t.get(from).end(), t.get(from + 1).end());
        }
        return join(text, t, from, headEnd, gen);
    }

    /**
     * "des Betreibers Tepco", "des Herstellers Bosch": a masculine role (no institution) in the genitive, with
     * the -s the word list lacks, right before the one-word name that ends the head. Not before a genitive name
     * ("des Parteichefs Hanois") or a preposition ("des Instituts von Athen").
     */
    private boolean genitiveRoleBeforeName(List<Token> t, int k, int headEnd, boolean genitiveHead) {
        String lower = t.get(k).lower();
        if (!genitiveHead || k + 2 != headEnd || lower.length() <= 5 || !lower.endsWith("s")) {
            return false;
        }
        String base = lower.substring(0, lower.length() - 1);
        Token name = t.get(k + 1);
        return lex.isRole(base) && !lex.isInstitution(base) && name.capitalized() && !name.lower().endsWith("s")
                && !lex.isRole(name.lower());
    }

    /** "der" + a feminine medium ("Der Zeitung", "Der Nachrichtenagentur AFP"): a dative, never the subject. */
    private static boolean dativeMedium(List<Token> t, Phrase p) {
        if (!"der".equals(p.determiner())) {
            return false;
        }
        for (int k = p.contentFrom(); k < p.headEnd(); k++) {
            if (feminineMedium(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A feminine medium noun among tokens [from, to) ("Zeitung", "Nachrichtenagentur Anadolu"). */
    private static boolean mediumIn(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (feminineMedium(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A feminine medium noun ("Zeitung", "Presse-Agentur"): after "der" it is a dative addressee. */
    private static boolean feminineMedium(String lower) {
        return lower.endsWith("zeitung") || lower.endsWith("agentur") || lower.endsWith("zeitschrift")
                || lower.endsWith("plattform");
    }

    /**
     * An institution or force named by a role noun: the name after it is its place or its own name, not a person
     * ("die Kantonspolizei Wallis", "die Staatsanwaltschaft Köln"). Councils stay persons' titles ("Bundesrat Alain
     * Berset").
     */
    private boolean collective(String role) {
        return lex.isInstitution(role) && !role.endsWith("rat") || role.endsWith("polizei")
                || role.endsWith("anwaltschaft") || role.endsWith("regierung") || role.endsWith("feuerwehr")
                || role.endsWith("armee");
    }

    /** ", Hans Meier," after a role phrase: the name. */
    private String apposition(String text, List<Token> t, int i, int limit) {
        if (i < limit && t.get(i).is('(')) {
            while (i < limit && !t.get(i).is(')')) {
                i++;
            }
            i++; // "der Kommissionspräsident der Afrikanischen Union (AU), Alpha Omar Konaré,"
        }
        if (i + 1 < limit && !t.get(i).is(',')) {
            i = afterPlaceComplement(t, i, limit); // "der Leiter der Abteilung im Amt der Landesregierung, X"
        }
        if (i + 1 >= limit || !t.get(i).is(',')) {
            return null;
        }
        int j = i + 1;
        while (j < limit && t.get(j).capitalized() && !lex.isFunctionWord(t.get(j).lower())
                && !lex.isRole(t.get(j).lower())) {
            j++;
        }
        int n = j - (i + 1);
        // "…, Mele Tupou aus Tonga.": a place of origin after the name ends it as a comma would
        boolean origin = j + 1 < limit && (t.get(j).lower().equals("aus") || t.get(j).lower().equals("von"))
                && t.get(j + 1).capitalized();
        if (n >= 1 && n <= 4 && (j >= limit || !t.get(j).word() || origin)) {
            return join(text, t, i + 1, j, false);
        }
        return null;
    }

    /** Prepositions of a workplace complement after a role phrase ("im Amt der Landesregierung", "bei der Bahn"). */
    private static final Set<String> PLACE_COMPLEMENT_PREPOSITIONS = Set.of("im", "in", "bei", "beim", "am", "an");

    /**
     * The token after a workplace complement at {@code i}: a preposition, an optional article, one to three
     * capitalised words and optionally a genitive article with one to three more ("im Amt der Landesregierung");
     * {@code i} itself when there is none.
     */
    private int afterPlaceComplement(List<Token> t, int i, int limit) {
        if (!PLACE_COMPLEMENT_PREPOSITIONS.contains(t.get(i).lower())) {
            return i;
        }
        int j = i + 1;
        if (j < limit && DETERMINERS.contains(t.get(j).lower())) {
            j++;
        }
        int words = capitalisedRun(t, j, limit);
        if (words == 0) {
            return i;
        }
        j += words;
        if (j + 1 < limit && (t.get(j).lower().equals("der") || t.get(j).lower().equals("des"))) {
            int more = capitalisedRun(t, j + 1, limit);
            if (more > 0) {
                j += 1 + more;
            }
        }
        return j;
    }

    /** The number of capitalised non-function words from {@code j}, at most three. */
    private int capitalisedRun(List<Token> t, int j, int limit) {
        int n = 0;
        while (j + n < limit && n < 3 && t.get(j + n).capitalized() && !lex.isFunctionWord(t.get(j + n).lower())) {
            n++;
        }
        return n;
    }

    /**
     * The text of tokens [from, to), in the nominative when {@code stripGenitive}: a name opened by a capitalised
     * adjective in -en takes the strong ending by the entity canonicalizer ("des Roten Kreuzes" → "Rotes Kreuz",
     * "des Statistischen Bundesamtes" → "Statistisches Bundesamt"), any other loses the genitive ending of its last
     * word ({@link GermanGenitive}).
     */
    private static String join(String text, List<Token> t, int from, int to, boolean stripGenitive) {
        if (from >= to) {
            return null;
        }
        String s = text.substring(t.get(from).start(), t.get(to - 1).end());
        if (!stripGenitive) {
            return s;
        }
        if (to - from >= 2 && t.get(from).capitalized() && t.get(from).lower().endsWith("en")) {
            String nominative = EntityCanonicalizer.german().canonical(s, "ORG", List.of(), false, true, "des");
            if (!nominative.equals(s)) {
                return nominative;
            }
        }
        return GermanGenitive.strip(s);
    }
}
