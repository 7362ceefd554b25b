package de.newsfacts.job;

import de.newsfacts.publish.OutputLock;
import de.newsfacts.publish.OutputStore;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.unit.DataSize;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The ingest job end to end through {@link IngestRunner}, read back with DuckDB and POI. */
@SpringBatchTest
@SpringBootTest(properties = {
        "newsfacts.run-on-startup=false",
        "spring.datasource.url=jdbc:h2:mem:ingest-functional;DB_CLOSE_DELAY=-1"})
class IngestJobFunctionalTest {

    static final Path SEEDS = Path.of("seeds");

    @Autowired
    JobOperator jobOperator;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    Job ingestJob;

    @TempDir
    Path tmp;

    ExitCode run(Path seeds, Path output, int workers) throws Exception {
        return run(seeds, output, workers, true);
    }

    ExitCode run(Path seeds, Path output, int workers, boolean incremental) throws Exception {
        return run(new NewsfactsProperties(seeds.toString(), output.toString(), DataSize.ofMegabytes(20), workers,
                2, true, Duration.ZERO, -1, incremental));
    }

    ExitCode run(NewsfactsProperties properties) throws Exception {
        return new IngestRunner(jobOperator, jobRepository, ingestJob, properties, new RunProgress()).runOnce();
    }

