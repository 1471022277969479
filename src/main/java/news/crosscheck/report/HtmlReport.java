package news.crosscheck.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code report.html}, the side-by-side view a copy desk reads in a browser, from the run's own
 * {@code events.csv} and {@code discrepancies.csv}: a run summary, then each event with its articles, and under it
 * each discrepancy with its statements in columns, the differing value marked in each sentence.
 * <p>
 * The page is one self-contained file: inline CSS, no script, nothing fetched (a Content-Security-Policy says so to
 * the browser too). Every cell goes through a Mustache template that escapes HTML, so article text is shown, never
 * run. It reads only the CSVs, so the same CSVs give the same bytes, and it is written to a temporary file moved into
 * place when complete. An optional {@code status} column in {@code discrepancies.csv} is shown when present.
 */
public final class HtmlReport {

    public static final String FILE = "report.html";

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private HtmlReport() {
    }

    /** Renders the reports in {@code folder} into {@code folder/report.html} and returns its path. */
    public static Path write(Path folder) throws IOException {
        Map<String, Object> page = page(read(folder.resolve("events.csv"), Columns.Event.class),
                read(folder.resolve("discrepancies.csv"), Columns.Discrepancy.class));
        Path target = folder.resolve(FILE);
        Path temp = folder.resolve(FILE + ".partial");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            template().execute(page, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        CsvReport.moveIntoPlace(temp, target);
        return target;
    }

    record Article(String id, String outlet, String published, String title, String copyOf) {
    }

    /** @param title the headline of its earliest article, so a desk sees what the event is before its id */
    record Event(String id, String title, String size, String outlets, List<Article> articles,
                 List<Finding> discrepancies) {
    }

    /** One discrepancy; {@code tone} and {@code statusTone} are CSS class suffixes from a closed list. */
    record Finding(String id, String kind, String severity, String tone, String subject, String explanation,
                   String suggestion, String status, String statusTone, String independentReports,
                   String confidence, List<Statement> statements) {

        /** The confidence as a number for ordering; 0 for reports written before it had a column. */
        double certainty() {
            return confidence.isEmpty() ? 0 : Double.parseDouble(confidence);
        }
    }

    record Statement(String outlet, String articleId, String published, String value, String source, String score,
                     boolean valueFound, List<Segment> sentence) {
    }

    /** A piece of a sentence; {@code mark} when it is the differing value. */
    record Segment(String text, boolean mark) {
    }

    record Count(String name, long count, String tone) {
    }

    private static Map<String, Object> page(List<CSVRecord> eventRows, List<CSVRecord> discrepancyRows) {
        Map<String, Article> articles = new LinkedHashMap<>();
        Map<String, List<CSVRecord>> byEvent = new LinkedHashMap<>();
        for (CSVRecord row : eventRows) {
            Article article = new Article(cell(row, "article_id"), cell(row, "outlet"), cell(row, "published"),
                    cell(row, "title"), cell(row, "copy_of"));
            articles.put(article.id(), article);
            byEvent.computeIfAbsent(cell(row, "event_id"), id -> new ArrayList<>()).add(row);
        }
        Map<String, List<CSVRecord>> byDiscrepancy = new LinkedHashMap<>();
        for (CSVRecord row : discrepancyRows) {
            byDiscrepancy.computeIfAbsent(cell(row, "discrepancy_id"), id -> new ArrayList<>()).add(row);
            byEvent.putIfAbsent(cell(row, "event_id"), new ArrayList<>());
        }
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> severities = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        for (List<CSVRecord> rows : byDiscrepancy.values()) {
            Finding finding = finding(rows, articles);
            findings.computeIfAbsent(cell(rows.get(0), "event_id"), id -> new ArrayList<>()).add(finding);
            kinds.merge(finding.kind(), 1L, Long::sum);
            severities.merge(finding.severity(), 1L, Long::sum);
            if (!finding.status().isEmpty()) {
                statuses.merge(finding.status(), 1L, Long::sum);
            }
        }
        // Conflicts first, then the most certain findings, within an event and across events; at equal rank the
        // CSV's order (by event id, kind, severity) holds, as the sorts are stable. Events with nothing to check come
        // last. An event's articles are listed in the order they were published.
        findings.values().forEach(list -> list.sort(FIRST_TO_READ));
        List<Event> flagged = new ArrayList<>();
        List<Event> quiet = new ArrayList<>();
        byEvent.forEach((id, rows) -> {
            List<Article> members = rows.stream().map(r -> articles.get(cell(r, "article_id")))
                    .sorted(Comparator.comparing(Article::published).thenComparing(Article::id)).toList();
            List<Finding> found = findings.getOrDefault(id, List.of());
            Event event = new Event(id, members.isEmpty() ? "" : members.get(0).title(),
                    rows.isEmpty() ? "" : cell(rows.get(0), "event_size"),
                    String.join(", ", new TreeSet<>(members.stream().map(Article::outlet).toList())), members, found);
            (found.isEmpty() ? quiet : flagged).add(event);
        });
        flagged.sort(Comparator.comparing((Event e) -> e.discrepancies().get(0), FIRST_TO_READ));
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("eventCount", byEvent.size());
        page.put("articleCount", articles.size());
        page.put("discrepancyCount", byDiscrepancy.size());
        page.put("byKind", counts(kinds, false));
        page.put("bySeverity", counts(severities, true));
        page.put("byStatus", statuses.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue(), statusTone(e.getKey()))).toList());
        page.put("flagged", flagged);
        page.put("quiet", quiet);
        return page;
    }

    /** Severities in the order a desk should read them: what cannot all be true first, spellings last. */
    private static final List<String> SEVERITY_ORDER = List.of("CONFLICT", "SOURCE_DIFFERS", "UPDATE", "VARIANT");

    private static final Comparator<Finding> FIRST_TO_READ = Comparator
            .comparingInt((Finding f) -> SEVERITY_ORDER.indexOf(f.severity()) < 0 ? SEVERITY_ORDER.size()
                    : SEVERITY_ORDER.indexOf(f.severity()))
            .thenComparing(Comparator.comparingDouble(Finding::certainty).reversed());

    private static Finding finding(List<CSVRecord> rows, Map<String, Article> articles) {
        CSVRecord first = rows.get(0);
        String severity = cell(first, "severity");
        String status = firstNonEmpty(rows, "status");
        List<Statement> statements = new ArrayList<>();
        for (CSVRecord row : rows) {
            String value = cell(row, "value");
            List<Segment> sentence = highlight(cell(row, "evidence"), value);
            Article article = articles.get(cell(row, "article_id"));
            statements.add(new Statement(cell(row, "outlet"), cell(row, "article_id"),
                    article == null ? "" : article.published(), value, cell(row, "source"),
                    cell(row, "alignment_score"), sentence.stream().anyMatch(Segment::mark), sentence));
        }
        return new Finding(cell(first, "discrepancy_id"), cell(first, "kind"), severity, severityTone(severity),
                cell(first, "subject"), firstNonEmpty(rows, "explanation"), firstNonEmpty(rows, "suggestion"),
                status, statusTone(status), cell(first, "independent_reports"), cell(first, "confidence"), statements);
    }

    /**
     * Splits a sentence around every occurrence of the value, ignoring case. Occurrences standing as whole words are
     * preferred ({@code 20} in {@code in 2020, 20 died} marks the second); only when there is none is a value inside
     * a longer word marked. No occurrence: one unmarked segment.
     */
    static List<Segment> highlight(String sentence, String value) {
        List<Integer> hits = value.isBlank() ? List.of() : occurrences(sentence, value, true);
        if (hits.isEmpty() && !value.isBlank()) {
            hits = occurrences(sentence, value, false);
        }
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        for (int hit : hits) {
            if (hit > from) {
                segments.add(new Segment(sentence.substring(from, hit), false));
            }
            segments.add(new Segment(sentence.substring(hit, hit + value.length()), true));
            from = hit + value.length();
        }
        if (from < sentence.length() || segments.isEmpty()) {
            segments.add(new Segment(sentence.substring(from), false));
        }
        return segments;
    }

    private static List<Integer> occurrences(String sentence, String value, boolean wholeWord) {
        List<Integer> hits = new ArrayList<>();
        int i = 0;
        while (i + value.length() <= sentence.length()) {
            if (sentence.regionMatches(true, i, value, 0, value.length())
                    && (!wholeWord || edge(sentence, i - 1) && edge(sentence, i + value.length()))) {
                hits.add(i);
                i += value.length();
            } else {
                i++;
            }
        }
        return hits;
    }

    private static boolean edge(String sentence, int i) {
        return i < 0 || i >= sentence.length() || !Character.isLetterOrDigit(sentence.charAt(i));
    }

    /**
     * The cell as the article had it: the apostrophe {@link SafeCell} put before a formula-like cell is taken off.
     * Only an apostrophe SafeCell would have added goes ({@code '=x} becomes {@code =x}, {@code '-3} stays), and
     * only for display: the CSVs keep it.
     */
    static String display(String cell) {
        return SafeCell.unguard(cell);
    }

    private static String cell(CSVRecord row, String column) {
        return row.isMapped(column) ? display(row.get(column)) : "";
    }

    private static String firstNonEmpty(List<CSVRecord> rows, String column) {
        return rows.stream().map(r -> cell(r, column)).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    private static List<Count> counts(Map<String, Long> counts, boolean severity) {
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue(), severity ? severityTone(e.getKey()) : "")).toList();
    }

    // CSS classes come from these closed lists, never from a cell, whatever a future value is.
    private static String severityTone(String severity) {
        return switch (severity) {
            case "CONFLICT" -> "conflict";
            case "UPDATE" -> "update";
            case "VARIANT" -> "variant";
            case "SOURCE_DIFFERS" -> "source";
            default -> "other";
        };
    }

    private static String statusTone(String status) {
        return switch (status) {
            case "NEW" -> "new";
            case "ONGOING" -> "ongoing";
            case "RESOLVED" -> "resolved";
            default -> "other";
        };
    }

    /** Columns a run made before the nightly history or the confidence lacks: shown when present. */
    private static final java.util.Set<String> LATER_COLUMNS = java.util.Set.of("fingerprint", "status",
            "confidence");

    /** The report's rows; every column of {@code columns} but the later ones must be in the header. */
    private static List<CSVRecord> read(Path file, Class<? extends Enum<?>> columns) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSV.parse(reader)) {
            for (Enum<?> column : columns.getEnumConstants()) {
                if (!parser.getHeaderMap().containsKey(column.name()) && !LATER_COLUMNS.contains(column.name())) {
                    throw new IOException(file.getFileName() + " has no column " + column.name()
                            + ": not a crosscheck report");
                }
            }
            return parser.getRecords();
        }
    }

    private static Template template() throws IOException {
        // escapeHTML is jmustache's default; said here because the report's safety rests on it.
        return Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true)
                .withLoader(name -> new StringReader(resource(name + ".mustache")))
                .compile(resource("report.html.mustache"));
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the classpath");
            }
            // Line ends normalised so a checkout with CRLF gives the same bytes.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }
}
