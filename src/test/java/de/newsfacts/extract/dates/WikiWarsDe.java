package de.newsfacts.extract.dates;

import de.newsfacts.extract.DocumentContext;
import de.newsfacts.structure.Sentence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the WikiWarsDE {@code keyinline/*.key.xml} files: the text inside {@code <TEXT>} with the inline
 * {@code <TIMEX2>} tags removed (gold spans mapped onto the plain text), the document creation time from
 * {@code <DATETIME>}, and a simple sentence split (line breaks; ". " before an upper-case letter unless the dot
 * ends a one- or two-digit number, a single letter or a known abbreviation).
 */
final class WikiWarsDe {

    record Gold(int start, int end, String value, String text) {
    }

    record Doc(String name, DocumentContext context, List<Gold> gold) {
    }

    private static final Pattern TAG = Pattern.compile("<(/?)TIMEX2([^>]*)>");
    private static final Pattern VAL = Pattern.compile("\\bval=\"([^\"]*)\"");
    private static final Pattern DCT = Pattern.compile("<DATETIME>\\s*<TIMEX2 val=\"(\\d{4}-\\d{2}-\\d{2})");
    private static final Set<String> ABBREVIATIONS = Set.of("chr", "bzw", "ca", "nr", "dr", "st", "usw", "jh",
            "jhd", "abs", "art", "ggf", "mio", "mrd", "gen", "lt", "vgl", "evtl", "etc", "inkl", "bzgl", "sog", "u",
            "z", "v", "d", "h", "a", "s", "o", "ob", "mil", "min", "max", "kap", "hl", "prof", "jan", "feb", "okt",
            "nov", "dez", "aug", "sept", "sep", "febr", "apr", "jun", "jul");

    private WikiWarsDe() {
    }

    static List<Doc> load(Path corpusRoot) throws IOException {
        Path dir = corpusRoot.resolve("wikiwarsde").resolve("keyinline");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".key.xml")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) {
            docs.add(parse(f.getFileName().toString().replace(".key.xml", ""),
                    Files.readString(f, StandardCharsets.UTF_8)));
        }
        return docs;
    }

    static Doc parse(String name, String xml) {
        Matcher dct = DCT.matcher(xml);
        LocalDate published = dct.find() ? LocalDate.parse(dct.group(1)) : null;
        int from = xml.indexOf("<TEXT>") + "<TEXT>".length();
        int to = xml.indexOf("</TEXT>");
        String raw = xml.substring(from, to);
        StringBuilder plain = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher m = TAG.matcher(raw);
        int last = 0;
        int openStart = -1;
        String openValue = null;
        while (m.find()) {
            plain.append(raw, last, m.start());
            last = m.end();
            if (m.group(1).isEmpty()) {
                openStart = plain.length();
                Matcher v = VAL.matcher(m.group(2));
                openValue = v.find() ? v.group(1) : null;
            } else if (openStart >= 0) {
                gold.add(new Gold(openStart, plain.length(), openValue, plain.substring(openStart)));
                openStart = -1;
            }
        }
        plain.append(raw.substring(last));
        String text = plain.toString();
        return new Doc(name, new DocumentContext(name, text, split(name, text), published), gold);
    }

    static List<Sentence> split(String docId, String text) {
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = lineStart;
            for (int i = lineStart; i < lineEnd - 2; i++) {
                char c = text.charAt(i);
                if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
                        && (Character.isUpperCase(text.charAt(i + 2)) || text.charAt(i + 2) == '„')
                        && (c != '.' || isSentenceEnd(text, i))) {
                    add(out, docId, text, s, i + 1);
                    s = i + 2;
                }
            }
            add(out, docId, text, s, lineEnd);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static boolean isSentenceEnd(String text, int dot) {
        int i = dot - 1;
        while (i >= 0 && Character.isLetterOrDigit(text.charAt(i))) {
            i--;
        }
        String token = text.substring(i + 1, dot);
        if (token.isEmpty()) {
            return true;
        }
        if (Character.isDigit(token.charAt(0))) {
            return token.length() > 2;
        }
        return token.length() > 1 && !ABBREVIATIONS.contains(token.toLowerCase());
    }

    private static void add(List<Sentence> out, String docId, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(docId, out.size() + 1, 1, text.substring(start, end), start, end));
        }
    }
}
