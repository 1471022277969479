package news.crosscheck.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How long each step of a finished run took, read from the job repository Spring Batch keeps in H2
 * ({@code BATCH_STEP_EXECUTION}), so the benchmark times the real job without hooking into it.
 */
final class StepTimes {

    private StepTimes() {
    }

    /** Step name to duration, in the order the steps ran; a restarted step adds up its executions. */
    static Map<String, Duration> read(String jdbcUrl) throws SQLException {
        Map<String, Duration> times = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "sa", "");
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("SELECT STEP_NAME, START_TIME, END_TIME FROM BATCH_STEP_EXECUTION "
                     + "ORDER BY STEP_EXECUTION_ID")) {
            while (rows.next()) {
                Timestamp start = rows.getTimestamp(2);
                Timestamp end = rows.getTimestamp(3);
                if (start != null && end != null) {
                    times.merge(rows.getString(1), Duration.between(start.toInstant(), end.toInstant()),
                            Duration::plus);
                }
            }
        }
        return times;
    }
}
