package news.crosscheck;

import news.crosscheck.batch.ExitCode;
import news.crosscheck.batch.JobCommand;
import news.crosscheck.batch.WorkerCommand;
import news.crosscheck.bench.BenchCommand;
import news.crosscheck.evaluate.EvaluateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import picocli.CommandLine;

/**
 * Runs crosscheck once and exits with the code {@link ExitCode} decides. The command line is read before Spring
 * starts ({@link JobCommand}): help, version and a wrong option answer at once and create nothing.
 */
@SpringBootApplication
public class CrosscheckApplication {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The job's command line with its sub-commands: {@code bench}, {@code evaluate}, {@code worker}, {@code help}. */
    static CommandLine commandLine() {
        return JobCommand.commandLine(CrosscheckApplication::runJob, new CommandLine.HelpCommand(),
                new BenchCommand(System.out),
                new EvaluateCommand(CrosscheckApplication::runJob, System.out, System.err),
                new WorkerCommand(CrosscheckApplication.class, System.out));
    }

    /**
     * Runs the job in this JVM with command-line style arguments ({@code --input=...}, {@code --spring.datasource
     * .url=...}) and returns its exit code; the other commands (evaluation, benchmark) run the real job through it.
     */
    public static int runJob(String... args) {
        JobCommand.Launch launch;
        try {
            launch = JobCommand.launch(args);
        } catch (IllegalArgumentException wrong) {
            System.err.println("crosscheck: " + wrong.getMessage());
            return ExitCode.USAGE.code;
        }
        try {
            SpringApplication application = new SpringApplication(CrosscheckApplication.class);
            application.setDefaultProperties(launch.springDefaults());
            return SpringApplication.exit(application.run(launch.springArgs()));
        } catch (RuntimeException startupFailure) {
            ExitCode exit = ExitCode.ofStartupFailure(startupFailure);
            System.err.println("crosscheck: " + exit.describe(startupFailure));
            return exit.code;
        }
    }
}
