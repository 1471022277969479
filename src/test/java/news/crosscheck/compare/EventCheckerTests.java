package news.crosscheck.compare;

import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyExtractor;
import news.crosscheck.claim.casualty.CasualtyKind;
import news.crosscheck.claim.casualty.Scope;
import news.crosscheck.claim.mention.Mention;
import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.text.Sentence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static news.crosscheck.compare.ClaimsFixture.article;
import static news.crosscheck.compare.ClaimsFixture.figure;
import static news.crosscheck.compare.ClaimsFixture.killed;
import static news.crosscheck.compare.ClaimsFixture.person;
import static news.crosscheck.compare.ClaimsFixture.place;
import static org.assertj.core.api.Assertions.assertThat;

class EventCheckerTests {

    private final EventChecker checker = new EventChecker(0.10, new SpellingVariants(), HouseStyle.NONE);

    @Nested
    class CasualtyCounts {

        @Test
        void atLeastTwentyDoesNotConflictWithTwentyEight() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("At least 20", Interval.atLeast(20), 1,
                            "At least 20 people were killed when a missile struck a bakery in the town.")),
                    wire("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "A missile strike on a bakery in the town killed 28 people, officials said."))));
            assertThat(found).isEmpty();
        }

        @Test
        void twentyAndTwentyEightOnTheSameDayConflict() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("20", Interval.exactly(20), 1,
                            "Twenty people were killed when a missile struck a bakery in the town.")),
                    wire("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "A missile strike on a bakery in the town killed 28 people, officials said."))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.CASUALTY_COUNT);
                assertThat(d.severity()).isEqualTo(Severity.CONFLICT);
                assertThat(d.subject()).isEqualTo("killed: people");
                assertThat(d.statements()).extracting(Discrepancy.Statement::value).containsExactly("20", "28");
                assertThat(d.statements()).extracting(Discrepancy.Statement::outlet)
                        .containsExactly("Northern Ledger", "Meridian Wire");
                assertThat(d.explanation()).contains("cannot all be true").contains("Meridian Wire '28'");
            });
        }

        @Test
        void aHigherTollInALaterArticleIsAnUpdate() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "Twenty-eight people were killed when a missile struck a bakery in the town.")),
                    wire("2024-02-04", killed("31", Interval.exactly(31), 1,
                            "The number of people killed in the strike on the bakery in the town rose to 31."))));
            assertThat(found).singleElement().extracting(Discrepancy::severity).isEqualTo(Severity.UPDATE);
        }

        @Test
        void aLaterCountOfTheMissingIsAnUpdateEitherWay() {
            List<Discrepancy> fewer = checker.check("E1", List.of(
                    ledger("2024-02-03", missing("21", 21, "Twenty-one people were still missing after the quake.")),
                    wire("2024-02-04", missing("four", 4, "Four people remained missing after the quake."))));
            assertThat(fewer).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.UPDATE);
                assertThat(d.explanation()).startsWith("The count of people missing fell in later reports as they"
                        + " were found");
            });
            List<Discrepancy> more = checker.check("E1", List.of(
                    ledger("2024-02-03T09:10:00Z", missing("nine", 9, "Nine miners were missing after the blast.")),
                    wire("2024-02-03T16:30:00Z", missing("14", 14, "Fourteen miners were missing after the blast."))));
            assertThat(more).singleElement().extracting(Discrepancy::severity).isEqualTo(Severity.UPDATE);
            List<Discrepancy> sameTime = checker.check("E1", List.of(
                    ledger("2024-02-03", missing("18", 18, "Eighteen people were still missing after the ferry sank.")),
                    wire("2024-02-03", missing("31", 31, "Thirty-one people were missing after the ferry sank."))));
            assertThat(sameTime).singleElement().extracting(Discrepancy::severity).isEqualTo(Severity.CONFLICT);
        }

        private static CasualtyClaim missing(String value, long count, String text) {
            return figure(CasualtyKind.MISSING, value, Interval.exactly(count), "people", 1, text, "");
        }

        @Test
        void aRiseThatALaterReportGoesBackBelowIsAConflict() {
            ArticleClaims nextDay = article("post/1.txt", "Valley Post", "2024-02-04",
                    List.of(killed("six", Interval.exactly(6), 1,
                            "Six people died when the bus left the highway and rolled down the embankment.")),
                    List.of());
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03T14:30:00Z", killed("Six", Interval.exactly(6), 1,
                            "Six people died when the bus left the highway and rolled down the embankment.")),
                    wire("2024-02-03T14:45:00Z", killed("Seven", Interval.exactly(7), 1,
                            "Seven people were killed when the bus left the highway and rolled down an embankment.")),
                    nextDay));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.CONFLICT);
                assertThat(d.statements()).extracting(Discrepancy.Statement::value)
                        .containsExactly("Six", "Seven", "six");
            });
        }

        @Test
        void aLowerTollInALaterArticleIsAConflict() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "Twenty-eight people were killed when a missile struck a bakery in the town.")),
                    wire("2024-02-04", killed("20", Interval.exactly(20), 1,
                            "A missile strike on a bakery in the town killed 20 people, officials said."))));
            assertThat(found).singleElement().extracting(Discrepancy::severity).isEqualTo(Severity.CONFLICT);
        }

        @Test
        void timesOfTheSameDayOrderTheReports() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03T09:00:00Z", killed("12", Interval.exactly(12), 1,
                            "Twelve people were killed when a missile struck a bakery in the town.")),
                    wire("2024-02-03T21:00:00Z", killed("28", Interval.exactly(28), 1,
                            "A missile strike on a bakery in the town killed 28 people, officials said."))));
            assertThat(found).singleElement().extracting(Discrepancy::severity).isEqualTo(Severity.UPDATE);
        }

        @Test
        void aFigureAboutAnotherEventIsNeverCompared() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "Twenty-eight people were killed when a missile struck a bakery in the town."),
                            figure(CasualtyKind.KILLED, "at least 24", Interval.atLeast(24), "people", 5,
                                    "In December, a strike on Belgorod killed at least 24 people.",
                                    "earlier time 'In December'")),
                    wire("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "A missile strike on a bakery in the town killed 28 people, officials said."),
                            figure(CasualtyKind.KILLED, "25", Interval.exactly(25), "people", 6,
                                    "On December 30, shelling of Belgorod killed 25 people.",
                                    "earlier time 'On December 30'"))));
            assertThat(found).isEmpty();
        }

        @Test
        void figuresFromAnInternationalMissionAndAMinistryAreToBeAttributedNotCorrected() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", sourced(killed("41", Interval.exactly(41), 1,
                            "The UN monitoring mission said 41 civilians were killed in the shelling of the town."),
                            "UN monitoring mission")),
                    wire("2024-02-03", sourced(killed("12", Interval.exactly(12), 1,
                            "The Defence Ministry said 12 civilians were killed in the shelling of the town."),
                            "Defence Ministry"))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.SOURCE_DIFFERS);
                assertThat(d.explanation()).contains("according to UN monitoring mission")
                        .contains("according to Defence Ministry");
                assertThat(d.suggestion()).isEqualTo(
                        "attribute both figures: '41' (UN monitoring mission) and '12' (Defence Ministry)");
            });
        }

        @Test
        void sourcesOfOneSideInOtherWordsStillConflict() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", sourced(killed("7", Interval.exactly(7), 1,
                            "Seven people were killed in the strike, regional governor Ivan Petrov said."),
                            "regional governor Ivan Petrov")),
                    wire("2024-02-03", sourced(killed("5", Interval.exactly(5), 1,
                            "The strike killed 5 people, according to the regional administration."),
                            "regional administration"))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.CONFLICT);
                assertThat(d.suggestion()).isEqualTo("check with the sources; until then say 'at least 5'");
            });
        }

        @Test
        void twoCountsThatBothArticlesGiveAreNoDifferenceBetweenThem() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03",
                            sourced(killed("four", Interval.exactly(4), 3,
                                    "The governor put the number of miners killed in the mine at four."), "governor"),
                            sourced(killed("three", Interval.exactly(3), 4,
                                    "The mining agency put the number of miners killed in the mine at three."),
                                    "mining agency")),
                    wire("2024-02-03",
                            sourced(killed("3", Interval.exactly(3), 2,
                                    "The mining agency said 3 miners were killed in the mine."), "mining agency"),
                            sourced(killed("4", Interval.exactly(4), 5,
                                    "The governor said 4 miners were killed in the mine."), "governor"))));
            assertThat(found).isEmpty();
        }

        @Test
        void aFigureOnlyOneArticleGivesBesideTheOtherStillDiffers() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03",
                            killed("four", Interval.exactly(4), 3,
                                    "The governor put the number of miners killed in the mine at four."),
                            killed("three", Interval.exactly(3), 4,
                                    "The mining agency put the number of miners killed in the mine at three.")),
                    wire("2024-02-03", killed("3", Interval.exactly(3), 2,
                            "The mining agency said 3 miners were killed in the mine."))));
            assertThat(found).singleElement().extracting(d -> d.statements().stream()
                    .map(Discrepancy.Statement::value).toList()).isEqualTo(List.of("four", "3"));
        }

        @Test
        void aFigureBackUpToOneGivenEarlierIsNoRiseFromTheLowerOneBetween() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    article("herald/1.txt", "Lake Herald", "2024-02-03T15:30:00-05:00", List.of(figure(
                            CasualtyKind.INJURED, "Three", Interval.exactly(3), "people", 4,
                            "Three other people were hospitalized after the crash on Harmon Avenue.", "")), List.of()),
                    article("news6/1.txt", "News 6", "2024-02-03T20:05:00-05:00", List.of(figure(
                            CasualtyKind.INJURED, "Two", Interval.exactly(2), "people", 3,
                            "Two other people were hurt in the crash on Harmon Avenue.", "")), List.of()),
                    article("courier/1.txt", "City Courier", "2024-02-04T06:00:00-05:00", List.of(figure(
                            CasualtyKind.INJURED, "Three", Interval.exactly(3), "people", 5,
                            "Three other people were injured in the crash on Harmon Avenue.", "")), List.of())));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.CONFLICT);
                assertThat(d.statements()).extracting(Discrepancy.Statement::value).containsExactly("Three", "Two");
            });
        }

        @Test
        void anEarlierFigureAboveTheRiseDoesNotContestIt() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-02", killed("300", Interval.exactly(300), 6,
                            "A missile strike on a bakery in the town killed 300 people, a local official said.")),
                    wire("2024-02-03", killed("43", Interval.exactly(43), 1,
                            "A missile strike on a bakery in the town killed 43 people, officials said.")),
                    article("post/2.txt", "Valley Post", "2024-02-04", List.of(killed("57", Interval.exactly(57), 1,
                            "The number of people killed in the strike on the bakery in the town rose to 57.")),
                            List.of())));
            assertThat(found).extracting(Discrepancy::severity).contains(Severity.UPDATE);
        }

        @Test
        void theUpdateSuggestsTheLatestFigure() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "Twenty-eight people were killed when a missile struck a bakery in the town.")),
                    wire("2024-02-04", killed("31", Interval.exactly(31), 1,
                            "The number of people killed in the strike on the bakery in the town rose to 31."))));
            assertThat(found).singleElement().extracting(Discrepancy::suggestion)
                    .isEqualTo("use the latest figure, '31' (Meridian Wire, 2024-02-04)");
        }

        @Test
        void aTollThatRoseAndConflictsGetsOneSuggestionNamingTheLatest() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "Twenty-eight people were killed when a missile struck a bakery in the town.")),
                    wire("2024-02-03", killed("20", Interval.exactly(20), 1,
                            "A missile strike on a bakery in the town killed 20 people, officials said.")),
                    article("post/2.txt", "Valley Post", "2024-02-04", List.of(killed("31", Interval.exactly(31), 1,
                            "The number of people killed in the strike on the bakery in the town rose to 31.")),
                            List.of())));
            assertThat(found).extracting(Discrepancy::severity)
                    .containsExactlyInAnyOrder(Severity.CONFLICT, Severity.UPDATE);
            assertThat(found).extracting(Discrepancy::suggestion).containsOnly(
                    "check with the sources; until then say 'at least 20'; the latest report gives '31' "
                            + "(Valley Post, 2024-02-04)");
        }

        @Test
        void differentSlotsAndGroupsAreNotCompared() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "Twenty-eight people were killed when a missile struck a bakery in the town."),
                            figure(CasualtyKind.KILLED, "five", Interval.exactly(5), "children", 2,
                                    "Five children were among those killed in the strike on the bakery.", "")),
                    wire("2024-02-03", figure(CasualtyKind.RESCUED, "10", Interval.exactly(10), "people", 1,
                            "Rescuers pulled 10 people from the rubble of the bakery in the town.", ""))));
            assertThat(found).isEmpty();
        }

        @Test
        void fourMenShotMeansAtLeastFourPeopleShot() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", figure(CasualtyKind.INJURED, "four", Interval.exactly(4), "men", 1,
                            "Police said the gunman shot four men outside a bar on Ridge Street after a brawl.", "")),
                    wire("2024-02-03", figure(CasualtyKind.INJURED, "three", Interval.exactly(3), "people", 1,
                            "A gunman opened fire outside a bar on Ridge Street after a brawl, wounding three people.",
                            ""))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.CONFLICT);
                assertThat(d.subject()).isEqualTo("injured: people");
                assertThat(d.statements()).extracting(Discrepancy.Statement::value).containsExactly("four", "three");
                assertThat(d.explanation()).contains("Northern Ledger 'four men'").contains("Meridian Wire 'three'");
            });
        }

        @Test
        void morePassengersHurtThanPeopleIsAConflictAndFewerIsNone() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", figure(CasualtyKind.INJURED, "at least 20", Interval.atLeast(20), "passengers",
                            1, "At least 20 passengers were hurt when the night bus left the road near Tarnfield.", "")),
                    wire("2024-02-03", figure(CasualtyKind.INJURED, "11", Interval.exactly(11), "people", 1,
                            "The night bus left the road near Tarnfield, injuring 11 people, police said.", ""))));
            assertThat(found).singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.CONFLICT));
            assertThat(checker.check("E1", List.of(
                    ledger("2024-02-03", figure(CasualtyKind.INJURED, "nine", Interval.exactly(9), "passengers", 1,
                            "Nine passengers were hurt when the night bus left the road near Tarnfield.", "")),
                    wire("2024-02-03", figure(CasualtyKind.INJURED, "11", Interval.exactly(11), "people", 1,
                            "The night bus left the road near Tarnfield, injuring 11 people, police said.", "")))))
                    .isEmpty();
        }

        @Test
        void fewerChildrenThanPeopleOrSoldiersBeyondThemAreNoConflict() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", figure(CasualtyKind.KILLED, "two", Interval.exactly(2), "children", 1,
                            "Two children were killed when a shell hit a school in the village.", ""),
                            figure(CasualtyKind.KILLED, "five", Interval.exactly(5), "soldiers", 2,
                                    "Five soldiers were killed when a shell hit their post near the village.", "")),
                    wire("2024-02-03", killed("three", Interval.exactly(3), 1,
                            "Three people were killed when a shell hit a school in the village, officials said."))));
            assertThat(found).isEmpty();
        }

        @Test
        void aLaterPartAboveAnEarlierTotalIsAnUpdate() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("two", Interval.exactly(2), 1,
                            "Two people were killed when a car ploughed into a crowd at the market.")),
                    wire("2024-02-04", figure(CasualtyKind.KILLED, "three", Interval.exactly(3), "women", 1,
                            "Three women were killed when a car ploughed into a crowd at the market.", ""))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.UPDATE);
                assertThat(d.suggestion()).contains("'three women'");
            });
        }

        @Test
        void aFigureNamingTheVictimsNationalityIsTheTollOfItsGroup() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", figure(CasualtyKind.KILLED, "Two", Interval.exactly(2), "kyrgyz border guards",
                            0, "Two Kyrgyz border guards killed in clash at the frontier", "")),
                    wire("2024-02-04", figure(CasualtyKind.KILLED, "three", Interval.exactly(3), "border guards", 1,
                            "Bishkek said three of its border guards had been killed in the clash at the frontier.",
                            ""))));
            assertThat(found).singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.UPDATE));
        }

        @Test
        void twoNationalitiesDeadAreTwoGroups() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", figure(CasualtyKind.KILLED, "two", Interval.exactly(2), "tajik servicemen", 1,
                            "The border troops said two Tajik servicemen were killed in the clash at the frontier.",
                            "")),
                    wire("2024-02-03", figure(CasualtyKind.KILLED, "15", Interval.exactly(15), "kyrgyz servicemen", 1,
                            "The border troops said 15 Kyrgyz servicemen were killed in the clash at the frontier.",
                            ""))));
            assertThat(found).isEmpty();
        }

        @Test
        void eachCountrysShareOfADeathTollIsNotTheToll() {
            CasualtyClaim egyptians = figure(CasualtyKind.KILLED, "31", Interval.exactly(31), "egyptian pilgrims", 2,
                    "Egypt's foreign ministry said 31 Egyptian pilgrims had died in the heat during the pilgrimage.", "");
            CasualtyClaim jordanians = figure(CasualtyKind.KILLED, "14", Interval.exactly(14), "jordanian pilgrims", 3,
                    "Amman said 14 Jordanian pilgrims had died in the heat during the pilgrimage.", "");
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-06-17", egyptians, jordanians),
                    article("courier/1.txt", "Eastern Courier", "2024-06-17", List.of(figure(CasualtyKind.KILLED,
                            "four", Interval.exactly(4), "kenyan pilgrims", 1,
                            "Four Kenyan pilgrims died in the heat during the pilgrimage, the board said.", "")),
                            List.of()),
                    wire("2024-06-19", figure(CasualtyKind.KILLED, "301", Interval.exactly(301), "pilgrims", 1,
                            "The kingdom said 301 pilgrims died in the heat during the pilgrimage.", ""),
                            figure(CasualtyKind.KILLED, "58", Interval.exactly(58), "egyptian pilgrims", 2,
                                    "Egypt said 58 Egyptian pilgrims had died in the heat, up from its first count.",
                                    ""))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.UPDATE);
                assertThat(d.statements()).extracting(Discrepancy.Statement::value).containsExactly("31", "58");
            });
        }

        @Test
        void theRescuedAreNoCasualtiesAndAreNeverCompared() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03T09:00:00Z", figure(CasualtyKind.RESCUED, "38", Interval.exactly(38), "people", 1,
                            "Thirty-eight people were pulled alive from the water by coast guard crews.", "")),
                    wire("2024-02-03T10:00:00Z", figure(CasualtyKind.RESCUED, "11", Interval.exactly(11), "people", 1,
                            "A fisherman said his crew had pulled 11 people alive from the water.", ""))));
            assertThat(found).isEmpty();
        }

        @Test
        void aHeadlineAndItsLeadGiveOneRowPerArticle() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("20", Interval.exactly(20), 0, "Bakery strike kills 20 in town"),
                            killed("20", Interval.exactly(20), 1,
                                    "Twenty people were killed when a missile struck a bakery in the town.")),
                    wire("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "A missile strike on a bakery in the town killed 28 people, officials said."))));
            assertThat(found).singleElement().extracting(d -> d.statements().size()).isEqualTo(2);
        }
    }

    @Nested
    class WhatCompares {

        @Test
        void aSubsetIsNeverComparedWithTheToll() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("5", Interval.exactly(5), 1,
                            "Five people were wounded when a gunman opened fire outside the club.")),
                    wire("2024-02-03", killed("two", Interval.exactly(2), 1,
                            "Two people were critically wounded when a gunman opened fire outside the club.")
                            .withScope(Scope.SUBSET, "'critically'"))));
            assertThat(found).isEmpty();
        }

        @Test
        void oneArticleComparesItsHeadlineWithItsLeadOnly() {
            List<Discrepancy> headlineAndLead = checker.check("E1", List.of(ledger("2024-02-03",
                    killed("4", Interval.exactly(4), 0, "Shooting that struck 4 leaves club shut"),
                    killed("three", Interval.exactly(3), 2,
                            "The gunman fired six rounds, striking three men outside the club."))));
            assertThat(headlineAndLead).singleElement().extracting(Discrepancy::severity).isEqualTo(Severity.CONFLICT);

            List<Discrepancy> furtherDown = checker.check("E1", List.of(ledger("2024-02-03",
                    killed("4", Interval.exactly(4), 1, "Four people were shot dead outside the club on Main Street."),
                    killed("two", Interval.exactly(2), 7, "Two people were shot dead outside the club in 2019."))));
            assertThat(furtherDown).isEmpty();
        }

        @Test
        void aHeadlineItsLeadRepeatsIsNotComparedWithTheLeadsOtherFigure() {
            List<Discrepancy> found = checker.check("E1", List.of(ledger("2024-02-03",
                    killed("seven", Interval.exactly(7), 0, "Police put ferry toll at seven, deny eighth body report"),
                    killed("seven", Interval.exactly(7), 1,
                            "Police said on Saturday that seven people were confirmed dead after the ferry sank."),
                    killed("two", Interval.exactly(2), 2,
                            "Divers recovered two bodies on Saturday, one near the wreck and one downstream."))));
            assertThat(found).isEmpty();
        }

        @Test
        void killedFiguresOneApartAgreeWhenTheAttackerDied() {
            ArticleClaims ledger = attackerDead("ledger/1.txt", "Northern Ledger", "2024-02-03", List.of(
                    killed("Three", Interval.exactly(3), 1,
                            "Three people are dead after a man shot his wife and son and then himself at home.")),
                    List.of(), 1);
            ArticleClaims wire = wire("2024-02-03", killed("two", Interval.exactly(2), 1,
                    "A man shot and killed his wife and son at their home before turning the gun on himself."));
            assertThat(checker.check("E1", List.of(ledger, wire))).isEmpty();
        }

        @Test
        void aRiseThenOneLessWithoutTheAttackerIsStillARise() {
            ArticleClaims early = wire("2024-02-03T07:50:00Z", killed("four", Interval.exactly(4), 1,
                    "A car bomb exploded at a checkpoint in the town, killing four people and wounding 11."));
            ArticleClaims withBomber = attackerDead("post/1.txt", "Valley Post", "2024-02-03T13:30:00Z", List.of(
                    killed("seven", Interval.exactly(7), 1,
                            "A car bomb at a checkpoint in the town killed seven people, including the driver.")),
                    List.of(), 1);
            ArticleClaims without = ledger("2024-02-03T16:05:00Z", killed("six", Interval.exactly(6), 1,
                    "The toll from the car bomb at a checkpoint in the town rose to six, not counting the bomber."));
            assertThat(checker.check("E1", List.of(early, withBomber, without)))
                    .extracting(Discrepancy::severity).containsOnly(Severity.UPDATE);
        }

        @Test
        void killedFiguresApartByTheAttackersWhoDiedAgree() {
            ArticleClaims wire = attackerDead("wire/1.txt", "Meridian Wire", "2024-02-03T07:40:00Z", List.of(
                    killed("Eleven", Interval.exactly(11), 1,
                            "Eleven people, including three of the attackers, were killed when gunmen stormed a village.")),
                    List.of(), 3);
            ArticleClaims ledger = ledger("2024-02-03T12:10:00Z", killed("Eight", Interval.exactly(8), 1,
                    "Eight people were killed when armed men attacked the village overnight."));
            assertThat(checker.check("E1", List.of(wire, ledger))).isEmpty();
            ArticleClaims post = article("post/1.txt", "Valley Post", "2024-02-03T13:00:00Z", List.of(
                    killed("Seven", Interval.exactly(7), 1, "Seven people were killed when gunmen attacked the village.")),
                    List.of());
            assertThat(checker.check("E1", List.of(wire, ledger, post))).as("four apart: more than the attackers")
                    .isNotEmpty();
        }

        @Test
        void injuredFiguresOneApartAgreeWhenTheAttackerShotHimself() {
            ArticleClaims ledger = attackerShotHimself("ledger/1.txt", "2024-02-03",
                    figure(CasualtyKind.INJURED, "2", Interval.exactly(2), "people", 0,
                            "Man wounds 2, including his son, before shooting himself", ""),
                    figure(CasualtyKind.INJURED, "three", Interval.exactly(3), "people", 1,
                            "All three victims were alive when they were taken to the hospital.", ""));
            assertThat(checker.check("E1", List.of(ledger))).isEmpty();
            ArticleClaims wire = wire("2024-02-03", figure(CasualtyKind.INJURED, "4", Interval.exactly(4), "people",
                    1, "Four people were wounded in the shooting at the apartment.", ""));
            assertThat(checker.check("E1", List.of(ledger, wire))).as("two apart: not explained by the attacker")
                    .isNotEmpty();
        }

        @Test
        void aReportOutBeforeTheAttackerWasHurtDoesNotCountHim() {
            String platform = "Seven people were hurt when a man opened fire on the Corliss Street station platform.";
            ArticleClaims night = wire("2024-02-02T23:30:00Z", noneKilled(platform),
                    figure(CasualtyKind.INJURED, "Seven", Interval.exactly(7), "people", 1, platform, ""));
            String died = "One man died and six people were hurt when a man opened fire on the Corliss St platform.";
            ArticleClaims saturday = ledger("2024-02-03T17:00:00Z", killed("One", Interval.exactly(1), 1, died),
                    figure(CasualtyKind.INJURED, "six", Interval.exactly(6), "people", 1, died, ""));
            ArticleClaims sunday = attackerShotHimself("post/1.txt", "2024-02-04T12:00:00Z",
                    figure(CasualtyKind.INJURED, "seven", Interval.exactly(7), "people", 1,
                            "Seven people were hurt on the Corliss Street platform, including the suspect himself.",
                            ""));
            List<Discrepancy> found = checker.check("E1", List.of(night, saturday, sunday));
            assertThat(found).extracting(Discrepancy::severity).containsOnly(Severity.UPDATE);
            assertThat(found).filteredOn(d -> d.subject().startsWith("injured")).singleElement()
                    .satisfies(d -> assertThat(d.explanation()).contains("fell in later reports as some of them died"));
        }

        @Test
        void fewerInjuredInAFollowUpThatNamesTheHurtWhoDiedIsAnUpdate() {
            CasualtyExtractor extractor = new CasualtyExtractor();
            List<CasualtyClaim> first = extractor.extract(List.of(new Sentence(1,
                    "Her mother, 58-year-old Rosa Kell, and her son, 10-year-old Milo Kell, also suffered gunshot "
                            + "wounds.")));
            List<CasualtyClaim> followUp = extractor.extract(List.of(
                    new Sentence(1, "Rosa Kell died Monday of the wounds she suffered on May 3, the sheriff said."),
                    new Sentence(2, "Her son, 10-year-old Milo, and her mother, Rosa, 58, were both wounded in the "
                            + "shooting.")));
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-05-03", first.toArray(CasualtyClaim[]::new)),
                    wire("2024-05-13", followUp.toArray(CasualtyClaim[]::new))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.subject()).isEqualTo("injured: people");
                assertThat(d.severity()).isEqualTo(Severity.UPDATE);
            });
        }

        @Test
        void fewerInjuredInALaterReportWithAsManyMoreDeadIsAnUpdate() {
            CasualtyClaim none = noneKilled("All four victims of the shooting on Oak Street are expected to survive.");
            CasualtyClaim four = figure(CasualtyKind.INJURED, "four", Interval.exactly(4), "people", 1,
                    "All four victims of the shooting on Oak Street are expected to survive.", "");
            CasualtyClaim oneDead = figure(CasualtyKind.KILLED, "one", Interval.exactly(1), "people", 0,
                    "Two arrested in Oak Street shooting that killed one, injured 3 others", "");
            CasualtyClaim three = figure(CasualtyKind.INJURED, "3", Interval.exactly(3), "people", 0,
                    "Two arrested in Oak Street shooting that killed one, injured 3 others", "");
            List<Discrepancy> found = checker.check("E1", List.of(ledger("2024-02-03", none, four),
                    wire("2024-02-20", oneDead, three)));
            assertThat(found).extracting(Discrepancy::severity).containsOnly(Severity.UPDATE);
            assertThat(found).filteredOn(d -> d.subject().startsWith("injured")).singleElement()
                    .satisfies(d -> assertThat(d.explanation()).contains("fell in later reports as some of them died"));

            List<Discrepancy> noDeath = checker.check("E1", List.of(ledger("2024-02-03", four),
                    wire("2024-02-20", three)));
            assertThat(noDeath).extracting(Discrepancy::severity).containsOnly(Severity.CONFLICT);
        }

        @Test
        void anImpliedZeroIsAnUpdateAgainstALaterDeathAndNothingAgainstAnEarlierOne() {
            CasualtyClaim none = noneKilled("A man was shot in the leg outside the club and taken to hospital.");
            CasualtyClaim died = figure(CasualtyKind.KILLED, "A man", Interval.exactly(1), "men", 1,
                    "A man who was shot in the leg outside the club has died in hospital.", "");
            List<Discrepancy> update = checker.check("E1", List.of(ledger("2024-02-03", none),
                    wire("2024-02-04", died)));
            assertThat(update).singleElement().satisfies(d -> {
                assertThat(d.severity()).isEqualTo(Severity.UPDATE);
                assertThat(d.confidence()).isLessThan(0.6 + 1e-9);
            });
            assertThat(checker.check("E1", List.of(ledger("2024-02-05", none), wire("2024-02-04", died)))).isEmpty();
        }

        @Test
        void aConfidenceComesWithEveryDiscrepancy() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", killed("20", Interval.exactly(20), 1,
                            "Twenty people were killed when a missile struck a bakery in the town.")),
                    wire("2024-02-03", killed("28", Interval.exactly(28), 1,
                            "A missile strike on a bakery in the town killed 28 people, officials said."))));
            assertThat(found).singleElement().extracting(Discrepancy::confidence)
                    .satisfies(c -> assertThat(c).isBetween(0.5, 1.0));
        }
    }

    @Nested
    class Names {

        @Test
        void oneArticleSpellingAnOfficialTwoWaysIsAVariant() {
            List<Discrepancy> found = checker.check("E1", List.of(ledger("2024-02-03", List.of(
                    person("Leonid Pesechnik", "Leonid Pesechnik", 1,
                            "The regional head, Leonid Pesechnik, said rescuers were at work."),
                    person("Pasechnik", "Leonid Pesechnik", 2, "Pasechnik declared a day of mourning.")))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.NAME_SPELLING);
                assertThat(d.severity()).isEqualTo(Severity.VARIANT);
                assertThat(d.statements()).extracting(Discrepancy.Statement::value)
                        .containsExactly("Pesechnik", "Pasechnik");
                assertThat(d.explanation()).contains("Northern Ledger writes 'Pasechnik' once and 'Pesechnik' once");
            });
        }

        @Test
        void twoPeopleSharingAFirstNameAreNotVariants() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", List.of(person("Leonid Pasechnik", "Leonid Pasechnik", 1,
                            "Leonid Pasechnik said the strike hit a bakery."))),
                    wire("2024-02-03", List.of(person("Leonid Slutsky", "Leonid Slutsky", 1,
                            "Leonid Slutsky said parliament would hold a minute of silence.")))));
            assertThat(found).isEmpty();
        }

        @Test
        void aTransliteratedTownIsAPlaceVariantAcrossOutlets() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", List.of(place("Lysychansk", 1, "A strike hit a bakery in Lysychansk."))),
                    wire("2024-02-03", List.of(place("Lisichansk", 1, "A strike hit a bakery in Lisichansk.")))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.PLACE_SPELLING);
                assertThat(d.statements()).extracting(Discrepancy.Statement::outlet)
                        .containsExactly("Northern Ledger", "Meridian Wire");
            });
        }

        @Test
        void twoPlacesThatTwoArticlesEachNameAreNotSpellingsOfOne() {
            List<Mention> both = List.of(place("Isfana", 1, "Shelling hit Isfana."),
                    place("Isfara", 2, "Isfara, a separate town despite the similar name, was quiet."));
            assertThat(checker.check("E1", List.of(ledger("2024-02-03", both), wire("2024-02-03", both),
                    article("post/1.txt", "Valley Post", "2024-02-03", List.of(),
                            List.of(place("Isfara", 1, "Border guards in Isfara fired back.")))))).isEmpty();
            // one article naming both, one consonant for another, names two towns too; a vowel or a letter left out
            // may be a slip
            assertThat(checker.check("E1", List.of(ledger("2024-02-03", both), wire("2024-02-03",
                    List.of(place("Isfana", 1, "Shelling hit Isfana.")))))).isEmpty();
            List<Mention> slip = List.of(place("Isfana", 1, "Shelling hit Isfana."),
                    place("Isfna", 2, "Isfna's market was shut."));
            assertThat(checker.check("E1", List.of(ledger("2024-02-03", slip), wire("2024-02-03",
                    List.of(place("Isfana", 1, "Shelling hit Isfana.")))))).singleElement()
                    .extracting(Discrepancy::kind).isEqualTo(DiscrepancyKind.PLACE_SPELLING);
        }

        @Test
        void theSpellingMostOutletsUseIsSuggested() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", List.of(place("Lysychansk", 1, "A strike hit a bakery in Lysychansk."))),
                    wire("2024-02-03", List.of(place("Lisichansk", 1, "A strike hit a bakery in Lisichansk."))),
                    article("post/1.txt", "Valley Post", "2024-02-03", List.of(),
                            List.of(place("Lisichansk", 1, "Rescuers dug through the night in Lisichansk.")))));
            assertThat(found).singleElement().extracting(Discrepancy::suggestion)
                    .isEqualTo("use 'Lisichansk' (2 of 3 outlets)");
        }

        @Test
        void aTieBetweenSpellingsIsLeftToTheHouseList() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", List.of(place("Lysychansk", 1, "A strike hit a bakery in Lysychansk."))),
                    wire("2024-02-03", List.of(place("Lisichansk", 1, "A strike hit a bakery in Lisichansk."),
                            place("Lisichansk", 3, "Rescuers worked through the night in Lisichansk.")))));
            assertThat(found).singleElement().extracting(Discrepancy::suggestion).isEqualTo(
                    "no majority ('Lisichansk' 1 of 2, 'Lysychansk' 1 of 2 outlets): add the spelling to the house list");
        }

        @Test
        void theHouseListOutranksTheMajorityAndFlagsAVariantEveryoneUses() {
            EventChecker withHouseStyle = new EventChecker(0.10, new SpellingVariants(),
                    new HouseStyle(Map.of("Lisichansk", "Lysychansk")));
            List<Discrepancy> found = withHouseStyle.check("E1", List.of(
                    wire("2024-02-03", List.of(place("Lisichansk", 1, "A strike hit a bakery in Lisichansk."))),
                    article("post/1.txt", "Valley Post", "2024-02-03", List.of(),
                            List.of(place("Lisichansk", 1, "Rescuers dug through the night in Lisichansk.")))));
            assertThat(found).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DiscrepancyKind.PLACE_SPELLING);
                assertThat(d.explanation()).startsWith("House style spells Lisichansk 'Lysychansk'");
                assertThat(d.suggestion()).isEqualTo("use 'Lysychansk' (0 of 2 outlets; house list)");
            });
        }

        @Test
        void letterCaseAloneIsNotAVariant() {
            List<Discrepancy> found = checker.check("E1", List.of(
                    ledger("2024-02-03", List.of(place("Lysychansk", 1, "A strike hit a bakery in Lysychansk."))),
                    wire("2024-02-03", List.of(place("LYSYCHANSK", 1, "LYSYCHANSK: a strike hit a bakery.")))));
            assertThat(found).isEmpty();
        }
    }

    @Test
    void idsAreStableAcrossRuns() {
        List<ArticleClaims> event = List.of(
                ledger("2024-02-03", killed("20", Interval.exactly(20), 1, "Twenty were killed in the town.")),
                wire("2024-02-03", killed("28", Interval.exactly(28), 1, "The strike killed 28 in the town.")));
        assertThat(checker.check("E1", event)).extracting(Discrepancy::id)
                .isEqualTo(checker.check("E1", event).stream().map(Discrepancy::id).toList())
                .allMatch(id -> id.matches("D[0-9a-f]{12}"));
    }

    private static CasualtyClaim sourced(CasualtyClaim claim,
                                                               String source) {
        return claim.withSource(source);
    }

    private static ArticleClaims attackerDead(String id, String outlet, String published, List<CasualtyClaim> figures,
                                              List<Mention> mentions, int attackersDead) {
        return new ArticleClaims(id, outlet, java.time.LocalDate.parse(published.substring(0, 10)), published, figures,
                mentions, attackersDead, false);
    }

    /** The zero an article implies when it reports people hurt and alive and no death (sentence 1). */
    private static CasualtyClaim noneKilled(String sentence) {
        return new CasualtyClaim(CasualtyKind.KILLED, "no one reported killed", Interval.exactly(0), "people",
                new Sentence(1, sentence), "", "", Scope.WHOLE, "implied", 0.6, true);
    }

    private static ArticleClaims attackerShotHimself(String id, String published, CasualtyClaim... figures) {
        return new ArticleClaims(id, "Northern Ledger", java.time.LocalDate.parse(published.substring(0, 10)),
                published, List.of(figures), List.of(), 0, true);
    }

    private static ArticleClaims ledger(String published, CasualtyClaim... figures) {
        return article("ledger/1.txt", "Northern Ledger", published, List.of(figures), List.of());
    }

    private static ArticleClaims wire(String published, CasualtyClaim... figures) {
        return article("wire/1.txt", "Meridian Wire", published, List.of(figures), List.of());
    }

    private static ArticleClaims ledger(String published, List<Mention> mentions) {
        return article("ledger/1.txt", "Northern Ledger", published, List.of(), mentions);
    }

    private static ArticleClaims wire(String published, List<Mention> mentions) {
        return article("wire/1.txt", "Meridian Wire", published, List.of(), mentions);
    }
}
