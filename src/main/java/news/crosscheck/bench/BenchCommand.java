package news.crosscheck.bench;

import news.crosscheck.CrosscheckApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code bench [--sizes=10000,30000,100000] [--seed=1] [--outlets=50] [--work=DIR] [--keep]}: for each size,
 * generates a corpus, times bare Lucene indexing of it with one and two threads, runs the whole job in this JVM
 * on a fresh job repository, and prints one row per size: articles per second per step, wall time, the ratio of the
 * job to bare indexing, peak heap, and recall and precision of the planted discrepancies. Sizes run one after
 * another, never at once, so each has the machine to itself. Exit code 0, or 2 for a wrong command line, or the
 * job's own code if a run fails.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Generates synthetic feeds with planted discrepancies, times bare Lucene indexing and the whole "
                + "job on each size, and prints speed, heap and recall/precision tables.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", paramLabel = "N[,N...]", hideParamSyntax = true, split = ",",
            defaultValue = "10000,30000,100000",
            description = "corpus sizes in articles, run one after another (default: ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed of the generated corpus (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--outlets", paramLabel = "N", defaultValue = "50",
            description = "outlets in the generated corpus (default: ${DEFAULT-VALUE})")
    int outlets;

    @Option(names = "--work", paramLabel = "DIR",
            description = "where corpora, job repositories and reports go (default: crosscheck-bench in the temp "
                    + "folder)")
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "crosscheck-bench");

    @Option(names = "--keep", description = "keep each size's folder instead of deleting it")
    boolean keep;

    private final PrintStream out;

    public BenchCommand(PrintStream out) {
        this.out = out;
    }

    /** Runs the benchmark the arguments (without the leading {@code bench}) describe; returns the exit code. */
    public static int run(String[] args, PrintStream out) {
        return new CommandLine(new BenchCommand(out)).execute(args);
    }

    @Override
    public Integer call() {
        if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 10)) {
            System.err.println("crosscheck bench: sizes must be at least 10 articles");
            return 2;
        }
        BenchOptions options = new BenchOptions(List.copyOf(sizes), seed, outlets, work, keep);
        out.printf("crosscheck bench: seed %d, %d outlets, %d cores, max heap %d MB, work folder %s%n",
                options.seed(), options.outlets(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, options.work().toAbsolutePath());
        out.println("JVM options: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        List<BenchResult> results = new ArrayList<>();
        try {
            for (int size : options.sizes()) {
                BenchResult result = measure(options, size, out);
                if (result.exitCode() != 0) {
                    out.println("crosscheck bench: the job failed at " + size + " articles with exit code "
                            + result.exitCode() + "; see " + result.log());
                    return result.exitCode();
                }
                results.add(result);
            }
        } catch (Exception e) {
            System.err.println("crosscheck bench: " + e);
            return 1;
        }
        out.println();
        out.print(BenchResult.table(results));
        return 0;
    }

    private static BenchResult measure(BenchOptions options, int size, PrintStream out) throws Exception {
        Path dir = options.work().resolve("n" + size);
        deleteTree(dir);
        Path corpus = dir.resolve("corpus");
        CorpusGenerator generator = new CorpusGenerator(options.seed(), size, options.outlets(),
                CorpusGenerator.defaultDays(size));
        long t0 = System.nanoTime();
        Path answers = dir.resolve("planted.csv");
        CorpusGenerator.Summary summary = generator.write(corpus, answers);
        out.printf("%,d articles: generated in %.1f s (%d MB of text, %d planted discrepancies)%n", size,
                seconds(t0), summary.textChars() >> 20, summary.planted());

        double[] bare = new double[3];
        for (int threads = 1; threads <= 2; threads++) {
            Path index = dir.resolve("bare-index-" + threads);
            long start = System.nanoTime();
            BareIndexer.index(corpus, index, threads);
            bare[threads] = seconds(start);
            deleteTree(index);
            out.printf("  bare Lucene indexing, %d thread(s): %.1f s%n", threads, bare[threads]);
        }

        String jdbcUrl = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0;COMPRESS=TRUE";
        Path reports = dir.resolve("reports");
        Path log = dir.resolve("crosscheck.log");
        int exit;
        long peakUsed;
        long peakLive;
        long peakDatabase;
        Path database = dir.resolve("db.mv.db");
        long start = System.nanoTime();
        long compiling = compilationMillis();
        try (ResourceSampler heap = new ResourceSampler(database)) {
            start = System.nanoTime();
            exit = CrosscheckApplication.runJob("--input=" + corpus, "--output=" + reports,
                    "--run-date=" + generator.lastDay(), "--spring.datasource.url=" + jdbcUrl,
                    "--crosscheck.work-dir=" + dir.resolve("work"), "--logging.file.name=" + log);
            peakUsed = heap.peakUsedBytes();
            peakLive = heap.peakLiveBytes();
            peakDatabase = heap.peakFileBytes();
        }
        double wall = seconds(start);
        compiling = compilationMillis() - compiling;
        if (exit != 0) {
            return BenchResult.failed(size, exit, log);
        }
        Map<String, Duration> steps = StepTimes.read(jdbcUrl);
        long databaseBytes = Files.exists(database) ? Files.size(database) : 0;
        PlantedScore score = PlantedScore.of(answers, reports);
        out.printf("  job: %.1f s (JIT compiler threads %.1f s); %s; recall %.3f, precision %.3f%n", wall,
                compiling / 1e3, steps, score.recall(), score.precision());
        if (!options.keep()) {
            deleteTree(dir);
        }
        return new BenchResult(size, summary.textChars(), bare[1], bare[2], wall, steps, peakUsed, peakLive,
                databaseBytes, Math.max(peakDatabase, databaseBytes), score, 0, log);
    }

    /**
     * The JIT compiler's time so far, in milliseconds, or 0 where the JVM does not say: at 100,000 articles it took a
     * quarter of the job's CPU (README, Benchmark), time the cores did not spend on the job.
     */
    private static long compilationMillis() {
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        return compiler != null && compiler.isCompilationTimeMonitoringSupported()
                ? compiler.getTotalCompilationTime() : 0;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** What one benchmark run measures. */
    record BenchOptions(List<Integer> sizes, long seed, int outlets, Path work, boolean keep) {
    }
}
