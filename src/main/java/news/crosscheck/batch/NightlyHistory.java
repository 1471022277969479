package news.crosscheck.batch;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What each run date reported, in the table {@code CC_HISTORY}, so that a run can say of each discrepancy
 * whether it is {@code NEW} or {@code ONGOING} since the previous run date, and which earlier ones are
 * {@code RESOLVED}. Discrepancies are matched across nights by fingerprint, not id: an event that gains articles
 * gets a new event id, its unchanged discrepancies keep their fingerprint. Rerunning a run date replaces what it
 * recorded, so a rerun and a restarted run give the same statuses.
 */
class NightlyHistory {

    /** One discrepancy as the history keeps it. */
    record Entry(String fingerprint, String discrepancyId, String eventId, String kind, String severity,
                 String subject, String values, String explanation) {
    }

    private final JdbcTemplate jdbc;
    private final String upsert;

    NightlyHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.upsert = SqlDialect.of(jdbc.getDataSource()).upsert("CC_HISTORY", List.of("RUN_DATE", "FINGERPRINT"),
                List.of("RUN_DATE", "FINGERPRINT", "DISCREPANCY_ID", "EVENT_ID", "KIND", "SEVERITY", "SUBJECT", "VALS",
                        "EXPLANATION"));
    }

    /**
     * A discrepancy's status, as a column of a query of {@code CC_DISCREPANCY D} whose first parameter is the previous
     * run date: {@code ONGOING} when that date reported the same fingerprint, {@code NEW} otherwise. Computed as the
     * rows are read: writing it into every row rewrote the whole table (17 s at 100,000 articles).
     */
    static final String STATUS = "CASE WHEN EXISTS (SELECT 1 FROM CC_HISTORY H WHERE H.RUN_DATE = ? "
            + "AND H.FINGERPRINT = D.FINGERPRINT) THEN 'ONGOING' ELSE 'NEW' END AS STATUS";

    /**
     * Records this run's discrepancies under its run date (unless it is an audit, which must leave the history as
     * the night left it).
     *
     * @return the previous run date in the history, or "" when this is the first: what {@link #STATUS} compares with
     */
    String record(long run, String runDate, boolean audit) {
        if (!audit) {
            replace(run, runDate);
        }
        List<String> previous = jdbc.queryForList("SELECT MAX(RUN_DATE) FROM CC_HISTORY WHERE RUN_DATE < ?",
                String.class, runDate);
        return previous.isEmpty() || previous.get(0) == null ? "" : previous.get(0);
    }

    private void replace(long run, String runDate) {
        jdbc.update("DELETE FROM CC_HISTORY WHERE RUN_DATE = ?", runDate);
        jdbc.batchUpdate(upsert, current(run).stream().map(e -> new Object[]{runDate, e.fingerprint(), e.discrepancyId(), e.eventId(),
                        e.kind(), e.severity(), e.subject(), e.values(), e.explanation()}).toList());
    }

    /** Discrepancies the previous run date reported that this run does not. */
    List<Entry> resolved(long run, String previousDate) {
        return jdbc.query("SELECT * FROM CC_HISTORY H WHERE RUN_DATE = ? AND NOT EXISTS (SELECT 1 FROM CC_DISCREPANCY "
                        + "D WHERE D.RUN_ID = ? AND D.FINGERPRINT = H.FINGERPRINT) ORDER BY KIND, SUBJECT, FINGERPRINT",
                (rs, i) -> new Entry(rs.getString("FINGERPRINT"), rs.getString("DISCREPANCY_ID"),
                        rs.getString("EVENT_ID"), rs.getString("KIND"), rs.getString("SEVERITY"),
                        rs.getString("SUBJECT"), rs.getString("VALS"), rs.getString("EXPLANATION")),
                previousDate, run);
    }

    /** This run's discrepancies, one entry each, values joined in sorted order. */
    List<Entry> current(long run) {
        return entries("", run);
    }

    /** This run's discrepancies that the previous run date did not report: the NEW ones. */
    List<Entry> added(long run, String previousDate) {
        return entries(" AND NOT EXISTS (SELECT 1 FROM CC_HISTORY H WHERE H.RUN_DATE = ? "
                + "AND H.FINGERPRINT = D.FINGERPRINT)", run, previousDate);
    }

    private List<Entry> entries(String condition, Object... parameters) {
        Map<String, Entry> byId = new LinkedHashMap<>();
        Map<String, TreeSet<String>> values = new LinkedHashMap<>();
        jdbc.query("SELECT * FROM CC_DISCREPANCY D WHERE RUN_ID = ?" + condition
                        + " ORDER BY KIND, SUBJECT, DISCREPANCY_ID, ROW_NO",
                rs -> {
                    String id = rs.getString("DISCREPANCY_ID");
                    byId.putIfAbsent(id, new Entry(rs.getString("FINGERPRINT"), id, rs.getString("EVENT_ID"),
                            rs.getString("KIND"), rs.getString("SEVERITY"), rs.getString("SUBJECT"), "",
                            rs.getString("EXPLANATION")));
                    values.computeIfAbsent(id, v -> new TreeSet<>()).add(rs.getString("VAL"));
                }, parameters);
        List<Entry> entries = new ArrayList<>();
        byId.forEach((id, e) -> entries.add(new Entry(e.fingerprint(), id, e.eventId(), e.kind(), e.severity(),
                e.subject(), String.join(" | ", values.get(id)), e.explanation())));
        return entries;
    }
}
