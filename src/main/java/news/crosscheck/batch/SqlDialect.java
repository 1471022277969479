package news.crosscheck.batch;

import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

import javax.sql.DataSource;
import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The statements whose SQL differs between the two databases crosscheck runs on, H2 (the default) and PostgreSQL,
 * chosen from the connection's metadata. Every other statement is written once, in SQL both accept.
 *
 * <p>An upsert has no common form: H2 2.x in its default mode refuses {@code INSERT ... ON CONFLICT}, PostgreSQL has
 * no {@code MERGE ... KEY}, and the standard {@code MERGE ... USING (VALUES (?, ...))} that both accept (PostgreSQL
 * from 15) leaves PostgreSQL to type a parameter that is null from the other rows of {@code VALUES}, as text, which
 * an integer column then refuses. Each database gets its own idiom, which keeps H2's statements as they were.
 */
enum SqlDialect {

    H2 {
        @Override
        String upsert(String table, List<String> key, List<String> columns) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", key)
                    + ") VALUES (" + parameters(columns) + ")";
        }

        @Override
        String idTable(String alias) {
            return "TABLE(ID VARCHAR = ?) " + alias;
        }

        @Override
        void stream(JdbcTemplate jdbc) {
            // H2 embedded hands rows over as the query reads them
        }

        @Override
        <T> JdbcCursorItemReaderBuilder<T> streamed(JdbcCursorItemReaderBuilder<T> reader) {
            return reader;
        }
    },

    POSTGRESQL {
        @Override
        String upsert(String table, List<String> key, List<String> columns) {
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + parameters(columns)
                    + ") ON CONFLICT (" + String.join(", ", key) + ") DO UPDATE SET "
                    + columns.stream().filter(c -> !key.contains(c)).map(c -> c + " = EXCLUDED." + c)
                    .collect(Collectors.joining(", "));
        }

        @Override
        String idTable(String alias) {
            return "UNNEST(CAST(? AS VARCHAR[])) AS " + alias + "(ID)";
        }

        @Override
        void stream(JdbcTemplate jdbc) {
            jdbc.setFetchSize(FETCH_SIZE);
        }

        @Override
        <T> JdbcCursorItemReaderBuilder<T> streamed(JdbcCursorItemReaderBuilder<T> reader) {
            return reader.fetchSize(FETCH_SIZE).connectionAutoCommit(false);
        }
    };

    /** Rows fetched at a time by a query that streams. */
    private static final int FETCH_SIZE = 500;

    /** The dialect of the database {@code dataSource} connects to; any other than H2 and PostgreSQL is refused. */
    static SqlDialect of(DataSource dataSource) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot read which database the job repository is: " + e.getMessage(), e);
        }
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default -> throw new IllegalStateException("crosscheck runs on H2 or PostgreSQL, not on " + product);
        };
    }

    /**
     * A statement that inserts a row of {@code columns} (one parameter each, in that order), or replaces the row with
     * the same {@code key}, itself some of the columns.
     */
    abstract String upsert(String table, List<String> key, List<String> columns);

    /**
     * A table with one column {@code ID}, named {@code alias}, of the strings of one array parameter. Joined to a
     * staging table, each id is looked up in its primary key, where {@code IN (?, ...)} made H2 scan the run's rows.
     */
    abstract String idTable(String alias);

    /**
     * Makes the queries of {@code jdbc} read their rows a few hundred at a time. PostgreSQL's driver reads a whole
     * result into memory unless a fetch size is set and the query runs inside a transaction (as a tasklet's do):
     * grouping and the reports read every article or claim of a run.
     */
    abstract void stream(JdbcTemplate jdbc);

    /**
     * The same for a cursor reader, which reads on a connection of its own: on PostgreSQL outside auto-commit, or it
     * would hold every article body of its partition at once.
     */
    abstract <T> JdbcCursorItemReaderBuilder<T> streamed(JdbcCursorItemReaderBuilder<T> reader);

    private static String parameters(List<String> columns) {
        return columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    }
}
