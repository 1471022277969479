package news.crosscheck.evaluate;

import news.crosscheck.evaluate.GoldDoc.Slot;

import java.io.IOException;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs the job on a corpus and scores it against the gold: once on the articles as they are (grouping, casualty
 * figures, names), and, when the gold gives names or figures and copies are asked for, once more on the articles
 * plus perturbed copies (planted discrepancies). Each run gets a fresh in-memory job repository and its own work
 * folder under {@code <output>/runs/}, so runs never meet each other or the nightly {@code data/} folder.
 * <p>
 * Grouping is scored on every gold document, and (when the gold gives incident dates) on the documents published
 * 0 to {@code window-days-of-incident} days after their incident: the job never links articles further apart than
 * its own window, so later follow-ups are scored apart. The job always runs on the whole (sliced) corpus.
 * <p>
 * The clean run's discrepancies are also scored against the judgments of {@code --judged} ({@link JudgmentScorer}:
 * judged precision per kind, what nobody judged yet) and, when there is a figures file, against the toll
 * disagreements it records ({@link TollScorer}: recall of stated and implied ones).
 */
public final class Evaluation {

    /** Runs the job with command-line arguments and returns its exit code. */
    @FunctionalInterface
    public interface Job {
        int run(String... args);
    }

    /** Thrown when a job run fails; carries its exit code. */
    public static final class JobFailedException extends RuntimeException {
        public final int exitCode;

        JobFailedException(String run, int exitCode) {
            super("the job failed on the " + run + " corpus with exit code " + exitCode);
            this.exitCode = exitCode;
        }
    }

    /**
     * What the evaluation found.
     *
     * @param metrics metric name to value, in the order printed
     * @param worst   the casualty cases furthest from the gold
     * @param planted what became of each planted change
     * @param unjudged the clean run's discrepancies no judgment covers
     * @param tolls    the toll disagreements of the figures file and what the clean run made of them
     */
    public record Result(Map<String, Double> metrics, List<CasualtyScorer.Case> worst,
                         List<PlantedScorer.Outcome> planted, List<ReportedDiscrepancy> unjudged,
                         List<TollScorer.Pair> tolls) {
    }

    private final Job job;

    public Evaluation(Job job) {
        this.job = job;
    }

    /** Runs and scores; throws {@link JobFailedException} if a job run fails. */
    public Result run(EvaluationOptions options) throws IOException {
        GoldStandard gold = GoldStandard.read(options.gold());
        List<ArticleRow> rows = slice(ArticleTable.read(options.articles()), gold, options.slice());
        Map<String, ArticleRow> texts = rows.stream().collect(Collectors.toMap(ArticleRow::id, r -> r, (a, b) -> a));
        List<GoldDoc> docs = gold.docs().values().stream().filter(d -> texts.containsKey(d.id())).toList();
        if (docs.isEmpty()) {
            throw new IllegalArgumentException("no article of " + options.articles() + " has a row in "
                    + options.gold());
        }
        JudgmentPool judgments = JudgmentPool.read(options.judged());
        List<StatedToll> stated = options.figures().isPresent() ? StatedToll.read(options.figures().get()) : List.of();
        Map<String, Double> metrics = new LinkedHashMap<>();
        JobReports clean = runJob(options, "clean", rows);
        metrics.put("documents", (double) docs.size());
        metrics.put("incidents", (double) docs.stream().map(GoldDoc::incidentId).distinct().count());
        scoreGrouping(metrics, "grouping", clean, gold, docs.stream().map(GoldDoc::id).toList());
        if (gold.hasDates()) {
            List<String> window = docs.stream().filter(d -> inWindow(d, texts.get(d.id()), options)).map(GoldDoc::id)
                    .toList();
            scoreGrouping(metrics, "grouping.window", clean, gold, window);
        }
        List<CasualtyScorer.Case> worst = List.of();
        if (gold.hasFigures()) {
            CasualtyScorer.Result casualties = new CasualtyScorer().score(docs, clean);
            metrics.put("casualty.documents", (double) casualties.documents());
            metrics.put("casualty.figures", (double) casualties.cases().size());
            metrics.put("casualty.accuracy", casualties.accuracy(Optional.empty()));
            metrics.put("casualty.killed.accuracy", casualties.accuracy(Optional.of(Slot.KILLED)));
            metrics.put("casualty.injured.accuracy", casualties.accuracy(Optional.of(Slot.INJURED)));
            metrics.put("casualty.no_figure_share", casualties.noFigureShare());
            worst = casualties.worst(20);
        }
        if (gold.hasNames()) {
            NameScorer.Result names = new NameScorer().score(docs, texts, clean);
            metrics.put("names.mentioned", (double) names.mentioned());
            metrics.put("names.recall", names.recall());
        }
        JudgmentScorer.Result judged = new JudgmentScorer().score(clean.reported(), judgments, texts.keySet());
        metrics.putAll(judged.metrics());
        List<TollScorer.Pair> tolls = List.of();
        if (options.figures().isPresent()) {
            Map<String, LocalDate> published = stated.stream().map(StatedToll::id)
                    .filter(texts::containsKey).distinct()
                    .collect(Collectors.toMap(id -> id, id -> texts.get(id).day()));
            TollScorer.Result toll = new TollScorer().score(stated, published, clean);
            metrics.putAll(toll.metrics());
            tolls = toll.pairs();
        }
        List<PlantedScorer.Outcome> planted = List.of();
        if ((gold.hasNames() || gold.hasFigures()) && options.perturbCount() > 0) {
            planted = scorePlanted(metrics, options, rows, gold);
        }
        return new Result(metrics, worst, planted, judged.unjudged(), tolls);
    }

