package news.crosscheck.batch;

import news.crosscheck.article.Article;
import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.ClaimExtractor;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StagedClaimsTests {

    private final StagedClaims staged = new StagedClaims();

    private static ArticleClaims claims() {
        Article article = new Article("ledger/strike.txt", "Northern Ledger", LocalDate.of(2024, 2, 3),
                "2024-02-03T18:40:00Z", "At least 28 dead after strike on bakery in Lysychansk",
                "At least 28 people were killed and 10 injured when a strike hit a bakery in Lysychansk, said "
                        + "Leonid Pasechnik. Rescuers pulled 6 people from the rubble in Lysychansk.", "", "0");
        return new ClaimExtractor((a, b) -> false).extract(article);
    }

    @Test
    void claimsComeBackAsTheyWentInWithEachSentenceWrittenOnce() {
        ArticleClaims original = claims();
        String text = staged.write(original);

        assertThat(staged.read(text)).isEqualTo(original);
        assertThat(text).containsOnlyOnce("At least 28 people were killed");
    }

    @Test
    void rowsStagedWithASentenceInEveryClaimAreStillRead() {
        ArticleClaims original = claims();
        String old = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(original);

        assertThat(staged.read(old)).isEqualTo(original);
    }
}
