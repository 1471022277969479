package news.crosscheck.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small {@code events.csv} and {@code discrepancies.csv} reports with {@link CsvReport}, as the job does.
 * The sample is modelled on the README's bakery strike (our own writing): a conflicting toll, a rising toll, a
 * spelling variant, and a wire copy.
 */
final class HtmlReportFixture {

    /** The columns of {@code discrepancies.csv} with the {@code status} a later run appends. */
    /** The columns of a run written before the nightly history added fingerprint and status. */
    enum DiscrepancyBeforeHistory { discrepancy_id, event_id, kind, severity, subject, value, outlet, article_id,
        evidence, alignment_score, explanation, sentence, claim_id, source, suggestion, independent_reports }

    record Row(String id, String event, String kind, String severity, String subject, String value, String outlet,
               String article, String evidence, String explanation, String suggestion, String source,
               String status, String confidence) {

        Row withStatus(String newStatus) {
            return new Row(id, event, kind, severity, subject, value, outlet, article, evidence, explanation,
                    suggestion, source, newStatus, confidence);
        }

        Row withConfidence(String newConfidence) {
            return new Row(id, event, kind, severity, subject, value, outlet, article, evidence, explanation,
                    suggestion, source, status, newConfidence);
        }

        Object[] cells(boolean withStatus) {
            List<Object> cells = new ArrayList<>(List.of(id, event, kind, severity, subject, value, outlet, article,
                    evidence, "0.500", explanation, 1, "C" + id.substring(1), source, suggestion, 2));
            if (withStatus) {
                cells.add("F" + id.substring(1));
                cells.add(status);
                cells.add(confidence);
            }
            return cells.toArray();
        }
    }

    static final String BAKERY = "E1a2b3c4d5e6f";
    static final String MINE = "E0f0e0d0c0b0a";
    private static final String TOLL = "Figures for people killed cannot all be true: Northern Ledger 'At least 28'"
            + " (2024-02-03T18:40:00Z), Meridian Wire '20' (2024-02-03T20:05:00Z).";
    private static final String SPELLING = "Spellings of Leonid Pasechnik differ: Meridian Wire writes 'Pasechnik'"
            + " 4 times; Northern Ledger writes 'Pasechnik' once and 'Pesechnik' once.";

    private HtmlReportFixture() {
    }

    static Row conflict(String value, String outlet, String article, String evidence) {
        return new Row("D00000000c0f1", BAKERY, "CASUALTY_COUNT", "CONFLICT", "killed: people", value, outlet,
                article, evidence, TOLL, "say 'at least 20'; attribute both figures", "", "", "");
    }

    static Row update(String value, String outlet, String article, String evidence) {
        return new Row("D00000000a9d2", BAKERY, "CASUALTY_COUNT", "UPDATE", "killed: people", value, outlet,
                article, evidence, "The toll for people killed rose in later reports; an update, not an error.",
                "say 'at least 31'", "the regional governor", "", "");
    }

    static Row variant(String value, String outlet, String article, String evidence) {
        return new Row("D00000000ee03", BAKERY, "NAME_SPELLING", "VARIANT", "Leonid Pasechnik", value, outlet,
                article, evidence, SPELLING, "use 'Pasechnik' (3 of 4 outlets)", "", "", "");
    }

    /** The bakery strike's discrepancies, as the job would write them (sorted by event, kind, severity). */
    static List<Row> sample() {
        return List.of(
                conflict("At least 28", "Northern Ledger", "ledger/bakery.txt",
                        "At least 28 dead after strike on bakery in occupied Lysychansk"),
                conflict("20", "Meridian Wire", "meridian/bakery-1.txt",
                        "Strike on bakery kills 20 in Russian-held Lisichansk"),
                update("20", "Meridian Wire", "meridian/bakery-1.txt",
                        "Strike on bakery kills 20 in Russian-held Lisichansk"),
                update("31", "Meridian Wire", "meridian/bakery-2.txt",
                        "The number of people killed in the strike on a bakery has risen to 31, the regional governor"
                                + " said."),
                variant("Pesechnik", "Northern Ledger", "ledger/bakery.txt",
                        "\"We will rebuild,\" Pesechnik said in a video posted on Telegram."),
                variant("Pasechnik", "Meridian Wire", "meridian/bakery-1.txt",
                        "Leonid Pasechnik, the Moscow-appointed head of the region, said rescuers were still at work."));
    }

    static void writeEvents(Path folder) throws IOException {
        try (CsvReport events = CsvReport.create(folder.resolve("events.csv"), Columns.Event.class)) {
            events.row(MINE, "valley/mine.txt", "Valley Post", "2024-02-04", "Blast at coal mine traps 12", 1, "");
            events.row(BAKERY, "capital/bakery.txt", "Capital Courier", "2024-02-03T21:00:00Z",
                    "Strike on bakery kills 20 in Russian-held Lisichansk", 4, "meridian/bakery-1.txt");
            events.row(BAKERY, "ledger/bakery.txt", "Northern Ledger", "2024-02-03T18:40:00Z",
                    "At least 28 dead after strike on bakery in occupied Lysychansk", 4, "");
            events.row(BAKERY, "meridian/bakery-1.txt", "Meridian Wire", "2024-02-03T20:05:00Z",
                    "Strike on bakery kills 20 in Russian-held Lisichansk", 4, "");
            events.row(BAKERY, "meridian/bakery-2.txt", "Meridian Wire", "2024-02-04",
                    "Bakery strike toll rises to 31", 4, "");
            events.commit();
        }
    }

    static void writeDiscrepancies(Path folder, List<Row> rows) throws IOException {
        try (CsvReport report = CsvReport.create(folder.resolve("discrepancies.csv"),
                DiscrepancyBeforeHistory.class)) {
            for (Row row : rows) {
                report.row(row.cells(false));
            }
            report.commit();
        }
    }

    static void writeDiscrepanciesWithStatus(Path folder, List<Row> rows) throws IOException {
        try (CsvReport report = CsvReport.create(folder.resolve("discrepancies.csv"), Columns.Discrepancy.class)) {
            for (Row row : rows) {
                report.row(row.cells(true));
            }
            report.commit();
        }
    }
}
