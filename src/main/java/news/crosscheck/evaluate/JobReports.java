package news.crosscheck.evaluate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one job run wrote, read back from its output folder, with article ids turned back into document ids
 * ({@code articles.csv#abc} is {@code abc}). A duplicate article (same body as an accepted one) belongs to the
 * event of the article it repeats and shares its claims, as the job treats it as that article.
 *
 * @param events        document id to event id
 * @param claims        every claim, in file order
 * @param discrepancies every discrepancy row, in file order
 * @param duplicateOf   a duplicate article's document id to the id of the accepted article it repeats
 */
public record JobReports(Map<String, String> events, List<ClaimRow> claims, List<DiscrepancyRow> discrepancies,
                         Map<String, String> duplicateOf) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /**
     * One row of {@code claims.csv}; {@code high} is {@code null} when unbounded; {@code certainty} 1 when the report
     * has no such column.
     */
    public record ClaimRow(String docId, String kind, String subject, String value, long low, Long high,
                           String evidence, int sentence, String otherEvent, double certainty) {

        public ClaimRow(String docId, String kind, String subject, String value, long low, Long high,
                        String evidence, int sentence, String otherEvent) {
            this(docId, kind, subject, value, low, high, evidence, sentence, otherEvent, 1.0);
        }

        boolean aboutOwnEvent() {
            return otherEvent.isEmpty();
        }

        /** One person described ("a man was killed"), read as at least one: no figure, so less than fully sure. */
        boolean describedPerson() {
            return low == 1 && high == null && certainty < 1.0;
        }
    }

    /**
     * One row of {@code discrepancies.csv}; {@code articleId} as the report writes it ({@code articles.csv#abc}),
     * which is what judgments are keyed by, and {@code value} with the report's formula guard taken off.
     */
    public record DiscrepancyRow(String discrepancyId, String kind, String severity, String subject, String value,
                                 String articleId, String outlet, String evidence) {

        /** The document id ({@code abc}). */
        public String docId() {
            return JobReports.docId(articleId);
        }
    }

    /** Reads the reports of a finished run. */
    public static JobReports read(Path output) throws IOException {
        Map<String, String> duplicateOf = new HashMap<>();
        for (CSVRecord row : rows(output.resolve("duplicates.csv"))) {
            duplicateOf.put(docId(row.get("article_id")), docId(row.get("duplicate_of")));
        }
        Map<String, String> events = new HashMap<>();
        for (CSVRecord row : rows(output.resolve("events.csv"))) {
            events.put(docId(row.get("article_id")), row.get("event_id"));
        }
        duplicateOf.forEach((dup, original) -> {
            if (events.containsKey(original)) {
                events.put(dup, events.get(original));
            }
        });
        List<ClaimRow> claims = map(rows(output.resolve("claims.csv")), row -> new ClaimRow(
                docId(row.get("article_id")), row.get("kind"), cell(row, "subject"), cell(row, "value"),
                parseLong(row.get("low")), row.get("high").isEmpty() ? null : parseLong(row.get("high")),
                cell(row, "evidence"), row.get("sentence").isEmpty() ? 0 : Integer.parseInt(row.get("sentence")),
                row.get("other_event"), row.isMapped("certainty") && !row.get("certainty").isEmpty()
                        ? Double.parseDouble(row.get("certainty")) : 1.0));
        List<DiscrepancyRow> discrepancies = map(rows(output.resolve("discrepancies.csv")), row ->
                new DiscrepancyRow(row.get("discrepancy_id"), row.get("kind"), row.get("severity"),
                        cell(row, "subject"), cell(row, "value"), row.get("article_id"), cell(row, "outlet"),
                        cell(row, "evidence")));
        return new JobReports(events, claims, discrepancies, duplicateOf);
    }

    /** The document whose claims stand for this one: itself, or the accepted article it duplicates. */
    public String claimsOf(String docId) {
        return duplicateOf.getOrDefault(docId, docId);
    }

    /** The discrepancies, each with its rows, in the order of their first row. */
    public List<ReportedDiscrepancy> reported() {
        Map<String, List<DiscrepancyRow>> byId = new LinkedHashMap<>();
        discrepancies.forEach(row -> byId.computeIfAbsent(row.discrepancyId(), id -> new ArrayList<>()).add(row));
        return byId.values().stream().map(ReportedDiscrepancy::new).toList();
    }

    /** Claims grouped by document id. */
    public Map<String, List<ClaimRow>> claimsByDoc() {
        Map<String, List<ClaimRow>> byDoc = new HashMap<>();
        claims.forEach(claim -> byDoc.computeIfAbsent(claim.docId(), d -> new ArrayList<>()).add(claim));
        return byDoc;
    }

    /** {@code articles.csv#abc} is document {@code abc}; a path without {@code #} is kept whole. */
    static String docId(String articleId) {
        int hash = articleId.indexOf('#');
        return hash < 0 ? articleId : articleId.substring(hash + 1);
    }

    /** A cell as the article wrote it: the report's guard quote before a formula-like start taken off. */
    private static String cell(CSVRecord row, String column) {
        String value = row.get(column);
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }

    private static long parseLong(String cell) {
        return cell.isEmpty() ? 0 : Long.parseLong(cell.startsWith("'") ? cell.substring(1) : cell);
    }

    private static List<CSVRecord> rows(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(in)) {
            return parser.getRecords();
        }
    }

    private static <T> List<T> map(List<CSVRecord> rows, Function<CSVRecord, T> mapper) {
        return rows.stream().map(mapper).toList();
    }
}
