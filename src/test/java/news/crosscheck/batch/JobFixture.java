package news.crosscheck.batch;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the whole job on a folder of articles and reads back what it wrote. */
final class JobFixture {

    /** The sample night's events (see docs/sample-corpus-expected.md). */
    static final Set<Set<String>> SAMPLE_EVENTS = Set.of(
            Set.of("capital-courier/2024-02-03-lysychansk-attack.txt",
                    "meridian-wire/2024-02-03-lisichansk-strike.txt",
                    "meridian-wire/2024-02-04-lisichansk-toll.txt",
                    "northern-ledger/2024-02-03-lysychansk-bakery-strike.txt",
                    "valley-post/feed.csv#vp-20240203-01"),
            Set.of("capital-courier/2024-02-03-kherson-strike.txt",
                    "meridian-wire/2024-02-04-kherson-strike-update.txt",
                    "northern-ledger/2024-02-03-kherson-apartment-strike.txt"),
            Set.of("meridian-wire/2024-02-05-mine-rescue.txt",
                    "northern-ledger/2024-02-05-pavlohrad-mine-blast.txt",
                    "valley-post/feed.csv#vp-20240205-01"),
            Set.of("northern-ledger/2024-02-05-museum-reopens.txt"),
            Set.of("capital-courier/2024-02-04-city-budget.txt"),
            Set.of("valley-post/feed.csv#vp-20240204-01"));

    private JobFixture() {
    }

    static Path run(JobOperatorTestUtils jobs, Path input, Path output) throws Exception {
        return run(jobs, input, output, "");
    }

    static Path run(JobOperatorTestUtils jobs, Path input, Path output, String latestPublication) throws Exception {
        return run(jobs, new JobParametersBuilder()
                .addString(RunContext.LATEST_PUBLICATION, latestPublication, false)
                .addString(RunContext.INPUT, input.toAbsolutePath().toString())
                .addString(RunContext.OUTPUT, output.toString())
                .addString(RunContext.RUN_DATE, ""), output);
    }

    /** Runs with the given parameters, plus a fresh input fingerprint so every call is a new run. */
    static Path run(JobOperatorTestUtils jobs, JobParametersBuilder parameters, Path output) throws Exception {
        JobExecution execution = jobs.startJob(parameters
                .addString(RunContext.INPUT_FINGERPRINT, UUID.randomUUID().toString())
                .toJobParameters());
        assertThat(execution.getStatus()).as("job status, failures: %s", execution.getAllFailureExceptions())
                .isEqualTo(BatchStatus.COMPLETED);
        return output;
    }

    static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** Each discrepancy as "kind severity subject [values]", values sorted. */
    static Set<String> signatures(List<CSVRecord> rows) {
        Map<String, List<CSVRecord>> byId = rows.stream().collect(Collectors.groupingBy(r -> r.get("discrepancy_id")));
        return byId.values().stream().map(group -> group.get(0).get("kind") + " " + group.get(0).get("severity") + " "
                        + group.get(0).get("subject") + " "
                        + group.stream().map(r -> r.get("value")).collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());
    }
}
