package news.crosscheck.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What one size of the benchmark measured, and the tables that print it. */
record BenchResult(int articles, long textChars, double bare1, double bare2, double jobSeconds,
                   Map<String, Duration> steps, long peakUsedBytes, long peakLiveBytes, long databaseBytes,
                   long peakDatabaseBytes, PlantedScore score, int exitCode, Path log) {

    /** The steps worth a column; listing the input and checking rejects take milliseconds. */
    private static final List<String> STEPS = List.of("ingestArticlesStep", "groupEventsStep", "extractClaimsStep",
            "compareClaimsStep", "writeReportsStep");
    private static final List<String> HEADINGS = List.of("ingest", "group", "extract", "compare", "report");

    static BenchResult failed(int articles, int exitCode, Path log) {
        return new BenchResult(articles, 0, 0, 0, 0, Map.of(), 0, 0, 0, 0, null, exitCode, log);
    }

    static String table(List<BenchResult> results) {
        StringBuilder t = new StringBuilder();
        t.append("| articles | text MB | bare 1t s | bare 2t s | job s | job / bare 2t | job s / first size's "
                + "(articles ×) | peak heap MB | heap after a collection MB | planted | recall | precision "
                + "| H2 file MB | H2 file at its largest MB (× text) |\n");
        t.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        BenchResult first = results.get(0);
        for (BenchResult r : results) {
            t.append(String.format(Locale.ROOT,
                    "| %,d | %d | %.1f | %.1f | %.1f | %.1f× | %.1f× (%.0f×) | %d | %d | %d | %.3f | %.3f | %,d | %,d (%.1f×) |%n",
                    r.articles, r.textChars >> 20, r.bare1, r.bare2, r.jobSeconds, r.jobSeconds / r.bare2,
                    r.jobSeconds / first.jobSeconds, (double) r.articles / first.articles,
                    r.peakUsedBytes >> 20, r.peakLiveBytes >> 20, r.score.planted(), r.score.recall(),
                    r.score.precision(), r.databaseBytes >> 20, r.peakDatabaseBytes >> 20,
                    r.textChars == 0 ? 0 : (double) r.peakDatabaseBytes / r.textChars));
        }
        t.append("\nSeconds per step (articles/s; × the bare 2-thread indexing of the same files):\n\n| articles |");
        HEADINGS.forEach(h -> t.append(' ').append(h).append(" |"));
        t.append("\n|---:|");
        HEADINGS.forEach(h -> t.append("---:|"));
        t.append('\n');
        for (BenchResult r : results) {
            t.append(String.format(Locale.ROOT, "| %,d |", r.articles));
            for (String step : STEPS) {
                Duration d = r.steps.getOrDefault(step, Duration.ZERO);
                double s = d.toMillis() / 1000.0;
                t.append(String.format(Locale.ROOT, " %.1f (%,.0f; %.1f×) |", s, s == 0 ? 0 : r.articles / s,
                        r.bare2 == 0 ? 0 : s / r.bare2));
            }
            t.append('\n');
        }
        return t.toString();
    }
}
