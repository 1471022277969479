package news.crosscheck.claim.casualty;

import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.text.Sentence;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static news.crosscheck.claim.casualty.CasualtyKind.INJURED;
import static news.crosscheck.claim.casualty.CasualtyKind.KILLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What part of the casualties a figure counts, and the readings that make a figure a bound or no figure at all. */
class FigureScopeTests {

    private final CasualtyExtractor extractor = new CasualtyExtractor();

    private List<CasualtyClaim> extract(String text) {
        return extractor.extract(List.of(new Sentence(5, text)));
    }

    private CasualtyClaim claim(String text, String value) {
        return extract(text).stream().filter(c -> c.value().equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim '" + value + "' in: " + text));
    }

    @Nested
    class Whole {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                Three people were killed and five wounded when a gunman opened fire at a bus stop.   | Three
                Three people were killed and five wounded when a gunman opened fire at a bus stop.   | five
                Police said 4 people were shot dead outside the club on Saturday night.             | 4
                The death toll rose to 31 on Sunday, the governor said.                              | 31
                The death toll from Sunday's twin suicide bombings at the market has risen to 23.     | 23
                A man was killed and four other people were injured in a series of stabbings.         | four
                One man died and 18 people were hurt in a chain of collisions involving 50 vehicles.  | 18
                Three people — two officers and a man who was pumping gas — were wounded, police said. | Three
                The second earthquake in a week killed 28 people in the district on Monday.          | 28
                Seven people have died since Tuesday's collapse of the parking garage.                | Seven
                The toll has risen to 12 since the blast tore through the market on Friday.           | 12
                The remaining 32 are still missing, the district officer said.                       | 32
                Four wounded were admitted to Mercy Hospital, where one later died.                   | Four
                Nine injured people were treated at the district hospital on Sunday.                 | Nine
                A drone struck a column of civilians fleeing the town, killing 12 people.            | 12
                Nine people were crushed to death as the crowd fled the tear gas.                    | Nine
                Two people were killed in a crash and fire that followed a collision on the bridge.  | Two
                Three people died in the crash, the fire and the explosion that followed.            | Three
                """)
        void theTollOfTheEventIsWhole(String sentence, String value) {
            CasualtyClaim claim = claim(sentence, value);
            assertThat(claim.scope()).isEqualTo(Scope.WHOLE);
            assertThat(claim.isWholeToll()).isTrue();
            assertThat(claim.scopeReason()).isEmpty();
        }
    }

    @Test
    void theFigureWrittenAgainCountsWhatItCountedBefore() {
        List<CasualtyClaim> claims = extractor.extract(List.of(
                new Sentence(1, "Forty-one people have died on the province's roads since the start of December."),
                new Sentence(2, "Of the 41 deaths, 19 occurred on rural highways, the agency said."),
                new Sentence(3, "The figure includes the seven people killed when a bus struck a semi on Thursday.")));
        assertThat(claims).extracting(CasualtyClaim::value, CasualtyClaim::scope).containsExactly(
                tuple("Forty-one", Scope.AGGREGATE), tuple("41", Scope.AGGREGATE), tuple("seven", Scope.WHOLE));
        assertThat(claims.get(1).scopeReason()).isEqualTo("as before: period 'since the start of December'");
    }

    @Test
    void aHeadlineFramesEachOfItsFigures() {
        List<CasualtyClaim> claims = extractor.extract(List.of(
                new Sentence(0, "14 hurt, 3 killed: Riverton's most violent weekend of the year")));
        assertThat(claims).extracting(CasualtyClaim::value, CasualtyClaim::scope)
                .containsExactly(tuple("14", Scope.AGGREGATE), tuple("3", Scope.AGGREGATE));
        assertThat(extractor.extract(List.of(new Sentence(0, "3 killed, 2 critically injured after shooting at party"))))
                .extracting(CasualtyClaim::value, CasualtyClaim::scope)
                .containsExactly(tuple("3", Scope.WHOLE), tuple("2", Scope.SUBSET));
    }

    @Test
    void aSeparateStatementIsNoSeparateIncident() {
        assertThat(claim("In a separate statement, the health ministry said 10 people were wounded.", "10").scope())
                .isEqualTo(Scope.WHOLE);
    }

    @Test
    void aLongOpeningClauseDoesNotFrameTheFigure() {
        assertThat(claim("Officers believe he might be heading south on a bus, and two people were found dead in "
                + "the home.", "two").scope()).isEqualTo(Scope.WHOLE);
    }

    @Nested
    class Subsets {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                One woman is dead, two people are listed in critical condition and four were treated. | two        | condition 'critical'
                Three people were killed and two were critically injured in the blast.                 | two        | condition 'critically'
                Two people died and seven were slightly injured in the van.                           | seven      | condition 'slightly'
                Two people were hospitalized with life-threatening injuries, police said.            | Two        | condition 'life-threatening'
                A third victim later died at the hospital.                                            | A third victim | 'later died'
                The other four wounded, including two 17-year-olds, are expected to survive.          | four       | 'the other'
                The two others killed were fishermen aboard the trawler.                              | two        | 'the others'
                Of the 19 others, three remained hospitalized Thursday, the sheriff said.             | three      | condition 'remained hospitalized'
                Eleven injured people remained in hospitals in three towns.                          | Eleven     | condition 'remained in hospitals'
                The Railways said 46 passengers were injured, nine of them grievously.                | nine       | condition 'grievously'
                All four were in satisfactory condition, doctors said.                                | four       | condition 'satisfactory'
                Eleven people died and 18 were injured; 4 injured are in heavy condition.            | 4          | condition 'heavy condition'
                Three wounded officers were in good condition on Sunday.                               | Three      | condition 'good condition'
                Two of the dead were children who lived on the same street.                           | Two        | part of the dead
                Three of those injured were volunteer firefighters, the chief said.                   | Three      | part of the injured
                Three people who had been listed as missing were found safe, officials said.         | Three      | 'found safe'
                A second, smaller slide hit a hillside street 2 km away, killing two people.         | two        | one of several 'second slide'
                Another blast tore through the bus station an hour later and killed six people.      | six        | one of several 'another blast'
                On Wednesday, another gas explosion, in a private house in Dastan, killed two people. | two        | one of several 'another explosion'
                In the hillside district alone, eight people died.                                   | eight      | 'alone'
                Eight people died in the hillside district alone, the fire brigade said.            | Eight      | 'alone'
                Senegal reported 22 deaths, Morocco 14, Peru nine and Chile six.                     | 22         | by country
                Norway announced seven deaths and Chile two as the count of nations rose to 15.       | seven      | by country
                Divers found the last two bodies in the flooded engine room on Friday morning.       | two        | 'the last'
                The final three bodies were carried out of the gallery after midnight.               | three      | 'the final'
                The remaining three injured were taken to the regional hospital by road.             | three      | 'the remaining'
                The director said the hospital received four wounded people on Thursday night.      | four       | 'hospital received'
                The district hospital said it was treating nine injured people on Sunday.           | nine       | 'hospital said it was treating'
                Two people were hurt in the crush of spectators running from the gunfire.           | Two        | 'running from the gunfire'
                Two were hurt jumping from second-floor windows, the fire chief said.              | Two        | 'hurt jumping'
                Three others were injured fleeing the stadium.                                     | Three      | 'injured fleeing'
                Two people were hurt in the rush to get out of the club, police said.              | Two        | 'the rush to get out'
                Two hurt in the fall are included in the eleven wounded, the health department said. | Two     | 'included in the'
                """)
        void aPartOfTheVictimsIsASubset(String sentence, String value, String reason) {
            CasualtyClaim claim = claim(sentence, value);
            assertThat(claim.scope()).isEqualTo(Scope.SUBSET);
            assertThat(claim.scopeReason()).isEqualTo(reason);
            assertThat(claim.isWholeToll()).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                By Tuesday three injured pilgrims, one of them a boy, had died in the district hospital. | three | those 'injured'
                Two wounded guards died of their injuries overnight, the prison service said.          | Two   | those 'wounded'
                """)
        void theInjuredWhoDiedAreAPartOfTheDead(String sentence, String value, String reason) {
            CasualtyClaim claim = claim(sentence, value);
            assertThat(claim.kind()).isEqualTo(KILLED);
            assertThat(claim.scope()).isEqualTo(Scope.SUBSET);
            assertThat(claim.scopeReason()).isEqualTo(reason);
        }

        @Test
        void theInjuredWhoStayHurtAreTheInjured() {
            CasualtyClaim claim = claim("Four injured passengers were flown to the hospital in Valence.", "Four");
            assertThat(claim.kind()).isEqualTo(INJURED);
            assertThat(claim.scope()).isEqualTo(Scope.WHOLE);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                Morocco said 12 soldiers were killed, Algeria said three.        | 12
                Morocco reported 22 deaths on Tuesday, the ministry said.        | 22
                Police said 12 of their officers were hurt in the riot.          | 12
                Senegal said three of its border guards were killed in the clash. | three
                Texas reported 12 deaths and Louisiana three as the storm moved. | 12
                """)
        void oneCountryOrTwoSidesSayingWhatTheyCountedIsNoTallyByCountry(String sentence, String value) {
            assertThat(claim(sentence, value).scope()).isEqualTo(Scope.WHOLE);
        }

        @Test
        void moreOfTheSameAreALowerBound() {
            List<CasualtyClaim> claims = extractor.extract(List.of(
                    new Sentence(1, "The landslide killed three people in the village, police said."),
                    new Sentence(2, "Two more survivors were pulled out alive late on Tuesday afternoon.")));
            assertThat(claims).extracting(CasualtyClaim::value, CasualtyClaim::count)
                    .contains(tuple("Two", Interval.atLeast(2)));
        }

        @ParameterizedTest(name = "{1}")
        @CsvSource(delimiter = '|', textBlock = """
                A 12-year-old girl and a 14-year-old boy were also wounded; both were expected to recover. | A 12-year-old girl and a 14-year-old boy
                Two teenagers were also hurt when the crowd ran from the gunfire.                         | Two
                Two children also died in hospital overnight, the governor said.                          | Two
                """)
        void peopleWhomAlsoBefellWhatAFigureBeforeGaveAreNotTheWhole(String sentence, String value) {
            List<CasualtyClaim> claims = extractor.extract(List.of(
                    new Sentence(1, "Two people were killed and seven wounded in the shooting on Saturday, police said."),
                    new Sentence(2, sentence)));
            assertThat(claims).filteredOn(c -> c.sentence().index() == 2 && c.value().equals(value)).singleElement()
                    .returns(Scope.SUBSET, CasualtyClaim::scope);
        }

        @Test
        void alsoWithNoFigureOfItsSlotBeforeIsTheWholeOfThatSlot() {
            List<CasualtyClaim> claims = extractor.extract(List.of(
                    new Sentence(1, "Two men were killed when the truck hit their car on Friday."),
                    new Sentence(2, "Three people were also hurt in the crash, police said."),
                    new Sentence(3, "Police also said 4 people were treated for smoke inhalation.")));
            assertThat(claims).extracting(CasualtyClaim::value, CasualtyClaim::kind, CasualtyClaim::scope)
                    .contains(tuple("Three", INJURED, Scope.WHOLE));
        }

        @Test
        void twoFiguresOfOneSlotInOneSentenceAreEachAPart() {
            List<CasualtyClaim> claims = extract("Two people died at the scene and 3 people died in hospital.");
            assertThat(claims).extracting(CasualtyClaim::value, CasualtyClaim::scope)
                    .containsExactly(tuple("Two", Scope.SUBSET), tuple("3", Scope.SUBSET));
        }
    }

