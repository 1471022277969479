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

    static List<String> reportDifferences(Path archived, Path rerun) throws IOException {
        return ReportComparison.differences(archived, rerun);
    }

}
