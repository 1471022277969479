package news.crosscheck.batch;

import news.crosscheck.article.Article;
import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.compare.Discrepancy;
import news.crosscheck.event.Event;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * The staging tables between steps: what ingest accepted and refused, the events, the claims and the
 * discrepancies of one run (one job instance). Everything is keyed by run, so a restart reads what its failed
 * execution committed.
 */
public class StagingRepository {

    static final RowMapper<Article> ARTICLE = (rs, i) -> new Article(rs.getString("ARTICLE_ID"),
            rs.getString("OUTLET"), rs.getDate("PUBLISHED").toLocalDate(), rs.getString("PUBLISHED_AT"),
            rs.getString("TITLE"), rs.getString("BODY"), rs.getString("URL"), rs.getString("SHA256"));

    /** What a run stages, keyed by its id; the nightly history and the job repository are not among them. */
    private static final List<String> STAGING_TABLES = List.of("CC_INPUT_FILE", "CC_ARTICLE", "CC_REJECT",
            "CC_DUPLICATE", "CC_MEMBER", "CC_CLAIMS", "CC_COPY", "CC_DISCREPANCY");

    /** A condition on {@code CC_ARTICLE A}: the article repeats no earlier one. */
    static final String NOT_DUPLICATE = "NOT EXISTS (SELECT 1 FROM CC_DUPLICATE D WHERE D.RUN_ID = A.RUN_ID "
            + "AND D.ARTICLE_ID = A.ARTICLE_ID)";

