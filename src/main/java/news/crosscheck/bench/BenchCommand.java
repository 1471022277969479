package news.crosscheck.bench;

import news.crosscheck.CrosscheckApplication;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code bench [--sizes=10000,30000,100000] [--seed=1] [--outlets=50] [--work=DIR] [--keep]}: for each size,
 * generates a corpus, times bare Lucene indexing of it with one and two threads, runs the whole job in this JVM
 * on a fresh job repository, and prints one row per size: articles per second per step, wall time, the ratio of the
 * job to bare indexing, peak heap, and recall and precision of the planted discrepancies. Sizes run one after
 * another, never at once, so each has the machine to itself. Exit code 0, or 2 for a wrong command line, or the
 * job's own code if a run fails.
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static int run(String[] args, PrintStream out) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("crosscheck bench: " + e.getMessage());
            System.err.println("usage: bench [--sizes=10000,30000,100000] [--seed=1] [--outlets=50] [--work=DIR] [--keep]");
            return 2;
        }
        out.printf("crosscheck bench: seed %d, %d outlets, %d cores, max heap %d MB, work folder %s%n",
                options.seed(), options.outlets(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, options.work().toAbsolutePath());
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

        String jdbcUrl = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";WRITE_DELAY=0";
        Path reports = dir.resolve("reports");
        Path log = dir.resolve("crosscheck.log");
        int exit;
        long peakUsed;
        long peakLive;
        long start = System.nanoTime();
        try (HeapSampler heap = new HeapSampler()) {
            start = System.nanoTime();
            exit = CrosscheckApplication.runJob("--input=" + corpus, "--output=" + reports,
                    "--run-date=" + generator.lastDay(), "--spring.datasource.url=" + jdbcUrl,
                    "--crosscheck.work-dir=" + dir.resolve("work"), "--logging.file.name=" + log);
            peakUsed = heap.peakUsedBytes();
            peakLive = heap.peakLiveBytes();
        }
        double wall = seconds(start);
        if (exit != 0) {
            return BenchResult.failed(size, exit, log);
        }
        Map<String, Duration> steps = StepTimes.read(jdbcUrl);
        Path database = dir.resolve("db.mv.db");
        long databaseBytes = Files.exists(database) ? Files.size(database) : 0;
        PlantedScore score = PlantedScore.of(answers, reports);
        out.printf("  job: %.1f s; %s; recall %.3f, precision %.3f%n", wall, steps, score.recall(),
                score.precision());
        if (!options.keep()) {
            deleteTree(dir);
        }
        return new BenchResult(size, summary.textChars(), bare[1], bare[2], wall, steps, peakUsed, peakLive,
                databaseBytes, score, 0, log);
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

    /** The command line of the benchmark. */
    record BenchOptions(List<Integer> sizes, long seed, int outlets, Path work, boolean keep) {

        static BenchOptions parse(String[] args) {
            List<Integer> sizes = List.of(10_000, 30_000, 100_000);
            long seed = 1;
            int outlets = 50;
            Path work = Path.of(System.getProperty("java.io.tmpdir"), "crosscheck-bench");
            boolean keep = false;
            for (String arg : args) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
                try {
                    if (arg.startsWith("--sizes=")) {
                        sizes = Arrays.stream(value.split(",")).map(String::strip).map(Integer::parseInt).toList();
                    } else if (arg.startsWith("--seed=")) {
                        seed = Long.parseLong(value);
                    } else if (arg.startsWith("--outlets=")) {
                        outlets = Integer.parseInt(value);
                    } else if (arg.startsWith("--work=")) {
                        work = Path.of(value);
                    } else if (arg.equals("--keep")) {
                        keep = true;
                    } else {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not a number in " + arg);
                }
            }
            if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 10)) {
                throw new IllegalArgumentException("sizes must be at least 10 articles");
            }
            return new BenchOptions(sizes, seed, outlets, work, keep);
        }
    }
}
