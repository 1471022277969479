package news.crosscheck.batch;

import org.apache.commons.csv.CSVRecord;
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

/** Two nights on one job repository: the second run says what is new, ongoing and resolved since the first. */
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

    private Path run(Path input, String runDate, String acknowledged, Path output) throws Exception {
        return JobFixture.run(jobs, new JobParametersBuilder()
                .addString(RunContext.INPUT, input.toAbsolutePath().toString())
                .addString(RunContext.OUTPUT, output.toString())
                .addString(RunContext.RUN_DATE, runDate)
                .addString(RunContext.ACKNOWLEDGED, acknowledged), output);
    }

    private static String fingerprint(List<CSVRecord> rows, String kind) {
        return rows.stream().filter(r -> r.get("kind").equals(kind)).findFirst().orElseThrow().get("fingerprint");
    }
}
