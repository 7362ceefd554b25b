package de.newsfacts.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {

    private final MojibakeRepair stage = new MojibakeRepair();

    static Stream<Arguments> repaired() {
        return Stream.of(
                arguments("zurÃ¼ck", "zurück"),
                arguments("GrÃ¶ÃŸe", "Größe"),
                arguments("â€žZitatâ€œ", "„Zitat“"),
                arguments("Ost â€“ West", "Ost – West"),
                arguments("Ã„rger", "Ärger"),
                arguments("StraÃŸe", "Straße"),
                arguments("Ãœbersicht", "Übersicht"),
                arguments("Ã–sterreich", "Österreich"),
                arguments("CafÃ©", "Café"),
                arguments("und dannâ€¦", "und dann…"),
                arguments("5 â‚¬", "5 €"),
                arguments("20 Â°C", "20 °C"),
                arguments("10Â\u00A0km", "10\u00A0km"),
                arguments("GeÂ\u00ADfangene", "Ge\u00ADfangene"),
                arguments("ï»¿Text", "\uFEFFText"),
                // ISO-8859-1 decoding turns 0x80-0x9F into C1 controls
                arguments("StraÃ\u009Fe", "Straße"),
                arguments("â\u0080\u009EJaâ\u0080\u009C", "„Ja“"),
                // undefined Windows-1252 bytes 0x81 0x8D 0x8F 0x90 0x9D arrive as C1 controls
                arguments("Ã\u0081lvaro", "Álvaro"),
                arguments("Ã\u008Dcaro", "Ícaro"),
                // Central/Eastern European names: lead chars that are ordinary letters repair inside words
                arguments("WaÅ‚Ä™sa", "Wałęsa"),
                arguments("ÄŒapek", "Čapek"),
                arguments("ErdoÄŸan", "Erdoğan"),
                arguments("ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет"),
                arguments("ðŸ˜€", "😀"),
                // correct and broken text mixed in one string
                arguments("für zurÃ¼ck", "für zurück"),
                // double-encoded twice: repaired round by round
                arguments("zurÃƒÂ¼ck", "zurück"),
                arguments("Ã¢â‚¬Å¾missbrauchtÃ¢â‚¬Å“, sagte", "„missbraucht“, sagte"),
                arguments("Ãƒâ€°ve und ÃƒËœivind", "Éve und Øivind"),
                arguments("ÅžÉ™ki", "Şəki"),
                arguments("Cáº§n ThÆ¡", "Cần Thơ"));
    }

    @ParameterizedTest
    @MethodSource("repaired")
    void repairsDoubleEncodedUtf8(String input, String expected) {
        assertThat(stage.apply(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Größe und Übermaß, Ärger in Österreich",
        "São Paulo",
        "SÃO PAULO",
        "JOÃO",
        "SPÖ–ÖVP",          // Ö– would decode to Hebrew U+0596
        "„Ä“ und „Fuß“",    // Ä“ would be ē, ß“ NKo
        "„ÜBER“ – „Ö“",
        "CAFÉ–BAR",
        "Café’s",
        "Ã bientôt",        // Ã + plain space: information lost, no guess
        "Ã\uFFFD",
        "Ã",
        "Â",
        "Ärzte • Ämter",
        "½ Liter, 20 °C, 5 €",
        "",
    })
    void leavesCorrectTextUntouched(String text) {
        assertThat(stage.apply(text)).isSameAs(text);
    }

    @Test
    void repairsEveryLatinOneLetterWhateverTheWrongDecoder() {
        for (char c = 0xA0; c <= 0xFF; c++) {
            String original = "x" + c + "y";
            byte[] utf8 = original.getBytes(StandardCharsets.UTF_8);
            String viaCp1252 = new String(utf8, Charset.forName("windows-1252"));
            String viaLatin1 = new String(utf8, StandardCharsets.ISO_8859_1);
            if (viaCp1252.indexOf('\uFFFD') < 0) { // Java maps the 5 undefined bytes to U+FFFD: lost
                assertThat(stage.apply(viaCp1252)).as("cp1252 U+%04X", (int) c).isEqualTo(original);
            }
            assertThat(stage.apply(viaLatin1)).as("latin1 U+%04X", (int) c).isEqualTo(original);
        }
    }

    /** Every 10kGNAD article, double-encoded once and twice, comes back exactly (unless a byte was lost). */
    @Test
    void repairsDoubleEncodedCorpusArticles() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        int checked = 0;
        for (String article : SharedData.tenKGnadArticles()) {
            String once = new String(article.getBytes(StandardCharsets.UTF_8), cp1252);
            String twice = new String(once.getBytes(StandardCharsets.UTF_8), cp1252);
            if (once.indexOf('\uFFFD') >= 0 || twice.indexOf('\uFFFD') >= 0) {
                continue; // Java decodes the 5 undefined cp1252 bytes to U+FFFD: not repairable
            }
            assertThat(stage.apply(article) == article).as("clean article untouched: %s",
                    firstDifference(article, stage.apply(article))).isTrue();
            assertThat(stage.apply(once).equals(article)).as("once: %s",
                    firstDifference(article, stage.apply(once))).isTrue();
            assertThat(stage.apply(twice).equals(article)).as("twice: %s",
                    firstDifference(article, stage.apply(twice))).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(1000);
    }

    /** Short context around the first difference, so a failure does not print whole articles. */
    static String firstDifference(String expected, String actual) {
        int i = 0;
        while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 30);
        return "expected ..." + expected.substring(from, Math.min(expected.length(), i + 30))
                + "... but was ..." + actual.substring(from, Math.min(actual.length(), i + 30)) + "...";
    }

    @Test
    void repairsGermanTypographyRoundTrip() {
        String original = "„Wir gehen zurück“, sagte sie – 14,5 % für Größe… ‚ja‘ » « € ™";
        String broken = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertThat(stage.apply(broken)).isEqualTo(original);
    }
}
