package news.crosscheck.batch;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code crosscheck worker}: a JVM that runs partitions of runs started with {@code --crosscheck.workers=remote}
 * ({@link RemotePartitioning}) until it is stopped. It starts the application context without the job runner and
 * without the repository lock, which belongs to the one run that manages, and with a {@link PartitionWorker}; on
 * SIGTERM it takes no more requests, lets the partitions in hand finish, then closes the context.
 */
@Command(name = "worker", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
                "Runs the partitions of claim extraction and comparison for runs started with "
                        + "--crosscheck.workers=remote, on this machine or another: it connects to their PostgreSQL "
                        + "job repository, takes partition requests from it until stopped, and prints a line as each "
                        + "partition starts and ends. It never starts a run itself. Stopped (SIGTERM, systemctl stop), "
                        + "it finishes the partitions in hand first.",
                "",
                "  crosscheck worker --spring.datasource.url=jdbc:postgresql://HOST:5432/crosscheck "
                        + "--spring.datasource.username=crosscheck [--spring.datasource.password=SECRET]",
                "",
                "The datasource may come from SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                        + "SPRING_DATASOURCE_PASSWORD instead. The run's settings come from the run itself.",
                ""},
        optionListHeading = "Options (--name=VALUE):%n",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  stopped", "  1  could not start (no connection to the database...)",
                "  2  wrong command line, or no PostgreSQL datasource"})
public final class WorkerCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
            description = "this worker's folder, for its log crosscheck-worker.log (default: $" + DataFolder.ENVIRONMENT
                    + ", else data in the working folder)")
    String data;

    @Option(names = "--crosscheck.chunk-size", paramLabel = "N",
            description = "items per transaction in the partitions this worker runs; no effect on results "
                    + "(default: 50)")
    String chunkSize;

    @Unmatched
    List<String> passedOn = new ArrayList<>();

    @Spec
    CommandSpec spec;

    private final Class<?> application;
    private final PrintStream out;

    /** @param application the Spring Boot application class whose context the worker starts */
    public WorkerCommand(Class<?> application, PrintStream out) {
        this.application = application;
        this.out = out;
    }

    @Override
    public Integer call() throws InterruptedException {
        List<String> springArgs = new ArrayList<>(passedOn);
        try {
            JobCommand.checkPassedOn(passedOn);
            if (chunkSize != null) {
                CrosscheckProperties.of(Map.of("chunk-size", chunkSize));
                springArgs.add("--crosscheck.chunk-size=" + chunkSize);
            }
            String url = passedOn.stream().filter(arg -> arg.startsWith("--spring.datasource.url="))
                    .map(arg -> arg.substring("--spring.datasource.url=".length())).findFirst()
                    .orElse(System.getenv().getOrDefault("SPRING_DATASOURCE_URL", ""));
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new RunOptions.UsageException("a worker needs the PostgreSQL job repository of the runs it "
                        + "works for: --spring.datasource.url=jdbc:postgresql://HOST:5432/DATABASE (or "
                        + "SPRING_DATASOURCE_URL)" + (url.isEmpty() ? "" : ", not " + url));
            }
        } catch (RunOptions.UsageException | CrosscheckProperties.InvalidSettingException e) {
            spec.commandLine().getErr().println("crosscheck: " + e.getMessage());
            return ExitCode.USAGE.code;
        }
        // on the command line, so that no environment variable or properties file turns the worker into a run
        springArgs.addAll(List.of("--crosscheck.runner.enabled=false",
                "--crosscheck.workers=" + CrosscheckProperties.REMOTE, "--crosscheck.worker.enabled=true"));
        Path folder = DataFolder.resolve(data, System.getenv());
        SpringApplication spring = new SpringApplication(application);
        spring.setDefaultProperties(Map.of("logging.file.name", folder.resolve("crosscheck-worker.log").toString(),
                "crosscheck.work-dir", folder.toString()));
        spring.setRegisterShutdownHook(false);
        ConfigurableApplicationContext context;
        try {
            context = spring.run(springArgs.toArray(String[]::new));
        } catch (RuntimeException startupFailure) {
            ExitCode exit = ExitCode.ofStartupFailure(startupFailure);
            spec.commandLine().getErr().println("crosscheck: " + exit.describe(startupFailure));
            return exit.code;
        }
        PartitionWorker worker = context.getBean(PartitionWorker.class);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                worker.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            context.close();
            out.println("crosscheck worker: stopped");
            stopped.countDown();
        }, "crosscheck-worker-stop"));
        out.println("crosscheck worker: waiting for partitions of runs in "
                + context.getEnvironment().getProperty("spring.datasource.url") + " (stop with SIGTERM)");
        stopped.await();
        return ExitCode.OK.code;
    }
}
