package de.newsfacts.publish;

import org.apache.avro.JsonProperties;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Maps a Java record to an Avro {@link GenericData.Record} of a table schema, field by field.
 * <ul>
 *   <li>Component {@code charStart} fills field {@code char_start} (camelCase to snake_case:
 *       {@code contentSha256 -> content_sha256}, {@code docID -> doc_id}).</li>
 *   <li>A schema field without a component is an error when the mapper is built, unless the field is nullable
 *       with default {@code null} (it then stays null). Components without a field are ignored.</li>
 *   <li>Conversions, chosen once per field: {@link LocalDate} to int days since 1970-01-01 for {@code date}
 *       fields; enum to its {@code code()} if it has a public no-argument {@code String code()}, else its
 *       lower-case name; {@link Map} to a JSON object string for string fields (an empty map is {@code null}
 *       when the field is nullable); any {@link CharSequence} to String; numbers widen (int to long/double,
 *       long to double), never narrow. Other combinations are rejected when the mapper is built.</li>
 *   <li>A {@code null} component value for a non-nullable field throws {@link NullPointerException} naming the
 *       field and record, instead of failing later inside the Parquet writer.</li>
 * </ul>
 * Accessors are method handles resolved once per (record class, schema); instances are immutable and
 * thread-safe.
 */
public final class RecordMapper<R extends Record> {

    private static final MethodType ACCESSOR_TYPE = MethodType.methodType(Object.class, Record.class);
    private static final Map<Key, RecordMapper<?>> CACHE = new ConcurrentHashMap<>();

    private final Schema schema;
    private final Class<R> recordType;
    private final MethodHandle[] accessors;
    private final Converter[] converters;
    private final boolean[] nullable;
    private final String[] fieldNames;

    @FunctionalInterface
    private interface Converter {
        Object convert(Object value);
    }

    private record Key(Class<?> type, Schema schema) {
    }

    private RecordMapper(Schema schema, Class<R> recordType) {
        if (schema.getType() != Schema.Type.RECORD) {
            throw new IllegalArgumentException("not a record schema: " + schema.getFullName());
        }
        if (!recordType.isRecord()) {
            throw new IllegalArgumentException(recordType.getName() + " is not a record class");
        }
        this.schema = schema;
        this.recordType = recordType;
        Map<String, RecordComponent> componentsByField = new LinkedHashMap<>();
        for (RecordComponent component : recordType.getRecordComponents()) {
            componentsByField.put(snakeCase(component.getName()), component);
        }
        List<Schema.Field> fields = schema.getFields();
        int n = fields.size();
        accessors = new MethodHandle[n];
        converters = new Converter[n];
        nullable = new boolean[n];
        fieldNames = new String[n];
        List<String> missing = new ArrayList<>();
        List<String> incompatible = new ArrayList<>();
        for (Schema.Field field : fields) {
            int pos = field.pos();
            fieldNames[pos] = field.name();
            nullable[pos] = TableSchemas.isNullable(field.schema());
            RecordComponent component = componentsByField.get(field.name());
            if (component == null) {
                if (!(nullable[pos] && field.hasDefaultValue() && field.defaultVal() == JsonProperties.NULL_VALUE)) {
                    missing.add(field.name());
                }
                continue;
            }
            Converter converter = converter(component.getType(), field.schema(), nullable[pos]);
            if (converter == null) {
                incompatible.add(component.getName() + " (" + component.getType().getSimpleName() + ") -> "
                        + field.name() + " (" + TableSchemas.typeName(field.schema()) + ")");
                continue;
            }
            converters[pos] = converter;
            accessors[pos] = accessor(component.getAccessor());
        }
        if (!missing.isEmpty() || !incompatible.isEmpty()) {
            throw new IllegalArgumentException("cannot map record " + recordType.getName() + " to schema "
                    + schema.getFullName()
                    + (missing.isEmpty() ? "" : ": schema field(s) " + missing + " have no record component"
                    + " (components map to fields " + componentsByField.keySet() + ")")
                    + (incompatible.isEmpty() ? "" : ": unsupported conversion(s) " + incompatible));
        }
    }

    /** A mapper from {@code recordType} to {@code schema}; built once per pair and cached. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> RecordMapper<R> forSchema(Schema schema, Class<R> recordType) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(recordType, "recordType");
        return (RecordMapper<R>) CACHE.computeIfAbsent(new Key(recordType, schema),
                key -> new RecordMapper<>(schema, recordType));
    }

    /** A mapper from {@code recordType} to the schema of {@code table} ({@link TableSchemas#schema}). */
    public static <R extends Record> RecordMapper<R> forTable(String table, Class<R> recordType) {
        return forSchema(TableSchemas.schema(table), recordType);
    }

    public Schema schema() {
        return schema;
    }

    public Class<R> recordType() {
        return recordType;
    }

    /** A new Avro record holding the converted component values of {@code record}. */
    public GenericData.Record map(R record) {
        Objects.requireNonNull(record, "record");
        GenericData.Record out = new GenericData.Record(schema);
        for (int i = 0; i < accessors.length; i++) {
            MethodHandle accessor = accessors[i];
            if (accessor == null) {
                continue; // nullable field without a component: stays null
            }
            Object value;
            try {
                value = (Object) accessor.invokeExact((Record) record);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException("accessor of " + fieldNames[i] + " failed", t);
            }
            if (value == null) {
                if (!nullable[i]) {
                    throw new NullPointerException("field '" + fieldNames[i] + "' of " + schema.getName()
                            + " is not nullable, but " + recordType.getSimpleName() + " " + record
                            + " has null there");
                }
                continue;
            }
            out.put(i, converters[i].convert(value));
        }
        return out;
    }

