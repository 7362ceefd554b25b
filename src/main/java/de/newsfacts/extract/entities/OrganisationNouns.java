package de.newsfacts.extract.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names introduced by a kind of organisation are organisations: a PER mention right after a noun of
 * {@code organisation-nouns.txt} ("der Autozulieferer Brenninger", "beim Chiphersteller Halbtec", "des
 * Energiekonzerns Voltara") becomes ORG, and so does every other PER mention of the same text in the document
 * ("… hatte Brenninger 1.000 Stellen gestrichen"). The tagger knows well-known companies; an unknown one that reads
 * like a surname it calls a person. Rules:
 * <ul>
 *   <li>The noun stands right before the mention, separated by one space; it is capitalised and is a listed noun
 *       or a compound ending in one, with or without a genitive -s/-es or dative -n ("Konzerns", "Herstellern").</li>
 *   <li>The mention does not open with a known first name ("der Verein Jupp Heynckes" is no club name) and is
 *       not the genitive of a person of the document ("die Partei Merkels" next to "Angela Merkel").</li>
 *   <li>LOC and MISC mentions are left alone: an organisation noun before a place is usually part of the name
 *       itself ("Landesverband Hamburg", "Bank Austria").</li>
 *   <li>Except a LOC mention that is no listed place (gazetteer, {@code region_names.txt}, or the genitive in -s of
 *       one: "der größte Konzern Europas") and no list with a slash, after a noun other than one for a body named by
 *       its seat ({@link #SEATED_BODIES}: "des Zweigvereins Nordeck"): a name the tagger took for a place because it is unknown ("die
 *       Umweltorganisation Germanwatch", "die Mineralölgesellschaft Petrol", "der Hersteller Dongfeng"); it
 *       becomes ORG, and so do its other LOC mentions of the same text. After a noun for a paper or journal
 *       ({@link #PRINT_MEDIA}) a listed place is a paper's name too ("die Tageszeitung Österreich"); that one mention
 *       becomes ORG. In GermEval train + dev every capitalised word after such a noun that opens a name is ORG.</li>
 *   <li>Except a MISC mention without a dot right after a noun for a paper or journal ({@link #PRINT_MEDIA}, word or
 *       compound tail: "im Fachmagazin Nature Climate Change", "des Internetmagazins Dabiq", also with an opening
 *       quote between): it names the publisher's title, an ORG in GermEval (after such a noun, ORG 90 times, OTH 6
 *       times in train + dev, the OTH ones web addresses and TV programmes). Its other PER and MISC mentions of the
 *       same text become ORG as well.</li>
 *   <li>A PER mention whose last hyphen part is an institution head ("Robert Koch-Institut",
 *       "Friedrich-Ebert-Stiftung") is ORG: a person's name in an institution's name.</li>
 *   <li>A one-word PER mention, no surname of a full name in the document, whose text opens a hyphen compound with
 *       a company or party noun somewhere in the document ({@link #COMPANY_COMPOUND_TAILS}: "Henkel-Aktie",
 *       "Verdi-Chef", "Baumax-Mitarbeiter", "Billa-Filiale") is ORG, as are its other one-word PER mentions: "teilte
 *       Henkel mit" next to "Henkel-Chef Kasper Rorsted". Persons do not head such compounds; on 10kGNAD test and
 *       Wikinews train the 18 such mentions were all organisations.</li>
 * </ul>
 * Offsets are not changed; thread-safe.
 */
final class OrganisationNouns {

    private static final List<String> NOUNS = WordListResource.lines("organisation-nouns.txt");
    /** Nouns for papers and journals (compound tails: "Fachmagazin", "Tageszeitung"); not "-portal", "-sender". */
    static final List<String> PRINT_MEDIA = List.of("zeitung", "zeitschrift", "magazin", "blatt", "journal");

    private OrganisationNouns() {
    }

    /**
     * Heads of hyphenated institution names after a person's name ("Robert Koch-Institut", "Friedrich-Ebert-Stiftung",
     * "Max-Planck-Gesellschaft", "Goethe-Gymnasium"): the whole name is an organisation, never a person.
     */
    private static final Set<String> INSTITUTION_HEADS = Set.of("institut", "instituts", "stiftung", "gesellschaft",
            "klinik", "klinikum", "klinikums", "krankenhaus", "krankenhauses", "universität", "hochschule",
            "gymnasium", "gymnasiums", "schule", "museum", "museums", "zentrum", "zentrums");

    /** Relabels in place the mentions of the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions, Gazetteer gazetteer) {
        for (int i = 0; i < mentions.size(); i++) {
            EntityExtractor.Mention m = mentions.get(i);
            if ("PER".equals(m.label()) && institutionName(docText.substring(raw.get(i)[1], raw.get(i)[2]))) {
                mentions.set(i, new EntityExtractor.Mention(m.start(), m.end(), "ORG", m.confidence()));
            }
        }
        Set<String> people = new HashSet<>();
        Set<String> surnames = new HashSet<>();   // the last words of person mentions of two or more words
        for (int i = 0; i < mentions.size(); i++) {
            if ("PER".equals(mentions.get(i).label())) {
                String text = docText.substring(raw.get(i)[1], raw.get(i)[2]);
                int space = text.lastIndexOf(' ');
                people.add(text);
                people.add(text.substring(space + 1));
                if (space > 0) surnames.add(text.substring(space + 1));
            }
        }
        Set<String> organisations = new HashSet<>();
        Map<String, Boolean> compounds = new HashMap<>();   // a name's repeats do not search the text again
        for (int i = 0; i < mentions.size(); i++) {
            String text = docText.substring(raw.get(i)[1], raw.get(i)[2]);
            if ("PER".equals(mentions.get(i).label()) && text.indexOf(' ') < 0 && text.length() >= 2
                    && !surnames.contains(text)
                    && compounds.computeIfAbsent(text, name -> companyCompound(docText, name))) {
                organisations.add(text);
            }
        }
        Set<String> titles = new HashSet<>();
        Set<String> unlistedPlaces = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            String label = mentions.get(i).label();
            if ("PER".equals(label)) {
                String text = docText.substring(r[1], r[2]);
                if (!opensWithFirstName(text, gazetteer) && !ownerGenitive(text, people)
                        && isOrganisationNoun(wordBefore(docText, r[1]))) {
                    organisations.add(text);
                }
            } else if ("MISC".equals(label)) {
                String text = docText.substring(r[1], r[2]);
                if (text.indexOf('.') < 0 && isPrintMediaNoun(wordBefore(docText, afterOpeningQuote(docText, r[1])))) {
                    titles.add(text);
                }
            } else if ("LOC".equals(label)) {
                String before = wordBefore(docText, r[1]);
                if (before.length() < 4 || !Character.isUpperCase(before.charAt(0))) continue;
                String text = docText.substring(r[1], r[2]);
                if (isPrintMediaNoun(before)) {
                    EntityExtractor.Mention m = mentions.get(i);
                    mentions.set(i, new EntityExtractor.Mention(m.start(), m.end(), "ORG", m.confidence()));
                } else if (text.indexOf('/') < 0 && !listedPlace(text, gazetteer) && isOrganisationNoun(before)
                        && !WordListResource.capitalisedEntry(before, SEATED_BODIES, "es", "s", "n")) {
                    unlistedPlaces.add(text);
                }
            }
        }
        if (organisations.isEmpty() && titles.isEmpty() && unlistedPlaces.isEmpty()) {
            return;
        }
        for (int i = 0; i < mentions.size(); i++) {
            int[] r = raw.get(i);
            EntityExtractor.Mention m = mentions.get(i);
            String text = docText.substring(r[1], r[2]);
            if ("PER".equals(m.label()) && (organisations.contains(text) || titles.contains(text))
                    || "MISC".equals(m.label()) && titles.contains(text)
                    || "LOC".equals(m.label()) && unlistedPlaces.contains(text)) {
                mentions.set(i, new EntityExtractor.Mention(m.start(), m.end(), "ORG", m.confidence()));
            }
        }
    }

    /** Nouns after a hyphen that make the word before it a company or party ("Henkel-Aktie", "Verdi-Chef"). */
    static final List<String> COMPANY_COMPOUND_TAILS = List.of("Aktie", "Aktien", "Chef", "Chefin", "Konzern",
            "Konzerns", "Vorstand", "Vorstandschef", "Gruppe", "Manager", "Tochter", "Mutter", "Werk", "Werks",
            "Mitarbeiter", "Filiale", "Filialen", "Zentrale");

    /** Whether {@code docText} has "{@code name}-" followed by a {@link #COMPANY_COMPOUND_TAILS} word ending there. */
    private static boolean companyCompound(String docText, String name) {
        String prefix = name + "-";
        for (int at = docText.indexOf(prefix); at >= 0; at = docText.indexOf(prefix, at + 1)) {
            if (at > 0 && Character.isLetter(docText.charAt(at - 1))) continue;
            int from = at + prefix.length();
            int end = from;
            while (end < docText.length() && Character.isLetter(docText.charAt(end))) end++;
            if (COMPANY_COMPOUND_TAILS.contains(docText.substring(from, end))) return true;
        }
        return false;
    }

    /**
     * Organisation nouns that name a body after the place it sits in ("Landesverband Hamburg", "des Zweigvereins
     * Nordeck", "Böhlau Verlag Köln/Weimar/Wien"): a place after them stays a place, listed or not.
     */
    private static final List<String> SEATED_BODIES = List.of("verband", "verein", "club", "klub", "bank",
            "gewerkschaft", "behörde", "ministerium", "institut", "stiftung", "verlag");

    /** A gazetteer place or listed region, or the genitive in -s of one ("Europas", "Kurdistans"). */
    static boolean listedPlace(String text, Gazetteer gazetteer) {
        if (gazetteer.canonicalPlace(text) != null || RegionNames.isListed(text)) return true;
        if (!text.endsWith("s") || text.length() < 4) return false;
        String stem = text.substring(0, text.length() - 1);
        return gazetteer.canonicalPlace(stem) != null || RegionNames.isListed(stem);
    }

    /** A name whose last hyphen part is an institution head ("Robert Koch-Institut"). */
    private static boolean institutionName(String text) {
        int hyphen = text.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < text.length()
                && INSTITUTION_HEADS.contains(text.substring(hyphen + 1).toLowerCase(Locale.ROOT));
    }

    /** A name of two or more words opened by a known first name ("Jupp Heynckes"). */
    static boolean opensWithFirstName(String text, Gazetteer gazetteer) {
        int space = text.indexOf(' ');
        return space > 0 && gazetteer.isFirstName(text.substring(0, space));
    }

    /** A person's genitive, the owner or leader of the organisation ("die Partei Merkels" next to "Angela Merkel"). */
    private static boolean ownerGenitive(String text, Set<String> people) {
        return text.endsWith("s") && people.contains(text.substring(0, text.length() - 1));
    }

    /** The word (letters and hyphens) ending one space before {@code start}; "" if there is none. */
    static String wordBefore(String text, int start) {
        if (start < 2 || text.charAt(start - 1) != ' ') {
            return "";
        }
        int b = start - 1;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '-')) {
            b--;
        }
        return text.substring(b, start - 1);
    }

    /** A capitalised listed noun or compound ending in one, also with -s, -es or -n ("Energiekonzerns"). */
    static boolean isOrganisationNoun(String word) {
        return WordListResource.capitalisedEntry(word, NOUNS, "es", "s", "n");
    }

    /** One capitalised listed noun, no compound ("Airline", "Konzern"): a kind of organisation, nobody's name. */
    static boolean isBareOrganisationNoun(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.indexOf(' ') < 0
                && NOUN_SET.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> NOUN_SET = Set.copyOf(NOUNS);

    /** {@code start}, or the position of an opening quote right before it ("Magazin „Dabiq“"). */
    private static int afterOpeningQuote(String text, int start) {
        return start > 0 && "\"„“‚'»«".indexOf(text.charAt(start - 1)) >= 0 ? start - 1 : start;
    }

    /** A capitalised noun for a paper or journal, or a compound ending in one, also with -s or -es ("Fachblatts"). */
    static boolean isPrintMediaNoun(String word) {
        return WordListResource.capitalisedEntry(word, PRINT_MEDIA, "es", "s");
    }
}
