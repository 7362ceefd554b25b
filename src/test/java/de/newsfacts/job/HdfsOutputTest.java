package de.newsfacts.job;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import de.newsfacts.publish.OutputLock;
import de.newsfacts.publish.OutputStore;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.HdfsConfiguration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The job with its output on HDFS: an in-process MiniDFSCluster (one datanode, web UIs off), output
 * {@code hdfs://localhost:<port>/newsfacts/out}. The published version is copied to a local folder and read back
 * with DuckDB.
 */
@SpringBatchTest
@SpringBootTest(properties = { // the same context as IngestJobFunctionalTest, so Spring's test cache shares it
        "newsfacts.run-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:ingest-functional;DB_CLOSE_DELAY=-1"})
class HdfsOutputTest {

    private static MiniDFSCluster cluster;
    private static String output;

    @TempDir
    static java.nio.file.Path tmp;

    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job ingestJob;

    @BeforeAll
    static void startHdfs() throws Exception {
        hadoopLogLevel(Level.WARN); // the cluster may start before Spring Boot has set up logging
        Configuration conf = new HdfsConfiguration();
        // no web servers, fast heartbeats: the cluster only has to serve RPC on the loopback interface
        conf.setBoolean("dfs.webhdfs.enabled", false);
        conf.set("dfs.namenode.http-address", "127.0.0.1:0");
        conf.set("dfs.datanode.http.address", "127.0.0.1:0");
        conf.set("dfs.datanode.address", "127.0.0.1:0");
        conf.set("dfs.datanode.ipc.address", "127.0.0.1:0");
        conf.setInt("dfs.replication", 1);
        conf.setLong("dfs.heartbeat.interval", 1);
        File base = tmp.resolve("hdfs").toFile();
        cluster = new MiniDFSCluster.Builder(conf, base)
                .numDataNodes(1)
                .storagesPerDatanode(1)
                .format(true)
                .build();
        cluster.waitActive();
        output = "hdfs://localhost:" + cluster.getNameNodePort() + "/newsfacts/out";
        // The job opens the location with its own Configuration, and FileSystem.get returns the client cached for
        // scheme, authority and user: cache one whose file close polls the namenode every 20 ms instead of
        // backing off from 400 ms, which makes the many small files of a test run several times faster.
        Configuration client = new Configuration(false);
        client.setInt("dfs.client.block.write.locateFollowingBlock.initial.delay.ms", 20);
        FileSystem.get(URI.create(output), client);
    }

    @AfterAll
    static void stopHdfs() throws Exception {
        if (cluster != null) {
            FileSystem.get(URI.create(output), new Configuration()).close(); // drop the cached client
            hadoopLogLevel(Level.OFF); // threads interrupted by the shutdown complain loudly
            try {
                cluster.shutdown(true);
            } finally {
                hadoopLogLevel(null);
            }
        }
    }

    private static void hadoopLogLevel(Level level) {
        ((Logger) LoggerFactory.getLogger("org.apache.hadoop")).setLevel(level);
    }

    ExitCode run(java.nio.file.Path seeds) throws Exception {
        return run(seeds, -1);
    }

    ExitCode run(java.nio.file.Path seeds, long excelMaxRows) throws Exception {
        NewsfactsProperties properties = new NewsfactsProperties(seeds.toString(), output,
                DataSize.ofMegabytes(20), 2, 2, true, Duration.ZERO, excelMaxRows, true);
        return new IngestRunner(jobOperator, jobRepository, ingestJob, properties, new RunProgress()).runOnce();
    }

    @Test
    void versionIsPublishedOnHdfsOnceThenUnchangedAndLocked() throws Exception {
        java.nio.file.Path seeds = CrashRestartTest.writeSeeds(tmp.resolve("seeds"), 6);
        assertThat(run(seeds)).isEqualTo(ExitCode.OK);

        OutputStore store = OutputStore.open(output, OutputStore.defaultConfiguration());
        FileSystem fs = store.fs();
        assertThat(fs.getUri().getScheme()).isEqualTo("hdfs");
        assertThat(store.latest()).contains("v1");
        assertThat(store.versions()).containsExactly(1);
        Path v1 = store.version("v1");
        assertThat(fs.exists(new Path(v1, "manifest.json"))).isTrue();
        assertThat(fs.getFileStatus(new Path(v1, "newsfacts-v1.xlsx")).getLen()).isPositive();
        assertThat(names(fs, store.root())).containsExactlyInAnyOrder("LATEST", "v1");

        java.nio.file.Path local = tmp.resolve("v1");
        // the store's configuration maps file: to RawLocalFileSystem, which copyToLocalFile cannot cast
        FileUtil.copy(fs, v1, FileSystem.getLocal(new Configuration()).getRaw(), new Path(local.toUri()), false,
                new Configuration());
        String manifest = Files.readString(local.resolve("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"version\" : \"v1\"");
        try (DuckDb db = new DuckDb(local)) {
            assertThat(db.count("select count(*) from documents")).isEqualTo(6);
            assertThat(db.count("select count(*) from rejects")).isEqualTo(1);
            assertThat(db.count("select count(*) from sentences")).isGreaterThan(50);
            assertThat(db.offsetViolations("sentences")).isZero();
        }

        assertThat(run(seeds)).as("same content again").isEqualTo(ExitCode.OK);
        assertThat(store.versions()).containsExactly(1);
        assertThat(store.latest()).contains("v1");

        Path lockFile = new Path(store.root(), ".lock");
        try (OutputLock lock = OutputLock.acquire(store, Duration.ZERO, Duration.ofHours(1))) {
            assertThat(fs.exists(lockFile)).isTrue();
            assertThat(run(seeds)).isEqualTo(ExitCode.LOCKED);
            assertThatThrownBy(() -> OutputLock.acquire(store, Duration.ZERO, Duration.ofHours(1)))
                    .isInstanceOf(OutputLock.LockedException.class).hasMessageContaining("delete it");
        }
        assertThat(fs.exists(lockFile)).as("released").isFalse();
        fs.create(lockFile, false).close(); // left behind by a run that died
        assertThat(run(seeds)).as("lock of a dead run").isEqualTo(ExitCode.LOCKED);
        OutputLock.acquire(store, Duration.ZERO, Duration.ZERO).close(); // older than staleAfter: taken over
        assertThat(fs.exists(lockFile)).isFalse();
        try (OutputLock held = OutputLock.acquire(store, Duration.ZERO, Duration.ofSeconds(2))) {
            Thread.sleep(3_000); // longer than staleAfter: only the heartbeat keeps the lock alive
            assertThatThrownBy(() -> OutputLock.acquire(store, Duration.ZERO, Duration.ofSeconds(2)))
                    .as("a live run's lock is never stale").isInstanceOf(OutputLock.LockedException.class);
        }
        assertThat(fs.exists(lockFile)).isFalse();

        Files.writeString(seeds.resolve("d0.txt"), "Neue Meldung\nDer Text hat sich geändert. Ein zweiter Satz.\n");
        assertThat(run(seeds)).as("changed content").isEqualTo(ExitCode.OK);
        assertThat(store.versions()).containsExactly(1, 2);
        assertThat(store.latest()).contains("v2");
        assertThat(names(fs, store.root())).containsExactlyInAnyOrder("LATEST", "v1", "v2");
        try (InputStream in = fs.open(new Path(store.root(), "LATEST"))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("v2\n");
        }

        // nightly runs that append documents: part files copied on HDFS, cut sheets taken from the last workbook
        for (int i = 6; i < 8; i++) {
            Files.writeString(seeds.resolve("n" + i + ".txt"), "Nachtrag " + i + "\nIn Linz wurden am Montag "
                    + i + " Menschen verletzt, sagte die Polizei.\n");
            Files.writeString(seeds.resolve("INDEX"), Files.readString(seeds.resolve("INDEX")) + "n" + i
                    + ".txt\tnew-" + i + "\n");
            assertThat(run(seeds, 5)).isEqualTo(ExitCode.OK);
        }
        assertThat(store.versions()).containsExactly(1, 2, 3, 4);
        java.nio.file.Path local4 = tmp.resolve("v4");
        FileUtil.copy(fs, store.version("v4"), FileSystem.getLocal(new Configuration()).getRaw(),
                new Path(local4.toUri()), false, new Configuration());
        assertThat(Files.readString(local4.resolve("manifest.json"))).contains("\"carried_over\" : 7");
        try (DuckDb db = new DuckDb(local4)) {
            assertThat(db.count("select count(*) from documents")).isEqualTo(8);
            assertThat(db.string("select string_agg(doc_id, ',') from documents"))
                    .isEqualTo("doc-0,doc-1,doc-2,doc-3,doc-4,doc-5,new-6,new-7");
            assertThat(db.offsetViolations("sentences")).isZero();
        }
        try (InputStream in = Files.newInputStream(local4.resolve("newsfacts-v4.xlsx"));
             org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("sentences").getLastRowNum()).isEqualTo(5);
            assertThat(workbook.getSheet("sentences").getRow(1).getCell(0).getStringCellValue()).isEqualTo("doc-0");
        }
    }

    private static String[] names(FileSystem fs, Path dir) throws Exception {
        return Arrays.stream(fs.listStatus(dir)).map(FileStatus::getPath).map(Path::getName).toArray(String[]::new);
    }
}
