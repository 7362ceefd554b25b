package de.newsfacts.extract.entities;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Fast rule-based German word tokenizer that follows the GermEval 2014 / NoSta-D tokenization, returning
 * character offsets (no token strings are built).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Whitespace (including no-break and other Unicode spaces) separates chunks and is never part of a token.</li>
 *   <li>Quotes and brackets {@code " „ “ ” « » ‹ › ( ) [ ] { }} and {@code ; ! ? …} are always tokens of their own,
 *       wherever they occur in a chunk.</li>
 *   <li>Comma and colon are tokens of their own unless they sit between two digits ({@code 1.000,5}, {@code 12:30},
 *       {@code 1:1} stay one token).</li>
 *   <li>A single quote {@code ‚ ‘ ’ '} at the start of a piece that is followed by a letter is split off; a
 *       closing {@code ‘} at its end is split off; an inner or final apostrophe ({@code Hardenberg’schen},
 *       {@code hab'}) stays.</li>
 *   <li>Hyphens, slashes and inner periods stay inside the token: {@code EU-Verordnung}, {@code Mecklenburg-},
 *       {@code 24/7}, {@code www.heise.de}, {@code 07.04.2005}.</li>
 *   <li>A final run of periods ({@code ...}) is one token. A single final period is split off unless the piece
 *       is an abbreviation: a listed abbreviation ({@code abbreviations.txt}: bzw., Nr., usw., ...; not titles such as
 *       Dr. nor Mio./Mrd., split as in the tagger's training corpus), one letter
 *       ({@code A.}), letters with inner periods in short segments ({@code z.B.}, {@code u.d.T.}), or, when more
 *       text follows in the same input, an ordinal number or Roman numeral ({@code 18.}, {@code II.}).</li>
 * </ol>
 * Instances are immutable and thread-safe.
 */
public final class Tokenizer {

    /** The token spans of one text: {@code [start(i), end(i))} are UTF-16 offsets into the tokenized text. */
    public static final class TokenSpans {
        private final int[] starts;
        private final int[] ends;
        private final int size;

        TokenSpans(int[] starts, int[] ends, int size) {
            this.starts = starts;
            this.ends = ends;
            this.size = size;
        }

        public int size() {
            return size;
        }

        public int start(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
            return starts[i];
        }

        public int end(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
            return ends[i];
        }

        int[] startsArray() {
            return starts;
        }

        int[] endsArray() {
            return ends;
        }
    }

    private static final String ALWAYS_SPLIT = "\"„“”«»‹›()[]{};!?…";
    private static final String SINGLE_QUOTES = "‚‘’'";
    /** {@link #ALWAYS_SPLIT} as a table indexed by char: the check runs for every character. */
    private static final boolean[] SPLITS = table(ALWAYS_SPLIT);

    private static boolean[] table(String chars) {
        boolean[] table = new boolean[chars.chars().max().orElse(0) + 1];
        for (int i = 0; i < chars.length(); i++) table[chars.charAt(i)] = true;
        return table;
    }

    private static boolean isAlwaysSplit(char c) {
        return c < SPLITS.length && SPLITS[c];
    }

    private final Set<String> abbreviations;

    private Tokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    private static final Tokenizer DEFAULT = new Tokenizer(loadAbbreviations());

    /** The tokenizer with the bundled abbreviation list. */
    public static Tokenizer german() {
        return DEFAULT;
    }

    private static Set<String> loadAbbreviations() {
        Set<String> set = new HashSet<>();
        for (String line : WordListResource.lines("abbreviations.txt")) set.add(line.toLowerCase(Locale.ROOT));
        return Set.copyOf(set);
    }

    /** Tokenizes {@code text}; never throws for non-null input. */
    public TokenSpans tokenize(CharSequence text) {
        Builder out = new Builder(Math.max(8, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) i++;
            if (i >= n) break;
            int chunkEnd = i;
            while (chunkEnd < n && !isSpace(text.charAt(chunkEnd))) chunkEnd++;
            tokenizeChunk(text, i, chunkEnd, out);
            i = chunkEnd;
        }
        return new TokenSpans(out.starts, out.ends, out.size);
    }

    private void tokenizeChunk(CharSequence text, int start, int end, Builder out) {
        int i = start;
        while (i < end) {
            if (isSplitPoint(text, i, start, end)) {
                out.add(i, i + 1);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && !isSplitPoint(text, j, start, end)) j++;
            emitPiece(text, i, j, out);
            i = j;
        }
    }

    private static boolean isSplitPoint(CharSequence text, int i, int chunkStart, int chunkEnd) {
        char c = text.charAt(i);
        if (isAlwaysSplit(c)) return true;
        if (c == ',' || c == ':') {
            boolean digitBefore = i > chunkStart && Character.isDigit(text.charAt(i - 1));
            boolean digitAfter = i + 1 < chunkEnd && Character.isDigit(text.charAt(i + 1));
            return !(digitBefore && digitAfter);
        }
        return false;
    }

    private void emitPiece(CharSequence text, int start, int end, Builder out) {
        int s = start;
        int e = end;
        // leading single quote before a letter
        if (e - s > 1 && SINGLE_QUOTES.indexOf(text.charAt(s)) >= 0 && Character.isLetterOrDigit(text.charAt(s + 1))) {
            out.add(s, s + 1);
            s++;
        }
        // trailing closing quote and periods, collected right to left then emitted in order
        int closingQuote = -1;
        if (e - s > 1 && text.charAt(e - 1) == '‘') {
            closingQuote = e - 1;
            e--;
        }
        int periodsStart = e;
        while (periodsStart > s && text.charAt(periodsStart - 1) == '.') periodsStart--;
        int periods = e - periodsStart;
        if (periods == 0 || periodsStart == s) {
            out.add(s, e);
        } else if (periods >= 2) {
            out.add(s, periodsStart);
            out.add(periodsStart, e);
        } else if (keepsFinalPeriod(text, s, periodsStart, end)) {
            out.add(s, e);
        } else {
            out.add(s, periodsStart);
            out.add(periodsStart, e);
        }
        if (closingQuote >= 0) out.add(closingQuote, closingQuote + 1);
    }

    /** Whether the word {@code [s, coreEnd)} followed by one period is an abbreviation or ordinal. */
    private boolean keepsFinalPeriod(CharSequence text, int s, int coreEnd, int pieceEnd) {
        int len = coreEnd - s;
        if (len == 1 && Character.isLetter(text.charAt(s))) return true;
        if (isDottedAbbreviation(text, s, coreEnd)) return true;
        if (len <= 12 && abbreviations.contains(text.subSequence(s, coreEnd).toString().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (isAllDigits(text, s, coreEnd) && len <= 4 || isRomanNumeral(text, s, coreEnd)) {
            return moreTextFollows(text, pieceEnd);
        }
        return false;
    }

    /** {@code z.B}, {@code u.d.T}, {@code i.a}: letter segments of at most three letters joined by periods. */
    private static boolean isDottedAbbreviation(CharSequence text, int s, int e) {
        int segment = 0;
        boolean sawDot = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (segment == 0) return false;
                sawDot = true;
                segment = 0;
            } else if (Character.isLetter(c)) {
                if (++segment > 3) return false;
            } else {
                return false;
            }
        }
        return sawDot && segment > 0;
    }

    private static boolean isAllDigits(CharSequence text, int s, int e) {
        for (int i = s; i < e; i++) if (!Character.isDigit(text.charAt(i))) return false;
        return e > s;
    }

    private static boolean isRomanNumeral(CharSequence text, int s, int e) {
        for (int i = s; i < e; i++) if ("IVXLCDM".indexOf(text.charAt(i)) < 0) return false;
        return e > s && e - s <= 6;
    }

    private static boolean moreTextFollows(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c) && !isAlwaysSplit(c) && SINGLE_QUOTES.indexOf(c) < 0) return true;
        }
        return false;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200b' || c == '\ufeff';
    }

    private static final class Builder {
        int[] starts;
        int[] ends;
        int size;

        Builder(int capacity) {
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(int s, int e) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            starts[size] = s;
            ends[size] = e;
            size++;
        }
    }
}
