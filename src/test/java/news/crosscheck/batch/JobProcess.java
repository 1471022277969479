package news.crosscheck.batch;

import news.crosscheck.CrosscheckApplication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs crosscheck in a JVM of its own, as cron would, with its own H2 file (or the given database) and working
 * folder; or starts one (a worker, a job to kill) and leaves it running.
 */
final class JobProcess {

    record Result(int exitCode, String output) {
    }

    private JobProcess() {
    }

    /** Runs with its job repository, working files and log in {@code state}. */
    static Result run(Path state, Map<String, String> environment, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        return run(List.of("--spring.datasource.url=jdbc:h2:file:" + state.resolve("db").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;COMPRESS=TRUE"), state, environment, jvmOptions, args);
    }

    /** Runs with {@code database}, the {@code --spring.datasource.*} options of the job repository. */
    static Result run(List<String> database, Path state, Map<String, String> environment, List<String> jvmOptions,
                      String... args) throws IOException, InterruptedException {
        return runIn(null, environment, jvmOptions, jobArgs(database, state, args));
    }

    private static String[] jobArgs(List<String> database, Path state, String... args) {
        List<String> command = new ArrayList<>(database);
        command.add("--crosscheck.work-dir=" + state.resolve("work").toAbsolutePath());
        command.add("--logging.file.name=" + state.resolve("crosscheck.log").toAbsolutePath());
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }

    /** Runs with exactly the arguments given, from {@code workingFolder} (or this one when null), as cron would. */
    static Result runIn(Path workingFolder, Map<String, String> environment, List<String> jvmOptions,
                        String... args) throws IOException, InterruptedException {
        Process process = builder(workingFolder, environment, jvmOptions, args).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("crosscheck did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    /**
     * Starts {@code crosscheck worker} on {@code database}, logging into {@code state}, and leaves it running; the
     * caller stops it ({@link Running#close()}).
     */
    static Running startWorker(List<String> database, Path state, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("worker"));
        command.addAll(database);
        command.add("--logging.file.name=" + state.resolve("crosscheck-worker.log").toAbsolutePath());
        command.addAll(List.of(args));
        return start(state.resolve("worker-output.txt"), jvmOptions, command.toArray(String[]::new));
    }

    /** Starts the job on {@code database} as {@link #run(List, Path, Map, List, String...)} does, without waiting. */
    static Running startJob(List<String> database, Path state, String... args) throws IOException {
        return start(state.resolve("job-output.txt"), List.of(), jobArgs(database, state, args));
    }

    private static Running start(Path output, List<String> jvmOptions, String... args) throws IOException {
        return new Running(builder(null, Map.of(), jvmOptions, args), output);
    }

    /**
     * A crosscheck process still running. Its output goes to a file, not a pipe: the JDK drains and closes a pipe
     * when the process ends, and a thread still reading it then loses the last lines.
     */
    static final class Running implements AutoCloseable {

        private final Process process;
        private final Path output;

        private Running(ProcessBuilder builder, Path output) throws IOException {
            this.output = output;
            Files.createDirectories(output.getParent());
            this.process = builder.redirectOutput(output.toFile()).start();
        }

        String output() throws IOException {
            return Files.readString(output);
        }

        /** Waits until the output holds {@code text}, for at most two minutes. */
        void awaitOutput(String text) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!output().contains(text)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("no '" + text + "' in the output: " + output());
                }
                Thread.sleep(100);
            }
        }

        /** Waits for the process to end, for at most five minutes, and returns its exit code and whole output. */
        Result awaitExit() throws IOException, InterruptedException {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("crosscheck did not finish: " + output());
            }
            return new Result(process.exitValue(), output());
        }

        /** Sends SIGTERM, as {@code systemctl stop} does, and waits for the process to end. */
        Result stop() throws IOException, InterruptedException {
            process.destroy();
            return awaitExit();
        }

        /** Kills the process as {@code kill -9} does, if it still runs. */
        @Override
        public void close() throws InterruptedException {
            process.destroyForcibly().waitFor();
        }
    }

    private static ProcessBuilder builder(Path workingFolder, Map<String, String> environment,
                                          List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CrosscheckApplication.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (workingFolder != null) {
            builder.directory(workingFolder.toFile());
        }
        builder.environment().remove("CROSSCHECK_DATA");
        builder.environment().putAll(environment);
        return builder;
    }
}
