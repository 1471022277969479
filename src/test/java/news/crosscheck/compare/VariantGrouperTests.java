package news.crosscheck.compare;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static news.crosscheck.claim.MentionKind.PERSON;
import static news.crosscheck.claim.MentionKind.PLACE;
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
        void emptyInputGivesNoGroups() {
            assertThat(grouper.group(PERSON, List.of())).isEmpty();
        }
    }

}