    @Test
    void workbookCutsLargeTablesVisiblyAndParquetKeepsAllRows() throws Exception {
        Path output = tmp.resolve("out");
        assertThat(run(new NewsfactsProperties(SEEDS.toString(), output.toString(), DataSize.ofMegabytes(20), 1, 2,
                true, Duration.ZERO, 5, true))).isEqualTo(ExitCode.OK);
        long sentences;
        try (DuckDb db = new DuckDb(output.resolve("v1"))) {
            sentences = db.count("select count(*) from sentences");
        }
        assertThat(sentences).isGreaterThan(5);
        try (InputStream in = Files.newInputStream(output.resolve("v1/newsfacts-v1.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("sentences").getLastRowNum()).isEqualTo(5);
            StringBuilder readme = new StringBuilder();
            workbook.getSheet("README").forEach(row -> row.forEach(c -> readme.append(c).append(' ')));
            assertThat(readme.toString()).contains("Table sentences has " + sentences + " rows",
                    "holds the first 5 of them");
        }
    }

    @Test
    void seedArticleIsPublishedOnceThenUnchanged() throws Exception {
        Path output = tmp.resolve("out");
        assertThat(run(SEEDS, output, 2)).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(output.resolve("LATEST")).trim()).isEqualTo("v1");
        assertThat(output.resolve("v1/manifest.json")).exists();
        assertThat(output.resolve("v1/newsfacts-v1.xlsx")).exists();
        assertThat(output.resolve(".work")).satisfiesAnyOf(
                p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());

        assertThat(run(SEEDS, output, 2)).isEqualTo(ExitCode.OK);
        assertThat(versions(output)).containsExactly("v1");
        assertThat(Files.readString(output.resolve("LATEST")).trim()).isEqualTo("v1");
    }

    @Test
    void seedArticleTablesHoldStructureAndOffsets() throws Exception {
        Path output = tmp.resolve("out");
        assertThat(run(SEEDS, output, 1)).isEqualTo(ExitCode.OK);
        String firstLine;
        try (Stream<String> lines = Files.lines(SEEDS.resolve("000_ce880672f0a058bd.txt"))) {
            firstLine = lines.findFirst().orElseThrow().strip();
        }
        try (DuckDb db = new DuckDb(output.resolve("v1"))) {
            assertThat(db.count("select count(*) from documents")).isEqualTo(1);
            assertThat(db.string("select title from documents")).isEqualTo(firstLine);
            assertThat(db.count("select count(*) from blocks where kind = 'heading'")).isEqualTo(9);
            assertThat(db.count("select count(*) from blocks where kind = 'list_item'")).isEqualTo(6);
            assertThat(db.count("select count(*) from blocks where kind = 'boilerplate'")).isEqualTo(3);
            assertThat(db.count("select count(*) from blocks where kind = 'boilerplate' and char_start is null"))
                    .isEqualTo(3);
            assertThat(db.count("select count(*) from documents where text like '%[…]%'")).isZero();
            assertThat(db.count("select count(*) from sentences")).isGreaterThan(20);
            assertThat(db.count("select count(*) from rejects")).isZero();
            assertThat(db.string("select typeof(published) from documents")).isEqualTo("DATE");
            assertThat(db.string("select published_source from documents")).isIn("content", "none");
            assertThat(db.count("select count(*) from documents where sentence_count = "
                    + "(select count(*) from sentences) and char_count = length(text)")).isEqualTo(1);
            for (String table : List.of("blocks", "sentences", "entities", "quantities", "dates", "quotes")) {
                assertThat(db.offsetViolations(table)).as(table).isZero();
            }
        }
    }

    @Test
    void badDocumentsAreRejectedAndTheRestIsPublished() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("good.txt"), "Eine Überschrift\nDer erste Absatz ist hier. Er hat zwei Sätze.\n");
        Files.write(seeds.resolve("legacy.txt"),
                "Größe und Maß\n„Die Straße“ kostet 5 €. Äußerst schön.\n".getBytes(Charset.forName("windows-1252")));
        Files.writeString(seeds.resolve("messy.txt"), "Titel mit &quot;Zitat&quot;\r\nEr kam zurÃ¼ck und "
                + "sah die Ge-\r\nfangenen. Das Wort Ver\u00ADhandlung hat ein weiches Trennzeichen.\r\n");
        Files.write(seeds.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        Files.write(seeds.resolve("empty.txt"), new byte[0]);
        Files.writeString(tmp.resolve("outside.txt"), "Außerhalb des Seeds-Ordners.\n");
        Files.writeString(seeds.resolve("INDEX"), String.join("\n", "# test index", "good.txt", "missing.txt",
                "../outside.txt", "image.txt", "empty.txt", "legacy.txt", "messy.txt", "good.txt", ""));

        Path output = tmp.resolve("out");
        assertThat(run(seeds, output, 2)).isEqualTo(ExitCode.OK);
        try (DuckDb db = new DuckDb(output.resolve("v1"))) {
            assertThat(db.rows("select index_line, reason from rejects order by index_line")).containsExactly(
                    List.of(3, "missing"), List.of(4, "outside_seeds"), List.of(5, "binary"), List.of(6, "empty"),
                    List.of(9, "duplicate_id"));
            assertThat(db.rows("select doc_id, source_encoding from documents order by index_line")).containsExactly(
                    List.of("good", "UTF-8"), List.of("legacy", "windows-1252"), List.of("messy", "UTF-8"));
            String legacy = db.string("select text from documents where doc_id = 'legacy'");
            assertThat(legacy).contains("Größe und Maß", "„Die Straße“ kostet 5 €");
            String messy = db.string("select text from documents where doc_id = 'messy'");
            assertThat(messy).contains("\"Zitat\"", "zurück", "Gefangenen", "Verhandlung").doesNotContain("\r", "\u00AD");
            for (String table : List.of("blocks", "sentences")) {
                assertThat(db.offsetViolations(table)).as(table).isZero();
            }
        }
    }

