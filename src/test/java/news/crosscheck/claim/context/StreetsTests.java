package news.crosscheck.claim.context;

import news.crosscheck.spelling.SpellingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class StreetsTests {

    private final Streets streets = new Streets();
    private final SpellingRule spelling = new SpellingRule();

    @Test
    void aBlockOfAStreetGivesTheStreetAndItsHundred() {
        assertThat(streets.in("Officers were dispatched to the 1400 block of Larkspur Ave. in the Eastgate "
                + "neighborhood at about 1:40 a.m."))
                .extracting(Streets.Street::keys, Streets.Street::block)
                .containsExactly(tuple(List.of(spelling.key("larkspur")), 1400));
        assertThat(streets.in("He was shot in front of 1432 Larkspur Avenue, police said."))
                .extracting(Streets.Street::blockKey).containsExactly("1400@" + spelling.key("larkspur"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The van rolled over on U.S. 59 east of the city early Sunday.",
            "The van rolled over on US-59 east of the city early Sunday.",
            "The van rolled over on U.S. Highway 59 east of the city early Sunday.",
            "The van rolled over on Highway 59 east of the city early Sunday."})
    void aNumberedRoadIsAStreetKeyedByItsNumber(String sentence) {
        assertThat(streets.in(sentence)).extracting(Streets.Street::keys).containsExactly(List.of("road59"));
    }

    @Test
    void numbersThatAreNoRoadsAreNoStreets() {
        assertThat(Streets.roads("Interstate 35 and I-35 are one road; State Road 37 is another."))
                .containsExactly("road35", "road35", "road37");
        assertThat(Streets.roads("A 35-year-old man was armed with an M16, and US 2,000 troops were there."))
                .isEmpty();
        assertThat(streets.in("Troopers of the State Highway Patrol chased the pickup.")).isEmpty();
    }

    @Test
    void aRoadNumberedAfterALetterIsOneWhereARoadWouldStand() {
        assertThat(Streets.roads("Thirty vehicles crashed on the M62 near junction 22; police closed the A62 and the A629, "
                + "and traffic was sent onto the B6114."))
                .containsExactly("roadm62", "roada62", "roada629", "roadb6114");
        assertThat(Streets.roads("He was armed with the M16 rifle. The A320 jet landed. Passengers of the A321 plane "
                + "and an M4 carbine.")).isEmpty();
    }

    @Test
    void anIntersectionNamesItsStreetsAndACompassWordIsNoPartOfTheName() {
        assertThat(streets.in("At Harmon St. and West Main Street, a man fired at passing cars on Saturday."))
                .extracting(Streets.Street::keys, Streets.Street::block)
                .containsExactly(tuple(List.of(spelling.key("harmon")), -1),
                        tuple(List.of(spelling.key("main")), -1));
    }

    @Test
    void aStreetBeforeADayIsStillAStreet() {
        assertThat(streets.in("Two men were shot outside a bar on Canal Street Sunday morning."))
                .extracting(Streets.Street::keys).containsExactly(List.of(spelling.key("canal")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The wounded were taken to St. Brendan Medical Center, where Dr. Ruiz treated them.",
            "The Missouri State Highway Patrol said the driver was killed.",
            "The victims were taken to Brannock's St. Brendan hospital.",
            "Ortega hit a two-run shot in the eighth inning as the crowd roared.",
            "He appeared in Harwood County Circuit Court on Monday.",
            "Marcus Bell, 25, of the 300 block of Elm Street, was killed, police said."})
    void namesThatEndLikeAStreetButGoOnAreNoStreets(String sentence) {
        assertThat(streets.in(sentence)).isEmpty();
    }
}
