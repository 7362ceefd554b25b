package de.newsfacts.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The German word lists the quote extractor relies on, loaded once from the resource files next to this class
 * (UTF-8, one entry per line, {@code #} comments): speech verbs with their forms, Konjunktiv forms, speaker
 * role nouns, title nouns, information-source nouns and function words. Immutable and thread-safe.
 */
final class QuoteLexicon {

    /** How a word form works as a speech cue: a required separable particle (or null) and its lemma line. */
    record VerbForm(String particle, boolean finite) {
    }

    private static final String[] TITLE_ENDINGS = {"", "s", "es", "n", "en", "e"};

    /** Plural Konjunktiv II forms that report speech where the plural Konjunktiv I equals the indicative. */
    private static final Set<String> PLURAL_STAND_INS = Set.of("hätten", "wären", "gälten", "gäben", "kämen",
            "stünden", "lägen", "müssten", "könnten", "dürften");
    /** Konjunktiv II forms: they also serve conditionals ("wäre das anders, würde sie gehen"). */
    private static final Set<String> KONJUNKTIV_II = Set.of("hätte", "hätten", "würde", "würden", "wäre", "wären",
            "könnte", "könnten", "müsste", "müssten", "müßte", "müßten", "wollte", "möchte", "dürfte", "dürften",
            "gäbe", "gäben", "stünde", "stünden", "läge", "lägen", "ginge", "käme", "kämen", "bliebe", "ließe",
            "wüsste", "gälte", "hielte", "brächte", "fände", "täte");

    // after the sets above: the constructor reads them
    private static final QuoteLexicon DEFAULT = new QuoteLexicon();

    private final Map<String, List<VerbForm>> verbForms = new HashMap<>();
    private final Set<String> particles = new HashSet<>();
    private final Map<String, List<VerbForm>> decisionForms = new HashMap<>();
    private final Set<String> subjunctive;
    /** {@link #hasReportedSpeechVerb}'s forms: subjunctive minus KONJUNKTIV_II, plus PLURAL_STAND_INS. */
    private final Set<String> reportedSpeechForms;
    private final WordTails roles;
    private final WordTails titleNouns;
    private final WordTails sourceNouns;
    private final WordTails documentNouns;
    private final Set<String> functionWords;
    private final WordTails institutionNouns;
    private final WordTails organisationKinds;
    private final WordTails companyNouns;
    private final Set<String> genericCompanyNouns;
    private final Set<String> epithetNouns;
    private final Set<String> quoteNouns;
    private final WordTails messageNouns;
    private final WordTails claimNouns;
    private final Set<String> temporalNouns;

    private QuoteLexicon() {
        readVerbs("speech-verbs.txt", verbForms, particles);
        readVerbs("decision-verbs.txt", decisionForms, new HashSet<>());
        subjunctive = Set.copyOf(read("subjunctive-verbs.txt"));
        Set<String> reported = new HashSet<>(subjunctive);
        reported.removeAll(KONJUNKTIV_II);
        reported.addAll(PLURAL_STAND_INS);
        reportedSpeechForms = Set.copyOf(reported);
        roles = new WordTails(read("speaker-roles.txt"));
        titleNouns = new WordTails(read("title-nouns.txt"));
        sourceNouns = new WordTails(read("source-nouns.txt"));
        documentNouns = new WordTails(read("document-nouns.txt"));
        functionWords = Set.copyOf(read("function-words.txt"));
        institutionNouns = new WordTails(read("institution-nouns.txt"));
        organisationKinds = new WordTails(read("organisation-kinds.txt"));
        companyNouns = new WordTails(read("company-nouns.txt"));
        genericCompanyNouns = Set.copyOf(read("generic-company-nouns.txt"));
        epithetNouns = Set.copyOf(read("epithet-nouns.txt"));
        quoteNouns = Set.copyOf(read("quote-nouns.txt"));
        messageNouns = new WordTails(read("message-nouns.txt"));
        claimNouns = new WordTails(read("claim-nouns.txt"));
        temporalNouns = Set.copyOf(read("temporal-nouns.txt"));
    }

    static QuoteLexicon get() {
        return DEFAULT;
    }

    /** Reads a verb list in the speech-verbs.txt format into {@code forms} and its particles into {@code parts}. */
    private static void readVerbs(String file, Map<String, List<VerbForm>> forms, Set<String> parts) {
        for (String line : read(file)) {
            String[] f = line.split("\\s+");
            if (f.length < 5) {
                throw new IllegalStateException(file + ": expected 5 or 6 fields: " + line);
            }
            String particle = f.length > 5 ? f[5].toLowerCase(Locale.ROOT) : null;
            for (int i = 0; i < 4; i++) {
                addVerb(forms, f[i], new VerbForm(particle, true));
                if (particle != null) {
                    addVerb(forms, particle + f[i], new VerbForm(null, true)); // subordinate clause: "mitteilte"
                }
            }
            addVerb(forms, f[4], new VerbForm(null, false));
            if (particle != null) {
                parts.add(particle);
            }
        }
    }

    private static void addVerb(Map<String, List<VerbForm>> forms, String form, VerbForm v) {
        List<VerbForm> list = forms.computeIfAbsent(form.toLowerCase(Locale.ROOT), k -> new ArrayList<>(2));
        if (!list.contains(v)) {
            list.add(v);
        }
    }

    /**
     * Readings of a verb of deciding, agreeing or instructing ({@code decision-verbs.txt}: "beschloss",
     * "vereinbarten", "bot … an"), empty if the word is none; cues of indirect speech only before a zu-infinitive
     * or a dass-clause.
     */
    List<VerbForm> decisionForms(String lowerWord) {
        List<VerbForm> forms = decisionForms.get(lowerWord);
        return forms == null ? List.of() : forms;
    }

    /**
     * Cue readings of a word (lower case), empty if it is no speech verb form. Swiss spelling writes "ss" for "ß"
     * ("äusserte", "liess verlauten", "begrüsst"): a word not listed is looked up with "ß" for "ss".
     */
    List<VerbForm> verbForms(String lowerWord) {
        List<VerbForm> forms = verbForms.get(lowerWord);
        if (forms == null && lowerWord.contains("ss")) {
            forms = verbForms.get(lowerWord.replace("ss", "ß"));
        }
        return forms == null ? List.of() : forms;
    }

    /** Whether some reading of {@code lowerWord} is a finite verb form. */
    boolean hasFiniteForm(String lowerWord) {
        for (VerbForm f : verbForms(lowerWord)) {
            if (f.finite()) {
                return true;
            }
        }
        return false;
    }

    boolean isParticle(String lowerWord) {
        return particles.contains(lowerWord);
    }

    boolean isSubjunctive(String lowerWord) {
        return subjunctive.contains(lowerWord);
    }

    /** A lower-case Konjunktiv form among the tokens [from, to). */
    boolean hasSubjunctive(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            if (tok.lowercase() && isSubjunctive(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A finite verb that marks reported speech by itself: a Konjunktiv I form of subjunctive-verbs.txt ("sei",
     * "habe", "könne", "gelte"), or a plural Konjunktiv II that stands in for the plural's Konjunktiv I ("hätten",
     * "wären", "gälten", "könnten"). Singular Konjunktiv II forms ("wäre", "würde", "könnte") and "würden" also
     * serve conditionals and are left out.
     */
    boolean hasReportedSpeechVerb(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            if (tok.lowercase() && reportedSpeechForms.contains(tok.lower())) {
                return true;
            }
        }
        return false;
    }

    boolean isFunctionWord(String lowerWord) {
        return functionWords.contains(lowerWord);
    }

    boolean isSourceNoun(String lowerWord) {
        return sourceNouns.isOrEndsWith(lowerWord, 6);
    }

    /** A document or web page that can be quoted ("Schreiben", "Positionspapier", "Homepage"). */
    boolean isDocumentNoun(String lowerWord) {
        return documentNouns.isOrEndsWith(lowerWord, 4);
    }

    private static final List<String> WEEKDAYS = List.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag",
            "samstag", "sonnabend", "sonntag");

    /** A time noun ("Woche", "Ende", "Jahresende": temporal-nouns.txt) or a word starting with a weekday ("Montagabend"). */
    boolean isTemporal(String lowerWord) {
        return temporalNouns.contains(lowerWord) || WEEKDAYS.stream().anyMatch(lowerWord::startsWith);
    }

    /** An institution noun or a compound ending in one ("Bundesamt", "Zentralanstalt"). */
    boolean isInstitution(String lowerWord) {
        return institutionNouns.isOrEndsWith(lowerWord, 3);
    }

    /**
     * A noun that refers back to a named organisation ("Ministerium", "Verein": organisation-kinds.txt) or company
     * ("Unternehmen", "Energiekonzern": company-nouns.txt).
     */
    boolean isOrganisationKind(String lowerWord) {
        return organisationKinds.isOrEndsWith(lowerWord, 3) || isCompanyNoun(lowerWord);
    }

    /** "Unternehmen", "Konzern", "Klub": a noun that stands for any company or club (generic-company-nouns.txt). */
    boolean isGenericCompanyNoun(String lowerWord) {
        return genericCompanyNouns.contains(lowerWord);
    }

    /** A noun for a company ("Autobauer", "Energiekonzern": company-nouns.txt). */
    boolean isCompanyNoun(String lowerWord) {
        return companyNouns.isOrEndsWith(lowerWord, 3);
    }

    /**
     * A noun of a statement, claim, demand or decision whose content may follow as a clause ({@code
     * claim-nouns.txt}: "Ankündigung", "Vorwurf", "Forderung"), or a compound ending in one ("Rücktrittsforderung").
     */
    boolean isClaimNoun(String lowerWord) {
        return claimNouns.isOrEndsWith(lowerWord, 5);
    }

    /** A noun for what someone said ("Fazit", "Forderung", "Hauptvorwurf": message-nouns.txt). */
    boolean isMessageNoun(String lowerWord) {
        return messageNouns.isOrEndsWith(lowerWord, 5);
    }

    /** A noun for quoted words ("Zitat", "Worte", "Satz": quote-nouns.txt). */
    boolean isQuoteNoun(String lowerWord) {
        return quoteNouns.contains(lowerWord);
    }

    /**
     * A noun that refers back to a person just named ("der Belgier", "die SPD-Politikerin", "der 45-Jährige"):
     * an entry of epithet-nouns.txt, alone or after a hyphen, an age noun, or a compound in "-spezialist(in)"
     * ("meinte der Slalomspezialist": a description of the athlete just named).
     */
    boolean isEpithet(String lowerWord) {
        int dash = lowerWord.lastIndexOf('-');
        String last = dash >= 0 ? lowerWord.substring(dash + 1) : lowerWord;
        if (dash > 0 && last.startsWith("jährige") && Character.isDigit(lowerWord.charAt(dash - 1))) {
            return true;
        }
        if (last.length() > "spezialist".length() && (last.endsWith("spezialist") || last.endsWith("spezialistin"))) {
            return true;
        }
        return epithetNouns.contains(lowerWord) || epithetNouns.contains(last);
    }

    /**
     * A role noun or a compound ending in one ("Regierungssprecher", "US-Beamter"), also the dative plural of a
     * role in "-er" ("laut Ermittlern des Landeskriminalamts", "Beobachtern zufolge").
     */
    boolean isRole(String lowerWord) {
        if (roles.isOrEndsWith(lowerWord, 4)) {
            return true;
        }
        if (lowerWord.length() > 5 && lowerWord.endsWith("ern")) {
            String plural = lowerWord.substring(0, lowerWord.length() - 1);
            return roles.isOrEndsWith(plural, 4);
        }
        return false;
    }

    /** A title noun, also inflected (-s, -es, -n, -en) or as compound ending ("Fachzeitschrift"). */
    boolean isTitleNoun(String lowerWord) {
        for (String ending : TITLE_ENDINGS) {
            if (lowerWord.length() > ending.length() && lowerWord.endsWith(ending)) {
                String stem = lowerWord.substring(0, lowerWord.length() - ending.length());
                if (titleNouns.isOrEndsWith(stem, 4)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> read(String name) {
        InputStream in = QuoteLexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
