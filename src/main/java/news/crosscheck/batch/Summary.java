package news.crosscheck.batch;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** The closing lines a person reads after a run. */
final class Summary {

    private Summary() {
    }

    static String line(Map<String, Long> counts, Map<String, Long> byKind, Path output) {
        String kinds = byKind.isEmpty() ? "" : byKind.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ", " (", ")"));
        return "articles: " + counts.get("read") + " read, " + counts.get("accepted") + " accepted, "
                + counts.get("duplicate") + " duplicate, " + counts.get("rejected") + " rejected\n"
                + "events: " + counts.get("events") + "; claims: " + counts.get("claims") + "; discrepancies: "
                + counts.get("discrepancies") + kinds + "\n"
                + "reports: " + output.toAbsolutePath().normalize();
    }
}