    @Nested
    class Conditions {

        private List<CasualtyClaim> article(String... texts) {
            List<Sentence> sentences = java.util.stream.IntStream.range(0, texts.length)
                    .mapToObj(i -> new Sentence(i, texts[i])).toList();
            return CasualtyExtractor.conditionAloneIsWhole(extractor.extract(sentences));
        }

        @Test
        void oneNationalitysDeadBesideTheArticlesWholeTollAreItsShare() {
            List<Sentence> sentences = List.of(
                    new Sentence(1, "Two German ski tourers have been killed after an avalanche above the resort."),
                    new Sentence(2, "In all, four people died and four were injured, police said."));
            assertThat(CasualtyExtractor.nationalShares(extractor.extract(sentences)))
                    .filteredOn(c -> c.kind() == KILLED)
                    .extracting(CasualtyClaim::value, CasualtyClaim::scope, CasualtyClaim::scopeReason)
                    .containsExactly(tuple("Two", Scope.SUBSET, "nationality 'german'"), tuple("four", Scope.WHOLE, ""));
            // alone, one nationality's dead are all the article counts
            assertThat(CasualtyExtractor.nationalShares(extractor.extract(sentences.subList(0, 1))))
                    .singleElement().extracting(CasualtyClaim::scope).isEqualTo(Scope.WHOLE);
        }

