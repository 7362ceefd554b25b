package de.newsfacts.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String GERMAN = "Größere Änderungen für Bürger: „Das ist gut“, sagte er – 5 € Maß";

    /** bytes as hex -> decoded text, encoding. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                       | ''           | UTF-8",
            "48616c6c6f               | Hallo        | UTF-8",
            "efbbbf48616c6c6f         | Hallo        | UTF-8-BOM",
            "efbbbf                   | ''           | UTF-8-BOM",
            "c3a4c3b6c3bcc39f         | äöüß         | UTF-8",
            "e4f6fcdf                 | äöüß         | windows-1252",
            "80848893                 | €„ˆ“         | windows-1252",
            "fffe480061006c006c006f00 | Hallo        | UTF-16LE",
            "feff00480061006c006c006f | Hallo        | UTF-16BE",
            "fffee400                 | ä            | UTF-16LE",
            "efbbbfe4                 | ä            | windows-1252",
            "c0af                     | À¯           | windows-1252",
            "eda080                   | í\u00a0€     | windows-1252",
            "f4908080                 | ô\u0090€€    | windows-1252",
            "f09f9880                 | \uD83D\uDE00 | UTF-8",
    })
    void decodes(String hex, String text, String encoding) {
        TextDecoder.Decoded decoded = TextDecoder.decode(HexFormat.of().parseHex(hex));
        assertThat(decoded).isEqualTo(new TextDecoder.Decoded(text, encoding));
    }

    @Test
    void windows1252GermanTextIsDecodedCorrectly() {
        assertThat(TextDecoder.decode("äöüßÄÖÜ €„“".getBytes(CP1252)))
                .isEqualTo(new TextDecoder.Decoded("äöüßÄÖÜ €„“", "windows-1252"));
    }

    @Test
    void germanUtf8IsNotMistakenForWindows1252() {
        assertThat(TextDecoder.decode(GERMAN.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new TextDecoder.Decoded(GERMAN, "UTF-8"));
    }

    @Test
    void bytesUndefinedInWindows1252KeepTheirIso88591Meaning() {
        assertThat(TextDecoder.decode(new byte[] {(byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D})
                .text()).isEqualTo("\u0081\u008D\u008F\u0090\u009D");
    }

    @Test
    void utf16WithOddLengthIsUndecodable() {
        TextDecoder.Decoded decoded = TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i'});
        assertThat(decoded.isDecodable()).isFalse();
        assertThat(decoded.encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void utf16WithLoneSurrogateIsUndecodable() {
        assertThat(TextDecoder.decode(new byte[] {(byte) 0xFE, (byte) 0xFF, (byte) 0xD8, 0, 0, 'a'}).isDecodable())
                .isFalse();
    }

    @Test
    void nullIsEmptyText() {
        assertThat(TextDecoder.decode(null)).isEqualTo(new TextDecoder.Decoded("", "UTF-8"));
    }

    @Test
    void utf8ValidatorAgreesWithTheJdkOnRandomBytes() {
        Random random = new Random(42);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly high bytes, so that multi-byte sequences of every kind come up
                bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(128) : 0x80 + random.nextInt(128));
            }
            assertThat(TextDecoder.firstInvalidUtf8(bytes, 0, bytes.length) < 0)
                    .as(HexFormat.of().formatHex(bytes)).isEqualTo(jdkSaysValidUtf8(bytes));
        }
    }

    @Test
    void randomBytesNeverThrowAndValidUtf8RoundTrips() {
        Random random = new Random(7);
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
            assertThat(decoded.encoding()).isNotNull();
            if ("UTF-8".equals(decoded.encoding())) {
                assertThat(decoded.text().getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
            }
            if ("windows-1252".equals(decoded.encoding())) {
                assertThat(decoded.text()).hasSizeLessThanOrEqualTo(bytes.length);
            }
        }
    }

    private static boolean jdkSaysValidUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
