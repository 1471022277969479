package news.crosscheck.report;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a run read, with which settings, and what it found. It is the one report that may hold
 * wall-clock facts ({@code startedAt}); the CSVs never do, so they stay byte-identical across reruns.
 *
 * @param runDate    the run's name: {@code --run-date}, or the newest publication date in the input
 * @param version    the crosscheck version that wrote it
 * @param parameters the job parameters
 * @param settings   the settings that affect results
 * @param counts     read = accepted + duplicate + rejected, events, claims, discrepancies
 * @param discrepanciesByKind discrepancies per kind
 * @param inputs     every input file with its size and SHA-256, in path order
 * @param startedAt  when the job execution started (run metadata)
 * @param previousRunDate the run date the statuses (NEW, ONGOING, RESOLVED) compare with, empty for the desk's first
 *                   run
 * @param desk       whose history the statuses come from
 * @param previousNightSha256 SHA-256 of {@code previous-night.csv}, the previous run date's discrepancies archived
 *                   beside the reports, so an audit anywhere computes the same statuses; null in archives made before
 */
public record Manifest(String runDate, String version, Map<String, String> parameters, Map<String, Object> settings,
                       Map<String, Long> counts, Map<String, Long> discrepanciesByKind, List<InputFile> inputs,
                       String startedAt, String previousRunDate, String desk, String previousNightSha256) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** One input file. */
    public record InputFile(String path, String sha256, long bytes) {
    }

    public static Manifest read(Path file) throws IOException {
        try {
            return JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), Manifest.class);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException("not a crosscheck manifest: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the manifest beside the reports, atomically. */
    public void write(Path target) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".partial");
        Files.writeString(temp, JSON.writeValueAsString(this) + "\n", StandardCharsets.UTF_8);
        CsvReport.moveIntoPlace(temp, target);
    }
}
