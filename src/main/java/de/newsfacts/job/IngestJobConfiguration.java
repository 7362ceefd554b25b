package de.newsfacts.job;

import de.newsfacts.normalize.TextNormalizer;
import de.newsfacts.pipeline.DocumentPipeline;
import de.newsfacts.pipeline.DocumentResult;
import de.newsfacts.pipeline.ExtractorSet;
import de.newsfacts.pipeline.IndexItem;
import de.newsfacts.pipeline.PublicationDateFinder;
import de.newsfacts.pipeline.StageTimes;
import de.newsfacts.publish.CarryOverPlan;
import de.newsfacts.publish.ChunkStore;
import de.newsfacts.publish.OutputStore;
import de.newsfacts.publish.VersionPublisher;
import de.newsfacts.source.DocumentLoader;
import de.newsfacts.structure.DocumentStructurer;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The ingest job: {@code process} (partitioned: each worker reads a contiguous range of INDEX items, runs them
 * through the {@link DocumentPipeline} and writes the rows chunk by chunk to the run's work folder) then
 * {@code publish} (one new dataset version, or nothing if the content is unchanged).
 *
 * <p>Identifying job parameters: {@value #SEEDS} (absolute seeds folder), {@value #OUTPUT} (output URI),
 * {@value #INDEX_SHA} (digest of INDEX, so a changed INDEX never resumes an old run) and {@value #RUN_ID}.
 * The run's settings are non-identifying parameters ({@value #WORKERS}, {@value #MAX_DOCUMENT_BYTES},
 * {@value #EXTRACTORS}, {@value #INCREMENTAL}, {@value #EXCEL_MAX_ROWS}), so a restarted run keeps the
 * settings it started with. Only the chunk size is fixed when the context starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NewsfactsProperties.class)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingestJob";
    public static final String SEEDS = "seeds";
    public static final String OUTPUT = "output";
    public static final String INDEX_SHA = "index.sha256";
    public static final String RUN_ID = "run.id";
    public static final String WORKERS = "workers";
    public static final String MAX_DOCUMENT_BYTES = "max-document-bytes";
    public static final String EXTRACTORS = "extractors";
    public static final String INCREMENTAL = "incremental";
    public static final String EXCEL_MAX_ROWS = "excel.max-rows";
    /** Number of INDEX items, counted once by the runner (the INDEX digest is part of the run's identity). */
    public static final String INDEX_ITEMS = "index.items";

    /**
     * Identifies the code and settings that produce a document's rows: software version, table schemas and
     * whether extractors run. Bump {@link #PIPELINE_REVISION} whenever a stage's output changes without a new
     * software version, or incremental runs would carry stale rows over.
     */
    static String pipelineVersion(boolean extractors) {
        return SoftwareVersion.get() + "/" + PIPELINE_REVISION + "/" + VersionPublisher.schemasSha256()
                + (extractors ? "/extract" : "/no-extract");
    }

    static final int PIPELINE_REVISION = 1;

    /** Folder name of a run's intermediate results under {@code .work/}. */
    public static String runKey(JobParameters parameters) {
        return runKey(parameters.getLong(RUN_ID));
    }

    /** The same folder name, from the value of the {@value #RUN_ID} parameter. */
    static String runKey(Object runId) {
        return "run-" + runId;
    }

    @Bean
    public Job ingestJob(JobRepository jobRepository, Step processStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(processStep)
                .next(publishStep)
                .build();
    }

    @Bean
    public Step processStep(JobRepository jobRepository, Step processPartitionStep,
                            IndexRangePartitioner partitioner, StageTimesLog stageTimesLog) {
        // one thread per partition; the partitioner makes as many partitions as the run has workers
        return new StepBuilder("process", jobRepository)
                .partitioner("processPartition", partitioner)
                .step(processPartitionStep)
                .taskExecutor(new SimpleAsyncTaskExecutor("worker-"))
                .listener(stageTimesLog)
                .build();
    }

    @Bean
    public Step processPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                     IndexItemReader indexItemReader, DocumentItemProcessor documentItemProcessor,
                                     ChunkResultWriter chunkResultWriter, RunProgress runProgress,
                                     NewsfactsProperties properties) {
        return new StepBuilder("processPartition", jobRepository)
                .<IndexItem, DocumentResult>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(indexItemReader)
                .processor(documentItemProcessor)
                .writer(chunkResultWriter)
                .listener(runProgress)
                .build();
    }

    @Bean
    public Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder("publish", jobRepository)
                .tasklet(new PublishTasklet(SoftwareVersion.get()), transactionManager)
                .build();
    }

    @Bean
    @StepScope
    public IndexRangePartitioner indexRangePartitioner(@Value("#{jobParameters}") Map<String, Object> parameters)
            throws Exception {
        RunSettings run = RunSettings.of(parameters);
        return new IndexRangePartitioner(run.indexItems(), run.workers());
    }

    @Bean
    @StepScope
    public IndexItemReader indexItemReader(@Value("#{jobParameters['seeds']}") String seeds,
                                           @Value("#{stepExecutionContext['from']}") Integer from,
                                           @Value("#{stepExecutionContext['to']}") Integer to) {
        return new IndexItemReader(Path.of(seeds), from, to);
    }

    @Bean
    @StepScope
    public DocumentItemProcessor documentItemProcessor(@Value("#{jobParameters}") Map<String, Object> parameters,
                                                       ObjectProvider<ExtractorSet> extractorSet,
                                                       StageTimes stageTimes) throws Exception {
        RunSettings run = RunSettings.of(parameters);
        DocumentLoader loader = new DocumentLoader(run.seeds(), run.maxDocumentBytes());
        CarryOverPlan plan = run.carryOverPlan(OutputStore.open(run.output(), OutputStore.defaultConfiguration()),
                runKey(parameters.get(RUN_ID)));
        ExtractorSet extractors = run.extractors() ? extractorSet.getObject() : ExtractorSet.none();
        return new DocumentItemProcessor(new DocumentPipeline(loader, TextNormalizer.standard(),
                new DocumentStructurer(), extractors, new PublicationDateFinder(),
                pipelineVersion(run.extractors()), plan, stageTimes), run.seeds().resolve("INDEX"));
    }

    @Bean
    @StepScope
    public ChunkResultWriter chunkResultWriter(@Value("#{jobParameters['output']}") String output,
                                               @Value("#{jobParameters['run.id']}") Long runId) throws IOException {
        OutputStore store = OutputStore.open(output, OutputStore.defaultConfiguration());
        return new ChunkResultWriter(new ChunkStore(store.fs(), store.workDir(runKey(runId))));
    }

    @Bean
    public StageTimes stageTimes() {
        return new StageTimes();
    }

    @Bean
    public StageTimesLog stageTimesLog(StageTimes stageTimes) {
        return new StageTimesLog(stageTimes);
    }

    @Bean
    public RunProgress runProgress() {
        return new RunProgress();
    }
}
