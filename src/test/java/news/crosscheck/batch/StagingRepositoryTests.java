package news.crosscheck.batch;

import news.crosscheck.article.Article;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class StagingRepositoryTests {

    private StagingRepository staging;

    @BeforeEach
    void freshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:staging-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        staging = new StagingRepository(dataSource);
    }

    @Test
    void anIdRepeatedInOneChunkOrAcrossChunksIsReturnedAndTheFirstArticleKept() {
        List<Article> firstRepeats = staging.insertArticles(1, List.of(article("feed.csv#1", "first"),
                article("feed.csv#2", "second"), article("feed.csv#1", "again")));
        List<Article> laterRepeats = staging.insertArticles(1, List.of(article("feed.csv#2", "later"),
                article("feed.csv#3", "third")));

        assertThat(firstRepeats).extracting(Article::body).containsExactly("again");
        assertThat(laterRepeats).extracting(Article::body).containsExactly("later");
        assertThat(staging.jdbc().queryForList("SELECT BODY FROM CC_ARTICLE WHERE RUN_ID = 1 ORDER BY ARTICLE_ID",
                String.class)).containsExactly("first", "second", "third");
    }

    @Test
    void theSameIdInAnotherRunIsNotTaken() {
        staging.insertArticles(1, List.of(article("a.txt", "one")));

        assertThat(staging.insertArticles(2, List.of(article("a.txt", "two")))).isEmpty();
    }

    private static Article article(String id, String body) {
        return new Article(id, "Ledger", LocalDate.of(2024, 2, 4), "2024-02-04", "", body, "", "0".repeat(64));
    }
}
