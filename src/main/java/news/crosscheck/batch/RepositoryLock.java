package news.crosscheck.batch;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps every other crosscheck run off the job repository while this one runs. The runner takes an execution still
 * marked running for one cut off and restarts it, which is safe only when no other process can be running it. On H2
 * the database file's lock already says so: a second process cannot open it. On PostgreSQL any number of processes
 * connect, so the run holds a session advisory lock, on a connection of its own, from start-up to exit; the server
 * releases it when that connection ends, so a killed run leaves nothing to clean up.
 */
@Component
@ConditionalOnProperty(name = "crosscheck.runner.enabled", havingValue = "true", matchIfMissing = true)
class RepositoryLock implements DisposableBean {

    /** The lock's number, one for the whole database: "crosschk" in ASCII. */
    static final long KEY = 0x63726f737363686bL;

    private final Connection held;

    RepositoryLock(DataSource dataSource) throws SQLException {
        if (SqlDialect.of(dataSource) != SqlDialect.POSTGRESQL) {
            held = null;
            return;
        }
        Connection connection = dataSource.getConnection();
        if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
            connection.close();
            // the wording ExitCode.ofStartupFailure reads as "another run is busy" (exit code 3)
            throw new IllegalStateException("the job repository is already in use by another crosscheck run");
        }
        held = connection;
    }

    @Override
    public void destroy() throws SQLException {
        if (held != null) {
            try {
                // the connection goes back to the pool, whose session would otherwise keep the lock
                call(held, "SELECT pg_advisory_unlock(?)");
            } finally {
                held.close();
            }
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
