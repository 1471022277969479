package news.crosscheck.article;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationDateTests {

    @Nested
    class Forms {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                2024-02-03                      | 2024-02-03 | 2024-02-03
                2024-02-03T18:40                | 2024-02-03 | 2024-02-03T18:40
                2024-02-03 18:40:00             | 2024-02-03 | 2024-02-03 18:40:00
                2024-02-03T18:40:00Z            | 2024-02-03 | 2024-02-03T18:40:00Z
                2024-02-03t18:40:00.250z        | 2024-02-03 | 2024-02-03t18:40:00.250z
                2024-02-03T23:40:00-05:00       | 2024-02-03 | 2024-02-03T23:40:00-05:00
                2024-02-04T01:10:00+0200        | 2024-02-04 | 2024-02-04T01:10:00+0200
                Sat, 03 Feb 2024 18:40:00 GMT   | 2024-02-03 | 2024-02-03T18:40:00Z
                sat, 3 feb 2024 18:40 +0100     | 2024-02-03 | 2024-02-03T18:40:00+01:00
                03 Feb 2024 18:40:00 UT         | 2024-02-03 | 2024-02-03T18:40:00Z
                Sat, 03 Feb 2024 22:15:00 EST   | 2024-02-03 | 2024-02-03T22:15:00-05:00
                Sat, 03 Feb 2024 20:00:00 PDT   | 2024-02-03 | 2024-02-03T20:00:00-07:00
                """)
        void isoRfc3339AndRfc1123AreReadWithTheDayAsWritten(String value, LocalDate day, String text)
                throws Exception {
            PublicationDate date = PublicationDate.parse(value);
            assertThat(date.day()).isEqualTo(day);
            assertThat(date.text()).as("ISO text as written, an RFC 1123 date rewritten in ISO 8601").isEqualTo(text);
        }

        @Test
        void theSameMomentWrittenInTwoFormsIsOneInstant() throws Exception {
            assertThat(PublicationDate.parse("Sat, 03 Feb 2024 18:40:00 GMT").instant())
                    .isEqualTo(PublicationDate.parse("2024-02-03T20:40:00+02:00").instant())
                    .contains(Instant.parse("2024-02-03T18:40:00Z"));
        }

        @Test
        void aDateWithoutOffsetHasNoInstant() throws Exception {
            assertThat(PublicationDate.parse("2024-02-03T18:40").instant()).isEmpty();
            assertThat(PublicationDate.parse("2024-02-03").instant()).isEmpty();
        }

        @Test
        void theDayDoesNotDependOnTheMachinesTimeZone() throws Exception {
            TimeZone saved = TimeZone.getDefault();
            try {
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                LocalDate east = PublicationDate.parse("Sat, 03 Feb 2024 23:30:00 -0500").day();
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Pago_Pago"));
                LocalDate west = PublicationDate.parse("Sat, 03 Feb 2024 23:30:00 -0500").day();
                assertThat(east).isEqualTo(west).isEqualTo(LocalDate.of(2024, 2, 3));
            } finally {
                TimeZone.setDefault(saved);
            }
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest
        @CsvSource(delimiter = '|', textBlock = """
                04/02/2024
                3 February 2024
                2024-02-30
                Sat, 03 Feb 24 18:40:00 GMT
                yesterday evening
                """)
        void ambiguousOrImpossibleDatesAreRefusedNamingTheFormsUnderstood(String value) {
            assertThatThrownBy(() -> PublicationDate.parse(value)).isInstanceOf(MalformedArticleException.class)
                    .hasMessage("unreadable publication date '" + value + "': use an ISO date such as 2024-02-04, a "
                            + "date-time such as 2024-02-04T09:30:00Z or an RFC 1123 date such as Sat, 03 Feb 2024 "
                            + "18:40:00 GMT");
        }

        @Test
        void aWeekdayThatContradictsTheDateIsNamed() {
            assertThatThrownBy(() -> PublicationDate.parse("Sun, 03 Feb 2024 18:40:00 GMT"))
                    .hasMessage("publication date 'Sun, 03 Feb 2024 18:40:00 GMT': the weekday does not match the date");
        }
    }
}
