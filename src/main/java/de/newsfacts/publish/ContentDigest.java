package de.newsfacts.publish;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Digest of a table's content, independent of the Parquet writer's layout, so two runs over the same input
 * compare equal.
 *
 * <p>Scheme {@value #SCHEME}: the rows, in order, are cut into runs of equal {@code doc_id} (a document's rows
 * are contiguous); each run's rows are Avro binary encoded and hashed, {@code r = SHA-256(rows)}; the runs are
 * chained, {@code h = SHA-256(h || r)}, starting from 32 zero bytes; the digest is the hex of the last
 * {@code h}. Because the chain state is the digest itself, a table that only grew at its end can be digested
 * by {@link #continuing} the previous digest with the new rows, without reading the old ones again, and the
 * result equals digesting all rows from the start.
 */
public final class ContentDigest {

    /** Names the digest definition; digests of different schemes are not comparable (see {@link Manifest}). */
    public static final String SCHEME = "sha256-document-chain-1";

    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest run = sha256();
    private final MessageDigest chain = sha256();
    private final GenericDatumWriter<GenericRecord> writer;
    private final BinaryEncoder encoder;
    private final int docIdField;
    private byte[] state;
    private boolean inRun;
    private String runKey;

    /** A digest of an empty table, to be fed all rows. */
    public ContentDigest(Schema schema) {
        this(schema, new byte[32]);
    }

    private ContentDigest(Schema schema, byte[] start) {
        this.state = start;
        this.writer = new GenericDatumWriter<>(schema);
        Schema.Field docId = schema.getField("doc_id");
        this.docIdField = docId == null ? -1 : docId.pos();
        this.encoder = EncoderFactory.get().directBinaryEncoder(new OutputStream() {
            @Override
            public void write(int b) {
                run.update((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                run.update(b, off, len);
            }
        }, null);
    }

    /** A digest that continues the table whose digest was {@code previousHex} with further rows. */
    public static ContentDigest continuing(Schema schema, String previousHex) {
        byte[] start = HEX.parseHex(Objects.requireNonNull(previousHex, "previousHex"));
        if (start.length != 32) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + previousHex);
        }
        return new ContentDigest(schema, start);
    }

    public void add(GenericRecord record) {
        Object key = docIdField < 0 ? null : record.get(docIdField);
        String keyText = key == null ? null : key.toString();
        if (inRun && !Objects.equals(keyText, runKey)) {
            closeRun();
        }
        inRun = true;
        runKey = keyText;
        try {
            writer.write(record, encoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeRun() {
        chain.update(state);
        chain.update(run.digest());
        state = chain.digest();
        inRun = false;
    }

    /** The digest of the rows added so far; call it between documents (it closes the current run). */
    public String hex() {
        if (inRun) {
            closeRun();
        }
        return HEX.formatHex(state);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256Hex(String text) {
        return HEX.formatHex(sha256().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
