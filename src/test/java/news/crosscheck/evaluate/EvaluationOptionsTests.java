package news.crosscheck.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationOptionsTests {

    @Test
    void judgedFoldersAreReadInTheOrderGiven() {
        EvaluationOptions options = EvaluationOptions.parse("--articles=a.csv", "--gold=g.csv", "--output=out",
                "--judged=shared/judged, eval/judged");
        assertThat(options.judged()).containsExactly(Path.of("shared/judged"), Path.of("eval/judged"));
    }

    @Test
    void theFiguresFileBesideTheGoldIsReadUnlessAnotherIsGiven(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("figures.csv"), "id\n");
        String gold = "--gold=" + corpus.resolve("gold.csv");
        assertThat(EvaluationOptions.parse("--articles=a.csv", gold, "--output=out").figures())
                .contains(corpus.resolve("figures.csv").toAbsolutePath());
        assertThat(EvaluationOptions.parse("--articles=a.csv", gold, "--output=out", "--figures=other.csv").figures())
                .contains(Path.of("other.csv"));
        assertThat(EvaluationOptions.parse("--articles=a.csv", "--gold=elsewhere/gold.csv", "--output=out")
                .figures()).isEmpty();
    }

    @Test
    void theCorpusIsNamedAfterTheFolderOfItsArticlesUnlessNamed() {
        assertThat(EvaluationOptions.parse("--articles=eval/ecbplus/articles.csv", "--gold=g.csv", "--output=out")
                .corpus()).isEqualTo("ecbplus");
        assertThat(EvaluationOptions.parse("--articles=eval/ecbplus/articles.csv", "--gold=g.csv", "--output=out",
                "--corpus=ecb-dev").corpus()).isEqualTo("ecb-dev");
    }

    @Test
    void withoutJudgedOnlyTheDefaultFoldersThatExistAreRead() {
        List<Path> judged = EvaluationOptions.parse("--articles=a.csv", "--gold=g.csv", "--output=out").judged();
        assertThat(EvaluationOptions.DEFAULT_JUDGED).containsAll(judged);
        assertThat(judged).allMatch(Files::isDirectory);
    }
}
