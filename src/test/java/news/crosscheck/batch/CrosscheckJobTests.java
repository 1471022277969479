package news.crosscheck.batch;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import news.crosscheck.report.Manifest;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@SpringBatchTest
@SpringBootTest(properties = {
        "crosscheck.runner.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:crosscheck-job-tests;DB_CLOSE_DELAY=-1",
        "crosscheck.work-dir=target/test-work",
        "crosscheck.max-rejected-share=0.9"})
class CrosscheckJobTests {

    @Autowired
    private JobOperatorTestUtils jobs;

    @Autowired
    private DataSource dataSource;

    @TempDir
    Path temp;

    @Test
    void sampleCorpusGroupsEventsAndReportsItsTraps() throws Exception {
        Path out = JobFixture.run(jobs, Path.of("input"), temp.resolve("out"));

        Map<String, Set<String>> events = new TreeMap<>();
        for (CSVRecord row : JobFixture.read(out.resolve("events.csv"))) {
            events.computeIfAbsent(row.get("event_id"), e -> new TreeSet<>()).add(row.get("article_id"));
        }
        assertThat(events.values()).containsExactlyInAnyOrderElementsOf(JobFixture.SAMPLE_EVENTS);

        List<CSVRecord> rows = JobFixture.read(out.resolve("discrepancies.csv"));
        assertThat(JobFixture.signatures(rows)).containsExactlyInAnyOrder(
                "CASUALTY_COUNT CONFLICT killed: people [20, At least 28]",
                "CASUALTY_COUNT UPDATE killed: people [20, 31, Twenty-eight]",
                "CASUALTY_COUNT CONFLICT injured: people [10, 15]",
                "NAME_SPELLING VARIANT Leonid Pasechnik [Pasechnik, Pasechnyk, Pesechnik]",
                "PLACE_SPELLING VARIANT Lisichansk [Lisichansk, Lysychansk]",
                "CASUALTY_COUNT UPDATE missing: people [14, nine]",
                "NAME_SPELLING VARIANT Oleksandr Tkachenko [Tkachenko, Tkatchenko]");
        assertThat(rows).noneMatch(row -> row.get("evidence").contains("Belgorod"));
        assertThat(rows).extracting(row -> row.get("event_id"))
                .doesNotContain(eventOf(events, "capital-courier/2024-02-03-kherson-strike.txt"));
        assertThat(rows).allSatisfy(row -> assertThat(row.get("explanation")).isNotBlank());
    }

    @Test
    void twoSameDayStrikesInDifferentCitiesStayApart() throws Exception {
        Path out = JobFixture.run(jobs, Path.of("src/test/resources/corpus/two-strikes"), temp.resolve("out"));

        Map<String, Set<String>> events = new TreeMap<>();
        for (CSVRecord row : JobFixture.read(out.resolve("events.csv"))) {
            events.computeIfAbsent(row.get("event_id"), e -> new TreeSet<>()).add(row.get("article_id"));
        }
        assertThat(events.values()).containsExactlyInAnyOrder(
                Set.of("eastern-dispatch/2024-03-09-kharkov-missile.txt", "harbour-gazette/2024-03-09-kharkiv-strike.txt",
                        "plains-tribune/2024-03-10-kharkiv-toll-rises.txt"),
                Set.of("harbour-gazette/2024-03-09-zaporizhzhia-hotel.txt",
                        "plains-tribune/2024-03-09-zaporizhzhia-drone.txt"),
                Set.of("eastern-dispatch/2024-03-10-library-hours.txt"));

        List<CSVRecord> rows = JobFixture.read(out.resolve("discrepancies.csv"));
        assertThat(values(rows, "CASUALTY_COUNT", "CONFLICT")).containsExactlyInAnyOrder("at least 7", "Five");
        assertThat(values(rows, "CASUALTY_COUNT", "UPDATE")).containsExactlyInAnyOrder("Five", "9");
        assertThat(values(rows, "PLACE_SPELLING", "VARIANT")).containsExactlyInAnyOrder("Kharkiv", "Kharkov");
        assertThat(values(rows, "NAME_SPELLING", "VARIANT")).containsExactlyInAnyOrder("Hrytsenko", "Hritsenko");

        assertThat(JobFixture.read(out.resolve("rejects.csv"))).extracting(r -> r.get("source"))
                .containsExactly("EXPECTED.md", "eastern-dispatch/empty.txt", "plains-tribune/broken.txt");
    }

