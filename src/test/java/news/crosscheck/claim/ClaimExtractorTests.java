package news.crosscheck.claim;

import news.crosscheck.article.Article;
import news.crosscheck.claim.mention.Mention;
import news.crosscheck.compare.SpellingVariants;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimExtractorTests {

    private final ClaimExtractor extractor = new ClaimExtractor(new SpellingVariants()::isSameSurname);

    @Test
    void theArticlesOwnOutletIsNoOneItNames() {
        Article article = new Article("a1", "Vallée Horizon", LocalDate.of(2025, 8, 20), "2025-08-20",
                "Flood toll rises", "Four people drowned in the valley, Mayor Odile Ferrand told Vallée Horizon "
                + "on Tuesday. Rescuers were still searching, Ferrand said.", "", "0");
        assertThat(extractor.extract(article).mentions()).extracting(Mention::name)
                .contains("Odile Ferrand").doesNotContain("Vallée Horizon");
    }
}
