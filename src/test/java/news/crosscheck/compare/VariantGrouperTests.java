package news.crosscheck.compare;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static news.crosscheck.claim.mention.MentionKind.PERSON;
import static news.crosscheck.claim.mention.MentionKind.PLACE;
import static org.assertj.core.api.Assertions.assertThat;

class VariantGrouperTests {

    private final VariantGrouper grouper = new VariantGrouper(new SpellingVariants());

    @Nested
    class Places {

        private final List<String> spellings = List.of("Lysychansk", "Kharkov", "Lisichansk", "Kherson",
                "Lysychans'k", "Kharkiv", "Avdiivka", "Andriivka", "Kharkiv");

        @Test
        void groupsTransliterationsAndKeepsLookalikesApart() {
            assertThat(grouper.group(PLACE, spellings)).containsExactly(
                    List.of("Andriivka"),
                    List.of("Avdiivka"),
                    List.of("Kharkiv", "Kharkov"),
                    List.of("Kherson"),
                    List.of("Lisichansk", "Lysychans'k", "Lysychansk"));
        }

        @Test
        void sameInputInAnyOrderGivesTheSameGroups() {
            List<List<String>> expected = grouper.group(PLACE, spellings);
            Random random = new Random(7);
            for (int round = 0; round < 20; round++) {
                List<String> shuffled = new ArrayList<>(spellings);
                Collections.shuffle(shuffled, random);
                assertThat(grouper.group(PLACE, shuffled)).isEqualTo(expected);
            }
        }
    }

    @Nested
    class People {

        @Test
        void groupsBySurnameWithCompatibleGivenNames() {
            assertThat(grouper.group(PERSON, List.of("Leonid Pesechnik", "Pasechnik", "Leonid Slutsky",
                    "Ivan Petrov", "Ivan Petrova", "Leonid Pasechnik")))
                    .containsExactly(
                            List.of("Ivan Petrov"),
                            List.of("Ivan Petrova"),
                            List.of("Leonid Pasechnik", "Leonid Pesechnik", "Pasechnik"),
                            List.of("Leonid Slutsky"));
        }

        @Test
        void twoPeopleSharingASurnameDoNotChainThroughTheSurnameAlone() {
            assertThat(grouper.people(List.of("Ike Parsons Delacroix Sr.", "Fred Delacroix", "Delacroix"),
                    (a, b) -> false)).containsExactly(
                    List.of("Delacroix"),
                    List.of("Fred Delacroix"),
                    List.of("Ike Parsons Delacroix Sr."));
        }

        @Test
        void aFamilyWrittenAlikeSharesOneGroupAndTakesItsSurnameAlone() {
            assertThat(grouper.group(PERSON, List.of("Ike Parsons Delacroix Sr.", "Fred Delacroix", "Delacroix",
                    "Delacrois"))).containsExactly(
                    List.of("Delacrois", "Delacroix", "Fred Delacroix", "Ike Parsons Delacroix Sr."));
        }

        @Test
        void aSurnameAloneJoinsThePersonItSpellsExactly() {
            // the two Rafaels are known to be two people (other ages); the surnames alone give no age
            assertThat(grouper.group(PERSON, List.of("Rafael Marte", "Rafael Marine", "Marte", "Marine"),
                    (a, b) -> a.contains(" ") && b.contains(" "))).containsExactly(
                    List.of("Marine", "Rafael Marine"),
                    List.of("Marte", "Rafael Marte"));
        }

        @Test
        void peopleOfOtherAgesAreNeverOneGroup() {
            assertThat(grouper.group(PERSON, List.of("Rafael Marte", "Rafael Marine"), (a, b) -> true))
                    .hasSize(2);
            assertThat(grouper.group(PERSON, List.of("Rafael Marte", "Rafael Marine"), (a, b) -> false))
                    .hasSize(1);
        }

        @Test
        void peopleOfOneNameAndOtherAgesAreNeverOneGroup() {
            // a farmer, Wagiman, 49, and the village head, Wagimin, 52
            assertThat(grouper.group(PERSON, List.of("Wagiman", "Wagimin"), (a, b) -> true)).hasSize(2);
            assertThat(grouper.group(PERSON, List.of("Wagiman", "Wagimin"), (a, b) -> false)).hasSize(1);
            assertThat(grouper.group(PERSON, List.of("Dana Hendricks", "Hendrix"), (a, b) -> true)).hasSize(2);
        }

        @Test
        void aPluralFamilyNameStaysApart() {
            assertThat(grouper.group(PERSON, List.of("Lt. Dana Hendricks", "Hendrickses", "Hendricks")))
                    .containsExactly(List.of("Hendricks", "Lt. Dana Hendricks"), List.of("Hendrickses"));
        }

        @Test
        void emptyInputGivesNoGroups() {
            assertThat(grouper.group(PERSON, List.of())).isEmpty();
        }
    }

}
