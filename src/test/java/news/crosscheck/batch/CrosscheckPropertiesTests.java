package news.crosscheck.batch;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrosscheckPropertiesTests {

    @Test
    void theDefaultsAreTheOnesSpringBinds() {
        CrosscheckProperties defaults = CrosscheckProperties.defaults();
        assertThat(defaults.windowDays()).isEqualTo(3);
        assertThat(defaults.minSimilarity()).isEqualTo(0.22);
        assertThat(defaults.workDir()).isEqualTo("data");
    }

    @Test
    void resultSettingsLeaveOutWhatOnlyDecidesHowTheJobRuns() {
        assertThat(CrosscheckProperties.defaults().resultSettings()).containsKeys("window-days", "min-similarity",
                "max-rejected-share").doesNotContainKeys("work-dir", "chunk-size", "workers", "worker-timeout").hasSize(11);
    }

    @Test
    void aSettingIsReadByItsName() {
        assertThat(CrosscheckProperties.of(Map.of("window-days", "7")).windowDays()).isEqualTo(7);
        assertThatThrownBy(() -> CrosscheckProperties.of(Map.of("sure-text-similarity", "0")))
                .isInstanceOf(CrosscheckProperties.InvalidSettingException.class)
                .hasMessageContaining("crosscheck.sure-text-similarity");
    }

    @Test
    void workersAreLocalOrRemote() {
        assertThat(CrosscheckProperties.defaults().workers()).isEqualTo("local");
        assertThat(CrosscheckProperties.of(Map.of("workers", "remote")).workers()).isEqualTo("remote");
        assertThatThrownBy(() -> CrosscheckProperties.of(Map.of("workers", "cluster")))
                .isInstanceOf(CrosscheckProperties.InvalidSettingException.class)
                .hasMessage("crosscheck.workers must be local or remote, not 'cluster'");
    }

    @Test
    void everySettingHasADescriptionWithItsDefault() {
        assertThat(CrosscheckProperties.describe()).allSatisfy(setting ->
                assertThat(setting.description()).matches(".{10,}\\(default: .+\\)"));
    }
}
