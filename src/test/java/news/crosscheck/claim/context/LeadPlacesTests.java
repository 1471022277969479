package news.crosscheck.claim.context;

import news.crosscheck.spelling.SpellingRule;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LeadPlacesTests {

    private final LeadPlaces leadPlaces = new LeadPlaces();
    private final SpellingRule spelling = new SpellingRule();

    @Test
    void theTownWhereTheHarmHappenedIsTheSite() {
        assertThat(leadPlaces.of("Missile strike on Pavlohrad kills nine",
                "A Russian missile hit an apartment block in Pavlohrad in the Dnipropetrovsk region on Tuesday, "
                        + "killing nine people, the regional governor said.")).satisfies(lead -> {
                    assertThat(lead.sites()).isEqualTo(Set.of(spelling.key("Pavlohrad")));
                    assertThat(lead.places()).isEqualTo(Set.of(spelling.key("Pavlohrad")));
                });
    }

    @Test
    void transliterationsOfOneTownHaveOneKey() {
        assertThat(leadPlaces.of("", "A missile struck the centre of Pavlograd on Tuesday, killing nine.").sites())
                .isEqualTo(leadPlaces.of("", "A missile struck the centre of Pavlohrad on Tuesday, killing nine.")
                        .sites());
    }

    @Test
    void aRegionACountryOrAStateIsNoSite() {
        assertThat(leadPlaces.of("Drone attack on Kherson region injures three",
                "Russian drones attacked the Kherson region overnight, injuring three people.").sites()).isEmpty();
        assertThat(leadPlaces.of("Flooding in Missouri kills five",
                "Flooding in Missouri has killed five people since Friday, officials said.").sites()).isEmpty();
        assertThat(leadPlaces.of("Two shot in Fort Bend Co.",
                "Two men were shot in Fort Bend County late on Saturday, deputies said.").sites()).isEmpty();
    }

    @Test
    void whereVictimsWereTakenOrWhoSpokeIsNoSite() {
        assertThat(leadPlaces.of("Six hurt in bus crash",
                "Six people were taken to hospitals in Kelvar after a bus left the road, officials in Tarrow "
                        + "said.").sites()).isEmpty();
    }
}
