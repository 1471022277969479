package news.crosscheck.compare;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationOrderTests {

    private static final LocalDate DAY = LocalDate.of(2024, 2, 3);

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-03T18:40:00Z      | 2024-02-03T20:00:00Z           | -1
            2024-02-03T18:40:00Z      | 2024-02-03T19:00:00+02:00      | 1
            2024-02-03T18:40:00Z      | Sat, 03 Feb 2024 18:40:00 GMT  | 0
            2024-02-03T09:00          | 2024-02-03T08:00               | 1
            2024-02-03T09:00          | 2024-02-03T08:00:00Z           | 0
            2024-02-03                | 2024-02-03T08:00:00Z           | 0
            2024-02-03T20:00:00+0100  | 2024-02-03T19:30:00Z           | -1
            """)
    void timesOfOneDayOrderByTheMomentWhenBothGiveAnOffset(String a, String b, int expected) {
        assertThat(Integer.signum(PublicationOrder.compare(DAY, a, DAY, b))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-02-03T17:30:00+05:00 | 2024-02-03T15:10:00+01:00
            2024-02-03T09:00:00+03:00 | 2024-02-03T07:00:00Z
            2024-02-03T08:00          | 2024-02-03T09:00
            2024-02-03                | 2024-02-03T00:10:00+05:00
            """)
    void aDaysArticlesSortByTheMomentTheyCameOutNotByTheClockWritten(String earlier, String later) {
        assertThat(PublicationOrder.moment(earlier)).isBefore(PublicationOrder.moment(later));
    }
}
