package news.crosscheck.batch;

import news.crosscheck.report.Manifest;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A night delivered in every input format at once (see corpus/mixed-feeds/EXPECTED.md). */
@SpringBatchTest
@SpringBootTest(properties = {
        "crosscheck.runner.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:crosscheck-job-tests;DB_CLOSE_DELAY=-1",
        "crosscheck.work-dir=target/test-work",
        "crosscheck.max-rejected-share=0.9"})
class FeedsJobTests {

    private static final Path CORPUS = Path.of("src/test/resources/corpus/mixed-feeds");

    @Autowired
    private JobOperatorTestUtils jobs;

    @TempDir
    Path temp;

    @Test
    void everyItemOfEveryFormatIsAcceptedDuplicateOrRejectedAndTheCountsReconcile() throws Exception {
        Path out = JobFixture.run(jobs, CORPUS, temp.resolve("out"));

        Map<String, Long> counts = Manifest.read(out.resolve("manifest.json")).counts();
        assertThat(counts).containsEntry("read", 20L).containsEntry("accepted", 10L)
                .containsEntry("duplicate", 1L).containsEntry("rejected", 9L);

        Map<String, String> rejects = JobFixture.read(out.resolve("rejects.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("source"), r -> r.get("reason")));
        assertThat(rejects).hasSize(9)
                .containsEntry("coast-herald/feed.atom#tag:coast-herald.example,2024:gallery",
                        "Atom entry 3: empty body")
                .containsEntry("harbour-gazette/feed.rss#hg-weather",
                        "RSS item 4: no publication date (pubDate, dc:date, published or updated)")
                .containsEntry("meridian-wire/wire.json#urn:meridian:2024:ferry-photo",
                        "ninjs item 3: a picture item, not a text")
                .containsKeys("harbour-gazette/feed.rss#hg-fees", "meridian-wire/wire.json#urn:meridian:2024:ferry-old",
                        "meridian-wire/wire.json#urn:meridian:2024:no-date", "EXPECTED.md");
        assertThat(rejects.get("harbour-gazette/broken.rss")).startsWith("not well-formed XML (line 4");
        assertThat(rejects.get("meridian-wire/broken.json")).startsWith("not valid JSON (line 2");
        assertThat(rejects.values()).noneMatch(reason -> reason.contains("Exception") || reason.contains("\tat "));

        assertThat(JobFixture.read(out.resolve("duplicates.csv"))).extracting(r -> r.get("article_id"))
                .containsExactly("northern-ledger/2024-03-15-wire-copy.txt");
    }

    @Test
    void theFerryStoryIsOneEventWhateverFormatEachOutletUsed() throws Exception {
        Path out = JobFixture.run(jobs, CORPUS, temp.resolve("out"));

        List<CSVRecord> rows = JobFixture.read(out.resolve("events.csv"));
        Map<String, Set<String>> events = new TreeMap<>();
        for (CSVRecord row : rows) {
            events.computeIfAbsent(row.get("event_id"), e -> new TreeSet<>()).add(row.get("article_id"));
        }
        Collection<Set<String>> groups = events.values();
        assertThat(groups).anySatisfy(members -> assertThat(members).contains(
                "coast-herald/feed.atom#tag:coast-herald.example,2024:ferry-1",
                "harbour-gazette/feed.rss#hg-ferry-1",
                "meridian-wire/wire.json#urn:meridian:2024:ferry-halden@2",
                "valley-post/feed.csv#vp-ferry",
                "northern-ledger/2024-03-14-ferry.txt"));
        assertThat(rows).filteredOn(r -> r.get("article_id").equals("valley-post/feed.csv#vp-ferry"))
                .singleElement().satisfies(r -> assertThat(r.get("published")).isEqualTo("2024-03-14T20:30:00Z"));
    }
}
