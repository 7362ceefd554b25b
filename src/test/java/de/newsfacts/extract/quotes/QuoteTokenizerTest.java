package de.newsfacts.extract.quotes;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.extract.ExtractorCorpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The hand-written scan gives exactly the tokens of the reference regex {@link #TOKEN}. */
class QuoteTokenizerTest {

    /** The token rules of {@link QuoteTokenizer} as a regex (the reference the scan must equal). */
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}\\p{M}]+(?:(?:[-'’&]|(?<=\\p{Nd})[,:](?=\\p{Nd})|(?<=(?:^|[^\\p{L}\\p{N}])\\p{L})\\.|\\.(?=[\\p{Ll}\\p{N}]))"
                    + "[\\p{L}\\p{N}\\p{M}]+)*|\\S");

    /** Reference tokenizer with {@link #TOKEN}. */
    private static List<Token> tokenizeByRegex(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            String word = text.substring(m.start(), m.end());
            boolean isWord = Character.isLetterOrDigit(text.charAt(m.start()));
            tokens.add(new Token(m.start(), m.end(), word, isWord, isWord ? word.toLowerCase(Locale.ROOT) : word));
        }
        return tokens;
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "„Wir schaffen das“, sagte Merkel.Als sie ging", "US-Beamter O’Keefe 2.800 C.Y. z.B.", "2,2 Prozent 1.234,56 a,1 1,a 1, 2 ,5 5,", "um 15:36 Uhr 2:1 a:1 1:a 1: 2 :5 12:30:45",
            "A.B.C. a.b U.S.-Präsident 3.a x.1 .5 a. .", "Rock&Roll - -a a- a--b ' 'x x'' &&", "Straße\u00a0Nr. 7\u2028neu",
            "e\u0301t\u00e9 \u0301x \u00bd.a \u2167.B 𝐀.b 😀.x a.😀 𝐀𝐁-c", "\t\n\u000b\f\r x\r\ny", "É.A .É. 1.É a.É"})
    void scanEqualsRegex(String text) {
        assertThat(QuoteTokenizer.tokenize(text, 0, text.length()))
                .isEqualTo(tokenizeByRegex(text, 0, text.length()));
    }

    @Test
    void scanEqualsRegexOnRandomText() {
        String alphabet = "aZß9.,-'’&  \n„“\"é\u0301½Ⅷ,:;!?()Ä1x";
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(20); k > 0; k--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String text = b.toString();
            assertThat(QuoteTokenizer.tokenize(text, 0, text.length())).as(text)
                    .isEqualTo(tokenizeByRegex(text, 0, text.length()));
        }
    }

    @Test
    void scanEqualsRegexOnGnadArticles() throws Exception {
        Path corpora = Path.of(System.getProperty("corpora", "../shared/corpora"));
        assumeTrue(Files.isRegularFile(corpora.resolve("10kgnad/test.csv")), "10kGNAD not found under " + corpora);
        List<DocumentContext> docs = ExtractorCorpora.gnadTest(corpora);
        for (DocumentContext d : docs.subList(0, 200)) {
            assertThat(QuoteTokenizer.tokenize(d.text(), 0, d.text().length()))
                    .isEqualTo(tokenizeByRegex(d.text(), 0, d.text().length()));
        }
    }
}
