package de.newsfacts.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.newsfacts.normalize.TextNormalizer;
import de.newsfacts.pipeline.PublicationDateFinder;
import de.newsfacts.structure.DocumentStructurer;
import de.newsfacts.structure.Sentence;
import de.newsfacts.structure.StructuredDocument;
import de.newsfacts.testing.GnadArticles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Documents for the extractor speed and output-equality tools, prepared as the job prepares them: normalized
 * ({@link TextNormalizer#standard()}), structured ({@link DocumentStructurer}) and, where the source gives no
 * date, dated by {@link PublicationDateFinder} from the text. Evaluation only: 10kGNAD and Wikinews are CC BY-NC-SA.
 */
public final class ExtractorCorpora {

    private static final Pattern WIKINEWS_DATE = Pattern.compile("\\((\\d{4})-(\\d{2})-(\\d{2})\\)");

    private ExtractorCorpora() {
    }

    /** The 1,028 10kGNAD test articles ({@code 10kgnad/test.csv}), ids {@code gnad-<n>}. */
    public static List<DocumentContext> gnadTest(Path corpora) throws IOException {
        List<String> texts = GnadArticles.read(corpora.resolve("10kgnad/test.csv"));
        List<DocumentContext> docs = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            docs.add(prepare("gnad-" + (i + 1), texts.get(i), null));
        }
        return docs;
    }

    /** GermEval 2014 test sentences, one document each (one sentence, no date), ids {@code germeval-test-<n>}. */
    public static List<DocumentContext> germEvalTest(Path corpora) throws IOException {
        List<DocumentContext> docs = new ArrayList<>();
        StringBuilder sentence = new StringBuilder();
        int n = 0;
        for (String line : Files.readAllLines(corpora.resolve("germeval2014/NER-de-test.tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                if (!sentence.isEmpty()) {
                    String id = "germeval-test-" + (++n);
                    String text = sentence.toString();
                    docs.add(new DocumentContext(id, text, List.of(new Sentence(id, 1, 1, text, 0, text.length())), null));
                    sentence.setLength(0);
                }
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (!sentence.isEmpty()) {
                sentence.append(' ');
            }
            sentence.append(cols[1]);
        }
        return docs;
    }

    /** The Wikinews quotation articles of one split ({@code train}, {@code dev}, {@code test}), dated by their name. */
    public static List<DocumentContext> wikinews(Path corpora, String split) throws IOException {
        Path file = corpora.resolve("wikinews_quotes_de/wikinews_de_quotes_" + split + ".jsonl.gz");
        ObjectMapper json = new ObjectMapper();
        List<DocumentContext> docs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode doc = json.readTree(line);
                String id = doc.get("documentName").asText();
                Matcher m = WIKINEWS_DATE.matcher(id);
                LocalDate published = m.find() ? LocalDate.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : null;
                docs.add(prepare("wikinews-" + split + "-" + id, doc.get("originalText").asText(), published));
            }
        }
        return docs;
    }

    private static final TextNormalizer NORMALIZER = TextNormalizer.standard();
    private static final DocumentStructurer STRUCTURER = new DocumentStructurer();
    private static final PublicationDateFinder DATES = new PublicationDateFinder();

    private static DocumentContext prepare(String id, String raw, LocalDate published) {
        StructuredDocument s = STRUCTURER.structure(id, NORMALIZER.normalize(raw));
        LocalDate date = published != null ? published : DATES.find(id, s.text(), s.sentences()).orElse(null);
        return new DocumentContext(id, s.text(), s.sentences(), date);
    }
}
