package news.crosscheck.bench;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTests {

    private static final CSVFormat HEADED = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @Test
    void sameSeedGivesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusGenerator(7, 500, 12, 3).write(a.resolve("feeds"), a.resolve("planted.csv"));
        new CorpusGenerator(7, 500, 12, 3).write(b.resolve("feeds"), b.resolve("planted.csv"));

        assertThat(contents(b)).isEqualTo(contents(a));
    }

    @Test
    void anotherSeedGivesAnotherCorpus(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusGenerator(7, 200, 12, 3).write(a.resolve("feeds"), a.resolve("planted.csv"));
        new CorpusGenerator(8, 200, 12, 3).write(b.resolve("feeds"), b.resolve("planted.csv"));

        assertThat(contents(b)).isNotEqualTo(contents(a));
    }

    @Test
    void writesTheRequestedNumberOfArticlesAndPlantsOnlyAmongThem(@TempDir Path dir) throws IOException {
        CorpusGenerator.Summary summary = new CorpusGenerator(3, 1000, 20, 4)
                .write(dir.resolve("feeds"), dir.resolve("planted.csv"));

        Set<String> ids = new HashSet<>();
        try (Stream<Path> feeds = Files.list(dir.resolve("feeds"))) {
            for (Path outlet : feeds.sorted().toList()) {
                for (CSVRecord row : rows(outlet.resolve("feed.csv"))) {
                    ids.add(outlet.getFileName() + "/feed.csv#" + row.get("id"));
                    assertThat(row.get("body")).isNotBlank();
                }
            }
        }
        List<CSVRecord> planted = rows(dir.resolve("planted.csv"));
        assertThat(ids).hasSize(1000);
        assertThat(summary.articles()).isEqualTo(1000);
        assertThat(planted).hasSize(summary.planted()).isNotEmpty();
        assertThat(planted).extracting(row -> row.get("kind")).contains("CASUALTY_COUNT", "NAME_SPELLING",
                "PLACE_SPELLING");
        for (CSVRecord row : planted) {
            assertThat(ids).containsAll(List.of(row.get("article_ids").split("\\|")));
            assertThat(row.get("values").split("\\|")).hasSize(2).doesNotHaveDuplicates();
        }
    }

    private static TreeMap<String, String> contents(Path root) throws IOException {
        TreeMap<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = HEADED.parse(in)) {
            return parser.getRecords();
        }
    }
}
