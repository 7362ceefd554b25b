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

/**
 * SHA-256 of a table's content: its rows in order, each in Avro binary encoding. Unlike a file checksum it does
 * not depend on the Parquet writer's layout, so two runs over the same input compare equal.
 */
public final class ContentDigest {

    private final MessageDigest digest = sha256();
    private final GenericDatumWriter<GenericRecord> writer;
    private final BinaryEncoder encoder;

    public ContentDigest(Schema schema) {
        this.writer = new GenericDatumWriter<>(schema);
        this.encoder = EncoderFactory.get().directBinaryEncoder(new OutputStream() {
            @Override
            public void write(int b) {
                digest.update((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                digest.update(b, off, len);
            }
        }, null);
    }

    public void add(GenericRecord record) {
        try {
            writer.write(record, encoder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
