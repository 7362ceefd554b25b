package de.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndexParserTest {

    @TempDir
    Path seeds;

    @Test
    void plainFormListsOnePathPerLine() throws Exception {
        SeedIndex index = parse("a.txt\n  sub/b.txt  \n");
        assertThat(index.entries()).containsExactly(
                new IndexEntry(1, "a.txt", "a", null, null, null, "de", Map.of()),
                new IndexEntry(2, "sub/b.txt", "b", null, null, null, "de", Map.of()));
        assertThat(index.columns()).containsExactly("path");
        assertThat(index.rejects()).isEmpty();
        assertThat(index.seedsDir()).isEqualTo(seeds);
    }

    @Test
    void commentsAndBlankLinesAreSkippedButCounted() throws Exception {
        assertThat(lines(parse("# list\n\n   \n  # indented comment\r\na.txt\r\n\rb.txt"))).isEqualTo("5:a 7:b");
    }

    @Test
    void byteOrderMarkInIndexIsSkipped() throws Exception {
        Files.write(seeds.resolve("INDEX"), bytes("\uFEFFpath\tdoc_id\na.txt\tx\n"));
        SeedIndex index = IndexParser.parse(seeds);
        assertThat(index.columns()).containsExactly("path", "doc_id");
        assertThat(lines(index)).isEqualTo("2:x");
    }

    @Test
    void tabularFormReadsKnownColumns() throws Exception {
        SeedIndex index = parse("# header next\npath\tdoc_id\tpublished\turl\ttitle\tlanguage\n"
                + "a.txt\tdoc-1\t2025-11-20\thttps://example.org/a\tEin Titel\ten\n");
        assertThat(index.entries()).containsExactly(new IndexEntry(3, "a.txt", "doc-1", LocalDate.of(2025, 11, 20),
                "https://example.org/a", "Ein Titel", "en", Map.of()));
    }

    @Test
    void shortRowsAndEmptyCellsAreMissingValues() throws Exception {
        SeedIndex index = parse("path\tdoc_id\tpublished\ttitle\tlanguage\na.txt\n b.txt \t\t \t\t\n");
        assertThat(index.entries()).containsExactly(
                new IndexEntry(2, "a.txt", "a", null, null, null, "de", Map.of()),
                new IndexEntry(3, "b.txt", "b", null, null, null, "de", Map.of()));
        assertThat(index.rejects()).isEmpty();
    }

    @Test
    void headerNamesIgnoreCaseAndUnknownColumnsBecomeMetadataInHeaderOrder() throws Exception {
        SeedIndex index = parse("Path\tSource\tDOC_ID\tRessort\t\n"
                + "a.txt\tdpa\tx\tPolitik\n"
                + "b.txt\t\ty\tSport\n");
        assertThat(index.columns()).containsExactly("path", "Source", "doc_id", "Ressort");
        assertThat(index.entries().get(0).metadata()).containsExactly(Map.entry("Source", "dpa"),
                Map.entry("Ressort", "Politik"));
        assertThat(index.entries().get(1).metadata()).containsExactly(Map.entry("Ressort", "Sport"));
    }

    @Test
    void pathColumnNeedNotBeFirst() throws Exception {
        assertThat(lines(parse("doc_id\tpath\nx\ta.txt\n"))).isEqualTo("2:x");
    }

    @Test
    void headerAloneMeansNoDocuments() throws Exception {
        SeedIndex index = parse("path\n");
        assertThat(index.entries()).isEmpty();
        assertThat(index.columns()).containsExactly("path");
    }

    @Test
    void emptyIndexMeansNoDocuments() throws Exception {
        assertThat(parse("").entries()).isEmpty();
    }

    @Test
    void duplicateIdsKeepTheFirstRow() throws Exception {
        SeedIndex index = parse("path\tdoc_id\na.txt\tx\nb.txt\tx\nc.txt\ty\n");
        assertThat(lines(index)).isEqualTo("2:x 4:y");
        assertThat(index.rejects()).containsExactly(
                new Reject("x", "b.txt", 3, RejectReason.DUPLICATE_ID, "doc_id x already used on line 2"));
    }

    @Test
    void duplicateIdsFromFileNamesSayWhereTheIdComesFrom() throws Exception {
        SeedIndex index = parse("a/report.txt\nb/report.txt\n");
        assertThat(lines(index)).isEqualTo("1:report");
        assertThat(index.rejects().get(0).detail()).startsWith("doc_id report already used on line 1 (doc_id taken");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-11-20                    | 2025-11-20",
            "2025-11-20T08:15:00           | 2025-11-20",
            "2025-11-20T08:15              | 2025-11-20",
            "2025-11-20T08:15:00+01:00     | 2025-11-20",
            "2025-11-20T23:30:00-05:00     | 2025-11-20",
            "2025-11-20T08:15:00.123Z      | 2025-11-20",
            "2025-11-20 08:15              | 2025-11-20",
            "2025-11-20 08:15:30 +0100     | 2025-11-20",
            "2024-02-29                    | 2024-02-29",
    })
    void publishedAcceptsIsoDatesAndDateTimes(String value, LocalDate expected) throws Exception {
        assertThat(parse("path\tpublished\na.txt\t" + value + "\n").entries().get(0).published()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"20.11.2025", "2025-02-30", "2025-11-20T25:00", "2025-11-20T08:15+19:00", "gestern", "2025-11"})
    void badPublishedValueRejectsTheRowNamingLineAndValue(String value) throws Exception {
        SeedIndex index = parse("path\tpublished\nok.txt\t2025-11-20\nbad.txt\t" + value + "\n");
        assertThat(lines(index)).isEqualTo("2:ok");
        Reject reject = index.rejects().get(0);
        assertThat(reject).extracting(Reject::docId, Reject::path, Reject::indexLine, Reject::reason)
                .containsExactly("bad", "bad.txt", 3, RejectReason.BAD_INDEX_ROW);
        assertThat(reject.detail()).startsWith("line 3: published value '" + value + "' is not an ISO date");
    }

    @Test
    void rowWithMoreCellsThanTheHeaderIsRejected() throws Exception {
        SeedIndex index = parse("path\ttitle\na.txt\tEin\tTitel\nb.txt\tZwei\t\t\n");
        assertThat(lines(index)).isEqualTo("3:b");
        assertThat(index.rejects()).extracting(Reject::reason, Reject::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RejectReason.BAD_INDEX_ROW,
                        "line 2: 3 cells but the header has 2 columns (a TAB inside a value?)"));
    }

    @Test
    void rowWithoutPathIsRejected() throws Exception {
        SeedIndex index = parse("path\tdoc_id\n\tx\n");
        assertThat(index.rejects()).containsExactly(
                new Reject("x", null, 2, RejectReason.BAD_INDEX_ROW, "line 2: the path cell is empty"));
    }

    @Test
    void tabInPlainFormIsRejected() throws Exception {
        SeedIndex index = parse("a.txt\nb.txt\tx\n");
        assertThat(lines(index)).isEqualTo("1:a");
        assertThat(index.rejects().get(0).reason()).isEqualTo(RejectReason.BAD_INDEX_ROW);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a.txt                | a",
            "dir/sub/report.v2.txt| report.v2",
            "dir\\\\file.txt      | file",
            ".hidden              | .hidden",
            "noext                | noext",
    })
    void defaultDocIdIsTheFileNameWithoutExtension(String path, String docId) {
        assertThat(IndexParser.defaultDocId(path)).isEqualTo(docId);
    }

    @Test
    void missingIndexFailsNamingTheFile() {
        assertThatThrownBy(() -> IndexParser.parse(seeds)).isInstanceOf(InvalidIndexException.class)
                .hasMessage(seeds.resolve("INDEX") + ": file not found (the seeds folder must hold an INDEX)");
    }

    @Test
    void missingSeedsFolderFails() {
        assertThatThrownBy(() -> IndexParser.parse(seeds.resolve("nope"))).isInstanceOf(InvalidIndexException.class)
                .hasMessageContaining("INDEX: the seeds folder does not exist");
    }

    @Test
    void indexThatIsADirectoryFails() throws IOException {
        Files.createDirectory(seeds.resolve("INDEX"));
        assertThatThrownBy(() -> IndexParser.parse(seeds)).hasMessageEndingWith("INDEX: is a directory, not a file");
    }

    @Test
    void nonUtf8IndexFailsNamingTheLine() throws IOException {
        Files.write(seeds.resolve("INDEX"), new byte[] {'a', '\n', '#', '\n', (byte) 0xE4, '.', 't', 'x', 't'});
        assertThatThrownBy(() -> IndexParser.parse(seeds))
                .isInstanceOfSatisfying(InvalidIndexException.class, e -> assertThat(e.lineNo()).isEqualTo(3))
                .hasMessage(seeds.resolve("INDEX") + ": line 3: not valid UTF-8 (byte 0xE4 at offset 4);"
                        + " save INDEX as UTF-8");
    }

    @Test
    void utf16IndexFails() throws IOException {
        Files.write(seeds.resolve("INDEX"), "\uFEFFa.txt".getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> IndexParser.parse(seeds)).hasMessageEndingWith("INDEX: is UTF-16 encoded; save it as UTF-8");
    }

    @Test
    void tabularHeaderWithoutPathFails() throws IOException {
        Files.writeString(seeds.resolve("INDEX"), "# c\ndoc_id\ttitle\nx\ty\n");
        assertThatThrownBy(() -> IndexParser.parse(seeds))
                .isInstanceOfSatisfying(InvalidIndexException.class, e -> assertThat(e.lineNo()).isEqualTo(2))
                .hasMessageStartingWith(seeds.resolve("INDEX") + ": line 2: the first line has TAB-separated cells"
                        + " but no 'path' column");
    }

    @Test
    void headerSeparatedBySpacesFails() throws IOException {
        Files.writeString(seeds.resolve("INDEX"), "path  doc_id  published\n");
        assertThatThrownBy(() -> IndexParser.parse(seeds))
                .hasMessageEndingWith("line 1: header columns must be separated by TAB characters, not spaces");
    }

    @Test
    void duplicateHeaderColumnFails() throws IOException {
        Files.writeString(seeds.resolve("INDEX"), "path\ttitle\tTitle\n");
        assertThatThrownBy(() -> IndexParser.parse(seeds)).hasMessageEndingWith("line 1: column 'title' appears twice in the header");
    }

    @Test
    void messagesAreOneLine() throws IOException {
        Files.writeString(seeds.resolve("INDEX"), "doc_id\ttitle\n");
        assertThatThrownBy(() -> IndexParser.parse(seeds)).message().doesNotContain("\n");
    }

    @Test
    void randomIndexContentParsesOrFailsCleanly() throws IOException {
        Random random = new Random(11);
        String alphabet = "ab./\\\t\n\r# äpath_doc_idpublished2025-11-20T:+\uFEFF";
        for (int round = 0; round < 2_000; round++) {
            byte[] bytes;
            if (round % 2 == 0) {
                bytes = new byte[random.nextInt(80)];
                random.nextBytes(bytes);
            } else {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(80); i > 0; i--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                bytes = bytes(text.toString());
            }
            Files.write(seeds.resolve("INDEX"), bytes);
            try {
                SeedIndex index = IndexParser.parse(seeds);
                assertThat(index.entries().size() + index.rejects().size()).isGreaterThanOrEqualTo(0);
            } catch (InvalidIndexException e) {
                assertThat(e.getMessage()).startsWith(seeds.resolve("INDEX").toString()).doesNotContain("\n");
            }
        }
    }

    private SeedIndex parse(String content) throws IOException, InvalidIndexException {
        Files.write(seeds.resolve("INDEX"), bytes(content));
        return IndexParser.parse(seeds);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** "line:docId" of every entry, space separated. */
    private static String lines(SeedIndex index) {
        return index.entries().stream().map(e -> e.lineNo() + ":" + e.docId()).collect(Collectors.joining(" "));
    }
}
