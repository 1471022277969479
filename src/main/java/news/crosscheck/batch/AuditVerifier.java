package news.crosscheck.batch;

import news.crosscheck.article.InputFolder;
import news.crosscheck.report.Manifest;
import news.crosscheck.report.ReportComparison;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An auditor's check of an archived run: are the inputs its manifest names unchanged (SHA-256), are the settings
 * that affect results the same, and does a rerun on those inputs give byte-identical reports? Every difference is
 * one line; none means the archive is reproduced exactly.
 */
final class AuditVerifier {

    private AuditVerifier() {
    }

    /** Differences between the inputs on disk and those the manifest records. */
    static List<String> inputDifferences(Manifest manifest, Path input) throws IOException {
        List<String> differences = new ArrayList<>();
        Set<String> recorded = new TreeSet<>();
        for (Manifest.InputFile file : manifest.inputs()) {
            recorded.add(file.path());
            Path path = input.resolve(file.path());
            if (!Files.exists(path)) {
                differences.add("input missing: " + file.path());
            } else if (Files.isRegularFile(path) && !file.sha256().equals(InputInventory.sha256(path))) {
                differences.add("input changed: " + file.path() + " (SHA-256 was " + file.sha256() + ", now "
                        + InputInventory.sha256(path) + ")");
            }
        }
        for (String path : new InputFolder(input).list()) {
            if (!recorded.contains(path)) {
                differences.add("input added: " + path);
            }
        }
        return differences;
    }

    /** Settings that affect results and differ between the archived run and this one. */
    static List<String> settingDifferences(Manifest manifest, Map<String, Object> current) {
        List<String> differences = new ArrayList<>();
        current.forEach((name, value) -> {
            Object archived = manifest.settings().get(name);
            if (archived != null && !Objects.equals(String.valueOf(archived), String.valueOf(value))) {
                differences.add("setting differs: " + name + " was " + archived + ", now " + value
                        + " (pass --crosscheck." + name + "=" + archived + " to audit with the archived one)");
            }
        });
        return differences;
    }

    /** The archived previous night (what the statuses were computed against), if its SHA-256 has changed. */
    static List<String> previousNightDifferences(Manifest manifest, Path archive) throws IOException {
        Path file = archive.resolve(WriteReportsTasklet.PREVIOUS_NIGHT);
        if (manifest.previousNightSha256() == null) {
            return List.of();
        }
        if (!Files.exists(file)) {
            return List.of("history missing: " + WriteReportsTasklet.PREVIOUS_NIGHT + " (what the statuses were "
                    + "computed against) is not in the archive");
        }
        String now = InputInventory.sha256(file);
        return now.equals(manifest.previousNightSha256()) ? List.of()
                : List.of("history changed: " + WriteReportsTasklet.PREVIOUS_NIGHT + " (SHA-256 was "
                + manifest.previousNightSha256() + ", now " + now + ")");
    }

    static List<String> reportDifferences(Path archived, Path rerun) throws IOException {
        return ReportComparison.differences(archived, rerun);
    }

    /**
     * The differences in one line: how many inputs, settings and history files differ, and which reports
     * ({@code 2 inputs changed, missing or added; reports that differ: discrepancies.csv, summary.csv}).
     */
    static String summary(List<String> differences) {
        long inputs = differences.stream().filter(d -> d.startsWith("input ")).count();
        long settings = differences.stream().filter(d -> d.startsWith("setting ")).count();
        long history = differences.stream().filter(d -> d.startsWith("history ")).count();
        List<String> reports = differences.stream().filter(d -> !d.startsWith(" ") && d.matches("[\\w.-]+\\.csv: .*"))
                .map(d -> d.substring(0, d.indexOf(':'))).toList();
        List<String> parts = new ArrayList<>();
        if (inputs > 0) {
            parts.add(inputs + (inputs == 1 ? " input" : " inputs") + " changed, missing or added");
        }
        if (settings > 0) {
            parts.add(settings + (settings == 1 ? " setting differs" : " settings differ"));
        }
        if (history > 0) {
            parts.add("the archived previous night changed or is missing");
        }
        if (!reports.isEmpty()) {
            parts.add("reports that differ: " + String.join(", ", reports));
        }
        return String.join("; ", parts);
    }

}
