package de.newsfacts.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

    private final TextNormalizer normalizer = TextNormalizer.standard();

    @Test
    void standardChainOrder() {
        assertThat(normalizer.stages()).extracting(NormalizationStage::name).containsExactly(
                "HtmlEntityDecoder", "MojibakeRepair", "LineBreakNormalizer", "InvisibleCharRemover",
                "NfcNormalizer", "SpaceNormalizer", "PunctuationNormalizer", "HyphenationJoiner");
    }

    /** One case per ordering reason given in the TextNormalizer Javadoc, plus whole-chain examples. */
    static Stream<Arguments> endToEnd() {
        return Stream.of(
                // entities before mojibake: a reference can spell mojibake
                arguments("zur&Atilde;&frac14;ck", "zurück"),
                arguments("voil&Atilde;&nbsp;", "voilà"),
                // entities before NFC: references to combining marks compose
                arguments("Gr&ouml;&szlig;e a&#776;", "Größe ä"),
                // decoders before line breaks: a reference or mojibake can be CR, NEL, LINE SEPARATOR
                arguments("eins&#13;&#10;zwei", "eins\nzwei"),
                arguments("einsâ€¨zwei", "eins\nzwei"),
                // mojibake before invisible removal: Â­ is a double-encoded soft hyphen
                arguments("GeÂ­fangene", "Gefangene"),
                // line breaks before invisible removal, invisible removal before hyphenation
                arguments("Ge-&shy;\r\nfangene", "Gefangene"),
                arguments("Ge\u00AD\r\nfangene", "Gefangene"),
                // invisible removal before NFC: a zero-width char between letter and mark
                arguments("a\u200B\u0308", "ä"),
                // NFC before spaces: EN QUAD becomes EN SPACE, then a plain space
                arguments("a\u2000b", "a b"),
                // spaces before punctuation: a spaced ellipsis with odd spaces
                arguments("Und\u00A0.\u00A0.\u00A0.", "Und …"),
                // punctuation before hyphenation: U+2010 HYPHEN at a line end
                arguments("Verhand\u2010\nlungen", "Verhandlungen"),
                arguments("Ge-  \r\n  fangene", "Gefangene"),
                // whole chain on a small dirty document
                arguments("\uFEFF  Titel\r\n\r\n\r\n&bdquo;Wir gehen nicht zur&uuml;ck&ldquo;, sagte er&nbsp;...  \r\n"
                        + "Die US-\r\nMedien berichten &uuml;ber die Verhand-\r\nlungen.\r\n\r\n",
                        "Titel\n\n„Wir gehen nicht zurück“, sagte er …\n"
                        + "Die US-Medien berichten über die Verhandlungen."),
                arguments("", ""),
                arguments(" \n\t\r\n \u00A0 ", ""));
    }

    @ParameterizedTest
    @MethodSource("endToEnd")
    void normalizes(String raw, String expected) {
        String normalized = normalizer.normalize(raw);
        assertThat(normalized).isEqualTo(expected);
        assertThat(normalizer.normalize(normalized)).isSameAs(normalized);
    }

    @Test
    void laterStagesCannotLeaveWorkForEarlierOnes() {
        // removing the soft hyphen completes an entity; turning "..." into "…" completes mojibake of Å
        assertThat(normalizer.normalize("R&am\u00ADp;D")).isEqualTo("R&D");
        assertThat(normalizer.normalize("xÃ...")).isEqualTo("xÅ");
    }

    @Test
    void isIdempotentOnRandomText() {
        Random random = new Random(4711L);
        for (int i = 0; i < 20_000; i++) {
            String raw = RandomText.next(random) + RandomText.next(random);
            String once = normalizer.normalize(raw);
            assertThat(normalizer.normalize(once))
                    .as("idempotent on %s", StageContractTest.escape(raw))
                    .isEqualTo(once);
        }
    }

    @Test
    void normalizedTextIsCleanUtf16WithoutCarriageReturnsOrTrailingBlanks() {
        Random random = new Random(99L);
        for (int i = 0; i < 5_000; i++) {
            String normalized = normalizer.normalize(RandomText.next(random));
            assertThat(normalized).doesNotContain("\r", "\u00AD", "\u200B", "\t", "  ", " \n", "\n ", "\n\n\n");
            assertThat(normalized).doesNotStartWith(" ").doesNotEndWith(" ").doesNotEndWith("\n");
            assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(normalized))
                    .as("encodable as UTF-8: %s", StageContractTest.escape(normalized)).isTrue();
        }
    }

    /** The seed articles are clean UTF-8: normalization may only touch white space. */
    @Test
    void seedArticlesChangeOnlyInWhitespace() throws IOException {
        Path seeds = SharedData.sharedDir().resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "seed folder absent at " + seeds.toAbsolutePath() + ", skipping");
        List<Path> files;
        try (Stream<Path> listing = Files.list(seeds)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no seed .txt files, skipping");
        for (Path file : files) {
            String raw = Files.readString(file, StandardCharsets.UTF_8);
            String normalized = normalizer.normalize(raw);
            assertThat(squashWhitespace(normalized)).as(file.toString()).isEqualTo(squashWhitespace(raw));
            assertThat(normalizer.normalize(normalized)).isSameAs(normalized);
        }
    }

    /**
     * 10kGNAD articles are clean UTF-8 German: no letter or digit may change (a mojibake false positive
     * would), and normalization is idempotent on every article.
     */
    @Test
    void cleanCorpusKeepsEveryLetterAndDigit() throws IOException {
        List<String> articles = SharedData.tenKGnadArticles();
        assertThat(articles).hasSizeGreaterThan(1000);
        for (String raw : articles) {
            String normalized = normalizer.normalize(raw);
            String expected = lettersAndDigits(raw);
            String actual = lettersAndDigits(normalized);
            assertThat(actual.equals(expected)).as(MojibakeRepairTest.firstDifference(expected, actual)).isTrue();
            assertThat(normalizer.normalize(normalized)).isSameAs(normalized);
        }
    }

    private static String squashWhitespace(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String lettersAndDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
