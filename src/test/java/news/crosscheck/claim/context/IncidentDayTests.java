package news.crosscheck.claim.context;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentDayTests {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 11, 22);

    private final IncidentDay incidentDay = new IncidentDay();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Update: Man hurt in Nov. 3 Eastfield shooting dies|A man wounded earlier this month has died, police said.",
            "Eastfield shooting victim dies|A man injured in a November 3 shooting on Alder Street has died.",
            "Victim dies|The county said Tuesday that the woman died of injuries she sustained Nov. 3rd in Eastfield.",
            "Two charged in Alder Street killing|Two men were arrested Monday. They were booked on Monday night. "
                    + "Police say both fired at a group in the yard on Nov. 3, 2023, around 10 p.m., a report said.",
            // a toll in the first sentence, but its day is the arrest's or the funeral's, not the harm's
            "Two held in Alder Street killing|Two men were arrested Monday in the killing of a 38-year-old man who "
                    + "died of his wounds. Police say both fired at a group in the yard on Nov. 3.",
            "Alder Street victims remembered|Four children killed in the Alder Street fire were remembered at a "
                    + "funeral on Saturday. The fire broke out on Nov. 3 in the family's home.",
    })
    void aFollowUpsLeadDatesItsIncident(String title, String body) {
        assertThat(incidentDay.of(title + "\n\n" + body, PUBLISHED)).contains(LocalDate.of(2023, 11, 3));
    }

    @Test
    void theEarliestDateOfTheLeadIsTheIncidentsNotTheDeaths() {
        String text = "Man dies weeks after shooting\n\nA man who was shot Nov. 3 died Nov. 20 at a hospital.";
        assertThat(incidentDay.of(text, PUBLISHED)).contains(LocalDate.of(2023, 11, 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Gunmen kill four at taxi rank|Gunmen opened fire at a taxi rank in Ridgeview early on Monday, killing "
                    + "four people, police said. It was the second shooting at a rank this year, after five people "
                    + "were killed in Hollowmere on Nov. 3.",
            "Four shot dead at rank|RIDGEVIEW, Nov 22 (Wire) - Four people were shot dead at a taxi rank on Monday. "
                    + "Five were killed at another rank on Nov. 3.",
    })
    void freshNewsOfATollIsNoFollowUpOfAnEarlierDateInItsLead(String title, String body) {
        assertThat(incidentDay.of(title + "\n\n" + body, PUBLISHED)).isEmpty();
    }

    @Test
    void aFirstSentenceThatDatesItsHarmBackIsStillAFollowUp() {
        String text = "Second victim dies\n\nA man wounded in the Nov. 3 shooting died on Monday, police said.";
        assertThat(incidentDay.of(text, PUBLISHED)).contains(LocalDate.of(2023, 11, 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // no date, or only weekdays: the article's own news
            "Two killed in Eastfield shooting|Two men were killed on Tuesday night in Eastfield, police said.",
            // an anniversary or a trial: further back than a follow-up
            "A year on, Eastfield remembers|Residents gathered to remember the Nov. 3, 2022 shooting.",
            "Trial opens in Alder Street killing|The trial opened in the killing of a man on Aug. 2.",
            // a date further down the article than the lead
            "Man dies|A man died. Police are looking for a car. A reward is offered. The shots came at 10 p.m. Nov. 3.",
            // a day that does not exist, a date after publication
            "Vigil planned|A vigil is planned for Nov. 31.",
            "Vigil planned|A vigil will be held Dec. 2 for the victims.",
    })
    void otherDatesAreNoIncidentDay(String title, String body) {
        assertThat(incidentDay.of(title + "\n\n" + body, PUBLISHED)).isEmpty();
    }
}
