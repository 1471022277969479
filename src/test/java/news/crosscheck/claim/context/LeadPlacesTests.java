package news.crosscheck.claim.context;

import news.crosscheck.spelling.SpellingRule;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LeadPlacesTests {

    private final LeadPlaces leadPlaces = new LeadPlaces();
    private final SpellingRule spelling = new SpellingRule();

    @Test
    void theTownWhereTheHarmHappenedIsTheSite() {
        assertThat(leadPlaces.of("Missile strike on Pavlohrad kills nine",
                "A Russian missile hit an apartment block in Pavlohrad in the Dnipropetrovsk region on Tuesday, "
                        + "killing nine people, the regional governor said.")).satisfies(lead -> {
                    assertThat(lead.sites()).isEqualTo(Set.of(spelling.key("Pavlohrad")));
                    assertThat(lead.places()).isEqualTo(Set.of(spelling.key("Pavlohrad")));
                });
    }

    @Test
    void aRegionWhereTheHarmHappenedIsARegionSiteNotATownSite() {
        assertThat(leadPlaces.of("Mine blast kills 12",
                "A methane blast killed 12 miners at a coal mine in Russia's Kemerovo region on Wednesday."))
                .satisfies(lead -> {
                    assertThat(lead.sites()).isEmpty();
                    assertThat(lead.regionSites()).isEqualTo(Set.of(spelling.key("Kemerovo")));
                });
    }

    @Test
    void transliterationsOfOneTownHaveOneKey() {
        assertThat(leadPlaces.of("", "A missile struck the centre of Pavlograd on Tuesday, killing nine.").sites())
                .isEqualTo(leadPlaces.of("", "A missile struck the centre of Pavlohrad on Tuesday, killing nine.")
                        .sites());
    }

    @Test
    void aFrenchDjForJSharesASiteKeyWithTheEnglishSpelling() {
        assertThat(leadPlaces.of("", "A boat capsized off Kadjora island on Monday, killing nine.").sites())
                .containsAll(leadPlaces.of("", "A boat capsized off Kajora island on Monday, killing nine.").sites());
    }

    @Test
    void anArticleOfAPlaceNameIsNoKeyOfItsOwn() {
        assertThat(leadPlaces.of("", "A bomb hit an army patrol in El Palmar on Tuesday, killing two soldiers.")
                .sites()).doesNotContainAnyElementsOf(leadPlaces.of("",
                        "Gunmen attacked a police station in El Pinar on Tuesday, killing three officers.").sites());
    }

    @Test
    void aTownWrittenInOneWordOrTwoSharesAKey() {
        Set<String> joined = leadPlaces.of("", "A bus struck a jackknifed semi near Willowbend on Thursday, killing four.")
                .sites();
        Set<String> split = leadPlaces.of("", "Five are dead after a bus hit a semi near Willow Bend on Thursday.")
                .sites();
        assertThat(joined).isNotEmpty();
        assertThat(split).containsAll(joined);
    }

    @Test
    void aLeadSentenceAfterTheFirstThatRecallsAnotherIncidentNamesNoPlaceOfThisOne() {
        assertThat(leadPlaces.of("Gas blast tears through Korvel apartment block",
                "Three people were killed when a gas explosion ripped through an apartment block in Korvel early on "
                        + "Wednesday. Earlier on Wednesday, another gas explosion, in a private house in Dastan, "
                        + "killed a woman and her son.")).satisfies(lead -> {
                    assertThat(lead.sites()).isEqualTo(Set.of(spelling.key("Korvel")));
                    assertThat(lead.places()).isEqualTo(Set.of(spelling.key("Korvel")));
                });
        assertThat(leadPlaces.of("Launch fire kills four",
                "A fourth person has died after a fire swept through a launch moored at Korvel. The fire broke out "
                        + "just over an hour after a ferry capsized off Dastan.").places())
                .doesNotContain(spelling.key("Dastan"));
        assertThat(leadPlaces.of("Snowmobiler killed in avalanche near Selva Pass",
                "A snowmobiler was killed when an avalanche broke loose above him in the Selva Pass area on Sunday. "
                        + "It was the second deadly slide in the county in a matter of hours, after two skiers were "
                        + "killed in Dastan Gulch.")).satisfies(lead -> {
                    assertThat(lead.places()).doesNotContain(spelling.key("Dastan"));
                    assertThat(lead.elsewhere()).contains(spelling.key("Dastan"));
                });
        assertThat(leadPlaces.of("Old building collapses in Korvel, 2 dead",
                "At least two people were killed when an old building collapsed in Korvel on Tuesday morning. Earlier "
                        + "in the day, five members of a family lost their lives when the roof of their house caved "
                        + "in in Dastan.").places()).doesNotContain(spelling.key("Dastan"));
        assertThat(leadPlaces.of("Swimmer killed as boat backs into crowd at Korvel sandbar",
                "A swimmer was killed when a boat backed into a crowd at the Korvel sandbar on Saturday. The family "
                        + "whose boat was struck off Dastan some 90 minutes earlier is not related to her.").places())
                .doesNotContain(spelling.key("Dastan"));
    }

    @Test
    void aHeadlineInThePresentTensePlacesTheCrashByTheTownItIsOff() {
        assertThat(leadPlaces.of("1 dead after speeding boat slams into anchored family boat off Korvel",
                "One man was killed on Saturday afternoon, the wildlife commission said.").sites())
                .isEqualTo(Set.of(spelling.key("Korvel")));
    }

    @Test
    void aRegionACountryOrAStateIsNoSite() {
        assertThat(leadPlaces.of("Drone attack on Kherson region injures three",
                "Russian drones attacked the Kherson region overnight, injuring three people.").sites()).isEmpty();
        assertThat(leadPlaces.of("Flooding in Missouri kills five",
                "Flooding in Missouri has killed five people since Friday, officials said.").sites()).isEmpty();
        assertThat(leadPlaces.of("Two shot in Fort Bend Co.",
                "Two men were shot in Fort Bend County late on Saturday, deputies said.").sites()).isEmpty();
        // countries by the names news uses, not only by ICU's display names (Türkiye, Czechia)
        assertThat(leadPlaces.of("Coal mine blast kills 11",
                "A methane explosion in a coal mine in Turkey killed 11 miners on Tuesday.").sites()).isEmpty();
        assertThat(leadPlaces.of("Bus crash kills four",
                "A bus overturned in the Czech Republic on Sunday, killing four people.").sites()).isEmpty();
    }

    @Test
    void whereVictimsWereTakenOrWhoSpokeIsNoSite() {
        assertThat(leadPlaces.of("Six hurt in bus crash",
                "Six people were taken to hospitals in Kelvar after a bus left the road, officials in Tarrow "
                        + "said.").sites()).isEmpty();
        assertThat(leadPlaces.of("Fourth care-home resident dies",
                "Ada Prentice, 89, died on Saturday at Health Sciences Centre in Kelvar, the region said.").sites())
                .isEmpty();
    }

    @Test
    void aTownTheHarmIsPlacedByIsALandmarkAndTheSiteOnlyWhenNoneIsNamed() {
        assertThat(leadPlaces.of("Drone strike on camp kills 43",
                "Drones struck the Tarrow displacement camp near Kelvar at dawn on Monday, killing 43 people.")
                .sites()).isEqualTo(Set.of(spelling.key("Tarrow")));
        assertThat(leadPlaces.of("Drone strike on camp kills 43",
                "Drones struck a displacement camp 12 km north of Kelvar at dawn on Monday, killing 43 people.")
                .sites()).isEqualTo(Set.of(spelling.key("Kelvar")));
        assertThat(leadPlaces.of("Shelling kills nine",
                "Shells struck a livestock market near the bus station in Kelvar, killing nine people.").sites())
                .isEqualTo(Set.of(spelling.key("Kelvar")));
    }

    @Test
    void aPlaceInTheSubjectOfAVerbOfHarmIsItsSite() {
        assertThat(leadPlaces.of("Five of family killed as roof caves in",
                "Five members of a family were killed early Tuesday when the roof of their house in Selva Unit No. 6 "
                        + "collapsed after hours of rain, residents said.").sites())
                .contains(spelling.key("Selva"));
        assertThat(leadPlaces.of("Five of family killed as roof caves in",
                "Five members of a family were killed early Tuesday, and residents in Selva said they heard the "
                        + "roof come down.").sites()).isEmpty();
    }

    @Test
    void theTownsARoadIsNamedByAreLandmarksOfACrashOnIt() {
        assertThat(leadPlaces.of("Two dead in crash in Selva",
                "Two people died when a speeding car collided with a pickup in the village of Selva, on the "
                        + "Kelvar-Dornova road, on Tuesday.").sites()).isEqualTo(Set.of(spelling.key("Selva")));
        assertThat(leadPlaces.of("Bus crash kills 12",
                "Twelve people were killed when a bus collided with a lorry on the Kelvar–Dornova highway on Sunday.")
                .sites()).as("a landmark stands for the site when the lead names none")
                .contains(spelling.key("Kelvar"));
    }

    @Test
    void aBoatAccidentPlacedUpOrDownTheRiverFromATownOrInFrontOfItHasItsLandmark() {
        assertThat(leadPlaces.of("Ferry overturns in front of San Telmo: one dead, a boy missing",
                "One woman died and nine people were hurt when the ferry hit a log on Thursday.").sites())
                .contains(spelling.key("Telmo"));
        assertThat(leadPlaces.of("River boat sinking: state confirms five dead",
                "Five people died when the boat capsized in a storm on Thursday night about 30 km downstream of "
                        + "Marcus Quay, the state government said.").sites())
                .contains(spelling.key("Quay"));
    }

    @Test
    void whereAVictimComesFromIsNotWhereTheHarmHappened() {
        assertThat(leadPlaces.of("Father killed as rocks hit trekkers",
                "On Saturday, rocks falling from a slope above the trail killed a 67-year-old retired engineer from "
                        + "Tarrow, the police said.").sites()).isEmpty();
        assertThat(leadPlaces.of("", "A landslide killed two tourists from Tarrow and injured a 23-year-old from "
                + "Kessel on Saturday.").sites()).isEmpty();
        assertThat(leadPlaces.of("", "A bus carrying pilgrims from Kessel crashed in Tarrow on Saturday, killing six.")
                .sites()).containsExactly(spelling.key("Tarrow"));
    }

    @Test
    void aTrafficAccidentPlacesTheHarmAndASubDistrictIsAPlace() {
        assertThat(leadPlaces.of("Two dead, five injured in accident",
                "Two people died and five were injured in a traffic accident at the eastern entrance of Kessel "
                        + "sub-district on Tuesday, the traffic directorate said.").sites())
                .contains(spelling.key("Kessel"));
    }

    @Test
    void aVehiclesAccidentAtAnAirportNamedByItsTownPlacesTheHarmInTheTown() {
        assertThat(leadPlaces.of("Jet overruns runway, killing 14",
                "At least 14 people were killed when a passenger jet skidded off a runway at Tarrow airport on "
                        + "Thursday evening, the ministry said.").sites()).isEqualTo(Set.of(spelling.key("Tarrow")));
    }

    @Test
    void anAsideBetweenTheHarmAndItsPlaceIsReadPast() {
        assertThat(leadPlaces.of("Seven killed as bus collides with truck",
                "Seven people were killed on Thursday when a bus collided with a truck. The bus was hit at about "
                        + "7:20 a.m. local time (0220 GMT) near the village of Kelvar, police said.").sites())
                .isEqualTo(Set.of(spelling.key("Kelvar")));
    }

    @Test
    void aTimeInAnotherZoneAfterTheClockKeepsThePlaceInTheLead() {
        assertThat(leadPlaces.of("Seven killed as bus overturns",
                "Seven workers were killed when a bus left a desert highway on Wednesday. The bus rolled over at "
                        + "about 5:15 a.m. (0115 GMT) near the 142-kilometre mark of the Kelvar–Tarrow road, "
                        + "police said.").sites())
                .contains(spelling.key("Kelvar"));
    }

    @Test
    void aTimeOfDayBetweenTheHarmAndItsPlaceKeepsTheSite() {
        assertThat(leadPlaces.of("Bombers kill 15 at market",
                "The attack happened at about 10:40 a.m. in Tarrow, a farming town, and killed 15 people.").sites())
                .isEqualTo(Set.of(spelling.key("Tarrow")));
    }

    @Test
    void aNounOfPlacesInGeneralIsNoKeyOfTheSite() {
        assertThat(leadPlaces.of("Two dead as van crashes in Tuyom",
                "Two pilgrims were killed when a van crashed in Barangay Tuyom, Carcar City, on Thursday.").sites())
                .isEqualTo(Set.of(spelling.key("Tuyom")));
        assertThat(leadPlaces.of("Bus, truck collide in Lindogon",
                "Four people were killed when a bus and a truck collided in Brgy. Lindogon on Thursday.").sites())
                .isEqualTo(Set.of(spelling.key("Lindogon")));
    }

    @Test
    void theDatelinesTownIsWhereTheFirstSentencePutsItsHarmHere() {
        assertThat(leadPlaces.of("4 killed as bus rams truck in fog",
                "KELVAR (Tarrow), Dec 22 (FRNA) \u2014 Four people were killed when a bus ran into a stationary truck "
                        + "in dense fog on the national highway near here on Sunday morning, police said.").sites())
                .isEqualTo(Set.of(spelling.key("Kelvar")));
        assertThat(leadPlaces.of("Bus, truck collide; four dead",
                "ZANGEBE CITY, Cebu (KNA) \u2013 Four people were killed when a bus and a truck collided head-on "
                        + "here early Thursday, police said.").sites())
                .isEqualTo(Set.of(spelling.key("Zangebe")));
        assertThat(leadPlaces.of("Four killed as bus and truck collide",
                "KELVAR \u2014 Four people were killed when a bus and a truck collided early Thursday, police "
                        + "said.").sites()).isEmpty();
    }

    @Test
    void aDatelineAloneOnItsLineIsNotTheFirstSentence() {
        LeadPlaces.Reading lead = leadPlaces.of("Three killed in second blast in the district",
                "KELVAR\n\nThree workers were killed in an explosion at a fireworks unit in Kelvar on Friday, hours "
                        + "after another blast in the district.");
        assertThat(lead.sites()).isEqualTo(Set.of(spelling.key("Kelvar")));
    }

    @Test
    void aPlaceOfTheEventTheLeadSaysItsOwnCameAfterIsNotItsPlace() {
        LeadPlaces.Reading lead = leadPlaces.of("Six killed as bomb hits bus",
                "Six passengers were killed on Tuesday when a bus hit a bomb in Kasakari. The blast came two days "
                        + "after twin bombings at the Tarrow market killed 23 people.");
        assertThat(lead.sites()).isEqualTo(Set.of(spelling.key("Kasakari")));
        assertThat(lead.places()).doesNotContain(spelling.key("Tarrow"));
        assertThat(leadPlaces.of("Gunmen abduct 19 women", "Gunmen abducted 19 women in Zangebe on Sunday. The "
                + "abduction came on the same day that two bombers struck the market in Tarrow, killing 15.")
                .places()).isEqualTo(Set.of(spelling.key("Zangebe")));
        LeadPlaces.Reading separate = leadPlaces.of("Motorcyclist killed in A640 crash",
                "BRADLEY MOOR, England - A motorcyclist has died after a collision with a van on the A640 on Friday "
                        + "morning, police said, in a crash separate from the pile-up on the M18 near Thornsett.");
        assertThat(separate.streets()).containsExactlyElementsOf(LeadPlaces.roadKeys("on the A640"));
        assertThat(separate.places()).doesNotContain(spelling.key("Thornsett"));
        assertThat(separate.elsewhere()).contains(spelling.key("Thornsett"))
                .containsAll(LeadPlaces.roadKeys("on the M18"));
    }

    @Test
    void theLeadsStreetsAndBlocksAreKeptForAnArticleOfHarm() {
        LeadPlaces.Reading lead = leadPlaces.of("1 dead, 7 wounded in shooting at house party",
                "BRANNOCK, Ind. - One person was killed and seven others were wounded early Saturday when gunfire "
                        + "erupted at a backyard party, police said. Officers were dispatched to the 1400 block of "
                        + "Larkspur Ave. at about 1:40 a.m.");
        assertThat(lead.streets()).containsExactly(spelling.key("larkspur"));
        assertThat(lead.blocks()).containsExactly("1400@" + spelling.key("larkspur"));
        assertThat(leadPlaces.of("2 arrested in Bragg Street shooting that killed one",
                "Two suspects were arrested Monday in the killing of a man shot on Nov. 2. Both were arrested at "
                        + "an address in the 6000 block of Verbena Drive, police said.").streets())
                .doesNotContain(spelling.key("verbena"));
        assertThat(leadPlaces.of("Council votes on Larkspur Avenue repaving",
                "The council voted to repave the 1400 block of Larkspur Avenue.").streets()).isEmpty();
    }

    @Test
    void aLeadThatCountsOnlyTotalsOverManyIncidentsIsATally() {
        assertThat(leadPlaces.of("Road deaths in Calder reach 58 for the year",
                "HALBURY, England - Fifty-eight people have been killed on Calder's roads so far this year, police "
                        + "said on Sunday, after three deaths in two separate crashes on one foggy morning.").tally())
                .isTrue();
        assertThat(leadPlaces.of("Waterway accidents claimed 312 lives in 10 months", "At least 312 people were "
                + "killed in 187 accidents on the country's rivers between January and October.").tally()).isTrue();
        assertThat(leadPlaces.of("Six injured in violent weekend in Brannock",
                "Police say a man shot four people over the weekend in front of 135 Ridge St.").tally()).isFalse();
        assertThat(leadPlaces.of("Floods kill nine in two counties", "Flash floods killed at least nine people in "
                + "two counties on Tuesday.").tally()).isFalse();
        assertThat(leadPlaces.of("Seven killed as bus hits jackknifed semi near Harlow",
                "Seven people were killed when a coach struck a jackknifed semi-trailer near Harlow on Thursday, the "
                        + "deadliest crash on the province's roads this year.").tally()).isFalse();
        assertThat(leadPlaces.of("Fog closes motorway", "Police closed the motorway at dawn on Friday.").tally())
                .isFalse();
    }

    @Test
    void aRoundUpWhoseHeadlineListsSeveralIncidentsIsATally() {
        assertThat(leadPlaces.of("Deadly weekend in the valley: a fire, two shootings and a crash on Route 9",
                "It was a weekend the valley will not forget soon. Here is what we know.").tally()).isTrue();
        assertThat(leadPlaces.of("Kessaland humanitarian snapshot, 3–9 March: floods, raids and displacement",
                "This snapshot sums up the incidents our teams recorded this week, in which 14 people died.").tally())
                .isTrue();
        assertThat(leadPlaces.of("Northern Corridor: Regional Situation Report No. 4 (as of 2 May)",
                "Heavy rain in the last week has killed at least 23 people in three provinces.").tally()).isTrue();
        assertThat(leadPlaces.of("Fire after blast at plant kills four",
                "An explosion and a fire at a chemical plant killed four workers on Monday.").tally()).isFalse();
    }

    @Test
    void aWeeksRoundUpListingItsStoriesIsATally() {
        assertThat(leadPlaces.of("The week in the valley: a barn fire, a crash on Route 9, a lost hiker and a new mayor",
                "It was a busy week. A fire destroyed a barn near Alden on Monday, killing two horses.").tally())
                .isTrue();
        assertThat(leadPlaces.of("Two dead, five hurt as fire, explosion rip through plant this week",
                "A fire and an explosion ripped through a paint plant in Alden on Tuesday, killing two workers.")
                .tally()).isFalse();
        assertThat(leadPlaces.of("Crash, fire and chaos on the M1 as lorry hits tanker",
                "A lorry struck a fuel tanker on the M1 on Friday, starting a fire that killed the tanker's driver.")
                .tally()).isFalse();
    }

    @Test
    void aHeadlineThatSaysItIsARoundUpIsATally() {
        assertThat(leadPlaces.of("Weekend round-up: two dead and six in hospital as police answer 2,000 calls",
                "Two people died and six were taken to hospital after incidents across the city over the weekend.")
                .tally()).isTrue();
        assertThat(leadPlaces.of("Evening news roundup: missing hiker found alive; Route 9 reopens",
                "A hiker missing since Sunday was found alive near Alden.").tally()).isTrue();
        assertThat(leadPlaces.of("Woman, son in Roundup murder-suicide identified",
                "Two people found dead in a home in Roundup on Sunday were a woman and her son, police said.")
                .tally()).isFalse();
    }

    @Test
    void aSituationReportOnOneIncidentIsThatIncidentsReport() {
        assertThat(leadPlaces.of("Situation Report No. 2 – Ferry capsize on the Sarnu river, Kelpur, 04.03.2025",
                "Search teams recovered three more bodies on Tuesday, taking the toll of the capsize to seven.")
                .tally()).isFalse();
    }

    @Test
    void theKindsOfHarmAreTheLeadsOwnNotThoseOfAnotherEventItRecalls() {
        LeadKinds kinds = LeadKinds.harm();
        assertThat(kinds.names(leadPlaces.of("Death toll in launch fire rises to four",
                "A fourth person has died after a fire swept through a launch moored in Barishal, officials said, "
                        + "just over an hour after another launch capsized on the Meghna river.").kinds()))
                .containsExactly("fire");
        assertThat(kinds.names(leadPlaces.of("Family of three killed in highway smash",
                "Hours after five shoppers were stabbed to death in Penrith, a family was killed in a head-on crash "
                        + "on the Pacific Highway.").kinds()))
                .containsExactly("crash");
    }

    @Test
    void aKindOfPlaceCountsOnlyInWordsThatTellOfHarm() {
        LeadKinds venues = LeadKinds.venues();
        assertThat(venues.names(leadPlaces.of("Shooting at a Delmar tavern leaves two dead",
                "Two men were killed when a gunman opened fire inside a crowded tavern on Delmar Road late Friday, "
                        + "police said.").venues())).containsExactly("nightlife");
        assertThat(leadPlaces.of("'She lit up every room': a town remembers",
                "She sang the anthem at the home opener in September, a little too fast, because she was nervous.")
                .venues()).isZero();
    }
}
