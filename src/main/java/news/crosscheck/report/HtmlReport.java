package news.crosscheck.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

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

    /**
     * At most this many events with discrepancies, and as many without, are drawn on the page: a browser cannot show
     * a night of a million articles, and a desk reads the first few hundred. The CSVs hold every one, and the page
     * says how many it leaves out.
     */
    static final int SHOWN_EVENTS = 1_000;

    /** Renders the reports in {@code folder} into {@code folder/report.html} and returns its path. */
    public static Path write(Path folder) throws IOException {
        return write(folder, SHOWN_EVENTS);
    }

    static Path write(Path folder, int shownEvents) throws IOException {
        Map<String, Object> page = page(folder.resolve("events.csv"), folder.resolve("discrepancies.csv"),
                shownEvents);
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

        Rank rank() {
            return new Rank(severity, certainty(confidence));
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

    /** How a discrepancy ranks for reading, without its statements: enough to order events and count. */
    private record Rank(String severity, double certainty) {
    }

    /**
     * The page's model, read from the reports in three streaming passes so the heap holds only what is shown: the
     * discrepancies ranked and counted, the articles of the events shown, then the findings of those events.
     */
    private static Map<String, Object> page(Path eventsCsv, Path discrepanciesCsv, int shownEvents)
            throws IOException {
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> severities = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        Map<String, Rank> firstToRead = new LinkedHashMap<>();
        long[] discrepancyCount = {0};
        forEachDiscrepancy(discrepanciesCsv, rows -> {
            CSVRecord first = rows.get(0);
            Rank rank = new Rank(cell(first, "severity"), certainty(cell(first, "confidence")));
            discrepancyCount[0]++;
            kinds.merge(cell(first, "kind"), 1L, Long::sum);
            severities.merge(rank.severity(), 1L, Long::sum);
            String status = firstNonEmpty(rows, "status");
            if (!status.isEmpty()) {
                statuses.merge(status, 1L, Long::sum);
            }
            firstToRead.merge(cell(first, "event_id"), rank, (a, b) -> RANK_ORDER.compare(b, a) < 0 ? b : a);
        });
        // Conflicts first, then the most certain findings, within an event and across events; at equal rank the
        // CSV's order (by event id, kind, severity) holds, as the sorts are stable. Events with nothing to check come
        // last. An event's articles are listed in the order they were published.
        List<String> flaggedIds = firstToRead.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(RANK_ORDER)).map(Map.Entry::getKey).toList();
        Set<String> shownFlagged = new HashSet<>(flaggedIds.subList(0, Math.min(shownEvents, flaggedIds.size())));

        Map<String, List<Article>> members = new HashMap<>();
        Map<String, String> sizes = new HashMap<>();
        List<String> quietIds = new ArrayList<>();
        long eventCount = 0;
        long articleCount = 0;
        long quietCount = 0;
        String previous = null;
        boolean shown = false;
        try (CSVParser parser = open(eventsCsv, Columns.Event.class)) {
            // events.csv lists each event's articles one after another
            for (CSVRecord row : parser) {
                String id = cell(row, "event_id");
                articleCount++;
                if (!id.equals(previous)) {
                    eventCount++;
                    shown = shownFlagged.contains(id);
                    if (!firstToRead.containsKey(id) && quietCount++ < shownEvents) {
                        quietIds.add(id);
                        shown = true;
                    }
                    previous = id;
                }
                if (shown) {
                    members.computeIfAbsent(id, e -> new ArrayList<>()).add(new Article(cell(row, "article_id"),
                            cell(row, "outlet"), cell(row, "published"), cell(row, "title"), cell(row, "copy_of")));
                    sizes.putIfAbsent(id, cell(row, "event_size"));
                }
            }
        }
        Map<String, Article> articles = new HashMap<>();
        members.values().forEach(list -> list.forEach(a -> articles.put(a.id(), a)));
        Map<String, List<Finding>> findings = new HashMap<>();
        forEachDiscrepancy(discrepanciesCsv, rows -> {
            String event = cell(rows.get(0), "event_id");
            if (shownFlagged.contains(event)) {
                findings.computeIfAbsent(event, e -> new ArrayList<>()).add(finding(rows, articles));
            }
        });
        findings.values().forEach(list -> list.sort(FIRST_TO_READ));

        Map<String, Object> page = new LinkedHashMap<>();
        page.put("eventCount", eventCount);
        page.put("articleCount", articleCount);
        page.put("discrepancyCount", discrepancyCount[0]);
        page.put("byKind", counts(kinds, false));
        page.put("bySeverity", counts(severities, true));
        page.put("byStatus", statuses.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue(), statusTone(e.getKey()))).toList());
        page.put("flagged", flaggedIds.stream().filter(shownFlagged::contains)
                .map(id -> event(id, members, sizes, findings.getOrDefault(id, List.of()))).toList());
        page.put("quiet", quietIds.stream().map(id -> event(id, members, sizes, List.of())).toList());
        page.put("flaggedLeftOut", flaggedIds.size() - shownFlagged.size());
        page.put("quietLeftOut", quietCount - quietIds.size());
        return page;
    }

    private static Event event(String id, Map<String, List<Article>> members, Map<String, String> sizes,
                               List<Finding> found) {
        List<Article> articles = members.getOrDefault(id, List.of()).stream()
                .sorted(Comparator.comparing(Article::published).thenComparing(Article::id)).toList();
        return new Event(id, articles.isEmpty() ? "" : articles.get(0).title(), sizes.getOrDefault(id, ""),
                String.join(", ", new TreeSet<>(articles.stream().map(Article::outlet).toList())), articles, found);
    }

    /** Calls {@code action} with the rows of each discrepancy, which the report writes one after another. */
    private static void forEachDiscrepancy(Path file, Consumer<List<CSVRecord>> action) throws IOException {
        try (CSVParser parser = open(file, Columns.Discrepancy.class)) {
            List<CSVRecord> rows = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (!rows.isEmpty() && !cell(row, "discrepancy_id").equals(cell(rows.get(0), "discrepancy_id"))) {
                    action.accept(rows);
                    rows = new ArrayList<>();
                }
                rows.add(row);
            }
            if (!rows.isEmpty()) {
                action.accept(rows);
            }
        }
    }

    /** Severities in the order a desk should read them: what cannot all be true first, spellings last. */
    private static final List<String> SEVERITY_ORDER = List.of("CONFLICT", "SOURCE_DIFFERS", "UPDATE", "VARIANT");

    private static final Comparator<Rank> RANK_ORDER = Comparator.comparingInt((Rank r) -> severityRank(r.severity()))
            .thenComparing(Comparator.comparingDouble(Rank::certainty).reversed());

    private static final Comparator<Finding> FIRST_TO_READ = Comparator.comparing(Finding::rank, RANK_ORDER);

    private static int severityRank(String severity) {
        int rank = SEVERITY_ORDER.indexOf(severity);
        return rank < 0 ? SEVERITY_ORDER.size() : rank;
    }

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

    /** A confidence cell as a number for ordering; 0 for reports written before it had a column. */
    private static double certainty(String confidence) {
        return confidence.isEmpty() ? 0 : Double.parseDouble(confidence);
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
    private static final Set<String> LATER_COLUMNS = Set.of("fingerprint", "status", "confidence");

    /** A report to read row by row; every column of {@code columns} but the later ones must be in the header. */
    private static CSVParser open(Path file, Class<? extends Enum<?>> columns) throws IOException {
        CSVParser parser = CSV.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8));
        for (Enum<?> column : columns.getEnumConstants()) {
            if (!parser.getHeaderMap().containsKey(column.name()) && !LATER_COLUMNS.contains(column.name())) {
                parser.close();
                throw new IOException(file.getFileName() + " has no column " + column.name()
                        + ": not a crosscheck report");
            }
        }
        return parser;
    }

    private static Template template() throws IOException {
        // escapeHTML is jmustache's default; said here because the report's safety rests on it.
        return Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).zeroIsFalse(true)
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
