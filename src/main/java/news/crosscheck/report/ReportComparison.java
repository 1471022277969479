package news.crosscheck.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares the reports of two runs file by file, byte for byte, and for a file that differs names the lines found
 * only on one side, every one of them (a CSV row is one line unless a cell holds a line break, which then shows as its
 * pieces).
 */
public final class ReportComparison {

    /** The report files an audit compares; the manifest is not among them, it holds run metadata. */
    public static final List<String> REPORTS = List.of("events.csv", "claims.csv", "discrepancies.csv",
            "summary.csv", "changes.csv", "rejects.csv", "duplicates.csv");

    private ReportComparison() {
    }

    /** Lines a person reads, one per difference; empty when every report is identical. */
    public static List<String> differences(Path archived, Path rerun) throws IOException {
        List<String> differences = new ArrayList<>();
        for (String report : REPORTS) {
            Path before = archived.resolve(report);
            Path after = rerun.resolve(report);
            if (!Files.exists(before)) {
                differences.add(report + ": missing from the archived run");
                continue;
            }
            if (Files.mismatch(before, after) == -1) {
                continue;
            }
            Set<String> old = new LinkedHashSet<>(Files.readAllLines(before, StandardCharsets.UTF_8));
            Set<String> now = new LinkedHashSet<>(Files.readAllLines(after, StandardCharsets.UTF_8));
            List<String> gone = old.stream().filter(line -> !now.contains(line)).toList();
            List<String> added = now.stream().filter(line -> !old.contains(line)).toList();
            differences.add(report + ": differs (" + gone.size() + " lines only in the archive, " + added.size()
                    + " only in the rerun)");
            gone.forEach(line -> differences.add("  - " + line));
            added.forEach(line -> differences.add("  + " + line));
        }
        return differences;
    }
}
