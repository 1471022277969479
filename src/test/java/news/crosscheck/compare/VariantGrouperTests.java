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

    @Nested
    class Speed {

        @Test
        void comparesAThousandNamesWellUnderASecondOnceFormsAreCached() {
            List<String> names = new ArrayList<>();
            String[] stems = {"Pesechnik", "Lisichansk", "Zelensky", "Kharkiv", "Roberson", "Avdiivka", "Mohammed"};
            for (int i = 0; i < 1000; i++) {
                names.add(stems[i % stems.length] + (char) ('a' + i % 26) + (char) ('a' + (i / 26) % 26));
            }
            SpellingVariants variants = new SpellingVariants();
            grouper.group(PLACE, names);
            long start = System.nanoTime();
            int same = 0;
            for (int i = 0; i < names.size(); i++) {
                for (int j = 0; j < 100; j++) {
                    same += variants.isSameName(PLACE, names.get(i), names.get((i + j) % names.size())) ? 1 : 0;
                }
            }
            long pairNanos = (System.nanoTime() - start) / 100_000;
            start = System.nanoTime();
            List<List<String>> groups = grouper.group(PLACE, names);
            long groupMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("variant matcher: %d ns per cached pair, 1000 names grouped in %d ms (%d same)%n",
                    pairNanos, groupMillis, same);
            assertThat(groups).isNotEmpty();
            assertThat(groupMillis).isLessThan(1_000);
        }
    }
}
