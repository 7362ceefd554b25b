package de.newsfacts.publish;

import de.newsfacts.extract.DateExpression;
import de.newsfacts.source.Reject;
import de.newsfacts.structure.Block;
import de.newsfacts.structure.Sentence;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordMapperTest {

    @ParameterizedTest
    @CsvSource({
            "docId, doc_id",
            "charStart, char_start",
            "sentenceNo, sentence_no",
            "contentSha256, content_sha256",
            "text, text",
            "HTTPServer, http_server",
            "docID, doc_id",
            "already_snake, already_snake",
    })
    void snakeCase(String component, String field) {
        assertThat(RecordMapper.snakeCase(component)).isEqualTo(field);
    }

    static java.util.List<String> tables() {
        return TableSchemas.tables();
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyTableMapsFromItsDomainRecord(String table) {
        var rows = Fixtures.avro(table);
        assertThat(rows).isNotEmpty();
        for (GenericData.Record row : rows) {
            assertThat(row.getSchema()).isEqualTo(TableSchemas.schema(table));
            assertThat(GenericData.get().validate(row.getSchema(), row)).as("valid %s row %s", table, row).isTrue();
        }
    }

    @Test
    void sentenceFieldsBySnakeCaseName() {
        GenericData.Record row = RecordMapper.forTable("sentences", Sentence.class)
                .map(new Sentence("d1", 2, 3, "Zweiter Satz.", 10, 23));
        assertThat(row.get("doc_id")).isEqualTo("d1");
        assertThat(row.get("sentence_no")).isEqualTo(2);
        assertThat(row.get("block_no")).isEqualTo(3);
        assertThat(row.get("char_start")).isEqualTo(10);
        assertThat(row.get("char_end")).isEqualTo(23);
    }

    @Test
    void enumWithCodeAndNullableOffsets() {
        GenericData.Record row = RecordMapper.forTable("blocks", Block.class).map(Fixtures.blocks().get(1));
        assertThat(row.get("kind")).isEqualTo("boilerplate");
        assertThat(row.get("char_start")).isNull();
        assertThat(row.get("section")).isNull();
        GenericData.Record reject = RecordMapper.forTable("rejects", Reject.class).map(Fixtures.rejects().get(0));
        assertThat(reject.get("reason")).isEqualTo("outside_seeds");
        assertThat(reject.get("doc_id")).isNull();
    }

    @Test
    void localDateBecomesEpochDays() {
        GenericData.Record row = RecordMapper.forTable("dates", DateExpression.class).map(Fixtures.dates().get(0));
        assertThat(row.get("start_date")).isEqualTo((int) LocalDate.of(2025, 11, 20).toEpochDay());
        assertThat(row.get("anchored")).isEqualTo(true);
        GenericData.Record unresolved = RecordMapper.forTable("dates", DateExpression.class)
                .map(Fixtures.dates().get(2));
        assertThat(unresolved.get("start_date")).isNull();
        assertThat(unresolved.get("value")).isNull();
    }

    @Test
    void mapBecomesJsonAndEmptyMapNull() {
        RecordMapper<Fixtures.DocumentRow> mapper = RecordMapper.forTable("documents", Fixtures.DocumentRow.class);
        assertThat(mapper.map(Fixtures.documents().get(0)).get("metadata"))
                .isEqualTo("{\"ressort\":\"Inland\",\"autor\":\"Jörg \\\"JB\\\" Bäcker\"}");
        assertThat(mapper.map(Fixtures.documents().get(1)).get("metadata")).isNull();
        assertThat(mapper.map(Fixtures.documents().get(0)).get("bytes")).isEqualTo(1234L);
    }

    @Test
    void jsonEscapesControlCharacters() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a\tb", "x\ny\u0001\\");
        map.put("n", null);
        map.put("i", 3);
        assertThat(RecordMapper.Json.write(map)).isEqualTo("{\"a\\tb\":\"x\\ny\\u0001\\\\\",\"n\":null,\"i\":3}");
    }

    record OnlyId(String docId) {
    }

    @Test
    void missingRequiredFieldFailsFastNamingIt() {
        assertThatThrownBy(() -> RecordMapper.forTable("sentences", OnlyId.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sentence_no")
                .hasMessageContaining("char_end")
                .hasMessageContaining(OnlyId.class.getName());
    }

    @Test
    void missingNullableFieldWithNullDefaultStaysNull() {
        Schema schema = SchemaBuilder.record("T").fields()
                .requiredString("doc_id")
                .optionalString("note")
                .endRecord();
        GenericData.Record row = RecordMapper.forSchema(schema, OnlyId.class).map(new OnlyId("x"));
        assertThat(row.get("doc_id")).isEqualTo("x");
        assertThat(row.get("note")).isNull();
    }

    @Test
    void nullInRequiredFieldThrowsNamingField() {
        RecordMapper<Sentence> mapper = RecordMapper.forTable("sentences", Sentence.class);
        assertThatThrownBy(() -> mapper.map(new Sentence(null, 1, 1, "x", 0, 1)))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("doc_id");
    }

    record WrongType(String docId, String sentenceNo, int blockNo, String text, int charStart, int charEnd) {
    }

    @Test
    void incompatibleTypeFailsFast() {
        assertThatThrownBy(() -> RecordMapper.forTable("sentences", WrongType.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sentenceNo (String) -> sentence_no (int)");
    }

    enum Plain { FIRST_ONE }

    record WithPlainEnum(Plain kind, long count, int ratio) {
    }

    @Test
    void enumWithoutCodeUsesLowerCaseNameAndNumbersWiden() {
        Schema schema = SchemaBuilder.record("P").fields()
                .requiredString("kind").requiredDouble("count").requiredLong("ratio").endRecord();
        GenericData.Record row = RecordMapper.forSchema(schema, WithPlainEnum.class)
                .map(new WithPlainEnum(Plain.FIRST_ONE, 5L, 7));
        assertThat(row.get("kind")).isEqualTo("first_one");
        assertThat(row.get("count")).isEqualTo(5.0);
        assertThat(row.get("ratio")).isEqualTo(7L);
    }

    @Test
    void mapperIsCachedPerClassAndSchema() {
        assertThat(RecordMapper.forTable("sentences", Sentence.class))
                .isSameAs(RecordMapper.forTable("sentences", Sentence.class));
    }
}
