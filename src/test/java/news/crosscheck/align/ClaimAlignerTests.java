package news.crosscheck.align;

import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.number.Interval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static news.crosscheck.compare.ClaimsFixture.article;
import static news.crosscheck.compare.ClaimsFixture.killed;
import static org.assertj.core.api.Assertions.assertThat;

class ClaimAlignerTests {

    private final ClaimAligner aligner = new ClaimAligner(0.10);

    @Test
    void figuresThatCanAllHoldAreNotAligned() {
        List<AlignedGroup> groups = aligner.align(List.of(
                article("a.txt", "Northern Ledger", "2024-02-03", List.of(killed("At least 20", Interval.atLeast(20), 1,
                        "At least 20 people were killed when a missile struck a bakery in the town.")), List.of()),
                article("b.txt", "Meridian Wire", "2024-02-03", List.of(killed("28", Interval.exactly(28), 1,
                        "A missile strike on a bakery in the town killed 28 people, officials said.")), List.of()),
                article("c.txt", "Valley Post", "2024-02-04", List.of(killed("twenty-eight", Interval.exactly(28), 2,
                        "Twenty-eight people died in the strike on the bakery, the governor said.")), List.of())));

        assertThat(groups).isEmpty();
    }

    @Test
    void oneFigureThatCannotHoldWithTheOthersAlignsTheSlot() {
        ArticleClaims lower = article("d.txt", "Capital Courier", "2024-02-03", List.of(killed("20",
                Interval.exactly(20), 1, "Twenty people were killed when a missile struck a bakery in the town.")),
                List.of());
        List<AlignedGroup> groups = aligner.align(List.of(
                article("a.txt", "Northern Ledger", "2024-02-03", List.of(killed("At least 20", Interval.atLeast(20), 1,
                        "At least 20 people were killed when a missile struck a bakery in the town.")), List.of()),
                article("b.txt", "Meridian Wire", "2024-02-03", List.of(killed("28", Interval.exactly(28), 1,
                        "A missile strike on a bakery in the town killed 28 people, officials said.")), List.of()),
                lower));

        assertThat(groups).singleElement().satisfies(group -> assertThat(group.statements())
                .extracting(s -> s.claim().value()).containsExactlyInAnyOrder("At least 20", "28", "20"));
    }
}
