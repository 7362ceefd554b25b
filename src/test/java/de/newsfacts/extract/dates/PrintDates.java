package de.newsfacts.extract.dates;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.DocumentContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Development aid: prints the dates of a plain-text file. Args: file [published yyyy-mm-dd] [narrative]. */
public final class PrintDates {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        LocalDate published = args.length > 1 ? LocalDate.parse(args[1]) : null;
        DateExtractor x = args.length > 2 ? DateExtractor.narrative() : DateExtractor.news();
        DocumentContext doc = new DocumentContext("doc", text, WikiWarsDe.split("doc", text), published);
        for (DateExpression e : x.extract(doc)) {
            System.out.printf("%4d %-35s %-18s %s..%s %s %s%n", e.sentenceNo(), e.text(), e.value(), e.startDate(),
                    e.endDate(), e.granularity(), e.anchored());
        }
    }
}
