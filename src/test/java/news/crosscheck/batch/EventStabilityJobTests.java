package news.crosscheck.batch;

import news.crosscheck.article.Article;
import news.crosscheck.article.InputFolder;
import news.crosscheck.article.Ingested;
import news.crosscheck.bench.CorpusGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A night's events do not depend on what else is read in the same run: articles from another decade, republished
 * copies of its own articles, or how many other stories the night has.
 */
@SpringBatchTest
@SpringBootTest(properties = {
        "crosscheck.runner.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:crosscheck-event-stability-tests;DB_CLOSE_DELAY=-1",
        "crosscheck.work-dir=target/test-work"})
class EventStabilityJobTests {

    private static final Path SAMPLE = Path.of("input");
    /** The first day the benchmark's generator writes (CorpusGenerator.FIRST_DAY). */
    private static final LocalDate GENERATED_FIRST_DAY = LocalDate.of(2026, 1, 5);
    private static final Path GVC_ARTICLES = Path.of("..", "shared", "eval", "gvc", "articles.csv");

    @Autowired
    private JobOperatorTestUtils jobs;

    @TempDir
    Path temp;

    @Test
    void articlesOfAnotherDecadeLeaveTheNightsEventsAsTheyWere() throws Exception {
        assumeTrue(Files.isRegularFile(GVC_ARTICLES), "the GVC corpus is beside the repository");
        Path input = temp.resolve("in");
        JobFixture.copyTree(SAMPLE, input);
        Files.createDirectories(input.resolve("archive"));
        Files.copy(GVC_ARTICLES, input.resolve("archive/gvc.csv"));

        Path alone = JobFixture.run(jobs, SAMPLE, temp.resolve("alone"));
        Path withArchive = JobFixture.run(jobs, input, temp.resolve("with-archive"));

        Set<String> night = articleIds(alone);
        assertThat(events(alone)).isEqualTo(JobFixture.SAMPLE_EVENTS);
        assertThat(eventsOf(withArchive, night)).isEqualTo(events(alone));
    }

    @Test
    void republishedCopiesJoinTheirOriginalsEventAndItsDiscrepanciesStay() throws Exception {
        Path input = temp.resolve("in");
        JobFixture.copyTree(SAMPLE, input);
        List<Article> originals = articles(SAMPLE);
        Map<String, String> originalOf = new TreeMap<>();
        for (int copy = 0; copy < Republisher.OUTLETS.size(); copy++) {
            for (Article article : originals) {
                String id = Republisher.write(input, article, copy);
                originalOf.put(id, article.id());
            }
        }

        Path plain = JobFixture.run(jobs, SAMPLE, temp.resolve("plain"));
        Path republished = JobFixture.run(jobs, input, temp.resolve("republished"));

        Set<Set<String>> expected = new HashSet<>();
        for (Set<String> event : JobFixture.SAMPLE_EVENTS) {
            Set<String> withCopies = new TreeSet<>(event);
            originalOf.forEach((copy, original) -> {
                if (event.contains(original)) {
                    withCopies.add(copy);
                }
            });
            expected.add(withCopies);
        }
        assertThat(events(republished)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(JobFixture.signatures(JobFixture.read(republished.resolve("discrepancies.csv"))))
                .containsAll(JobFixture.signatures(JobFixture.read(plain.resolve("discrepancies.csv"))));
    }

    @Test
    void aSmallNightGroupsAsItsArticlesDoInALargerNight() throws Exception {
        // Ten of the sample's articles: the bakery strike told five times (with its pair that shares least), the
        // Kherson strike three times, and two stories of their own.
        Set<String> ten = new TreeSet<>();
        for (Set<String> event : JobFixture.SAMPLE_EVENTS) {
            if (event.size() != 3 || event.stream().anyMatch(id -> id.contains("kherson"))) {
                ten.addAll(event);
            }
        }
        ten.remove("valley-post/feed.csv#vp-20240204-01");
        assertThat(ten).hasSize(10);
        Path small = temp.resolve("small");
        Path large = temp.resolve("large");
        JobFixture.copyTree(SAMPLE, large);
        JobFixture.copyTree(SAMPLE, small);
        try (Stream<Path> files = Files.walk(small)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String id = small.relativize(file).toString().replace('\\', '/');
                if (!id.endsWith(".csv") && !ten.contains(id)) {
                    Files.delete(file);
                }
            }
        }
        keepRows(small.resolve("valley-post/feed.csv"), ten);
        generatedStoriesOnTheSampleDays(large.resolve("generated"), 600);

        Path smallOut = JobFixture.run(jobs, small, temp.resolve("small-out"));
        Path largeOut = JobFixture.run(jobs, large, temp.resolve("large-out"));

        assertThat(articleIds(smallOut)).isEqualTo(ten);
        assertThat(events(smallOut)).isEqualTo(eventsOf(largeOut, ten))
                .isEqualTo(JobFixture.SAMPLE_EVENTS.stream().map(event -> event.stream().filter(ten::contains)
                        .collect(Collectors.toSet())).filter(event -> !event.isEmpty()).collect(Collectors.toSet()));
    }

