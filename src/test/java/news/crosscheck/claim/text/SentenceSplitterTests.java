package news.crosscheck.claim.text;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SentenceSplitterTests {

    /**
     * The paragraphs are those that splitting at a blank line gives, empty ones aside: on written text and on 2,000
     * random texts of letters, spaces, tabs, line feeds and carriage returns.
     */
    @Test
    void cutsParagraphsWhereTheBlankLinePatternDoes() {
        Pattern blankLine = Pattern.compile("\\r?\\n\\s*\\r?\\n");
        List<String> texts = new ArrayList<>(List.of("", "One.", "\n\nTitle\n\nBody one.\r\n\r\nBody two.\n \n\t\n",
                "A line\nwrapped.\r\n\r\n\r\nNext.\r\r\n\nLast"));
        Random random = new Random(11);
        String characters = "ab .\t\n\n\r\r";
        for (int t = 0; t < 2_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(30); c > 0; c--) {
                text.append(characters.charAt(random.nextInt(characters.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(SentenceSplitter.paragraphs(text)).as(text)
                    .isEqualTo(Arrays.stream(blankLine.split(text)).filter(p -> !p.isEmpty()).toList());
        }
    }

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Nested
    class Abbreviations {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Drones flew toward Moscow and St. Petersburg overnight, the ministry said.",
                "The order came from Gen. Valery Tarasov on Monday morning.",
                "Lt. Col. Irina Sokolova and Sgt. Maria Lopez reached the village at dawn.",
                "Sen. Ann Porter and Rep. Joe Whitman met Gov. Kim Lindqvist in the capital.",
                "The trail up Mt. Hood was closed after the slide, rangers said.",
                "Dr. Ana Ruiz and Prof. Ben Okafor examined the samples with Mr. and Mrs. Hale.",
                "The chairman, Hon. Musa Danladi Kware, met Engr. Bisola Adeyemi and Brig. Tunde Ajayi at the site.",
                "Ms. Doe said the family had left No. 12 Harbour Road an hour before the blast.",
                "The talks began on Feb. 5 and ended on Sept. 12 without a deal.",
                "Martin Luther King Jr. spoke there in 1963, the guide said.",
                "The U.S. Army said it would send engineers to the site.",
                "Police identified the victim as Thomas P. Reed, 41, of Dayton.",
                "Officer Jillian R. Moss and Sgt. Dale K. Ortiz were first at the scene.",
                "The shots were fired at 10:40 p.m. Tuesday outside a bar on Elm Street.",
                "Officers arrived at 3 a.m. Nov. 4 and found two men wounded.",
                "The polls closed at 8 p.m. ET in most states.",
                "The bus overturned at about 5:15 a.m. (0115 GMT) near the 142-kilometre mark.",
                "BRANNOCK, Ind. (WBRK) — One person was killed early Saturday, police said.",
                "LITTLE ROCK, Ark. - A man wounded in a shooting earlier this month has died.",
        })
        void anAbbreviationBeforeANameOrANumberDoesNotEndTheSentence(String sentence) {
            assertThat(split(sentence)).containsExactly(sentence);
        }

        @Test
        void aSentenceEndingInAnAbbreviationStillEndsBeforeTheNextSentence() {
            assertThat(split("The march was led by Martin Luther King Jr. The crowd sang as it reached the bridge. "
                    + "The fire broke out in a shop on Main St. Police said nobody was hurt. "
                    + "Her son moved to the U.S. Officials there confirmed it. "
                    + "The party ended at 11 p.m. Police arrived later. He moved to Little Rock, Ark. The family "
                    + "followed."))
                    .containsExactly("The march was led by Martin Luther King Jr.",
                            "The crowd sang as it reached the bridge.",
                            "The fire broke out in a shop on Main St.",
                            "Police said nobody was hurt.",
                            "Her son moved to the U.S.",
                            "Officials there confirmed it.",
                            "The party ended at 11 p.m.",
                            "Police arrived later.",
                            "He moved to Little Rock, Ark.",
                            "The family followed.");
        }

        @Test
        void aSentenceOpeningOnAFigureIsASentenceOfItsOwn() {
            assertThat(split("7 additional victims were transported to area hospitals. 3 are listed in critical "
                    + "condition. The count is 3 victims deceased and 7 victims wounded. 2 wounded victims remain in "
                    + "hospital."))
                    .containsExactly("7 additional victims were transported to area hospitals.",
                            "3 are listed in critical condition.",
                            "The count is 3 victims deceased and 7 victims wounded.",
                            "2 wounded victims remain in hospital.");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "The march drew approx. 300 people, the police said.",
                "Prices rose 2.5 percent in March, the agency said.",
                "The rules are set out in art. 12 of the code.",
                "He was taken to hospital at 11 a.m. 3 hours after the crash.",
        })
        void aFigureAfterAnAbbreviationOrADecimalPointOpensNoSentence(String sentence) {
            assertThat(split(sentence)).containsExactly(sentence);
        }

        @Test
        void aSentenceEndingInACapitalLetterStillEnds() {
            assertThat(split("The team finished top of Group B. The draw is on Friday."))
                    .containsExactly("The team finished top of Group B.", "The draw is on Friday.");
        }
    }

    @Nested
    class Paragraphs {

        @Test
        void aHeadlineWithoutAFullStopIsASentenceOfItsOwn() {
            assertThat(split("""
                    Drone strike hits depot near St. Petersburg

                    A drone struck a fuel depot near St. Petersburg early on Tuesday. No one was hurt, \
                    the regional governor said."""))
                    .containsExactly("Drone strike hits depot near St. Petersburg",
                            "A drone struck a fuel depot near St. Petersburg early on Tuesday.",
                            "No one was hurt, the regional governor said.");
        }

        @Test
        void aQuoteThatEndsASentenceStaysWithItsAttribution() {
            assertThat(split("\"We will rebuild every house on this street,\" he said. "
                    + "\"It will take years.\" Crews began clearing the debris on Wednesday."))
                    .containsExactly("\"We will rebuild every house on this street,\" he said.",
                            "\"It will take years.\"",
                            "Crews began clearing the debris on Wednesday.");
        }

        @Test
        void aWrappedLineIsReadAsASpaceAndABlankLineEndsAParagraph() {
            assertThat(split("""
                    Firefighters from Gen.
                    Petrov Street station reached the block within minutes, and
                    rescuers pulled two people from the rubble.

                    Sgt. Maria Lopez said
                    the road would stay closed"""))
                    .containsExactly("Firefighters from Gen. Petrov Street station reached the block within minutes, "
                                    + "and rescuers pulled two people from the rubble.",
                            "Sgt. Maria Lopez said the road would stay closed");
        }

        @Test
        void sentencesAreNumberedInOrderAcrossParagraphsAndKnowTheirParagraph() {
            assertThat(splitter.split("First line here.\n\nBy Priya Raman, staff writer\n\nSecond one. Third one."))
                    .extracting(Sentence::index, Sentence::text, Sentence::paragraph)
                    .containsExactly(tuple(0, "First line here.", 0),
                            tuple(1, "Second one.", 1),
                            tuple(2, "Third one.", 1));
        }

        @Test
        void aBylineIsNoSentenceOfTheStory() {
            assertThat(split("Gunfire at party kills one\n\nBy Priya Raman, Courier-Ledger staff writer\n\n"
                    + "BRANNOCK - A man was killed early Saturday.\n\nBy Tuesday, 40 people had died."))
                    .containsExactly("Gunfire at party kills one", "BRANNOCK - A man was killed early Saturday.",
                            "By Tuesday, 40 people had died.");
        }
    }
}
