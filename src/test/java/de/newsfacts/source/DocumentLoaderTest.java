package de.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentLoaderTest {

    private static final String GERMAN = "Größere Änderungen für Bürger: „Das ist gut“, sagte er – 5 € Maß.\n";

    @TempDir
    Path root;
    Path seeds;
    DocumentLoader loader;

    @BeforeEach
    void setUp() throws IOException {
        seeds = Files.createDirectory(root.resolve("seeds"));
        Files.writeString(root.resolve("outside.txt"), "secret text");
        loader = new DocumentLoader(seeds, 1_000);
    }

    @Test
    void loadsUtf8TextWithSizeAndHash() throws IOException {
        write("a.txt", GERMAN.getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = loaded("a.txt");
        assertThat(doc.text()).isEqualTo(GERMAN);
        assertThat(doc.encoding()).isEqualTo("UTF-8");
        assertThat(doc.bytes()).isEqualTo(GERMAN.getBytes(StandardCharsets.UTF_8).length);
        assertThat(doc.entry()).isEqualTo(entry("a.txt"));
    }

    @Test
    void sha256IsOfTheRawBytes() throws IOException {
        write("abc.txt", "abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(loaded("abc.txt").sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    /** file bytes (hex) -> encoding and text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "efbbbfc3a4 0a           | UTF-8-BOM    | 'ä\n'",
            "c3a4c3b6c3bcc39f        | UTF-8        | äöüß",
            "e4f6fcdf808493          | windows-1252 | äöüß€„“",
            "fffee400df00            | UTF-16LE     | äß",
            "feff00e400df            | UTF-16BE     | äß",
            "48616c6c6f0d0a          | UTF-8        | 'Hallo\r\n'",
    })
    void decodesEveryKnownEncoding(String hex, String encoding, String text) throws IOException {
        write("doc.txt", HexFormat.of().parseHex(hex.replace(" ", "")));
        SourceDocument doc = loaded("doc.txt");
        assertThat(doc.encoding()).isEqualTo(encoding);
        assertThat(doc.text()).isEqualTo(text);
    }

    @Test
    void windows1252FileWithGermanTextIsDecodedCorrectly() throws IOException {
        write("alt.txt", "Äußerst schön: „Grüße“ für 5 €".getBytes(Charset.forName("windows-1252")));
        assertThat(loaded("alt.txt")).extracting(SourceDocument::text, SourceDocument::encoding)
                .containsExactly("Äußerst schön: „Grüße“ für 5 €", "windows-1252");
    }

    @Test
    void utf16TextIsNotMistakenForBinary() throws IOException {
        write("u16.txt", ("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_16LE));
        assertThat(loaded("u16.txt").text()).isEqualTo(GERMAN);
    }

    @Test
    void fewControlCharactersAreStillText() throws IOException {
        write("ctl.txt", "Zeile eins\u0001 mit\u001B Steuerzeichen\f und noch mehr Text dahinter.\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(loaded("ctl.txt").text()).contains("Steuerzeichen");
    }

    @Test
    void subfolderAndDotSegmentsInsideTheFolderAreFine() throws IOException {
        Files.createDirectory(seeds.resolve("sub"));
        write("sub/a.txt", "Hallo".getBytes(StandardCharsets.UTF_8));
        assertThat(loaded("sub/../sub/./a.txt").text()).isEqualTo("Hallo");
        assertThat(loaded("sub\\a.txt").text()).isEqualTo("Hallo");
    }

    /** INDEX path -> reason and the start of the detail. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "missing.txt         | MISSING       | missing.txt: file not found in the seeds folder",
            "../outside.txt      | OUTSIDE_SEEDS | ../outside.txt: path leaves the seeds folder via '..'",
            "sub/../../x.txt     | OUTSIDE_SEEDS | sub/../../x.txt: path leaves the seeds folder via '..'",
            "/etc/passwd         | OUTSIDE_SEEDS | /etc/passwd: absolute paths are not allowed",
            "C:\\\\data\\\\a.txt | OUTSIDE_SEEDS | C:\\\\data\\\\a.txt: absolute paths are not allowed",
            "dir                 | NOT_A_FILE    | dir: is a directory, not a file",
            ".                   | NOT_A_FILE    | .: is a directory, not a file",
            "empty.txt           | EMPTY         | empty.txt: file is empty (0 bytes)",
            "blank.txt           | EMPTY         | blank.txt: file holds only whitespace",
            "big.txt             | TOO_LARGE     | big.txt: file has 1001 bytes, more than the limit of 1000 bytes",
            "image.txt           | BINARY        | image.txt: binary file: starts like a PNG image",
            "nul.txt             | BINARY        | nul.txt: binary file: NUL byte at offset 5",
            "noise.txt           | BINARY        | noise.txt: binary file: 20 of the first 100 bytes are control",
            "bad16.txt           | UNDECODABLE   | bad16.txt: byte-order mark says UTF-16LE but",
    })
    void rejectsBadFilesNamingThePath(String path, RejectReason reason, String detailStart) throws IOException {
        Files.createDirectory(seeds.resolve("dir"));
        write("empty.txt", new byte[0]);
        write("blank.txt", " \n\t\r\n\u00A0\u200B\uFEFF ".getBytes(StandardCharsets.UTF_8));
        write("big.txt", "x".repeat(1001).getBytes(StandardCharsets.UTF_8));
        write("image.txt", HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452"));
        write("nul.txt", "Hallo\0Welt".getBytes(StandardCharsets.UTF_8));
        write("noise.txt", ("\u0001".repeat(20) + "x".repeat(80)).getBytes(StandardCharsets.UTF_8));
        write("bad16.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'});
        Reject reject = rejected(path);
        assertThat(reject.reason()).isEqualTo(reason);
        assertThat(reject.detail()).startsWith(detailStart);
        assertThat(reject).extracting(Reject::docId, Reject::path, Reject::indexLine)
                .containsExactly("id", path, 7);
    }

    @ParameterizedTest
    @CsvSource({"ffd8ffe000104a464946", "474946383961", "255044462d312e34", "504b030414000000", "1f8b0800"})
    void knownMagicNumbersAreBinary(String hex) throws IOException {
        write("file.txt", HexFormat.of().parseHex(hex + "41424344"));
        assertThat(rejected("file.txt").reason()).isEqualTo(RejectReason.BINARY);
    }

    @Test
    void symlinkOutOfTheFolderIsRejected() throws IOException {
        symlink("link.txt", root.resolve("outside.txt"));
        Reject reject = rejected("link.txt");
        assertThat(reject.reason()).isEqualTo(RejectReason.OUTSIDE_SEEDS);
        assertThat(reject.detail()).startsWith("link.txt: symlink leads out of the seeds folder");
    }

    @Test
    void symlinkedFolderOutOfTheSeedsIsRejected() throws IOException {
        symlink("elsewhere", root);
        assertThat(rejected("elsewhere/outside.txt").reason()).isEqualTo(RejectReason.OUTSIDE_SEEDS);
    }

    @Test
    void symlinkInsideTheFolderIsFollowed() throws IOException {
        write("real.txt", "Hallo".getBytes(StandardCharsets.UTF_8));
        symlink("alias.txt", seeds.resolve("real.txt"));
        assertThat(loaded("alias.txt").text()).isEqualTo("Hallo");
    }

    @Test
    void seedsFolderReachedThroughASymlinkStillWorks() throws IOException {
        write("a.txt", "Hallo".getBytes(StandardCharsets.UTF_8));
        Path alias = root.resolve("seeds-alias");
        try {
            Files.createSymbolicLink(alias, seeds);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symlinks not supported here").isTrue();
        }
        assertThat(new DocumentLoader(alias, 1000).load(entry("a.txt"))).isInstanceOf(LoadResult.Loaded.class);
    }

    @Test
    void danglingSymlinkIsMissing() throws IOException {
        symlink("dangling.txt", seeds.resolve("gone.txt"));
        assertThat(rejected("dangling.txt").reason()).isEqualTo(RejectReason.MISSING);
    }

    @Test
    void randomFilesNeverThrow() throws IOException {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = new byte[random.nextInt(1_200)];
            random.nextBytes(bytes);
            if (round % 3 == 0) {
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (bytes[i] == 0 ? ' ' : bytes[i]); // fewer NULs, more decoding paths
                }
            }
            write("r.txt", bytes);
            assertThat(loader.load(entry("r.txt"))).isNotNull();
        }
    }

    @Test
    void invalidPathCharactersAreABadRow() {
        assertThat(rejected("a\0b.txt").reason()).isEqualTo(RejectReason.BAD_INDEX_ROW);
    }

    @Test
    void bytesTheCallerAlreadyKnowsAreNeitherCheckedNorDecodedAgain() throws IOException {
        write("a.txt", "Grüße aus Wien".getBytes(StandardCharsets.UTF_8));
        String sha = ((LoadResult.Loaded) loader.load(entry("a.txt"))).document().sha256();
        LoadResult known = loader.load(entry("a.txt"), sha::equals);
        assertThat(known).isEqualTo(new LoadResult.Unchanged(entry("a.txt"), 16, sha));
        assertThat(loader.load(entry("a.txt"), other -> false)).isInstanceOf(LoadResult.Loaded.class);
        // the path checks come first: a missing file is a reject whatever the caller knows
        assertThat(loader.load(entry("gone.txt"), any -> true)).isInstanceOf(LoadResult.Rejected.class);
    }

    private void write(String path, byte[] bytes) throws IOException {
        Files.write(seeds.resolve(path), bytes);
    }

    private void symlink(String link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(seeds.resolve(link), target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(false).as("symlinks not supported here: " + e).isTrue();
        }
    }

    private static IndexEntry entry(String path) {
        return new IndexEntry(7, path, "id", null, null, null, "de", Map.of());
    }

    private SourceDocument loaded(String path) {
        LoadResult result = loader.load(entry(path));
        assertThat(result).isInstanceOf(LoadResult.Loaded.class);
        return ((LoadResult.Loaded) result).document();
    }

    private Reject rejected(String path) {
        LoadResult result = loader.load(entry(path));
        assertThat(result).isInstanceOf(LoadResult.Rejected.class);
        return ((LoadResult.Rejected) result).reject();
    }
}