    @Test
    void workbookHasReadmeTypedCellsFreezeAndFilter() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "Ein Titel\nEin Absatz mit Text. Noch ein Satz.\n");
        Files.writeString(seeds.resolve("INDEX"), "path\tpublished\tdesk\na.txt\t2025-11-20\tPolitik\n");
        Path output = tmp.resolve("out");
        assertThat(run(seeds, output, 1)).isEqualTo(ExitCode.OK);
        try (InputStream in = Files.newInputStream(output.resolve("v1/newsfacts-v1.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("README");
            XSSFSheet documents = workbook.getSheet("documents");
            Row header = documents.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("doc_id");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(documents.getPaneInformation().isFreezePane()).isTrue();
            assertThat(documents.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(documents.getCTWorksheet().isSetAutoFilter()).isTrue();
            Cell published = cell(documents, "published");
            assertThat(published.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(published)).isTrue();
            assertThat(published.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 11, 20));
            assertThat(cell(documents, "char_count").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(documents, "metadata").getStringCellValue()).isEqualTo("{\"desk\":\"Politik\"}");
        }
    }

    @Test
    void resultsAreTheSameForOneAndFourWorkers() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        String article = Files.readString(SEEDS.resolve("000_ce880672f0a058bd.txt"));
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < 23; i++) {
            Files.writeString(seeds.resolve("doc" + i + ".txt"), "Meldung " + i + "\n" + article.repeat(1 + i % 3));
            index.append("doc").append(i).append(".txt\n");
            if (i == 7) {
                index.append("missing.txt\n");
            }
        }
        Files.writeString(seeds.resolve("INDEX"), index);
        Path one = tmp.resolve("one");
        Path four = tmp.resolve("four");
        assertThat(run(seeds, one, 1)).isEqualTo(ExitCode.OK);
        assertThat(run(seeds, four, 4)).isEqualTo(ExitCode.OK);
        var lastRun = jobRepository.getLastJobExecution(jobRepository.getLastJobInstance("ingestJob"));
        assertThat(lastRun.getStepExecutions()).filteredOn(step -> step.getStepName().startsWith("processPartition:"))
                .hasSize(4);
        assertThat(contentDigest(four)).isEqualTo(contentDigest(one));
        try (DuckDb db = new DuckDb(four.resolve("v1"))) {
            assertThat(db.count("select count(*) from documents")).isEqualTo(23);
            assertThat(db.string("select string_agg(doc_id, ',' order by index_line) from documents"))
                    .startsWith("doc0,doc1,doc2,");
        }
    }

    @Test
    void incrementalRunCarriesUnchangedDocumentsAndEqualsAFullRebuild() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        String article = Files.readString(SEEDS.resolve("000_ce880672f0a058bd.txt"));
        StringBuilder index = seedCopies(seeds, article, 12);
        Path output = tmp.resolve("out");
        assertThat(run(seeds, output, 2)).isEqualTo(ExitCode.OK);

        // nightly: one document changed, two appended, one missing file appended
        Files.writeString(seeds.resolve("doc3.txt"), "Meldung 3, korrigiert\nAm Montag wurden 5 Personen verletzt.\n");
        for (int i = 12; i < 14; i++) {
            Files.writeString(seeds.resolve("doc" + i + ".txt"), "Neue Meldung " + i + "\n" + article);
            index.append("doc").append(i).append(".txt\td").append(i).append("\t\n");
        }
        index.append("gone.txt\tgone\t\n");
        Files.writeString(seeds.resolve("INDEX"), index);
        assertThat(run(seeds, output, 2)).isEqualTo(ExitCode.OK);
        assertThat(versions(output)).containsExactly("v1", "v2");
        String manifest = Files.readString(output.resolve("v2/manifest.json"));
        assertThat(manifest).contains("\"carried_over\" : 11");

        Path rebuild = tmp.resolve("rebuild");
        assertThat(run(seeds, rebuild, 1, false)).isEqualTo(ExitCode.OK);
        assertThat(contentDigest(output, "v2")).isEqualTo(contentDigest(rebuild, "v1"));
    }

    @Test
    void nightlyRunsThatAppendDocumentsReuseTheFilesAndEqualAFullRebuild() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        String article = Files.readString(SEEDS.resolve("000_ce880672f0a058bd.txt"));
        StringBuilder index = seedCopies(seeds, article, 6);
        Path output = tmp.resolve("out");
        // a workbook cap of 40 rows: sentences, entities ... are cut (their sheets can be taken over), documents not
        NewsfactsProperties nightly = new NewsfactsProperties(seeds.toString(), output.toString(),
                DataSize.ofMegabytes(20), 2, 2, true, Duration.ZERO, 40, true);
        assertThat(run(nightly)).isEqualTo(ExitCode.OK);

        int next = 6;
        for (int night = 1; night <= 3; night++) {
            for (int k = 0; k < night; k++, next++) {
                Files.writeString(seeds.resolve("doc" + next + ".txt"), "Nachtrag " + next + "\nAm Montag wurden "
                        + next + " Menschen verletzt, sagte die Polizei in Graz.\n\n" + article.substring(0, 800));
                index.append("doc").append(next).append(".txt\td").append(next).append("\t\n");
            }
            if (night == 3) {
                index.append("gone.txt\tgone\t\n");
            }
            Files.writeString(seeds.resolve("INDEX"), index);
            assertThat(run(nightly)).isEqualTo(ExitCode.OK);
        }
        assertThat(versions(output)).containsExactly("v1", "v2", "v3", "v4");
        String manifest = Files.readString(output.resolve("v4/manifest.json"));
        assertThat(manifest).contains("\"carried_over\" : 9");

        Path rebuild = tmp.resolve("rebuild");
        assertThat(run(new NewsfactsProperties(seeds.toString(), rebuild.toString(), DataSize.ofMegabytes(20), 1, 2,
                true, Duration.ZERO, 40, false))).isEqualTo(ExitCode.OK);
        assertThat(contentDigest(output, "v4")).isEqualTo(contentDigest(rebuild, "v1"));
        // the same rows, read by DuckDB from the part files of both
        try (DuckDb db = new DuckDb(output.resolve("v4"))) {
            for (String table : List.of("documents", "blocks", "sentences", "entities", "quantities", "dates",
                    "quotes", "rejects")) {
                String other = "read_parquet('" + rebuild.resolve("v1").resolve(table).resolve("*.parquet") + "')";
                assertThat(db.count("select count(*) from " + table)).as(table)
                        .isEqualTo(db.count("select count(*) from " + other));
                assertThat(db.count("select count(*) from (select * from " + table + " except all select * from "
                        + other + ")")).as(table).isZero();
                assertThat(db.count("select count(*) from (select * from " + other + " except all select * from "
                        + table + ")")).as(table).isZero();
            }
            assertThat(db.string("select string_agg(doc_id, ',') from documents")).isEqualTo(
                    "d0,d1,d2,d3,d4,d5,d6,d7,d8,d9,d10,d11");
        }
        // the workbook: every table sheet holds the same cells as the rebuilt one
        try (InputStream a = Files.newInputStream(output.resolve("v4/newsfacts-v4.xlsx"));
             InputStream b = Files.newInputStream(rebuild.resolve("v1/newsfacts-v1.xlsx"));
             XSSFWorkbook incremental = new XSSFWorkbook(a);
             XSSFWorkbook full = new XSSFWorkbook(b)) {
            assertThat(incremental.getNumberOfSheets()).isEqualTo(full.getNumberOfSheets());
            for (int i = 1; i < full.getNumberOfSheets(); i++) {
                assertThat(incremental.getSheetName(i)).isEqualTo(full.getSheetName(i));
                assertThat(cells(incremental.getSheetAt(i))).as(full.getSheetName(i))
                        .isEqualTo(cells(full.getSheetAt(i)));
            }
            assertThat(readmeTable(incremental, "v4")).isEqualTo(readmeTable(full, "v1"));
        }
        // and openpyxl, as an analyst's script reads them, sees the same values in every table sheet
        String python = de.newsfacts.testing.Openpyxl.python();
        if (python != null) {
            Process p = new ProcessBuilder(python, "-c",
                    "import sys, openpyxl\n"
                            + "a = openpyxl.load_workbook(sys.argv[1], read_only=True)\n"
                            + "b = openpyxl.load_workbook(sys.argv[2], read_only=True)\n"
                            + "assert a.sheetnames == b.sheetnames, (a.sheetnames, b.sheetnames)\n"
                            + "for name in a.sheetnames[1:]:\n"
                            + "    ra = list(a[name].iter_rows(values_only=True))\n"
                            + "    rb = list(b[name].iter_rows(values_only=True))\n"
                            + "    assert ra == rb, name\n"
                            + "print('same', len(a.sheetnames) - 1)\n",
                    output.resolve("v4/newsfacts-v4.xlsx").toString(),
                    rebuild.resolve("v1/newsfacts-v1.xlsx").toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(said).isEqualTo("same 8");
        }
        // cut tables' sheets were taken over byte for byte from the previous workbook
        assertThat(sheetCrc(output.resolve("v4/newsfacts-v4.xlsx"), "sentences"))
                .isEqualTo(sheetCrc(output.resolve("v1/newsfacts-v1.xlsx"), "sentences"));
    }

    /** Writes {@code n} copies of {@code article} (docN.txt, doc id dN) and their INDEX; returns the INDEX text. */
    private static StringBuilder seedCopies(Path seeds, String article, int n) throws java.io.IOException {
        StringBuilder index = new StringBuilder("path\tdoc_id\tpublished\n");
        for (int i = 0; i < n; i++) {
            Files.writeString(seeds.resolve("doc" + i + ".txt"), "Meldung " + i + "\n" + article);
            index.append("doc").append(i).append(".txt\td").append(i).append("\t2025-11-2").append(i % 10).append('\n');
        }
        Files.writeString(seeds.resolve("INDEX"), index);
        return index;
    }

    /** Every cell as text, plus what frames the rows: filter range, dimension, column widths, frozen pane. */
    private static List<String> cells(org.apache.poi.ss.usermodel.Sheet sheet) {
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter(
                java.util.Locale.ROOT);
        List<String> cells = new java.util.ArrayList<>();
        if (sheet instanceof XSSFSheet xssf) {
            var worksheet = xssf.getCTWorksheet();
            cells.add("filter " + (worksheet.isSetAutoFilter() ? worksheet.getAutoFilter().getRef() : "-")
                    + " dimension " + (worksheet.isSetDimension() ? worksheet.getDimension().getRef() : "-")
                    + " pane " + sheet.getPaneInformation());
            StringBuilder widths = new StringBuilder("widths");
            for (int c = 0; c < 16; c++) {
                widths.append(' ').append(sheet.getColumnWidth(c));
            }
            cells.add(widths.toString());
        }
        for (Row row : sheet) {
            StringBuilder line = new StringBuilder().append(row.getRowNum()).append(':');
            for (Cell cell : row) {
                line.append(cell.getColumnIndex()).append('=').append(format.formatCellValue(cell)).append('|');
            }
            cells.add(line.toString());
        }
        return cells;
    }

    /** The README from its table of tables on (names, row counts, sheets, notes), version names neutral. */
    private static List<String> readmeTable(XSSFWorkbook workbook, String version) {
        List<String> lines = cells(workbook.getSheet("README")); // 2 frame lines, then rows 0..: from row 6 on
        return lines.subList(6, lines.size()).stream().map(line -> line.replace(version + "/", "vN/")).toList();
    }

    private static long sheetCrc(Path workbook, String sheetName) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(workbook.toFile());
             XSSFWorkbook parsed = new XSSFWorkbook(Files.newInputStream(workbook))) {
            String part = parsed.getSheet(sheetName).getPackagePart().getPartName().getName().substring(1);
            return zip.getEntry(part).getCrc();
        }
    }

    @Test
    void missingIndexFailsBeforeAnythingIsWritten() throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Path output = tmp.resolve("out");
        assertThat(run(seeds, output, 1)).isEqualTo(ExitCode.BAD_INDEX);
        assertThat(output).doesNotExist();
    }

    @Test
    void secondWriterIsRefusedWhileTheLockIsHeld() throws Exception {
        Path output = Files.createDirectories(tmp.resolve("out"));
        OutputStore store = OutputStore.open(output.toString(), OutputStore.defaultConfiguration());
        try (OutputLock lock = OutputLock.acquire(store, Duration.ZERO, Duration.ofHours(1))) {
            assertThat(run(SEEDS, output, 1)).isEqualTo(ExitCode.LOCKED);
        }
        assertThat(versions(output)).isEmpty();
        assertThat(run(SEEDS, output, 1)).isEqualTo(ExitCode.OK);
    }

    static List<String> versions(Path output) throws Exception {
        try (Stream<Path> files = Files.list(output)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("v\\d+")).sorted().toList();
        }
    }

    static String contentDigest(Path output) throws Exception {
        return contentDigest(output, "v1");
    }

    static String contentDigest(Path output, String version) throws Exception {
        String manifest = Files.readString(output.resolve(version).resolve("manifest.json"), StandardCharsets.UTF_8);
        var m = java.util.regex.Pattern.compile("\"content_sha256\" : \"([0-9a-f]+)\"").matcher(manifest);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static Cell cell(XSSFSheet sheet, String column) {
        Row header = sheet.getRow(0);
        for (Cell c : header) {
            if (c.getStringCellValue().equals(column)) {
                return sheet.getRow(1).getCell(c.getColumnIndex());
            }
        }
        throw new AssertionError("no column " + column);
    }
}
