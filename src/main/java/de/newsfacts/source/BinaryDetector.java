package de.newsfacts.source;

/**
 * Tells whether a file's bytes are not text. Rules:
 * <ul>
 *   <li>known magic numbers at the start: PNG, JPEG, GIF, PDF, ZIP (also DOCX/XLSX/ODT), gzip;</li>
 *   <li>a NUL byte anywhere, unless the file starts with a UTF-16 byte-order mark;</li>
 *   <li>more than 10% control characters in the first 8 KB (bytes, or chars for UTF-16 text); tab, line feed,
 *       carriage return and form feed are not counted, nor are bytes 0x80-0x9F (printable in windows-1252,
 *       continuation bytes in UTF-8).</li>
 * </ul>
 * Returns a short human reason, or {@code null} for text. Pure, thread-safe.
 */
final class BinaryDetector {

    static final int SAMPLE = 8 * 1024;

    private static final byte[][] MAGIC = {
            {(byte) 0x89, 'P', 'N', 'G'},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            {'G', 'I', 'F', '8'},
            {'%', 'P', 'D', 'F'},
            {'P', 'K', 3, 4},
            {(byte) 0x1F, (byte) 0x8B},
    };
    private static final String[] MAGIC_NAMES = {"PNG image", "JPEG image", "GIF image", "PDF document",
            "ZIP archive (or DOCX/XLSX/ODT)", "gzip archive"};

    private BinaryDetector() {
    }

    /** Checks the raw bytes; for files with a UTF-16 byte-order mark only the magic numbers are checked here. */
    static String reasonIfBinary(byte[] b) {
        for (int m = 0; m < MAGIC.length; m++) {
            if (startsWith(b, MAGIC[m])) {
                return "binary file: starts like a " + MAGIC_NAMES[m];
            }
        }
        if (TextDecoder.hasUtf16Bom(b)) {
            return null;
        }
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return "binary file: NUL byte at offset " + i
                        + (i < 2 ? " (UTF-16 text needs a byte-order mark)" : "");
            }
        }
        int sample = Math.min(b.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            if (isControl(b[i] & 0xFF)) {
                controls++;
            }
        }
        return tooManyControls(controls, sample, "bytes");
    }

    /** Checks decoded text (used for UTF-16, whose raw bytes are full of NULs). */
    static String reasonIfBinary(String text) {
        int sample = Math.min(text.length(), SAMPLE / 2);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "binary file: NUL character at position " + i;
            }
            if (c < 0x80 && isControl(c)) {
                controls++;
            }
        }
        return tooManyControls(controls, sample, "characters");
    }

    private static String tooManyControls(int controls, int sample, String unit) {
        if ((long) controls * 10 > sample) {
            return "binary file: " + controls + " of the first " + sample + " " + unit + " are control characters";
        }
        return null;
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static boolean startsWith(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
