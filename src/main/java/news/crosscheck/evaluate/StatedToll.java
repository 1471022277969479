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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The toll one article states for its own incident, a row of a figures file ({@code figures.csv} beside the GVC
 * gold, rules in its {@code FIGURES.md}).
 *
 * @param id               the document
 * @param incidentId       its gold incident
 * @param killed           killed as stated; empty when the article gives no total
 * @param perpetrator      whether the killed count the one who fired
 * @param injured          injured as stated; empty when the article never mentions injuries
 * @param internalConflict the two whole tolls the article gives that cannot both hold ({@code 4|3}), or empty
 * @param note             the reader's note ({@code implied} marks a 0 killed that is not stated)
 */
public record StatedToll(String id, String incidentId, Optional<Figure> killed, Perpetrator perpetrator,
                         Optional<Figure> injured, String internalConflict, String note) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final List<String> REQUIRED = List.of("id", "incident_id", "killed_low", "killed_high",
            "killed_includes_perpetrator", "injured_low", "injured_high", "internal_conflict", "note");

    /** The two measures a toll states. */
    public enum Measure {
        KILLED, INJURED;

        /** As the discrepancy's subject starts ({@code killed}) and as the figures file's columns do. */
        public String written() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the dead include the one who fired ({@code n/a} when none died). */
    public enum Perpetrator {
        YES, NO, UNKNOWN, NOT_APPLICABLE;

        static Perpetrator parse(String written) {
            return switch (written.strip().toLowerCase(Locale.ROOT)) {
                case "yes" -> YES;
                case "no" -> NO;
                case "unknown" -> UNKNOWN;
                case "n/a", "" -> NOT_APPLICABLE;
                default -> throw new IllegalArgumentException("killed_includes_perpetrator is '" + written + "'");
            };
        }
    }

    /** A stated figure: {@code low} to {@code high}, {@code high} empty when unbounded ({@code at least 3}). */
    public record Figure(long low, Optional<Long> high) {

        public static Figure exactly(long n) {
            return new Figure(n, Optional.of(n));
        }

        public static Figure atLeast(long n) {
            return new Figure(n, Optional.empty());
        }

        /** Whether no number fits both. */
        public boolean disjoint(Figure other) {
            return high.map(h -> h < other.low).orElse(false) || other.high.map(h -> h < low).orElse(false);
        }

        public boolean contains(long n) {
            return n >= low && high.map(h -> n <= h).orElse(true);
        }

        public boolean isZero() {
            return low == 0 && high.equals(Optional.of(0L));
        }

        @Override
        public String toString() {
            return high.map(h -> h == low ? Long.toString(low) : low + "-" + h).orElse(low + "+");
        }
    }

    /** The figure of a measure. */
    public Optional<Figure> figure(Measure measure) {
        return measure == Measure.KILLED ? killed : injured;
    }

    /** Whether the figure of the measure is a 0 the article does not state but implies (everyone shot lives). */
    public boolean impliedZero(Measure measure) {
        return figure(measure).map(Figure::isZero).orElse(false) && note.toLowerCase(Locale.ROOT).contains("implied");
    }

    /** The values of {@code internal_conflict} ({@code 4|3}): empty when the article agrees with itself. */
    public List<Long> conflictingValues() {
        return internalConflict.isBlank() ? List.of() : Arrays.stream(internalConflict.split("\\|"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Long::parseLong).toList();
    }

    /**
     * The measure the internal conflict is about: the one whose stated figure is one of the conflicting values
     * (the columns hold the body's figure), killed first; empty when neither is.
     */
    public Optional<Measure> conflictMeasure() {
        return Arrays.stream(Measure.values())
                .filter(m -> figure(m).map(f -> conflictingValues().stream().anyMatch(f::contains)).orElse(false))
                .findFirst();
    }

    /** Reads a figures file, in file order. */
    public static List<StatedToll> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(in)) {
            for (String column : REQUIRED) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new IllegalArgumentException(file + ": figures file has no '" + column + "' column");
                }
            }
            List<StatedToll> tolls = new ArrayList<>();
            for (CSVRecord row : parser) {
                try {
                    tolls.add(new StatedToll(row.get("id"), row.get("incident_id"), figure(row, "killed"),
                            Perpetrator.parse(row.get("killed_includes_perpetrator")), figure(row, "injured"),
                            row.get("internal_conflict").strip(), row.get("note")));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + parser.getCurrentLineNumber() + ": "
                            + e.getMessage(), e);
                }
            }
            return tolls;
        }
    }

    private static Optional<Figure> figure(CSVRecord row, String measure) {
        String low = row.get(measure + "_low").strip();
        String high = row.get(measure + "_high").strip();
        if (low.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Figure(Long.parseLong(low), high.isEmpty() ? Optional.empty()
                : Optional.of(Long.parseLong(high))));
    }
}
