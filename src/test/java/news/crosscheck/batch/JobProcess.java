package news.crosscheck.batch;

import news.crosscheck.CrosscheckApplication;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs crosscheck in a JVM of its own, as cron would, with its own H2 file (or the given database) and working
 * folder.
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
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0"), state, environment, jvmOptions, args);
    }

    /** Runs with {@code database}, the {@code --spring.datasource.*} options of the job repository. */
    static Result run(List<String> database, Path state, Map<String, String> environment, List<String> jvmOptions,
                      String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(database);
        command.add("--crosscheck.work-dir=" + state.resolve("work").toAbsolutePath());
        command.add("--logging.file.name=" + state.resolve("crosscheck.log").toAbsolutePath());
        command.addAll(List.of(args));
        return runIn(null, environment, jvmOptions, command.toArray(String[]::new));
    }

    /** Runs with exactly the arguments given, from {@code workingFolder} (or this one when null), as cron would. */
    static Result runIn(Path workingFolder, Map<String, String> environment, List<String> jvmOptions,
                        String... args) throws IOException, InterruptedException {
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
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("crosscheck did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