    @Test
    void seedArticleAloneYieldsItsNameVariantAndNoCasualtyConflict() throws Exception {
        Path seed = Path.of("..", "shared", "seed");
        assumeTrue(Files.isDirectory(seed), "the shared seed article is beside the repository");
        Path input = temp.resolve("in");
        JobFixture.copyTree(seed, input);

        Path out = JobFixture.run(jobs, input, temp.resolve("out"));

        List<CSVRecord> rows = JobFixture.read(out.resolve("discrepancies.csv"));
        assertThat(values(rows, "NAME_SPELLING", "VARIANT")).containsExactlyInAnyOrder("Pesechnik", "Pasechnik");
        assertThat(rows).noneMatch(row -> row.get("kind").equals("CASUALTY_COUNT"));
        List<CSVRecord> events = JobFixture.read(out.resolve("events.csv"));
        assertThat(events).singleElement().satisfies(row -> {
            assertThat(row.get("outlet")).isEqualTo("CNN");
            assertThat(row.get("published")).isEqualTo("2024-02-04");
        });
    }

    @Test
    void sameInputTwiceGivesByteIdenticalReports() throws Exception {
        Path first = JobFixture.run(jobs, Path.of("input"), temp.resolve("first"));
        Path second = JobFixture.run(jobs, Path.of("input"), temp.resolve("second"));
        for (String report : news.crosscheck.report.ReportComparison.REPORTS) {
            assertThat(Files.readAllBytes(second.resolve(report))).as(report)
                    .isEqualTo(Files.readAllBytes(first.resolve(report)));
        }
    }

    @Test
    void badFilesAreRejectedWithReasonsAndTheRestIsProcessed() throws Exception {
        Path input = temp.resolve("in");
        JobFixture.copyTree(Path.of("src/test/resources/corpus/hostile"), input);
        try (var huge = Files.newBufferedWriter(input.resolve("huge.txt"))) {
            huge.write("Published: 2024-02-06\n\n");
            String line = "The council met again. ".repeat(100) + "\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length()) {
                huge.write(line);
            }
        }
        Files.writeString(input.resolve("long-line.txt"), "Outlet: Valley Post\nPublished: 2024-02-06\n\n"
                + "A very long paragraph about the harbour plan, word after word. ".repeat(160));
        Files.writeString(input.resolve("future.txt"), "Outlet: Valley Post\nPublished: 2099-01-01\n\nLater.");
        Files.createDirectories(input.resolve("loop"));
        Files.createSymbolicLink(input.resolve("loop/back"), input);

        Path out = JobFixture.run(jobs, input, temp.resolve("out"), "2024-12-31");

