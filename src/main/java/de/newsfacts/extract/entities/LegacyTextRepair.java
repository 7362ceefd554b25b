package de.newsfacts.extract.entities;

import java.text.Normalizer;

/**
 * Repairs text in the original 2014 GermEval encoding (and similar legacy input) so that it looks like normalized
 * document text. Rules: C1 control characters U+0080..U+009F are read as the Windows-1252 characters they were
 * meant to be (U+0096 -> "–", U+0080 -> "€", U+0092 -> "’", U+009A -> "š", ...); soft hyphens, zero-width and
 * bidi marks and other control/format characters are removed; the result is NFC.
 */
final class LegacyTextRepair {
    private static final String CP1252_C1 =
            "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

    private LegacyTextRepair() {
    }

    static String repair(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char r = c;
            boolean drop = false;
            if (c >= 0x80 && c <= 0x9f) {
                r = CP1252_C1.charAt(c - 0x80);
                drop = r == c;
            } else if (c == '\u00ad' || c == '\u200b' || c == '\u200e' || c == '\u200f' || c == '\ufeff'
                    || (Character.getType(c) == Character.CONTROL && c != '\t')) {
                drop = true;
            }
            if (drop || r != c) {
                if (sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
                if (!drop) sb.append(r);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        String out = sb == null ? s : sb.toString();
        return Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out : Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
