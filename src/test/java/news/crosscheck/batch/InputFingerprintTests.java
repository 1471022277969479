package news.crosscheck.batch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A run's input is identified by what its files hold, not by when they were written. */
class InputFingerprintTests {

    @TempDir
    Path temp;

    private Path night;

    @BeforeEach
    void writeANight() throws IOException {
        night = Files.createDirectories(temp.resolve("night"));
        Files.writeString(Files.createDirectories(night.resolve("ledger")).resolve("strike.txt"),
                "Outlet: Ledger\nPublished: 2024-02-05\n\nFour people were hurt when a crane fell.");
        Files.writeString(night.resolve("wire.csv"), "id,outlet,published,title,body\n1,Wire,2024-02-05,Crane,"
                + "A crane fell on Friday.\n");
    }

    @Test
    void aCopyThatDoesNotKeepModificationTimesIsTheSameInput() throws IOException {
        String before = CrosscheckRunner.fingerprint(night);
        for (Path file : new Path[]{night.resolve("ledger/strike.txt"), night.resolve("wire.csv")}) {
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        }
        assertThat(CrosscheckRunner.fingerprint(night)).isEqualTo(before);
    }

    @Test
    void changedContentOfTheSameSizeIsAnotherInput() throws IOException {
        String before = CrosscheckRunner.fingerprint(night);
        Path file = night.resolve("ledger/strike.txt");
        Files.writeString(file, Files.readString(file).replace("Four", "Five"));
        assertThat(CrosscheckRunner.fingerprint(night)).isNotEqualTo(before);
    }

    @Test
    void aRenamedFileIsAnotherInput() throws IOException {
        String before = CrosscheckRunner.fingerprint(night);
        Files.move(night.resolve("wire.csv"), night.resolve("wire-2.csv"));
        assertThat(CrosscheckRunner.fingerprint(night)).isNotEqualTo(before);
    }
}
