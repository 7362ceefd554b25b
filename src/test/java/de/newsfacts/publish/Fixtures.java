package de.newsfacts.publish;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.Quantity;
import de.newsfacts.extract.Quote;
import de.newsfacts.source.Reject;
import de.newsfacts.source.RejectReason;
import de.newsfacts.structure.Block;
import de.newsfacts.structure.BlockKind;
import de.newsfacts.structure.Sentence;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small sample rows for every table, with nulls, umlauts and emoji. */
final class Fixtures {

    /** Test-only record with the shape of the documents table (the job defines the real one). */
    record DocumentRow(String docId, String path, int indexLine, String url, String title, LocalDate published,
                       String publishedSource, String language, String sourceEncoding, long bytes, String text,
                       int charCount, int wordCount, int sentenceCount, String contentSha256,
                       Map<String, String> metadata, String inputFingerprint) {
    }

    static final String TEXT = "Größere Überschwemmungen in Köln 🌊. Der Bürgermeister sagte: „Wir schaffen das.“";

    private Fixtures() {
    }

    static Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("ressort", "Inland");
        metadata.put("autor", "Jörg \"JB\" Bäcker");
        return metadata;
    }

    static List<DocumentRow> documents() {
        return List.of(
                new DocumentRow("d1", "a/d1.txt", 2, "https://example.org/ä", "Überschwemmungen 🌊",
                        LocalDate.of(2025, 11, 20), "index", "de", "UTF-8", 1234L, TEXT, TEXT.length(), 11, 2,
                        "ab".repeat(32), metadata(), "ef".repeat(32)),
                new DocumentRow("d2", "d2.txt", 3, null, null, null, "none", "de", "windows-1252", 10L, "Kurz.",
                        5, 1, 1, "cd".repeat(32), Map.of(), "01".repeat(32)));
    }

    static List<Block> blocks() {
        return List.of(
                new Block("d1", 1, BlockKind.TITLE, null, "Größere Überschwemmungen", 0, 24),
                new Block("d1", 2, BlockKind.BOILERPLATE, null, "Anzeige", null, null),
                new Block("d1", 3, BlockKind.PARAGRAPH, "Köln", TEXT, 0, TEXT.length()));
    }

    static List<Sentence> sentences() {
        return List.of(
                new Sentence("d1", 1, 3, "Größere Überschwemmungen in Köln 🌊.", 0, 35),
                new Sentence("d1", 2, 3, "Der Bürgermeister sagte: „Wir schaffen das.“", 36, TEXT.length()));
    }

    static List<Entity> entities() {
        return List.of(new Entity("d1", 1, "Köln", "LOC", "Köln", 28, 32, "gazetteer", 0.9));
    }

    static List<Quantity> quantities() {
        return List.of(
                new Quantity("d1", 1, "mehr als 1.234,5 Mio. Euro", 1.2345e9, "more_than", "EUR", null, null, 0, 26),
                new Quantity("d1", 2, "12 Tote", 12, "exact", null, "Tote", "killed", 30, 37));
    }

    static List<DateExpression> dates() {
        return List.of(
                new DateExpression("d1", 1, "20. November 2025", "2025-11-20", LocalDate.of(2025, 11, 20),
                        LocalDate.of(2025, 11, 20), "day", true, 0, 17),
                new DateExpression("d1", 1, "1871", "1871", LocalDate.of(1871, 1, 1), LocalDate.of(1871, 12, 31),
                        "year", true, 20, 24),
                new DateExpression("d1", 2, "damals", null, null, null, "unknown", false, 40, 46));
    }

    static List<Quote> quotes() {
        return List.of(new Quote("d1", 2, "Wir schaffen das.", "Bürgermeister", "direct", "sagte", 62, 79),
                new Quote("d1", 2, "das", null, "partial", null, 75, 78));
    }

    static List<Reject> rejects() {
        return List.of(new Reject(null, "../x.txt", 7, RejectReason.OUTSIDE_SEEDS, "Pfad außerhalb von seeds"),
                new Reject("leer", "leer.txt", 8, RejectReason.EMPTY, "Datei ist leer"));
    }

    /** The sample rows of {@code table}. */
    static List<? extends Record> rows(String table) {
        return switch (table) {
            case "documents" -> documents();
            case "blocks" -> blocks();
            case "sentences" -> sentences();
            case "entities" -> entities();
            case "quantities" -> quantities();
            case "dates" -> dates();
            case "quotes" -> quotes();
            case "rejects" -> rejects();
            default -> throw new IllegalArgumentException(table);
        };
    }

    /** The sample rows of {@code table} as Avro records of its schema. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<org.apache.avro.generic.GenericData.Record> avro(String table) {
        List<? extends Record> rows = rows(table);
        RecordMapper mapper = RecordMapper.forTable(table, rows.get(0).getClass());
        return rows.stream().map(r -> mapper.map(r)).toList();
    }
}
