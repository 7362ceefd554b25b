package de.newsfacts.publish;

import de.newsfacts.structure.Sentence;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentDigestTest {

    private static final RecordMapper<Sentence> SENTENCES = RecordMapper.forTable("sentences", Sentence.class);

    private static List<GenericRecord> rows(int documents) {
        List<GenericRecord> rows = new ArrayList<>();
        for (int d = 0; d < documents; d++) {
            for (int s = 1; s <= 1 + d % 3; s++) {
                rows.add(SENTENCES.map(new Sentence("doc" + d, s, 1, "Satz " + s + " über Köln.", 0, 17)));
            }
        }
        return rows;
    }

    private static String digest(List<GenericRecord> rows) {
        ContentDigest digest = new ContentDigest(TableSchemas.schema("sentences"));
        rows.forEach(digest::add);
        return digest.hex();
    }

    @Test
    void continuingAPreviousDigestEqualsDigestingAllRows() {
        List<GenericRecord> all = rows(7);
        String whole = digest(all);
        for (int documents = 0; documents <= 7; documents++) {
            List<GenericRecord> before = rows(documents);
            ContentDigest continued = ContentDigest.continuing(TableSchemas.schema("sentences"), digest(before));
            all.subList(before.size(), all.size()).forEach(continued::add);
            assertThat(continued.hex()).as("after %d documents", documents).isEqualTo(whole);
        }
    }

    @Test
    void anyChangeOfRowsOrTheirOrderChangesTheDigest() {
        List<GenericRecord> all = rows(4);
        List<GenericRecord> swapped = new ArrayList<>(all);
        swapped.set(0, all.get(1));
        swapped.set(1, all.get(0));
        assertThat(digest(swapped)).isNotEqualTo(digest(all));
        assertThat(digest(all.subList(0, all.size() - 1))).isNotEqualTo(digest(all));
        assertThat(digest(rows(4))).isEqualTo(digest(all));
    }

    @Test
    void anEmptyTableHasTheZeroDigest() {
        assertThat(digest(List.of())).isEqualTo("0".repeat(64));
    }

    @Test
    void onlySha256DigestsCanBeContinued() {
        assertThatThrownBy(() -> ContentDigest.continuing(TableSchemas.schema("sentences"), "abcd"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
