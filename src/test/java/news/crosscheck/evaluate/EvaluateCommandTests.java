package news.crosscheck.evaluate;

import news.crosscheck.batch.JobCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateCommandTests {

    @Test
    void aJobSettingAfterEvaluateGoesToTheJob() {
        EvaluateCommand evaluate = new EvaluateCommand(args -> 0, System.out, System.err);
        CommandLine line = JobCommand.commandLine(args -> 0, evaluate);
        line.parseArgs("evaluate", "--articles=a.csv", "--gold=g.csv", "--output=out",
                "--crosscheck.min-similarity=0.3");
        assertThat(evaluate.jobArgs).containsExactly("--crosscheck.min-similarity=0.3");
    }
}
