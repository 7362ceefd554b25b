package de.newsfacts.job;

import de.newsfacts.publish.CarryOverPlan;
import de.newsfacts.publish.ChunkStore;
import de.newsfacts.publish.OutputStore;
import de.newsfacts.publish.VersionPublisher;
import de.newsfacts.publish.WorkbookSettings;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import java.time.Clock;

/**
 * Publishes the run's intermediate results as a new version (or nothing, if the content is unchanged) and
 * removes them afterwards. The outcome goes into the job's execution context for the runner to report.
 */
public class PublishTasklet implements Tasklet {

    static final String VERSION_KEY = "newsfacts.version";
    static final String PUBLISHED_KEY = "newsfacts.published";

    private final String softwareVersion;

    public PublishTasklet(String softwareVersion) {
        this.softwareVersion = softwareVersion;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        var stepExecution = chunkContext.getStepContext().getStepExecution();
        JobParameters parameters = stepExecution.getJobParameters();
        RunSettings run = RunSettings.of(parameters);
        OutputStore store = OutputStore.open(run.output(), OutputStore.defaultConfiguration());
        WorkbookSettings workbook = new WorkbookSettings(run.excelMaxRows());
        ChunkStore chunks = new ChunkStore(store.fs(), store.workDir(IngestJobConfiguration.runKey(parameters)));
        // the INDEX is parsed only if the workers' plan is not at hand (a run resumed in a new process)
        CarryOverPlan plan = run.carryOverPlan(store, IngestJobConfiguration.runKey(parameters));

        VersionPublisher.Outcome outcome = new VersionPublisher(store, workbook, softwareVersion,
                Clock.systemUTC()).publish(chunks, run.indexItems(), stepExecution.getJobExecutionId(), plan);

        var jobContext = stepExecution.getJobExecution().getExecutionContext();
        jobContext.putString(VERSION_KEY, outcome.version());
        jobContext.putString(PUBLISHED_KEY, Boolean.toString(outcome.published()));
        store.removeWork(chunks.dir());
        return RepeatStatus.FINISHED;
    }
}
