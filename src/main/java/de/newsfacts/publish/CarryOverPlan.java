package de.newsfacts.publish;

import de.newsfacts.pipeline.DocumentPipeline;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which documents an incremental run may take unchanged from the latest version.
 *
 * <p>A document is carried over when its {@code input_fingerprint} equals the one recorded in the previous
 * version's manifest. Its rows are then copied from the previous version's tables while publishing, in one
 * forward pass per table; that needs the carried documents to keep their relative order. So, walking the new
 * INDEX in order, a document is only eligible if it comes after the previously eligible one in the old order
 * (a reordered INDEX just means more documents are processed again). Without a previous version, or with one
 * written by a pipeline that recorded no fingerprints, nothing is carried over. Deterministic: every worker
 * and the publish step derive the same plan from the same INDEX and manifest.
 */
public final class CarryOverPlan implements DocumentPipeline.CarryOver {

    private record Previous(String fingerprint, int position) {
    }

    private static final CarryOverPlan EMPTY = new CarryOverPlan(null, Map.of(), Map.of());

    private final String previousVersion;
    private final Map<String, Previous> eligible;
    private final Map<String, Integer> previousPositions;

    private CarryOverPlan(String previousVersion, Map<String, Previous> eligible,
                          Map<String, Integer> previousPositions) {
        this.previousVersion = previousVersion;
        this.eligible = eligible;
        this.previousPositions = previousPositions;
    }

    public static CarryOverPlan none() {
        return EMPTY;
    }

    /** The plan for a run over {@code docIds} (INDEX order) against the version named in LATEST. */
    public static CarryOverPlan against(OutputStore store, List<String> docIds) throws IOException {
        Manifest previous = Manifest.latest(store);
        if (previous == null || previous.inputs() == null) {
            return EMPTY;
        }
        Map<String, Previous> before = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        List<Manifest.Input> inputs = previous.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            Manifest.Input input = inputs.get(i);
            positions.put(input.docId(), i);
            if (input.fingerprint() != null) {
                before.put(input.docId(), new Previous(input.fingerprint(), i));
            }
        }
        Map<String, Previous> eligible = new HashMap<>();
        int lastPosition = -1;
        for (String docId : docIds) {
            Previous old = docId == null ? null : before.get(docId);
            if (old != null && old.position() > lastPosition) {
                eligible.put(docId, old);
                lastPosition = old.position();
            }
        }
        return eligible.isEmpty() ? EMPTY : new CarryOverPlan(previous.version(), eligible, positions);
    }


    @Override
    public boolean unchanged(String docId, String fingerprint) {
        Previous old = eligible.get(docId);
        return old != null && old.fingerprint().equals(fingerprint);
    }

    /** Position of a document in the previous version's tables, -1 if it was not there. */
    int previousPosition(String docId) {
        return previousPositions.getOrDefault(docId, -1);
    }

    String previousVersion() {
        return previousVersion;
    }

    public boolean isEmpty() {
        return eligible.isEmpty();
    }
}
