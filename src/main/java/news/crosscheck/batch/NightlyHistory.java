package news.crosscheck.batch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What each desk's run dates reported, in the table {@code CC_HISTORY}, so that a run can say of each
 * discrepancy whether it is {@code NEW} or {@code ONGOING} since the desk's previous run date, and which earlier ones
 * are {@code RESOLVED}. Each desk ({@code --desk}) has its own history: another desk's feed, or a test run under
 * another desk, never touches it. Discrepancies are matched across nights by fingerprint, not id: an event that
 * gains articles gets a new event id, its unchanged discrepancies keep their fingerprint. Rerunning a run date
 * replaces what it recorded, so a rerun and a restarted run give the same statuses.
 */
class NightlyHistory {

    /** How the history key of an audit begins: {@code audit <run id>}. */
    static final String AUDIT = "audit ";

    /** One discrepancy as the history keeps it. */
    record Entry(String fingerprint, String discrepancyId, String eventId, String kind, String severity,
                 String subject, String values, String explanation) {
    }

    private static final RowMapper<Entry> ENTRY = (rs, i) -> new Entry(rs.getString("FINGERPRINT"),
            rs.getString("DISCREPANCY_ID"), rs.getString("EVENT_ID"), rs.getString("KIND"), rs.getString("SEVERITY"),
            rs.getString("SUBJECT"), rs.getString("VALS"), rs.getString("EXPLANATION"));

    private final JdbcTemplate jdbc;
    private final String upsert;

    NightlyHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.upsert = SqlDialect.of(jdbc.getDataSource()).upsert("CC_HISTORY", List.of("DESK", "RUN_DATE", "FINGERPRINT"),
                List.of("DESK", "RUN_DATE", "FINGERPRINT", "DISCREPANCY_ID", "EVENT_ID", "KIND", "SEVERITY", "SUBJECT", "VALS",
                        "EXPLANATION"));
    }

    /**
     * A discrepancy's status, as a column of a query of {@code CC_DISCREPANCY D} whose first two parameters are the
     * desk and its previous run date: {@code ONGOING} when that date reported the same fingerprint, {@code NEW}
     * otherwise. Computed as the rows are read: writing it into every row rewrote the whole table (17 s at 100,000
     * articles).
     */
    static final String STATUS = "CASE WHEN EXISTS (SELECT 1 FROM CC_HISTORY H WHERE H.DESK = ? AND H.RUN_DATE = ? "
            + "AND H.FINGERPRINT = D.FINGERPRINT) THEN 'ONGOING' ELSE 'NEW' END AS STATUS";

    /** The desk's latest run date, or "" when it has none. */
    String latest(String desk) {
        String latest = jdbc.queryForObject("SELECT MAX(RUN_DATE) FROM CC_HISTORY WHERE DESK = ?", String.class, desk);
        return latest == null ? "" : latest;
    }

    /** The desk's run date before this one: what {@link #STATUS} compares with; "" for its first. */
    String previous(String desk, String runDate) {
        String previous = jdbc.queryForObject("SELECT MAX(RUN_DATE) FROM CC_HISTORY WHERE DESK = ? AND RUN_DATE < ?",
                String.class, desk, runDate);
        return previous == null ? "" : previous;
    }

    /** Records this run's discrepancies under the desk and run date, replacing what an earlier run recorded there. */
    void record(long run, String desk, String runDate) {
        forget(desk, runDate);
        load(desk, runDate, current(run));
    }

    /** Puts entries under a desk and run date: a run's own, or those an archived run compared with (an audit's). */
    void load(String desk, String runDate, List<Entry> entries) {
        jdbc.batchUpdate(upsert,
                entries.stream().map(e -> new Object[]{desk, runDate, e.fingerprint(), e.discrepancyId(), e.eventId(),
                        e.kind(), e.severity(), e.subject(), e.values(), e.explanation()}).toList());
    }

    /** Removes what a desk recorded under a run date, or under every date when {@code runDate} is null. */
    void forget(String desk, String runDate) {
        if (runDate == null) {
            jdbc.update("DELETE FROM CC_HISTORY WHERE DESK = ?", desk);
        } else {
            jdbc.update("DELETE FROM CC_HISTORY WHERE DESK = ? AND RUN_DATE = ?", desk, runDate);
        }
    }

    /**
     * Removes every audit's copy of an archived previous night: one runs at a time, so any left is from an audit that
     * was cut off before it could remove its own. A desk's name has no space, so no desk's history starts with {@value #AUDIT}.
     */
    void forgetAudits() {
        jdbc.update("DELETE FROM CC_HISTORY WHERE DESK LIKE ?", AUDIT + "%");
    }

    /** What the desk recorded under a run date, in a stable order. */
    List<Entry> night(String desk, String runDate) {
        return jdbc.query("SELECT * FROM CC_HISTORY WHERE DESK = ? AND RUN_DATE = ? ORDER BY KIND, SUBJECT, "
                + "FINGERPRINT", ENTRY, desk, runDate);
    }

    /** Discrepancies the desk's previous run date reported that this run does not. */
    List<Entry> resolved(long run, String desk, String previousDate) {
        return jdbc.query("SELECT * FROM CC_HISTORY H WHERE DESK = ? AND RUN_DATE = ? AND NOT EXISTS (SELECT 1 FROM "
                + "CC_DISCREPANCY D WHERE D.RUN_ID = ? AND D.FINGERPRINT = H.FINGERPRINT) ORDER BY KIND, SUBJECT, "
                + "FINGERPRINT", ENTRY, desk, previousDate, run);
    }

    /** This run's discrepancies, one entry each, values joined in sorted order. */
    List<Entry> current(long run) {
        return entries("", run);
    }

    /** This run's discrepancies that the desk's previous run date did not report: the NEW ones. */
    List<Entry> added(long run, String desk, String previousDate) {
        return entries(" AND NOT EXISTS (SELECT 1 FROM CC_HISTORY H WHERE H.DESK = ? AND H.RUN_DATE = ? "
                + "AND H.FINGERPRINT = D.FINGERPRINT)", run, desk, previousDate);
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
