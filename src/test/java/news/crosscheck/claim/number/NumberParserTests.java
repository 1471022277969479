package news.crosscheck.claim.number;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParserTests {

    private static final long OPEN = Interval.UNBOUNDED;

    private final NumberParser parser = new NumberParser();

    private Quantity only(String sentence) {
        List<Quantity> found = parser.find(sentence);
        assertThat(found).as("quantities in: %s", sentence).hasSize(1);
        return found.get(0);
    }

    @Nested
    class Digits {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Police said 28 people were hurt.              | 28        | 28
                Officials counted 1,200 displaced families.   | 1,200     | 1200
                The flood displaced 1.5 million people.       | 1.5 million | 1500000
                Some 3 million residents lost power.          | Some 3 million | 2700000
                """)
        void readsPlainAndGroupedDigits(String sentence, String text, long low) {
            Quantity quantity = only(sentence);
            assertThat(quantity.text()).isEqualTo(text);
            assertThat(quantity.count().low()).isEqualTo(low);
        }

        @Test
        void spanPointsIntoTheSentence() {
            String sentence = "Medics treated 17 people at the scene.";
            Quantity quantity = only(sentence);
            assertThat(sentence.substring(quantity.start(), quantity.end())).isEqualTo("17");
        }
    }

    @Nested
    class NumberWords {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Twenty-eight people died in the fire.            | Twenty-eight          | 28
                Twenty eight people died in the fire.            | Twenty eight          | 28
                The ferry carried one hundred and eight people.  | one hundred and eight | 108
                The ferry carried one hundred eight people.      | one hundred eight     | 108
                Rescuers reached nine families by noon.          | nine                  | 9
                NINE people were hurt.                           | NINE                  | 9
                Two thousand five hundred homes were flooded.    | Two thousand five hundred | 2500
                Ninety-nine passengers were aboard.              | Ninety-nine           | 99
                A dozen people were hurt.                        | A dozen               | 12
                Half a dozen people were treated.                | Half a dozen          | 6
                A hundred and five people were evacuated.        | A hundred and five    | 105
                Seventeen miners were trapped.                   | Seventeen             | 17
                Moscow handed over fifteen wounded soldiers.      | fifteen               | 15
                """)
        void readsSpelledCardinals(String sentence, String text, long value) {
            Quantity quantity = only(sentence);
            assertThat(quantity.text()).isEqualTo(text);
            assertThat(quantity.count()).isEqualTo(Interval.exactly(value));
        }

        @Test
        void twoNumbersJoinedByAndStaySeparate() {
            List<Quantity> found = parser.find("The strike killed two and injured three.");
            assertThat(found).extracting(Quantity::text).containsExactly("two", "three");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "A building collapsed after the strike.",
                "An ambulance arrived within minutes.",
                "Tens of people? No, the word tens alone is not read.",
                "Someone called the fire brigade.",
                "It was an onerous task for the crews.",
                "No one was hurt in the second blast.",
                "The first responders arrived at dawn.",
                "It was the twenty-first attack on the town.",
                "Two-thirds of the homes were damaged.",
                "The ones who stayed behind were safe.",
        })
        void wordsThatOnlyLookLikeNumbersAreNotRead(String sentence) {
            assertThat(parser.find(sentence)).isEmpty();
        }
    }

    @Nested
    class Qualifiers {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                At least 28 people were killed.           | At least 28       | 28 | OPEN
                at least twenty-eight people died.        | at least twenty-eight | 28 | OPEN
                No fewer than 12 were hurt.               | No fewer than 12  | 12 | OPEN
                More than 40 people were hurt.            | More than 40      | 41 | OPEN
                Over 100 people were evacuated.           | Over 100          | 101 | OPEN
                About 30 people were hurt.                | About 30          | 27 | 33
                Around 5 people were hurt.                | Around 5          | 4  | 6
                Approximately 200 people were moved.      | Approximately 200 | 180 | 220
                Some 45 people were hurt.                 | Some 45           | 40 | 50
                Roughly 8 people were hurt.               | Roughly 8         | 7  | 9
                Nearly 50 people were hurt.               | Nearly 50         | 45 | 49
                Almost 10 people were hurt.               | Almost 10         | 9  | 9
                Up to 40 people may have died.            | Up to 40          | 0  | 40
                As many as 15 people were hurt.           | As many as 15     | 0  | 15
                Fewer than 10 people were hurt.           | Fewer than 10     | 0  | 9
                Less than a dozen people were hurt.       | Less than a dozen | 0  | 11
                Under 20 people were hurt.                | Under 20          | 0  | 19
                More than a dozen people were hurt.       | More than a dozen | 13 | OPEN
                """)
        void qualifierTurnsFigureIntoInterval(String sentence, String text, long low, String high) {
            Quantity quantity = only(sentence);
            assertThat(quantity.text()).isEqualTo(text);
            long expectedHigh = high.equals("OPEN") ? OPEN : Long.parseLong(high);
            assertThat(quantity.count()).isEqualTo(new Interval(low, expectedHigh));
        }

        @Test
        void atLeastTwentyEightIsOpenAbove() {
            assertThat(only("At least 28 people were killed.").count()).isEqualTo(Interval.atLeast(28));
        }

        @Test
        void aboutOneStillHasABandOfOne() {
            assertThat(only("About one person was hurt.").count()).isEqualTo(new Interval(0, 2));
        }
    }

    @Nested
    class RoundAmounts {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Dozens of people were hurt.                 | Dozens            | 24
                Scores of people were hurt.                 | Scores            | 40
                Hundreds of people were evacuated.          | Hundreds          | 200
                Thousands of people fled.                   | Thousands         | 2000
                Tens of thousands of people fled.           | Tens of thousands | 20000
                Hundreds of thousands of people lost power. | Hundreds of thousands | 200000
                """)
        void pluralsAreOpenAbove(String sentence, String text, long low) {
            Quantity quantity = only(sentence);
            assertThat(quantity.text()).isEqualTo(text);
            assertThat(quantity.count()).isEqualTo(Interval.atLeast(low));
            assertThat(quantity.vague()).isTrue();
        }

        @Test
        void aDozenIsExactlyTwelve() {
            Quantity quantity = only("A dozen people were hurt.");
            assertThat(quantity.count()).isEqualTo(Interval.exactly(12));
            assertThat(quantity.vague()).isFalse();
        }
    }

    @Nested
    class NotCounts {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "The town was captured in 2022.",
                "The town was captured in July 2022.",
                "The plant closed on March 3 after the shelling.",
                "The plant closed on 3 March after the shelling.",
                "The plant closed on Sept.  3 after the shelling.",
                "A man aged  34 was among the dead.",
                "A 4-year-old child was among the dead.",
                "A man aged 34 was among the dead.",
                "The victims, ages 19 to 24, were taken to hospital.",
                "The men, aged 25 and 34, were treated at the scene.",
                "The victim was 34 years old.",
                "The blast happened at 12:30 p.m. local time.",
                "The sirens sounded at 3 p.m. on Friday.",
                "The front line lies 10 km west of the town.",
                "Turnout fell by 5 percent.",
                "Turnout fell by 5% this year.",
                "The city pledged $2 million for repairs.",
                "It was the 4th strike this month.",
                "Flight MH17 was shot down.",
                "Call 555-0123 for information.",
                "The magnitude 7.8 quake struck at dawn.",
                "The shelling lasted two days.",
                "A 12-hour curfew was imposed.",
                "A ten-year-old boy was hurt.",
                "Investigators are looking at route 66.",
                "Passengers taken to hospital after the collision on Highway 11 died overnight.",
                "The truck jackknifed on Hwy. 16 near the town.",
                "Traffic on Interstate 80 was closed.",
        })
        void numbersThatAreNotCountsOfPeopleAreSkipped(String sentence) {
            assertThat(parser.find(sentence)).isEmpty();
        }

        @Test
        void qualifiedFourDigitFigureIsACountNotAYear() {
            assertThat(only("At least 2000 people fled.").count()).isEqualTo(Interval.atLeast(2000));
        }

        @Test
        void datesAndAgesDeepInAWholeArticleAreStillSkipped() {
            String article = "Rescuers searched the rubble through the night.\n\n".repeat(200)
                    + "The plant closed on March 3. A man aged 34 died.\n\n28 people were hurt.";
            assertThat(parser.find(article)).extracting(Quantity::text).containsExactly("28");
        }

        @Test
        void countNextToAYearIsStillRead() {
            assertThat(parser.find("In 2022, 30 people were hurt.")).extracting(Quantity::text).containsExactly("30");
        }
    }
}
