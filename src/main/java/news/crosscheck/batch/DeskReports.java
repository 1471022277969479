package news.crosscheck.batch;

import news.crosscheck.report.Columns;
import news.crosscheck.report.CsvReport;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two reports a copy desk reads first: {@code summary.csv}, one row per discrepancy it has not acknowledged,
 * new ones first, then the most certain first, conflicts before updates at equal confidence; and {@code changes.csv}, what is NEW and what is RESOLVED since the
 * previous run date.
 */
final class DeskReports {

    private static final List<String> SEVERITY_ORDER = List.of("CONFLICT", "SOURCE_DIFFERS", "VARIANT", "UPDATE");

    private DeskReports() {
    }

    static void writeSummary(JdbcTemplate jdbc, long run, StatusBaseline baseline, Set<String> acknowledged,
                             Path target)
            throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        jdbc.query("SELECT D.*, " + NightlyHistory.STATUS + " FROM CC_DISCREPANCY D WHERE D.RUN_ID = ? "
                + "ORDER BY DISCREPANCY_ID, ROW_NO", rs -> {
            Row row = rows.computeIfAbsent(rs.getString("DISCREPANCY_ID"), id -> {
                try {
                    return new Row(rs.getString("STATUS"), rs.getString("SEVERITY"), rs.getString("KIND"),
                            rs.getString("SUBJECT"), rs.getString("EXPLANATION"), rs.getString("SUGGESTION"),
                            rs.getString("EVENT_ID"), id, rs.getString("FINGERPRINT"), rs.getInt("INDEPENDENT_REPORTS"),
                            rs.getDouble("CONFIDENCE"), new TreeSet<>(), new TreeSet<>());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            row.values().add(rs.getString("VAL"));
            row.outlets().add(rs.getString("OUTLET"));
        }, baseline.key(), baseline.previousDate(), run);
        try (CsvReport summary = CsvReport.create(target, Columns.Summary.class)) {
            for (Row r : rows.values().stream().filter(r -> !acknowledged.contains(r.fingerprint()))
                    .sorted(DESK_ORDER).toList()) {
                summary.row(r.status(), r.severity(), r.kind(), r.subject(), String.join(" | ", r.values()),
                        String.join(" | ", r.outlets()), r.explanation(), r.suggestion(), r.eventId(), r.id(),
                        r.fingerprint(), r.independentReports(), WriteReportsTasklet.confidence(r.confidence()));
            }
            summary.commit();
        }
    }

    static void writeChanges(NightlyHistory history, long run, StatusBaseline baseline, Path target)
            throws IOException {
        try (CsvReport changes = CsvReport.create(target, Columns.Change.class)) {
            for (NightlyHistory.Entry e : history.added(run, baseline.key(), baseline.previousDate())) {
                changes.row("NEW", e.kind(), e.severity(), e.subject(), e.values(), e.explanation(), e.eventId(),
                        e.discrepancyId(), e.fingerprint());
            }
            if (!baseline.previousDate().isEmpty() && baseline.resolves()) {
                for (NightlyHistory.Entry e : history.resolved(run, baseline.key(), baseline.previousDate())) {
                    changes.row("RESOLVED", e.kind(), e.severity(), e.subject(), e.values(), e.explanation(),
                            e.eventId(), e.discrepancyId(), e.fingerprint());
                }
            }
            changes.commit();
        }
    }

    private record Row(String status, String severity, String kind, String subject, String explanation,
                       String suggestion, String eventId, String id, String fingerprint, int independentReports,
                       double confidence, TreeSet<String> values, TreeSet<String> outlets) {
    }

    private static final Comparator<Row> DESK_ORDER = Comparator
            .comparing((Row r) -> "NEW".equals(r.status()) ? 0 : 1)
            .thenComparing(Comparator.comparingDouble(Row::confidence).reversed())
            .thenComparingInt(r -> SEVERITY_ORDER.indexOf(r.severity()))
            .thenComparing(Row::kind).thenComparing(Row::subject).thenComparing(Row::id);
}
