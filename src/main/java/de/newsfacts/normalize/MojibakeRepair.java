package de.newsfacts.normalize;

/**
 * Repairs double-encoded UTF-8 ("mojibake"): UTF-8 bytes that were once decoded as Windows-1252 or
 * ISO-8859-1, so that {@code ü} (bytes C3 BC) reads {@code Ã¼} and {@code „} (E2 80 9E) reads {@code â€ž}.
 *
 * <p>Rules:
 * <ul>
 *   <li>Each char is mapped back to the byte it came from: U+0080-U+00FF to the same byte (this covers
 *       ISO-8859-1 and the C1 controls U+0081, U+008D, U+008F, U+0090, U+009D that decoders produce for the
 *       five bytes Windows-1252 leaves undefined), the 27 Windows-1252 specials ({@code € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹
 *       Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ}) to 0x80-0x9F. ASCII is never part of a repair.</li>
 *   <li>Repair works per UTF-8 sequence: a char that maps to a UTF-8 lead byte (C2-F4) followed by the right
 *       number of chars mapping to continuation bytes (80-BF) is replaced by the decoded character if the
 *       bytes are valid UTF-8 (no overlong form, no surrogate) and the result is plausible. Correct text
 *       around a repaired sequence, even in the same word, is left as it is.</li>
 *   <li>Plausible means: the decoded character lies in a block that mojibake of European news actually
 *       produces (Latin-1 letters and symbols, Latin Extended-A, a few Latin Extended-B letters (Romanian,
 *       Vietnamese, Pinyin, Azerbaijani ə), the modifier letters among them ˆ and ˜ of Windows-1252, combining accents,
 *       Greek, Cyrillic, Latin Extended Additional, general punctuation, currency, letterlike symbols,
 *       arrows, math operators, technical and miscellaneous symbols, dingbats, ligatures, BOM, U+FFFD,
 *       emoji). Hebrew, Syriac, CJK, private use and C1 controls are never produced: that keeps
 *       {@code SPÖ–ÖVP} ({@code Ö–} would be U+0596) and every correct German word untouched.</li>
 *   <li>For a lead char that is an ordinary letter in European text ({@code Ä Å Æ Ç È É ... Ñ ... Ü Ý Þ ß},
 *       bytes C4-DF) the repair also needs a letter or another mojibake sequence right before or right
 *       after it, because mojibake of a letter sits inside a word ({@code WaÅ‚Ä™sa} -> {@code Wałęsa})
 *       and double mojibake comes in chains ({@code â€Å“}), while the correct {@code „Ä“} stands alone
 *       between quotes. Leads {@code Â Ã â} (C2, C3, E2), the common ones, need no
 *       context: they hardly ever precede a Windows-1252 symbol in correct text.</li>
 *   <li>Text that was double-encoded twice ({@code ÃƒÂ¼}) is repaired round by round until nothing changes;
 *       each round shortens the text, so this stops, and the stage is idempotent.</li>
 * </ul>
 * Lost information is not guessed: {@code Ã} followed by U+FFFD or a plain space stays as it is.
 */
public final class MojibakeRepair implements NormalizationStage {

    @Override
    public String apply(String text) {
        String current = text;
        while (true) {
            String repaired = repairOnce(current);
            if (repaired == current) {
                return current;
            }
            current = repaired;
        }
    }

    private static String repairOnce(String text) {
        int first = firstCandidate(text);
        if (first < 0) {
            return text;
        }
        int n = text.length();
        StringBuilder out = null;
        int copied = 0;
        for (int i = first; i < n; i++) {
            int length = sequenceLength(Cp1252.toByte(text.charAt(i)));
            if (length == 0 || i + length > n) {
                continue;
            }
            int codePoint = decode(text, i, length);
            if (codePoint < 0 || !isPlausible(codePoint)) {
                continue;
            }
            if (needsLetterContext(text.charAt(i)) && !hasLetterNeighbour(text, i, length, out, copied)
                    && !(out != null && i == copied) && !startsSequence(text, i + length)) {
                continue; // no letter and no other mojibake next to it: leave it
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, i).appendCodePoint(codePoint);
            copied = i + length;
            i = copied - 1;
        }
        if (out == null) {
            return text;
        }
        out.append(text, copied, n);
        return out.toString();
    }

