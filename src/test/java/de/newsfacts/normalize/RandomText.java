package de.newsfacts.normalize;

import java.util.Random;

/**
 * Random strings for property tests, biased towards the characters the stages react to (entity syntax,
 * mojibake leads and continuation chars, line terminators, invisible chars, combining marks, quotes,
 * dashes, dots, surrogates) and mixed with arbitrary UTF-16 code units.
 */
final class RandomText {

    private static final String ALPHABET = "aeimnpsuxABCDEGU19 \n\n\t\r-.;&#'\"`´’‘‚„“”‟〝"
            + "ÃÂâÅÄÐÑÖ¼¤¶©€žœŸ\u0081\u009F–—…"
            + "\u00A0\u00AD\u200B\u200D\u2028\u0085\u000B\uFEFF\u202F\u2003\u2000"
            + "\u0308\u0301\u0323\u2010\u2212\u2012\uD83D\uDE00ä";

    private RandomText() {
    }

    static String next(Random random) {
        int length = random.nextInt(40);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 7) {
                out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            } else if (kind < 8) {
                out.append(new String[] {"&amp;", "&shy;", "&#8222;", "&auml;", "Ã¼", "â€ž", "-\n", ". . .",
                    "...", "&am", "p;", "Â\u00AD"}[random.nextInt(12)]);
            } else {
                out.append((char) random.nextInt(0x10000)); // any code unit, lone surrogates included
            }
        }
        return out.toString();
    }
}