        Map<String, String> rejects = JobFixture.read(out.resolve("rejects.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("source"), r -> r.get("reason")));
        assertThat(rejects).containsEntry("empty.txt", "empty file")
                .containsEntry("no-date.txt", "no publication date: add a Published: header (YYYY-MM-DD)")
                .containsEntry("no-published.csv",
                        "CSV header lacks column(s) published: expected id,outlet,published,title,body[,url]")
                .containsEntry("huge.txt", "article larger than the 5 MB limit")
                .containsEntry("future.txt", "publication date 2099-01-01 is in the future (after 2024-12-31)")
                .containsEntry("loop/back", "symbolic link: not followed");
        assertThat(rejects.get("binary.txt")).startsWith("binary file");
        assertThat(rejects.get("latin1.txt")).startsWith("not UTF-8 text (invalid byte at offset");
        assertThat(rejects.get("odd-date.txt")).startsWith("unreadable publication date '04/02/2024'");
        assertThat(rejects.get("broken-quote.csv#hq-2")).startsWith("CSV row 2 (line 5): a quote inside");
        assertThat(JobFixture.read(out.resolve("duplicates.csv"))).extracting(r -> r.get("article_id"))
                .containsExactly("duplicate-of-valid-1.txt");
        assertThat(JobFixture.read(out.resolve("events.csv"))).extracting(r -> r.get("article_id")).contains(
                "valid-1.txt", "valid-2.txt", "bom-crlf.txt", "html-body.txt", "formula-injection.txt",
                "long-line.txt", "broken-quote.csv#hq-1", "broken-quote.csv#hq-3");

        Manifest manifest = Manifest.read(out.resolve("manifest.json"));
        assertThat(manifest.counts().get("read")).isEqualTo(manifest.counts().get("accepted")
                + manifest.counts().get("duplicate") + manifest.counts().get("rejected"));
        assertThat(manifest.counts().get("rejected")).isEqualTo(rejects.size());
    }

    @Test
    void theNextRunDeletesWhatFinishedRunsStagedAndKeepsWhatAFailedRunNeedsToRestart() throws Exception {
        Path input = temp.resolve("in");
        JobFixture.copyTree(Path.of("src/test/resources/corpus/hostile"), input);
        Path badNight = temp.resolve("bad");
        Files.createDirectories(badNight);
        for (int i = 0; i < 4; i++) {
            Files.writeString(badNight.resolve("scrape-" + i + ".txt"), "Outlet: X\n\nNo date in this one.");
        }
        long failed = run(badNight, "purge-failed");
        long finished = run(input, "purge-finished");
        assertThat(staged(finished)).as("rows of the last run, until the next one starts").isPositive();

        long next = run(input, "purge-next");

        assertThat(staged(finished)).isZero();
        assertThat(staged(failed)).isPositive();
        assertThat(staged(next)).isPositive();
        assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM CC_HISTORY WHERE RUN_DATE = "
                + "'2024-02-06'", Long.class)).isEqualTo(JobFixture.read(temp.resolve("out-purge-next/summary.csv"))
                .size());
    }

    /**
     * Runs the job and returns its run id. (Not a method returning a {@code JobExecution}: the batch test listener
     * would take it for a factory of the step scope's execution.)
     */
    private long run(Path input, String name) throws Exception {
        return jobs.startJob(new JobParametersBuilder()
                .addString(RunContext.INPUT, input.toString())
                .addString(RunContext.INPUT_FINGERPRINT, name)
                .addString(RunContext.OUTPUT, temp.resolve("out-" + name).toString())
                .addString(RunContext.RUN_DATE, "2024-02-06")
                .toJobParameters()).getJobInstanceId();
    }

    /** Rows a run has in the staging tables. */
    private long staged(long run) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long rows = 0;
        for (String table : List.of("CC_INPUT_FILE", "CC_ARTICLE", "CC_REJECT", "CC_DUPLICATE", "CC_MEMBER",
                "CC_CLAIMS", "CC_COPY", "CC_DISCREPANCY")) {
            rows += jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE RUN_ID = ?", Long.class, run);
        }
        return rows;
    }

    @Test
    void aNightWithMoreRejectsThanTheLimitFailsLoudlyWithoutCallingItRestartable() throws Exception {
        Path input = temp.resolve("in");
        Files.createDirectories(input);
        for (int i = 0; i < 10; i++) {
            Files.writeString(input.resolve("scrape-" + i + ".txt"), "Outlet: X\n\nNo date in this one.");
        }
        Files.writeString(input.resolve("dated.txt"), "Outlet: X\nPublished: 2024-02-05\n\nA dated story.");
        JobExecution execution = jobs.startJob(parameters(input, "limit"));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        RefusedNightException refused = RefusedNightException.among(execution.getAllFailureExceptions());
        assertThat(refused.exitCode).isEqualTo(ExitCode.JOB_FAILED);
        assertThat(refused.getMessage()).startsWith("10 of 11 inputs were rejected, more than 90%")
                .contains("the most common reason: no publication date: add a Published: header (YYYY-MM-DD)")
                .contains("fails the same way").doesNotContain("restart");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void aNightWithNothingAcceptedIsRefusedAsEmpty() throws Exception {
        Path input = temp.resolve("in");
        Files.createDirectories(input);
        Files.writeString(input.resolve("scrape.txt"), "Outlet: X\n\nNo date in this one.");
        JobExecution execution = jobs.startJob(parameters(input, "empty"));
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        RefusedNightException refused = RefusedNightException.among(execution.getAllFailureExceptions());
        assertThat(refused.exitCode).isEqualTo(ExitCode.EMPTY);
        assertThat(refused.getMessage()).startsWith("empty night: no article accepted from " + input)
                .contains("1 inputs read, 1 rejected").contains("--allow-empty");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    private org.springframework.batch.core.job.parameters.JobParameters parameters(Path input, String fingerprint) {
        return new JobParametersBuilder()
                .addString(RunContext.INPUT, input.toString())
                .addString(RunContext.INPUT_FINGERPRINT, fingerprint)
                .addString(RunContext.OUTPUT, temp.resolve("out").toString())
                .addString(RunContext.RUN_DATE, "")
                .toJobParameters();
    }

    @Test
    void noReportCellCanOpenAsASpreadsheetFormula() throws Exception {
        Path out = JobFixture.run(jobs, Path.of("src/test/resources/corpus/hostile"), temp.resolve("out"));
        for (String report : List.of("events.csv", "claims.csv", "discrepancies.csv", "rejects.csv")) {
            for (CSVRecord row : JobFixture.read(out.resolve(report))) {
                for (String cell : row.values()) {
                    assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0
                            || cell.matches("-?\\d+(\\.\\d+)?")).as("%s cell %s", report, cell).isTrue();
                }
            }
        }
        assertThat(Files.readString(out.resolve("events.csv"))).contains("'=HYPERLINK(");
    }

    private static Set<String> values(List<CSVRecord> rows, String kind, String severity) {
        return rows.stream().filter(r -> r.get("kind").equals(kind) && r.get("severity").equals(severity))
                .map(r -> r.get("value")).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String eventOf(Map<String, Set<String>> events, String articleId) {
        return events.entrySet().stream().filter(e -> e.getValue().contains(articleId)).findFirst().orElseThrow()
                .getKey();
    }
}
