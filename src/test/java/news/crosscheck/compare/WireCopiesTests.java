package news.crosscheck.compare;

import news.crosscheck.article.Article;
import news.crosscheck.article.ArticleFactory;
import news.crosscheck.article.MalformedArticleException;
import news.crosscheck.claim.number.Interval;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import static news.crosscheck.compare.ClaimsFixture.killed;
import static org.assertj.core.api.Assertions.assertThat;

class WireCopiesTests {

    private static final String WIRE = "A missile struck a bakery in the town of Lysychansk on Saturday, killing 20 "
            + "people and wounding 15 others, the regional governor said. Rescuers worked through the night to "
            + "free survivors from the rubble of the two-storey building, and the search was called off at dawn.";

    private final WireCopies copies = new WireCopies();

    @Test
    void theSameWireStoryUnderThreeOutletsIsOneReportAndTwoCopies() {
        Map<String, String> copyOf = copies.copyOf(List.of(
                article("wire/1.txt", "Meridian Wire", "2024-02-03T08:00:00Z", WIRE),
                article("post/7.txt", "Valley Post", "2024-02-03T09:30:00Z", "By Meridian Wire. " + WIRE),
                article("ledger/3.txt", "Northern Ledger", "2024-02-03T10:00:00Z", WIRE + " More to follow.")));
        assertThat(copyOf).containsExactlyInAnyOrderEntriesOf(Map.of(
                "post/7.txt", "wire/1.txt", "ledger/3.txt", "wire/1.txt"));
    }

    @Test
    void aCopyWithAChangedFigureIsAReportOfItsOwn() {
        Map<String, String> copyOf = copies.copyOf(List.of(
                article("wire/1.txt", "Meridian Wire", "2024-02-03T08:00:00Z", WIRE),
                article("post/7.txt", "Valley Post", "2024-02-03T09:30:00Z", WIRE.replace("killing 20", "killing 28"))));
        assertThat(copyOf).isEmpty();
    }

    @Test
    void anOutletRepeatingItsOwnStoryIsNotWireCopy() {
        Map<String, String> copyOf = copies.copyOf(List.of(
                article("wire/1.txt", "Meridian Wire", "2024-02-03T08:00:00Z", WIRE),
                article("wire/2.txt", "Meridian Wire", "2024-02-03T09:30:00Z", WIRE)));
        assertThat(copyOf).isEmpty();
    }

    @Test
    void aDiscrepancyCountsWireCopiesOnce() {
        EventChecker checker = new EventChecker(0.10, new SpellingVariants(), HouseStyle.NONE);
        String sentence = "A missile strike on a bakery in the town killed %s people, the governor said.";
        List<Discrepancy> found = checker.check("E1", List.of(
                ClaimsFixture.article("wire/1.txt", "Meridian Wire", "2024-02-03", List.of(killed("20", Interval.exactly(20), 1,
                        sentence.formatted(20))), List.of()),
                ClaimsFixture.article("post/7.txt", "Valley Post", "2024-02-03", List.of(killed("20", Interval.exactly(20), 1,
                        sentence.formatted(20))), List.of()),
                ClaimsFixture.article("ledger/3.txt", "Northern Ledger", "2024-02-03", List.of(killed("28", Interval.exactly(28), 1,
                        sentence.formatted(28))), List.of())), Map.of("post/7.txt", "wire/1.txt"));
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.independentReports()).isEqualTo(2);
            assertThat(d.explanation()).endsWith("(3 outlets, 2 independent reports: the rest are wire copies)");
        });
    }

    private static Article article(String id, String outlet, String published, String body) {
        try {
            return new ArticleFactory().create(id, outlet, published, "", body, "");
        } catch (MalformedArticleException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheWordsSplittingAtWhatIsNeitherLetterNorNumberGives() {
        Pattern notWord = Pattern.compile("[^\\p{L}\\p{N}]+");
        List<String> texts = new ArrayList<>(List.of(WIRE, "\u201cTwo-storey\u201d, 20 dead\u2026", "...", "a", "x.",
                ".x", "caf\u00e9 \u0661\u0662 \u00b2 \u216b e\u0301 \ud801\udc00b"));
        Random random = new Random(5);
        String alphabet = "ab \u00e9.,-'\u0661\u00b2\u216b\u0301\u2014";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1 + random.nextInt(20); i > 0; i--) {
                text.append(random.nextInt(25) == 0 ? "\ud801\udc00" : String.valueOf(alphabet.charAt(
                        random.nextInt(alphabet.length()))));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(WireCopies.words(text)).as(text).containsExactly(notWord.split(text));
        }
    }
}
