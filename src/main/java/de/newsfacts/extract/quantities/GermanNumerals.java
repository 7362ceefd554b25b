package de.newsfacts.extract.quantities;

/**
 * Reads numerals written with digits in German notation.
 * <ul>
 *   <li>{@code ,} is the decimal separator (at most one): "14,5" = 14.5, "0,5" = 0.5.</li>
 *   <li>{@code .} separates thousands and must be followed by exactly three digits, the first group having one
 *       to three digits: "1.000" = 1000, "1.234,56" = 1234.56. Anything else ("20.11.2025", "14.30", "2.5",
 *       "1.10") is not a German number and gives {@link Double#NaN} (dates, times, versions).</li>
 *   <li>Swiss notation: apostrophes separate thousands ({@code 50'000}, {@code 1’250’000}; first group one to
 *       three digits, then groups of exactly three) and then {@code .} is the decimal separator
 *       ({@code 1'234.50} = 1234.5). {@link #parseFrancDecimal} reads "4.50" as 4.5 where a franc amount is
 *       certain (the caller checks the currency).</li>
 *   <li>Space-grouped thousands ("14 000") are joined by the caller: {@link #isSpaceGroupHead} and
 *       {@link #isSpaceGroupTail} say which numerals may be joined.</li>
 * </ul>
 */
final class GermanNumerals {

    private GermanNumerals() {
    }

    /** The value of a German numeral, or NaN if the literal is not a valid German number. */
    static double parse(String literal) {
        if (literal.indexOf('\'') >= 0 || literal.indexOf('\u2019') >= 0) {
            return parseSwiss(literal);
        }
        int comma = literal.indexOf(',');
        if (comma >= 0 && literal.indexOf(',', comma + 1) >= 0) {
            return Double.NaN;
        }
        String intPart = comma >= 0 ? literal.substring(0, comma) : literal;
        String fraction = comma >= 0 ? literal.substring(comma + 1) : "";
        if (fraction.indexOf('.') >= 0 || intPart.isEmpty()) {
            return Double.NaN;
        }
        if (intPart.indexOf('.') >= 0) {
            String[] groups = intPart.split("\\.", -1);
            if (groups[0].isEmpty() || groups[0].length() > 3) {
                return Double.NaN;
            }
            for (int g = 1; g < groups.length; g++) {
                if (groups[g].length() != 3) {
                    return Double.NaN;
                }
            }
            intPart = intPart.replace(".", "");
        }
        String plain = fraction.isEmpty() ? intPart : intPart + "." + fraction;
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** "50'000", "1’250’000", "1'234.50", "1'234,50": apostrophe-grouped thousands, optional decimal part. */
    private static double parseSwiss(String literal) {
        int decimal = Math.max(literal.indexOf('.'), literal.indexOf(','));
        String intPart = decimal >= 0 ? literal.substring(0, decimal) : literal;
        String fraction = decimal >= 0 ? literal.substring(decimal + 1) : "";
        if (decimal >= 0 && !isPlainInteger(fraction)) {
            return Double.NaN;
        }
        String[] groups = intPart.split("['\u2019]", -1);
        if (groups[0].isEmpty() || groups[0].length() > 3 || !isPlainInteger(groups[0])) {
            return Double.NaN;
        }
        StringBuilder digits = new StringBuilder(groups[0]);
        for (int g = 1; g < groups.length; g++) {
            if (groups[g].length() != 3 || !isPlainInteger(groups[g])) {
                return Double.NaN;
            }
            digits.append(groups[g]);
        }
        return Double.parseDouble(fraction.isEmpty() ? digits.toString() : digits + "." + fraction);
    }

    /**
     * A Swiss franc amount with a decimal point and one or two decimals ("4.50", "1'234.50"), or NaN. Only for
     * numbers known to be francs ("Fr. 4.50", "12.80 Franken"): elsewhere "4.50" is a time or a version.
     */
    static double parseFrancDecimal(String literal) {
        int dot = literal.lastIndexOf('.');
        if (dot < 1 || literal.indexOf('.') != dot || literal.indexOf(',') >= 0) {
            return Double.NaN;
        }
        String fraction = literal.substring(dot + 1);
        if (fraction.isEmpty() || fraction.length() > 2 || !isPlainInteger(fraction)) {
            return Double.NaN;
        }
        String head = literal.substring(0, dot);
        double whole = head.indexOf('\'') >= 0 || head.indexOf('\u2019') >= 0 ? parseSwiss(head)
                : head.length() <= 6 && isPlainInteger(head) && !hasLeadingZero(head) ? Double.parseDouble(head)
                : Double.NaN;
        return Double.isNaN(whole) ? whole : whole + Double.parseDouble("0." + fraction);
    }

    /** Only digits, no separators. */
    static boolean isPlainInteger(String literal) {
        for (int i = 0; i < literal.length(); i++) {
            if (!QuantityTokenizer.isAsciiDigit(literal.charAt(i))) {
                return false;
            }
        }
        return !literal.isEmpty();
    }

    /** "030", "0800": a leading zero before more digits marks phone numbers, codes and ids. */
    static boolean hasLeadingZero(String literal) {
        return literal.length() > 1 && literal.charAt(0) == '0' && QuantityTokenizer.isAsciiDigit(literal.charAt(1));
    }

    /** May start a space-grouped number: 1 to 3 plain digits, no leading zero. */
    static boolean isSpaceGroupHead(String literal) {
        return literal.length() <= 3 && isPlainInteger(literal) && !hasLeadingZero(literal);
    }

    /** May continue a space-grouped number: exactly 3 digits, optionally followed by a decimal part. */
    static boolean isSpaceGroupTail(String literal) {
        int comma = literal.indexOf(',');
        String head = comma >= 0 ? literal.substring(0, comma) : literal;
        return head.length() == 3 && isPlainInteger(head)
                && (comma < 0 || isPlainInteger(literal.substring(comma + 1)));
    }
}
