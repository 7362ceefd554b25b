package de.newsfacts.extract;

import de.newsfacts.extract.dates.DateExtractor;
import de.newsfacts.extract.dates.WikiWarsDocuments;
import de.newsfacts.extract.entities.EntityExtractor;
import de.newsfacts.extract.quantities.QuantityExtractor;
import de.newsfacts.extract.quotes.QuoteExtractor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Guards speed work on the extractors: writes every record of all four extractors (entities, dates, quantities,
 * quotes with the document's entities, each record's full {@code toString()}, doubles exact) for the 10kGNAD
 * test articles, the GermEval 2014 test sentences and the Wikinews quotation train articles, and the dates in
 * narrative mode of the WikiWarsDE documents, to one text file.
 * Run it on the old and on the new code and {@code diff} (or {@code cmp}) the two files: they must be equal.
 *
 * <pre>mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=de.newsfacts.extract.DumpExtractorRecords -Dexec.args="../shared/corpora /tmp/records-new.txt"</pre>
 */
public final class DumpExtractorRecords {

    public static void main(String[] args) throws IOException {
        Path corpora = Path.of(args.length > 0 ? args[0] : "../shared/corpora");
        Path out = Path.of(args.length > 1 ? args[1] : "extractor-records.txt");
        List<DocumentContext> docs = new ArrayList<>(ExtractorCorpora.gnadTest(corpora));
        docs.addAll(ExtractorCorpora.germEvalTest(corpora));
        docs.addAll(ExtractorCorpora.wikinews(corpora, "train"));
        EntityExtractor entities = EntityExtractor.fromClasspath();
        DateExtractor dates = DateExtractor.news();
        QuantityExtractor quantities = new QuantityExtractor();
        QuoteExtractor quotes = new QuoteExtractor();
        long[] counts = new long[4];
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (DocumentContext d : docs) {
                w.write("# " + d.docId() + " " + d.published() + " " + d.text().length() + " " + d.sentences().size());
                w.newLine();
                List<Entity> mentions = entities.extract(d);
                counts[0] += write(w, mentions);
                counts[1] += write(w, dates.extract(d));
                counts[2] += write(w, quantities.extract(d));
                counts[3] += write(w, quotes.extract(d, mentions));
            }
        }
        List<DocumentContext> wars = WikiWarsDocuments.load(corpora);
        DateExtractor narrative = DateExtractor.narrative();
        long narrativeDates = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
            for (DocumentContext d : wars) {
                w.write("# " + d.docId() + " " + d.published() + " " + d.text().length() + " " + d.sentences().size());
                w.newLine();
                narrativeDates += write(w, narrative.extract(d));
            }
        }
        System.out.printf("WikiWarsDE: %d documents, %d dates (narrative)%n", wars.size(), narrativeDates);
        System.out.printf("%d documents: %d entities, %d dates, %d quantities, %d quotes -> %s%n",
                docs.size(), counts[0], counts[1], counts[2], counts[3], out);
    }

    private static int write(BufferedWriter w, List<?> records) throws IOException {
        for (Object r : records) {
            w.write(r.toString().replace("\n", "\\n"));
            w.newLine();
        }
        return records.size();
    }
}
