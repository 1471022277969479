package news.crosscheck.claim.context;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HarmKindsTests {

    private final HarmKinds kinds = HarmKinds.instance();

    private String[] read(String text) {
        return kinds.names(kinds.of(text)).toArray(String[]::new);
    }

    @Nested
    class Reading {

        @Test
        void aLeadTellsTheKindsOfItsHarm() {
            assertThat(read("Five killed as fire engulfs launch at Barishal river port")).containsExactly("fire");
            assertThat(read("At least 12 people drowned after an overcrowded ferry capsized in a storm"))
                    .containsExactly("water", "nature");
            assertThat(read("Gunmen opened fire inside a bar in Irapuato, killing six")).containsExactly("shooting");
        }

        @Test
        void aLongerPhraseWinsOverTheWordItHolds() {
            assertThat(read("Two firefighters were hurt, the fire service said")).isEmpty();
            assertThat(read("The fire department said a gunman opened fire on the crowd")).containsExactly("shooting");
            assertThat(read("The cease-fire held, but the government is under fire over it")).isEmpty();
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
}
