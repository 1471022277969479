package news.crosscheck.batch;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nights on one job repository: the second run says what is new, ongoing and resolved since the first, each desk
 * keeps its own history, and neither an older date nor an empty night rewrites it.
 */
@SpringBatchTest
@SpringBootTest(properties = {
        "crosscheck.runner.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:crosscheck-history-tests;DB_CLOSE_DELAY=-1",
        "crosscheck.work-dir=target/test-work"})
class NightlyHistoryJobTests {

    @Autowired
    private JobOperatorTestUtils jobs;

    @TempDir
    Path temp;

    @Test
    void theSecondNightMarksNewOngoingAndResolvedAndLeavesAcknowledgedOutOfTheSummary() throws Exception {
        Path night1 = run(Path.of("input"), "2024-02-05", "", temp.resolve("night1"));
        List<CSVRecord> first = JobFixture.read(night1.resolve("discrepancies.csv"));
        assertThat(first).extracting(r -> r.get("status")).containsOnly("NEW");
        assertThat(JobFixture.read(night1.resolve("changes.csv"))).extracting(r -> r.get("change")).containsOnly("NEW");

        // overnight, Meridian Wire corrects its toll to the figure the others gave: that conflict is resolved
        Path input = temp.resolve("input");
        JobFixture.copyTree(Path.of("input"), input);
        Path corrected = input.resolve("meridian-wire/2024-02-03-lisichansk-strike.txt");
        Files.writeString(corrected, Files.readString(corrected).replace("kills 20", "kills 28")
                .replace("killed 20 people", "killed 28 people"));
        String placeVariant = fingerprint(first, "PLACE_SPELLING");
        Path acknowledged = input.resolve("acknowledged.csv");
        Files.writeString(acknowledged, "fingerprint,note\n" + placeVariant + ",house style question, desk knows\n");

        Path night2 = run(input, "2024-02-06", SettingsFile.parameter(acknowledged), temp.resolve("night2"));

        List<CSVRecord> second = JobFixture.read(night2.resolve("discrepancies.csv"));
        Map<String, String> statusByKind = second.stream().collect(Collectors.toMap(
                r -> r.get("kind") + " " + r.get("severity") + " " + r.get("subject"), r -> r.get("status"),
                (a, b) -> a));
        assertThat(statusByKind).containsEntry("NAME_SPELLING VARIANT Leonid Pasechnik", "ONGOING")
                .containsEntry("PLACE_SPELLING VARIANT Lisichansk", "ONGOING")
                .doesNotContainKey("CASUALTY_COUNT CONFLICT killed: people");

        List<CSVRecord> changes = JobFixture.read(night2.resolve("changes.csv"));
        assertThat(changes).filteredOn(r -> r.get("change").equals("RESOLVED"))
                .extracting(r -> r.get("kind") + " " + r.get("severity") + " " + r.get("values"))
                .contains("CASUALTY_COUNT CONFLICT 20 | At least 28");

        List<CSVRecord> summary = JobFixture.read(night2.resolve("summary.csv"));
        assertThat(summary).extracting(r -> r.get("fingerprint")).doesNotContain(placeVariant).isNotEmpty();
        assertThat(second).extracting(r -> r.get("fingerprint")).contains(placeVariant);
    }

    @Nested
    class Desks {

        @Test
        void eachDeskHasItsOwnHistory() throws Exception {
            run(Path.of("input"), "2024-02-05", "", temp.resolve("metro-1"), "metro");
            Path sports = run(Path.of("input"), "2024-02-06", "", temp.resolve("sports-1"), "sports");
            assertThat(JobFixture.read(sports.resolve("discrepancies.csv"))).extracting(r -> r.get("status"))
                    .containsOnly("NEW");
            Path metro = run(Path.of("input"), "2024-02-06", "", temp.resolve("metro-2"), "metro");
            assertThat(JobFixture.read(metro.resolve("discrepancies.csv"))).extracting(r -> r.get("status"))
                    .containsOnly("ONGOING");
        }

        @Test
        void aRunForAnOlderDateNeverChangesLaterNightsStatuses() throws Exception {
            Path input = corrected();
            run(Path.of("input"), "2024-02-05", "", temp.resolve("n5"), "archive");
            Path first = run(input, "2024-02-06", "", temp.resolve("n6"), "archive");
            // an archive rerun of the 5th on other input, after the 6th ran: the 5th stays as the 6th saw it
            Path older = run(input, "2024-02-05", "", temp.resolve("n5-again"), "archive");
            assertThat(JobFixture.read(older.resolve(WriteReportsTasklet.PREVIOUS_NIGHT))).isEmpty();
            Path again = run(input, "2024-02-06", "", temp.resolve("n6-again"), "archive");
            for (String report : List.of("discrepancies.csv", "summary.csv", "changes.csv",
                    WriteReportsTasklet.PREVIOUS_NIGHT)) {
                assertThat(Files.readString(again.resolve(report))).as(report)
                        .isEqualTo(Files.readString(first.resolve(report)));
            }
        }

        @Test
        void anEmptyNightResolvesNothingAndIsNotRecorded(@TempDir Path empty) throws Exception {
            run(Path.of("input"), "2024-02-05", "", temp.resolve("e5"), "empty-test");
            Path nothing = JobFixture.run(jobs, parameters(empty, "2024-02-06", "", temp.resolve("e6"), "empty-test")
                    .addString(RunContext.ALLOW_EMPTY, "true"), temp.resolve("e6"));
            assertThat(JobFixture.read(nothing.resolve("changes.csv"))).isEmpty();
            Path next = run(Path.of("input"), "2024-02-07", "", temp.resolve("e7"), "empty-test");
            assertThat(JobFixture.read(next.resolve("discrepancies.csv"))).extracting(r -> r.get("status"))
                    .containsOnly("ONGOING");
        }

        private Path corrected() throws Exception {
            Path input = temp.resolve("corrected");
            JobFixture.copyTree(Path.of("input"), input);
            Path article = input.resolve("meridian-wire/2024-02-03-lisichansk-strike.txt");
            Files.writeString(article, Files.readString(article).replace("kills 20", "kills 28")
                    .replace("killed 20 people", "killed 28 people"));
            return input;
        }
    }

    private Path run(Path input, String runDate, String acknowledged, Path output) throws Exception {
        return run(input, runDate, acknowledged, output, JobCommand.DEFAULT_DESK);
    }

    private Path run(Path input, String runDate, String acknowledged, Path output, String desk) throws Exception {
        return JobFixture.run(jobs, parameters(input, runDate, acknowledged, output, desk), output);
    }

    private static JobParametersBuilder parameters(Path input, String runDate, String acknowledged, Path output,
                                                   String desk) {
        return new JobParametersBuilder()
                .addString(RunContext.INPUT, input.toAbsolutePath().toString())
                .addString(RunContext.OUTPUT, output.toString())
                .addString(RunContext.RUN_DATE, runDate)
                .addString(RunContext.DESK, desk)
                .addString(RunContext.ACKNOWLEDGED, acknowledged);
    }

    private static String fingerprint(List<CSVRecord> rows, String kind) {
        return rows.stream().filter(r -> r.get("kind").equals(kind)).findFirst().orElseThrow().get("fingerprint");
    }
}
