package de.newsfacts.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json} of a published version: what went in (inputs with checksums), what came out (tables
 * with row counts, files and checksums) and what changed against the previous version. Field names are
 * snake_case in the file.
 *
 * @param contentSha256       digest over all tables' content digests and the schemas; equal digests mean equal
 *                            data
 * @param contentDigestScheme how the table digests were computed ({@link ContentDigest#SCHEME}); manifests
 *                            without it used an older scheme, whose digests cannot be continued
 * @param carriedOver         documents whose rows an incremental run copied from the previous version unchanged
 * @param workbook            the Excel workbook and where each table's rows are in it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(String version, String createdAt, String schemaSha256, String softwareVersion,
                       Long jobExecutionId, String contentSha256, String contentDigestScheme, Integer carriedOver,
                       List<Input> inputs, Map<String, Table> tables, Workbook workbook, Changes changes) {

    public record Input(String docId, String path, long bytes, String sha256, String fingerprint) {
    }

    public record Table(long rows, String contentSha256, List<FileEntry> files) {
    }

    public record FileEntry(String path, long bytes, String sha256) {
    }

    /**
     * The workbook of a version.
     *
     * @param maxRowsPerTable the row cap it was written with ({@link WorkbookSettings}; -1 = all rows)
     * @param format          the sheet layout ({@link ExcelWorkbookWriter#FORMAT})
     * @param sheets          the table sheets in workbook order (the README sheet comes first and is not listed)
     */
    public record Workbook(String path, long bytes, long maxRowsPerTable, String format, List<Sheet> sheets) {
    }

    /** One table sheet: which table, how many data rows, and how many cells were cut or dates written as text. */
    public record Sheet(String table, String name, long rows, long truncatedCells, long datesAsText) {
    }

    /** Documents added, removed and modified (same doc_id, other content) since {@code previous}. */
    public record Changes(String previous, List<String> added, List<String> removed, List<String> modified) {

        public static Changes between(Manifest previous, List<Input> current) {
            if (previous == null) {
                return new Changes(null, current.stream().map(Input::docId).toList(), List.of(), List.of());
            }
            Map<String, String> before = new HashMap<>();
            previous.inputs().forEach(in -> before.put(in.docId(), in.sha256()));
            List<String> added = new ArrayList<>();
            List<String> modified = new ArrayList<>();
            Map<String, Boolean> seen = new HashMap<>();
            for (Input in : current) {
                seen.put(in.docId(), true);
                String old = before.get(in.docId());
                if (old == null) {
                    added.add(in.docId());
                } else if (!old.equals(in.sha256())) {
                    modified.add(in.docId());
                }
            }
            List<String> removed = previous.inputs().stream().map(Input::docId)
                    .filter(id -> !seen.containsKey(id)).toList();
            return new Changes(previous.version(), added, removed, modified);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Writes the JSON to {@code out} (left open) without building it in memory first: it is large at 100k inputs. */
    public void writeJson(java.io.OutputStream out) throws IOException {
        MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out,
                this);
    }

    public static Manifest read(InputStream in) throws IOException {
        return MAPPER.readValue(in, Manifest.class);
    }

    /** The manifest of the version named in LATEST, or {@code null} if there is none. */
    static Manifest latest(OutputStore store) throws IOException {
        var latest = store.latest();
        if (latest.isEmpty()) {
            return null;
        }
        Path manifest = new Path(store.version(latest.get()), "manifest.json");
        if (!store.fs().exists(manifest)) {
            return null;
        }
        try (InputStream in = store.fs().open(manifest)) {
            return read(in);
        }
    }

    /** Combines per-table digests (in table order) and the schema digest into one content digest. */
    public static String contentDigest(String schemaSha256, LinkedHashMap<String, String> tableDigests) {
        StringBuilder all = new StringBuilder(schemaSha256);
        tableDigests.forEach((name, digest) -> all.append('\n').append(name).append('=').append(digest));
        return ContentDigest.sha256Hex(all.toString());
    }
}
