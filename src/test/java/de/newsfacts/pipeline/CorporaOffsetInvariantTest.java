package de.newsfacts.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.newsfacts.extract.dates.DateExtractor;
import de.newsfacts.extract.entities.EntityExtractor;
import de.newsfacts.extract.quantities.QuantityExtractor;
import de.newsfacts.extract.quotes.QuoteExtractor;
import de.newsfacts.normalize.TextNormalizer;
import de.newsfacts.source.DocumentLoader;
import de.newsfacts.source.IndexEntry;
import de.newsfacts.structure.DocumentStructurer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offset invariant {@code text == documents.text[char_start:char_end]} (code points) for every record of
 * every table, through the whole document pipeline with all extractors, on the text of every corpus in
 * {@code ../shared/corpora}. Skips when the corpora are absent.
 */
class CorporaOffsetInvariantTest {

    static final Path CORPORA = Path.of(System.getProperty("newsfacts.shared", "../shared"), "corpora");
    static DocumentPipeline pipeline;
    static Path seeds;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void setUp() {
        seeds = tmp;
        pipeline = new DocumentPipeline(new DocumentLoader(seeds, 50L << 20), TextNormalizer.standard(),
                new DocumentStructurer(), new ExtractorSet(EntityExtractor.fromClasspath(), new QuantityExtractor(),
                DateExtractor.news(), new QuoteExtractor()::extract), new PublicationDateFinder(), "test",
                DocumentPipeline.CarryOver.NONE, new StageTimes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10kgnad", "wikinews_quotes_de", "wikiwarsde", "spkatt2023", "germeval2014",
            "germeval2014_train", "europarl_ner_de"})
    void everyRecordMatchesTheDocumentText(String corpus) throws IOException {
        Path dir = CORPORA.resolve(corpus);
        Assumptions.assumeTrue(Files.isDirectory(dir), "corpus " + dir + " not present");
        List<String> documents = new ArrayList<>();
        switch (corpus) {
            case "10kgnad" -> documents.addAll(de.newsfacts.testing.GnadArticles.read(dir.resolve("test.csv")));
            case "wikinews_quotes_de" -> {
                ObjectMapper json = new ObjectMapper();
                for (String split : List.of("train", "dev", "test")) {
                    Path file = dir.resolve("wikinews_de_quotes_" + split + ".jsonl.gz");
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(
                            new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
                        in.lines().forEach(line -> {
                            try {
                                documents.add(json.readTree(line).get("originalText").asText());
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    }
                }
            }
            case "wikiwarsde" -> {
                try (Stream<Path> files = Files.list(dir.resolve("in"))) {
                    for (Path file : files.sorted().toList()) {
                        documents.add(Files.readString(file).replaceAll("<[^>]+>", ""));
                    }
                }
            }
            case "spkatt2023" -> {
                ObjectMapper json = new ObjectMapper();
                for (String split : List.of("train", "dev")) {
                    try (Stream<Path> files = Files.list(dir.resolve(split))) {
                        for (Path file : files.sorted().toList()) {
                            StringBuilder text = new StringBuilder();
                            for (JsonNode sentence : json.readTree(file.toFile()).get("Sentences")) {
                                List<String> tokens = new ArrayList<>();
                                sentence.get("Tokens").forEach(t -> tokens.add(t.asText()));
                                text.append(String.join(" ", tokens)).append('\n');
                            }
                            documents.add(text.toString());
                        }
                    }
                }
            }
            default -> {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".tsv")
                            || f.toString().endsWith(".conll02")).sorted().toList()) {
                        conllDocuments(file, documents::add);
                    }
                }
            }
        }
        assertThat(documents).isNotEmpty();
        long records = 0;
        for (int i = 0; i < documents.size(); i++) {
            records += check(corpus + "-" + i, documents.get(i));
        }
        assertThat(records).isPositive();
    }

    /** Token-per-line files: sentences become lines, 200 sentences a document. */
    private static void conllDocuments(Path file, Consumer<String> out) throws IOException {
        StringBuilder document = new StringBuilder();
        List<String> tokens = new ArrayList<>();
        int sentences = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!tokens.isEmpty()) {
                    document.append(String.join(" ", tokens)).append('\n');
                    tokens.clear();
                    if (++sentences % 200 == 0) {
                        out.accept(document.toString());
                        document.setLength(0);
                    }
                }
                continue;
            }
            String[] cells = line.split("\t");
            tokens.add(cells.length > 2 ? cells[1] : cells[0]);
        }
        if (!tokens.isEmpty()) {
            document.append(String.join(" ", tokens)).append('\n');
        }
        if (document.length() > 0) {
            out.accept(document.toString());
        }
    }

    private static long check(String docId, String raw) throws IOException {
        Path file = seeds.resolve(docId + ".txt");
        Files.writeString(file, raw);
        DocumentResult result = pipeline.process(new IndexItem(0,
                new IndexEntry(1, file.getFileName().toString(), docId, null, null, null, "de", Map.of()), null));
        Files.delete(file);
        if (result.isRejected()) {
            assertThat(result.reject().reason().code()).as(docId).isEqualTo("empty");
            return 0;
        }
        String text = result.document().text();
        int sentences = result.sentences().size();
        long records = 0;
        for (var b : result.blocks()) {
            if (b.charStart() != null) {
                assertSpan(docId, "block", text, b.text(), b.charStart(), b.charEnd());
                records++;
            }
        }
        for (var s : result.sentences()) {
            assertSpan(docId, "sentence", text, s.text(), s.charStart(), s.charEnd());
        }
        for (var e : result.entities()) {
            assertSpan(docId, "entity", text, e.text(), e.charStart(), e.charEnd());
            assertThat(e.sentenceNo()).isBetween(1, sentences);
        }
        for (var q : result.quantities()) {
            assertSpan(docId, "quantity", text, q.text(), q.charStart(), q.charEnd());
            assertThat(q.sentenceNo()).isBetween(1, sentences);
        }
        for (var d : result.dates()) {
            assertSpan(docId, "date", text, d.text(), d.charStart(), d.charEnd());
            assertThat(d.sentenceNo()).isBetween(1, sentences);
        }
        for (var q : result.quotes()) {
            assertSpan(docId, "quote", text, q.text(), q.charStart(), q.charEnd());
            assertThat(q.sentenceNo()).isBetween(1, sentences);
        }
        return records + sentences + result.entities().size() + result.quantities().size() + result.dates().size()
                + result.quotes().size();
    }

    /** Offsets are code points, as Python, DuckDB and Spark count them. */
    private static void assertSpan(String docId, String kind, String text, String recordText, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        int to = text.offsetByCodePoints(from, end - start);
        if (!text.substring(from, to).equals(recordText)) {
            throw new AssertionError(docId + ": " + kind + " [" + start + "," + end + ") is '"
                    + text.substring(from, to) + "' but the record says '" + recordText + "'");
        }
    }
}