    /** camelCase to snake_case: {@code charStart -> char_start}, {@code HTTPServer -> http_server}. */
    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLowerOrDigit = i > 0
                        && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
                boolean endsAcronym = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (afterLowerOrDigit || endsAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static MethodHandle accessor(Method method) {
        try {
            method.trySetAccessible();
            return MethodHandles.lookup().unreflect(method).asType(ACCESSOR_TYPE);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("record accessor " + method + " is not accessible", e);
        }
    }

    /** The conversion for one component/field pair, or null if the pair is not supported. */
    private static Converter converter(Class<?> type, Schema fieldSchema, boolean nullableField) {
        Class<?> boxed = boxed(type);
        Schema value = TableSchemas.valueSchema(fieldSchema);
        if (TableSchemas.isDate(value)) {
            if (boxed == LocalDate.class) {
                return v -> Math.toIntExact(((LocalDate) v).toEpochDay());
            }
            return boxed == Integer.class ? v -> v : null;
        }
        switch (value.getType()) {
            case STRING:
                if (boxed == String.class) {
                    return v -> v;
                }
                if (CharSequence.class.isAssignableFrom(boxed)) {
                    return Object::toString;
                }
                if (boxed.isEnum()) {
                    String[] codes = enumCodes(boxed);
                    return v -> codes[((Enum<?>) v).ordinal()];
                }
                if (Map.class.isAssignableFrom(boxed)) {
                    return nullableField
                            ? v -> ((Map<?, ?>) v).isEmpty() ? null : Json.write(v)
                            : Json::write;
                }
                return null;
            case INT:
                return boxed == Integer.class || boxed == Short.class || boxed == Byte.class
                        ? v -> ((Number) v).intValue() : null;
            case LONG:
                return boxed == Long.class || boxed == Integer.class || boxed == Short.class || boxed == Byte.class
                        ? v -> ((Number) v).longValue() : null;
            case DOUBLE:
                return boxed == Double.class || boxed == Float.class || boxed == Long.class
                        || boxed == Integer.class || boxed == Short.class || boxed == Byte.class
                        ? v -> ((Number) v).doubleValue() : null;
            case FLOAT:
                return boxed == Float.class || boxed == Integer.class || boxed == Short.class || boxed == Byte.class
                        ? v -> ((Number) v).floatValue() : null;
            case BOOLEAN:
                return boxed == Boolean.class ? v -> v : null;
            default:
                return null;
        }
    }

    private static String[] enumCodes(Class<?> enumType) {
        Object[] constants = enumType.getEnumConstants();
        String[] codes = new String[constants.length];
        Method code = null;
        try {
            Method candidate = enumType.getMethod("code");
            if (candidate.getReturnType() == String.class) {
                code = candidate;
                code.trySetAccessible();
            }
        } catch (NoSuchMethodException e) {
            // no code(): fall back to the lower-case constant name
        }
        for (int i = 0; i < constants.length; i++) {
            Enum<?> constant = (Enum<?>) constants[i];
            try {
                codes[i] = code != null ? (String) code.invoke(constant) : constant.name().toLowerCase(Locale.ROOT);
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException("cannot call " + enumType.getName() + ".code()", e);
            }
        }
        return codes;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) return Integer.class;
        if (type == long.class) return Long.class;
        if (type == double.class) return Double.class;
        if (type == float.class) return Float.class;
        if (type == boolean.class) return Boolean.class;
        if (type == short.class) return Short.class;
        if (type == byte.class) return Byte.class;
        if (type == char.class) return Character.class;
        return type;
    }

    @Override
    public String toString() {
        return "RecordMapper[" + recordType.getSimpleName() + " -> " + schema.getFullName() + " "
                + Arrays.toString(fieldNames) + "]";
    }

    /** Minimal deterministic JSON writer for metadata maps (insertion order kept, RFC 8259 escaping). */
    static final class Json {
        private Json() {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder(64);
            append(out, value);
            return out.toString();
        }

        private static void append(StringBuilder out, Object value) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(out, String.valueOf(entry.getKey()));
                    out.append(':');
                    append(out, entry.getValue());
                }
                out.append('}');
            } else if (value instanceof Iterable<?> items) {
                out.append('[');
                boolean first = true;
                for (Object item : items) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    append(out, item);
                }
                out.append(']');
            } else if (value instanceof Boolean
                    || value instanceof Integer || value instanceof Long
                    || value instanceof Short || value instanceof Byte) {
                out.append(value);
            } else if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                if (Double.isFinite(d)) {
                    out.append(value);
                } else {
                    string(out, value.toString()); // JSON has no NaN/Infinity
                }
            } else {
                string(out, value.toString());
            }
        }

        private static void string(StringBuilder out, String s) {
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    case '\b' -> out.append("\\b");
                    case '\f' -> out.append("\\f");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
    }
}
