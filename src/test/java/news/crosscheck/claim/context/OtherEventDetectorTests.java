package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyExtractor;
import news.crosscheck.claim.mention.Mention;
import news.crosscheck.claim.mention.MentionExtractor;
import news.crosscheck.claim.mention.MentionKind;
import news.crosscheck.claim.text.Sentence;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OtherEventDetectorTests {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 10);

    private final CasualtyExtractor extractor = new CasualtyExtractor();
    private final OtherEventDetector detector = new OtherEventDetector();

    /** An article about a strike on a depot in Dornova; the lead names Dornova and the Vessel region. */
    private final List<Sentence> lead = List.of(
            new Sentence(0, "Strike on fuel depot kills 9 in Dornova"),
            new Sentence(1, "At least nine people were killed when a missile hit a fuel depot in Dornova in the "
                    + "Vessel region on Saturday, officials said."),
            new Sentence(2, "Rescuers pulled four people from the burning site overnight."));

    private static Mention place(String name, Sentence sentence) {
        return new Mention(MentionKind.PLACE, name, name, "", sentence);
    }

    private List<Mention> leadPlaces() {
        return List.of(place("Dornova", lead.get(0)), place("Dornova", lead.get(1)), place("Vessel", lead.get(1)));
    }

    private List<CasualtyClaim> classify(Sentence later, Mention... laterPlaces) {
        List<Sentence> sentences = new ArrayList<>(lead);
        sentences.add(later);
        List<Mention> places = new ArrayList<>(leadPlaces());
        places.addAll(List.of(laterPlaces));
        return detector.classify(extractor.extract(sentences), sentences, places, PUBLISHED);
    }

    private String reasonFor(String text, String... placesInSentence) {
        Sentence later = new Sentence(7, text);
        Mention[] mentions = new Mention[placesInSentence.length];
        for (int i = 0; i < placesInSentence.length; i++) {
            mentions[i] = place(placesInSentence[i], later);
        }
        List<CasualtyClaim> claims = classify(later, mentions).stream()
                .filter(c -> c.sentence().index() == 7).toList();
        assertThat(claims).as("claims in: %s", text).isNotEmpty();
        return claims.get(0).otherEvent();
    }

    @Nested
    class BackgroundParagraphs {

        @Test
        void earlierMonthAndForeignPlaceAreBothGiven() {
            String reason = reasonFor("In December, the army struck the border town of Kelvar, killing at least "
                    + "24 people and injuring 108 others.", "Kelvar");
            assertThat(reason).isEqualTo("earlier time 'In December'; place 'Kelvar' not in the lead");
        }

        @Test
        void bothFiguresOfTheBackgroundSentenceAreMarked() {
            Sentence later = new Sentence(7, "In December, a strike on Kelvar killed 24 people and wounded 108.");
            List<CasualtyClaim> claims = classify(later, place("Kelvar", later));
            assertThat(claims).filteredOn(c -> c.sentence().index() == 7).hasSize(2)
                    .allMatch(CasualtyClaim::isAboutOtherEvent);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                A similar attack on the depot last year killed 14 people.              | earlier time 'A similar attack'; earlier time 'last year'
                Shelling killed six people in the town in 2022.                         | earlier time 'in 2022'
                The fighting has killed more than 10,000 civilians since 2022.          | cumulative 'since 2022'
                Strikes have killed 40 people in the region since the war began.        | cumulative 'since the war began'
                More than 170 people have been killed in strikes since the truce began. | cumulative 'have been killed in strikes since the truce'
                Violence has killed thousands of people in the region over the past decade. | cumulative 'over the past decade'
                Drones have killed 31 people so far this year.                          | cumulative 'so far this year'
                Earlier this week, a drone strike killed three people.                  | earlier time 'Earlier this week'
                Two years ago a fire at the depot killed 11 workers.                    | earlier time 'Two years ago'
                The depot was previously hit in a raid that injured 5 people.           | earlier time 'previously hit'
                In a separate attack, two people were wounded.                          | earlier time 'a separate attack'
                In an unrelated shooting, two people were wounded.                      | earlier time 'an unrelated shooting'
                In a separate accident on the line, four people were killed at a crossing. | earlier time 'a separate accident'
                In a separate cloudburst in the next valley, 2 people were killed and 3 injured. | earlier time 'a separate cloudburst'
                A strike on the station on January 20 killed eight people.              | earlier time 'on January 20'
                Since February 2022, the shelling has killed 200 people.                | cumulative 'Since February 2022'
                Gunfire has killed 212 people across the city this year.                | cumulative 'across the city this year'
                Over the past 17 months, 40 people have been shot dead in the county.   | cumulative 'Over the past 17 months'
                The weekend left seven people dead in 11 separate shootings.            | cumulative 'in 11 separate shootings'
                More than 300 people have been wounded in those shootings.              | cumulative 'in those shootings'
                Police said 14 people have been killed so far this month.               | cumulative 'so far this month'
                Three weeks earlier, a missile hit the depot and killed 11 people.      | earlier time 'Three weeks earlier'
                A decade ago an explosion at the depot killed 40 people.                | earlier time 'A decade ago'
                The 2019 bombing of the depot killed 12 people.                         | earlier time '2019 bombing'
                The 1999 Marmara Sea earthquake killed more than 17,000 people.          | earlier time '1999 Marmara Sea earthquake'
                The verdict on a 2019 coach crash that killed seven is due on Friday.   | earlier time '2019 coach crash'
                The toll was higher than in the same period of 2023, when 278 died.     | earlier time 'of 2023'
                Last summer a fire at the depot killed 5 workers.                       | earlier time 'Last summer'
                The gunman in the Harlow shooting wounded nine others.                  | another incident 'the Harlow shooting'
                Elsewhere in the region, a guided bomb hit a village, injuring three people. | earlier time 'Elsewhere'
                The strike came exactly a week after a drone strike on the port killed four people. | an earlier event 'came exactly a week after a'
                It hit the depot hours after a missile killed nine people at a bus station. | an earlier event 'hours after a'
                The strike came two days after twin suicide bombings at a market killed 23 people. | an earlier event 'came two days after twin'
                Earlier in March, a bomb hit a truck near the depot and wounded two soldiers. | earlier time 'Earlier in March'
                The crash came less than 18 hours after a van rolled over nearby, killing nine people. | an earlier event 'came less than 18 hours after a'
                The crash came about 25 minutes after, and about 20 miles north of, a pileup on the interstate in which two people were killed. | an earlier event 'came about 25 minutes after, and about 20 miles north of, a'
                It was the third fatal fire in the district, after a blaze at a sawmill killed four workers. | an earlier event 'third fatal fire in the district, after a'
                The shooting came on the same night that gunmen ambushed a convoy nearby, in an attack that killed 12 people. | another event 'came on the same night that'
                The strike came a day before the anniversary of the market bombing, where 40 people were killed. | an earlier event 'anniversary of'
                """)
        void timeAnchorAwayFromPublicationMarksTheFigure(String sentence, String reason) {
            assertThat(reasonFor(sentence)).isEqualTo(reason);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                Shelling of central Tarrow killed 12 people.                             | Tarrow
                Twelve people were killed when a missile hit a market in Tarrow.         | Tarrow
                A blast at a chemical plant near Tarrow injured 40 workers.              | Tarrow
                Drones struck the port of Tarrow, killing six people.                    | Tarrow
                A strike on the border city of Tarrow killed 24 people and wounded 100.  | Tarrow
                The governor said a strike on Tarrow had killed 12 people.               | Tarrow
                Shelling killed six people in Tarrow.                                    | Tarrow
                In northeast Tarrow, a tornado killed at least six people overnight.     | Tarrow
                At Tarrow in the next valley, 4 bodies have been recovered and 13 people are missing. | Tarrow
                Across the border in Tarrow, a boat capsized on the same river, drowning eight. | Tarrow
                Further downstream in Tarrow, floods swept away a bus, killing 11 passengers. | Tarrow
                A coach went off a mountain road in the Tarrow region, killing 21 people. | Tarrow
                A lorry ran into a queue at a petrol station in Tarrow, injuring nine.   | Tarrow
                A train ran into a stalled goods train in Tarrow province, to the north, killing 12 people. | Tarrow
                """)
        void placeWhereTheHarmHappenedMarksTheFigure(String sentence, String place) {
            assertThat(reasonFor(sentence, place)).isEqualTo("place '" + place + "' not in the lead");
        }

        @Test
        void aStreetTheLeadDoesNotNameIsNoOtherPlaceWhenTheLeadNamesNoStreet() {
            assertThat(reasonFor("With her death, ten people have been killed in the strike on the depot in Kolo "
                    + "Street.", "Kolo Street")).isEmpty();
        }

        @Test
        void aSentenceNamingAnotherIncidentInSoManyWordsIsAboutIt() {
            assertThat(reasonFor("Police have not linked Friday's other attack, on the coast road, to the strike; "
                    + "three people were killed in it.")).isEqualTo("earlier time ''s other attack'");
        }

        @Test
        void harmADistanceAwayIsElsewhereButADistanceFromAPlaceIsNot() {
            assertThat(reasonFor("Also on Saturday, a wall collapsed some 60 km to the west, injuring two "
                    + "passers-by.")).isEqualTo("harm '60 km to the west'");
            assertThat(reasonFor("The depot lies 20 km west of the city; the strike killed nine people there."))
                    .isEmpty();
        }

        @Test
        void harmADistanceAwayByATownOfTheLeadIsElsewhere() {
            assertThat(reasonFor("At about 3:40 p.m., some 25 kilometers (15 miles) to the west, a pickup overturned "
                    + "after it was hit by a speeding car, killing two people at Selva, a village east of Dornova.",
                    "Selva", "Dornova")).isEqualTo("harm '25 kilometers (15 miles) to the west'");
            // a town of the lead named as a place of the sentence's harm ties it to the lead
            assertThat(reasonFor("Some 25 km to the west, in Dornova itself, two people were killed.",
                    "Dornova")).isEmpty();
        }

        @Test
        void whatAnIncidentCameBesideADistanceAwayIsAnotherIncident() {
            assertThat(reasonFor("The Dornova strike came as rescuers were still digging at a market in Selva, about "
                    + "40 kilometres to the east, where at least 11 people were confirmed dead.", "Dornova", "Selva"))
                    .isEqualTo("another incident 'strike came as' '40 kilometres to the east'");
            // the words after "came after" may tell the incident's own story: only a distance sets them apart
            assertThat(reasonFor("The crash came after the driver lost control on a bend in Dornova, killing three "
                    + "people.", "Dornova")).isEmpty();
            // a figure before the distance is the sentence's own incident's
            assertThat(reasonFor("The Dornova strike, which killed nine people, came hours after shelling hit Selva, "
                    + "30 km away.", "Dornova", "Selva")).isEmpty();
        }

        @Test
        void aDatelineTownTheLeadNamesAgainIsALeadPlace() {
            Sentence title = new Sentence(0, "Gunman in Brookfield bar shooting sentenced to life");
            Sentence first = new Sentence(1, "BROOKFIELD, Ohio (WKTV) - The man who opened fire outside a Brookfield "
                    + "bar two years ago, killing two people and wounding five others, was sentenced on Monday.");
            Sentence later = new Sentence(9, "Relatives of the victims also spoke of the shooting at a cookout on "
                    + "Kerr Avenue in Lordstown, where one man was killed and six were hurt.");
            List<Sentence> sentences = List.of(title, first, new Sentence(2, "The judge called it a senseless act."),
                    new Sentence(3, "He will be eligible for parole at 70."), later);
            assertThat(OtherEventDetector.datelineTownNamedAgain(first)).contains("brookfield");
            assertThat(detector.classify(extractor.extract(sentences), sentences, List.of(place("Kerr Avenue", later),
                    place("Lordstown", later)), PUBLISHED)).filteredOn(c -> c.sentence().index() == 9)
                    .extracting(CasualtyClaim::otherEvent).containsOnly("place 'Lordstown' not in the lead");
            assertThat(OtherEventDetector.datelineTownNamedAgain(new Sentence(1, "MADISON, Wis. - The mother "
                    + "wounded in the Montfort shooting has died."))).as("where the story was written").isEmpty();
        }

        @Test
        void aLeadPlaceThatOnlyTimesTheSentenceDoesNotTieItsMainClause() {
            assertThat(reasonFor("About six hours after the strike on Dornova, two soldiers were killed by a mine "
                    + "in the village of Selva.", "Dornova", "Selva")).isEqualTo("place 'Selva' not in the lead");
            // a lead place in the main clause still ties it
            assertThat(reasonFor("Hours after the shelling of Selva, four people were killed in Dornova.",
                    "Selva", "Dornova")).isEmpty();
        }

        @Test
        void aSentencePointingBackAtWhatAnIncidentCameAfterADistanceAwayIsAboutIt() {
            Sentence turn = new Sentence(6, "The Dornova strike came about three hours after flames engulfed a depot "
                    + "in Selva, about two kilometres away.");
            Sentence back = new Sentence(7, "That fire had killed 13 people by late morning, officials said.");
            List<Sentence> sentences = new ArrayList<>(lead);
            sentences.addAll(List.of(turn, back));
            List<Mention> places = new ArrayList<>(leadPlaces());
            places.addAll(List.of(place("Dornova", turn), place("Selva", turn)));
            assertThat(detector.classify(extractor.extract(sentences), sentences, places, PUBLISHED))
                    .filteredOn(c -> c.sentence().index() == 7).extracting(CasualtyClaim::otherEvent)
                    .containsExactly("refers back to another incident 'strike came about three hours after' "
                            + "'two kilometres away'");
        }

        @Test
        void aSentencePointingBackAtHarmADistanceFromTheSpotWhereIsAboutIt() {
            Sentence turn = new Sentence(6, "The crash happened about 50 kilometres east of the spot where, two hours "
                    + "earlier, a coach hit a lorry on the opposite, northbound carriageway near Selva.");
            Sentence back = new Sentence(7, "Eight people were confirmed dead in that crash by noon, police said.");
            List<Sentence> sentences = new ArrayList<>(lead);
            sentences.addAll(List.of(turn, back));
            List<Mention> places = new ArrayList<>(leadPlaces());
            places.add(place("Selva", turn));
            assertThat(detector.classify(extractor.extract(sentences), sentences, places, PUBLISHED))
                    .filteredOn(c -> c.sentence().index() == 7).extracting(CasualtyClaim::otherEvent)
                    .containsExactly("refers back to another incident '50 kilometres east of the spot where'");
        }

        @Test
        void aFigureAfterAnIncidentSaidToBeUnrelatedIsThatIncidents() {
            Sentence unrelated = new Sentence(6, "Police said the clash has NOTHING to do with the deadly dawn raid "
                    + "on a village in the next province, where 7 people were killed.");
            List<Sentence> sentences = new ArrayList<>(lead);
            sentences.add(unrelated);
            assertThat(detector.classify(extractor.extract(sentences), sentences, leadPlaces(), PUBLISHED))
                    .filteredOn(c -> c.sentence().index() == 6).extracting(CasualtyClaim::otherEvent)
                    .containsExactly("another incident 'NOTHING to do with the deadly dawn raid'");
        }

        @Test
        void aFigureItsClauseGivesToASeparateIncidentIsAnothersEvenInAHeadline() {
            List<Sentence> sentences = List.of(
                    new Sentence(0, "Man dies after Elm Street stabbing; 2 hurt in separate attack on Oak Road"),
                    new Sentence(1, "A man has died and 3 others were hurt in a stabbing at a bar on Elm Street."));
            assertThat(detector.classify(extractor.extract(sentences), sentences, List.of(), PUBLISHED))
                    .extracting(CasualtyClaim::value, CasualtyClaim::otherEvent)
                    .contains(tuple("2", "another incident 'in separate attack'"), tuple("3", ""));
        }

        @Test
        void aPlaceTheLeadGivesToAnotherIncidentDoesNotTieALaterSentenceToTheLead() {
            List<Sentence> sentences = List.of(
                    new Sentence(0, "Gas blast kills one in Dornova"),
                    new Sentence(1, "Gas exploded in a house in Dornova on Monday, killing a man, hours after a blast "
                            + "at a block of flats in Tarrow killed two."),
                    new Sentence(2, "Four people were injured in Dornova, the fire service said."),
                    new Sentence(7, "In Tarrow, gas exploded in a four-storey block shortly after 6 a.m."),
                    new Sentence(8, "Two residents died and six people were injured there."));
            List<Mention> places = List.of(place("Dornova", sentences.get(0)), place("Dornova", sentences.get(1)),
                    place("Tarrow", sentences.get(1)), place("Dornova", sentences.get(2)),
                    place("Tarrow", sentences.get(3)));
            assertThat(detector.classify(extractor.extract(sentences), sentences, places, PUBLISHED))
                    .filteredOn(c -> c.sentence().index() == 8).extracting(CasualtyClaim::otherEvent)
                    .containsOnly("refers back to place 'Tarrow' not in the lead");
        }

        @Test
        void aSentencePointingBackAtTheEventTheOneBeforeCameAfterIsAboutIt() {
            Sentence turn = new Sentence(6, "The strike came less than three hours after a blast at a fireworks "
                    + "workshop killed 4 people.");
            Sentence back = new Sentence(7, "Police said 6 people were hurt in that explosion.");
            List<Sentence> sentences = new ArrayList<>(lead);
            sentences.addAll(List.of(turn, back));
            assertThat(detector.classify(extractor.extract(sentences), sentences, leadPlaces(), PUBLISHED))
                    .filteredOn(c -> c.sentence().index() == 7).extracting(CasualtyClaim::otherEvent)
                    .containsExactly("refers back to an earlier event 'came less than three hours after a'");
        }

        @Test
        void backgroundStrikeOnABorderCityIsAnotherEvent() {
            Sentence later = new Sentence(7, "In December, a strike on the border city of Kelvar killed 24 people "
                    + "and wounded more than 100, according to officials.");
            List<CasualtyClaim> claims = classify(later, place("Kelvar", later));
            assertThat(claims).filteredOn(c -> c.sentence().index() == 7)
                    .extracting(CasualtyClaim::value, CasualtyClaim::otherEvent).containsExactly(
                            tuple("24",
                                    "earlier time 'In December'; place 'Kelvar' not in the lead"),
                            tuple("more than 100",
                                    "earlier time 'In December'; place 'Kelvar' not in the lead"));
        }

        @Test
        void aSentenceThatPointsBackAtABackgroundOneIsBackground() {
            Sentence strike = new Sentence(7, "Drones also struck a farm near Kelvar overnight.");
            Sentence there = new Sentence(8, "No one was injured there, the governor said.");
            Sentence toll = new Sentence(8, "That toll rose to 11 overnight.");
            for (Sentence later : List.of(there, toll)) {
                List<Sentence> sentences = new ArrayList<>(lead);
                sentences.add(strike);
                sentences.add(later);
                List<Mention> places = new ArrayList<>(leadPlaces());
                places.add(place("Kelvar", strike));
                assertThat(detector.classify(extractor.extract(sentences), sentences, places, PUBLISHED))
                        .filteredOn(c -> c.sentence().index() == 8).singleElement()
                        .extracting(CasualtyClaim::otherEvent)
                        .isEqualTo("refers back to place 'Kelvar' not in the lead");
            }
        }

        /** The claims of a toll sentence that follows a sentence turning to another incident, after the lead. */
        private List<CasualtyClaim> tollAfter(String turn, String toll) {
            List<Sentence> sentences = new ArrayList<>(lead);
            sentences.add(new Sentence(7, turn));
            sentences.add(new Sentence(8, toll));
            return detector.classify(extractor.extract(sentences), sentences, leadPlaces(), PUBLISHED).stream()
                    .filter(c -> c.sentence().index() == 8).toList();
        }

        @Test
        void theSentencesAfterOneThatTurnsToAnotherIncidentAreOfThatIncident() {
            assertThat(tollAfter("Separately, rescuers on Sulawesi were searching for miners buried by a landslide at "
                    + "a gold mine on Tuesday.", "Two bodies had been recovered and 29 people were missing, the agency "
                    + "said.")).isNotEmpty().allMatch(c -> c.otherEvent().equals("after 'Separately,'"));
        }

        @Test
        void aCountryTheLeadNamesTooDoesNotTieATurnedSentenceBack() {
            List<Sentence> sentences = new ArrayList<>(lead);
            Sentence turn = new Sentence(7, "Separately, the border stayed calm after a ceasefire, officials said.");
            Sentence toll = new Sentence(8, "Moldova says two of its border guards were killed in the clash.");
            sentences.add(turn);
            sentences.add(toll);
            List<Mention> places = new ArrayList<>(leadPlaces());
            places.add(place("Moldova", lead.get(1)));
            places.add(place("Moldova", toll));
            assertThat(detector.classify(extractor.extract(sentences), sentences, places, PUBLISHED))
                    .filteredOn(c -> c.sentence().index() == 8).isNotEmpty()
                    .allMatch(c -> c.otherEvent().equals("after 'Separately,'"));
        }

        @Test
        void harmInAKindOfPlaceTheLeadsNeverHoldsIsAnotherEvent() {
            List<Sentence> sentences = List.of(
                    new Sentence(0, "Man shot dead by police after firing at cars near gas station"),
                    new Sentence(1, "Police shot and killed a man on Saturday after he fired at passing cars near a "
                            + "west-side gas station, wounding a motorist, the chief said."),
                    new Sentence(2, "The officers were placed on leave."),
                    new Sentence(7, "Hours earlier, gunmen fired into a backyard birthday party on the east side, "
                            + "killing two young people and wounding six."),
                    new Sentence(8, "The motorist, who was wounded in the arm at the gas station, was released."));
            List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences, List.of(),
                    PUBLISHED);
            assertThat(claims).filteredOn(c -> c.sentence().index() == 7).isNotEmpty()
                    .allMatch(c -> c.otherEvent().equals("place of kind 'home' not the lead's"));
            assertThat(claims).filteredOn(c -> c.sentence().index() != 7).allMatch(c -> c.otherEvent().isEmpty());
        }

        @Test
        void aTurnMayNameWhereAndWhenBeforeItsComma() {
            assertThat(tollAfter("In a separate accident in the region on Monday evening, a goods train ran into a "
                    + "tractor at a level crossing.", "Four people were killed and two injured, police said."))
                    .isNotEmpty()
                    .allMatch(c -> c.otherEvent().startsWith("after 'In a separate accident in the region on Monday"));
        }

        @Test
        void thereAsInThereWereIsNoPointer() {
            assertThat(reasonFor("There were no injuries among the crew, the operator said.")).isEmpty();
        }

        @Test
        void theLeadsCountryBesideAnotherTownDoesNotTieTheSentenceToTheLead() {
            List<Sentence> sentences = List.of(
                    new Sentence(0, "Minibus plunges into canal in Egypt, killing 8"),
                    new Sentence(1, "Eight people died when a minibus left the road near Manfalut in Egypt on Monday."),
                    new Sentence(2, "Divers searched the canal through the morning."),
                    new Sentence(5, "Later that morning, a train crashed in Sohag province, killing 12 people, "
                            + "Egypt's health ministry said."),
                    new Sentence(6, "Egypt's health ministry said five people were injured."));
            List<Mention> places = List.of(place("Egypt", sentences.get(0)), place("Manfalut", sentences.get(1)),
                    place("Egypt", sentences.get(1)), place("Sohag", sentences.get(3)),
                    place("Egypt", sentences.get(3)), place("Egypt", sentences.get(4)));
            List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences, places,
                    PUBLISHED);
            assertThat(claims).filteredOn(c -> c.sentence().index() == 5).singleElement()
                    .satisfies(c -> assertThat(c.otherEvent()).contains("place 'Sohag' not in the lead"));
            assertThat(claims).filteredOn(c -> c.sentence().index() == 6).singleElement()
                    .satisfies(c -> assertThat(c.otherEvent()).isEmpty());
        }

        @Test
        void theCountryOfALeadThatNamesNoTownTiesASentenceOfOneOfItsTowns() {
            List<Sentence> sentences = List.of(
                    new Sentence(0, "Strong quake shakes Indonesia"),
                    new Sentence(1, "A strong earthquake shook Indonesia on Tuesday, officials said."),
                    new Sentence(2, "Buildings swayed for nearly a minute."),
                    new Sentence(3, "The quake struck Indonesia's Aceh province, killing at least one person."));
            List<Mention> places = List.of(place("Indonesia", sentences.get(0)), place("Indonesia", sentences.get(1)),
                    place("Indonesia", sentences.get(3)), place("Aceh", sentences.get(3)));
            assertThat(detector.classify(extractor.extract(sentences), sentences, places, PUBLISHED))
                    .filteredOn(c -> c.sentence().index() == 3).singleElement()
                    .satisfies(c -> assertThat(c.otherEvent()).isEmpty());
        }

        @Test
        void placeOutsideTheLeadAloneMarksTheFigure() {
            assertThat(reasonFor("A strike on Tarrow killed 12 people.", "Tarrow"))
                    .isEqualTo("place 'Tarrow' not in the lead");
        }
    }

    @Nested
    class TransliteratedLeadPlaces {

        private final List<Sentence> ukrainianLead = List.of(
                new Sentence(0, "Strike on Vuhledar market kills 7"),
                new Sentence(1, "At least seven people were killed when shells hit a market in Vuhledar on Friday."),
                new Sentence(2, "Rescuers were still at work in the evening."));

        private String reasonIn(String text, String place) {
            Sentence later = new Sentence(7, text);
            List<Sentence> sentences = new ArrayList<>(ukrainianLead);
            sentences.add(later);
            List<Mention> places = List.of(place("Vuhledar", ukrainianLead.get(0)),
                    place("Vuhledar", ukrainianLead.get(1)), place(place, later));
            return detector.classify(extractor.extract(sentences), sentences, places, PUBLISHED).stream()
                    .filter(c -> c.sentence().index() == 7).findFirst().orElseThrow().otherEvent();
        }

        @Test
        void theRussianFormOfTheLeadTownIsTheSameEvent() {
            assertThat(reasonIn("Shelling of Ugledar killed 8 people, the Russian-installed officials said.",
                    "Ugledar")).isEmpty();
        }

        @Test
        void anotherTownIsStillAnotherEvent() {
            assertThat(reasonIn("Shelling of Avdiivka killed 8 people.", "Avdiivka"))
                    .isEqualTo("place 'Avdiivka' not in the lead");
        }

        @Test
        void aTownAConsonantApartFromTheLeadsIsAnotherTownInOneArticle() {
            assertThat(reasonIn("Hours earlier, shelling near Vuhledor killed 8 people.", "Vuhledor")).isEmpty();
            assertThat(reasonIn("Hours earlier, shelling near Vuhlemar killed 8 people.", "Vuhlemar"))
                    .isEqualTo("place 'Vuhlemar' not in the lead");
        }
    }

    @Nested
    class OwnEvent {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Yesterday's blast killed 12 people, the governor said.",
                "The death toll rose to 11 on Sunday.",
                "On March 9, the strike killed at least nine people.",
                "Officials said in March that nine people had died.",
                "Five of the injured were firefighters.",
                "The strike in 2024 was the deadliest on the town, killing nine.",
                "Two days earlier, 3 people had been injured at the depot.",
                "Officials had previously put the death toll at 20.",
                "The Dornova strike has killed 9 people, the governor said.",
                "The Dornowa strike has killed 9 people, the governor said.",
                "Police said the Friday shooting left 3 people wounded.",
        })
        void figureWithoutMarkersStaysOwn(String sentence) {
            assertThat(reasonFor(sentence)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                In a separate statement, the health ministry said 10 people were wounded and had been taken to hospitals in Dornova and Tarrow. | Dornova | Tarrow
                Ten people were wounded and taken to hospital in Tarrow.                           | Tarrow  |
                Twelve people were injured and evacuated to Tarrow overnight.                      | Tarrow  |
                Officials in Tarrow said nine people had died.                                     | Tarrow  |
                Nine people died, the governor of Tarrow said.                                     | Tarrow  |
                A strike on a depot in Dornova and a bridge near Tarrow killed 12 people.          | Dornova | Tarrow
                Fourteen injured people were flown to clinics in Tarrow.                           | Tarrow  |
                Four of the injured were taken to a hospital in Tarrow, leaving two at the scene.  | Tarrow  |
                Hospitals have treated 61 people injured in the tornado: 38 at Kelvar Regional Medical Center in Tarrow. | Tarrow |
                """)
        void placeThatIsNotWhereTheHarmHappenedDoesNotMark(String sentence, String place, String secondPlace) {
            String[] places = secondPlace == null ? new String[] {place} : new String[] {place, secondPlace};
            assertThat(reasonFor(sentence, places)).isEmpty();
        }

        @Test
        void monthOfTheDayBeforePublicationIsOwn() {
            Sentence later = new Sentence(7, "On February 29, the blast killed 9 people.");
            List<Sentence> sentences = new ArrayList<>(lead);
            sentences.add(later);
            List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences, leadPlaces(),
                    LocalDate.of(2024, 3, 1));
            assertThat(claims).noneMatch(CasualtyClaim::isAboutOtherEvent);
        }

        @Test
        void aLeadSentenceOpeningOnAnotherTimeIsBackground() {
            List<Sentence> sentences = List.of(new Sentence(0, "Missile strike kills 12 in Dornova"),
                    new Sentence(1, "A missile strike on a market in Dornova killed 12 people on Saturday."),
                    new Sentence(2, "Last month, a strike on the same district killed 20 people."));
            List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences,
                    List.of(place("Dornova", sentences.get(0)), place("Dornova", sentences.get(1))), PUBLISHED);
            assertThat(claims).extracting(CasualtyClaim::value, CasualtyClaim::otherEvent).containsExactly(
                    tuple("12", ""), tuple("12", ""), tuple("20", "earlier time 'Last month'"));
        }

        @Test
        void aWeekdayBeforeTheDayTheLeadGivesIsAnotherDay() {
            // published Sunday 10 March 2024; the lead's Saturday is the 9th, Tuesday the 5th
            List<Sentence> sentences = List.of(new Sentence(0, "Missile strike kills 12 in Dornova on Saturday"),
                    new Sentence(1, "A missile strike on a market in Dornova killed 12 people."),
                    new Sentence(2, "Rescuers searched the rubble overnight."),
                    new Sentence(3, "On Tuesday, a drone killed two people near the station."),
                    new Sentence(4, "On Saturday evening, 3 people were also injured by debris."),
                    new Sentence(5, "Three days ago, a rocket killed 4 people at the port."),
                    new Sentence(6, "A day ago, 5 more people were found injured in the rubble."));
            List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences,
                    List.of(place("Dornova", sentences.get(0))), PUBLISHED);
            assertThat(claims).filteredOn(c -> c.sentence().index() >= 3)
                    .extracting(CasualtyClaim::value, CasualtyClaim::otherEvent)
                    .containsExactly(tuple("two", "earlier day 'Tuesday'"), tuple("3", ""),
                            tuple("4", "earlier day 'Three days ago'"));
        }

        @Test
        void harmOfAKindThatNeverMakesOneIncidentWithTheLeadsIsAnotherEvent() {
            List<Sentence> sentences = List.of(new Sentence(0, "Landslide buries homes in Dornova, six dead"),
                    new Sentence(1, "A landslide buried homes in Dornova on Saturday, killing six people."),
                    new Sentence(2, "Rescuers dug through the mud with shovels."),
                    new Sentence(3, "Hours later, a ferry capsized on the lake, with at least nine people dead."),
                    new Sentence(4, "Rain had loosened the slope above Dornova, where two people died."));
            List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences,
                    List.of(place("Dornova", sentences.get(0))), PUBLISHED);
            assertThat(claims).filteredOn(c -> c.sentence().index() >= 3)
                    .extracting(CasualtyClaim::value, CasualtyClaim::otherEvent)
                    .containsExactly(tuple("at least nine", "harm of kind 'water' not the lead's"), tuple("two", ""));
        }

        @Test
        void anAttacksStoryMayTellOfOtherKindsOfHarm() {
            List<Sentence> sentences = List.of(new Sentence(0, "Gunman kills three in Dornova"),
                    new Sentence(1, "A gunman shot dead three people in a house in Dornova on Saturday."),
                    new Sentence(2, "Police surrounded the house for an hour."),
                    new Sentence(3, "He then set fire to the house, and two people died in the blaze."));
            List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences,
                    List.of(place("Dornova", sentences.get(0))), PUBLISHED);
            assertThat(claims).filteredOn(c -> c.sentence().index() == 3)
                    .extracting(CasualtyClaim::otherEvent).containsExactly("");
        }

        @Test
        void aWeekdayToComeIsNoEarlierDay() {
            // published Sunday 10 March 2024: "on Tuesday" after "would resume" is the 12th, not the 5th
            List<Sentence> sentences = List.of(new Sentence(0, "Landslide buries homes in Dornova, six dead"),
                    new Sentence(1, "A landslide buried homes in Dornova on Saturday, killing six people."),
                    new Sentence(2, "The mayor said four people were still missing and the search would resume at"
                            + " dawn on Tuesday."));
            List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences,
                    List.of(place("Dornova", sentences.get(0))), PUBLISHED);
            assertThat(claims).filteredOn(c -> c.sentence().index() == 2)
                    .extracting(CasualtyClaim::value, CasualtyClaim::otherEvent).containsExactly(tuple("four", ""));
        }

        @Test
        void aPageDatelineIsNotTheDayOfTheEvent() {
            List<Sentence> sentences = List.of(new Sentence(0, "Teen charged with murder in Dornova"),
                    new Sentence(1, "Posted: Sunday, March 10, 2024 10:26 am | A teenager has been charged with murder."),
                    new Sentence(2, "Detectives searched the house."),
                    new Sentence(3, "The shooting left one man dead Thursday evening."));
            List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences,
                    List.of(place("Dornova", sentences.get(0))), PUBLISHED);
            assertThat(claims).noneMatch(CasualtyClaim::isAboutOtherEvent);
        }

        @Test
        void leadFiguresStayOwnEvenWithAMonth() {
            Sentence title = new Sentence(0, "In December, a strike killed 24 people in Kelvar");
            List<CasualtyClaim> claims = detector.classify(extractor.extract(List.of(title)), List.of(title),
                    List.of(place("Kelvar", title)), PUBLISHED);
            assertThat(claims).hasSize(1).noneMatch(CasualtyClaim::isAboutOtherEvent);
        }

        @Test
        void leadPlaceSpelledDifferentlyIsStillTheLeadPlace() {
            assertThat(reasonFor("Nine people died in Dornowa.", "Dornowa")).isEmpty();
        }

        @Test
        void placeInsideALongerLeadNameIsInTheLead() {
            assertThat(reasonFor("Nine people died in the Vessel region.", "Vessel region")).isEmpty();
        }

        @Test
        void withoutPlacesInTheLeadPlacesDoNotMark() {
            Sentence later = new Sentence(7, "A strike on Tarrow killed 12 people.");
            List<Sentence> sentences = new ArrayList<>(lead);
            sentences.add(later);
            List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences,
                    List.of(place("Tarrow", later)), PUBLISHED);
            assertThat(claims).noneMatch(CasualtyClaim::isAboutOtherEvent);
        }

        @Test
        void claimsComeBackInOrderWithValuesKept() {
            Sentence later = new Sentence(7, "Last year a fire killed 3 people.");
            List<Sentence> sentences = new ArrayList<>(lead);
            sentences.add(later);
            List<CasualtyClaim> extracted = extractor.extract(sentences);
            List<CasualtyClaim> classified = detector.classify(extracted, sentences, leadPlaces(), PUBLISHED);
            assertThat(classified).extracting(CasualtyClaim::value)
                    .containsExactlyElementsOf(extracted.stream().map(CasualtyClaim::value).toList());
        }
    }

    @Nested
    class CalendarDates {

        @Test
        void aDateWrittenWithItsYearIsAnotherTimeAndItsYearIsNotSaidTwice() {
            assertThat(TimeAnchors.awayFrom("The last quake there, on Oct. 10, 2002, killed three people.", PUBLISHED, Optional.empty()))
                    .containsExactly("earlier time 'on Oct. 10, 2002'");
        }

        @Test
        void aDateOfTheLastFewDaysIsTheEventsOwn() {
            assertThat(TimeAnchors.awayFrom("The strike on March 8 killed nine.", PUBLISHED, Optional.empty())).isEmpty();
            assertThat(TimeAnchors.awayFrom("A strike on Feb. 12 killed 20.", PUBLISHED, Optional.empty()))
                    .containsExactly("earlier time 'on Feb. 12'");
        }

        @Test
        void lastAndTheMonthOfPublicationIsAYearBack() {
            assertThat(TimeAnchors.awayFrom("Last March, a shooting at a party killed two people.", PUBLISHED,
                    Optional.empty())).containsExactly("earlier time 'Last March'");
            assertThat(TimeAnchors.awayFrom("Shootings in March have wounded nine people.", PUBLISHED,
                    Optional.empty())).isEmpty();
        }

        @Test
        void aFollowUpsIncidentDayAndItsMonthAreItsOwnTime() {
            LocalDate published = LocalDate.of(2023, 12, 4);
            Optional<LocalDate> incident = Optional.of(LocalDate.of(2023, 11, 28));
            assertThat(TimeAnchors.awayFrom("Five people were wounded Nov. 28 outside the club.", published,
                    incident)).isEmpty();
            assertThat(TimeAnchors.awayFrom("Three people were shot in November outside the club.", published,
                    incident)).isEmpty();
            assertThat(TimeAnchors.awayFrom("A man shot earlier this month has died.", LocalDate.of(2023, 11, 22),
                    Optional.of(LocalDate.of(2023, 11, 3)))).isEmpty();
            assertThat(TimeAnchors.awayFrom("Two people were shot Oct. 2 at the same club.", published, incident))
                    .containsExactly("earlier time 'Oct. 2'");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "In that incident, three people were shot dead and six wounded.",
            "Of those, 312 died during the holiday season.",
    })
    void aSentencePointingBackAtAnotherIncidentsSentenceIsAboutItToo(String text) {
        Sentence background = new Sentence(7, "In December, the army struck the border town of Kelvar, killing at "
                + "least 1,412 people.");
        Sentence back = new Sentence(8, text);
        List<Sentence> sentences = new ArrayList<>(lead);
        sentences.addAll(List.of(background, back));
        List<Mention> places = new ArrayList<>(leadPlaces());
        places.add(place("Kelvar", background));
        assertThat(detector.classify(extractor.extract(sentences), sentences, places, PUBLISHED))
                .filteredOn(c -> c.sentence().index() == 8).isNotEmpty()
                .allSatisfy(c -> assertThat(c.otherEvent()).startsWith("refers back to earlier time 'In December'"));
    }

    /** The claims of the second sentence of a paragraph whose first tells of the fighting of September 2022. */
    private List<CasualtyClaim> secondOfBackgroundParagraph(String second, int paragraphOfSecond) {
        Sentence opening = new Sentence(7, "The last major fighting on the border, in September 2022, was the worst "
                + "since independence.", 5);
        Sentence next = new Sentence(8, second, paragraphOfSecond);
        List<Sentence> sentences = new ArrayList<>(lead);
        sentences.addAll(List.of(opening, next));
        List<Mention> places = new ArrayList<>(leadPlaces());
        if (second.contains("Dornova")) {
            places.add(place("Dornova", next));
        }
        return detector.classify(extractor.extract(sentences), sentences, places, PUBLISHED).stream()
                .filter(c -> c.sentence().index() == 8).toList();
    }

    @Test
    void aBackgroundParagraphsNextSentenceWithoutATimeOfItsOwnIsOfTheSameEvent() {
        assertThat(secondOfBackgroundParagraph("Officials said 59 citizens were killed and more than 180 wounded; "
                + "the other side reported 41 dead.", 5))
                .hasSize(3).allSatisfy(c -> assertThat(c.otherEvent())
                        .isEqualTo("same paragraph as earlier time 'in September 2022'"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // the next paragraph
            "Officials said 59 citizens were killed and more than 180 wounded.|6",
            // a time of its own
            "On Saturday, officials said 59 citizens were killed and more than 180 wounded.|5",
            // the lead's town
            "Officials in Dornova said 59 citizens were killed and more than 180 wounded.|5",
    })
    void aSentenceOfAnotherParagraphOrWithATimeOrTownOfItsOwnIsNotTiedToTheOneBefore(String text, int paragraph) {
        assertThat(secondOfBackgroundParagraph(text, paragraph)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.otherEvent()).isEmpty());
    }

    @Test
    void anEarlierIncidentsDateInTheLeadOfFreshNewsIsAnotherTime() {
        // published Sunday March 10: the lead's harm is Saturday's, so February 28 is not a follow-up's incident day
        Sentence background = new Sentence(3, "It was the second strike on the region this year, after six people "
                + "were killed at a market in Sarnik on February 28.");
        List<Sentence> sentences = new ArrayList<>(lead);
        sentences.add(background);
        List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences, leadPlaces(),
                PUBLISHED);

        assertThat(claims).filteredOn(c -> c.sentence().index() == 3).singleElement()
                .satisfies(c -> assertThat(c.otherEvent()).startsWith("earlier time 'on February 28'"));
    }

    @Test
    void aFigureRepeatingAMarkedFigureOfTheSentenceBeforeIsThatFigure() {
        Sentence background = new Sentence(7, "In March 2019, a strike on the station killed 31 people.");
        Sentence repeat = new Sentence(8, "Of the 31 dead, 12 were children.");
        List<Sentence> sentences = new ArrayList<>(lead);
        sentences.addAll(List.of(background, repeat));
        List<CasualtyClaim> claims = detector.classify(extractor.extract(sentences), sentences, leadPlaces(),
                PUBLISHED);

        assertThat(claims).filteredOn(c -> c.sentence().index() == 8 && c.value().equals("31"))
                .singleElement().satisfies(c -> assertThat(c.otherEvent()).isEqualTo("earlier time 'In March 2019'"));
    }

    @Test
    void theSentencesOfTheArticlesOwnEventLeaveOutThoseAboutAnother() {
        Sentence background = new Sentence(7, "The gunman in the Riverton shooting wounded nine others before turning "
                + "the gun on himself.");
        Sentence own = new Sentence(8, "Investigators were still at the depot on Sunday evening.");
        List<Sentence> sentences = new ArrayList<>(lead);
        sentences.add(background);
        sentences.add(own);
        assertThat(detector.ownEvent(sentences, leadPlaces(), PUBLISHED, List.of())).contains(own)
                .doesNotContain(background);
    }

    @Test
    void everyFigureOfARoundUpOfIncidentsUnderHeadingsIsOfAnotherEvent() {
        List<Sentence> roundUp = List.of(new Sentence(0, "Eleven shot across Riverton over holiday weekend"),
                new Sentence(1, "At least 11 people were shot in Riverton since Friday evening, two of them fatally."),
                new Sentence(2, "Friday night, Larkspur Ave.: A gunman opened fire at a birthday party."),
                new Sentence(3, "Four other people were wounded."),
                new Sentence(4, "SATURDAY, 2:15 A.M. \u2014 ELM STREET, NORTHSIDE"),
                new Sentence(5, "Two men were shot outside a bar."),
                new Sentence(6, "Sunday afternoon, Pike Road: A 19-year-old was killed in a drive-by."));
        assertThat(detector.classify(extractor.extract(roundUp), roundUp, List.of(), PUBLISHED))
                .extracting(CasualtyClaim::otherEvent).isNotEmpty()
                .containsOnly("a round-up of 3 incidents ('Larkspur Ave.', 'ELM STREET, NORTHSIDE', ...)");
        List<Sentence> story = List.of(new Sentence(0, "Two wounded at Riverton birthday party"),
                new Sentence(1, "Two people were wounded at a birthday party on Larkspur Avenue on Friday night."),
                new Sentence(2, "Friday night, police said: the gunman fled on foot."),
                new Sentence(3, "Saturday morning, Chief Ana Ruiz said the two were recovering."));
        assertThat(detector.classify(extractor.extract(story), story, List.of(), PUBLISHED))
                .extracting(CasualtyClaim::otherEvent).containsOnly("");
    }

    @Test
    void everyFigureOfAPoliceLogOfIncidentsUnderHoursIsOfAnotherEvent() {
        List<Sentence> log = List.of(new Sentence(0, "Daily incident log, Saturday"),
                new Sentence(1, "Information is preliminary and subject to change."),
                new Sentence(2, "0215 HRS \u2014 600 BLK MILL RD."),
                new Sentence(3, "Kitchen fire in a duplex; no injuries."),
                new Sentence(4, "1340 hrs - 2200 block of Larkspur Ave."),
                new Sentence(5, "Two men were shot outside a market and taken to hospital."),
                new Sentence(6, "2310 HRS \u2014 RIVERFRONT PARK"),
                new Sentence(7, "One adult male victim was pronounced deceased at the scene."));
        assertThat(detector.classify(extractor.extract(log), log, List.of(), PUBLISHED))
                .extracting(CasualtyClaim::otherEvent).isNotEmpty()
                .containsOnly("a round-up of 3 incidents ('600 BLK MILL RD.', '2200 block of Larkspur Ave.', ...)");
        List<Sentence> timeline = List.of(new Sentence(0, "How the toll of the Pasir landslide rose"),
                new Sentence(1, "The agency's first figures, on Monday, were three dead and 18 missing."),
                new Sentence(2, "Tuesday morning: 9 dead, 10 missing."),
                new Sentence(3, "Tuesday evening: 12 dead, 8 missing."),
                new Sentence(4, "Wednesday morning: 14 dead, 6 missing."));
        assertThat(detector.classify(extractor.extract(timeline), timeline, List.of(), PUBLISHED))
                .extracting(CasualtyClaim::otherEvent).containsOnly("");
    }

    @Test
    void everyFigureOfAnArticleAboutAnEarlierYearsIncidentIsOfAnotherEvent() {
        List<Sentence> verdict = List.of(new Sentence(0, "Club owner jailed for nine years over 2021 Marlow fire that "
                        + "killed 13"),
                new Sentence(1, "A court on Friday sentenced the owner of a club where 13 people died and six were "
                        + "injured in a fire in November 2021."));
        assertThat(detector.classify(extractor.extract(verdict), verdict, List.of(), PUBLISHED))
                .extracting(CasualtyClaim::otherEvent).isNotEmpty()
                .containsOnly("an earlier incident '2021 Marlow fire'");
        List<Sentence> news = List.of(new Sentence(0, "Gunman kills 3 in Marlow's first shooting since 2021 massacre"),
                new Sentence(1, "A gunman killed three people at a bar on Saturday, police said."));
        assertThat(detector.classify(extractor.extract(news), news, List.of(), PUBLISHED))
                .extracting(CasualtyClaim::otherEvent).containsOnly("");
    }

    @Test
    void everyFigureOfARemembranceIsOfAnotherEvent() {
        List<Sentence> vigil = List.of(new Sentence(0, "Nine bells: hundreds mark 10 years since Fountain Square shooting"),
                new Sentence(1, "Hundreds gathered on Sunday night to mark 10 years since the RiverFest shooting."),
                new Sentence(2, "On July 20, 2015, a gunman killed nine people and injured more than 30."),
                new Sentence(3, "Three people have died from a party shooting on Saturday, police said."));
        assertThat(detector.classify(extractor.extract(vigil), vigil, List.of(), PUBLISHED))
                .extracting(CasualtyClaim::otherEvent).containsOnly("remembrance '10 years since'");
        List<Sentence> news = List.of(new Sentence(0, "Two years after the club shooting, a gunman kills three at a bar"),
                new Sentence(1, "A gunman killed three people at a bar on Saturday, police said."));
        assertThat(detector.classify(extractor.extract(news), news, List.of(), PUBLISHED))
                .extracting(CasualtyClaim::otherEvent).containsOnly("");
    }

    @Test
    void harmInAnotherStateThanTheStorysIsAnotherEvent() {
        List<Sentence> story = List.of(new Sentence(0, "Tornado kills 2 in West Tennessee town"),
                new Sentence(1, "TALACONEE, Tenn. - A tornado killed two people and injured 20 late Tuesday."),
                new Sentence(2, "The storm system that spawned it killed at least six people in northeast Arkansas."));
        List<Mention> places = new MentionExtractor(String::equals).extract(story).stream()
                .filter(m -> m.kind() == MentionKind.PLACE).toList();
        assertThat(detector.classify(extractor.extract(story), story, places, PUBLISHED))
                .extracting(CasualtyClaim::value, CasualtyClaim::otherEvent)
                .contains(tuple("two", ""), tuple("at least six", "state 'Arkansas' not the story's"));
    }
}
