package de.newsfacts.publish;

import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Avro table schemas, loaded once from the classpath ({@code /schemas/<table>.avsc}), and the data dictionary
 * derived from them.
 * <ul>
 *   <li>{@link #tables()} is the fixed publication order: documents, blocks, sentences, entities, quantities,
 *       dates, quotes, rejects.</li>
 *   <li>A field is nullable when its type is a union with {@code null}; its type is then the other branch.</li>
 *   <li>Type names for humans: string, int, long, double, float, boolean, date ({@code int} with the Avro
 *       {@code date} logical type); anything else is the Avro type name.</li>
 * </ul>
 */
public final class TableSchemas {

    private static final List<String> TABLES =
            List.of("documents", "blocks", "sentences", "entities", "quantities", "dates", "quotes", "rejects");

    private static final Map<String, Schema> SCHEMAS = load();

    /** One column of the data dictionary. */
    public record Column(String table, String column, String type, boolean nullable, String description) {
    }

    private TableSchemas() {
    }

    /** The table names in publication order. */
    public static List<String> tables() {
        return TABLES;
    }

    /** The schema of a table; throws {@link IllegalArgumentException} for an unknown table. */
    public static Schema schema(String table) {
        Schema schema = SCHEMAS.get(table);
        if (schema == null) {
            throw new IllegalArgumentException("unknown table '" + table + "', known tables: " + TABLES);
        }
        return schema;
    }

    /** The data dictionary of one table, in schema field order. */
    public static List<Column> columns(String table) {
        return columns(table, schema(table));
    }

    /** The data dictionary of any record schema, under the given table name. */
    public static List<Column> columns(String table, Schema schema) {
        List<Column> columns = new ArrayList<>(schema.getFields().size());
        for (Schema.Field field : schema.getFields()) {
            columns.add(new Column(table, field.name(), typeName(field.schema()), isNullable(field.schema()),
                    field.doc() == null ? "" : field.doc()));
        }
        return List.copyOf(columns);
    }

    /** The data dictionary of all tables, in table order then field order. */
    public static List<Column> dictionary() {
        List<Column> all = new ArrayList<>();
        for (String table : TABLES) {
            all.addAll(columns(table));
        }
        return List.copyOf(all);
    }

    /** True if the schema is a union containing {@code null}. */
    public static boolean isNullable(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema.getType() == Schema.Type.NULL;
        }
        for (Schema branch : schema.getTypes()) {
            if (branch.getType() == Schema.Type.NULL) {
                return true;
            }
        }
        return false;
    }

    /** The non-null branch of a {@code ["null", X]} union, else the schema itself. */
    public static Schema valueSchema(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        Schema value = null;
        for (Schema branch : schema.getTypes()) {
            if (branch.getType() != Schema.Type.NULL) {
                if (value != null) {
                    throw new IllegalArgumentException("only [null, X] unions are supported: " + schema);
                }
                value = branch;
            }
        }
        if (value == null) {
            throw new IllegalArgumentException("union without a non-null branch: " + schema);
        }
        return value;
    }

    /** True if the (possibly nullable) schema is an {@code int} with the {@code date} logical type. */
    public static boolean isDate(Schema schema) {
        Schema value = valueSchema(schema);
        LogicalType logicalType = value.getLogicalType();
        return value.getType() == Schema.Type.INT && logicalType instanceof LogicalTypes.Date;
    }

    /** Human type name: string, int, long, double, float, boolean, date, else the Avro type name. */
    public static String typeName(Schema schema) {
        if (isDate(schema)) {
            return "date";
        }
        Schema value = valueSchema(schema);
        if (value.getLogicalType() != null) {
            return value.getLogicalType().getName();
        }
        return value.getType().getName();
    }

    private static Map<String, Schema> load() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (String table : TABLES) {
            String resource = "/schemas/" + table + ".avsc";
            try (InputStream in = TableSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("schema resource " + resource + " not on the classpath");
                }
                schemas.put(table, new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read schema " + resource, e);
            }
        }
        return Map.copyOf(schemas);
    }
}
