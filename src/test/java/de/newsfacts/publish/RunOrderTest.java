package de.newsfacts.publish;

import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunOrderTest {

    @TempDir
    java.nio.file.Path dir;

    private RunOrder order(Manifest previous, String... lines) throws Exception {
        OutputStore store = OutputStore.open(dir.toString(), OutputStore.defaultConfiguration());
        ChunkStore chunks = new ChunkStore(store.fs(), new Path(store.root(), "work-" + System.nanoTime()));
        List<Integer> firsts = new ArrayList<>();
        for (int i = 0; i < lines.length; i += 2) { // chunks of two items
            int last = Math.min(i + 1, lines.length - 1);
            chunks.writeChunk(i, last, Map.of(), List.of(lines).subList(i, last + 1));
            firsts.add(i);
        }
        return RunOrder.of(chunks, firsts, previous);
    }

    private static Manifest previous(String... docIds) {
        List<Manifest.Input> inputs = new ArrayList<>();
        for (String id : docIds) {
            inputs.add(new Manifest.Input(id, id + ".txt", 10, "00", "11"));
        }
        return new Manifest("v1", null, null, null, null, null, ContentDigest.SCHEME, 0, inputs, Map.of(), null,
                null);
    }

    @Test
    void allPreviousDocumentsCarriedInOrderThenNewOnesAppend() throws Exception {
        assertThat(order(previous("a", "b", "c"), "C\ta", "R", "C\tb", "C\tc", "F\td", "R"))
                .isEqualTo(new RunOrder(3, true));
        assertThat(order(previous("a", "b"), "C\ta", "C\tb")).isEqualTo(new RunOrder(2, true));
    }

    @Test
    void anythingElseIsNoAppend() throws Exception {
        assertThat(order(previous("a", "b", "c"), "C\ta", "F\tb", "C\tc")).as("b changed")
                .isEqualTo(new RunOrder(2, false));
        assertThat(order(previous("a", "b", "c"), "C\ta", "C\tc")).as("b removed")
                .isEqualTo(new RunOrder(2, false));
        assertThat(order(previous("a", "b"), "F\tz", "C\ta", "C\tb")).as("new one first")
                .isEqualTo(new RunOrder(2, false));
        assertThat(order(previous("a", "b"), "C\ta", "C\tb", "C\tx")).as("not in the previous version")
                .isEqualTo(new RunOrder(3, false));
        assertThat(order(null, "F\ta", "F\tb")).as("no previous version").isEqualTo(new RunOrder(0, false));
    }
}
