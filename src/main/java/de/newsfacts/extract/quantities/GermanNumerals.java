package de.newsfacts.extract.quantities;

/**
 * Reads numerals written with digits in German notation.
 * <ul>
 *   <li>{@code ,} is the decimal separator (at most one): "14,5" = 14.5, "0,5" = 0.5.</li>
 *   <li>{@code .} separates thousands and must be followed by exactly three digits, the first group having one
 *       to three digits: "1.000" = 1000, "1.234,56" = 1234.56. Anything else ("20.11.2025", "14.30", "2.5",
 *       "1.10") is not a German number and gives {@link Double#NaN} (dates, times, versions).</li>
 *   <li>Space-grouped thousands ("14 000") are joined by the caller: {@link #isSpaceGroupHead} and
 *       {@link #isSpaceGroupTail} say which numerals may be joined.</li>
 * </ul>
 */
final class GermanNumerals {

    private GermanNumerals() {
    }

    /** The value of a German numeral, or NaN if the literal is not a valid German number. */
    static double parse(String literal) {
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
