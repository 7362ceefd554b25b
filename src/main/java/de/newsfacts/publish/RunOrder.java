package de.newsfacts.publish;

import java.io.IOException;
import java.util.List;

/**
 * What the order lines of a run's chunks say about its documents compared with the previous version.
 *
 * @param carried          documents whose rows were carried over unchanged from the previous version
 * @param appendsToPrevious the run's documents are exactly the previous version's documents, all carried over,
 *                          in the same order, followed only by newly processed ones (rejects anywhere): every
 *                          table except {@code rejects} is then the previous table with rows appended at its end
 */
record RunOrder(int carried, boolean appendsToPrevious) {

    static RunOrder of(ChunkStore chunks, List<Integer> chunkFirsts, Manifest previous) throws IOException {
        List<Manifest.Input> before = previous == null || previous.inputs() == null ? List.of() : previous.inputs();
        int carried = 0;
        int prefix = 0;
        boolean appends = previous != null && previous.inputs() != null;
        for (int first : chunkFirsts) {
            for (String line : chunks.order(first)) {
                if (line.startsWith(ChunkStore.CARRIED)) {
                    carried++;
                    String docId = line.substring(ChunkStore.CARRIED.length());
                    appends &= prefix < before.size() && before.get(prefix).docId().equals(docId);
                    prefix++;
                } else if (line.startsWith(ChunkStore.FRESH)) {
                    appends &= prefix == before.size();
                }
            }
        }
        return new RunOrder(carried, appends && prefix == before.size());
    }
}