        @Test
        void aConditionFigureAloneIsTheWholeToll() {
            assertThat(article("Teen critically injured after accidentally shooting himself",
                    "Police said the boy was taken to a hospital."))
                    .singleElement().extracting(CasualtyClaim::scope).isEqualTo(Scope.WHOLE);
        }

        @Test
        void allOfAGroupCountedBeforeCountsWhatItCounts() {
            List<CasualtyClaim> claims = extractor.extract(List.of(
                    new Sentence(1, "Six patients died and nine people were injured in the fire, the ministry said."),
                    new Sentence(2, "Three employees of the hospital were injured: a doctor, a nurse and an orderly."),
                    new Sentence(3, "All three are hospitalised and are out of danger."),
                    new Sentence(4, "A car carrying four teenagers hit a tree. All four died at the scene.")));
            assertThat(claims).extracting(CasualtyClaim::value, CasualtyClaim::subject, CasualtyClaim::scope)
                    .containsExactly(tuple("Six", "patients", Scope.WHOLE), tuple("nine", "people", Scope.WHOLE),
                            tuple("Three", "employees", Scope.SUBSET), tuple("three", "employees", Scope.SUBSET),
                            tuple("four", "people", Scope.WHOLE));
        }

        @Test
        void aBareFigureInAConditionSpeaksOfPeopleToldOfBefore() {
            assertThat(article("Teen shot dead by deputy after stabbing at a house",
                    "Deputies found two people with knife wounds.", "One suffered critical injuries, the sheriff said."))
                    .filteredOn(c -> c.kind() == INJURED).extracting(CasualtyClaim::scope).containsOnly(Scope.SUBSET);
        }

