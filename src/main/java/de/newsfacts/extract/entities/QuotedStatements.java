package de.newsfacts.extract.entities;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quoted statements the tagger takes for titles. Rules, for a MISC mention that starts right after an opening
 * quotation mark, when no work noun ({@code work-nouns.txt}, via {@link QuotedTitles}) stands before the mark:
 * <ul>
 *   <li>it opens with a capitalised article and the quotation goes on for three words or more after it: the
 *       subject of a quoted sentence ("„Die Eisschilde in Grönland reagieren empfindlicher …“");</li>
 *   <li>it fills a quotation of four words or more that ends with . ! ? inside the marks or is followed by a
 *       comma and a lower-case word that is no relative pronoun, article or conjunction while it opens its
 *       sentence (a verb: "„It feels great to be home“, sagte X"; "„We couldn't have done it without you.“"): a
 *       quoted sentence, often English — a title takes no sentence punctuation, and a name goes on with a relative
 *       clause ("„Commandeur de la Légion d'Honneur“, die ihm …") or stands inside its sentence ("wurde zum „Man of
 *       the Match“, nicht zum ersten Mal");</li>
 *   <li>it opens a quotation of four words or more that opens its sentence, and the quotation goes on in lower case
 *       after it ("„We are not in a hurry“ – man habe keine Eile": "We are" is no title).</li>
 * </ul>
 * Such mentions are dropped. Cost: a look at the characters around each MISC mention; thread-safe.
 */
final class QuotedStatements {

    private static final String CLOSING_MARKS = "“\"«»”‘";
    private static final Set<String> ARTICLES = Set.of("Die", "Der", "Das", "Ein", "Eine", "Einen");

    private QuotedStatements() {
    }

    /** Removes mentions from the parallel lists {@code raw} (sentence, doc start, doc end) and {@code mentions}. */
    static void apply(String docText, List<int[]> raw, List<EntityExtractor.Mention> mentions) {
        for (int i = mentions.size() - 1; i >= 0; i--) {
            int[] r = raw.get(i);
            if (!"MISC".equals(mentions.get(i).label()) || r[1] < 1
                    || QuotedTitles.OPENING_MARKS.indexOf(docText.charAt(r[1] - 1)) < 0) {
                continue;
            }
            String noun = EntityExtractor.wordBefore(docText, r[1] - 1);
            if (!noun.isEmpty() && QuotedTitles.workNoun(noun)) {
                continue; // "der Film „…“": a title
            }
            if (statement(docText, r[1], r[2])) {
                raw.remove(i);
                mentions.remove(i);
            }
        }
    }

    private static boolean statement(String text, int start, int end) {
        int close = end;
        while (close < text.length() && CLOSING_MARKS.indexOf(text.charAt(close)) < 0 && text.charAt(close) != '\n'
                && QuotedTitles.OPENING_MARKS.indexOf(text.charAt(close)) < 0 && close - end < 400) {
            close++;
        }
        if (close >= text.length() || CLOSING_MARKS.indexOf(text.charAt(close)) < 0) {
            return false;
        }
        String mention = text.substring(start, end);
        String rest = text.substring(end, close).strip();
        int space = mention.indexOf(' ');
        if (space > 0 && ARTICLES.contains(mention.substring(0, space)) && words(rest) >= 3) {
            return true;
        }
        if (!rest.isEmpty() && Character.isLowerCase(rest.charAt(0)) && words(mention) + words(rest) >= 4
                && opensSentence(text, start - 1)) {
            return true; // "„We are not in a hurry“ – …": the first words of a quoted sentence, the rest in lower case
        }
        boolean fills = rest.isEmpty() || END_MARKS.matcher(rest).matches();
        if (!fills || words(mention) < 4) {
            return false;
        }
        boolean punct = !rest.isEmpty();
        return punct || opensSentence(text, start - 1) && close + 3 < text.length() && text.charAt(close + 1) == ',' && text.charAt(close + 2) == ' '
                && Character.isLowerCase(text.charAt(close + 3)) && !NAME_GOES_ON.contains(wordAt(text, close + 3));
    }

    /** After a name's comma: a relative clause or a coordination ("„Piper at the Gates of Dawn“, das …"). */
    private static final Set<String> NAME_GOES_ON = Set.of("der", "die", "das", "den", "dem", "des", "deren",
            "dessen", "welche", "welcher", "welches", "aber", "und", "oder", "sowie", "sondern", "wie", "ein", "eine",
            "einer", "einem", "einen", "ist", "war");

    /** The opening mark at {@code mark} starts its sentence or follows a colon. */
    private static boolean opensSentence(String text, int mark) {
        int b = mark - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        return b < 0 || ".!?:\n".indexOf(text.charAt(b)) >= 0;
    }

    private static String wordAt(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(at, e);
    }

    private static final Pattern END_MARKS = Pattern.compile("[.!?…]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static int words(String s) {
        return s.isBlank() ? 0 : SPACES.split(s.strip()).length;
    }
}
