package news.crosscheck.batch;

import news.crosscheck.report.Manifest;
import news.crosscheck.report.SafeCell;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditVerifierTests {

    @Nested
    class Summary {

        @Test
        void sumsUpInputsSettingsHistoryAndReportsInOneLine() {
            List<String> differences = List.of(
                    "input changed: wire/strike.txt (SHA-256 was ab, now cd)",
                    "input added: wire/late.txt",
                    "setting differs: window-days was 3, now 5 (pass --crosscheck.window-days=3 ...)",
                    "history changed: previous-night.csv (SHA-256 was ab, now cd)",
                    "discrepancies.csv: differs (1 lines only in the archive, 1 only in the rerun)",
                    "  - Da1,E1,CASUALTY_COUNT,CONFLICT,killed: people,20",
                    "  + Da1,E1,CASUALTY_COUNT,CONFLICT,killed: people,21",
                    "summary.csv: differs (1 lines only in the archive, 1 only in the rerun)");
            assertThat(AuditVerifier.summary(differences)).isEqualTo("2 inputs changed, missing or added; "
                    + "1 setting differs; the archived previous night changed or is missing; "
                    + "reports that differ: discrepancies.csv, summary.csv");
        }
    }

    @Nested
    class PreviousNight {

        @TempDir
        Path archive;

        private Manifest manifest(String previousNightSha256) {
            return new Manifest("2024-02-06", "test", Map.of(), Map.of(), Map.of(), Map.of(), List.of(), "",
                    "2024-02-05", "metro", previousNightSha256);
        }

        @Test
        void anUnchangedArchiveHasNoDifference() throws IOException {
            Path file = Files.writeString(archive.resolve(WriteReportsTasklet.PREVIOUS_NIGHT), "run_date\r\n");
            assertThat(AuditVerifier.previousNightDifferences(manifest(InputInventory.sha256(file)), archive))
                    .isEmpty();
        }

        @Test
        void anEditedOrMissingArchiveIsNamed() throws IOException {
            Path file = Files.writeString(archive.resolve(WriteReportsTasklet.PREVIOUS_NIGHT), "run_date\r\n");
            String sha = InputInventory.sha256(file);
            Files.writeString(file, "run_date\r\n2024-02-05\r\n");
            assertThat(AuditVerifier.previousNightDifferences(manifest(sha), archive)).singleElement().asString()
                    .startsWith("history changed: previous-night.csv");
            Files.delete(file);
            assertThat(AuditVerifier.previousNightDifferences(manifest(sha), archive)).singleElement().asString()
                    .startsWith("history missing");
        }

        @Test
        void anArchiveFromBeforeTheFileExistedIsNotADifference() throws IOException {
            assertThat(AuditVerifier.previousNightDifferences(manifest(null), archive)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "-Kherson", "@once", "'quoted", "-3", "plain", ""})
    void aCellReadBackIsTheValueWritten(String value) {
        assertThat(SafeCell.unguard(SafeCell.of(value))).isEqualTo(value);
    }
}