    private List<PlantedScorer.Outcome> scorePlanted(Map<String, Double> metrics, EvaluationOptions options, List<ArticleRow> rows,
                              GoldStandard gold) throws IOException {
        Perturber.Perturbation perturbation = new Perturber(options.perturbSeed(), options.perturbCount())
                .perturb(rows, gold.docs());
        List<ArticleRow> all = new ArrayList<>(rows);
        all.addAll(perturbation.copies());
        JobReports perturbed = runJob(options, "perturbed", all);
        PlantedScorer.Result planted = new PlantedScorer().score(perturbation.changes(), perturbed);
        for (PlantedChange.Kind kind : PlantedChange.Kind.values()) {
            metrics.put("planted." + kind.name().toLowerCase(Locale.ROOT),
                    (double) perturbation.changes().stream().filter(c -> c.kind() == kind).count());
        }
        metrics.put("planted.found", (double) planted.found());
        metrics.put("planted.recall", planted.recall());
        metrics.put("planted.precision", planted.precision());
        metrics.put("planted.hedged_false_conflicts", (double) planted.falseConflicts());
        metrics.put("planted.extracted", (double) planted.extracted());
        metrics.put("planted.recall_when_extracted", planted.recallWhenExtracted());
        metrics.put("planted.echoed_discrepancies", (double) planted.echoes());
        return planted.outcomes();
    }

    private static void scoreGrouping(Map<String, Double> metrics, String prefix, JobReports reports,
                                      GoldStandard gold, List<String> docs) {
        ClusterScorer scorer = new ClusterScorer(reports.events(), gold.incidents(), docs);
        Score b3 = scorer.bCubed();
        Score pairwise = scorer.pairwise();
        metrics.put(prefix + ".documents", (double) scorer.size());
        metrics.put(prefix + ".events", (double) scorer.predictedClusters());
        metrics.put(prefix + ".incidents", (double) scorer.goldClusters());
        metrics.put(prefix + ".b3.precision", b3.precision());
        metrics.put(prefix + ".b3.recall", b3.recall());
        metrics.put(prefix + ".b3.f1", b3.f1());
        metrics.put(prefix + ".pairwise.precision", pairwise.precision());
        metrics.put(prefix + ".pairwise.recall", pairwise.recall());
        metrics.put(prefix + ".pairwise.f1", pairwise.f1());
    }

    private static boolean inWindow(GoldDoc doc, ArticleRow article, EvaluationOptions options) {
        if (doc.incidentDate().isEmpty()) {
            return false;
        }
        long days = article.day().toEpochDay() - doc.incidentDate().get().toEpochDay();
        return days >= 0 && days <= options.windowDaysOfIncident();
    }

    /** The articles of {@code n} incidents, chosen by a fixed hash of their ids so any seed gives the same slice. */
    static List<ArticleRow> slice(List<ArticleRow> rows, GoldStandard gold, int n) {
        if (n == 0) {
            return rows;
        }
        Set<String> chosen = gold.docs().values().stream().map(GoldDoc::incidentId).distinct()
                .sorted(Comparator.comparingLong((String id) -> Integer.toUnsignedLong(id.hashCode()))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(n).collect(Collectors.toSet());
        return rows.stream().filter(r -> gold.docs().containsKey(r.id())
                && chosen.contains(gold.docs().get(r.id()).incidentId())).toList();
    }

    private JobReports runJob(EvaluationOptions options, String name, List<ArticleRow> rows) throws IOException {
        Path run = options.output().resolve("runs").resolve(name).toAbsolutePath();
        Path input = run.resolve("input");
        ArticleTable.write(input.resolve("articles.csv"), rows);
        List<String> args = new ArrayList<>(List.of("--input=" + input, "--output=" + run.resolve("reports"),
                "--spring.datasource.url=jdbc:h2:mem:evaluate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--crosscheck.work-dir=" + run.resolve("work"),
                "--logging.file.name=" + run.resolve("crosscheck.log")));
        args.addAll(options.jobArgs());
        int exit = job.run(args.toArray(String[]::new));
        if (exit != 0) {
            throw new JobFailedException(name, exit);
        }
        return JobReports.read(run.resolve("reports"));
    }
}
