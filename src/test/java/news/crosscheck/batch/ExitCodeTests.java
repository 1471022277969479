package news.crosscheck.batch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExitCodeTests {

    @Test
    void aLockedJobRepositoryMeansAnotherRunIsBusy() {
        RuntimeException failure = new IllegalStateException("context failed",
                new RuntimeException("The file is locked: /srv/data/crosscheck.mv.db [2.4.240/7]"));
        assertThat(ExitCode.ofStartupFailure(failure)).isEqualTo(ExitCode.BUSY);
        assertThat(ExitCode.BUSY.describe(failure)).doesNotContain("\n").contains("another crosscheck run");
        assertThat(ExitCode.BUSY.code).isEqualTo(3);
    }

    @Test
    void anyOtherStartupFailureIsOneLine() {
        RuntimeException failure = new IllegalStateException("outer", new RuntimeException("disk\nfull"));
        assertThat(ExitCode.ofStartupFailure(failure)).isEqualTo(ExitCode.JOB_FAILED);
        assertThat(ExitCode.JOB_FAILED.describe(failure)).isEqualTo("could not start: disk full");
    }

    @Test
    void aSettingThatCannotWorkIsAWrongCommandLineInOneLine() {
        RuntimeException failure = new IllegalStateException("binding failed", new IllegalStateException("bind",
                new CrosscheckProperties.InvalidSettingException("crosscheck.window-days must be 0 or more, not -5")));
        assertThat(ExitCode.ofStartupFailure(failure)).isEqualTo(ExitCode.USAGE);
        assertThat(ExitCode.USAGE.describe(failure)).isEqualTo("crosscheck.window-days must be 0 or more, not -5");
    }
}
