package de.newsfacts.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based German sentence splitter. Splits a character range into sentence spans; it allocates little and
 * never looks further than the next word, so it runs in linear time.
 *
 * <p>Rules, in the order they are applied at each candidate end ({@code .}, {@code !}, {@code ?}, {@code …}, or a
 * run of them such as {@code ?!} or {@code ...}):
 * <ol>
 *   <li>A blank line (two line breaks with only spaces between) always ends a sentence.</li>
 *   <li>Closing quotes and brackets directly after the punctuation ({@code “ ” " « » ‘ ’ ' ‹ › ) ]}) belong to the
 *       sentence that ends there: {@code Er sagte: „Wir kommen.“ Dann ging er.} gives two sentences.</li>
 *   <li>No end unless whitespace (or the end of the range) follows: {@code 3.5}, {@code 14.30 Uhr},
 *       {@code spiegel.de}, {@code z.B.}, {@code „Kommt ihr?“, fragte sie.} and {@code […]} never split. Except
 *       a lost space: one period between a word ending in two lower-case letters and a capitalised word
 *       ({@code sagte Merkel.Als sie ging}) is checked like a period before a space.</li>
 *   <li>No end if the next word starts with a lower-case letter or with {@code , ; : ) ]}: German sentences start
 *       upper-case, so {@code „Kommt ihr?“ fragte sie} and {@code … und dann} continue.</li>
 *   <li>{@code !} and {@code ?} otherwise end the sentence.</li>
 *   <li>An ellipsis ends the sentence only when it is attached to the word before it ({@code Er wartete… Dann});
 *       a free-standing {@code …} marks an omission inside the sentence.</li>
 *   <li>A period does not end the sentence after
 *     <ul>
 *       <li>a single letter: initials and abbreviation parts ({@code J. R. R. Tolkien}, {@code Donald J. Trump},
 *           {@code z. B.}, {@code S. 12});</li>
 *       <li>an abbreviation from {@code abbreviations.txt}, matched as one word ({@code Dr.}; capitalised when it
 *           opens the sentence: {@code Ca. 1.200 Helfer}), as a word ending
 *           ({@code Hauptstr.} by {@code -str.}), as the last part of a hyphen compound ({@code ATP-Nr. 221})
 *           or as a multi-part
 *           sequence ({@code v. Chr.}); entries marked {@code final} ({@code usw.}, {@code v. Chr.}) do end the
 *           sentence before a capitalised word, entries marked {@code num} ({@code Art.}, {@code Jan.}) are
 *           abbreviations only before a number;</li>
 *       <li>a word with inner periods whose parts are one to three letters ({@code z.B.}, {@code U.S.});</li>
 *       <li>a number of one to three digits that is an ordinal: it opens the sentence ({@code 1. FC Köln}), it
 *           follows an opening bracket, a colon, comma or semicolon ({@code (62. Minute)},
 *           {@code Tabelle: 1. Bayern, 2. Dortmund}), a
 *           number follows ({@code 20. 11. 2025}), the next word is a month or ordinal noun
 *           ({@code 20. November}, {@code 19. Jahrhundert}) or the word before is an article, contracted
 *           preposition or possessive ({@code der 2. Weltkrieg}, {@code am 3.}); see {@code ordinal-context.txt}.
 *           A bare preposition does not count: {@code stieg auf 12. Die Polizei} splits;</li>
 *       <li>a numeric date before a number ({@code 20.11. 2025});</li>
 *       <li>a Roman numeral of two to five letters ({@code Ludwig XIV.}).</li>
 *     </ul>
 *     Otherwise it ends the sentence.</li>
 * </ol>
 * A span longer than {@link #MAX_SENTENCE_CHARS} characters is no sentence but a list, a table or text without
 * punctuation (the longest real sentence over the 38,000 of the news corpora has 1,314 characters): it is cut into
 * pieces of at most that length, each at the last line break in its second half, else at the last space there, else
 * at the limit (never inside a surrogate pair). The extractors look around every candidate within its sentence, so
 * without the cut their cost grows with the square of such a span (a 500 KB line took 7 s in the dates extractor
 * alone, twice that line 26 s).
 *
 * <p>Returned spans are trimmed of surrounding whitespace; whitespace-only stretches yield no span.
 * Instances are immutable and thread-safe.
 */
public final class SentenceSplitter {

    /** Longest span returned as one sentence; longer ones are cut (see the class comment). */
    public static final int MAX_SENTENCE_CHARS = 3000;

    private enum AbbreviationKind { ALWAYS, FINAL, BEFORE_NUMBER, AFTER_NUMBER }

    /** Separators after which a listed abbreviation may close a token: a slash list, a hyphen compound. */
    private static final String PART_SEPARATORS = "/-";
    /** Abbreviations keyed by their compact form without spaces and without the last period ("z.B", "Dr"). */
    private static final Map<String, AbbreviationKind> ABBREVIATIONS = new HashMap<>();
    /** Word endings that make an abbreviation ("str" of "Hauptstr."), with their kind. */
    private static final Map<String, AbbreviationKind> ABBREVIATION_ENDINGS = new HashMap<>();
    private static final Set<String> ORDINAL_FOLLOWERS = new HashSet<>();
    private static final Set<String> ORDINAL_PRECEDERS = new HashSet<>();
    /** Longest multi-part abbreviation, in parts ("Anm. d. Red." has three). */
    private static final int MAX_ABBREVIATION_PARTS;

    static {
        int maxParts = 1;
        for (String line : WordLists.load("abbreviations.txt")) {
            String[] fields = line.split("\t+|\\s{2,}");
            String entry = fields[0].strip();
            AbbreviationKind kind = AbbreviationKind.ALWAYS;
            if (fields.length > 1) {
                String flag = fields[1].strip();
                kind = switch (flag) {
                    case "final" -> AbbreviationKind.FINAL;
                    case "num" -> AbbreviationKind.BEFORE_NUMBER;
                    case "afternum" -> AbbreviationKind.AFTER_NUMBER;
                    default -> throw new IllegalStateException("abbreviations.txt: unknown flag in " + line);
                };
            }
            if (entry.startsWith("-")) {
                ABBREVIATION_ENDINGS.put(entry.substring(1, entry.length() - (entry.endsWith(".") ? 1 : 0)), kind);
                continue;
            }
            String compact = entry.endsWith(".") ? entry.substring(0, entry.length() - 1) : entry;
            String[] parts = compact.split("\\.\\s+");
            compact = String.join(".", parts);
            maxParts = Math.max(maxParts, parts.length);
            ABBREVIATIONS.merge(compact, kind, SentenceSplitter::stronger);
            if (parts.length > 1) {
                // the last part alone ("Chr" of "v. Chr.") keeps the entry's kind; earlier parts never end
                ABBREVIATIONS.merge(parts[parts.length - 1], kind, SentenceSplitter::stronger);
                for (int p = 0; p < parts.length - 1; p++) {
                    ABBREVIATIONS.merge(parts[p], AbbreviationKind.ALWAYS, SentenceSplitter::stronger);
                }
            }
        }
        MAX_ABBREVIATION_PARTS = maxParts;
        Set<String> target = null;
        for (String line : WordLists.load("ordinal-context.txt")) {
            if (line.equals("[after]")) {
                target = ORDINAL_FOLLOWERS;
            } else if (line.equals("[before]")) {
                target = ORDINAL_PRECEDERS;
            } else if (target == null) {
                throw new IllegalStateException("ordinal-context.txt: entry before a section header: " + line);
            } else {
                target.add(line.toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Whether the word before {@code tokenStart} (after spaces) ends in a digit: "16 Mia." */
    private static boolean numberBefore(CharSequence text, int sentenceStart, int tokenStart) {
        int i = tokenStart - 1;
        while (i >= sentenceStart && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= sentenceStart && i < tokenStart - 1 && Character.isDigit(text.charAt(i));
    }

    /** When an entry is listed twice, the reading that splits least wins. */
    private static AbbreviationKind stronger(AbbreviationKind a, AbbreviationKind b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    public SentenceSplitter() {
    }

    /** Sentence spans of the whole text. */
    public List<int[]> split(CharSequence text) {
        return split(text, 0, text.length());
    }

    /**
     * Sentence spans of {@code text[from, to)} as {@code {start, end}} pairs (absolute, end exclusive, trimmed),
     * in order, never crossing {@code from} or {@code to}.
     */
    public List<int[]> split(CharSequence text, int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of length " + text.length());
        }
        List<int[]> spans = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = afterBlankLine(text, i, to);
                if (next > 0) {
                    emit(text, start, i, spans);
                    start = next;
                    i = next;
                    continue;
                }
                i++;
            } else if (isTerminal(c)) {
                int end = endOfTerminal(text, i, to);
                if (endsSentence(text, start, i, end, to)) {
                    emit(text, start, end, spans);
                    start = end;
                }
                i = end;
            } else {
                i++;
            }
        }
        emit(text, start, to, spans);
        return spans;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isClosing(char c) {
        switch (c) {
            case '“': case '”': case '"': case '«': case '»': case '‘': case '’': case '\'': case '‹': case '›':
            case ')': case ']':
                return true;
            default:
                return false;
        }
    }

    private static boolean isOpening(char c) {
        switch (c) {
            case '„': case '“': case '"': case '»': case '«': case '‚': case '‘': case '\'': case '›': case '‹':
            case '(': case '[':
                return true;
            default:
                return false;
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || Character.isWhitespace(c);
    }

    /** If a blank line starts at the line break {@code nl}, the position after it (and further whitespace). */
    private static int afterBlankLine(CharSequence text, int nl, int to) {
        int j = nl + 1;
        while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) {
            j++;
        }
        if (j >= to || text.charAt(j) != '\n') {
            return -1;
        }
        while (j < to && isSpace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** End of the punctuation run at {@code i} plus directly following closing quotes and brackets. */
    private static int endOfTerminal(CharSequence text, int i, int to) {
        int j = i;
        while (j < to && isTerminal(text.charAt(j))) {
            j++;
        }
        while (j < to && isClosing(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean endsSentence(CharSequence text, int sentenceStart, int punct, int end, int to) {
        if (end < to && !isSpace(text.charAt(end))) {
            // "sagte Merkel.Als …": a space lost after the period (joined paragraphs in scraped text)
            return missingSpace(text, punct, end, to) && periodEndsSentence(text, sentenceStart, punct, end, to);
        }
        int next = end;
        while (next < to && isSpace(text.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return true;
        }
        char n = text.charAt(next);
        if (Character.isLowerCase(n) || n == ',' || n == ';' || n == ':' || n == ')' || n == ']') {
            return false;
        }
        if (isDetachedClosingQuote(text, next, to)) {
            return false;
        }
        boolean strong = false;
        int dots = 0;
        boolean ellipsis = false;
        for (int k = punct; k < end && isTerminal(text.charAt(k)); k++) {
            char p = text.charAt(k);
            if (p == '!' || p == '?') {
                strong = true;
            } else if (p == '…') {
                ellipsis = true;
            } else {
                dots++;
            }
        }
        if (strong) {
            return true;
        }
        if (ellipsis || dots > 1) {
            return punct > sentenceStart && !isSpace(text.charAt(punct - 1));
        }
        return periodEndsSentence(text, sentenceStart, punct, next, to);
    }

    /**
     * One period between a word ending in two lower-case letters (three letters at least) and a capitalised word
     * ("Merkel.Als", "Papst.Der"): a sentence end whose space got lost. Domains and file names are lower-case
     * ("spiegel.de"), abbreviations are checked by the caller ("Dr.Müller").
     */
    private static boolean missingSpace(CharSequence text, int punct, int end, int to) {
        return end == punct + 1 && text.charAt(punct) == '.' && punct >= 3 && end + 1 < to
                && Character.isLowerCase(text.charAt(punct - 1)) && Character.isLowerCase(text.charAt(punct - 2))
                && Character.isLetter(text.charAt(punct - 3))
                && Character.isUpperCase(text.charAt(end)) && Character.isLowerCase(text.charAt(end + 1));
    }

    /**
     * A period separated by a space from the word it abbreviates, as in tokenized text ({@code Dr . Müller},
     * {@code St . Johannis}, {@code i . d . R .}): a single letter or a listed abbreviation before the space
     * keeps the sentence going, as it would without the space.
     */
    private static boolean detachedAbbreviation(CharSequence text, int sentenceStart, int period,
                                                boolean nextIsDigit) {
        int wordEnd = period;
        while (wordEnd > sentenceStart && text.charAt(wordEnd - 1) == ' ') {
            wordEnd--;
        }
        if (wordEnd == period) {
            return false;
        }
        int wordStart = wordEnd;
        while (wordStart > sentenceStart && !isSpace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordEnd - wordStart == 0) {
            return false;
        }
        if (wordEnd - wordStart == 1) {
            return Character.isLetter(text.charAt(wordStart));
        }
        AbbreviationKind kind = ABBREVIATIONS.get(text.subSequence(wordStart, wordEnd).toString());
        return kind == AbbreviationKind.ALWAYS || kind == AbbreviationKind.BEFORE_NUMBER && nextIsDigit;
    }

    /**
     * A quotation mark standing alone after the sentence end, as in tokenized text ({@code Mord . “ , sagte er}):
     * it closes the quotation when it is a German closing mark ({@code “}) or when what follows it is the end,
     * punctuation or a lower-case word; then it belongs to the sentence before it.
     */
    private static boolean isDetachedClosingQuote(CharSequence text, int quote, int to) {
        char q = text.charAt(quote);
        if (q != '“' && q != '"' && q != '”' && q != '\'' && q != '’' && q != '«' && q != '»') {
            return false;
        }
        int after = quote + 1;
        if (after < to && !isSpace(text.charAt(after))) {
            return false;
        }
        while (after < to && isSpace(text.charAt(after))) {
            after++;
        }
        if (after >= to) {
            return true;
        }
        char a = text.charAt(after);
        return q == '“' || Character.isLowerCase(a) || a == ',' || a == ';' || a == ':' || a == '.' || a == '!'
                || a == '?';
    }

    /** Only whitespace and opening marks between the sentence start and {@code at}. */
    private static boolean opensSentence(CharSequence text, int sentenceStart, int at) {
        for (int i = sentenceStart; i < at; i++) {
            if (!isSpace(text.charAt(i)) && !isOpening(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean periodEndsSentence(CharSequence text, int sentenceStart, int period, int next, int to) {
        int tokenStart = period;
        while (tokenStart > sentenceStart && !isSpace(text.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        while (tokenStart < period && isOpening(text.charAt(tokenStart))) {
            tokenStart++;
        }
        int tokenEnd = period;
        while (tokenEnd > tokenStart && isClosing(text.charAt(tokenEnd - 1))) {
            tokenEnd--;
        }
        int length = tokenEnd - tokenStart;
        boolean nextIsDigit = Character.isDigit(text.charAt(next));
        if (length == 0) {
            return !detachedAbbreviation(text, sentenceStart, period, nextIsDigit);
        }
        if (length == 1 && Character.isLetter(text.charAt(tokenStart))) {
            AbbreviationKind multi = multiPartAbbreviation(text, sentenceStart, tokenStart, tokenEnd);
            return multi == AbbreviationKind.FINAL;
        }
        String token = text.subSequence(tokenStart, tokenEnd).toString();
        AbbreviationKind kind = multiPartAbbreviation(text, sentenceStart, tokenStart, tokenEnd);
        if (kind == null) {
            kind = ABBREVIATIONS.get(token);
        }
        // "Wien/St. Pölten –": the abbreviation is the last part of a slash list of names (not a unit: "Gbit/s.");
        // "(ATP-Nr. 221)", "Kfz-Nr. 5": the last part of a hyphen compound
        for (int k = 0; kind == null && k < PART_SEPARATORS.length(); k++) {
            int at = token.lastIndexOf(PART_SEPARATORS.charAt(k));
            if (at > 0 && token.length() - at > 2 && Character.isUpperCase(token.charAt(at + 1))) {
                kind = ABBREVIATIONS.get(token.substring(at + 1));
            }
        }
        if (kind == null && Character.isUpperCase(token.charAt(0)) && opensSentence(text, sentenceStart, tokenStart)) {
            // capitalised because it opens the sentence: "Ca. 1.200 Helfer …", "Vgl. dazu …"
            kind = ABBREVIATIONS.get(Character.toLowerCase(token.charAt(0)) + token.substring(1));
        }
        if (kind == null && !ABBREVIATION_ENDINGS.isEmpty()) {
            kind = abbreviationEnding(token);
        }
        if (kind != null) {
            switch (kind) {
                case ALWAYS:
                    return false;
                case FINAL:
                    return true;
                case BEFORE_NUMBER:
                    if (nextIsDigit) {
                        return false;
                    }
                    break;
                case AFTER_NUMBER:
                    if (numberBefore(text, sentenceStart, tokenStart)) {
                        return false;
                    }
                    break;
                default:
                    break;
            }
        }
        if (allDigits(token)) {
            if (length > 3) {
                return true;
            }
            return !isOrdinal(text, sentenceStart, tokenStart, next, to, nextIsDigit);
        }
        if (isNumericDate(token)) {
            return !nextIsDigit;
        }
        if (isShortPartsWithDots(token) || isRomanNumeral(token)) {
            return false;
        }
        return true;
    }

    /**
     * Kind of a multi-part abbreviation ("v. Chr.", "u. v. m.", "Anm. d. Red.") ending with the token, or
     * {@code null}. Parts are separated by ". " in the text.
     */
    private static AbbreviationKind multiPartAbbreviation(CharSequence text, int sentenceStart, int tokenStart,
                                                          int tokenEnd) {
        if (MAX_ABBREVIATION_PARTS < 2) {
            return null;
        }
        StringBuilder compact = new StringBuilder(16).append(text, tokenStart, tokenEnd);
        AbbreviationKind found = null;
        int partEnd = tokenStart;
        for (int parts = 1; parts < MAX_ABBREVIATION_PARTS; parts++) {
            // expect "<part>. " before the current part
            if (partEnd - 2 < sentenceStart || text.charAt(partEnd - 1) != ' ' || text.charAt(partEnd - 2) != '.') {
                break;
            }
            int prevEnd = partEnd - 2;
            int prevStart = prevEnd;
            while (prevStart > sentenceStart && Character.isLetter(text.charAt(prevStart - 1))
                    && prevEnd - prevStart < 6) {
                prevStart--;
            }
            if (prevStart == prevEnd || (prevStart > sentenceStart && !isSpace(text.charAt(prevStart - 1))
                    && !isOpening(text.charAt(prevStart - 1)))) {
                break;
            }
            compact.insert(0, '.').insert(0, text.subSequence(prevStart, prevEnd));
            AbbreviationKind kind = ABBREVIATIONS.get(compact.toString());
            if (kind != null) {
                found = kind;
            }
            partEnd = prevStart;
        }
        return found;
    }

    private static AbbreviationKind abbreviationEnding(String token) {
        for (Map.Entry<String, AbbreviationKind> ending : ABBREVIATION_ENDINGS.entrySet()) {
            String suffix = ending.getKey();
            if (token.length() > suffix.length() && token.endsWith(suffix)
                    && Character.isLetter(token.charAt(token.length() - suffix.length() - 1))) {
                return ending.getValue();
            }
        }
        return null;
    }

    private static boolean isOrdinal(CharSequence text, int sentenceStart, int tokenStart, int next, int to,
                                     boolean nextIsDigit) {
        if (nextIsDigit) {
            return true;
        }
        int firstNonSpace = sentenceStart;
        while (firstNonSpace < tokenStart && (isSpace(text.charAt(firstNonSpace))
                || isOpening(text.charAt(firstNonSpace)))) {
            firstNonSpace++;
        }
        if (firstNonSpace == tokenStart) {
            return true;
        }
        // "(62. Minute)", "(3. Liga)" and ranks after a colon or in a list ("Tabelle: 1. Bayern, 2. Dortmund")
        char before = tokenStart > 0 ? text.charAt(tokenStart - 1) : ' ';
        if (before == '(' || before == '[') {
            return true;
        }
        int beforeSpace = tokenStart;
        while (beforeSpace > sentenceStart && isSpace(text.charAt(beforeSpace - 1))) {
            beforeSpace--;
        }
        if (beforeSpace > sentenceStart && beforeSpace < tokenStart && ":,;".indexOf(text.charAt(beforeSpace - 1)) >= 0) {
            return true;
        }
        int wordStart = next;
        while (wordStart < to && isOpening(text.charAt(wordStart))) {
            wordStart++;
        }
        int wordEnd = wordStart;
        while (wordEnd < to && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd > wordStart && ORDINAL_FOLLOWERS.contains(lower(text, wordStart, wordEnd))) {
            return true;
        }
        int prevEnd = tokenStart;
        while (prevEnd > sentenceStart && isSpace(text.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        int prevStart = prevEnd;
        while (prevStart > sentenceStart && Character.isLetter(text.charAt(prevStart - 1))) {
            prevStart--;
        }
        return prevEnd > prevStart && ORDINAL_PRECEDERS.contains(lower(text, prevStart, prevEnd));
    }

    private static String lower(CharSequence text, int start, int end) {
        return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }

    private static boolean allDigits(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (!Character.isDigit(token.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "20.11" or "20.11.2025": digits and inner periods, at least one period. */
    private static boolean isNumericDate(String token) {
        boolean dot = false;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c == '.') {
                dot = true;
            } else if (!Character.isDigit(c)) {
                return false;
            }
        }
        return dot;
    }

    /** "z.B", "u.a", "U.S", "i.d.R": at least two parts of one to three letters joined by periods. */
    private static boolean isShortPartsWithDots(String token) {
        int parts = 1;
        int partLength = 0;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c == '.') {
                if (partLength == 0) {
                    return false;
                }
                parts++;
                partLength = 0;
            } else if (Character.isLetter(c) && partLength < 3) {
                partLength++;
            } else {
                return false;
            }
        }
        return parts >= 2 && partLength > 0;
    }

    private static boolean isRomanNumeral(String token) {
        if (token.length() < 2 || token.length() > 5) {
            return false;
        }
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c != 'I' && c != 'V' && c != 'X') {
                return false;
            }
        }
        return true;
    }

    private static void emit(CharSequence text, int start, int end, List<int[]> spans) {
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = cutBefore(text, start, start + MAX_SENTENCE_CHARS);
            emit(text, start, cut, spans);
            start = cut;
            while (start < end && isSpace(text.charAt(start))) {
                start++;
            }
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }

    /** Where to cut an overlong span before {@code limit}: its last line break, else space, in the second half. */
    private static int cutBefore(CharSequence text, int start, int limit) {
        int half = start + (limit - start) / 2;
        for (int i = limit - 1; i > half; i--) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        for (int i = limit - 1; i > half; i--) {
            if (isSpace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    }
}
