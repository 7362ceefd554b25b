package de.newsfacts.extract.quotes;

import de.newsfacts.extract.Entity;
import de.newsfacts.extract.GermanGenitive;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who a bare role or organisation noun as speaker refers back to: news text introduces a person or organisation
 * once with a title and then names only the title ("Bundesinnenministerin Anna Berger … sagte die Ministerin",
 * "der Autobauer Volkswagen … teilte das Unternehmen mit"). Rules:
 * <ul>
 *   <li>A role ("die Ministerin", "der Präsident") names the person whose mention last before it directly follows a
 *       title ending in the role noun ("Innenministerin Dr. Anna Berger", "US-Präsident X"; a singular dative
 *       "dem Präsidenten X", "dem Vorsitzenden X" too, but not the plural "von den Ermittlern X") or has it in an
 *       apposition ("Marco De Luca, Anwalt der Reederei", "Anna Berger, die neue Innenministerin"). A genitive
 *       after the title ("die Anwältin Samanis") is the client, not the holder. When several persons carry the
 *       title, the one named last is meant more often than not (read on 10kGNAD: right 4 of 6). Adjectives of
 *       the role phrase must stand before the title too: "der brasilianische Präsident" is not the one introduced
 *       as "der venezolanische Präsident X" (ages and "neue", "zuständige", "amtierende", "scheidende" need not).</li>
 *   <li>An organisation noun ("das Ministerium", "der Klub") names the organisation whose mention last before it
 *       has the noun as its title ("Verein Hertha BSC") or ends its own first or last word with it
 *       ("Bundesministerium für Gesundheit", "Deutsche Bank"). A generic company noun ("das Unternehmen", "der
 *       Konzern"; {@code generic-company-nouns.txt}) also takes an organisation titled with any company noun
 *       ("der Autobauer Volkswagen"; {@code company-nouns.txt}), else the organisation named more often than any
 *       other before it, at least twice ("Ebay … Ebay … teilte das Unternehmen mit").</li>
 *   <li>Nothing found: null, and the noun itself stays the speaker.</li>
 * </ul>
 * Only entity mentions before the noun phrase are considered, except for a role in the headline (the document's
 * first sentence), which names the person the lead introduces with that title after it ({@link #personAfterHeadline}).
 * Stateless and thread-safe.
 */
final class TitledAntecedents {

    /** Words between a title and its holder's name that belong to neither ("Innenministerin Dr. Anna Berger"). */
    private static final Set<String> ACADEMIC_TITLES = Set.of("dr", "prof", "dr.", "prof.", "med", "med.");

    private final QuoteLexicon lex;

    TitledAntecedents(QuoteLexicon lex) {
        this.lex = lex;
    }

    /** The person a bare role phrase with the role {@code noun} (lower case, uninflected) refers back to, or null. */
    String person(TokenizedText d, SpeakerPhrases.Phrase role, String noun, List<Entity> ents) {
        int before = d.token(role.from()).start();
        // the last holder before the role: walk back from it (a long document has many mentions before)
        for (int i = QuoteExtractor.mentionsBefore(ents, before) - 1; i >= 0; i--) {
            Entity e = ents.get(i);
            if (!"PER".equals(e.label()) || QuoteExtractor.genitive(e)) {
                continue;
            }
            if (holdsTitle(d, role, titleBefore(d, e), noun)
                    || holdsTitle(d, role, appositionAfter(d, e, before), noun)) {
                return QuoteExtractor.name(e);
            }
        }
        return null;
    }


    /**
     * The person a role in the headline ({@code role} in the document's first sentence) names forward: headlines
     * use the title and leave the name to the lead ("Wirtschaftskammerpräsident: „…“ … Wien – Wirtschaftskammer-Präsident
     * Christoph Leitl hat …", "Der OeNB-Gouverneur warnt … Alpbach – OeNB-Gouverneur und EZB-Rat Ewald Nowotny
     * warnt …"). The first PER mention after the role in the first two sentences whose title ends in the role noun,
     * hyphens aside, also as the first of two titles joined by "und"; null when none.
     */
    String personAfterHeadline(TokenizedText d, SpeakerPhrases.Phrase role, String noun, List<Entity> ents) {
        int after = d.token(role.to() - 1).end();
        String bare = noun.replace("-", "");
        for (Entity e : ents) {
            if (e.charStart() < after || !"PER".equals(e.label()) || QuoteExtractor.genitive(e)) {
                continue;
            }
            if (d.sentenceAt(e.charStart()) > 1) {
                break;
            }
            int title = titleBefore(d, e);
            if (hyphenFreeTitle(d, title, bare) || title >= 2 && d.token(title - 1).lower().equals("und")
                    && hyphenFreeTitle(d, title - 2, bare)) {
                return QuoteExtractor.name(e);
            }
        }
        return null;
    }

    /** Token {@code k} is a capitalised title ending in {@code bare} (lower case, no hyphens) once its hyphens go. */
    private static boolean hyphenFreeTitle(TokenizedText d, int k, String bare) {
        return k >= 0 && d.token(k).capitalized() && d.token(k).lower().replace("-", "").endsWith(bare);
    }

    /** The organisation a bare organisation noun ({@code noun}, lower case, uninflected) refers back to, or null. */
    String organisation(TokenizedText d, SpeakerPhrases.Phrase phrase, String noun, List<Entity> ents) {
        int before = d.token(phrase.from()).start();
        boolean generic = lex.isGenericCompanyNoun(noun);
        String found = null;
        Map<String, Integer> mentions = new HashMap<>();
        for (Entity e : ents) {
            if (e.charStart() >= before) {
                break;
            }
            if (!"ORG".equals(e.label())) {
                continue;
            }
            mentions.merge(QuoteExtractor.name(e), 1, Integer::sum);
            String own = e.text().toLowerCase(Locale.ROOT);
            int space = own.indexOf(' ');
            boolean named = (space < 0 ? own : own.substring(0, space)).endsWith(noun) || own.endsWith(noun);
            int title = titleBefore(d, e);
            if (named || titled(d, title, noun)
                    || generic && title >= 0 && d.token(title).capitalized()
                    && lex.isCompanyNoun(d.token(title).lower())) {
                found = QuoteExtractor.name(e);
            }
        }
        return found == null && generic ? standsOut(mentions) : found;
    }

    /**
     * The organisation a bare spokesperson ("sagte ein Sprecher", {@link SpeakerPhrases#bareSpokesperson}) speaks
     * for: the one organisation mentioned in the previous sentence, none in its own before it ("Über die
     * Eröffnung muss das Landgericht Stuttgart entscheiden. Eine Sprecherin sagte, …") — an ORG mention, or a
     * hyphenated compound of an institution noun that names one ("Die EU-Kommission hat …"; not after a capitalised
     * adjective, "der Palästinensischen Autonomiebehörde", whose form would be lost) — outside the quote itself
     * ({@code quoteFrom}–{@code quoteTo}: what was said is no employer) and not after "gegenüber" (the addressee).
     * Two different organisations there, or a person (whose spokesperson it may be: "Clinton übergab … an das
     * Justizministerium. …, sagte ein Sprecher"): null — a wrong organisation is worse than the bare role.
     */
    String employer(TokenizedText d, SpeakerPhrases.Phrase phrase, List<Entity> ents, int quoteFrom, int quoteTo) {
        int before = d.token(phrase.from()).start();
        int si = d.sentenceAt(before);
        int from = d.token(d.firstToken[Math.max(0, si - 1)]).start();
        // an organisation in the spokesperson's own sentence is rather an object or the addressee ("Der
        // Nachrichtenagentur APA sagte ein Sprecher, …"): it makes the rule give up
        int sentence = si == 0 ? -1 : d.token(d.firstToken[si]).start();
        String found = null;
        for (Entity e : ents) {
            if (e.charStart() >= before) {
                break;
            }
            if (e.charStart() < from || e.charEnd() > quoteFrom && e.charStart() < quoteTo
                    || afterGegenueber(d, e.charStart())) {
                continue;
            }
            if ("PER".equals(e.label())) {
                return null;
            }
            if (!"ORG".equals(e.label())) {
                continue;
            }
            String name = QuoteExtractor.name(e);
            if (e.charStart() >= sentence || found != null && !found.equals(name)) {
                return null;
            }
            found = name;
        }
        for (int k = d.tokenAtOrAfter(from); k < d.tokens.size() && d.token(k).start() < before; k++) {
            Token w = d.token(k);
            if (!w.capitalized() || w.text().indexOf('-') <= 0 || w.end() > quoteFrom && w.start() < quoteTo) {
                continue;
            }
            String nominative = "des".equals(k > 0 ? d.token(k - 1).lower() : "") ? GermanGenitive.strip(w.text())
                    : w.text();
            String lower = nominative.toLowerCase(Locale.ROOT);
            if (!lex.isInstitution(lower.substring(lower.lastIndexOf('-') + 1))
                    || k > 0 && d.token(k - 1).capitalized() && !lex.isFunctionWord(d.token(k - 1).lower())
                    || afterGegenueber(d, w.start()) || insideEntity(w, ents)) {
                continue;
            }
            if (w.start() >= sentence || found != null && !found.equals(nominative)) {
                return null;
            }
            found = nominative;
        }
        return found;
    }

    /** The word before {@code offset} is "gegenüber": what follows is spoken to. */
    private static boolean afterGegenueber(TokenizedText d, int offset) {
        int k = d.tokenAtOrAfter(offset) - 1;
        return k >= 0 && d.token(k).lower().equals("gegenüber");
    }

    /** Whether an entity overlaps {@code w}; the entities are in document order. */
    private static boolean insideEntity(Token w, List<Entity> ents) {
        for (Entity e : ents) {
            if (e.charStart() >= w.end()) {
                break;
            }
            if (e.charEnd() > w.start()) {
                return true;
            }
        }
        return false;
    }

    /** The name mentioned more often than any other, at least twice; null on a tie. */
    private static String standsOut(Map<String, Integer> mentions) {
        String top = null;
        int best = 1;
        boolean tie = false;
        for (Map.Entry<String, Integer> m : mentions.entrySet()) {
            if (m.getValue() > best) {
                top = m.getKey();
                best = m.getValue();
                tie = false;
            } else if (m.getValue() == best) {
                tie = true;
            }
        }
        return tie ? null : top;
    }

    /** Token {@code k} is the role's title ({@link #titled}) and carries the role phrase's adjectives. */
    private static boolean holdsTitle(TokenizedText d, SpeakerPhrases.Phrase role, int k, String noun) {
        return titled(d, k, noun) && describedAlike(d, role, k);
    }

    /** Adjectives that describe any holder of a role and need not be repeated from the introduction. */
    private static final Set<String> NEUTRAL_ADJECTIVES = Set.of("neu", "zuständig", "amtierend", "scheidend");

    /**
     * Every adjective of the role phrase ("der brasilianische Präsident") also stands in the three words before the
     * title that introduced the person ("der venezolanische Präsident X" is someone else), up to its inflection;
     * ages and {@link #NEUTRAL_ADJECTIVES} need not.
     */
    private static boolean describedAlike(TokenizedText d, SpeakerPhrases.Phrase role, int title) {
        for (int a = role.contentFrom(); a < role.to() - 1; a++) {
            String adjective = stem(d.token(a).lower());
            if (Character.isDigit(adjective.charAt(0)) || NEUTRAL_ADJECTIVES.contains(adjective)) {
                continue;
            }
            boolean seen = false;
            for (int k = Math.max(0, title - 3); k < title && !seen; k++) {
                seen = stem(d.token(k).lower()).equals(adjective);
            }
            if (!seen) {
                return false;
            }
        }
        return true;
    }

    /** An adjective without its inflection ("deutschen" → "deutsch"). */
    private static String stem(String adjective) {
        String s = adjective;
        for (String ending : new String[] {"en", "er", "em", "es", "e"}) {
            if (s.length() > ending.length() + 2 && s.endsWith(ending)) {
                return s.substring(0, s.length() - ending.length());
            }
        }
        return s;
    }

    /** The token of the title right before a mention, past academic titles; -1 if none. */
    private static int titleBefore(TokenizedText d, Entity e) {
        int k = d.tokenAtOrAfter(e.charStart()) - 1;
        while (k >= 0 && (ACADEMIC_TITLES.contains(d.token(k).lower()) || d.token(k).text().equals("."))) {
            k--;
        }
        return k;
    }

    /**
     * The head of an apposition after a mention ("Anna Berger, die Innenministerin, …", "Karl Huber, neuer
     * Bürgermeister von Tulln"): a comma, at most an article and two lower-case words, then the noun, before
     * {@code limit}; -1 if none.
     */
    private static int appositionAfter(TokenizedText d, Entity e, int limit) {
        int k = d.tokenAtOrAfter(e.charEnd());
        if (k >= d.tokens.size() || !d.token(k).text().equals(",")) {
            return -1;
        }
        k++;
        if (k < d.tokens.size() && (d.token(k).lower().equals("der") || d.token(k).lower().equals("die"))) {
            k++;
        }
        int lower = 0;
        while (k < d.tokens.size() && lower < 2 && d.token(k).word() && !d.token(k).capitalized()) {
            k++;
            lower++;
        }
        return k < d.tokens.size() && d.token(k).end() <= limit ? k : -1;
    }

    /** Token {@code k} is a capitalised title ending in the noun, or in a singular inflection of it. */
    private static boolean titled(TokenizedText d, int k, String noun) {
        if (k < 0 || !d.token(k).capitalized()) {
            return false;
        }
        String title = d.token(k).lower();
        return title.endsWith(noun) || singularInflection(title, noun);
    }

    /**
     * A singular title in the dative or accusative: "-n" after "-e" ("dem Vorsitzenden X"), "-en" for a weak noun
     * ("dem Präsidenten X"); not "-n" after "-er", which is a plural ("von den Ermittlern X zugeordnet").
     */
    private static boolean singularInflection(String title, String noun) {
        if (noun.endsWith("e")) {
            return title.endsWith(noun + "n");
        }
        return !noun.endsWith("er") && !noun.endsWith("el") && title.endsWith(noun + "en");
    }
}
