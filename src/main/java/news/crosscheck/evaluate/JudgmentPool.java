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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The judgments read from folders of judged files ({@code *.csv}, columns
 * {@code key,kind,severity,label,cause,note,statements}; {@code key}, {@code severity}, {@code label} and
 * {@code cause} are read). When a key is judged more than once, the later judgment wins: a later folder over an
 * earlier one (so the project's own {@code eval/judged} after {@code ../shared/eval/judged}), and within a folder
 * the later file name (a later day of judging). A row with an empty label is not a judgment yet (a
 * {@code unjudged.csv} dropped in half filled) and is skipped.
 *
 * @param judgments judgment by key
 * @param files     the files read, in the order read
 */
public record JudgmentPool(Map<JudgmentKey, Judgment> judgments, List<Path> files) {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final List<String> REQUIRED = List.of("key", "severity", "label", "cause");

    /** No judgment at all. */
    public static JudgmentPool empty() {
        return new JudgmentPool(Map.of(), List.of());
    }

    /** Reads every {@code *.csv} of the folders; a missing folder is a {@link java.nio.file.NoSuchFileException}. */
    public static JudgmentPool read(List<Path> folders) throws IOException {
        Map<JudgmentKey, Judgment> judgments = new LinkedHashMap<>();
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> listed = Files.list(folder)) {
                files.addAll(listed.filter(f -> f.getFileName().toString().endsWith(".csv") && Files.isRegularFile(f))
                        .sorted().toList());
            }
        }
        for (Path file : files) {
            read(file).forEach(j -> judgments.put(j.key(), j));
        }
        return new JudgmentPool(judgments, List.copyOf(files));
    }

    /** The judgment of a key, if it has one. */
    public Optional<Judgment> get(JudgmentKey key) {
        return Optional.ofNullable(judgments.get(key));
    }

    public Collection<Judgment> all() {
        return judgments.values();
    }

    private static List<Judgment> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = FORMAT.parse(in)) {
            for (String column : REQUIRED) {
                if (!parser.getHeaderNames().contains(column)) {
                    throw new IllegalArgumentException(file + ": judged file has no '" + column + "' column");
                }
            }
            List<Judgment> judgments = new ArrayList<>();
            for (CSVRecord row : parser) {
                if (row.get("label").isBlank()) {
                    continue;
                }
                try {
                    judgments.add(new Judgment(JudgmentKey.parse(row.get("key")), row.get("severity"),
                            Judgment.Label.parse(row.get("label")), row.get("cause").strip(), file.toString()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + " line " + parser.getCurrentLineNumber() + ": "
                            + e.getMessage(), e);
                }
            }
            return judgments;
        }
    }
}
