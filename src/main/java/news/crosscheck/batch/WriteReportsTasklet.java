package news.crosscheck.batch;

import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.mention.Mention;
import news.crosscheck.claim.number.Interval;
import news.crosscheck.report.Acknowledged;
import news.crosscheck.report.Columns;
import news.crosscheck.report.CsvReport;
import news.crosscheck.report.Manifest;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Records the run's discrepancies in its desk's history ({@link StatusBaseline}), then writes its reports from the
 * staging tables, each sorted by stable keys so the same input gives the same bytes: {@code events.csv},
 * {@code claims.csv}, {@code discrepancies.csv}, {@code summary.csv}, {@code changes.csv}, {@code rejects.csv},
 * {@code duplicates.csv}, {@code previous-night.csv} (what the statuses were computed against, for audits) and last
 * {@code manifest.json}, the only file with wall-clock facts in it.
 */
class WriteReportsTasklet implements Tasklet {

    static final String OUTPUT_DIR = "crosscheck.outputDir";
    static final String SUMMARY = "crosscheck.summary";
    /** What the statuses were computed against, archived with the reports ({@link StatusBaseline}). */
    static final String PREVIOUS_NIGHT = "previous-night.csv";

    private final StagingRepository staging;
    private final CrosscheckProperties settings;

    WriteReportsTasklet(StagingRepository staging, CrosscheckProperties settings) {
        this.staging = staging;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunContext run = RunContext.of(contribution.getStepExecution());
        String runDate = runDate(run);
        Path output = run.outputFor(runDate);
        JdbcTemplate jdbc = staging.jdbc();
        NightlyHistory history = new NightlyHistory(jdbc);
        Map<String, Long> counts = staging.counts(run.run());
        StatusBaseline baseline = StatusBaseline.prepare(history, run, runDate, counts.get("accepted") == 0);
        String previousRunDate = baseline.previousDate();

        // claims.csv, most of the reports' bytes, is written beside the others (on a connection of its own, reading
        // only what earlier steps committed); the manifest waits for it
        ExecutorService claimsWriter = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "claims-report");
            thread.setDaemon(true);
            return thread;
        });
        Future<Long> claims = claimsWriter.submit(() -> writeClaims(jdbc, run.run(), output.resolve("claims.csv")));
        try {
            writeEvents(jdbc, run.run(), output.resolve("events.csv"));
            writeDiscrepancies(jdbc, run.run(), baseline, output.resolve("discrepancies.csv"));
            Path acknowledgedFile = SettingsFile.path(run.acknowledged());
            DeskReports.writeSummary(jdbc, run.run(), baseline, acknowledgedFile == null ? Set.of()
                    : Acknowledged.read(acknowledgedFile), output.resolve("summary.csv"));
            DeskReports.writeChanges(history, run.run(), baseline, output.resolve("changes.csv"));
            writeRejectsAndDuplicates(jdbc, run.run(), output);
            news.crosscheck.report.HtmlReport.write(output); // from the committed CSVs; the manifest still comes last
        } catch (IOException | RuntimeException e) {
            awaitQuietly(claims);
            throw e;
        } finally {
            claimsWriter.shutdown();
        }
        long claimCount = result(claims);

        baseline.write(history, output.resolve(PREVIOUS_NIGHT));
        baseline.release(history);
        counts.put("claims", claimCount);
        Map<String, Long> byKind = staging.discrepanciesByKind(run.run());
        Manifest manifest = new Manifest(runDate, Version.CROSSCHECK,
                parameters(contribution), settings.resultSettings(), counts, byKind,
                staging.inputFiles(run.run()).stream()
                        .map(f -> new Manifest.InputFile(f.path(), f.sha256(), f.bytes())).toList(),
                contribution.getStepExecution().getJobExecution().getStartTime() == null ? ""
                        : contribution.getStepExecution().getJobExecution().getStartTime().toString(),
                previousRunDate, run.desk(), InputInventory.sha256(output.resolve(PREVIOUS_NIGHT)));
        manifest.write(output.resolve("manifest.json"));

        var context = contribution.getStepExecution().getJobExecution().getExecutionContext();
        context.putString(OUTPUT_DIR, output.toString());
        context.putString(SUMMARY, Summary.line(counts, byKind, output)
                + (baseline.note().isEmpty() ? "" : "\n" + baseline.note()));
        return RepeatStatus.FINISHED;
    }

    private static void writeRejectsAndDuplicates(JdbcTemplate jdbc, long run, Path output) throws IOException {
        try (CsvReport rejects = CsvReport.create(output.resolve("rejects.csv"), Columns.Reject.class)) {
            for (Map<String, Object> row : jdbc.queryForList(
                    "SELECT SOURCE, REASON FROM CC_REJECT WHERE RUN_ID = ? ORDER BY SOURCE", run)) {
                rejects.row(row.get("SOURCE"), row.get("REASON"));
            }
            rejects.commit();
        }
        try (CsvReport duplicates = CsvReport.create(output.resolve("duplicates.csv"), Columns.Duplicate.class)) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT D.ARTICLE_ID, D.DUPLICATE_OF, A.OUTLET "
                    + "FROM CC_DUPLICATE D JOIN CC_ARTICLE A ON A.RUN_ID = D.RUN_ID AND A.ARTICLE_ID = D.ARTICLE_ID "
                    + "WHERE D.RUN_ID = ? ORDER BY D.ARTICLE_ID", run)) {
                duplicates.row(row.get("ARTICLE_ID"), row.get("DUPLICATE_OF"), row.get("OUTLET"));
            }
            duplicates.commit();
        }
    }

    /** The claims written, or the failure that stopped their writer. */
    private static long result(Future<Long> claims) throws IOException {
        try {
            return claims.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing claims.csv", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    /**
     * Lets the claims writer finish before a failure is reported, so the step never ends with a thread still reading
     * the database (an interrupt could close H2's file under it); what it failed on, if anything, matters less.
     */
    private static void awaitQuietly(Future<Long> claims) {
        try {
            claims.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // the first failure is the one reported
        }
    }

    private String runDate(RunContext run) {
        if (!run.runDate().isEmpty()) {
            return run.runDate();
        }
        Date newest = staging.jdbc().queryForObject("SELECT MAX(PUBLISHED) FROM CC_ARTICLE WHERE RUN_ID = ?",
                Date.class, run.run());
        return newest == null ? "no-articles" : newest.toLocalDate().toString();
    }

    private static void writeEvents(JdbcTemplate jdbc, long run, Path target) throws IOException {
        try (CsvReport events = CsvReport.create(target, Columns.Event.class)) {
            jdbc.query("SELECT M.EVENT_ID, M.ARTICLE_ID, A.OUTLET, A.PUBLISHED_AT, A.TITLE, M.EVENT_SIZE, C.COPY_OF "
                    + "FROM CC_MEMBER M JOIN CC_ARTICLE A ON A.RUN_ID = M.RUN_ID AND A.ARTICLE_ID = M.ARTICLE_ID "
                    + "LEFT JOIN CC_COPY C ON C.RUN_ID = M.RUN_ID AND C.ARTICLE_ID = M.ARTICLE_ID "
                    + "WHERE M.RUN_ID = ? ORDER BY M.RUN_ID, M.EVENT_ID, M.ARTICLE_ID", rs -> {
                write(events, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getString(7));
            }, run);
            events.commit();
        }
    }

    private long writeClaims(JdbcTemplate jdbc, long run, Path target) throws IOException {
        long[] written = {0};
        try (CsvReport claims = CsvReport.create(target, Columns.Claim.class)) {
            jdbc.query("SELECT M.EVENT_ID, C.PACKED, C.CLAIMS FROM CC_MEMBER M JOIN CC_CLAIMS C ON C.RUN_ID = M.RUN_ID "
                    + "AND C.ARTICLE_ID = M.ARTICLE_ID WHERE M.RUN_ID = ? "
                    // with RUN_ID first, H2 reads the member index in order instead of sorting every claim
                    + "ORDER BY M.RUN_ID, M.EVENT_ID, M.ARTICLE_ID", rs -> {
                String eventId = rs.getString(1);
                ArticleClaims article = staging.readClaims(rs, 2);
                written[0] += article.casualties().size() + article.mentions().size();
                for (CasualtyClaim c : article.casualties()) {
                    Interval count = c.count();
                    write(claims, article.claimId(c), eventId, article.articleId(), article.outlet(), c.kind(),
                            c.subject(), c.value(), count.low(), count.isBounded() ? count.high() : "",
                            c.sentence().text(), c.sentence().index(), c.otherEvent(), "", c.source(),
                            c.scope().label(), c.scopeReason(), String.format(Locale.ROOT, "%.2f", c.certainty()));
                }
                for (Mention m : article.mentions()) {
                    write(claims, article.claimId(m), eventId, article.articleId(), article.outlet(), m.kind(),
                            m.fullName(), m.name(), "", "", m.sentence().text(), m.sentence().index(), "", m.role(),
                            "", "", "", "");
                }
            }, run);
            claims.commit();
        }
        return written[0];
    }

    private static void writeDiscrepancies(JdbcTemplate jdbc, long run, StatusBaseline baseline, Path target)
            throws IOException {
        try (CsvReport report = CsvReport.create(target, Columns.Discrepancy.class)) {
            jdbc.query("SELECT D.*, " + NightlyHistory.STATUS + " FROM CC_DISCREPANCY D WHERE D.RUN_ID = ? "
                    + "ORDER BY EVENT_ID, KIND, SEVERITY, SUBJECT, "
                    + "DISCREPANCY_ID, ROW_NO", rs -> {
                write(report, rs.getString("DISCREPANCY_ID"), rs.getString("EVENT_ID"), rs.getString("KIND"),
                        rs.getString("SEVERITY"), rs.getString("SUBJECT"), rs.getString("VAL"),
                        rs.getString("OUTLET"), rs.getString("ARTICLE_ID"), rs.getString("EVIDENCE"),
                        String.format(java.util.Locale.ROOT, "%.3f", rs.getDouble("SCORE")),
                        rs.getString("EXPLANATION"), rs.getInt("SENTENCE"), rs.getString("CLAIM_ID"),
                        rs.getString("SOURCE"), rs.getString("SUGGESTION"), rs.getInt("INDEPENDENT_REPORTS"),
                        rs.getString("FINGERPRINT"), rs.getString("STATUS"), confidence(rs.getDouble("CONFIDENCE")));
            }, baseline.key(), baseline.previousDate(), run);
            report.commit();
        }
    }

    /** A confidence as the reports write it: two decimals, whatever the locale. */
    static String confidence(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static Map<String, String> parameters(StepContribution contribution) {
        Map<String, String> parameters = new LinkedHashMap<>();
        contribution.getStepExecution().getJobExecution().getJobParameters().parameters().stream()
                .sorted(java.util.Comparator.comparing(p -> p.name()))
                .forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
        return parameters;
    }

    private static void write(CsvReport report, Object... cells) {
        try {
            report.row(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
