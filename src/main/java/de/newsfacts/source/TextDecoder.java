package de.newsfacts.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the raw bytes of a text file into a Java string and names the encoding it used.
 *
 * <p>Rules, in this order:
 * <ol>
 *   <li>UTF-8 byte-order mark {@code EF BB BF} and the rest is valid UTF-8: {@code "UTF-8-BOM"}, mark removed.</li>
 *   <li>UTF-16 byte-order mark {@code FF FE} / {@code FE FF}: {@code "UTF-16LE"} / {@code "UTF-16BE"}, mark removed;
 *       an odd byte count or a broken surrogate pair makes the file {@linkplain Decoded#isDecodable() undecodable}
 *       (the only way to be undecodable).</li>
 *   <li>Strict UTF-8 (overlong forms, encoded surrogates and code points above U+10FFFF are invalid):
 *       {@code "UTF-8"}. Pure ASCII is reported as UTF-8.</li>
 *   <li>Anything else is {@code "windows-1252"}; the five bytes that code page leaves undefined
 *       (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the same code points as in ISO-8859-1, so this never fails.
 *       A UTF-8 byte-order mark in front of invalid UTF-8 is decoded this way too (mark removed).</li>
 * </ol>
 * Never throws for any byte array (including {@code null}, treated as empty). Pure, thread-safe.
 */
public final class TextDecoder {

    public static final String UTF_8 = "UTF-8";
    public static final String UTF_8_BOM = "UTF-8-BOM";
    public static final String UTF_16LE = "UTF-16LE";
    public static final String UTF_16BE = "UTF-16BE";
    public static final String WINDOWS_1252 = "windows-1252";

    /** windows-1252 byte -> char; built once from the JDK charset, undefined bytes fall back to ISO-8859-1. */
    private static final char[] CP1252 = buildCp1252Table();

    private TextDecoder() {
    }

    /**
     * The decoded text, or {@code text == null} when the bytes could not be decoded in the detected encoding.
     *
     * @param text     decoded text without byte-order mark, {@code null} if undecodable
     * @param encoding detected encoding (one of the constants of {@link TextDecoder})
     */
    public record Decoded(String text, String encoding) {
        public boolean isDecodable() {
            return text != null;
        }
    }

    public static Decoded decode(byte[] bytes) {
        byte[] b = bytes == null ? new byte[0] : bytes;
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            if (firstInvalidUtf8(b, 3, n) < 0) {
                return new Decoded(new String(b, 3, n - 3, StandardCharsets.UTF_8), UTF_8_BOM);
            }
            return new Decoded(decodeCp1252(b, 3, n), WINDOWS_1252);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(decodeStrict(StandardCharsets.UTF_16LE, b, 2), UTF_16LE);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(decodeStrict(StandardCharsets.UTF_16BE, b, 2), UTF_16BE);
        }
        if (firstInvalidUtf8(b, 0, n) < 0) {
            return new Decoded(new String(b, StandardCharsets.UTF_8), UTF_8);
        }
        return new Decoded(decodeCp1252(b, 0, n), WINDOWS_1252);
    }

    /** Whether the bytes start with a UTF-16 byte-order mark (NUL bytes are then expected, not a binary sign). */
    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF));
    }

    /**
     * Offset of the first byte in {@code [from, to)} that does not start a well-formed UTF-8 sequence
     * (Unicode table 3-7), or -1 if the whole range is valid UTF-8. A sequence cut off at {@code to} is invalid.
     */
    static int firstInvalidUtf8(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int trailing;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                trailing = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                trailing = 2;
                if (c == 0xE0) {
                    lo = 0xA0; // no overlong forms
                } else if (c == 0xED) {
                    hi = 0x9F; // no UTF-16 surrogates
                }
            } else if (c >= 0xF0 && c <= 0xF4) {
                trailing = 3;
                if (c == 0xF0) {
                    lo = 0x90; // no overlong forms
                } else if (c == 0xF4) {
                    hi = 0x8F; // nothing above U+10FFFF
                }
            } else {
                return i;
            }
            if (i + trailing >= to) {
                return i;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return i;
            }
            for (int k = 2; k <= trailing; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += trailing + 1;
        }
        return -1;
    }

    private static String decodeStrict(Charset charset, byte[] b, int from) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(b, from, b.length - from));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeCp1252(byte[] b, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = CP1252[b[i] & 0xFF];
        }
        return new String(out);
    }

    private static char[] buildCp1252Table() {
        char[] table = new char[256];
        CharsetDecoder decoder = Charset.forName("windows-1252").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int i = 0; i < 256; i++) {
            try {
                char c = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) i})).get();
                table[i] = c == '\uFFFD' ? (char) i : c;
            } catch (CharacterCodingException e) {
                table[i] = (char) i; // undefined in windows-1252: keep the ISO-8859-1 meaning
            }
        }
        return table;
    }
}
