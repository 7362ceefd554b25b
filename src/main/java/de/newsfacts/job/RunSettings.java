package de.newsfacts.job;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

import de.newsfacts.pipeline.IndexItem;
import de.newsfacts.pipeline.IndexItems;
import de.newsfacts.source.IndexParser;
import de.newsfacts.source.InvalidIndexException;
import de.newsfacts.publish.CarryOverPlan;
import de.newsfacts.publish.OutputStore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one run as they travel in its job parameters: written by {@link IngestRunner} from
 * {@link NewsfactsProperties}, read by the step-scoped beans. A restarted run reuses its original
 * parameters, so it finishes with the settings it started with.
 */
record RunSettings(Path seeds, String output, int workers, long maxDocumentBytes, boolean extractors,
                   boolean incremental, long excelMaxRows, int countedIndexItems) {

    static RunSettings of(Map<String, Object> parameters) {
        return new RunSettings(
                Path.of((String) parameters.get(IngestJobConfiguration.SEEDS)),
                (String) parameters.get(IngestJobConfiguration.OUTPUT),
                ((Number) parameters.getOrDefault(IngestJobConfiguration.WORKERS,
                        (long) Runtime.getRuntime().availableProcessors())).intValue(),
                ((Number) parameters.getOrDefault(IngestJobConfiguration.MAX_DOCUMENT_BYTES, 20L << 20)).longValue(),
                Boolean.parseBoolean(String.valueOf(parameters.getOrDefault(IngestJobConfiguration.EXTRACTORS, "true"))),
                Boolean.parseBoolean(String.valueOf(parameters.getOrDefault(IngestJobConfiguration.INCREMENTAL, "true"))),
                ((Number) parameters.getOrDefault(IngestJobConfiguration.EXCEL_MAX_ROWS, 100_000L)).longValue(),
                ((Number) parameters.getOrDefault(IngestJobConfiguration.INDEX_ITEMS, -1L)).intValue());
    }

    static RunSettings of(JobParameters parameters) {
        Map<String, Object> values = new java.util.HashMap<>();
        parameters.parameters().forEach(p -> values.put(p.name(), p.value()));
        return of(values);
    }

    /**
     * What this run carries over from the latest version: the same plan in every worker and in the publish step,
     * so they agree on which documents' rows come from where. The INDEX is only parsed when there is a version
     * to carry over from. The plan reads the whole INDEX and the latest manifest (tens of MB at 100k documents),
     * so the workers and the publish step of one run ({@code runKey}) against one version share it.
     */
    CarryOverPlan carryOverPlan(OutputStore store, String runKey) throws IOException, InvalidIndexException {
        Optional<String> latest = incremental ? store.latest() : Optional.empty();
        if (latest.isEmpty()) {
            return CarryOverPlan.none();
        }
        String key = store.root() + "|" + runKey + "|" + latest.get();
        synchronized (RunSettings.class) {
            if (lastPlan != null && lastPlan.getKey().equals(key)) {
                return lastPlan.getValue();
            }
            lastPlan = null; // let the previous plan go before building the next
            List<String> docIds = indexItems(seeds).stream()
                    .map(item -> item.entry() != null ? item.entry().docId() : null)
                    .toList();
            CarryOverPlan plan = CarryOverPlan.against(store, docIds);
            lastPlan = Map.entry(key, plan);
            return plan;
        }
    }

    private static Map.Entry<String, CarryOverPlan> lastPlan;

    /**
     * Number of INDEX items of this run: counted by the runner when it started the run; runs started without
     * that parameter count them again.
     */
    int indexItems() throws InvalidIndexException {
        return countedIndexItems >= 0 ? countedIndexItems : indexItems(seeds).size();
    }

    private static List<IndexItem> indexItems(Path seeds) throws InvalidIndexException {
        return IndexItems.of(IndexParser.parse(seeds));
    }

    /** Adds the run settings of {@code properties} as non-identifying parameters. */
    static JobParametersBuilder addTo(JobParametersBuilder builder, NewsfactsProperties properties) {
        return builder
                .addLong(IngestJobConfiguration.WORKERS, (long) properties.effectiveWorkers(), false)
                .addLong(IngestJobConfiguration.MAX_DOCUMENT_BYTES, properties.maxDocumentSize().toBytes(), false)
                .addString(IngestJobConfiguration.EXTRACTORS, Boolean.toString(properties.extractors()), false)
                .addString(IngestJobConfiguration.INCREMENTAL, Boolean.toString(properties.incremental()), false)
                .addLong(IngestJobConfiguration.EXCEL_MAX_ROWS, properties.excelMaxRows(), false);
    }
}
