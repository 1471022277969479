package news.crosscheck.batch;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTests {

    private static final LocalDateTime START = LocalDateTime.of(2024, 2, 3, 22, 0);

    @Test
    void aStepEndsWithItsTimeAndWhatItRead() {
        assertThat(Progress.line("done", START, START.plusSeconds(45).plusNanos(300_000_000), 12_345))
                .isEqualTo(" done in 45.3 s (12,345 read)");
    }

    @Test
    void aTaskletStepReadsNothingToCount() {
        assertThat(Progress.line("failed", START, START.plusSeconds(2), 0)).isEqualTo(" failed in 2.0 s");
    }

    @Test
    void onlyTheJobsOwnStepsSpeak() {
        assertThat(Progress.isJobStep("groupEventsStep")).isTrue();
        assertThat(Progress.isJobStep("extractClaimsWorkerStep:partition0")).isFalse();
    }
}
