package news.crosscheck.claim.casualty;

import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.text.Sentence;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static news.crosscheck.claim.casualty.CasualtyKind.INJURED;
import static news.crosscheck.claim.casualty.CasualtyKind.KILLED;
import static news.crosscheck.claim.casualty.CasualtyKind.MISSING;
import static news.crosscheck.claim.casualty.CasualtyKind.RESCUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CasualtyExtractorTests {

    private final CasualtyExtractor extractor = new CasualtyExtractor();

    private List<CasualtyClaim> extract(String... texts) {
        List<Sentence> sentences = new ArrayList<>();
        for (String text : texts) {
            sentences.add(new Sentence(3 + sentences.size(), text));
        }
        return extractor.extract(sentences);
    }

    private CasualtyClaim only(String text) {
        List<CasualtyClaim> claims = extract(text);
        assertThat(claims).as("claims in: %s", text).hasSize(1);
        return claims.get(0);
    }

    @Nested
    class Slots {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                At least 28 people were killed in a strike on a market in the city.     | KILLED  | At least 28
                Twenty-eight people died when the roof of the school collapsed.        | KILLED  | Twenty-eight
                Twenty eight people died when the roof of the school collapsed.        | KILLED  | Twenty eight
                The death toll rose to 31 on Sunday, the governor said.                | KILLED  | 31
                The toll from the floods has climbed to one hundred and eight.         | KILLED  | one hundred and eight
                Officials said 14 people had lost their lives in the storm.            | KILLED  | 14
                Nine people were shot dead outside a nightclub.                        | KILLED  | Nine
                The quake claimed the lives of nine hikers.                            | KILLED  | nine
                Local officials reported 17 deaths after the heatwave.                 | KILLED  | 17
                The ministry recorded six fatalities on the motorway.                  | KILLED  | six
                The command deplored one death at the roadblock on Friday.             | KILLED  | one
                Forty passengers were injured when the train derailed.                 | INJURED | Forty
                Dozens of people were wounded in the clashes.                          | INJURED | Dozens
                About 30 people were hospitalised after the gas leak.                  | INJURED | About 30
                Eleven people were seriously injured in the crash.                     | INJURED | Eleven
                Emergency services rescued 10 people from under the debris.            | RESCUED | 10
                Firefighters pulled six people from the rubble overnight.              | RESCUED | six
                Seven miners were rescued after two days underground.                  | RESCUED | Seven
                Five people remain missing after the landslide.                        | MISSING | Five
                Three fishermen are still unaccounted for.                             | MISSING | Three
                More than a dozen people were reported missing.                        | MISSING | More than a dozen
                Twelve of the passengers were killed when the jet broke apart.         | KILLED  | Twelve
                Five people were shot; two of them died at the scene.                  | KILLED  | two
                Nine people were crushed to death as the crowd surged to the gate.     | KILLED  | Nine
                Seven passengers were burnt to death when the bus caught fire.         | KILLED  | Seven
                Six people drowned when the ferry capsized off the island.             | KILLED  | Six
                The flash flood drowned four people in the valley.                     | KILLED  | four
                The boat overturned in heavy swell, drowning eleven migrants.          | KILLED  | eleven
                Two linemen were electrocuted when the cable snapped.                  | KILLED  | Two
                Three firefighters were treated for burns at the scene.                | INJURED | Three
                Four welders suffered severe burns when the tank exploded.             | INJURED | Four
                Two deputies sustained gunshot wounds in the exchange.                 | INJURED | Two
                Three climbers froze to death below the summit.                        | KILLED  | Three
                A man stabbed two neighbours to death after an argument over parking.  | KILLED  | two
                Divers recovered the bodies of six fishermen from the lagoon.          | KILLED  | six
                Two victims died at the scene, the fire chief said.                    | KILLED  | Two
                One person was pronounced deceased at the scene.                       | KILLED  | One
                The count for this incident is 3 victims deceased.                     | KILLED  | 3
                Police said 7 victims were wounded.                                    | INJURED | 7
                The bodies of 12 migrants washed up on the beach overnight.            | KILLED  | 12
                Two people were stabbed outside a kebab shop on Friday night.          | INJURED | Two
                Deputies found two men suffering from stab wounds in the yard.         | INJURED | two
                Four people were taken to a nearby hospital after the collision.       | INJURED | Four
                """)
        void figureTiedToCasualtyWordFillsItsSlot(String sentence, CasualtyKind kind, String value) {
            CasualtyClaim claim = only(sentence);
            assertThat(claim.kind()).isEqualTo(kind);
            assertThat(claim.value()).isEqualTo(value);
            assertThat(claim.otherEvent()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Two men were sentenced to death for the murders.",
                "The court sentenced three men to death in absentia.",
                "I lost two friends that year, one to prison and one to death.",
                "She said she was scared to death when the shots rang out.",
                "The river drowned the road for a week.",
        })
        void aSentenceOrAFrightIsNoDeath(String sentence) {
            assertThat(extractor.extract(List.of(new Sentence(5, sentence)))).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Two firefighters suffered minor injuries fighting the blaze.         | firefighters
                Four welders suffered severe burns when the tank exploded.           | welders
                The fire burned three children to death in their beds.               | children
                Three climbers froze to death below the summit.                      | climbers
                Four people found shot to death in a flat on Hale Street             | people
                """)
        void aGroupEndsBeforeItsVerbOfHarm(String sentence, String subject) {
            assertThat(only(sentence).subject()).isEqualTo(subject);
        }

        @Test
        void thoseTakenToHospitalMayBeAmongTheDead() {
            assertThat(extract("One man died and three people were taken to hospital after the stabbing."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::value).containsExactly(tuple(KILLED, "One"));
        }

        @Test
        void atLeastTwentyEightIsOpenAbove() {
            assertThat(only("At least 28 people were killed.").count()).isEqualTo(Interval.atLeast(28));
        }

        @Test
        void bodiesAreCountedAsDead() {
            CasualtyClaim claim = only("Rescuers pulled 12 bodies from the river.");
            assertThat(claim.kind()).isEqualTo(KILLED);
            assertThat(claim.subject()).isEqualTo("people");
        }

        @Test
        void claimKeepsItsSentence() {
            Sentence sentence = new Sentence(5, "Four people died.");
            assertThat(extractor.extract(List.of(sentence))).extracting(CasualtyClaim::sentence)
                    .containsExactly(sentence);
        }
    }

    @Nested
    class TwoFiguresInOneSentence {

        @Test
        void aPartByConditionLeavesTheOtherFigureWhole() {
            assertThat(extract("Fifty of them were injured, six in critical condition, the health department said."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::value, CasualtyClaim::scope)
                    .containsExactly(tuple(INJURED, "Fifty", Scope.WHOLE), tuple(INJURED, "six", Scope.SUBSET));
        }

        @Test
        void oneOfAGroupOrAStateOfSomeOfThemIsNoToll() {
            assertThat(extract("One of the passengers died in hospital on Friday.")).isEmpty();
            assertThat(extract("Four of them were in critical condition on Friday, the doctor said.")).isEmpty();
            // the group named by its harm ("the people wounded") is the casualties the figure is a part of
            assertThat(extract("Four of the people wounded are under 18, police said.")).isEmpty();
            assertThat(extract("Twelve of the passengers killed were children.")).isEmpty();
        }

        @Test
        void someAmongAPartAreAPartToo() {
            assertThat(extract("The ministry said 32 of the most seriously injured had been moved to hospitals in the "
                    + "city, among them 9 children."))
                    .extracting(CasualtyClaim::value, CasualtyClaim::scope, CasualtyClaim::scopeReason)
                    .containsExactly(tuple("32", Scope.SUBSET, "condition 'seriously'"),
                            tuple("9", Scope.SUBSET, "among a part: condition 'seriously'"));
            assertThat(extract("Five people were killed, among them two children."))
                    .extracting(CasualtyClaim::scope).containsExactly(Scope.WHOLE, Scope.WHOLE);
        }

        @Test
        void killingAndInjuringGiveTwoClaims() {
            List<CasualtyClaim> claims = extract(
                    "Drones hit the port city overnight, killing at least 24 people and injuring 108 others.");
            assertThat(claims).extracting(CasualtyClaim::kind, CasualtyClaim::value, CasualtyClaim::count,
                    CasualtyClaim::subject).containsExactly(
                    tuple(KILLED, "at least 24", Interval.atLeast(24), "people"),
                    tuple(INJURED, "108", Interval.exactly(108), "people"));
        }

        @Test
        void wireSentenceFromAShootingStory() {
            List<CasualtyClaim> claims = extract("Police said a gunman killed four people and wounded two others "
                    + "at a Tulsa apartment complex on Monday.");
            assertThat(claims).extracting(CasualtyClaim::kind, CasualtyClaim::count, CasualtyClaim::subject)
                    .containsExactly(tuple(KILLED, Interval.exactly(4), "people"),
                            tuple(INJURED, Interval.exactly(2), "people"));
        }

        @Test
        void killedAndInjuredAsPredicates() {
            assertThat(extract("Six people were killed and 20 were injured when the bus overturned."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::value)
                    .containsExactly(tuple(KILLED, "Six"), tuple(INJURED, "20"));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Five people were declared dead at the scene and a sixth died on the way to hospital.|a sixth died",
                "Three were killed outright and another died later in hospital.|another died",
                "Two died at the scene and a third in hospital.|a third in",
                "Three passengers were killed at the scene and two more died in hospital.|two more died",
                "Of the nine victims, seven died on the spot and two later in hospital.|two later",
                "Eleven miners died underground; a twelfth, Ivan Sokol, 38, died in hospital.|a twelfth, Ivan Sokol, 38, died",
        })
        void aFigureWithOneMoreOfItsSlotAfterItCountsAPart(String text, String more) {
            assertThat(extract(text)).filteredOn(c -> c.kind() == KILLED).first()
                    .extracting(CasualtyClaim::scope, CasualtyClaim::scopeReason)
                    .containsExactly(Scope.SUBSET, "one more after: '" + more + "'");
        }

        @Test
        void oneMoreOfAnotherSlotLeavesTheFigureWhole() {
            assertThat(extract("Three were killed and a fourth injured when the roof fell.")).filteredOn(
                    c -> c.kind() == KILLED).singleElement().extracting(CasualtyClaim::scope).isEqualTo(Scope.WHOLE);
            assertThat(extract("A woman and two of her grandchildren were killed, and a third grandchild was in "
                    + "critical condition.")).filteredOn(c -> c.kind() == KILLED).singleElement()
                    .satisfies(c -> assertThat(c.count()).isEqualTo(Interval.exactly(3)))
                    .extracting(CasualtyClaim::scope).isEqualTo(Scope.WHOLE);
        }

        @Test
        void aTitleCountsWhatTheLeadsFigureOfItsCountCounts() {
            List<CasualtyClaim> claims = extractor.extract(List.of(
                    new Sentence(0, "14 dead as bus plunges off mountain road"),
                    new Sentence(1, "Fourteen passengers were killed along with the driver when the bus lost its "
                            + "brakes, police said."),
                    new Sentence(2, "Ten passengers died at the scene and four more after reaching hospital.")));
            assertThat(claims).extracting(CasualtyClaim::value, CasualtyClaim::scope, CasualtyClaim::scopeReason)
                    .containsExactly(tuple("14", Scope.SUBSET, "as in the lead: 'along with'"),
                            tuple("Fourteen", Scope.SUBSET, "'along with'"),
                            tuple("Ten", Scope.SUBSET, "one more after: 'four more after'"));
        }

        @Test
        void aFigureWithoutANounAfterFireOnTheAttackersCountsThem() {
            assertThat(extract("A patrol nearby exchanged fire with the attackers, killing one.")).singleElement()
                    .extracting(CasualtyClaim::subject).isEqualTo("attackers");
            assertThat(extract("Gunmen opened fire on the crowd, killing five.")).singleElement()
                    .extracting(CasualtyClaim::subject).isEqualTo("people");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Three members of one family were killed in the blast.|Three|KILLED|members|SUBSET|those 'of one family'",
                "Officials said 59 citizens of Kyrgyzstan were killed.|59|KILLED|citizens|SUBSET|those 'of Kyrgyzstan'",
                "Two men in the van were killed, police said.|Two|KILLED|men|SUBSET|those 'in the van'",
                "Three people on the ground were injured.|Three|INJURED|people|SUBSET|those 'on the ground'",
                "Seven people in total were injured.|Seven|INJURED|people|WHOLE|",
                "Five people aboard the helicopter were killed.|Five|KILLED|people|WHOLE|",
                "21 people on board have died.|21|KILLED|people|WHOLE|",
        })
        void aPhraseNarrowingTheGroupBeforeItsVerbMakesAPartUnlessItNamesEveryone(String text, String value,
                CasualtyKind kind, String subject, Scope scope, String reason) {
            assertThat(extract(text)).singleElement()
                    .extracting(CasualtyClaim::value, CasualtyClaim::kind, CasualtyClaim::subject, CasualtyClaim::scope,
                            CasualtyClaim::scopeReason)
                    .containsExactly(value, kind, subject, scope, reason == null ? "" : reason);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "Nine residents of the village who had gathered there were killed.",
                "Dozens of houses in the area were damaged.",
                "Two persons from the list of injured received help at the scene and went home.",
        })
        void aClauseOrAThingIsNoNarrowedGroup(String text) {
            assertThat(extract(text)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Thirteen inmates, one guard dead as riot is put down at the prison|Thirteen:inmates,one:guards",
                "Four soldiers and two police officers were killed in the ambush.|Four:soldiers,two:police officers",
                "Of 40 passengers, 12 were killed.|12:people",
                "The bus carried 40 passengers, two of them children, when it left the road.|",
        })
        void aGroupListedBeforeAnotherTakesTheVerbTheListEndsOn(String text, String expected) {
            assertThat(extract(text)).extracting(claim -> claim.value() + ":" + claim.subject())
                    .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(",")));
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "Four people are recovering from gunshot wounds after the shooting on College Avenue.|Four:WHOLE",
                "One person is in critical condition and four are being treated for other injuries.|One:SUBSET,four:SUBSET",
                "Nine workers were treated for burns and other injuries, the company said.|Nine:WHOLE",
                "Two people were treated for smoke inhalation.|",
                "Three people were treated and released.|",
                "Two firefighters were recovering at home.|",
        })
        void recoveringFromOrTreatedForAHarmIsInjured(String text, String expected) {
            assertThat(extract(text)).allMatch(claim -> claim.kind() == CasualtyKind.INJURED)
                    .extracting(claim -> claim.value() + ":" + claim.scope())
                    .containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(",")));
        }

        @Test
        void scareQuotesAroundOneWordCloseNoClause() {
            assertThat(extract("The army said its troops had killed more than 60 \"terrorists\" in operations near "
                    + "the town.")).singleElement().extracting(CasualtyClaim::subject, CasualtyClaim::scope)
                    .containsExactly("terrorists", Scope.AGGREGATE);
        }

        @Test
        void moreAfterTheFiguresOfAColonAreNotMoreOfTheTotal() {
            assertThat(extract("Hospitals have treated 61 people injured in the storm: 38 at the county hospital and "
                    + "23 at a clinic in the next town.")).filteredOn(c -> c.value().equals("61")).singleElement()
                    .extracting(CasualtyClaim::scope).isEqualTo(Scope.WHOLE);
        }

        @Test
        void aBareFigureAfterAFigureOfNoPlaceOrTimeIsNotMoreOfIt() {
            assertThat(extract("Five were killed in the blast and 12 in hospital.")).filteredOn(
                    c -> c.kind() == KILLED).singleElement().extracting(CasualtyClaim::scope).isEqualTo(Scope.WHOLE);
        }

        @Test
        void othersBesidesSomeoneOfTheSameSlotArePartOfIt() {
            assertThat(extract("Among the dead were a fruit seller and her son.",
                    "Three other children were killed, the rescue team said.")).singleElement()
                    .extracting(CasualtyClaim::scope, CasualtyClaim::scopeReason)
                    .containsExactly(Scope.SUBSET, "others besides someone before");
            assertThat(extract("The second gored man suffered a wound to the thigh.",
                    "Three other people were hurt when they were knocked down.")).singleElement()
                    .extracting(CasualtyClaim::scope).isEqualTo(Scope.SUBSET);
            assertThat(extract("Two people were killed.", "Three others were injured.")).extracting(
                    CasualtyClaim::scope).containsExactly(Scope.WHOLE, Scope.WHOLE);
            assertThat(extract("The bodies of two of the six fishermen who went missing washed ashore, and four "
                    + "others remain missing.")).filteredOn(c -> c.value().equals("four")).singleElement()
                    .extracting(CasualtyClaim::scope).isEqualTo(Scope.WHOLE);
            assertThat(extract("Injured in crash\u2019s title: 3", "The driver died at the scene.",
                    "Three other people were hospitalized.")).filteredOn(c -> c.value().equals("Three"))
                    .singleElement().extracting(CasualtyClaim::scope).isEqualTo(Scope.WHOLE);
        }

        @Test
        void someoneAndOthersOfANounAreAList() {
            assertThat(extract("The driver and 12 other passengers died when the bus left the road."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count, CasualtyClaim::scope)
                    .containsExactly(tuple(KILLED, Interval.exactly(13), Scope.WHOLE));
        }

        @Test
        void aCountSomeoneHadBeenAmongIsAnEarlierCount() {
            assertThat(only("A crew member who had been among six people reported missing was found alive on Friday.")
                    .scope()).isEqualTo(Scope.EARLIER);
        }

        @Test
        void theFirstOfAGroupAreAPart() {
            assertThat(only("The first six died on Sunday, and a man found in a field on Wednesday was the eighth.")
                    .scope()).isEqualTo(Scope.SUBSET);
        }

        @Test
        void figureOfTheWeaponIsNotACasualtyFigure() {
            assertThat(extract("Two missiles killed five people in the village."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::value)
                    .containsExactly(tuple(KILLED, "five"));
        }
    }

    @Nested
    class Tolls {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                The number of people killed in a fire at a market in the port town of Veldra has risen to 19, the governor said. | KILLED  | 19  | people
                The number of people injured in the stampede at the stadium rose to 64 on Friday.                                | INJURED | 64  | people
                The number of people killed in Tuesday's blast at the chemical plant has increased to 48.                         | KILLED  | 48  | people
                The number of people wounded in the attack on the rail station now stands at 90.                                  | INJURED | 90  | people
                The number of people who died in the collapse of the car park is now 14.                                          | KILLED  | 14  | people
                The number of children killed in the floods reached 23 on Monday.                                                 | KILLED  | 23  | children
                The number of dead from the mudslide climbed to 17.                                                               | KILLED  | 17  | people
                The death toll from the earthquake in the mountain villages north of the capital has risen to 212.                | KILLED  | 212 | people
                Officials said the toll had climbed to 9 by the evening.                                                          | KILLED  | 9   | people
                Another body was found on Tuesday, bringing the toll to 40.                                                       | KILLED  | 40  | people
                """)
        void tollPhraseBeforeTheFigureGivesTheTotal(String sentence, CasualtyKind kind, String value, String subject) {
            CasualtyClaim claim = only(sentence);
            assertThat(claim).extracting(CasualtyClaim::kind, CasualtyClaim::value, CasualtyClaim::subject)
                    .containsExactly(kind, value, subject);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "The number of casualties in the crash has risen to 30.",
                "The number of people killed is unknown, but the army said it shot down 30 drones.",
                "The number of visitors to the memorial has risen to 3,000.",
        })
        void numberOfSomethingElseIsNoToll(String sentence) {
            assertThat(extract(sentence)).isEmpty();
        }
    }

    @Nested
    class Increments {

        @Test
        void totalIsKeptAndTheBodiesRecoveredOvernightAreNot() {
            List<CasualtyClaim> claims = extract("The number of people killed in a fire at a market in the port "
                    + "town of Veldra has risen to 19, the governor said on Monday, after firefighters recovered "
                    + "four more bodies from the ashes overnight.");
            assertThat(claims).extracting(CasualtyClaim::kind, CasualtyClaim::value, CasualtyClaim::count)
                    .containsExactly(tuple(KILLED, "19", Interval.exactly(19)));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Rescuers found two more bodies on Tuesday, bringing the toll to 40.",
                "Divers recovered five additional bodies from the river, raising the toll to 40.",
                "The death toll rose to 40 after a further 3 people died in hospital.",
                "The death toll rose to 40 after an additional six people died of their wounds.",
                "The death toll rose to 40 as three further deaths were confirmed.",
        })
        void incrementAfterOrBeforeTheTollIsNoClaim(String sentence) {
            assertThat(extract(sentence)).extracting(CasualtyClaim::kind, CasualtyClaim::value)
                    .containsExactly(tuple(KILLED, "40"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Two more people died in hospital overnight.",
                "Rescuers pulled three more bodies from the rubble.",
                "A further 4 people were injured.",
        })
        void incrementWithoutATotalIsNoClaim(String sentence) {
            assertThat(extract(sentence)).isEmpty();
        }

        @Test
        void incrementInALaterSentenceToTheSameSlotIsNoClaim() {
            List<CasualtyClaim> claims = extractor.extract(List.of(
                    new Sentence(1, "The strike killed 12 people and injured 30."),
                    new Sentence(2, "Three more people died in hospital overnight.")));
            assertThat(claims).extracting(CasualtyClaim::kind, CasualtyClaim::value)
                    .containsExactly(tuple(KILLED, "12"), tuple(INJURED, "30"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                The blast killed two workers and injured 12 more.        | INJURED | 12
                Two people were killed and five more were hurt.          | INJURED | five
                Four people died. Another 15 people were injured.        | INJURED | 15
                Another 15 people were injured, the governor said.       | INJURED | 15
                """)
        void moreForAnotherSlotAndAnotherAreClaims(String text, CasualtyKind kind, String value) {
            List<CasualtyClaim> claims = extract(text);
            assertThat(claims).last().extracting(CasualtyClaim::kind, CasualtyClaim::value)
                    .containsExactly(kind, value);
        }
    }

    @Nested
    class MissingAndRescued {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                A gas blast ripped through the pit, killing three miners and leaving six missing underground. | MISSING | six
                Three miners were killed and 11 were missing after a fire at the colliery.                     | MISSING | 11
                Crews working through the night freed 8 people from beneath the fallen roof.                   | RESCUED | 8
                Firefighters pulled seven people alive from the rubble by midnight.                            | RESCUED | seven
                Rescuers pulled five people out alive, the governor said.                                      | RESCUED | five
                """)
        void missingAndRescuedSlotsAreRead(String sentence, CasualtyKind kind, String value) {
            assertThat(extract(sentence)).last().extracting(CasualtyClaim::kind, CasualtyClaim::value)
                    .containsExactly(kind, value);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Firefighters pulled seven people alive from the rubble by midnight.",
                "Rescuers pulled seven people out alive, the governor said.",
                "Crews dug seven people alive out of the debris.",
        })
        void aliveIsNotPartOfTheRescuedGroup(String sentence) {
            assertThat(only(sentence)).extracting(CasualtyClaim::kind, CasualtyClaim::subject)
                    .containsExactly(RESCUED, "people");
        }

        @Test
        void killedAndMissingInOneClauseGiveBothSlots() {
            assertThat(extract("A gas blast ripped through the pit, killing three miners and leaving six missing "
                    + "underground.")).extracting(CasualtyClaim::kind, CasualtyClaim::count, CasualtyClaim::subject)
                    .containsExactly(tuple(KILLED, Interval.exactly(3), "miners"),
                            tuple(MISSING, Interval.exactly(6), "people"));
        }
    }

    @Nested
    class Headlines {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                28 killed in strike on bakery     | KILLED  | 28
                Blast kills 12                    | KILLED  | 12
                Storm leaves 9 dead in the south  | KILLED  | 9
                20 dead as floods hit coast       | KILLED  | 20
                Hundreds injured in stadium crush | INJURED | Hundreds
                Four missing after boat capsizes  | MISSING | Four
                """)
        void headlineFigureIsRead(String headline, CasualtyKind kind, String value) {
            CasualtyClaim claim = only(headline);
            assertThat(claim.kind()).isEqualTo(kind);
            assertThat(claim.value()).isEqualTo(value);
            assertThat(claim.subject()).isEqualTo("people");
        }

        @Test
        void titleCaseHeadlineGivesItsFigures() {
            assertThat(extract("4 Dead, 2 Injured In Overnight Shooting On East Side"))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count)
                    .containsExactly(tuple(KILLED, Interval.exactly(4)), tuple(INJURED, Interval.exactly(2)));
            assertThat(only("Man Fatally Shot Outside Gas Station").kind()).isEqualTo(KILLED);
        }

        @Test
        void deadAndHurtInOneHeadline() {
            assertThat(extract("3 dead, 5 hurt in shooting at mall"))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count)
                    .containsExactly(tuple(KILLED, Interval.exactly(3)), tuple(INJURED, Interval.exactly(5)));
        }
    }

    @Nested
    class Quotes {

        @Test
        void bodiesInAQuoteAreDead() {
            CasualtyClaim claim = only("\"We found 12 bodies,\" the mayor said.");
            assertThat(claim.kind()).isEqualTo(KILLED);
            assertThat(claim.count()).isEqualTo(Interval.exactly(12));
        }

        @Test
        void quotedPredicateIsRead() {
            CasualtyClaim claim = only("\"Seven of our workers were injured,\" the plant manager told reporters.");
            assertThat(claim.kind()).isEqualTo(INJURED);
            assertThat(claim.subject()).isEqualTo("workers");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "\"We have 40 beds and they are all full,\" the doctor said.",
                "\"It took us 15 minutes to reach them,\" a firefighter said.",
                "\"This is one of the deadliest days we have seen,\" she said.",
        })
        void quotedNumberThatIsNoTollIsSkipped(String sentence) {
            assertThat(extract(sentence)).isEmpty();
        }
    }

    @Nested
    class Subjects {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                At least 28 people were killed.                   | people
                Five Ukrainian soldiers were killed in the attack. | ukrainian soldiers
                Thirty-one Egyptian pilgrims died in the heat.     | egyptian pilgrims
                Four Tulsa firefighters were hurt.                 | firefighters
                Two police officers were wounded in the shootout.  | police officers
                Twelve civilians were killed by the shelling.      | civilians
                Three other people died in hospital overnight.     | people
                Eight persons were injured.                        | people
                Twelve Palestinians were killed.                   | palestinians
                One child was killed.                              | children
                One firefighter was injured.                       | firefighters
                One fisherman is still missing.                    | fishermen
                Two crewmen were hurt in the blast.                | crewmen
                Four Tulsa residents were hurt.                    | residents
                The strike killed 12 Monday.                       | people
                """)
        void subjectIsTheLowerCaseGroupNoun(String sentence, String subject) {
            assertThat(only(sentence).subject()).isEqualTo(subject);
        }

        @Test
        void aBareFigureAfterAndCountsTheNationalityItLeavesOut() {
            assertThat(extract("The embassy said one Latvian citizen had died and three had been injured."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::subject)
                    .containsExactly(tuple(KILLED, "latvian citizens"), tuple(INJURED, "latvian citizens"));
            assertThat(extract("At least 12 migrants were killed and 40 injured when the truck overturned."))
                    .as("the toll of the crash").extracting(CasualtyClaim::subject)
                    .containsExactly("migrants", "people");
            assertThat(extract("Six people, including four Latvian tourists, were killed and 16 injured in the crash."))
                    .as("the whole figure's group, not the part's").filteredOn(c -> c.kind() == INJURED)
                    .extracting(CasualtyClaim::subject).containsExactly("people");
        }

        @Test
        void twoOfTheDeadWereChildren() {
            CasualtyClaim claim = only("Two of the dead were children.");
            assertThat(claim.kind()).isEqualTo(KILLED);
            assertThat(claim.count()).isEqualTo(Interval.exactly(2));
            assertThat(claim.subject()).isEqualTo("children");
        }

        @Test
        void includingFiveChildrenIsASubgroupOfTheSameSlot() {
            assertThat(extract("The strike killed 19 people, including five children."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count, CasualtyClaim::subject)
                    .containsExactly(tuple(KILLED, Interval.exactly(19), "people"),
                            tuple(KILLED, Interval.exactly(5), "children"));
        }

        @Test
        void ofThemIsASubgroupOfThePreviousFigure() {
            assertThat(extract("Shelling wounded 30 people, eight of them women."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::subject)
                    .containsExactly(tuple(INJURED, "people"), tuple(INJURED, "women"));
        }

        @Test
        void partOfTheDeadWithoutAGroupNounIsLeftOut() {
            assertThat(extract("Two of the dead were from the same village.")).isEmpty();
        }

        @Test
        void injuredAmongThemIsAGroupNotATotal() {
            CasualtyClaim claim = only("Four children were among the injured.");
            assertThat(claim.kind()).isEqualTo(INJURED);
            assertThat(claim.subject()).isEqualTo("children");
        }

        @Test
        void amongThoseKilledIsAGroupOfTheDead() {
            CasualtyClaim claim = only("Two of her cousins are among those killed in Saturday's blast.");
            assertThat(claim.kind()).isEqualTo(KILLED);
            assertThat(claim.subject()).isEqualTo("cousins");
        }
    }

    @Nested
    class PeopleShot {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Police said the gunman shot four men outside a bar on Pine Street.       | 4 | men
                He fired six rounds into the crowd, striking three people, police said.  | 3 | people
                Five people were shot near the park late Saturday, officers said.        | 5 | people
                Two teens were shot in the legs while walking home.                      | 2 | teens
                All four victims of the shooting on Oak Street are expected to survive.  | 4 | people
                Police: All 3 victims of Riverside gunfire expected to live              | 3 | people
                """)
        void peopleShotInAnArticleWithoutDeathsAreInjured(String sentence, long count, String subject) {
            CasualtyClaim claim = only(sentence);
            assertThat(claim.kind()).isEqualTo(INJURED);
            assertThat(claim.count()).isEqualTo(Interval.exactly(count));
            assertThat(claim.subject()).isEqualTo(subject);
        }

        @Test
        void aPersonShotWithNoDeathMentionedIsAtLeastOneInjured() {
            assertThat(only("A woman and her son were shot outside the store on Friday."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count).containsExactly(INJURED, Interval.exactly(2));
            assertThat(only("A man was shot in the arm on Tuesday night."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count).containsExactly(INJURED, Interval.atLeast(1));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Four people, including two children, were killed in the blast.      | KILLED  | 4
                Five people, including the driver, were injured.                      | INJURED | 5
                Three men, all in their 20s, were wounded outside the bar.            | INJURED | 3
                Eleven people, seven of them pilgrims, were killed when the van overturned. | KILLED | 11
                Twenty people, most of them women, were hurt in the crush.            | INJURED | 20
                """)
        void anAsideBetweenTheGroupAndItsPredicateKeepsTheFigure(String sentence, CasualtyKind kind, long count) {
            assertThat(extract(sentence)).filteredOn(c -> c.count().equals(Interval.exactly(count)))
                    .extracting(CasualtyClaim::kind).containsExactly(kind);
        }

        @Test
        void aPartInTheAsideIsAPartOfTheCount() {
            assertThat(extract("Eleven people, seven of them pilgrims, were killed when the van overturned."))
                    .filteredOn(c -> c.value().equals("seven")).extracting(CasualtyClaim::scope)
                    .containsExactly(Scope.SUBSET);
        }

        @Test
        void fewerHitThanTheHurtTheArticleCountsAreAPartOfThem() {
            List<CasualtyClaim> claims = extractor.extract(List.of(
                    new Sentence(1, "More than 20 people were injured when two trams collided at a stop on Monday."),
                    new Sentence(2, "Paramedics said 15 people were taken to hospitals.")));
            assertThat(claims).extracting(CasualtyClaim::value, CasualtyClaim::kind, CasualtyClaim::scope)
                    .containsExactly(tuple("More than 20", INJURED, Scope.WHOLE), tuple("15", INJURED, Scope.SUBSET));
            assertThat(extractor.extract(List.of(new Sentence(1, "Paramedics said 15 people were taken to hospitals."))))
                    .extracting(CasualtyClaim::scope).containsExactly(Scope.WHOLE);
        }

        @Test
        void shotFiguresAreDroppedWhenTheArticleMentionsADeath() {
            List<CasualtyClaim> claims = extractor.extract(List.of(
                    new Sentence(1, "Four people were shot outside a club early Sunday."),
                    new Sentence(2, "One of them died at the hospital, police said.")));
            assertThat(claims).isEmpty();
            assertThat(extractor.extract(List.of(
                    new Sentence(1, "Police identified the three victims of Sunday's shooting on Oak Street."),
                    new Sentence(2, "Two of them were killed."))))
                    .extracting(CasualtyClaim::kind).doesNotContain(INJURED);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "He shot 15 rounds at the house before fleeing.",
                "Two men were shot at but not hit, police said.",
                "The suspect shot himself when officers arrived.",
                "Witnesses said a man shot two dogs in the yard.",
                "The visitors shot 41 percent from the field and 9-of-30 from three.",
                "Drake shot 35. 0 percent overall after intermission.",
        })
        void shotWithoutPersonsHitIsNoFigure(String sentence) {
            assertThat(extract(sentence)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "A man shot outside a store on Elm Street last week has died.",
                "A woman injured in a March 4 shooting at 12th and Vine has died, police said.",
        })
        void aPersonShotWhoLaterDiedIsDead(String sentence) {
            assertThat(only(sentence)).extracting(CasualtyClaim::kind, CasualtyClaim::count)
                    .containsExactly(KILLED, Interval.atLeast(1));
        }
    }

    @Nested
    class NamedVictims {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                A man was shot and killed outside a bar on Elm Street, police said.     | KILLED  | 1 | men
                A woman was fatally shot in her car early Sunday.                       | KILLED  | 1 | women
                A 17-year-old Dayton boy is dead after a shooting on the west side.    | KILLED  | 1 | boys
                Boy, 15, fatally shot near school                                      | KILLED  | 1 | boys
                Teen shot and killed at apartment complex                              | KILLED  | 1 | teens
                A teenager was wounded in the leg and taken to a hospital.             | INJURED | 1 | teenagers
                A 19-year-old was pronounced dead at the scene.                        | KILLED  | 1 | people
                A man was shot to death in his driveway.                               | KILLED  | 1 | men
                A clerk was gunned down during the robbery.                            | KILLED  | 1 | clerks
                A 6-year-old girl is in critical condition after the shooting.         | INJURED | 1 | girls
                A man suffered non-life-threatening injuries in the shooting.          | INJURED | 1 | men
                The victim was taken to a hospital, where a woman later succumbed to her injuries. | KILLED | 1 | women
                Two men and a woman were killed in the shooting.                       | KILLED  | 3 | people
                A father and his two children were found dead in the house.            | KILLED  | 3 | people
                A grandmother and two of her grandchildren died in the fire.            | KILLED  | 3 | people
                The gunman and three others died at the scene.                         | KILLED  | 4 | people
                Police say the suspect shot and killed a 23-year-old man on Friday.    | KILLED  | 1 | men
                He fatally shot his girlfriend in the kitchen.                         | KILLED  | 1 | girlfriends
                A man, 24, and a woman, 22, were wounded.                              | INJURED | 2 | people
                Her son, 9-year-old Eli, and her husband, Tomas, 41, were both hurt.   | INJURED | 2 | people
                His sister, Nadia Reyes, and a neighbor were shot in the legs.         | INJURED | 2 | people
                Dana Whitlock, 6, was pronounced dead at the scene.                    | KILLED  | 1 | people
                """)
        void namedPeopleAreCounted(String sentence, CasualtyKind kind, long count, String subject) {
            CasualtyClaim claim = only(sentence);
            assertThat(claim.kind()).isEqualTo(kind);
            // one person described names a victim, not the toll: at least one
            assertThat(claim.count()).isEqualTo(count == 1 ? Interval.atLeast(1) : Interval.exactly(count));
            assertThat(claim.subject()).isEqualTo(subject);
        }

        @Test
        void aRelativeClauseInTheSingularTellsOfTheLastOfSeveralOnly() {
            assertThat(extractor.extract(List.of(new Sentence(1, "Fire Rescue took nine people to hospitals: the "
                    + "suspect and a woman who was hurt as people ran out of a rear exit, and the seven shot."))))
                    .extracting(CasualtyClaim::value).doesNotContain("the suspect and a woman");
        }

        @Test
        void valueIsThePhraseAsWritten() {
            assertThat(only("Two men and a woman were killed.").value()).isEqualTo("Two men and a woman");
        }

        @Test
        void aKillerWhoKilledHimselfIsAmongTheDead() {
            CasualtyClaim claim = only("He killed his wife and two daughters before turning the gun on himself.");
            assertThat(claim.kind()).isEqualTo(KILLED);
            assertThat(claim.count()).isEqualTo(Interval.exactly(4));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Officials said a woman killed her adult son and two young grandchildren before turning the gun on herself. | 4
                Police believe a man fatally shot a woman and girl then killed himself.                                  | 3
                """)
        void murderSuicideCountsEveryoneTheSentenceSaysDied(String sentence, long count) {
            assertThat(only(sentence).count()).isEqualTo(Interval.exactly(count));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Her grandmother and younger brother were found dead in the house on Monday.       | 2
                Deputies found a 40-year-old man and his teenage son, Carl Dunne, dead inside.    | 2
                """)
        void peopleFoundDeadAreCountedWhateverTheyAreCalled(String sentence, long count) {
            assertThat(only(sentence)).extracting(CasualtyClaim::kind, CasualtyClaim::count)
                    .containsExactly(KILLED, Interval.exactly(count));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                A man shot and killed his wife in their kitchen on Sunday.   | wives
                Arlo Penn, 31, shot and killed his neighbor after an argument. | neighbors
                """)
        void theOneWhoKillsIsNotTheDead(String sentence, String subject) {
            assertThat(only(sentence)).extracting(CasualtyClaim::kind, CasualtyClaim::subject)
                    .containsExactly(KILLED, subject);
        }

        @Test
        void theHurtNamedOneByOneLessThoseTheArticleSaysDied() {
            List<CasualtyClaim> claims = extractor.extract(List.of(
                    new Sentence(1, "Rosa Kell died Monday of the wounds she suffered on May 3, the sheriff said."),
                    new Sentence(2, "Her son, 10-year-old Milo, and her mother, Rosa, 58, were both wounded.")));
            assertThat(claims).extracting(CasualtyClaim::kind, CasualtyClaim::count, CasualtyClaim::scope)
                    .containsExactly(tuple(INJURED, Interval.exactly(2), Scope.EARLIER),
                            tuple(INJURED, Interval.exactly(1), Scope.WHOLE));
            assertThat(claims.get(1).value()).endsWith("(Rosa died later)");
            // a death of someone the list does not name leaves it as it is
            assertThat(extractor.extract(List.of(
                    new Sentence(1, "Her son, 10-year-old Milo, and her mother, Rosa, 58, were both wounded."),
                    new Sentence(2, "Dale Kell died at the scene."))))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::scope)
                    .containsExactly(tuple(INJURED, Scope.WHOLE));
        }

        @Test
        void aPersonInjuredWhoLaterDiedIsDeadEvenInARelativeClause() {
            assertThat(only("A teenager who was wounded in the crash on Route 9 has died, his family said."))
                    .extracting(CasualtyClaim::kind).isEqualTo(KILLED);
        }

        @Test
        void injuredPersonWhoDiedLaterIsDead() {
            CasualtyClaim claim = only("A man injured in a shooting on Elm Street last week has died.");
            assertThat(claim.kind()).isEqualTo(KILLED);
            assertThat(claim.count()).isEqualTo(Interval.atLeast(1));
        }

        @Test
        void aShooterWhoShotHimselfMayHaveSurvived() {
            assertThat(only("He shot and killed his wife and then shot himself.").count())
                    .isEqualTo(Interval.atLeast(1));
        }

        @Test
        void killedAndWoundedInOneSentence() {
            assertThat(extract("A man was killed and a woman was wounded in the shooting."))
                    .extracting(CasualtyClaim::kind, CasualtyClaim::count)
                    .containsExactly(tuple(KILLED, Interval.atLeast(1)), tuple(INJURED, Interval.atLeast(1)));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "The victim was pronounced dead at the scene.",
                "A man killed his neighbor's dog.",
                "A police officer said the area was dangerous.",
                "One of the victims was pronounced dead at the scene.",
                "One of the wounded men, a 26-year-old cook, was treated and released.",
                "A block was closed after the shooting.",
                "A man, police said, was seen running from the bar.",
                "Lena Voss, 52, was charged with murder.",
        })
        void noCountWithoutAnIndefinitePersonAndAnOutcome(String sentence) {
            assertThat(extract(sentence)).isEmpty();
        }
    }

    @Nested
    class NotCasualtyFigures {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "The town was captured by the army in July 2022.",
                "The driver, 34, was killed instantly.",
                "The blast at 12:30 p.m. killed the owner of the shop.",
                "The village lies a few kilometers west of the river and 10 km from the border.",
                "Prices rose 5 percent after the strike.",
                "The council set aside $2 million for the injured.",
                "The building, with 108 apartments, was damaged.",
                "Some 108 apartments were damaged and two buildings collapsed.",
                "The army said it shot down 30 drones overnight.",
                "It was one of the deadliest attacks on the city.",
                "It was the third deadly attack this month.",
                "The hospital treated patients in 14 wards.",
                "He told 20 reporters that the shelter was safe.",
                "Call 0800 555 0123 if a relative is missing.",
                "The campground has since cleared dozens of dead trees.",
                "After that storm, the owners removed dozens of dead and leaning trees.",
                "Neighbours counted 40 dead fish in the pond.",
                "Dozens of injured birds were brought to the shelter.",
                "The gunfire on the platform of the 2 train killed a porter on his way home.",
                "A crash that closed the 101 freeway injured a motorcyclist.",
        })
        void numberNotTiedToACasualtyWordIsNotExtracted(String sentence) {
            assertThat(extract(sentence)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Of the 40 on board, the 12 were injured when the boat hit the pier.   | 12
                The 3 crew were killed when the trawler went down.                    | 3
                The 2 Chinese were killed on the road to the border.                  | 2
                Of the 20 surviving injured, 14 have now left hospital.               | 20
                """)
        void digitsAfterTheBeforeAGroupOfPeopleAreCounted(String sentence, String value) {
            assertThat(extract(sentence)).extracting(CasualtyClaim::value).contains(value);
        }
    }
}
