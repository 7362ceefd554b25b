package de.newsfacts.publish;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.extract.Entity;
import de.newsfacts.extract.Quantity;
import de.newsfacts.extract.Quote;
import de.newsfacts.pipeline.DocumentResult;
import de.newsfacts.pipeline.NewsDocument;
import de.newsfacts.source.Reject;
import de.newsfacts.structure.Block;
import de.newsfacts.structure.Sentence;
import org.apache.avro.generic.GenericRecord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the table rows (Avro records) of several document results, table by table, in order. */
public final class TableRows {

    private static final RecordMapper<NewsDocument> DOCUMENTS = RecordMapper.forTable("documents", NewsDocument.class);
    private static final RecordMapper<Block> BLOCKS = RecordMapper.forTable("blocks", Block.class);
    private static final RecordMapper<Sentence> SENTENCES = RecordMapper.forTable("sentences", Sentence.class);
    private static final RecordMapper<Entity> ENTITIES = RecordMapper.forTable("entities", Entity.class);
    private static final RecordMapper<Quantity> QUANTITIES = RecordMapper.forTable("quantities", Quantity.class);
    private static final RecordMapper<DateExpression> DATES = RecordMapper.forTable("dates", DateExpression.class);
    private static final RecordMapper<Quote> QUOTES = RecordMapper.forTable("quotes", Quote.class);
    private static final RecordMapper<Reject> REJECTS = RecordMapper.forTable("rejects", Reject.class);

    private final Map<String, List<GenericRecord>> byTable = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();

    public TableRows() {
        TableSchemas.tables().forEach(table -> byTable.put(table, new ArrayList<>()));
    }

    public void add(DocumentResult result) {
        if (result.isRejected()) {
            byTable.get("rejects").add(REJECTS.map(result.reject()));
            order.add(ChunkStore.REJECTED);
            return;
        }
        if (result.isCarried()) {
            order.add(ChunkStore.CARRIED + result.carriedDocId());
            return;
        }
        order.add(ChunkStore.FRESH + result.document().docId());
        byTable.get("documents").add(DOCUMENTS.map(result.document()));
        addAll("blocks", BLOCKS, result.blocks());
        addAll("sentences", SENTENCES, result.sentences());
        addAll("entities", ENTITIES, result.entities());
        addAll("quantities", QUANTITIES, result.quantities());
        addAll("dates", DATES, result.dates());
        addAll("quotes", QUOTES, result.quotes());
    }

    private <R extends Record> void addAll(String table, RecordMapper<R> mapper, List<R> records) {
        List<GenericRecord> rows = byTable.get(table);
        for (R record : records) {
            rows.add(mapper.map(record));
        }
    }

    public Map<String, List<GenericRecord>> byTable() {
        return byTable;
    }

    /** One line per document in order: {@link ChunkStore#FRESH}/{@link ChunkStore#CARRIED} + id, or a reject. */
    public List<String> order() {
        return order;
    }
}
