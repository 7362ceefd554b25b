package de.newsfacts.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a normalized document into structural blocks and gives each a {@link BlockKind} and a section.
 *
 * <p><b>Lines to blocks.</b> Blank lines divide the text into groups of consecutive lines.
 * <ul>
 *   <li><i>Line layout</i>: if fewer than two groups contain non-boilerplate lines (no blank lines, as in a
 *       one-paragraph-per-line file, or blank lines only around page furniture), every line is a block.</li>
 *   <li><i>Paragraph layout</i>: otherwise the lines of a group form one block, joined with their original line
 *       breaks (hard-wrapped paragraphs). A group with a line longer than {@value #MAX_WRAPPED_LINE} characters
 *       is not hard-wrapped; its lines are blocks as in line layout.</li>
 *   <li>In both layouts these lines always stand alone: boilerplate lines, list items (an indented line right
 *       after a list item continues it), byline/date lines ({@code Von Max Muster}, {@code Stand: 20.11.2025}).
 *       A heading-shaped line shorter than 70&nbsp;% of the group's longest line ends its block unless the next
 *       line starts lower-case (a heading written directly above its paragraph).</li>
 *   <li>In line layout a line that does not end with sentence punctuation and is followed by a line starting
 *       lower-case is joined with it (a wrapped line).</li>
 * </ul>
 *
 * <p><b>Kinds</b>, decided on the blocks in order:
 * <ul>
 *   <li>{@code boilerplate}: see {@link BoilerplateDetector}.</li>
 *   <li>{@code list_item}: a line starting with a bullet {@code - * • – · ▪ ► ‣ ◦} or an enumeration
 *       {@code 1) a)}, or {@code 1.} when a neighbouring line is numbered the same way (so a lone line starting
 *       {@code 1. FC Köln} is no list item). The block text starts after the bullet and its spaces.</li>
 *   <li>{@code title}: the first non-boilerplate block if it is a single line of at most
 *       {@value #MAX_TITLE} characters that does not end with {@code . : ;} and is no list item or byline/date
 *       line. Otherwise the document has no title.</li>
 *   <li>{@code heading}: a single heading-shaped line (at most {@value #MAX_HEADING_WORDS} words and
 *       {@value #MAX_HEADING_CHARS} characters, not ending with {@code . ! ? : ; …} even before closing quotes,
 *       not starting lower-case, not a byline/date line) whose next non-boilerplate block is a list item or a
 *       longer block that is not heading-shaped itself.</li>
 *   <li>{@code lead}: the first non-boilerplate block after the title (the first block when there is no title),
 *       byline/date lines skipped, if it is a paragraph.</li>
 *   <li>{@code paragraph}: everything else.</li>
 * </ul>
 *
 * <p><b>Section</b>: the text of the nearest heading before the block, {@code null} before the first heading.
 * A heading's own section is the previous heading (not itself), so sections never refer forward.
 *
 * <p>Immutable and thread-safe.
 */
public final class BlockSegmenter {

    static final int MAX_WRAPPED_LINE = 120;
    static final int MAX_TITLE = 200;
    static final int MAX_HEADING_WORDS = 12;
    static final int MAX_HEADING_CHARS = 100;
    private static final double HEADING_SHORTER_THAN = 0.7;

    private static final Pattern BULLET = Pattern.compile("^(?:[-*•–·▪►‣◦]|\\d{1,3}\\)|[a-z]\\))[ \\t]+(?=\\S)");
    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,3}\\.[ \\t]+(?=\\S)");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:Von|Ein Kommentar von|Eine Analyse von|Ein Gastbeitrag von|Eine Kolumne von|Ein Interview von"
            + "|Text|Autor|Autorin|Interview|Recherche)[: ]\\s*\\p{Lu}[^.!?;]{0,80}$");
    private static final Pattern DATE_LINE = Pattern.compile(
            "^(?:(?:Stand|Aktualisiert|Zuletzt aktualisiert|Veröffentlicht|Erstellt|Datum|Erschienen)"
            + "(?: am)?:?\\s*)?(?:\\p{L}+,?\\s+)?"
            + "(?:\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|\\p{L}+)\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2})"
            + "(?:[,|/\\-–\\s]+(?:um\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?$");

    /**
     * One block in the coordinates of the segmented text.
     *
     * @param spanStart start of the block's own text including its bullet (first non-space character)
     * @param spanEnd   end of the block's text (after its last non-space character)
     * @param textStart start of the block text proper (after the bullet for list items)
     * @param textEnd   end of the block text proper (equals {@code spanEnd})
     */
    public record Segment(BlockKind kind, String section, String text, int spanStart, int spanEnd,
                          int textStart, int textEnd) {
    }

    private final BoilerplateDetector boilerplate;

    public BlockSegmenter() {
        this(new BoilerplateDetector());
    }

    public BlockSegmenter(BoilerplateDetector boilerplate) {
        this.boilerplate = boilerplate;
    }

    /** Line of the input with its trimmed content bounds and per-line features. */
    private static final class Line {
        final int contentStart;
        final int contentEnd;
        final int group;
        final boolean indented;
        boolean boilerplate;
        boolean metadata;
        int bulletEnd = -1;

        Line(int lineStart, int contentStart, int contentEnd, int group) {
            this.contentStart = contentStart;
            this.contentEnd = contentEnd;
            this.group = group;
            this.indented = contentStart > lineStart;
        }

        int length() {
            return contentEnd - contentStart;
        }

        boolean bullet() {
            return bulletEnd >= 0;
        }

        boolean standsAlone() {
            return boilerplate || metadata || bullet();
        }
    }

    /** Block under construction: lines [first, last]. */
    private static final class Draft {
        final Line first;
        Line last;
        BlockKind kind;

        Draft(Line line) {
            this.first = line;
            this.last = line;
        }

        boolean singleLine() {
            return first == last;
        }

        int textStart() {
            return first.bullet() ? first.bulletEnd : first.contentStart;
        }
    }

    /** Blocks of {@code text}, in order; boilerplate included. */
    public List<Segment> segment(String text) {
        List<Line> lines = lines(text);
        if (lines.isEmpty()) {
            return List.of();
        }
        markFeatures(text, lines);
        List<Draft> drafts = group(text, lines);
        classify(text, drafts);
        List<Segment> segments = new ArrayList<>(drafts.size());
        String section = null;
        for (Draft d : drafts) {
            String blockText = text.substring(d.textStart(), d.last.contentEnd);
            segments.add(new Segment(d.kind, section, blockText, d.first.contentStart, d.last.contentEnd,
                    d.textStart(), d.last.contentEnd));
            if (d.kind == BlockKind.HEADING) {
                section = blockText;
            }
        }
        return segments;
    }

    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        int group = 0;
        boolean previousBlank = true;
        int pos = 0;
        int length = text.length();
        while (pos <= length) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? length : nl;
            int cs = pos;
            while (cs < lineEnd && Character.isWhitespace(text.charAt(cs))) {
                cs++;
            }
            int ce = lineEnd;
            while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
                ce--;
            }
            if (ce > cs) {
                if (previousBlank) {
                    group++;
                }
                lines.add(new Line(pos, cs, ce, group));
                previousBlank = false;
            } else {
                previousBlank = true;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return lines;
    }

    private void markFeatures(String text, List<Line> lines) {
        for (Line line : lines) {
            String content = text.substring(line.contentStart, line.contentEnd);
            line.boilerplate = boilerplate.isBoilerplate(content);
            if (line.boilerplate) {
                continue;
            }
            line.metadata = isMetadata(content);
            Matcher bullet = BULLET.matcher(content);
            if (bullet.find()) {
                line.bulletEnd = line.contentStart + bullet.end();
            }
        }
        // "1. " counts as a bullet only next to another such line
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.boilerplate || line.bullet()) {
                continue;
            }
            int numberedEnd = numberedEnd(text, line);
            if (numberedEnd < 0) {
                continue;
            }
            boolean neighbour = (i > 0 && numberedEnd(text, lines.get(i - 1)) >= 0)
                    || (i + 1 < lines.size() && numberedEnd(text, lines.get(i + 1)) >= 0);
            if (neighbour) {
                line.bulletEnd = numberedEnd;
                line.metadata = false;
            }
        }
    }

    /** Byline or date line; cheap length and character checks first, as this runs on every line. */
    private static boolean isMetadata(String content) {
        if (content.length() > 110) {
            return false;
        }
        char first = content.charAt(0);
        if (Character.isUpperCase(first) && BYLINE.matcher(content).matches()) {
            return true;
        }
        return content.length() <= 70 && DATE_LINE.matcher(content).matches();
    }

    /** Absolute end of a "1. " enumeration marker at the start of the line, or -1. */
    private static int numberedEnd(String text, Line line) {
        if (line.boilerplate) {
            return -1;
        }
        Matcher m = NUMBERED.matcher(text).region(line.contentStart, line.contentEnd);
        return m.lookingAt() ? m.end() : -1;
    }

    private static List<Draft> group(String text, List<Line> lines) {
        int contentGroups = 0;
        int lastCountedGroup = -1;
        for (Line line : lines) {
            if (!line.boilerplate && line.group != lastCountedGroup) {
                contentGroups++;
                lastCountedGroup = line.group;
            }
        }
        boolean paragraphLayout = contentGroups >= 2;

        List<Draft> drafts = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int groupEnd = i;
            int longest = 0;
            while (groupEnd < lines.size() && lines.get(groupEnd).group == lines.get(i).group) {
                longest = Math.max(longest, lines.get(groupEnd).length());
                groupEnd++;
            }
            boolean wrapped = paragraphLayout && longest <= MAX_WRAPPED_LINE;
            Draft current = new Draft(lines.get(i));
            for (int k = i + 1; k < groupEnd; k++) {
                Line a = lines.get(k - 1);
                Line b = lines.get(k);
                if (joins(text, a, b, wrapped, longest)) {
                    current.last = b;
                } else {
                    drafts.add(current);
                    current = new Draft(b);
                }
            }
            drafts.add(current);
            i = groupEnd;
        }
        return drafts;
    }

    private static boolean joins(String text, Line a, Line b, boolean wrapped, int longest) {
        if (a.boilerplate || b.boilerplate || a.metadata || b.metadata || b.bullet()) {
            return false;
        }
        boolean lowerStart = Character.isLowerCase(text.charAt(b.contentStart));
        if (a.bullet()) {
            return b.indented || lowerStart;
        }
        if (!wrapped) {
            return lowerStart && !endsWithSentencePunctuation(text, a.contentStart, a.contentEnd);
        }
        if (!lowerStart && headingShaped(text, a.contentStart, a.contentEnd)
                && a.length() < HEADING_SHORTER_THAN * longest) {
            return false;
        }
        return true;
    }

    private static void classify(String text, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.first.boilerplate) {
                d.kind = BlockKind.BOILERPLATE;
            } else if (d.first.bullet()) {
                d.kind = BlockKind.LIST_ITEM;
            }
        }
        int firstContent = nextContent(drafts, 0);
        if (firstContent < 0) {
            return;
        }
        Draft first = drafts.get(firstContent);
        int leadCandidate = firstContent;
        if (first.kind == null && isTitle(text, first)) {
            first.kind = BlockKind.TITLE;
            leadCandidate = nextContent(drafts, firstContent + 1);
        }
        for (int i = firstContent; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.kind != null || !d.singleLine() || d.first.metadata
                    || !headingShaped(text, d.first.contentStart, d.first.contentEnd)) {
                continue;
            }
            int next = nextContent(drafts, i + 1);
            if (next < 0) {
                continue;
            }
            Draft n = drafts.get(next);
            boolean followedByBody = n.kind == BlockKind.LIST_ITEM
                    || (n.kind == null && !n.first.metadata
                    && (n.last.contentEnd - n.textStart()) > (d.last.contentEnd - d.textStart())
                    && !(n.singleLine() && headingShaped(text, n.first.contentStart, n.first.contentEnd)));
            if (followedByBody) {
                d.kind = BlockKind.HEADING;
            }
        }
        while (leadCandidate >= 0 && drafts.get(leadCandidate).kind == null
                && drafts.get(leadCandidate).singleLine() && drafts.get(leadCandidate).first.metadata) {
            leadCandidate = nextContent(drafts, leadCandidate + 1);
        }
        if (leadCandidate >= 0 && drafts.get(leadCandidate).kind == null) {
            drafts.get(leadCandidate).kind = BlockKind.LEAD;
        }
        for (Draft d : drafts) {
            if (d.kind == null) {
                d.kind = BlockKind.PARAGRAPH;
            }
        }
    }

    private static int nextContent(List<Draft> drafts, int from) {
        for (int i = from; i < drafts.size(); i++) {
            if (drafts.get(i).kind != BlockKind.BOILERPLATE) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTitle(String text, Draft d) {
        if (!d.singleLine() || d.first.metadata || d.first.length() > MAX_TITLE || !hasLetter(text, d.first)) {
            return false;
        }
        char last = lastBeforeClosers(text, d.first.contentStart, d.first.contentEnd);
        return last != '.' && last != ':' && last != ';';
    }

    private static boolean hasLetter(String text, Line line) {
        for (int i = line.contentStart; i < line.contentEnd; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Short line without final sentence punctuation, not starting lower-case, with at least one letter. */
    static boolean headingShaped(CharSequence text, int start, int end) {
        if (end - start > MAX_HEADING_CHARS || end <= start || Character.isLowerCase(text.charAt(start))) {
            return false;
        }
        if (endsWithSentencePunctuation(text, start, end)) {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
                letter |= Character.isLetter(c);
            }
        }
        return letter && words <= MAX_HEADING_WORDS;
    }

    private static boolean endsWithSentencePunctuation(CharSequence text, int start, int end) {
        char last = lastBeforeClosers(text, start, end);
        return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '…';
    }

    /** Last character of the range before trailing closing quotes and brackets. */
    private static char lastBeforeClosers(CharSequence text, int start, int end) {
        int i = end - 1;
        while (i > start && "“”\"«»‘’‹›')]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return text.charAt(i);
    }
}