        @Test
        void aConditionBesideDeathsAloneIsStillAPart() {
            assertThat(article("Fire in hospital ward kills four patients",
                    "\"Four of our patients have died, six are in critical condition,\" the hospital's manager said."))
                    .filteredOn(c -> c.kind() == INJURED).singleElement()
                    .extracting(CasualtyClaim::scope).isEqualTo(Scope.SUBSET);
        }

        @Test
        void aHeadlineAndItsLeadGivingOnePatientsConditionAreBothTheWholeToll() {
            assertThat(article("Teen critically injured after accidentally shooting himself",
                    "A 17-year-old is recovering from a critical gunshot wound after accidentally shooting himself, "
                            + "police said."))
                    .extracting(CasualtyClaim::scope).containsExactly(Scope.WHOLE, Scope.WHOLE);
        }

        @Test
        void aSmallerConditionFigureOfTheSameSentenceIsItsPart() {
            assertThat(article("Gunman kills one at Tarrow high school",
                    "Eight other students were hospitalized Friday night with gunshot wounds, two in critical "
                            + "condition, the sheriff said."))
                    .filteredOn(c -> c.kind() == INJURED)
                    .extracting(CasualtyClaim::value, CasualtyClaim::scope)
                    .containsExactly(tuple("Eight", Scope.WHOLE), tuple("two", Scope.SUBSET));
        }

        @Test
        void thePatientsStateAloneIsAPartCountedElsewhere() {
            assertThat(article("Six people were in critical condition, including a 15-year-old boy.",
                    "Four remained in critical condition Thursday."))
                    .extracting(CasualtyClaim::value, CasualtyClaim::scope)
                    .containsExactly(tuple("Six", Scope.SUBSET), tuple("Four", Scope.SUBSET));
            assertThat(article("Two officers suffered minor injuries during the clashes, police said."))
                    .singleElement().extracting(CasualtyClaim::scope).isEqualTo(Scope.WHOLE);
        }

        @Test
        void aFigureAfterALeadThatGivesOnlyATotalOverPlacesIsOnePlacesPart() {
            assertThat(article("Lightning kills 21 across 11 districts in the state",
                    "Twenty-one people were killed by lightning in 11 districts on Wednesday, officials said.",
                    "The storms also brought down trees across the capital.",
                    "In Gaya, two brothers were killed while returning home from the fields."))
                    .extracting(CasualtyClaim::value, CasualtyClaim::scope)
                    .containsExactly(tuple("21", Scope.AGGREGATE), tuple("Twenty-one", Scope.AGGREGATE),
                            tuple("two", Scope.SUBSET));
            // a lead that gives the toll itself keeps the later figures whole
            assertThat(article("Floods kill 12 in Tarrow village",
                    "Twelve people were killed in Tarrow, among 40 killed in five districts, officials said.",
                    "Rescuers searched the river banks.",
                    "Twelve bodies were recovered from the river."))
                    .filteredOn(c -> c.sentence().index() == 3)
                    .extracting(CasualtyClaim::scope).containsOnly(Scope.WHOLE);
        }

        @Test
        void aConditionFigureBesideTheTollIsAPart() {
            assertThat(article("Five people were wounded in a shooting outside a bar.",
                    "Two people are in critical condition, police said."))
                    .extracting(CasualtyClaim::value, CasualtyClaim::scope)
                    .containsExactly(tuple("Five", Scope.WHOLE), tuple("Two", Scope.SUBSET));
        }
    }

    @Nested
    class NoneStated {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                No one was injured in the blast, the fire chief said.      | INJURED | No one was injured
                Nobody was killed, but the roof collapsed.                  | KILLED  | Nobody was killed
                Police said there were no injuries.                         | INJURED | there were no injuries
                No deaths were reported after the storm.                   | KILLED  | No deaths were reported
                """)
        void aStatedNoneIsAFigureOfZero(String sentence, CasualtyKind kind, String value) {
            CasualtyClaim claim = claim(sentence, value);
            assertThat(claim.kind()).isEqualTo(kind);
            assertThat(claim.count()).isEqualTo(Interval.exactly(0));
        }

        @Test
        void whatSomePeopleEscapedWithIsNoZero() {
            assertThat(extract("Nineteen passengers walked away with minor cuts or no injuries at all.")).isEmpty();
            assertThat(extract("The driver escaped with no injuries, police said.")).isEmpty();
            assertThat(extract("Police made one arrest, with no injuries to officers or civilians."))
                    .extracting(CasualtyClaim::count).containsExactly(Interval.exactly(0));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                About 40 passengers were aboard; none of them was seriously hurt, the company said. | by condition 'seriously'
                No one was critically injured, a hospital spokeswoman said.                         | by condition 'critically'
                Three officers answered the call. None of them was injured.                         | a group named before 'none of them'
                Nobody was hurt at the depot apart from minor injuries to our own crews, he said.  | none but 'apart from'
                No one was injured except the driver, who was treated at the scene.               | none but 'except'
                """)
        void aNoneOfTheBadlyHurtOrOfAGroupIsAPart(String text, String reason) {
            assertThat(extract(text)).singleElement().satisfies(claim -> {
                assertThat(claim.count()).isEqualTo(Interval.exactly(0));
                assertThat(claim.scope()).isEqualTo(Scope.SUBSET);
                assertThat(claim.scopeReason()).isEqualTo(reason);
            });
        }

