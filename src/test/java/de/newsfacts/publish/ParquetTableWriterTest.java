package de.newsfacts.publish;

import org.apache.avro.generic.GenericData;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ParquetTableWriterTest {

    @TempDir
    java.nio.file.Path dir;

    static List<String> tables() {
        return TableSchemas.tables();
    }

    private java.nio.file.Path write(String table, List<GenericData.Record> rows) throws IOException {
        java.nio.file.Path tableDir = dir.resolve(table);
        Files.createDirectories(tableDir);
        Path file = new Path(tableDir.resolve("part-00000.parquet").toUri());
        try (ParquetTableWriter writer = ParquetTableWriter.open(file, TableSchemas.schema(table), new Configuration())) {
            for (GenericData.Record row : rows) {
                writer.write(row);
            }
            assertThat(writer.rows()).isEqualTo(rows.size());
        }
        return tableDir;
    }

    private static Map<String, String> columnTypes(Statement st, String glob) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery("describe select * from read_parquet('" + glob + "')")) {
            while (rs.next()) {
                types.put(rs.getString("column_name"), rs.getString("column_type"));
            }
        }
        return types;
    }

    private static String duckType(String type) {
        return switch (type) {
            case "string" -> "VARCHAR";
            case "int" -> "INTEGER";
            case "long" -> "BIGINT";
            case "double" -> "DOUBLE";
            case "boolean" -> "BOOLEAN";
            case "date" -> "DATE";
            default -> throw new IllegalArgumentException(type);
        };
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyTableReadsBackInDuckDbWithSchemaTypesAndRowCount(String table) throws Exception {
        List<GenericData.Record> rows = Fixtures.avro(table);
        java.nio.file.Path tableDir = write(table, rows);
        String glob = tableDir + "/*.parquet";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            Map<String, String> expected = new LinkedHashMap<>();
            for (TableSchemas.Column column : TableSchemas.columns(table)) {
                expected.put(column.column(), duckType(column.type()));
            }
            assertThat(columnTypes(st, glob)).containsExactlyEntriesOf(expected);
            try (ResultSet rs = st.executeQuery("select count(*) from read_parquet('" + glob + "')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(rows.size());
            }
        }
        try (Stream<java.nio.file.Path> files = Files.list(tableDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("part-00000.parquet");
        }
    }

    @Test
    void valuesNullsUmlautsEmojiAndDatesSurviveTheRoundTrip() throws Exception {
        java.nio.file.Path docs = write("documents", Fixtures.avro("documents"));
        java.nio.file.Path dates = write("dates", Fixtures.avro("dates"));
        java.nio.file.Path quantities = write("quantities", Fixtures.avro("quantities"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select doc_id, title, published, url, text, bytes, metadata from read_parquet('"
                    + docs + "/*.parquet') order by doc_id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("title")).isEqualTo("Überschwemmungen 🌊");
                assertThat(rs.getObject("published", LocalDate.class)).isEqualTo(LocalDate.of(2025, 11, 20));
                assertThat(rs.getString("text")).isEqualTo(Fixtures.TEXT);
                assertThat(rs.getLong("bytes")).isEqualTo(1234L);
                assertThat(rs.getString("metadata")).contains("Jörg");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("title")).isNull();
                assertThat(rs.getObject("published")).isNull();
                assertThat(rs.getString("url")).isNull();
                assertThat(rs.getString("metadata")).isNull();
                assertThat(rs.next()).isFalse();
            }
            // offsets stay UTF-16 based: the emoji sentence substring still matches in Java terms
            try (ResultSet rs = st.executeQuery("select text, start_date, end_date, anchored from read_parquet('"
                    + dates + "/*.parquet') order by char_start")) {
                List<String> seen = new ArrayList<>();
                while (rs.next()) {
                    seen.add(rs.getString(1) + "|" + rs.getObject(2) + "|" + rs.getObject(3) + "|" + rs.getBoolean(4));
                }
                assertThat(seen).containsExactly(
                        "20. November 2025|2025-11-20|2025-11-20|true",
                        "1871|1871-01-01|1871-12-31|true",
                        "damals|null|null|false");
            }
            try (ResultSet rs = st.executeQuery("select sum(value), count(unit), count(*) from read_parquet('"
                    + quantities + "/*.parquet')")) {
                rs.next();
                assertThat(rs.getDouble(1)).isEqualTo(1.2345e9 + 12);
                assertThat(rs.getLong(2)).isEqualTo(1);
                assertThat(rs.getLong(3)).isEqualTo(2);
            }
            try (ResultSet rs = st.executeQuery("select distinct compression from parquet_metadata('"
                    + quantities + "/*.parquet')")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualToIgnoringCase("ZSTD");
            }
        }
    }

    @Test
    void overwritesAnExistingFileAndLeavesNoChecksumFiles() throws Exception {
        write("sentences", Fixtures.avro("sentences"));
        java.nio.file.Path tableDir = write("sentences", Fixtures.avro("sentences").subList(0, 1));
        try (Stream<java.nio.file.Path> files = Files.list(tableDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("part-00000.parquet");
        }
        try (Stream<java.nio.file.Path> all = Files.walk(dir)) {
            assertThat(all.map(java.nio.file.Path::toString).filter(p -> p.endsWith(".crc"))).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from read_parquet('" + tableDir + "/*.parquet')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
    }

    @Test
    void schemeLessLocalPathAlsoWritesNoChecksumFiles() throws Exception {
        Configuration conf = new Configuration();
        Path file = new Path(dir.resolve("plain.parquet").toString());
        try (ParquetTableWriter writer = ParquetTableWriter.open(file, TableSchemas.schema("rejects"), conf)) {
            for (GenericData.Record row : Fixtures.avro("rejects")) {
                writer.write(row);
            }
        }
        try (Stream<java.nio.file.Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("plain.parquet");
        }
        assertThat(conf.get("fs.file.impl.disable.cache")).as("caller's configuration untouched").isNull();
    }
}
