package de.newsfacts.extract.entities;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityModelTest {

    private static final int T = EntityModel.T;

    @Test
    void bundledModelWritesBackByteForByte() throws IOException {
        byte[] bundled;
        try (InputStream in = EntityExtractor.class.getResourceAsStream(EntityExtractor.MODEL_RESOURCE)) {
            bundled = in.readAllBytes();
        }
        EntityModel model = EntityModel.read(new ByteArrayInputStream(bundled));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        model.write(written);
        assertThat(written.toByteArray()).isEqualTo(bundled);
        assertThat(model.featureCount()).isGreaterThan(100_000);
    }

    @Test
    void weightsAreQuantizedToSixteenBitsOfTheLargestMagnitude() throws IOException {
        LongIntMap index = new LongIntMap(4);
        index.put(11L, 0);
        index.put(7L, 1);
        float[] weights = new float[2 * T];
        weights[0] = 2.0f;         // feature 11, tag O: the largest magnitude, 32767 units
        weights[T + 3] = -0.5f;    // feature 7, tag B-LOC
        EntityModel model = new EntityModel(index, weights, new float[(T + 1) * T], null, null);

        int[] acc = new int[T];
        model.addWeights(11L, acc, 0);
        assertThat(acc[0]).isEqualTo(32767);
        assertThat(acc[0] * model.scale()).isEqualTo(2.0f);
        acc = new int[T];
        model.addWeights(7L, acc, 0);
        assertThat(acc[3]).isEqualTo(-8192);
        acc = new int[T];
        model.addWeights(99L, acc, 0);   // unknown feature: nothing added
        assertThat(acc).containsOnly(0);

        ByteArrayOutputStream written = new ByteArrayOutputStream();
        model.write(written);
        EntityModel read = EntityModel.read(new ByteArrayInputStream(written.toByteArray()));
        assertThat(read.scale()).isEqualTo(model.scale());
        assertThat(read.featureCount()).isEqualTo(2);
        int[] again = new int[T];
        read.addWeights(7L, again, 0);
        assertThat(again[3]).isEqualTo(-8192);
    }

    @Test
    void refusesWhatIsNotAModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        assertThatThrownBy(() -> EntityModel.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class).hasMessage("not an entity model");
    }
}
