package news.crosscheck.compare;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The newsroom's preferred spellings of names and places, from a CSV of {@code variant,preferred} pairs
 * ({@code Lisichansk,Lysychansk}). Matching ignores letter case. A preferred spelling outranks the majority of
 * outlets, and an outlet's use of a listed variant is reported even when every outlet agrees.
 */
public final class HouseStyle {

    public static final HouseStyle NONE = new HouseStyle(Map.of());

    private final Map<String, String> preferredByVariant;

    public HouseStyle(Map<String, String> preferredByVariant) {
        Map<String, String> byKey = new TreeMap<>();
        preferredByVariant.forEach((variant, preferred) -> {
            byKey.put(key(variant), preferred);
            byKey.put(key(preferred), preferred);
        });
        this.preferredByVariant = Map.copyOf(byKey);
    }

    public static HouseStyle read(Path file) throws IOException {
        Map<String, String> pairs = new TreeMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                String variant = row.get("variant").strip();
                String preferred = row.get("preferred").strip();
                if (!variant.isEmpty() && !preferred.isEmpty()) {
                    pairs.put(variant, preferred);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("house style " + file + " needs a header 'variant,preferred': " + e.getMessage(), e);
        }
        return new HouseStyle(pairs);
    }

    /** The house spelling for a name or any of its listed variants. */
    public Optional<String> preferred(String spelling) {
        return Optional.ofNullable(preferredByVariant.get(key(spelling)));
    }

    public boolean isEmpty() {
        return preferredByVariant.isEmpty();
    }

    private static String key(String spelling) {
        return spelling.strip().toLowerCase(Locale.ROOT);
    }
}
