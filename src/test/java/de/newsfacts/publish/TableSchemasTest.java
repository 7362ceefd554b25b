package de.newsfacts.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TableSchemasTest {

    @Test
    void tablesInFixedOrder() {
        assertThat(TableSchemas.tables()).containsExactly(
                "documents", "blocks", "sentences", "entities", "quantities", "dates", "quotes", "rejects");
        for (String table : TableSchemas.tables()) {
            assertThat(TableSchemas.schema(table).getFields()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({
            "documents, doc_id, string, false",
            "documents, published, date, true",
            "documents, bytes, long, false",
            "documents, metadata, string, true",
            "blocks, char_start, int, true",
            "entities, confidence, double, false",
            "dates, anchored, boolean, false",
            "dates, end_date, date, true",
            "rejects, doc_id, string, true",
    })
    void dictionaryTypes(String table, String column, String type, boolean nullable) {
        TableSchemas.Column c = TableSchemas.columns(table).stream()
                .filter(col -> col.column().equals(column)).findFirst().orElseThrow();
        assertThat(c.type()).isEqualTo(type);
        assertThat(c.nullable()).isEqualTo(nullable);
        assertThat(c.description()).isNotBlank();
        assertThat(c.table()).isEqualTo(table);
    }

    @Test
    void everyFieldHasADoc() {
        assertThat(TableSchemas.dictionary()).allSatisfy(c -> assertThat(c.description()).isNotBlank());
        assertThat(TableSchemas.dictionary().get(0).table()).isEqualTo("documents");
    }

    @Test
    void unknownTableIsAClearError() {
        assertThatThrownBy(() -> TableSchemas.schema("nope")).hasMessageContaining("nope").hasMessageContaining("documents");
    }
}
