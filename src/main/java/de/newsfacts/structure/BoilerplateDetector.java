package de.newsfacts.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether one line of a web article is boilerplate (page furniture, not article text).
 *
 * <p>Rules (phrases in {@code boilerplate.txt}, all case-insensitive):
 * <ul>
 *   <li>link-back / pingback lines: the line starts and ends with {@code […]} or {@code [...]}
 *       ({@code […] Some Linked Article Title […]});</li>
 *   <li>a line that is a single URL ({@code https://…}, {@code www.…});</li>
 *   <li>{@code =} the whole line is a button or label ({@code Teilen}, {@code Drucken}, {@code Zum Seitenanfang},
 *       {@code Anzeige}, {@code Werbung}, {@code Akzeptieren}), ignoring enclosing brackets and a trailing
 *       {@code : . ! …};</li>
 *   <li>{@code ^} the line, at most 300 characters, starts with a phrase ({@code Foto:}, {@code ©},
 *       {@code Lesen Sie auch}, {@code Diese Website verwendet Cookies});</li>
 *   <li>{@code ~} the line, at most 200 characters, contains a phrase ({@code Alle Rechte vorbehalten},
 *       {@code Newsletter abonnieren});</li>
 *   <li>{@code @} the line consists of two or more share tokens only ({@code Facebook Twitter WhatsApp E-Mail}),
 *       optionally separated by {@code | · • / ,}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class BoilerplateDetector {

    static final int MAX_PREFIX_LINE = 300;
    static final int MAX_CONTAINS_LINE = 200;

    private static final Pattern LINK_BACK = Pattern.compile("^\\[(?:…|\\.{3})\\].*\\[(?:…|\\.{3})\\]$");
    private static final Pattern BARE_URL = Pattern.compile("^(?:https?://|www\\.)\\S+$",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> EXACT = new HashSet<>();
    private static final List<String> PREFIXES = new ArrayList<>();
    private static final List<String> CONTAINED = new ArrayList<>();
    private static final Set<String> SHARE_TOKENS = new HashSet<>();

    static {
        for (String line : WordLists.load("boilerplate.txt")) {
            if (line.length() < 3 || line.charAt(1) != ' ') {
                throw new IllegalStateException("boilerplate.txt: expected '<rule> <phrase>': " + line);
            }
            String phrase = line.substring(2).strip().toLowerCase(Locale.ROOT);
            switch (line.charAt(0)) {
                case '=' -> EXACT.add(stripDecoration(phrase));
                case '^' -> PREFIXES.add(phrase);
                case '~' -> CONTAINED.add(phrase);
                case '@' -> SHARE_TOKENS.add(phrase);
                default -> throw new IllegalStateException("boilerplate.txt: unknown rule: " + line);
            }
        }
    }

    public BoilerplateDetector() {
    }

    /** Whether the line (surrounding whitespace is ignored) is boilerplate. Empty lines are not. */
    public boolean isBoilerplate(CharSequence rawLine) {
        String line = rawLine.toString().strip();
        if (line.isEmpty()) {
            return false;
        }
        char first = line.charAt(0);
        if ((first == '[' && LINK_BACK.matcher(line).matches())
                || ((first == 'h' || first == 'H' || first == 'w' || first == 'W') && BARE_URL.matcher(line).matches())) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        if (lower.length() <= 60 && EXACT.contains(stripDecoration(lower))) {
            return true;
        }
        String unbracketed = stripBrackets(lower);
        if (unbracketed.length() <= MAX_PREFIX_LINE) {
            for (String prefix : PREFIXES) {
                if (unbracketed.startsWith(prefix)) {
                    return true;
                }
            }
        }
        if (lower.length() <= MAX_CONTAINS_LINE) {
            for (String phrase : CONTAINED) {
                if (lower.contains(phrase)) {
                    return true;
                }
            }
        }
        return lower.length() <= 200 && isShareBar(lower);
    }

    private static boolean isShareBar(String lower) {
        int count = 0;
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && isShareSeparator(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isShareSeparator(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                int end = lower.charAt(i - 1) == ':' ? i - 1 : i;
                if (!SHARE_TOKENS.contains(lower.substring(start, end))) {
                    return false;
                }
                count++;
            }
        }
        return count >= 2;
    }

    private static boolean isShareSeparator(char c) {
        return Character.isWhitespace(c) || c == '|' || c == '·' || c == '•' || c == '/' || c == ',';
    }

    /** Removes enclosing brackets and a trailing ':' '.' '!' '…' (repeatedly), then surrounding spaces. */
    private static String stripDecoration(String s) {
        String t = stripBrackets(s);
        int end = t.length();
        while (end > 0 && ":.!…".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end).strip();
    }

    private static String stripBrackets(String s) {
        String t = s.strip();
        while (t.length() >= 2 && ((t.charAt(0) == '(' && t.charAt(t.length() - 1) == ')')
                || (t.charAt(0) == '[' && t.charAt(t.length() - 1) == ']'))) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}
