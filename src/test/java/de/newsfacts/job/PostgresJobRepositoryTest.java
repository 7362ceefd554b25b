package de.newsfacts.job;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.unit.DataSize;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job with the {@code postgres} profile against a real PostgreSQL server: Spring Batch creates its schema
 * ({@code spring.batch.jdbc.initialize-schema=always}) and applying it again over existing tables is harmless,
 * a version is published, the job history is in {@code BATCH_JOB_EXECUTION}, and a failed run is resumed.
 *
 * <p>The server comes from {@code NEWSFACTS_DB_URL}, {@code NEWSFACTS_DB_USER}, {@code NEWSFACTS_DB_PASSWORD} (as
 * for the application; {@code .ci/run} starts a local one). Without a reachable server the test is skipped with
 * the reason, unless {@code NEWSFACTS_REQUIRE_POSTGRES=1} (set by CI), which turns the skip into an error. The
 * test works in a schema of its own ({@code currentSchema}), created empty and dropped afterwards, so it starts
 * from no tables and leaves a developer's database as it was.
 */
@SpringBootTest(properties = {"newsfacts.run-on-startup=false",
        "logging.level.org.springframework.batch.core.step.AbstractStep=OFF"}) // the failure provoked below
@ActiveProfiles("postgres")
@ExtendWith(PostgresJobRepositoryTest.PostgresAvailable.class)
@DirtiesContext // closes the connection pool after the class
class PostgresJobRepositoryTest {

    private static final String SCHEMA = "newsfacts_test_" + UUID.randomUUID().toString().replace("-", "");

    @TempDir
    Path tmp;

    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job ingestJob;
    @Autowired
    DataSource dataSource;
    @Autowired
    BatchDataSourceScriptDatabaseInitializer schemaInitializer;

    /**
     * Skips the class, before Spring tries to connect, when no PostgreSQL server is configured or reachable;
     * with {@code NEWSFACTS_REQUIRE_POSTGRES=1} that is an error instead.
     */
    static final class PostgresAvailable implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String url = System.getenv("NEWSFACTS_DB_URL");
            String problem = null;
            if (url == null || url.isBlank()) {
                problem = "NEWSFACTS_DB_URL is not set";
            } else {
                try (Connection connection = connect(url)) {
                    return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
                } catch (SQLException e) {
                    problem = "PostgreSQL at " + url + " is not reachable: " + e.getMessage();
                }
            }
            String message = problem + " (set NEWSFACTS_DB_URL, NEWSFACTS_DB_USER, NEWSFACTS_DB_PASSWORD to run the"
                    + " PostgreSQL job repository test; .ci/run starts a local server)";
            if ("1".equals(System.getenv("NEWSFACTS_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("NEWSFACTS_REQUIRE_POSTGRES=1 but " + message);
            }
            return ConditionEvaluationResult.disabled(message);
        }
    }

    @BeforeAll
    static void createSchema() throws SQLException {
        try (Connection connection = connect(System.getenv("NEWSFACTS_DB_URL"));
             Statement st = connection.createStatement()) {
            st.execute("create schema " + SCHEMA);
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        String url = System.getenv("NEWSFACTS_DB_URL");
        if (url != null && !url.isBlank()) {
            try (Connection connection = connect(url); Statement st = connection.createStatement()) {
                st.execute("drop schema if exists " + SCHEMA + " cascade");
            }
        }
    }

    @DynamicPropertySource
    static void useTestSchema(DynamicPropertyRegistry registry) {
        String url = System.getenv("NEWSFACTS_DB_URL");
        registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    }

    private static Connection connect(String url) throws SQLException {
        DriverManager.setLoginTimeout(5);
        String user = System.getenv().getOrDefault("NEWSFACTS_DB_USER", "newsfacts");
        String password = System.getenv().getOrDefault("NEWSFACTS_DB_PASSWORD", "");
        return DriverManager.getConnection(url, user, password);
    }

    /** Not incremental: then LATEST is read only when publishing, where the test makes the run fail. */
    ExitCode run(Path seeds, Path output) throws Exception {
        NewsfactsProperties properties = new NewsfactsProperties(seeds.toString(), output.toString(),
                DataSize.ofMegabytes(20), 2, 2, true, Duration.ZERO, -1, false);
        return new IngestRunner(jobOperator, jobRepository, ingestJob, properties, new RunProgress()).runOnce();
    }

    @Test
    void jobHistoryIsKeptInPostgresAndAFailedRunResumes() throws Exception {
        JdbcTemplate db = new JdbcTemplate(dataSource);
        assertThat(db.queryForObject("select current_schema()", String.class)).isEqualTo(SCHEMA);
        assertThat(db.queryForObject("select count(*) from information_schema.tables where table_schema = ?"
                + " and table_name like 'batch_%'", Integer.class, SCHEMA)).as("schema created").isEqualTo(6);
        assertThat(schemaInitializer.initializeDatabase()).as("schema script applied over existing tables").isTrue();

        Path seeds = CrashRestartTest.writeSeeds(tmp.resolve("seeds"), 6);
        Path output = tmp.resolve("out");
        // a folder where LATEST, a file, belongs: processing completes, publishing fails
        Files.createDirectories(output.resolve("LATEST"));
        assertThat(run(seeds, output)).isEqualTo(ExitCode.JOB_FAILED);
        assertThat(IngestJobFunctionalTest.versions(output)).isEmpty();

        Files.delete(output.resolve("LATEST"));
        assertThat(run(seeds, output)).as("resumed").isEqualTo(ExitCode.OK);
        assertThat(Files.readString(output.resolve("LATEST")).trim()).isEqualTo("v1");
        assertThat(run(seeds, output)).as("unchanged").isEqualTo(ExitCode.OK);
        assertThat(IngestJobFunctionalTest.versions(output)).containsExactly("v1");

        List<Map<String, Object>> executions = db.queryForList("select e.job_execution_id, e.job_instance_id,"
                + " e.status from batch_job_execution e join batch_job_instance i using (job_instance_id)"
                + " where i.job_name = 'ingestJob' order by e.job_execution_id");
        assertThat(executions).extracting(row -> row.get("status"))
                .containsExactly("FAILED", "COMPLETED", "COMPLETED");
        assertThat(executions.get(1).get("job_instance_id")).as("the restart continues the failed instance")
                .isEqualTo(executions.get(0).get("job_instance_id"));
        assertThat(executions.get(2).get("job_instance_id")).isNotEqualTo(executions.get(0).get("job_instance_id"));

        long failed = ((Number) executions.get(0).get("job_execution_id")).longValue();
        long resumed = ((Number) executions.get(1).get("job_execution_id")).longValue();
        String steps = "select step_name from batch_step_execution where job_execution_id = ?";
        List<String> completedBefore = db.queryForList(steps + " and status = 'COMPLETED'", String.class, failed);
        assertThat(completedBefore).as("processing completed before publishing failed").contains("process");
        assertThat(db.queryForList(steps, String.class, resumed)).as("completed steps are not repeated")
                .contains("publish").doesNotContainAnyElementsOf(completedBefore);
        assertThat(Files.readString(output.resolve("v1/manifest.json")))
                .as("the manifest names the job execution that published it")
                .containsPattern("\"job_execution_id\" : " + resumed + "\\b");
    }
}
