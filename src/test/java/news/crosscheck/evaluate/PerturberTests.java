package news.crosscheck.evaluate;

import news.crosscheck.evaluate.GoldDoc.Slot;
import news.crosscheck.evaluate.PlantedChange.Kind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PerturberTests {

    /** Twelve invented incidents, two articles each, with a named victim and a stated toll. */
    private static final List<ArticleRow> ROWS = new ArrayList<>();
    private static final Map<String, GoldDoc> GOLD = new LinkedHashMap<>();

    static {
        String[] surnames = {"Harmon", "Becker", "Lindqvist", "Okafor", "Petrov", "Moreno", "Castellan", "Whitaker",
                "Dunmore", "Ferreira", "Kowalski", "Ashby"};
        for (int i = 0; i < surnames.length; i++) {
            for (int copy = 0; copy < 2; copy++) {
                String id = "doc" + i + "-" + copy;
                String body = "Police said three people were killed and four were wounded late on Friday. The victim "
                        + "named by relatives was Dana " + surnames[i] + ", 41, of Millbrook. Neighbours said "
                        + surnames[i] + " had lived on the street for years.";
                ROWS.add(new ArticleRow(id, "outlet" + copy + ".example", "2021-05-0" + (1 + copy),
                        "Shooting in Millbrook", body, ""));
                GOLD.put(id, new GoldDoc(id, "incident" + i, Optional.empty(), OptionalInt.of(3), OptionalInt.of(4),
                        List.of("Dana " + surnames[i])));
            }
        }
    }

    @Nested
    class Determinism {

        @Test
        void theSameSeedGivesTheSameCopies() {
            Perturber.Perturbation first = new Perturber(42, 9).perturb(ROWS, GOLD);
            Perturber.Perturbation second = new Perturber(42, 9).perturb(ROWS, GOLD);
            assertThat(first).isEqualTo(second);
            assertThat(first.changes()).hasSize(9);
        }

        @Test
        void anotherSeedGivesOtherCopies() {
            assertThat(new Perturber(42, 9).perturb(ROWS, GOLD).changes())
                    .isNotEqualTo(new Perturber(7, 9).perturb(ROWS, GOLD).changes());
        }
    }

    @Nested
    class Copies {

        private final Perturber.Perturbation perturbation = new Perturber(42, 9).perturb(ROWS, GOLD);

        @Test
        void theKindsComeOutInEqualSharesOneCopyPerIncident() {
            assertThat(perturbation.changes()).filteredOn(c -> c.kind() == Kind.SURNAME).hasSize(3);
            assertThat(perturbation.changes()).filteredOn(c -> c.kind() == Kind.FIGURE).hasSize(3);
            assertThat(perturbation.changes()).filteredOn(c -> c.kind() == Kind.HEDGE).hasSize(3);
            assertThat(perturbation.changes()).extracting(c -> GOLD.get(c.originalId()).incidentId())
                    .doesNotHaveDuplicates();
        }

        @Test
        void aCopyIsANewOutletOnTheSameDayWithExactlyTheChange() {
            for (int i = 0; i < perturbation.copies().size(); i++) {
                ArticleRow copy = perturbation.copies().get(i);
                PlantedChange change = perturbation.changes().get(i);
                ArticleRow original = ROWS.stream().filter(r -> r.id().equals(change.originalId())).findFirst()
                        .orElseThrow();
                assertThat(copy.id()).isEqualTo(change.copyId()).isNotEqualTo(original.id());
                assertThat(copy.outlet()).isNotEqualTo(original.outlet());
                assertThat(copy.published()).isEqualTo(original.published());
                String expected = change.kind() == Kind.SURNAME
                        ? TextEdits.replaceWord(original.body(), change.before(), change.after())
                        : original.body().replaceFirst(change.before(), change.after());
                assertThat(copy.body()).isEqualTo(expected).isNotEqualTo(original.body());
            }
        }

        @Test
        void aHedgedFigureIsAtLeastTwoLess() {
            assertThat(perturbation.changes()).filteredOn(c -> c.kind() == Kind.HEDGE)
                    .allSatisfy(c -> assertThat(c.after()).isIn("at least one", "at least two"));
        }
    }

    @Nested
    class Edits {

        @Test
        void figuresBeforeACasualtyWordAreFoundWithTheirSlot() {
            List<TextEdits.Figure> figures = TextEdits.figures(
                    "Two people were shot and killed and 4 others injured; a 3-year-old was unhurt; at least 5 died.");
            assertThat(figures).extracting(TextEdits.Figure::value, TextEdits.Figure::slot)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2, Slot.KILLED),
                            org.assertj.core.groups.Tuple.tuple(4, Slot.INJURED));
        }

        @Test
        void aChangedFigureIsWrittenLikeTheOriginalAndDiffers() {
            Random random = new Random(1);
            for (int i = 0; i < 20; i++) {
                String changed = TextEdits.changedFigure("Three", 3, random).orElseThrow();
                assertThat(changed).isIn("Four", "Five", "Six", "Two");
            }
            assertThat(TextEdits.changedFigure("12", 12, random).orElseThrow()).matches("\\d+").isNotEqualTo("12");
        }

        @Test
        void respellingsKeepTheFirstLetterAndChangeOneThing() {
            assertThat(TextEdits.respellings("Petrov")).contains("Petroff", "Patrov", "Pettrov");
            assertThat(TextEdits.respellings("Smirnoff")).contains("Smirnov");
            assertThat(TextEdits.respellings("McCullough")).allSatisfy(s -> assertThat(s).startsWith("Mc"));
            assertThat(TextEdits.respellings("Harmon")).doesNotContain("Harmonn", "Harmon");
        }
    }
}
