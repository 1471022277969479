package news.crosscheck.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recall and precision of the job's discrepancies against the planted ones. A reported discrepancy matches a
 * planted one when it is of the same kind, all its articles belong to the planted incident, and its values include
 * every planted value (figures compared by their lower bound, read from claims.csv; names case-insensitively).
 * Recall: planted discrepancies matched by at least one reported one. Precision: reported discrepancies that match
 * a planted one. Severity is not compared: whether a lower copy is a conflict or an update depends on times the
 * generator draws at random.
 */
record PlantedScore(int planted, int found, int plantedMatched, int foundMatched) {

    private static final CSVFormat HEADED = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    double recall() {
        return planted == 0 ? 1 : (double) plantedMatched / planted;
    }

    double precision() {
        return found == 0 ? 1 : (double) foundMatched / found;
    }

    static PlantedScore of(Path plantedCsv, Path reports) throws IOException {
        List<Reported> reported = reported(reports.resolve("discrepancies.csv"), reports.resolve("claims.csv"));
        List<PlantedDiscrepancy> planted = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(plantedCsv, StandardCharsets.UTF_8);
             CSVParser csv = HEADED.parse(in)) {
            for (CSVRecord row : csv) {
                planted.add(new PlantedDiscrepancy(row.get("kind"), row.get("subject"),
                        List.of(row.get("values").split("\\|")), List.of(row.get("article_ids").split("\\|"))));
            }
        }
        // A reported discrepancy can match only when all its articles are the planted incident's, its first one
        // included: looking reported ones up by kind and first article spares comparing every pair.
        Map<String, List<Reported>> byFirstArticle = new HashMap<>();
        for (Reported r : reported) {
            byFirstArticle.computeIfAbsent(r.kind() + "\n" + Collections.min(r.articles()), k -> new ArrayList<>())
                    .add(r);
        }
        int plantedMatched = 0;
        Set<Reported> matched = new HashSet<>();
        for (PlantedDiscrepancy p : planted) {
            boolean hit = false;
            for (String article : p.articleIds()) {
                for (Reported r : byFirstArticle.getOrDefault(p.kind() + "\n" + article, List.of())) {
                    if (r.matches(p)) {
                        matched.add(r);
                        hit = true;
                    }
                }
            }
            plantedMatched += hit ? 1 : 0;
        }
        return new PlantedScore(planted.size(), reported.size(), plantedMatched, matched.size());
    }

    private static List<Reported> reported(Path discrepancies, Path claims) throws IOException {
        Map<String, Reported> byId = new LinkedHashMap<>();
        Map<String, List<String>> claimOf = new HashMap<>();
        try (Reader in = Files.newBufferedReader(discrepancies, StandardCharsets.UTF_8);
             CSVParser csv = HEADED.parse(in)) {
            for (CSVRecord row : csv) {
                Reported r = byId.computeIfAbsent(row.get("discrepancy_id"),
                        id -> new Reported(row.get("kind"), new HashSet<>(), new HashSet<>()));
                r.articles.add(row.get("article_id"));
                if (r.kind.equals("CASUALTY_COUNT")) {
                    claimOf.computeIfAbsent(row.get("claim_id"), c -> new ArrayList<>()).add(row.get("discrepancy_id"));
                } else {
                    r.values.add(row.get("value").toLowerCase(Locale.ROOT));
                }
            }
        }
        // Only the claims that take part in a discrepancy are kept, so a large claims.csv is streamed, not held.
        try (Reader in = Files.newBufferedReader(claims, StandardCharsets.UTF_8); CSVParser csv = HEADED.parse(in)) {
            for (CSVRecord row : csv) {
                List<String> ids = claimOf.get(row.get("claim_id"));
                if (ids != null) {
                    ids.forEach(id -> byId.get(id).values.add(row.get("low")));
                }
            }
        }
        return List.copyOf(byId.values());
    }

    private record Reported(String kind, Set<String> articles, Set<String> values) {

        boolean matches(PlantedDiscrepancy p) {
            if (!kind.equals(p.kind()) || !p.articleIds().containsAll(articles)) {
                return false;
            }
            for (String value : p.values()) {
                if (!values.contains(value.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        }
    }
}
