package news.crosscheck.claim.context;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeadKindsTests {

    private final LeadKinds kinds = LeadKinds.harm();

    private String[] read(String text) {
        return kinds.names(kinds.of(text)).toArray(String[]::new);
    }

    @Nested
    class Reading {

        @Test
        void aLeadTellsTheKindsOfItsHarm() {
            assertThat(read("Five killed as fire engulfs launch at Barishal river port")).containsExactly("fire");
            assertThat(read("At least 12 people drowned after an overcrowded ferry capsized in a storm"))
                    .containsExactly("water", "weather");
            assertThat(read("Gunmen opened fire inside a bar in Irapuato, killing six")).containsExactly("shooting");
        }

        @Test
        void aLongerPhraseWinsOverTheWordItHolds() {
            assertThat(read("Two firefighters were hurt, the fire service said")).isEmpty();
            assertThat(read("The fire department said a gunman opened fire on the crowd")).containsExactly("shooting");
            assertThat(read("The cease-fire held, but the government is under fire over it")).isEmpty();
        }

        @Test
        void menWhoStormAPlaceBringNoWeather() {
            assertThat(read("Separatist fighters storm Ndop village, shooting four")).containsExactly("shooting");
            assertThat(read("Militants storm the mayor's office in Rasko; two guards shot")).containsExactly("shooting");
            assertThat(read("Storm leaves four dead as trees fall on homes")).containsExactly("weather");
        }

        @Test
        void aPartyCrashedIsNoCrash() {
            assertThat(read("A just-fired employee crashed the office Christmas party, killing the chief executive"))
                    .isEmpty();
        }
    }

    @Nested
    class Apart {

        @Test
        void kindsThatNeverTellOneIncidentAreApart() {
            assertThat(kinds.apart(kinds.of("launch fire kills five"), kinds.of("launch capsizes, 12 drowned")))
                    .isTrue();
            assertThat(kinds.apart(kinds.of("stampede at a festival bridge"), kinds.of("bus crash kills pilgrims")))
                    .isTrue();
        }

        @Test
        void kindsThatMayTellOneIncidentAreNot() {
            assertThat(kinds.apart(kinds.of("a blast at the plant"), kinds.of("a fire at the plant"))).isFalse();
            assertThat(kinds.apart(kinds.of("bombs fell on the camp"), kinds.of("an air strike on the camp")))
                    .isFalse();
            assertThat(kinds.apart(kinds.of("a storm hit the river"), kinds.of("a ferry capsized"))).isFalse();
            assertThat(kinds.apart(kinds.of("a gunman killed two"), kinds.of("a gunman stabbed two"))).isFalse();
        }

        @Test
        void aTextWithoutAKindIsApartFromNone() {
            assertThat(kinds.apart(kinds.of("rail unions call a 48-hour walkout"), kinds.of("trains collided")))
                    .isFalse();
        }
    }

    @Nested
    class Venues {

        private final LeadKinds venues = LeadKinds.venues();

        private String[] read(String text) {
            return venues.names(venues.of(text)).toArray(String[]::new);
        }

        @Test
        void aPlaceCountsWhereALeadPutsItsHarm() {
            assertThat(read("One man was killed when gunfire erupted at a crowded backyard party on the east side"))
                    .containsExactly("home");
            assertThat(read("A gunman opened fire inside a crowded bar in this small mountain town, police said"))
                    .containsExactly("nightlife");
            assertThat(read("1 dead, 3 hurt in shooting at Oak Street nightclub")).containsExactly("nightlife");
            assertThat(read("Two killed as gas blast tears through a kebab restaurant at lunchtime"))
                    .containsExactly("eatery");
            assertThat(read("Shots were fired near a west-side gas station and then at officers"))
                    .containsExactly("shop");
            assertThat(read("Three dead as fire sweeps through a five-storey mini-apartment in the old quarter"))
                    .containsExactly("home");
            assertThat(read("Eleven killed in a fire at a packed karaoke on the city's west side"))
                    .containsExactly("nightlife");
        }

        @Test
        void aDescriptionOrAWordOfANameIsNoPlace() {
            assertThat(read("A high school junior and a bar owner were among the dead")).isEmpty();
            assertThat(read("The Tar Heels won in Chapel Hill before their home fans")).isEmpty();
            assertThat(read("Fire guts the sanctuary at Millbrook Bible Church")).isEmpty();
            assertThat(read("The suspect, a former guard, is now behind bars")).isEmpty();
            assertThat(read("The news went from the hospital in Columbia to the church hall")).isEmpty();
            assertThat(read("Hotel siege toll reaches 21; waiter recalls five hours in cold store")).isEmpty();
        }

        @Test
        void aHeadlineInTitleCaseIsReadAsLowerCase() {
            assertThat(read("Gunman Kills Three At Suburban Shopping Mall")).containsExactly("shop");
        }

        @Test
        void kindsOfPlaceThatNeverHoldOneIncidentAreApart() {
            assertThat(venues.apart(venues.of("shot at a house party on Elm Street"),
                    venues.of("a man fired at cars near a gas station"))).isTrue();
            assertThat(venues.apart(venues.of("gunfire in a parking lot outside a high school homecoming game"),
                    venues.of("a shooting inside a nightclub on Cargo Drive"))).isTrue();
        }

        @Test
        void kindsOfPlaceThatMayHoldOneIncidentAreNot() {
            assertThat(venues.apart(venues.of("shot outside a bar"), venues.of("killed at a restaurant"))).isFalse();
            assertThat(venues.apart(venues.of("shots at the stadium"), venues.of("gunfire at a high school game")))
                    .isFalse();
            assertThat(venues.apart(venues.of("shot at a bar, then at his home"), venues.of("killed at his home")))
                    .isFalse();
            assertThat(venues.apart(venues.of("a man was shot on Elm Street"), venues.of("killed at a bar")))
                    .isFalse();
            assertThat(venues.apart(venues.of("a car bomb at a hotel"),
                    venues.of("bodies pulled from the rubble of shops"))).isFalse();
        }
    }
}
