package de.newsfacts.normalize;

/**
 * The Windows-1252 mapping of bytes 0x80-0x9F, shared by {@link MojibakeRepair} (chars back to bytes) and
 * {@link HtmlEntityDecoder} (numeric references {@code &#128;}-{@code &#159;}, which HTML5 reads as
 * Windows-1252). Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252; decoders turn them into
 * the C1 controls U+0081 etc., which is also what ISO-8859-1 does for every byte 0x80-0x9F.
 */
final class Cp1252 {

    /** Char for bytes 0x80..0x9F; the C1 control itself where Windows-1252 leaves the byte undefined. */
    private static final char[] HIGH = {
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    };

    private Cp1252() {
    }

    /** The char that Windows-1252 decodes byte {@code 0x80 + (b - 0x80)} to, for b in 0x80..0x9F. */
    static char highChar(int b) {
        return HIGH[b - 0x80];
    }

    /**
     * The byte (0x80..0xFF) that {@code c} came from if it was produced by decoding a byte >= 0x80 as
     * Windows-1252 or ISO-8859-1; -1 for ASCII and every other char.
     */
    static int toByte(char c) {
        if (c < 0x80) {
            return -1;
        }
        if (c <= 0xFF) {
            return c; // Latin-1 range, including C1 controls from ISO-8859-1 or undefined cp1252 bytes
        }
        switch (c) {
            case '\u20AC': return 0x80;
            case '\u201A': return 0x82;
            case '\u0192': return 0x83;
            case '\u201E': return 0x84;
            case '\u2026': return 0x85;
            case '\u2020': return 0x86;
            case '\u2021': return 0x87;
            case '\u02C6': return 0x88;
            case '\u2030': return 0x89;
            case '\u0160': return 0x8A;
            case '\u2039': return 0x8B;
            case '\u0152': return 0x8C;
            case '\u017D': return 0x8E;
            case '\u2018': return 0x91;
            case '\u2019': return 0x92;
            case '\u201C': return 0x93;
            case '\u201D': return 0x94;
            case '\u2022': return 0x95;
            case '\u2013': return 0x96;
            case '\u2014': return 0x97;
            case '\u02DC': return 0x98;
            case '\u2122': return 0x99;
            case '\u0161': return 0x9A;
            case '\u203A': return 0x9B;
            case '\u0153': return 0x9C;
            case '\u017E': return 0x9E;
            case '\u0178': return 0x9F;
            default: return -1;
        }
    }
}