    /** The events of a run as sets of article ids. */
    private static Set<Set<String>> events(Path out) throws Exception {
        return eventsOf(out, articleIds(out));
    }

    /** The events of a run that hold any of {@code ids}, cut down to those ids. */
    private static Set<Set<String>> eventsOf(Path out, Set<String> ids) throws Exception {
        Map<String, Set<String>> events = new TreeMap<>();
        for (CSVRecord row : JobFixture.read(out.resolve("events.csv"))) {
            events.computeIfAbsent(row.get("event_id"), e -> new TreeSet<>()).add(row.get("article_id"));
        }
        Set<Set<String>> cut = new HashSet<>();
        for (Set<String> event : events.values()) {
            Set<String> mine = event.stream().filter(ids::contains).collect(Collectors.toCollection(TreeSet::new));
            if (!mine.isEmpty()) {
                assertThat(mine).as("an event of the night holds no other article").isEqualTo(event);
                cut.add(mine);
            }
        }
        return cut;
    }

    private static Set<String> articleIds(Path out) throws Exception {
        return JobFixture.read(out.resolve("events.csv")).stream().map(row -> row.get("article_id"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Article> articles(Path folder) throws Exception {
        InputFolder input = new InputFolder(folder);
        List<Article> articles = new ArrayList<>();
        for (String file : input.list()) {
            Iterator<Ingested> read = input.read(file);
            while (read.hasNext()) {
                if (read.next() instanceof Ingested.Accepted accepted) {
                    articles.add(accepted.article());
                }
            }
            if (read instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
        return articles;
    }

    private static void keepRows(Path feed, Set<String> ids) throws Exception {
        List<CSVRecord> rows = JobFixture.read(feed);
        try (Writer writer = Files.newBufferedWriter(feed);
             CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader("id", "outlet", "published", "title", "body")
                     .get().print(writer)) {
            for (CSVRecord row : rows) {
                if (ids.contains("valley-post/feed.csv#" + row.get("id"))) {
                    printer.printRecord(row.get("id"), row.get("outlet"), row.get("published"), row.get("title"),
                            row.get("body"));
                }
            }
        }
    }

    /**
     * The benchmark's synthetic feeds (strikes, fires and blasts in invented towns, budgets, matches, weather...),
     * moved onto the sample's three days: a night with many more stories around the sample's.
     */
    private static void generatedStoriesOnTheSampleDays(Path folder, int articles) throws Exception {
        Path generated = folder.resolveSibling("generated-raw");
        new CorpusGenerator(7, articles, 12, 3).write(generated, folder.resolveSibling("planted.csv"));
        LocalDate first = LocalDate.of(2024, 2, 3);
        try (Stream<Path> feeds = Files.walk(generated)) {
            for (Path feed : feeds.filter(f -> f.toString().endsWith(".csv")).toList()) {
                List<CSVRecord> rows = JobFixture.read(feed);
                Path target = folder.resolve(generated.relativize(feed).toString());
                Files.createDirectories(target.getParent());
                try (Writer writer = Files.newBufferedWriter(target);
                     CSVPrinter printer = CSVFormat.RFC4180.builder()
                             .setHeader("id", "outlet", "published", "title", "body").get().print(writer)) {
                    for (CSVRecord row : rows) {
                        String published = row.get("published");
                        LocalDate day = LocalDate.parse(published.substring(0, 10));
                        long offset = Math.floorMod(ChronoUnit.DAYS.between(GENERATED_FIRST_DAY, day), 3);
                        printer.printRecord(row.get("id"), row.get("outlet"),
                                first.plusDays(offset) + published.substring(10), row.get("title"), row.get("body"));
                    }
                }
            }
        }
        Folders.deleteTree(generated);
    }
}
