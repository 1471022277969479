package news.crosscheck;

import news.crosscheck.batch.ExitCode;
import news.crosscheck.bench.BenchCommand;
import news.crosscheck.evaluate.EvaluateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.Arrays;

/** Runs crosscheck once and exits with the code {@link ExitCode} decides. */
@SpringBootApplication
public class CrosscheckApplication {

    public static void main(String[] args) {
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (args.length > 0 && args[0].equals("evaluate")) {
            System.exit(EvaluateCommand.execute(rest));
        }
        if (args.length > 0 && args[0].equals("bench")) {
            System.exit(BenchCommand.run(rest, System.out));
        }
        System.exit(runJob(args));
    }

    /**
     * Runs the job in this JVM with command-line style arguments ({@code --input=...}, {@code --spring.datasource
     * .url=...}) and returns its exit code; the other commands (evaluation, benchmark) run the real job through it.
     */
    public static int runJob(String... args) {
        try {
            return SpringApplication.exit(SpringApplication.run(CrosscheckApplication.class, args));
        } catch (RuntimeException startupFailure) {
            ExitCode exit = ExitCode.ofStartupFailure(startupFailure);
            System.err.println("crosscheck: " + exit.describe(startupFailure));
            return exit.code;
        }
    }
}
