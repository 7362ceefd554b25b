package de.newsfacts.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the job with SIGKILL in the middle of the partitioned processing step, starts it again, and checks that
 * the resumed run completes with the same table contents as an uninterrupted run and that no partial version
 * was ever visible.
 */
class CrashRestartTest {

    private static final Pattern PROGRESS = Pattern.compile("Processed (\\d+) / (\\d+) documents");

    @TempDir
    Path tmp;

    @Test
    void killedRunResumesAndPublishesTheSameTables() throws Exception {
        Path seeds = writeSeeds(tmp.resolve("seeds"), 400);

        Path reference = tmp.resolve("reference");
        Result uninterrupted = runToEnd(seeds, reference, tmp.resolve("repo-reference"));
        assertThat(uninterrupted.exitCode()).as(uninterrupted.output()).isZero();

        Path output = tmp.resolve("out");
        Path repo = tmp.resolve("repo");
        Process first = start(seeds, output, repo);
        int doneAtKill = -1;
        try (BufferedReader lines = reader(first)) {
            for (String line; (line = lines.readLine()) != null; ) {
                Matcher m = PROGRESS.matcher(line);
                if (m.find() && Integer.parseInt(m.group(1)) >= 60) {
                    doneAtKill = Integer.parseInt(m.group(1));
                    first.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
                    break;
                }
            }
        }
        first.waitFor(30, TimeUnit.SECONDS);
        assertThat(doneAtKill).as("the run was killed while processing").isBetween(60, 399);
        assertThat(IngestJobFunctionalTest.versions(output)).as("no version visible after the kill").isEmpty();
        assertThat(output.resolve("LATEST")).doesNotExist();

        Result resumed = runToEnd(seeds, output, repo);
        assertThat(resumed.exitCode()).as(resumed.output()).isZero();
        assertThat(resumed.output()).contains("Resuming unfinished run");
        assertThat(IngestJobFunctionalTest.versions(output)).containsExactly("v1");
        assertThat(IngestJobFunctionalTest.contentDigest(output))
                .isEqualTo(IngestJobFunctionalTest.contentDigest(reference));
        try (var files = Files.list(output)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".staging"));
        }
    }

    static Path writeSeeds(Path seeds, int documents) throws IOException {
        Files.createDirectories(seeds);
        String article = Files.readString(IngestJobFunctionalTest.SEEDS.resolve("000_ce880672f0a058bd.txt"));
        String[] paragraphs = article.split("\n");
        StringBuilder index = new StringBuilder("path\tdoc_id\n");
        for (int i = 0; i < documents; i++) {
            StringBuilder text = new StringBuilder("Meldung Nummer " + i + "\n");
            for (int p = 0; p < paragraphs.length; p++) {
                text.append(paragraphs[(p + i) % paragraphs.length]).append('\n');
            }
            Files.writeString(seeds.resolve("d" + i + ".txt"), text);
            index.append("d").append(i).append(".txt\tdoc-").append(i).append('\n');
            if (i % 97 == 5) {
                index.append("missing-").append(i).append(".txt\n");
            }
        }
        Files.writeString(seeds.resolve("INDEX"), index);
        return seeds;
    }

    record Result(int exitCode, String output) {
    }

    private Result runToEnd(Path seeds, Path output, Path repo) throws Exception {
        Process process = start(seeds, output, repo);
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = reader(process)) {
            reader.lines().forEach(lines::add);
        }
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), String.join("\n", lines));
    }

    private Process start(Path seeds, Path output, Path repo) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "de.newsfacts.NewsfactsApplication",
                "--newsfacts.seeds=" + seeds, "--newsfacts.output=" + output,
                "--newsfacts.job-repository=" + repo, "--newsfacts.workers=2", "--newsfacts.chunk-size=5")
                .directory(tmp.toFile())
                .redirectErrorStream(true)
                .start();
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
