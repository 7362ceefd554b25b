package de.newsfacts.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code seeds/INDEX}, the list of documents of a run. Rules:
 * <ul>
 *   <li>UTF-8 (a byte-order mark is skipped); anything else fails the run with {@link InvalidIndexException}.</li>
 *   <li>Line numbers are 1-based physical lines ({@code \n}, {@code \r\n} or {@code \r}); blank lines and lines
 *       whose first non-blank character is {@code #} are ignored.</li>
 *   <li>Tabular form: the first remaining line is a TAB-separated header with a {@code path} column (usually
 *       first); a first line holding a TAB, or just the word {@code path}, is taken as the header, and one
 *       that reads like a header separated by spaces fails the run. Column names are matched without regard to
 *       case; known columns are {@code path}, {@code doc_id}, {@code published}, {@code url}, {@code title}, {@code language}; other columns go to
 *       {@link IndexEntry#metadata()} in header order, empty values omitted. Cells are trimmed; empty cells
 *       are missing values; a row with fewer cells than the header simply lacks the last values; a row with more
 *       non-empty cells than the header is a {@code BAD_INDEX_ROW}.</li>
 *   <li>Plain form: every remaining line is one path (trimmed); a line holding a TAB is a {@code BAD_INDEX_ROW}.</li>
 *   <li>{@code doc_id} defaults to the file name without its last extension; {@code language} to {@code de};
 *       {@code published} must be an ISO date or date-time (see {@link PublishedDate}), else the row is a
 *       {@code BAD_INDEX_ROW}.</li>
 *   <li>The first row with a doc id wins; later rows with the same id are {@code DUPLICATE_ID} rejects
 *       (ids are compared exactly, case matters).</li>
 *   <li>Whether the files exist is not checked here, see {@link DocumentLoader}.</li>
 * </ul>
 */
public final class IndexParser {

    public static final String INDEX_FILE_NAME = "INDEX";
    public static final String DEFAULT_LANGUAGE = "de";

    static final String PATH = "path";
    static final String DOC_ID = "doc_id";
    static final String PUBLISHED = "published";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String LANGUAGE = "language";
    private static final Set<String> KNOWN = Set.of(PATH, DOC_ID, PUBLISHED, URL, TITLE, LANGUAGE);
    private static final Pattern WHITESPACE = Pattern.compile("[ \\t]+");

    private IndexParser() {
    }

    /** Parses {@code seedsDir/INDEX}. */
    public static SeedIndex parse(Path seedsDir) throws InvalidIndexException {
        Path indexFile = seedsDir.resolve(INDEX_FILE_NAME);
        String text = decode(indexFile, read(seedsDir, indexFile));
        return new Parse(seedsDir, indexFile).run(text);
    }

    private static byte[] read(Path seedsDir, Path indexFile) throws InvalidIndexException {
        if (!Files.isDirectory(seedsDir)) {
            throw new InvalidIndexException(indexFile, 0, "the seeds folder does not exist or is not a folder");
        }
        if (Files.isDirectory(indexFile)) {
            throw new InvalidIndexException(indexFile, 0, "is a directory, not a file");
        }
        try {
            return Files.readAllBytes(indexFile);
        } catch (NoSuchFileException e) {
            throw new InvalidIndexException(indexFile, 0, "file not found (the seeds folder must hold an INDEX)", e);
        } catch (IOException e) {
            throw new InvalidIndexException(indexFile, 0, "cannot read (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    private static String decode(Path indexFile, byte[] bytes) throws InvalidIndexException {
        if (TextDecoder.hasUtf16Bom(bytes)) {
            throw new InvalidIndexException(indexFile, 0, "is UTF-16 encoded; save it as UTF-8");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int invalid = TextDecoder.firstInvalidUtf8(bytes, start, bytes.length);
        if (invalid >= 0) {
            throw new InvalidIndexException(indexFile, lineOf(bytes, invalid), String.format(Locale.ROOT,
                    "not valid UTF-8 (byte 0x%02X at offset %d); save INDEX as UTF-8", bytes[invalid] & 0xFF, invalid));
        }
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    /** 1-based line of a byte offset, counting \n, \r\n and lone \r as line ends. */
    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    /** File name without its last extension: {@code a/b/report.v2.txt} -> {@code report.v2}. */
    static String defaultDocId(String path) {
        String p = path.replace('\\', '/');
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        String name = p.substring(p.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        return name.isEmpty() ? path : name;
    }

    /** State of one parse run (not shared between threads). */
    private static final class Parse {
        private final Path seedsDir;
        private final Path indexFile;
        private final List<IndexEntry> entries = new ArrayList<>();
        private final List<Reject> rejects = new ArrayList<>();
        private final Map<String, Integer> firstLineOfId = new HashMap<>();
        private List<String> columns;
        private int pathColumn = -1;

        Parse(Path seedsDir, Path indexFile) {
            this.seedsDir = seedsDir;
            this.indexFile = indexFile;
        }

        SeedIndex run(String text) throws InvalidIndexException {
            int lineNo = 0;
            int pos = 0;
            int n = text.length();
            while (pos < n) {
                int end = pos;
                while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                lineNo++;
                line(lineNo, text.substring(pos, end));
                if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                    end++;
                }
                pos = end + 1;
            }
            return new SeedIndex(seedsDir, entries, rejects, columns == null ? List.of(PATH) : columns);
        }

        private void line(int lineNo, String raw) throws InvalidIndexException {
            String stripped = raw.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                return;
            }
            if (columns == null) {
                if (isHeader(lineNo, raw, stripped)) {
                    header(lineNo, raw);
                    return;
                }
                columns = List.of(PATH);
            }
            if (pathColumn < 0) {
                plainRow(lineNo, stripped);
            } else {
                tabularRow(lineNo, raw);
            }
        }

        private boolean isHeader(int lineNo, String raw, String stripped) throws InvalidIndexException {
            if (raw.indexOf('\t') >= 0 || stripped.equalsIgnoreCase(PATH)) {
                return true;
            }
            String[] words = WHITESPACE.split(stripped);
            if (words.length > 1 && words[0].equalsIgnoreCase(PATH)
                    && KNOWN.contains(words[1].toLowerCase(Locale.ROOT))) {
                throw new InvalidIndexException(indexFile, lineNo,
                        "header columns must be separated by TAB characters, not spaces");
            }
            return false;
        }

        private void header(int lineNo, String raw) throws InvalidIndexException {
            String[] cells = raw.split("\t", -1);
            int count = cells.length;
            while (count > 1 && cells[count - 1].isBlank()) {
                count--; // trailing TABs
            }
            List<String> names = new ArrayList<>(count);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < count; i++) {
                String name = cells[i].strip();
                if (name.isEmpty()) {
                    name = "column_" + (i + 1);
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (KNOWN.contains(lower)) {
                    name = lower;
                }
                if (!seen.add(lower)) {
                    throw new InvalidIndexException(indexFile, lineNo, "column '" + name + "' appears twice in the header");
                }
                names.add(name);
            }
            pathColumn = names.indexOf(PATH);
            if (pathColumn < 0) {
                throw new InvalidIndexException(indexFile, lineNo, "the first line has TAB-separated cells but no 'path'"
                        + " column; a tabular INDEX starts with a header such as 'path<TAB>doc_id<TAB>published'");
            }
            columns = List.copyOf(names);
        }

        private void plainRow(int lineNo, String path) {
            String docId = defaultDocId(path);
            add(new IndexEntry(lineNo, path, docId, null, null, null, DEFAULT_LANGUAGE, Map.of()), true);
        }

        private void tabularRow(int lineNo, String raw) {
            String[] cells = raw.split("\t", -1);
            int nonEmptyCells = cells.length;
            while (nonEmptyCells > 0 && cells[nonEmptyCells - 1].isBlank()) {
                nonEmptyCells--;
            }
            String path = cell(cells, pathColumn);
            String docIdCell = cell(cells, columns.indexOf(DOC_ID));
            String docId = docIdCell != null ? docIdCell : path == null ? null : defaultDocId(path);
            if (nonEmptyCells > columns.size()) {
                rejects.add(new Reject(docId, path, lineNo, RejectReason.BAD_INDEX_ROW, "line " + lineNo + ": "
                        + nonEmptyCells + " cells but the header has " + columns.size()
                        + " columns (a TAB inside a value?)"));
                return;
            }
            if (path == null) {
                rejects.add(new Reject(docId, null, lineNo, RejectReason.BAD_INDEX_ROW,
                        "line " + lineNo + ": the path cell is empty"));
                return;
            }
            String publishedCell = cell(cells, columns.indexOf(PUBLISHED));
            LocalDate published = null;
            if (publishedCell != null) {
                published = PublishedDate.parse(publishedCell);
                if (published == null) {
                    rejects.add(new Reject(docId, path, lineNo, RejectReason.BAD_INDEX_ROW, "line " + lineNo
                            + ": published value '" + publishedCell + "' is not an ISO date or date-time"
                            + " (e.g. 2025-11-20 or 2025-11-20T08:15:00+01:00)"));
                    return;
                }
            }
            String language = cell(cells, columns.indexOf(LANGUAGE));
            Map<String, String> metadata = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                String value = cell(cells, i);
                if (value != null && !KNOWN.contains(columns.get(i))) {
                    metadata.put(columns.get(i), value);
                }
            }
            add(new IndexEntry(lineNo, path, docId, published, cell(cells, columns.indexOf(URL)),
                    cell(cells, columns.indexOf(TITLE)), language == null ? DEFAULT_LANGUAGE : language,
                    metadata.isEmpty() ? Map.of() : Collections.unmodifiableMap(metadata)), docIdCell == null);
        }

        private void add(IndexEntry entry, boolean derivedId) {
            if (pathColumn < 0 && entry.path().indexOf('\t') >= 0) {
                rejects.add(new Reject(entry.docId(), entry.path(), entry.lineNo(), RejectReason.BAD_INDEX_ROW,
                        "line " + entry.lineNo() + ": TAB in a plain INDEX line; to use columns, start INDEX with a"
                                + " header line 'path<TAB>...'"));
                return;
            }
            Integer first = firstLineOfId.putIfAbsent(entry.docId(), entry.lineNo());
            if (first != null) {
                rejects.add(new Reject(entry.docId(), entry.path(), entry.lineNo(), RejectReason.DUPLICATE_ID,
                        "doc_id " + entry.docId() + " already used on line " + first
                                + (derivedId ? " (doc_id taken from the file name; give the rows their own doc_id)" : "")));
                return;
            }
            entries.add(entry);
        }

        /** Trimmed cell value, {@code null} if the column is absent, the row too short or the cell empty. */
        private static String cell(String[] cells, int column) {
            if (column < 0 || column >= cells.length) {
                return null;
            }
            String value = cells[column].strip();
            return value.isEmpty() ? null : value;
        }
    }
}
