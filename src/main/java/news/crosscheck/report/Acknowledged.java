package news.crosscheck.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * The discrepancies a copy desk has acknowledged, by fingerprint, from a CSV with a {@code fingerprint} column
 * (other columns, such as a note, are the desk's own). Acknowledged discrepancies stay in the full report and
 * leave {@code summary.csv}.
 */
public final class Acknowledged {

    private Acknowledged() {
    }

    public static Set<String> read(Path file) throws IOException {
        Set<String> fingerprints = new TreeSet<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                String fingerprint = row.get("fingerprint").strip();
                if (!fingerprint.isEmpty()) {
                    fingerprints.add(fingerprint.startsWith("'") ? fingerprint.substring(1) : fingerprint);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("acknowledged list " + file + " needs a 'fingerprint' column: " + e.getMessage(), e);
        }
        return fingerprints;
    }
}
