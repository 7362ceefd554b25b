package de.newsfacts.job;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads published Parquet tables with DuckDB (an independent reader) for assertions. */
final class DuckDb implements AutoCloseable {

    private final Connection connection;
    private final Path version;

    DuckDb(Path version) throws SQLException {
        this.connection = DriverManager.getConnection("jdbc:duckdb:");
        this.version = version;
        for (String table : List.of("documents", "blocks", "sentences", "entities", "quantities", "dates", "quotes",
                "rejects")) {
            try (Statement st = connection.createStatement()) {
                st.execute("create view " + table + " as select * from read_parquet('"
                        + version.resolve(table).resolve("*.parquet") + "')");
            }
        }
    }

    long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String string(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    List<List<Object>> rows(String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** Rows of {@code table} whose text is not the substring of documents.text at its offsets. */
    long offsetViolations(String table) throws SQLException {
        return count("select count(*) from " + table + " t join documents d using (doc_id) "
                + "where t.char_start is not null and substring(d.text, t.char_start + 1, t.char_end - t.char_start)"
                + " <> t.text");
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
