package news.crosscheck.evaluate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A gold file: RFC 4180 CSV with a header holding at least {@code id,incident_id}; the optional columns
 * {@code incident_date} (ISO date), {@code killed}, {@code injured} (integers) and {@code names} (full names joined
 * with {@code |}) switch on the window, casualty and name metrics. Documents keep the file's order.
 *
 * @param docs    documents by id
 * @param columns the header's column names
 */
public record GoldStandard(Map<String, GoldDoc> docs, Set<String> columns) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** Reads a gold file; a missing required column or a malformed cell is an {@link IllegalArgumentException}. */
    public static GoldStandard read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(in)) {
            Set<String> columns = Set.copyOf(parser.getHeaderNames());
            for (String required : List.of("id", "incident_id")) {
                if (!columns.contains(required)) {
                    throw new IllegalArgumentException(file + ": gold file has no '" + required + "' column");
                }
            }
            Map<String, GoldDoc> docs = new LinkedHashMap<>();
            for (CSVRecord row : parser) {
                docs.put(row.get("id"), new GoldDoc(row.get("id"), row.get("incident_id"),
                        date(row, columns), number(row, columns, "killed"), number(row, columns, "injured"),
                        names(row, columns)));
            }
            return new GoldStandard(docs, columns);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the file gives incident dates, so the publication-window metric can be computed. */
    public boolean hasDates() {
        return columns.contains("incident_date");
    }

    /** Whether the file gives killed and injured figures. */
    public boolean hasFigures() {
        return columns.contains("killed") && columns.contains("injured");
    }

    /** Whether the file gives participants' names. */
    public boolean hasNames() {
        return columns.contains("names");
    }

    /** Document id to incident id. */
    public Map<String, String> incidents() {
        Map<String, String> incidents = new LinkedHashMap<>();
        docs.values().forEach(doc -> incidents.put(doc.id(), doc.incidentId()));
        return incidents;
    }

    private static Optional<LocalDate> date(CSVRecord row, Set<String> columns) {
        String cell = columns.contains("incident_date") ? row.get("incident_date").strip() : "";
        return cell.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(cell));
    }

    private static OptionalInt number(CSVRecord row, Set<String> columns, String column) {
        String cell = columns.contains(column) ? row.get(column).strip() : "";
        return cell.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cell));
    }

    private static List<String> names(CSVRecord row, Set<String> columns) {
        String cell = columns.contains("names") ? row.get("names").strip() : "";
        return cell.isEmpty() ? List.of()
                : Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
