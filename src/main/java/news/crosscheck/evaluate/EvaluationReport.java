package news.crosscheck.evaluate;

import news.crosscheck.evaluate.CasualtyScorer.Case;
import news.crosscheck.report.CsvReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes what an evaluation found: {@code evaluation.csv} (metric,value; whole values as integers, others with four
 * decimals), {@code worst-casualties.csv} (the casualty figures furthest from the gold, for reading),
 * {@code planted.csv} (each planted change, whether the job extracted it and whether it was reported),
 * {@code unjudged.csv} (the clean run's discrepancies no judgment covers, in the judged files' columns, to judge)
 * and {@code tolls.csv} (each toll disagreement of the figures file, whether the clean run found it), through the
 * same RFC 4180 writer as the job's reports; and the table printed at the end of the command.
 */
public final class EvaluationReport {

    /** Columns of {@code evaluation.csv}. */
    enum Metric { metric, value }

    /** Columns of {@code worst-casualties.csv}. */
    enum WorstCase { article_id, incident_id, slot, gold, value, low, high, sentence, evidence }

    /** Columns of {@code planted.csv}. */
    enum Planted { copy_id, original_id, kind, slot, before, after, extracted, reported }

    /** Columns of {@code unjudged.csv}: those of a judged file, to fill in and keep in {@code eval/judged/}. */
    enum Unjudged { key, kind, severity, label, cause, note, statements }

    /** Columns of {@code tolls.csv}. */
    enum Toll {
        incident_id, measure, type, article_a, published_a, figure_a, article_b, published_b, figure_b, same_event,
        found, discrepancy_id, severity
    }

    private EvaluationReport() {
    }

    /** Writes the files into the folder. */
    public static void write(Path folder, Evaluation.Result result) throws IOException {
        try (CsvReport csv = CsvReport.create(folder.resolve("evaluation.csv"), Metric.class)) {
            for (Map.Entry<String, Double> metric : result.metrics().entrySet()) {
                csv.row(metric.getKey(), format(metric.getValue()));
            }
            csv.commit();
        }
        try (CsvReport csv = CsvReport.create(folder.resolve("worst-casualties.csv"), WorstCase.class)) {
            for (Case c : result.worst()) {
                csv.row(c.docId(), c.incidentId(), c.slot().name(), c.gold(), c.claim().value(), c.claim().low(),
                        c.claim().high(), c.claim().sentence(), c.claim().evidence());
            }
            csv.commit();
        }
        try (CsvReport csv = CsvReport.create(folder.resolve("planted.csv"), Planted.class)) {
            for (PlantedScorer.Outcome o : result.planted()) {
                PlantedChange c = o.change();
                csv.row(c.copyId(), c.originalId(), c.kind().name(), c.slot().map(Enum::name).orElse(""), c.before(),
                        c.after(), o.extracted(), o.reported());
            }
            csv.commit();
        }
        try (CsvReport csv = CsvReport.create(folder.resolve("unjudged.csv"), Unjudged.class)) {
            for (ReportedDiscrepancy d : result.unjudged()) {
                csv.row(d.key(), d.kind(), d.severity(), "", "", "", d.quoted());
            }
            csv.commit();
        }
        writeTolls(folder.resolve("tolls.csv"), result.tolls());
    }

    /**
     * {@code tolls.csv}: each disagreement; for an internal conflict both sides are the article, {@code figure_a}
     * its columns' figure and {@code figure_b} the conflicting tolls ({@code 4|3}).
     */
    private static void writeTolls(Path file, List<TollScorer.Pair> pairs) throws IOException {
        try (CsvReport csv = CsvReport.create(file, Toll.class)) {
            for (TollScorer.Pair p : pairs) {
                String figureA = p.measure().flatMap(m -> p.a().figure(m)).map(Object::toString).orElse("");
                String figureB = p.internal() ? p.a().internalConflict()
                        : p.measure().flatMap(m -> p.b().figure(m)).map(Object::toString).orElse("");
                csv.row(p.a().incidentId(), p.measure().map(StatedToll.Measure::written).orElse(""),
                        p.type().name().toLowerCase(Locale.ROOT), p.a().id(), p.publishedA(),
                        figureA, p.b().id(), p.publishedB(), figureB, p.sameEvent(),
                        p.found(), p.discrepancy().map(ReportedDiscrepancy::id).orElse(""),
                        p.discrepancy().map(ReportedDiscrepancy::severity).orElse(""));
            }
            csv.commit();
        }
    }

    /** The metrics as an aligned two-column table. */
    public static String table(Map<String, Double> metrics) {
        int width = metrics.keySet().stream().mapToInt(String::length).max().orElse(6);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s  %s%n", "metric", "value"));
        metrics.forEach((name, value) ->
                table.append(String.format(Locale.ROOT, "%-" + width + "s  %s%n", name, format(value))));
        return table.toString();
    }

    /**
     * Whole numbers as such (counts, and a ratio of 0 or 1), others with four decimals, always with a dot: a count of
     * 1 written {@code 1.0000} reads as a ratio.
     */
    static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value)
                ? String.format(Locale.ROOT, "%d", (long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }
}
