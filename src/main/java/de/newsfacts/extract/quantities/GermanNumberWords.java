package de.newsfacts.extract.quantities;

import java.util.Map;

/**
 * Reads German cardinal number words (lower case, one word) up to 999 999.
 * <ul>
 *   <li>units and teens: zwei … neunzehn (with "sechzehn", "siebzehn"); tens: zwanzig … neunzig ("dreißig");</li>
 *   <li>compounds: "einundzwanzig", "zweihundert", "zweihundertfünfzig", "dreitausendvierhundert",
 *       "einhundert", "eintausend";</li>
 *   <li>halves: "eineinhalb"/"anderthalb" = 1.5, "zweieinhalb" = 2.5 …;</li>
 *   <li>"ein", "eine", "eins" … alone are NOT numbers here: as articles they would flood the output
 *       ("eine Million" is handled by the extractor as a scale phrase).</li>
 * </ul>
 * Ordinals ("dritte", "zwanzigsten") and inflected forms ("zweier") do not parse. Returns NaN when the word
 * is not a number word.
 */
final class GermanNumberWords {

    private static final Map<String, Integer> BELOW_TWENTY = Map.ofEntries(
            Map.entry("eins", 1), Map.entry("ein", 1), Map.entry("zwei", 2), Map.entry("drei", 3),
            Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7),
            Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10), Map.entry("elf", 11),
            Map.entry("zwölf", 12), Map.entry("dreizehn", 13), Map.entry("vierzehn", 14),
            Map.entry("fünfzehn", 15), Map.entry("sechzehn", 16), Map.entry("siebzehn", 17),
            Map.entry("achtzehn", 18), Map.entry("neunzehn", 19));

    private static final Map<String, Integer> TENS = Map.of(
            "zwanzig", 20, "dreißig", 30, "vierzig", 40, "fünfzig", 50, "sechzig", 60, "siebzig", 70,
            "achtzig", 80, "neunzig", 90);

    private GermanNumberWords() {
    }

    /** The value of a lower-case number word, or NaN. Single-word "ein"/"eins"/"eine" give NaN. */
    static double parse(String lower) {
        if (lower.length() < 3 || lower.startsWith("ein") && lower.length() <= 4) {
            return Double.NaN;
        }
        if (lower.equals("anderthalb")) {
            return 1.5;
        }
        if (lower.endsWith("einhalb") && lower.length() > 7) {
            int whole = below1000(lower.substring(0, lower.length() - 7));
            return whole > 0 ? whole + 0.5 : Double.NaN;
        }
        int v = belowMillion(lower);
        return v > 0 ? v : Double.NaN;
    }

    private static int belowMillion(String s) {
        int t = s.indexOf("tausend");
        if (t < 0) {
            return below1000(s);
        }
        int left = t == 0 ? 1 : below1000(s.substring(0, t));
        String restString = s.substring(t + 7);
        int rest = restString.isEmpty() ? 0 : below1000(restString);
        return left <= 0 || rest < 0 ? -1 : left * 1000 + rest;
    }

    private static int below1000(String s) {
        int h = s.indexOf("hundert");
        if (h < 0) {
            return below100(s);
        }
        int left = h == 0 ? 1 : below100(s.substring(0, h));
        if (left > 9) {
            return -1;
        }
        String restString = s.substring(h + 7);
        int rest = restString.isEmpty() ? 0 : below100(restString);
        return left <= 0 || rest < 0 ? -1 : left * 100 + rest;
    }

    private static int below100(String s) {
        Integer direct = BELOW_TWENTY.get(s);
        if (direct != null) {
            return direct;
        }
        Integer tens = TENS.get(s);
        if (tens != null) {
            return tens;
        }
        int und = s.indexOf("und");
        if (und > 0) {
            Integer unit = BELOW_TWENTY.get(s.substring(0, und));
            Integer ten = TENS.get(s.substring(und + 3));
            if (unit != null && unit < 10 && ten != null) {
                return ten + unit;
            }
        }
        return -1;
    }
}