    private final JdbcTemplate jdbc;
    private final SqlDialect dialect;
    private final String takenIds;
    private final String upsertReject;
    private final String upsertClaims;
    private final String upsertCopy;
    private final String upsertDiscrepancy;
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The tables are made by the Flyway migrations under {@code db/migration/h2} or {@code db/migration/postgresql}. */
    public StagingRepository(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        dialect = SqlDialect.of(dataSource);
        dialect.stream(jdbc);
        takenIds = "SELECT A.ARTICLE_ID FROM " + dialect.idTable("T")
                + " JOIN CC_ARTICLE A ON A.RUN_ID = ? AND A.ARTICLE_ID = T.ID";
        upsertReject = dialect.upsert("CC_REJECT", List.of("RUN_ID", "SOURCE"), List.of("RUN_ID", "SOURCE", "REASON"));
        upsertClaims = dialect.upsert("CC_CLAIMS", List.of("RUN_ID", "ARTICLE_ID"),
                List.of("RUN_ID", "ARTICLE_ID", "PACKED"));
        upsertCopy = dialect.upsert("CC_COPY", List.of("RUN_ID", "ARTICLE_ID"),
                List.of("RUN_ID", "ARTICLE_ID", "COPY_OF"));
        upsertDiscrepancy = dialect.upsert("CC_DISCREPANCY", List.of("RUN_ID", "DISCREPANCY_ID", "ROW_NO"),
                List.of("RUN_ID", "DISCREPANCY_ID", "ROW_NO", "EVENT_ID", "KIND", "SEVERITY", "SUBJECT", "EXPLANATION",
                        "VAL", "OUTLET", "ARTICLE_ID", "SENTENCE", "EVIDENCE", "SCORE", "CLAIM_ID", "SOURCE",
                        "SUGGESTION", "INDEPENDENT_REPORTS", "FINGERPRINT", "CONFIDENCE"));
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    SqlDialect dialect() {
        return dialect;
    }

    // ingest

    void replaceInputFiles(long run, List<InputFile> files) {
        jdbc.update("DELETE FROM CC_INPUT_FILE WHERE RUN_ID = ?", run);
        jdbc.batchUpdate("INSERT INTO CC_INPUT_FILE (RUN_ID, PATH, SHA256, BYTES) VALUES (?, ?, ?, ?)",
                files.stream().map(f -> new Object[]{run, f.path(), f.sha256(), f.bytes()}).toList());
    }

    List<InputFile> inputFiles(long run) {
        return jdbc.query("SELECT PATH, SHA256, BYTES FROM CC_INPUT_FILE WHERE RUN_ID = ? ORDER BY PATH",
                (rs, i) -> new InputFile(rs.getString(1), rs.getString(2), rs.getLong(3)), run);
    }

    /**
     * Stores the accepted articles of one chunk in one batch and returns those not stored because their id was taken
     * (a repeated CSV id): by an article already in the table, or by an earlier one of the same chunk. One query
     * finds the ids already stored, however many articles the chunk has.
     *
     * <p>The chunk's ids are joined to the table as a table of their own, so that H2 looks each one up in the primary
     * key (run, id). With {@code ARTICLE_ID IN (?, ...)} it used the key for the run only and compared every article
     * stored so far with the list, chunk after chunk: ingest grew with the square of the articles.
     */
    List<Article> insertArticles(long run, List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Set<String> taken = new HashSet<>(jdbc.queryForList(takenIds, String.class, ids(articles), run));
        List<Object[]> rows = new ArrayList<>();
        List<Article> repeated = new ArrayList<>();
        for (Article a : articles) {
            if (taken.add(a.id())) {
                rows.add(new Object[]{run, a.id(), a.outlet(), Date.valueOf(a.published()), a.publishedAt(),
                        a.title(), a.body(), a.url(), a.sha256()});
            } else {
                repeated.add(a);
            }
        }
        jdbc.batchUpdate("INSERT INTO CC_ARTICLE (RUN_ID, ARTICLE_ID, OUTLET, PUBLISHED, PUBLISHED_AT, TITLE, BODY, URL, "
                + "SHA256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return repeated;
    }

    private static String[] ids(List<Article> articles) {
        return articles.stream().map(Article::id).toArray(String[]::new);
    }

    void rejectAll(long run, List<Object[]> sourcesAndReasons) {
        jdbc.batchUpdate(upsertReject, sourcesAndReasons.stream().map(r -> new Object[]{run, r[0], r[1]}).toList());
    }

    void reject(long run, String source, String reason) {
        jdbc.update(upsertReject, run, source, reason);
    }

    /**
     * Records every article whose normalised body repeats another's as a duplicate of the earliest one (by
     * publication, then id); returns how many.
     */
    int markDuplicates(long run) {
        // A restarted step starts over.
        jdbc.update("DELETE FROM CC_DUPLICATE WHERE RUN_ID = ?", run);
        List<Object[]> duplicates = new ArrayList<>();
        String[] keeper = {null, null};
        // Only the rows of a text read more than once: the (RUN_ID, SHA256) index finds them, so the rest of the
        // night's rows, bodies and all, are never read.
        jdbc.query("SELECT ARTICLE_ID, SHA256 FROM CC_ARTICLE WHERE RUN_ID = ? AND SHA256 IN (SELECT SHA256 FROM "
                + "CC_ARTICLE WHERE RUN_ID = ? GROUP BY SHA256 HAVING COUNT(*) > 1) "
                + "ORDER BY SHA256, PUBLISHED, PUBLISHED_AT, ARTICLE_ID", rs -> {
            String id = rs.getString(1);
            String sha = rs.getString(2);
            if (sha.equals(keeper[1])) {
                duplicates.add(new Object[]{run, id, keeper[0]});
            } else {
                keeper[0] = id;
                keeper[1] = sha;
            }
        }, run, run);
        jdbc.batchUpdate("INSERT INTO CC_DUPLICATE (RUN_ID, ARTICLE_ID, DUPLICATE_OF) VALUES (?, ?, ?)", duplicates);
        return duplicates.size();
    }

    // events

    /**
     * Streams the accepted, non-duplicate articles one at a time, by publication day and id, so the grouping index
     * gets a segment per day.
     */
    void forEachArticle(long run, Consumer<Article> consumer) {
        // One query a day, each read in the order of the (RUN_ID, PUBLISHED, ARTICLE_ID) index: sorting the whole
        // night's rows, bodies included, made H2 write a temporary result of 60 GB and more at 1,000,000 articles.
        for (LocalDate day : publicationDays(run)) {
            jdbc.query("SELECT * FROM CC_ARTICLE A WHERE RUN_ID = ? AND PUBLISHED = ? AND " + NOT_DUPLICATE
                            + " ORDER BY ARTICLE_ID",
                    rs -> {
                        consumer.accept(ARTICLE.mapRow(rs, 0));
                    }, run, Date.valueOf(day));
        }
    }

    /** The days the run's articles (duplicates aside) were published on. */
    List<LocalDate> publicationDays(long run) {
        return jdbc.query("SELECT DISTINCT PUBLISHED FROM CC_ARTICLE A WHERE RUN_ID = ? AND " + NOT_DUPLICATE
                + " ORDER BY PUBLISHED", (rs, row) -> rs.getDate("PUBLISHED").toLocalDate(), run);
    }

    /** Makes every article of {@code events} a member of its event, replacing what an earlier attempt recorded. */
    void assignEvents(long run, List<Event> events) {
        jdbc.update("DELETE FROM CC_MEMBER WHERE RUN_ID = ?", run);
        List<Object[]> members = new ArrayList<>();
        for (Event event : events) {
            for (String id : event.articleIds()) {
                members.add(new Object[]{run, id, event.id(), event.articleIds().size()});
            }
        }
        jdbc.batchUpdate("INSERT INTO CC_MEMBER (RUN_ID, ARTICLE_ID, EVENT_ID, EVENT_SIZE) VALUES (?, ?, ?, ?)",
                members);
    }

    // claims and discrepancies

    /**
     * Stores the claims of a chunk of articles in one batch, a row per article, as deflated JSON: the JSON repeats a
     * sentence for every claim read in it, and deflated it takes a fifth of the room (issue 13's disk target).
     */
    void saveClaims(long run, List<? extends ArticleClaims> claims) {
        jdbc.batchUpdate(upsertClaims, claims.stream().map(c -> new Object[]{run, c.articleId(), pack(c)}).toList());
    }

    private byte[] pack(ArticleClaims claims) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (OutputStream out = new DeflaterOutputStream(bytes, deflater)) {
            json.writeValue(out, claims);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }

    /**
     * The claims selected as {@code C.PACKED, C.CLAIMS} from column {@code first} on (the text when staged by a
     * version before V12).
     */
    ArticleClaims readClaims(ResultSet rs, int first) throws SQLException {
        byte[] packed = rs.getBytes(first);
        if (packed == null) {
            return json.readValue(rs.getString(first + 1), ArticleClaims.class);
        }
        try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(packed))) {
            return json.readValue(in, ArticleClaims.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The extracted claims of every article of one event, by article id. */
    List<ArticleClaims> claimsOfEvent(long run, String eventId) {
        return jdbc.query("SELECT C.PACKED, C.CLAIMS FROM CC_MEMBER M JOIN CC_CLAIMS C ON C.RUN_ID = M.RUN_ID "
                + "AND C.ARTICLE_ID = M.ARTICLE_ID WHERE M.RUN_ID = ? AND M.EVENT_ID = ? ORDER BY M.ARTICLE_ID",
                (rs, i) -> readClaims(rs, 1), run, eventId);
    }

    /** The articles of one event, for wire-copy detection. */
    List<Article> articlesOfEvent(long run, String eventId) {
        return jdbc.query("SELECT A.* FROM CC_MEMBER M JOIN CC_ARTICLE A ON A.RUN_ID = M.RUN_ID "
                + "AND A.ARTICLE_ID = M.ARTICLE_ID WHERE M.RUN_ID = ? AND M.EVENT_ID = ? ORDER BY M.ARTICLE_ID",
                ARTICLE, run, eventId);
    }

    void saveCopies(long run, Map<String, String> copyOf) {
        jdbc.batchUpdate(upsertCopy, copyOf.entrySet().stream().map(e -> new Object[]{run, e.getKey(), e.getValue()}).toList());
    }

    void saveDiscrepancies(long run, List<Discrepancy> discrepancies) {
        List<Object[]> rows = new ArrayList<>();
        for (Discrepancy d : discrepancies) {
            List<Discrepancy.Statement> statements = d.statements();
            for (int i = 0; i < statements.size(); i++) {
                Discrepancy.Statement s = statements.get(i);
                rows.add(new Object[]{run, d.id(), i, d.eventId(), d.kind().name(), d.severity().name(), d.subject(),
                        d.explanation(), s.value(), s.outlet(), s.articleId(), s.sentence(), s.evidence(),
                        s.alignmentScore(), s.claimId(), s.source(), d.suggestion(), d.independentReports(),
                        d.fingerprint(), d.confidence()});
            }
        }
        jdbc.batchUpdate(upsertDiscrepancy, rows);
    }

    /**
     * Deletes what the staged runs that {@code purgeable} accepts staged. When it accepts every staged run, the
     * tables are emptied at once: H2 deletes row by row, reading each row back (11 s for the rows of 30,000
     * articles), while {@code TRUNCATE} drops them whole. H2's {@code TRUNCATE} commits the transaction it is in
     * (PostgreSQL's is part of it), so this comes before the calling step writes anything.
     */
    void purge(LongPredicate purgeable) {
        List<Long> staged = jdbc.queryForList(STAGING_TABLES.stream().map(t -> "SELECT DISTINCT RUN_ID FROM " + t)
                .collect(Collectors.joining(" UNION ")), Long.class);
        List<Long> runs = staged.stream().filter(purgeable::test).toList();
        boolean all = runs.size() == staged.size();
        for (String table : STAGING_TABLES) {
            if (all) {
                jdbc.execute("TRUNCATE TABLE " + table);
            } else {
                for (long run : runs) {
                    jdbc.update("DELETE FROM " + table + " WHERE RUN_ID = ?", run);
                }
            }
        }
    }

    String mostCommonRejectReason(long run) {
        List<String> reasons = jdbc.queryForList("SELECT REASON FROM CC_REJECT WHERE RUN_ID = ? GROUP BY REASON "
                + "ORDER BY COUNT(*) DESC, REASON LIMIT 1", String.class, run);
        return reasons.isEmpty() ? "none" : reasons.get(0);
    }

    /** Counts for the manifest and the summary line, in a fixed order. */
    Map<String, Long> counts(long run) {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("duplicate", count("SELECT COUNT(*) FROM CC_DUPLICATE WHERE RUN_ID = ?", run));
        counts.put("accepted", count("SELECT COUNT(*) FROM CC_ARTICLE WHERE RUN_ID = ?", run)
                - counts.get("duplicate"));
        counts.put("rejected", count("SELECT COUNT(*) FROM CC_REJECT WHERE RUN_ID = ?", run));
        counts.put("read", counts.get("accepted") + counts.get("duplicate") + counts.get("rejected"));
        counts.put("events", count("SELECT COUNT(DISTINCT EVENT_ID) FROM CC_MEMBER WHERE RUN_ID = ?", run));
        counts.put("discrepancies", count("SELECT COUNT(DISTINCT DISCREPANCY_ID) FROM CC_DISCREPANCY WHERE RUN_ID = ?",
                run));
        return counts;
    }

    Map<String, Long> discrepanciesByKind(long run) {
        Map<String, Long> byKind = new TreeMap<>();
        jdbc.query("SELECT KIND, COUNT(DISTINCT DISCREPANCY_ID) FROM CC_DISCREPANCY WHERE RUN_ID = ? GROUP BY KIND",
                rs -> {
                    byKind.put(rs.getString(1), rs.getLong(2));
                }, run);
        return byKind;
    }

    private long count(String sql, long run) {
        Long n = jdbc.queryForObject(sql, Long.class, run);
        return n == null ? 0 : n;
    }

    /** One input file as listed at the start of a run. */
    record InputFile(String path, String sha256, long bytes) {
    }
}
