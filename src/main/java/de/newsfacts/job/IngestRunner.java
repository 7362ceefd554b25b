package de.newsfacts.job;

import de.newsfacts.pipeline.IndexItems;
import de.newsfacts.publish.ContentDigest;
import de.newsfacts.publish.OutputLock;
import de.newsfacts.publish.OutputStore;
import de.newsfacts.source.IndexParser;
import de.newsfacts.source.InvalidIndexException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Runs the ingest job once per process start and turns the outcome into an exit code.
 *
 * <p>Before the job: the configuration and INDEX are validated (a bad one fails the run before anything is
 * written) and the output lock is taken. A previous run on the same seeds, output and INDEX that did not
 * complete (failed, or killed while running: we hold the lock, so it cannot still be running) is restarted and
 * resumes after its last committed chunk; otherwise a new job instance starts.
 */
@Component
@ConditionalOnProperty(name = "newsfacts.run-on-startup", havingValue = "true", matchIfMissing = true)
public class IngestRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);
    /** A remote lock without a heartbeat for this long belongs to a run that died (see OutputLock). */
    private static final Duration STALE_REMOTE_LOCK = Duration.ofMinutes(5);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final NewsfactsProperties properties;
    private final RunProgress progress;
    private ExitCode exitCode = ExitCode.OK;

    public IngestRunner(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob,
                        NewsfactsProperties properties, RunProgress progress) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.properties = properties;
        this.progress = progress;
    }

    @Override
    public int getExitCode() {
        return exitCode.code();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        exitCode = runOnce();
    }

    ExitCode runOnce() throws Exception {
        String problem = properties.problem();
        if (problem != null) {
            return fail(ExitCode.BAD_CONFIGURATION, problem);
        }
        Path seeds = Path.of(properties.seeds()).toAbsolutePath().normalize();
        if (!Files.isDirectory(seeds)) {
            return fail(ExitCode.BAD_CONFIGURATION, "seeds folder " + seeds + " does not exist");
        }
        int total;
        String indexSha;
        try {
            // only the count is kept: the parsed INDEX is O(documents) and the workers parse their own part
            total = IndexItems.of(IndexParser.parse(seeds)).size();
            indexSha = HexFormat.of().formatHex(ContentDigest.sha256().digest(Files.readAllBytes(
                    seeds.resolve("INDEX"))));
        } catch (InvalidIndexException e) {
            return fail(ExitCode.BAD_INDEX, e.getMessage());
        }
        OutputStore store;
        try {
            store = OutputStore.open(properties.output(), OutputStore.defaultConfiguration());
        } catch (IOException | IllegalArgumentException e) {
            return fail(ExitCode.BAD_CONFIGURATION, "output " + properties.output() + ": " + e.getMessage());
        }
        try (OutputLock lock = OutputLock.acquire(store, properties.lockWait(), STALE_REMOTE_LOCK)) {
            progress.start(total, 0);
            log.info("Run over {} INDEX entries from {} to {} with {} worker(s)", total, seeds, store.root(),
                    properties.effectiveWorkers());
            JobParameters identity = new JobParametersBuilder()
                    .addString(IngestJobConfiguration.SEEDS, seeds.toString())
                    .addString(IngestJobConfiguration.OUTPUT, store.root().toString())
                    .addString(IngestJobConfiguration.INDEX_SHA, indexSha)
                    .toJobParameters();
            JobExecution unfinished = unfinishedRun(identity);
            JobExecution execution;
            if (unfinished != null) {
                log.info("Resuming unfinished run {} (job execution {}, status {})",
                        unfinished.getJobParameters().getLong(IngestJobConfiguration.RUN_ID), unfinished.getId(),
                        unfinished.getStatus());
                execution = jobOperator.restart(unfinished);
            } else {
                execution = jobOperator.start(ingestJob, withNewRunId(identity, properties, total));
            }
            return report(execution, store);
        } catch (OutputLock.LockedException e) {
            return fail(ExitCode.LOCKED, e.getMessage());
        } catch (IOException e) {
            return fail(ExitCode.IO_ERROR, "output " + store.root() + ": " + e.getMessage());
        }
    }

    /** The latest run with the same identity if it did not complete; stale running ones are recovered. */
    private JobExecution unfinishedRun(JobParameters identity) {
        for (JobInstance instance : jobRepository.getJobInstances(IngestJobConfiguration.JOB_NAME, 0, 100)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null || !sameIdentity(identity, last.getJobParameters())) {
                continue;
            }
            BatchStatus status = last.getStatus();
            if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
                return null;
            }
            if (status.isRunning()) {
                // we hold the output lock, so the process that ran it is gone (killed or crashed)
                log.warn("Job execution {} was left {} by a run that died; marking it failed", last.getId(), status);
                last = jobOperator.recover(last);
            }
            return last;
        }
        return null;
    }

    private static boolean sameIdentity(JobParameters wanted, JobParameters actual) {
        for (String key : new String[] {IngestJobConfiguration.SEEDS, IngestJobConfiguration.OUTPUT,
                IngestJobConfiguration.INDEX_SHA}) {
            if (!wanted.getString(key).equals(actual.getString(key))) {
                return false;
            }
        }
        return true;
    }

    private JobParameters withNewRunId(JobParameters identity, NewsfactsProperties settings, int indexItems) {
        long runId;
        try {
            runId = jobRepository.getJobInstanceCount(IngestJobConfiguration.JOB_NAME) + 1;
        } catch (NoSuchJobException e) {
            runId = 1;
        }
        while (true) {
            JobParameters parameters = RunSettings.addTo(new JobParametersBuilder(identity), settings)
                    .addLong(IngestJobConfiguration.INDEX_ITEMS, (long) indexItems, false)
                    .addLong(IngestJobConfiguration.RUN_ID, runId)
                    .toJobParameters();
            if (jobRepository.getJobInstance(IngestJobConfiguration.JOB_NAME, parameters) == null) {
                return parameters;
            }
            runId++;
        }
    }

    private ExitCode report(JobExecution execution, OutputStore store) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            var context = execution.getExecutionContext();
            String version = context.getString(PublishTasklet.VERSION_KEY);
            boolean published = Boolean.parseBoolean(context.getString(PublishTasklet.PUBLISHED_KEY));
            if (published) {
                log.info("Published {}", store.version(version));
            } else {
                log.info("Unchanged: {} already holds this content; nothing new published", store.version(version));
            }
            return ExitCode.OK;
        }
        String reason = execution.getAllFailureExceptions().stream()
                .map(IngestRunner::oneLine)
                .findFirst()
                .orElse("job ended with status " + execution.getStatus());
        return fail(ExitCode.JOB_FAILED, reason + " (run again to resume)");
    }

    private static String oneLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return message.replaceAll("\\s+", " ").trim();
    }

    private ExitCode fail(ExitCode code, String reason) {
        log.error("{}", reason);
        System.err.println("newsfacts: " + reason);
        return code;
    }
}
