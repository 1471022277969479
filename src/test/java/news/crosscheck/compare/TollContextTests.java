package news.crosscheck.compare;

import news.crosscheck.align.Statement;
import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyKind;
import news.crosscheck.claim.number.Interval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static news.crosscheck.compare.ClaimsFixture.article;
import static news.crosscheck.compare.ClaimsFixture.figure;
import static org.assertj.core.api.Assertions.assertThat;

/** What the event as a whole says of two aligned figures: here, whether a rise only gives again an earlier count. */
class TollContextTests {

    private static CasualtyClaim hurt(int n, String text) {
        return figure(CasualtyKind.INJURED, String.valueOf(n), Interval.exactly(n), "people", 4, text, "");
    }

    private final CasualtyClaim three = hurt(3, "Three other people were hospitalized: a boy and two adults.");
    private final CasualtyClaim two = hurt(2, "Two other people were hurt in the crash on Harmon Avenue.");
    private final CasualtyClaim threeAgain = hurt(3, "Three other people were injured.");
    private final ArticleClaims herald = article("herald/1.txt", "Lake Herald", "2024-02-03T15:30:00-05:00",
            List.of(three), List.of());
    private final ArticleClaims news = article("news6/1.txt", "News 6", "2024-02-03T20:05:00-05:00", List.of(two),
            List.of());
    private final ArticleClaims courier = article("courier/1.txt", "City Courier", "2024-02-04T06:00:00-05:00",
            List.of(threeAgain), List.of());
    private final TollContext context = TollContext.of(List.of(herald, news, courier));

    @Test
    void aCountGivenBeforeTheLowerOneAndNoHigherThanTheRiseIsFound() {
        assertThat(context.givenBefore(news, two, threeAgain.count())).containsExactly(new Statement(herald, three));
    }

    @Test
    void anEarlierCountAboveTheRiseSaysNothingOfIt() {
        assertThat(context.givenBefore(news, two, Interval.exactly(2))).isEmpty();
    }

    @Test
    void anEarlierCountBelowTheRiseSaysNothingOfIt() {
        assertThat(context.givenBefore(news, two, Interval.exactly(4))).isEmpty();
    }

    @Test
    void onlyEarlierArticlesCount() {
        assertThat(context.givenBefore(herald, three, Interval.exactly(9))).isEmpty();
    }
}
