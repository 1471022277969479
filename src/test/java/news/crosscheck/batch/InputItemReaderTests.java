package news.crosscheck.batch;

import news.crosscheck.article.Ingested;
import news.crosscheck.article.InputFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputItemReaderTests {

    @TempDir
    Path input;

    private List<String> files;

    @BeforeEach
    void writeInput() throws IOException {
        StringBuilder feed = new StringBuilder("id,outlet,published,title,body\n");
        for (int row = 1; row <= 600; row++) {
            feed.append(row).append(",Valley Post,2024-02-04,Storm ").append(row).append(",Rivers rose in town ")
                    .append(row).append(".\n");
        }
        Files.writeString(input.resolve("a.csv"), feed);
        Files.writeString(input.resolve("b.txt"), "Title: Flood\nPublished: 2024-02-05\n\nRivers rose.\n");
        Files.writeString(input.resolve("c.txt"), "");
        files = new InputFolder(input).list();
    }

    @Test
    void readsEveryOutcomeInOrderAndSavesWhereItIs() {
        InputItemReader reader = reader(new ExecutionContext());
        List<String> sources = readAll(reader);
        reader.close();
        assertThat(sources).hasSize(602).startsWith("a.csv#1", "a.csv#2").endsWith("a.csv#600", "b.txt", "c.txt");
        assertThat(reader.read()).isNull();
    }

    @Test
    void aRestartGoesOnAfterTheSavedOutcome() {
        InputItemReader first = reader(new ExecutionContext());
        for (int i = 0; i < 250; i++) {
            first.read();
        }
        ExecutionContext saved = new ExecutionContext();
        first.update(saved);
        first.close();

        InputItemReader restarted = reader(saved);
        List<String> rest = readAll(restarted);
        restarted.close();
        assertThat(rest).hasSize(352).startsWith("a.csv#251");

        ExecutionContext atTheText = new ExecutionContext();
        atTheText.putInt("input.file", 1);
        atTheText.putInt("input.item", 1);
        InputItemReader afterTheText = reader(atTheText);
        assertThat(readAll(afterTheText)).containsExactly("c.txt");
        afterTheText.close();
    }

    @Test
    void closingBeforeTheEndStopsTheReading() {
        InputItemReader reader = reader(new ExecutionContext());
        assertThat(reader.read().source()).isEqualTo("a.csv#1");
        reader.close();
        InputItemReader again = reader(new ExecutionContext());
        assertThat(readAll(again)).hasSize(602);
        again.close();
    }

    private InputItemReader reader(ExecutionContext context) {
        InputItemReader reader = new InputItemReader(new InputFolder(input), files);
        reader.open(context);
        return reader;
    }

    private static List<String> readAll(InputItemReader reader) {
        List<String> sources = new ArrayList<>();
        for (Ingested outcome = reader.read(); outcome != null; outcome = reader.read()) {
            sources.add(outcome.source());
        }
        return sources;
    }
}
