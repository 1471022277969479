package news.crosscheck.event;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WindowCountsTests {

    // Five articles: three on days 100-102, one a week later, one ten years earlier.
    private static final int[] DAYS = {100, 101, 102, 109, 100 - 3650};

    @Nested
    class Articles {

        @Test
        void anArticlesWindowHoldsTheArticlesWithinItsDaysItselfIncluded() {
            WindowCounts counts = new WindowCounts(DAYS, 3, 0);
            assertThat(counts.articles(0)).isEqualTo(3);
            assertThat(counts.articles(2)).isEqualTo(3);
            assertThat(counts.articles(3)).isEqualTo(1);
            assertThat(counts.articles(4)).isEqualTo(1);
        }

        @Test
        void aQuietWindowCountsAsTheBackgroundsNumberOfArticles() {
            WindowCounts counts = new WindowCounts(DAYS, 3, 1000);
            assertThat(counts.articles(0)).isEqualTo(1000);
            assertThat(new WindowCounts(new int[1500], 3, 1000).articles(7)).isEqualTo(1500);
        }

        @Test
        void articlesOfAnotherDecadeDoNotCount() {
            int[] withArchive = new int[1000 + DAYS.length];
            System.arraycopy(DAYS, 0, withArchive, 0, DAYS.length);
            for (int k = DAYS.length; k < withArchive.length; k++) {
                withArchive[k] = 100 - 3650 - k;
            }
            assertThat(new WindowCounts(withArchive, 3, 0).articles(1))
                    .isEqualTo(new WindowCounts(DAYS, 3, 0).articles(1));
        }
    }

    @Nested
    class Frequencies {

        @Test
        void eachHolderCountsTheHoldersWithinItsOwnWindow() {
            // A term in the articles of day 100, 102, 109 and ten years before.
            int[] holders = {0, 2, 3, 4};
            int[] frequencies = new int[4];
            new WindowCounts(DAYS, 3, 0).frequencies(holders, 4, new int[4], frequencies);
            assertThat(frequencies).containsExactly(2, 2, 1, 1);
        }

        @Test
        void holdersInAnyOrderCountTheSame() {
            int[] frequencies = new int[3];
            new WindowCounts(DAYS, 3, 0).frequencies(new int[]{3, 0, 1}, 3, new int[3], frequencies);
            assertThat(frequencies).containsExactly(1, 2, 2);
        }

        @Test
        void aLongerWindowSeesMoreHolders() {
            int[] frequencies = new int[3];
            new WindowCounts(DAYS, 7, 0).frequencies(new int[]{0, 2, 3}, 3, new int[3], frequencies);
            assertThat(frequencies).containsExactly(2, 3, 2);
        }
    }
}
