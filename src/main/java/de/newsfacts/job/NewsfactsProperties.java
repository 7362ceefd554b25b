package de.newsfacts.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Settings of a run, all overridable on the command line ({@code --newsfacts.seeds=DIR}).
 *
 * @param seeds           folder holding INDEX and the documents
 * @param output          output location: a local path or a Hadoop FileSystem URI (hdfs://…, s3a://…)
 * @param maxDocumentSize documents larger than this are rejected as too_large
 * @param workers         parallel partitions of the processing step; 0 = one per CPU core
 * @param chunkSize       documents per chunk (transaction and restart granularity; 200: fewer commits and files per run)
 * @param extractors      false skips entity/quantity/date/quote extraction (for measuring its cost)
 * @param lockWait        how long to wait for another run on the same output before failing
 * @param excelMaxRows    data rows per table in the workbook; more go to Parquet only, and the README sheet
 *                        says so; -1 = no limit (large tables continue on further sheets)
 * @param incremental     carry the rows of unchanged documents over from the latest version instead of
 *                        processing them again (the result equals a full rebuild)
 */
@ConfigurationProperties("newsfacts")
public record NewsfactsProperties(@DefaultValue("seeds") String seeds,
                                  @DefaultValue("output") String output,
                                  @DefaultValue("20MB") DataSize maxDocumentSize,
                                  @DefaultValue("0") int workers,
                                  @DefaultValue("200") int chunkSize,
                                  @DefaultValue("true") boolean extractors,
                                  @DefaultValue("0s") Duration lockWait,
                                  @DefaultValue("100000") long excelMaxRows,
                                  @DefaultValue("true") boolean incremental) {

    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }

    /** Why these settings cannot work, or {@code null} if they can. */
    public String problem() {
        if (seeds == null || seeds.isBlank()) {
            return "newsfacts.seeds is empty";
        }
        if (output == null || output.isBlank()) {
            return "newsfacts.output is empty";
        }
        if (maxDocumentSize == null || maxDocumentSize.toBytes() <= 0) {
            return "newsfacts.max-document-size must be positive";
        }
        if (workers < 0 || workers > 256) {
            return "newsfacts.workers must be between 0 (one per core) and 256, not " + workers;
        }
        if (chunkSize < 1 || chunkSize > 100_000) {
            return "newsfacts.chunk-size must be between 1 and 100000, not " + chunkSize;
        }
        if (excelMaxRows < -1) {
            return "newsfacts.excel-max-rows must be -1 (no limit) or a row count";
        }
        return null;
    }
}
