package news.crosscheck.batch;

import news.crosscheck.report.Columns;
import news.crosscheck.report.CsvReport;
import news.crosscheck.report.Manifest;
import news.crosscheck.report.SafeCell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run's statuses (NEW, ONGOING, RESOLVED) are computed against, and whether the run enters its desk's
 * history:
 * <ul>
 * <li>a night enters its desk's history under its run date, replacing what that date recorded, and compares with
 * the desk's previous run date;</li>
 * <li>a night older than the desk's latest compares with the date before it but is not recorded: later nights'
 * statuses never change because an archive was rerun or a missed night filled in;</li>
 * <li>an empty night (none accepted, published with {@code --allow-empty}) is not recorded and resolves nothing;</li>
 * <li>an audit compares with the previous night archived beside the reports it verifies
 * ({@value WriteReportsTasklet#PREVIOUS_NIGHT}), loaded under a key of its own, so it computes the same statuses on
 * any machine whatever that machine's history holds; an archive made before it existed is compared with this
 * machine's history. An audit never records anything.</li>
 * </ul>
 *
 * @param key          the history key the status queries read: the desk, or an audit's own
 * @param previousDate the run date compared with, "" when there is none
 * @param resolves     whether discrepancies gone since then are listed as RESOLVED
 * @param note         a line for the run's summary when the history was left as it was, else ""
 */
record StatusBaseline(String key, String previousDate, boolean resolves, String note) {

    static StatusBaseline prepare(NightlyHistory history, RunContext run, String runDate, boolean empty)
            throws IOException {
        if (run.isAudit()) {
            Path manifestFile = Path.of(run.audit());
            Path archived = manifestFile.resolveSibling(WriteReportsTasklet.PREVIOUS_NIGHT);
            if (Files.exists(archived)) {
                String key = NightlyHistory.AUDIT + run.run();
                String previous = Manifest.read(manifestFile).previousRunDate();
                history.forgetAudits();
                history.load(key, previous == null ? "" : previous, read(archived));
                return new StatusBaseline(key, previous == null ? "" : previous, !empty, "");
            }
            return new StatusBaseline(run.desk(), history.previous(run.desk(), runDate), !empty, "");
        }
        String previous = history.previous(run.desk(), runDate);
        if (empty) {
            return new StatusBaseline(run.desk(), previous, false,
                    "history: an empty night is not recorded for desk " + run.desk() + " and resolves nothing");
        }
        String latest = history.latest(run.desk());
        if (!latest.isEmpty() && runDate.compareTo(latest) < 0) {
            return new StatusBaseline(run.desk(), previous, true, "history: " + runDate + " is older than desk "
                    + run.desk() + "'s latest night (" + latest + "); compared with "
                    + (previous.isEmpty() ? "nothing" : previous) + ", the history is left as it was");
        }
        history.record(run.run(), run.desk(), runDate);
        return new StatusBaseline(run.desk(), previous, true, "");
    }

    /** Removes an audit's copy of the archived previous night. */
    void release(NightlyHistory history) {
        if (key.startsWith(NightlyHistory.AUDIT)) {
            history.forget(key, null);
        }
    }

    /** Writes what the statuses were computed against, for the archive: {@value WriteReportsTasklet#PREVIOUS_NIGHT}. */
    void write(NightlyHistory history, Path target) throws IOException {
        try (CsvReport report = CsvReport.create(target, Columns.PreviousNight.class)) {
            if (!previousDate.isEmpty()) {
                for (NightlyHistory.Entry e : history.night(key, previousDate)) {
                    report.row(previousDate, e.fingerprint(), e.discrepancyId(), e.eventId(), e.kind(), e.severity(),
                            e.subject(), e.values(), e.explanation());
                }
            }
            report.commit();
        }
    }

    private static List<NightlyHistory.Entry> read(Path archived) throws IOException {
        List<NightlyHistory.Entry> entries = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(archived, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                entries.add(new NightlyHistory.Entry(cell(r, "fingerprint"), cell(r, "discrepancy_id"),
                        cell(r, "event_id"), cell(r, "kind"), cell(r, "severity"), cell(r, "subject"),
                        cell(r, "values"), cell(r, "explanation")));
            }
        }
        return entries;
    }

    /** A cell as it was before the report guarded it against spreadsheet formulas. */
    private static String cell(CSVRecord record, String column) {
        return SafeCell.unguard(record.get(column));
    }
}