    /** Index of the first lead char directly followed by a continuation char; -1 if there is none. */
    private static int firstCandidate(String text) {
        for (int i = 0, n = text.length() - 1; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4 && isContinuation(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isContinuation(char c) {
        int b = Cp1252.toByte(c);
        return b >= 0x80 && b <= 0xBF;
    }

    /** Length of the UTF-8 sequence that lead byte {@code b} starts; 0 if {@code b} is no valid lead byte. */
    private static int sequenceLength(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            return 2;
        }
        if (b >= 0xE0 && b <= 0xEF) {
            return 3;
        }
        if (b >= 0xF0 && b <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** The code point of the UTF-8 bytes behind text[i, i + length), or -1 if they are not valid UTF-8. */
    private static int decode(String text, int i, int length) {
        int lead = Cp1252.toByte(text.charAt(i));
        int codePoint = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        for (int k = 1; k < length; k++) {
            int b = Cp1252.toByte(text.charAt(i + k));
            if (b < 0x80 || b > 0xBF) {
                return -1;
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
        }
        boolean valid = switch (length) {
            case 2 -> codePoint >= 0x80;
            case 3 -> codePoint >= 0x800 && (codePoint < 0xD800 || codePoint > 0xDFFF);
            default -> codePoint >= 0x10000 && codePoint <= 0x10FFFF;
        };
        return valid ? codePoint : -1;
    }

    /** Blocks that mojibake in European news text decodes to (see class doc). */
    static boolean isPlausible(int cp) {
        return (cp >= 0x00A0 && cp <= 0x017F)      // Latin-1 Supplement letters/symbols, Latin Extended-A
                || cp == 0x0192                      // ƒ
                || (cp >= 0x01A0 && cp <= 0x01B0)    // Vietnamese horn letters ơ ư
                || (cp >= 0x01CD && cp <= 0x01DC)    // Pinyin caron letters ǎ ǐ ǒ ǔ
                || (cp >= 0x0218 && cp <= 0x021B)    // Ș ș Ț ț
                || cp == 0x0259                      // ə (Azerbaijani)
                || cp == 0x02BB || cp == 0x02BC      // ʻ ʼ (Uzbek, Hawaiian, apostrophe)
                || cp == 0x02C6 || cp == 0x02C7      // ˆ (a Windows-1252 char) ˇ
                || (cp >= 0x02D8 && cp <= 0x02DD)    // ˘ ˙ ˚ ˛ ˜ (a Windows-1252 char) ˝
                || (cp >= 0x0300 && cp <= 0x036F)    // combining diacritics (decomposed text)
                || (cp >= 0x0370 && cp <= 0x04FF)    // Greek, Cyrillic
                || (cp >= 0x1E00 && cp <= 0x1EFF)    // Latin Extended Additional
                || (cp >= 0x2000 && cp <= 0x206F)    // General Punctuation („ “ – — … ‹ › and spaces)
                || (cp >= 0x20A0 && cp <= 0x20CF)    // currency (€)
                || (cp >= 0x2100 && cp <= 0x23FF)    // letterlike, number forms, arrows, math, technical
                || (cp >= 0x2460 && cp <= 0x27BF)    // enclosed alphanumerics, box, shapes, symbols, dingbats
                || (cp >= 0x2B00 && cp <= 0x2BFF)    // miscellaneous symbols and arrows
                || (cp >= 0xFB00 && cp <= 0xFB06)    // Latin ligatures
                || cp == 0xFEFF || cp == 0xFFFD      // BOM, replacement character
                || (cp >= 0x1F000 && cp <= 0x1FAFF); // emoji and pictographs
    }

    /** True if text[i] is a lead char directly followed by a continuation char, i.e. more mojibake. */
    private static boolean startsSequence(String text, int i) {
        return i + 1 < text.length() && sequenceLength(Cp1252.toByte(text.charAt(i))) > 0
                && isContinuation(text.charAt(i + 1));
    }

    /** Lead chars C4-DF are ordinary letters in European text; only repair them inside a word. */
    private static boolean needsLetterContext(char lead) {
        return lead >= 0xC4 && lead <= 0xDF;
    }

    private static boolean hasLetterNeighbour(String text, int i, int length, StringBuilder out, int copied) {
        int after = i + length;
        if (after < text.length() && Character.isLetter(text.charAt(after))) {
            return true;
        }
        // the char before, as already repaired: the decoded letter if the previous sequence was mojibake
        char before;
        if (i > copied) {
            before = text.charAt(i - 1);
        } else if (out != null && out.length() > 0) {
            before = out.charAt(out.length() - 1);
        } else {
            return false;
        }
        return Character.isLetter(before);
    }
}
