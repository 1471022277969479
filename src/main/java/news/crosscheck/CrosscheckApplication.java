package news.crosscheck;

import news.crosscheck.batch.ExitCode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs crosscheck once and exits with the code {@link ExitCode} decides. */
@SpringBootApplication
public class CrosscheckApplication {

    public static void main(String[] args) {
        int code;
        try {
            code = SpringApplication.exit(SpringApplication.run(CrosscheckApplication.class, args));
        } catch (RuntimeException startupFailure) {
            ExitCode exit = ExitCode.ofStartupFailure(startupFailure);
            System.err.println("crosscheck: " + exit.describe(startupFailure));
            code = exit.code;
        }
        System.exit(code);
    }
}