        @Test
        void noneOfTheOthersIsNoOneElse() {
            assertThat(extractor.extract(List.of(new Sentence(1, "One passenger died in the crash."),
                    new Sentence(2, "None of the others was hurt, the operator said."))))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count)
                    .containsExactly(tuple(KILLED, Interval.exactly(1)), tuple(INJURED, Interval.exactly(0)));
        }

        @Test
        void noOneElseIsZeroOnlyWhenTheArticleCountsNoOneElse() {
            assertThat(extractor.extract(List.of(new Sentence(1, "The teenager who shot himself has died."),
                    new Sentence(2, "No one else was injured, police said."))))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count)
                    .containsExactly(tuple(KILLED, Interval.atLeast(1)), tuple(INJURED, Interval.exactly(0)));
            assertThat(extractor.extract(List.of(new Sentence(1, "Two men were wounded outside the bar."),
                    new Sentence(2, "No one else was hurt, police said."))))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count)
                    .containsExactly(tuple(INJURED, Interval.exactly(2)));
            assertThat(extractor.extract(List.of(new Sentence(1, "A 14-year-old boy was shot in the leg near a bus stop."),
                    new Sentence(2, "No one else was hurt."))))
                    .extracting(CasualtyClaim::count).doesNotContain(Interval.exactly(0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            5 people died on the spot and the others died while undergoing treatment at the hospital. | 5     | SUBSET
            Two were killed instantly, and the other three victims died in hospital overnight.          | Two   | SUBSET
            Three died at the scene and the other two were taken to hospital with burns.                | Three | WHOLE
            """)
    void theFirstOfTheDeadBeforeTheRestWhoDiedIsAPart(String sentence, String value, Scope scope) {
        assertThat(claim(sentence, value).scope()).isEqualTo(scope);
    }

    @Nested
    class Aggregates {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                The same rifle was used in three shootings that killed four people.                  | four   | 'shootings'
                Two men have died in separate climbing accidents on the mountain.                     | Two    | 'accidents'
                Some 20 people were wounded across the city this weekend, police said.              | Some 20     | 'across the city'
                Twelve people have been killed in traffic this year in the county.                    | Twelve | 'this year'
                Seven wounded in violent weekend across Riverton                                      | Seven  | 'violent weekend'
                Statewide, five people have died in the flooding since Friday.                        | five   | 'statewide'
                Nationally, 40 people were killed in the floods, officials said.                      | 40     | 'nationally'
                Trains at unguarded crossings kill dozens of people a year in Romania.                | dozens | 'a year'
                Russian attacks on the region killed 11 people and injured 46, the governor said.    | 46     | 'attacks'
                At least 312 people were killed and 96 went missing in 187 accidents on the rivers.   | At least 312 | 'accidents'
                More than 4,000 people were killed in the country over the course of the conflict.   | More than 4,000 | 'over the course of the conflict'
                Strikes on two border villages kill five, including a child                          | five   | several places 'two villages'
                The floods killed 14 people in three districts of the province.                      | 14     | several places 'three districts'
                At least nine people were injured in various districts, he said.                     | At least nine | several places 'various districts'
                Six are dead and 20 hurt after a weekend of fires, storms and crashes across three states. | 20 | several places 'three states'
                Four people died in a weekend of storms on the coast, police said.                   | Four   | 'a weekend of'
                Forty-one people have died on the province's roads since the start of December.      | Forty-one | period 'since the start of December'
                Since 2019, 14 officers have been shot in the line of duty in the state.             | 14     | period 'Since 2019'
                Nine people have died in the lake since last summer, the coroner said.               | Nine   | period 'since last summer'
                Twelve people died in head-on or intersection collisions.                            | Twelve | 'collisions'
                The figure compares with 53 deaths in the whole of last year, police said.          | 53     | 'last year'
                Province's winter road toll reaches 41 after deadliest week in years                  | 41     | 'road toll'
                The army said its troops had killed more than 60 fighters in operations near the town. | more than 60 | 'in operations'
                Two people died in the wrecks on the interstate, troopers said.                       | Two    | 'wrecks'
                There have been 12 raids on police posts and stations this year, with nine officers dead. | nine | several incidents '12 raids'
                At least 31 people have died in four separate disasters across the region since Monday. | At least 31 | several disasters 'four disasters'
                In the state, twenty-eight people have died in three separate events since Tuesday.  | twenty-eight | several incidents 'three events'
                Since Sunday, a ferry fire, two landslides, two explosions and a bus crash have killed at least 38 people. | at least 38 | several disasters '4 incidents listed'
                At least 48 people have died on the island since Sunday in a landslide, flash floods, a market fire and a bus crash. | At least 48 | several disasters '4 incidents listed'
                Island's deadly week: 48 killed in landslide, floods, fire, ferry blaze and bus crash | 48 | several disasters '5 incidents listed'
                A care-home fire, a highway pileup, a shooting and a snowmobile accident claimed 14 lives across the province on Friday. | 14 | several disasters '4 incidents listed'
                An avalanche, a storm and a bus accident have killed 11 people in the valley since Friday. | 11 | several disasters '3 incidents listed'
                At least 90 civilians were killed and 130 injured in the conflict in March, monitors said. | At least 90 | period 'in March'
                At least 90 civilians were killed and 130 injured in the conflict in March, monitors said. | 130 | period 'in March'
                Some 210 people drowned off the coast during 2024, the coastguard said.              | Some 210 | period 'during 2024'
                Monitors say 61 civilians were killed in the month of May 2025 across the region.    | 61     | period 'in May'
                """)
        void aTotalOverIncidentsOrAPeriodIsAnAggregate(String sentence, String value, String reason) {
            CasualtyClaim claim = claim(sentence, value);
            assertThat(claim.scope()).isEqualTo(Scope.AGGREGATE);
            assertThat(claim.scopeReason()).isEqualTo(reason);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                Eleven people were shot in Harlow Park over the weekend, police said.                | Eleven | 'over the weekend'
                Police counted 14 people wounded by gunfire last weekend.                             | 14     | 'last weekend'
                It capped a holiday weekend in which at least 11 people died across the islands.  | at least 11 | 'weekend in which'
                """)
        void aWeekendWithoutOneIncidentIsARoundUp(String sentence, String value, String reason) {
            CasualtyClaim claim = claim(sentence, value);
            assertThat(claim.scope()).isEqualTo(Scope.AGGREGATE);
            assertThat(claim.scopeReason()).isEqualTo(reason);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                Her son was one of six who were gunned down at the party over the weekend.          | six
                Two brothers were killed in a house fire on Dunmore Road over the weekend.           | Two
                Three hikers died in a climbing accident on the ridge this weekend.                   | Three
                Six killed in July 18 strike on Kessan village                                        | Six
                Three young people died in a minibus crash in 2018 on the bend, the coroner said.     | Three
                Jurors heard from the man who shot two brothers in March outside the store.          | two
                """)
        void aWeekendIsOnlyWhenOneIncidentHappened(String sentence, String value) {
            assertThat(claim(sentence, value).scope()).isEqualTo(Scope.WHOLE);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                Five killed as rescue helicopter crashes in hills north of Kelvar                    | Five   | true
                Bus crashes into gorge in Tarrow, killing 12                                          | 12     | true
                Four people died in separate crashes on the motorway on Sunday.                       | Four   | false
                Road crashes killed 14 people in the county last month.                              | 14     | false
                Sunday's wrecks on the motorway killed four people, police said.                     | four   | false
                Sunday’s crashes on the ring road left five people injured.                            | five   | false
                """)
        void crashesAsAVerbIsOneVehicleCrashing(String sentence, String value, boolean whole) {
            assertThat(claim(sentence, value).scope() == Scope.WHOLE).isEqualTo(whole);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                Twelve people have been killed in traffic this year in the county.                    | Twelve | true
                Forty-one people have died on the province's roads since the start of December.      | Forty-one | true
                Traffic crashes killed 1,003 people on the state's roads in 2025.                    | 1,003  | true
                Seven wounded in violent weekend across Riverton                                      | Seven  | false
                Some 20 people were wounded across the city this weekend, police said.              | Some 20 | false
                Strikes on two border villages kill five, including a child                          | five   | false
                The same rifle was used in three shootings that killed four people.                  | four   | false
                Three days, four disasters: a week that left 23 dead across the islands             | 23     | true
                Week in review: at least 33 dead in four days of disasters across the region        | at least 33 | true
                Forty people were killed in two weeks of attacks on villages in the district.       | Forty  | false
                The blast, one of the worst industrial disasters in the country, killed 40 people.   | 40     | false
                Three people were killed when a gunman opened fire at a bus stop.                    | Three  | false
                Since Friday a mine blast, two floods and a ferry fire have killed 31 people.         | 31     | true
                The blast, the fire and the collapse of the roof killed nine workers.                 | nine   | false
                The explosion and fire killed 12 workers at the plant.                               | 12     | false
                """)
        void aTotalOverAPeriodOrAClassOfAccidentsIsATally(String sentence, String value, boolean tally) {
            assertThat(claim(sentence, value).isTally()).isEqualTo(tally);
        }
    }

    @Nested
    class Hypotheticals {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "There might have been two people killed, the chief said.",
                "Had the bus been full, it could have killed 40 people.",
                "The fire might have injured dozens of residents, the chief said.",
                "\"It's a miracle there weren't 40 or 50 dead up there,\" a witness said.",
                "\"Honestly, it\u2019s a miracle there weren\u2019t 40 or 50 dead,\" he said.",
                "Police said reports on social media that a third person has died after the crash are wrong.",
                "The ministry denied claims that 40 people were killed in the raid.",
                "Officials dismissed rumours that 12 bodies were found in the river."})
        void whatCouldHaveHappenedOrAReportTheSentenceDeniesIsHypothetical(String sentence) {
            assertThat(extract(sentence)).isNotEmpty().allMatch(c -> c.scope() == Scope.HYPOTHETICAL);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "\"We have seen posts online saying that a fourth person has died,\" the rescue service said. | "
                        + "\"That is not correct.",
                "Rumours that 30 bodies were pulled from the river spread through the town on Sunday. | "
                        + "These reports are false, the district officer said.",
                "Some outlets carried claims that nine people died in the crush. | This is untrue."})
        void aReportTheNextSentenceDeniesIsHypothetical(String said, String denial) {
            assertThat(extractor.extract(List.of(new Sentence(5, said), new Sentence(6, denial)))).isNotEmpty()
                    .allMatch(c -> c.scope() == Scope.HYPOTHETICAL);
        }

        @Test
        void aReportNotDeniedNextStands() {
            assertThat(extractor.extract(List.of(new Sentence(5, "Reports said that nine people died in the crush."),
                    new Sentence(6, "That is the highest toll at the stadium in a decade.")))).isNotEmpty()
                    .allMatch(c -> c.scope() == Scope.WHOLE);
        }

        @Test
        void aReportTheSentenceConfirmsStands() {
            assertThat(extract("Reports that 12 people died were confirmed by the governor.")).isNotEmpty()
                    .allMatch(c -> c.scope() == Scope.WHOLE);
        }
    }

    @Nested
    class TwoMeasuresAsOne {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Seven dead or missing after mudflow hits mountain village",
                "In all, 53 passengers were listed as dead or missing.",
                "Twelve people were killed or injured in the blast, the ministry said."})
        void deadOrMissingIsNeitherTheDeadNorTheMissing(String sentence) {
            assertThat(extract(sentence)).isNotEmpty().allMatch(c -> c.scope() == Scope.COMBINED)
                    .noneMatch(CasualtyClaim::isWholeToll);
        }

        @Test
        void deadAndMissingAreTwoFigures() {
            assertThat(extract("Nepal landslide: three dead and 17 missing as hillside collapses onto village"))
                    .hasSize(2).allMatch(CasualtyClaim::isWholeToll);
        }

        @Test
        void aZeroInOnePlaceIsAPartAndAZeroInTheIncidentIsTheToll() {
            assertThat(extract("Officials said no deaths were reported in Baiyang village, 2 km from the plant."))
                    .singleElement().satisfies(c -> {
                        assertThat(c.scope()).isEqualTo(Scope.SUBSET);
                        assertThat(c.scopeReason()).isEqualTo("none in one place 'Baiyang'");
                    });
            assertThat(extract("No one was hurt in the neighbouring village, the mayor said.")).singleElement()
                    .satisfies(c -> assertThat(c.scope()).isEqualTo(Scope.SUBSET));
            assertThat(extract("No one was injured in Tuesday's blast, the company said.")).singleElement()
                    .satisfies(c -> assertThat(c.isWholeToll()).isTrue());
            assertThat(extract("No injuries were reported in the crash.")).singleElement()
                    .satisfies(c -> assertThat(c.isWholeToll()).isTrue());
            assertThat(extract("Heavy rain also flooded parts of Marrow, though no deaths had been reported there by "
                    + "midday.")).singleElement().satisfies(c -> {
                        assertThat(c.scope()).isEqualTo(Scope.SUBSET);
                        assertThat(c.scopeReason()).isEqualTo("none in one place 'there'");
                    });
            assertThat(extract("The disaster office said no deaths or injuries had been reported locally.")).singleElement()
                    .satisfies(c -> assertThat(c.scopeReason()).isEqualTo("none in one place 'locally'"));
        }

        @Test
        void noOneKilledOrInjuredIsAZeroOfEach() {
            assertThat(extract("No one was killed or injured, the fire chief said."))
                    .isNotEmpty().allMatch(CasualtyClaim::isWholeToll);
        }
    }

    @Nested
    class EarlierFigures {

        @Test
        void aSupersededFigureOfThisEventIsEarlierNotAnotherEvent() {
            CasualtyClaim claim = claim("Officials had previously put the death toll at 20.", "20");
            assertThat(claim.scope()).isEqualTo(Scope.EARLIER);
            assertThat(claim.isAboutOtherEvent()).isFalse();
        }

        @Test
        void aCorrectionsWithdrawnFigureIsEarlier() {
            assertThat(claim("Correction: An earlier version of this report, published on Wednesday night, stated "
                    + "that three people were killed in the shooting.", "three").scope()).isEqualTo(Scope.EARLIER);
            assertThat(claim("Two people were killed in the shooting, police said.", "Two").scope())
                    .isEqualTo(Scope.WHOLE);
        }

        @Test
        void whatSomeOtherOutletsReportedIsNoFigureOfTheArticle() {
            assertThat(claim("Some media outlets reported on Saturday night that three people had died.", "three")
                    .scope()).isEqualTo(Scope.EARLIER);
        }

        @Test
        void everyFigureOfAListOfEarlierFiguresIsEarlier() {
            assertThat(extract("The previous evening the department had said eight people were dead, 17 missing and "
                    + "41 injured.")).hasSize(3).allMatch(c -> c.scope() == Scope.EARLIER);
            assertThat(extract("Three people were killed, 17 injured and four missing, police said on Friday."))
                    .hasSize(3).allMatch(CasualtyClaim::isWholeToll);
        }
    }

    @Nested
    class Readings {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                A third victim died on Sunday, police said.          | A third victim | KILLED  | 3
                Second man dies after fall on the glacier            | Second man     | KILLED  | 2
                A fifth worker was injured as the roof fell in.      | A fifth worker | INJURED | 5
                """)
        void anOrdinalIsALowerBound(String sentence, String value, CasualtyKind kind, long low) {
            CasualtyClaim claim = claim(sentence, value);
            assertThat(claim.kind()).isEqualTo(kind);
            assertThat(claim.count()).isEqualTo(Interval.atLeast(low));
        }

        @Test
        void theOneWhoKilledIsNotCountedAmongTheDead() {
            assertThat(extract("Deputy who killed man after mistaking gun for Taser is an insurance executive"))
                    .isEmpty();
        }

        @Test
        void onePersonDescribedIsAtLeastOneAndAListIsExact() {
            assertThat(claim("A man was shot and killed outside the club.", "A man").count())
                    .isEqualTo(Interval.atLeast(1));
            assertThat(claim("Two men and a woman were killed outside the club.", "Two men and a woman").count())
                    .isEqualTo(Interval.exactly(3));
        }

        @Test
        void anotherFigureIsALowerBound() {
            CasualtyClaim claim = claim("Four people were killed. Another 15 people were injured.", "15");
            assertThat(claim.kind()).isEqualTo(INJURED);
            assertThat(claim.count()).isEqualTo(Interval.atLeast(15));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Last moments of a mother of 12 killed in crossfire caught on camera",
                "Local news originally reported that two of the three victims died."})
        void aFigureCompletingANounIsNotTheCount(String sentence) {
            assertThat(extract(sentence)).noneMatch(c -> c.value().equals("12") || c.value().equals("three"));
        }

        @Test
        void theWholeAPartBelongsToIsStillAFigure() {
            CasualtyClaim claim = claim("He was one of five people injured in the shooting on Main Street.", "five");
            assertThat(claim.kind()).isEqualTo(INJURED);
            assertThat(claim.count()).isEqualTo(Interval.exactly(5));
        }

        @Test
        void aHeadlineOpeningOnAnAgeCountsThePerson() {
            assertThat(extract("13-year-old boy dies after accidental shooting at home"))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count)
                    .containsExactly(tuple(KILLED, Interval.atLeast(1)));
        }

        @Test
        void theVictimOfTheLeadIsCountedThroughARelativeClause() {
            List<CasualtyClaim> claims = extractor.extract(List.of(new Sentence(1,
                    "The 4-year-old girl who was shot inside a home on Tuesday has died, police said.")));
            assertThat(claims).extracting(CasualtyClaim::kind, CasualtyClaim::count)
                    .containsExactly(tuple(KILLED, Interval.atLeast(1)));
        }

        @Test
        void theVictimFurtherDownIsNotCountedAgain() {
            assertThat(extract("The 4-year-old girl who was shot inside a home on Tuesday has died.")).isEmpty();
        }

        @Test
        void aKillerWhoThenKilledHimselfIsCounted() {
            CasualtyClaim claim = claim("Police said the father killed his 5-year-old daughter, his 3-year-old son, "
                    + "and then himself.", "his 5-year-old daughter, his 3-year-old son");
            assertThat(claim.count()).isEqualTo(Interval.exactly(3));
        }

        @Test
        void certaintyFollowsHowTheFigureWasRead() {
            assertThat(claim("Police said 4 people were shot dead outside the club.", "4").certainty())
                    .isEqualTo(CasualtyExtractor.STATED);
            assertThat(claim("A man was shot and killed outside the club.", "A man").certainty())
                    .isEqualTo(CasualtyExtractor.DESCRIBED);
            assertThat(claim("Dozens of people were wounded in the clashes.", "Dozens").certainty())
                    .isEqualTo(CasualtyExtractor.VAGUE);
        }
    }
}
