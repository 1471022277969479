package news.crosscheck.claim.mention;

import news.crosscheck.claim.text.Sentence;
import news.crosscheck.compare.SpellingVariants;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MentionExtractorTests {

    private final MentionExtractor extractor = new MentionExtractor(new SpellingVariants()::isSameSurname);

    private static List<Sentence> article(String... sentences) {
        List<Sentence> result = new ArrayList<>();
        for (String text : sentences) {
            result.add(new Sentence(result.size(), text));
        }
        return result;
    }

    private List<Mention> extract(String... sentences) {
        return extractor.extract(article(sentences));
    }

    private List<String> names(MentionKind kind, String... sentences) {
        return extract(sentences).stream().filter(m -> m.kind() == kind).map(Mention::name).toList();
    }

    @Nested
    class People {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "\"We are devastated,\" said Mayor Ann Keller.|Ann Keller|Mayor",
                "Tulsa Police Officer Jane Doe was treated for minor injuries.|Jane Doe|Tulsa Police Officer",
                "Russian President Vladimir Putin did not comment.|Vladimir Putin|Russian President",
                "The convoy was stopped, Sgt. Maria Lopez told reporters.|Maria Lopez|Sgt.",
                "The road will reopen Friday, said county spokeswoman Dana Whitfield.|Dana Whitfield|county spokeswoman",
                "The leader of the local council, Oleh Marchuk, said the shelter was full.|Oleh Marchuk|leader of the local council",
                "Tomas Brandt, a spokesman for the regional administration, said two schools were hit.|Tomas Brandt|spokesman for the regional administration",
                "Governor Halyna Bondar visited the site.|Halyna Bondar|Governor",
                "Charges may follow, said Lake County Sheriff Information Officer Karen Sergeant.|Karen Sergeant|Lake County Sheriff Information Officer",
                "The police spokesperson in the state, SP Adaeze Okonkwo, said the owner was questioned.|Adaeze Okonkwo|SP",
                "The chairman of the council, Hon. Musa Danladi Kware, said food had been sent.|Musa Danladi Kware|Hon.",
                "The General Manager of the building agency, Arc. Bisola Adeyemi, said the site was sealed.|Bisola Adeyemi|Arc.",
                "The waitress, Jovana Petrić, was shot in the chest and underwent surgery.|Jovana Petrić|waitress",
                "The body was found downstream, Harlan County Coroner Willa Stroud said.|Willa Stroud|Harlan County Coroner",
                "Two people died, said Harlan County Judge-Executive Amos Whitlock.|Amos Whitlock|Harlan County Judge-Executive",
                "Local MP Fenella Carrick called for new warning signs.|Fenella Carrick|MP",
                "The ferry's master, Jahangir Talukder, swam ashore.|Jahangir Talukder|ferry's master",
                "The crash happened at 9 a.m., said Devika Rawal, the district's top administrator.|Devika Rawal|district's top administrator",
                "Marta Oyelowo, executive director of a shelter in the city, said beds were full.|Marta Oyelowo|executive director of a shelter in the city",
                "Police said the owner of the bar, Stavros Kallergis, had been detained.|Stavros Kallergis|owner of the bar",
                "The weather bureau's forecaster on duty, Marisol Tuazon, said the storm would weaken.|Marisol Tuazon|weather bureau's forecaster on duty",
                "The crane toppled at noon, said Piotr Walczak, spokesman for the city fire service.|Piotr Walczak|spokesman for the city fire service",
        })
        void aTitleOrRoleMarksAPersonAndGivesTheRole(String sentence, String name, String role) {
            assertThat(extract(sentence)).filteredOn(m -> m.kind() == MentionKind.PERSON)
                    .extracting(Mention::name, Mention::role).containsExactly(tuple(name, role));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Hundreds of people were evacuated overnight, Petra Novak said.|Petra Novak",
                "The fire started in the basement, said Ruben Castillo.|Ruben Castillo",
                "Ruben Castillo told the station the fire started in the basement.|Ruben Castillo",
                "The blast shattered windows, according to Lena Hartmann.|Lena Hartmann",
                "Carla Mendes, 34, of Springfield, was taken to hospital.|Carla Mendes",
                "Jordan Miles, 19, of Akron, Ohio, was arrested.|Jordan Miles",
                "The third shot sent a bullet into Carla Mendes, 15, and killed her.|Carla Mendes",
                "Among the dead were a tailor, Emeka Obiora; and a bricklayer working on the roof.|Emeka Obiora",
        })
        void aVerbOfSayingOrAnAgeMarksAPersonWithoutRole(String sentence, String name) {
            assertThat(extract(sentence)).filteredOn(m -> m.kind() == MentionKind.PERSON)
                    .extracting(Mention::name, Mention::role).containsExactly(tuple(name, ""));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Halyna Moroz, who heads the district council in Izium, accused Russia of shelling a school.|Halyna Moroz|heads the district council in Izium",
                "Two schools were shut after Pavlo Hnatiuk, who runs the local water company, warned of contamination.|Pavlo Hnatiuk|runs the local water company",
                "Margit Olsen, who was the town's mayor until 2019, said the dam had always leaked.|Margit Olsen|town's mayor until 2019",
                "Oleksandr Ivanenko, director of the Zoria mine, said rescue crews were underground.|Oleksandr Ivanenko|director of the Zoria mine",
                "Striker Amos Kettering, 31, scored the winner in stoppage time.|Amos Kettering|Striker",
                "Maura Kinsella, coxswain of the Ardglass lifeboat, said the crew launched at dawn.|Maura Kinsella|coxswain of the Ardglass lifeboat",
                "The coxswain of the Ardglass lifeboat, Maura Kinsella, said the crew launched at dawn.|Maura Kinsella|coxswain of the Ardglass lifeboat",
                "The government's departmental delegate, Anse-Marie Tolbert, told reporters the list was incomplete.|Anse-Marie Tolbert|government's departmental delegate",
                "In Port Larue, the district prefect, Odile Ferrand, ordered the schools closed.|Odile Ferrand|district prefect",
        })
        void aRelativeClauseABareAppositionOrAnOpeningRoleMarksAPerson(String sentence, String name, String role) {
            assertThat(extract(sentence)).filteredOn(m -> m.kind() == MentionKind.PERSON)
                    .extracting(Mention::name, Mention::role).containsExactly(tuple(name, role));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "After the vote, Nadia Sorensen accused the council of hiding the costs.|Nadia Sorensen",
                "Viktor Lenko denied that any soldiers had been stationed in the building.|Viktor Lenko",
                "Teodor Vasic blamed a faulty gas pipe for the blast.|Teodor Vasic",
                "Outside the court, Irena Kowal claimed the evidence had been planted.|Irena Kowal",
                "In a late-night post, Bohdan Yarosh urged residents to stay in shelters.|Bohdan Yarosh",
                "Hours later, Marta Quist described the scene as chaotic.|Marta Quist",
        })
        void aReportingVerbAfterAFullNameMarksAPerson(String sentence, String name) {
            assertThat(names(MentionKind.PERSON, sentence)).containsExactly(name);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Deputies arrested 19-year-old Carlos Ibarra at his home.|Carlos Ibarra",
                "Police identified the victim as Luke Farrow of Dayton.|Luke Farrow",
                "The coroner identified the dead man as Dale Whitcomb.|Dale Whitcomb",
                "The family of Marisol Ortega asked for privacy.|Marisol Ortega",
                "Prosecutors charged Kenneth Aldous with murder.|Kenneth Aldous",
                "Trina Delacroix was pronounced dead at the hospital.|Trina Delacroix",
                "Hours later Devon Marsh was charged with manslaughter.|Devon Marsh",
                "Officers found Mason Quill died at the scene.|Mason Quill",
                "The shooter, Roy Tessmer, fled in a pickup.|Roy Tessmer",
                "He was charged in the death of Corey Vance, 20.|Corey Vance",
                "Police said the gunman was Wade Pruitt.|Wade Pruitt",
                "The husband was identified as Bay City firefighter Tom Rusk.|Tom Rusk",
                "A 79-year-old man, Harold Quinn, drowned when his car was swept away.|Harold Quinn",
                "The driver, Hsu Chih-ming, 58, died at the scene.|Hsu Chih-ming",
                "Among the dead was Choi Young-sook, 79, a retired teacher.|Choi Young-sook",
                "Haruki Satoh, a 41-year-old neighbour who dug two people out, described a wall of mud.|Haruki Satoh",
                "Wendell Ashby, a retired firefighter, ran back inside.|Wendell Ashby",
                "The injured include Kavya Reddy, a schoolteacher from the coast.|Kavya Reddy",
                "Ramesh Behera, a vegetable trader, was found downstream.|Ramesh Behera",
                "Police say 17-year-old Tobias Lane, a senior at the school, was shot.|Tobias Lane",
                "Deputies say Rosaura Velarde was playing with the gun when it went off.|Rosaura Velarde",
                "The car went through the wall, hitting Kayla Purdom in the kitchen.|Kayla Purdom",
                "Officers found Akeel Danvers suffering from a gunshot wound.|Akeel Danvers",
                "Police identified the girl to a local television station as Ilana Preece.|Ilana Preece",
                "Nobody has been charged in last Saturday's shooting death of Hollis Maynard.|Hollis Maynard",
                "Owain Hickling was accidentally shot by a friend.|Owain Hickling",
                "Ilona Prescott was taken to the children's hospital.|Ilona Prescott",
                "Rescuers pulled out Okada Fumie (66), who had a broken leg.|Okada Fumie",
                "Ciaran Doherty (26), of Portavogie, was arrested.|Ciaran Doherty",
                "Prakasan (52), a rubber tapper, died in hospital on Thursday.|Prakasan",
                "The hotel's owner, Ghulam Mustafa Sheikh, ran out of the kitchen.|Ghulam Mustafa Sheikh",
                "Rosalia Ybarra, of Port Lavaca, died at the hospital.|Rosalia Ybarra",
                "Divers recovered the body of Elmer Tackett, the 71-year-old Harlan man whose truck was swept away.|Elmer Tackett",
                "Darnell Pettis was not hurt.|Darnell Pettis",
                "The bodies of Hanif Gazi, 40, and his brother were recovered.|Hanif Gazi",
                "Patrolman Dale Hrubik, a nine-year veteran, fired three times.|Dale Hrubik|Patrolman",
        })
        void anAgeOrWhatHappenedToThemMarksAPerson(String sentence, String name) {
            assertThat(names(MentionKind.PERSON, sentence)).containsExactly(name);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Harold Pruitt Jr., the retired machinist who ran the league for decades, was buried on Monday.",
                "Dorinda Vasquez, the crossing guard on Elm Street, saw the car before it struck.",
        })
        void aJuniorOrAnAppositionOfAPersonNounAfterTheMarksAPerson(String sentence) {
            assertThat(names(MentionKind.PERSON, "Two hurt in crash", sentence)).hasSize(1);
        }

        @Test
        void aSurnameInCapitalsAfterGivenNamesIsPartOfTheName() {
            assertThat(names(MentionKind.PERSON, "Two dead in Labé", "Mamadou Lamine KOUROUMA, 24, was shot near the "
                    + "market, and Fanta CISSÉ, 31, was hurt.")).containsExactly("Mamadou Lamine KOUROUMA", "Fanta CISSÉ");
            assertThat(names(MentionKind.PERSON, "Two dead in Labé", "FBI agents joined the NYPD on Friday."))
                    .isEmpty();
            assertThat(names(MentionKind.PERSON, "Chip maker sold", "Dana Ross said the Arvex CEO said nothing."))
                    .doesNotContain("Arvex CEO");
            assertThat(names(MentionKind.PERSON, "Chip maker sold", "The deal was struck by Dana Ross, ArvexLabs CEO, "
                    + "on Monday.")).doesNotContain("ArvexLabs CEO");
            assertThat(names(MentionKind.PERSON, "Chip maker sold", "Even IBM, the leader in servers, was slow."))
                    .isEmpty();
        }

        @Test
        void aNicknameInQuotesIsLeftOutOfTheName() {
            assertThat(names(MentionKind.PERSON, "Walter \"Skip\" Brzezinski Jr., 71, died at the hospital."))
                    .containsExactly("Walter Brzezinski Jr.");
            assertThat(names(MentionKind.PERSON, "Friends of Lorna \u2018Big Lo\u2019 Tibbets, 44, held a vigil."))
                    .containsExactly("Lorna Tibbets");
            assertThat(names(MentionKind.PERSON, "\"Stay away from Cobb Road,\" Sheriff Ida Mertz said."))
                    .as("a quotation is no nickname").containsExactly("Ida Mertz");
        }

        @Test
        void aListSetOffAfterAPluralNounForPeopleIsOfPeople() {
            assertThat(names(MentionKind.PERSON, "Four people died, including two brothers-in-law, Wesley Tanner "
                    + "and Roy Ebersol, whose pickup was swept away.")).containsExactly("Wesley Tanner", "Roy Ebersol");
        }

        @Test
        void theOthersInAListOfVictimsArePeopleToo() {
            assertThat(names(MentionKind.PERSON,
                    "The victims were Ann Lemke, 31, Rob Moyer, 29, and Tess Albers, 40."))
                    .containsExactly("Ann Lemke", "Rob Moyer", "Tess Albers");
            assertThat(names(MentionKind.PERSON, "Kira Vance, Omar Pell and Nate Osgood all died of gunshot wounds."))
                    .containsExactly("Kira Vance", "Omar Pell", "Nate Osgood");
            assertThat(names(MentionKind.PERSON,
                    "Police charged Lia Brandt, a nurse from Glen Falls; and Ivo Marr, 24."))
                    .containsExactly("Lia Brandt", "Ivo Marr");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "A 24-year-old Sun Valley woman was fatally shot after a hike.",
                "Shots were fired on Maple Street Tuesday night.",
                "Fairmont Terrace was locked down after the shooting.",
                "The victim was taken to Mercy Hospital and later died.",
                "The shooting of Pine Ridge residents shocked the county.",
                "Harris County deputies arrested a man on Friday.",
                "Teen Fatally Shot inside apartment, police say",
                "Moscow-based analysts and Iran-backed militias were blamed by Long-time residents.",
                "Holy Trinity, a 100-year-old church, burned to the ground.",
                "Residents of Pine Ridge say the road floods every spring.",
                "Officers found Elm Street blocked by a fallen tree.",
                "Police say Main Street was closed overnight.",
                "Witnesses said Santa Monica Boulevard was jammed for hours.",
        })
        void streetsBuildingsAndPlacesAreNotPeople(String sentence) {
            assertThat(names(MentionKind.PERSON, sentence)).isEmpty();
        }

        @Test
        void aLaterSurnameBeforeAReportingVerbIsTheSamePersonAsTheFullName() {
            List<Mention> mentions = extract(
                    "Leonid Marchenko, who leads the regional administration, said 14 people were hurt.",
                    "Marchenko accused the army of shelling the market.");
            assertThat(mentions).filteredOn(m -> m.kind() == MentionKind.PERSON)
                    .extracting(Mention::name, Mention::fullName)
                    .containsExactly(tuple("Leonid Marchenko", "Leonid Marchenko"), tuple("Marchenko", "Leonid Marchenko"));
        }

        @Test
        void aLaterSurnameSpelledDifferentlyRefersToTheFullName() {
            List<Mention> mentions = extract(
                    "In a post on Telegram, the governor of the occupied region, Viktor Hromenko, said 12 were hurt.",
                    "Hramenko said the next day would be one of mourning.");
            assertThat(mentions).filteredOn(m -> m.kind() == MentionKind.PERSON)
                    .extracting(Mention::name, Mention::fullName, m -> m.sentence().index())
                    .containsExactly(tuple("Viktor Hromenko", "Viktor Hromenko", 0),
                            tuple("Hramenko", "Viktor Hromenko", 1));
        }

        @Test
        void twoPeopleWithTheSameFirstNameKeepTheirOwnFullNames() {
            List<Mention> mentions = extract(
                    "Deputy Mayor Leonid Sorokin said the water supply was cut.",
                    "Regional governor Leonid Zaitsev said repairs would take a week.",
                    "Zaitsev added that crews were on their way, while Sorokin urged calm.");
            assertThat(mentions).filteredOn(m -> m.sentence().index() == 2)
                    .extracting(Mention::name, Mention::fullName)
                    .containsExactly(tuple("Zaitsev", "Leonid Zaitsev"), tuple("Sorokin", "Leonid Sorokin"));
        }

        @Test
        void aSurnameSharedByTwoFullNamesStaysUnresolved() {
            List<Mention> mentions = extract(
                    "Officer Paul Grady and Officer Ellen Grady were first on the scene.",
                    "Grady said the door was locked.");
            assertThat(mentions).filteredOn(m -> m.sentence().index() == 1)
                    .extracting(Mention::name, Mention::fullName).containsExactly(tuple("Grady", "Grady"));
        }

        @Test
        void aFirstNameAloneIsNotLinked() {
            assertThat(names(MentionKind.PERSON, "Mayor Leonid Sorokin spoke first.", "Leonid said little."))
                    .containsExactly("Leonid Sorokin");
        }

        @Test
        void aGivenNameAloneIsNoSpellingOfAnotherSurname() {
            List<Mention> mentions = extract(
                    "Miner Tyler Blankenship, 24, was pinned by the roof fall.",
                    "Company spokesman Mark Toler said the section had been inspected.",
                    "\"Our hearts are with Tyler and his family,\" Toler said.");
            assertThat(mentions).filteredOn(m -> m.kind() == MentionKind.PERSON)
                    .extracting(Mention::name).doesNotContain("Tyler");
            assertThat(names(MentionKind.PERSON, "Driver Édgar Peñafiel Ortiz, 40, was shot at the toll booth.",
                    "Peñafiel, a retired police officer, ran the prison.")).contains("Peñafiel");
        }

        @Test
        void aWordAfterANamesPossessiveIsNoSpellingOfASurname() {
            List<Mention> mentions = extract(
                    "Its director, Khairul Basar, said the count included bodies seen floating.",
                    "Families in the camps in Cox's Bazar have compiled a list of the missing.");
            assertThat(mentions).filteredOn(m -> m.kind() == MentionKind.PERSON)
                    .extracting(Mention::name).containsExactly("Khairul Basar");
        }

        @Test
        void aWordBeforeANumberIsNoSpellingOfASurname() {
            List<Mention> mentions = extract(
                    "The dead included Fredy Humberto Gil Barrera, 52, a winch operator.",
                    "A wake will be held at the municipal coliseum on Carrera 4 No. 5-12, the mayor's office said.");
            assertThat(mentions).filteredOn(m -> m.kind() == MentionKind.PERSON)
                    .extracting(Mention::name).containsExactly("Fredy Humberto Gil Barrera");
        }

        @Test
        void aStormsNameIsNoSpellingOfASurname() {
            List<Mention> mentions = extract(
                    "Cyclone Talira destroyed gardens on the island, and Tomas Tolira, 67, was swept away.",
                    "Talira, a Category 3 cyclone when it made landfall, had weakened by Wednesday.");
            assertThat(mentions).filteredOn(m -> m.kind() == MentionKind.PERSON)
                    .extracting(Mention::name).containsExactly("Tomas Tolira");
        }

        @Test
        void aSurnameThatIsAlsoAPlaceIsDecidedByItsCue() {
            List<Mention> mentions = extract(
                    "Mayor Sam Houston said flooding in Houston closed dozens of roads.",
                    "Houston said the city would recover.",
                    "Schools in Houston stay closed.");
            assertThat(mentions).extracting(Mention::kind, Mention::name, m -> m.sentence().index())
                    .containsExactly(tuple(MentionKind.PERSON, "Sam Houston", 0), tuple(MentionKind.PLACE, "Houston", 0),
                            tuple(MentionKind.PERSON, "Houston", 1), tuple(MentionKind.PLACE, "Houston", 2));
        }

        @Test
        void aListOfVictimsByNameAndAgeIsReadThoughItLooksLikeAHeadline() {
            assertThat(names(MentionKind.PERSON, "Darnell Pike, 19, of North Ridge")).containsExactly("Darnell Pike");
            assertThat(names(MentionKind.PERSON, "\u2014 Tamsin Ovalle, 24, of Birch Street in Weston"))
                    .containsExactly("Tamsin Ovalle");
            assertThat(names(MentionKind.PERSON, "Gunman Kills Three At Birthday Party In Weston")).isEmpty();
        }

        @Test
        void anAgeInWordsOrARoleInThePluralBeforeTheNameMarksAPerson() {
            assertThat(names(MentionKind.PERSON, "Six-year-old Owen Tasker found a loaded gun in the car."))
                    .containsExactly("Owen Tasker");
            assertThat(names(MentionKind.PERSON, "Police named the victims as twins Leah Corwin and Mara Corwin."))
                    .containsExactly("Leah Corwin", "Mara Corwin");
            assertThat(names(MentionKind.PERSON, "Sisters Amy Voss and Beth Voss were hurt."))
                    .containsExactly("Amy Voss", "Beth Voss");
        }

        @Test
        void aPersonIsNamedByWhatTheyAreAccusedOfOrByAnOfficeThatIdentifiesThem() {
            assertThat(names(MentionKind.PERSON,
                    "Corey Lindqvist, accused of killing two people at a bar, pleaded guilty on Tuesday."))
                    .containsExactly("Corey Lindqvist");
            assertThat(names(MentionKind.PERSON,
                    "The sheriff's office identifies the toddler who died as Milo Grantham.")).containsExactly("Milo Grantham");
        }
    }

    @Nested
    class Places {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "Two people were killed in an overnight strike on Kramatorsk.|''",
                "Shelling was reported in Kupiansk overnight.|Kupiansk",
                "A drone hit a warehouse near Pavlohrad.|Pavlohrad",
                "Fighting continued outside Vuhledar.|Vuhledar",
                "Troops are pushing towards Chasiv Yar.|Chasiv Yar",
                "The shelter in the village of Novoselivka was hit.|Novoselivka",
                "Gunmen stormed the police post of the corregimiento of El Palmar.|El Palmar",
                "Residents of the vereda La Esperanza told reporters the road was cut.|La Esperanza",
                "Officials in the Russian border city of Kursk declared an emergency.|Kursk",
                "Power was cut across the Zaporizhzhia region.|Zaporizhzhia",
                "Sirens sounded in St. Petersburg and Novgorod.|St. Petersburg,Novgorod",
                "The tornado touched down near Dayton, Ohio.|Dayton,Ohio",
                "The cargo ship sank off the coast of Crimea.|Crimea",
                "The village lies a few kilometers west of Pokrovsk.|Pokrovsk",
                "The boat went down about 30 km downstream of Benjamin Constant.|Benjamin Constant",
                "Sloviansk, a city of about 100,000 people, was shelled again.|Sloviansk",
                "Ukraine's air force said it shot down 20 drones.|Ukraine",
                "The delegation flew from Poland to Moldova.|Poland,Moldova",
                "The European Union said it would send aid to Turkey.|Turkey",
                "Chancellor Olaf Brenner met President Joe Carter in Washington on Monday.|Washington",
                "The storms also brought flooding to parts of Arkansas and Oklahoma.|Arkansas,Oklahoma",
                "The fire started in Building C and spread to Building A.|''",
                "Shells struck a livestock market in eastern Tarrow on Monday.|Tarrow",
                "A gunman opened fire at a party in southwest Dunmore on Saturday.|Dunmore",
                "A car bomb exploded at a checkpoint in north-east Kelvar.|Kelvar",
                "The same storm spawned a tornado in east-central Tarrow earlier in the day.|Tarrow",
                "Drones hit a camp outside al-Kelvar at dawn.|al-Kelvar",
                "The jet skidded off a runway at Tarrow airport late on Thursday.|Tarrow",
                "The number of dead at the airport of Kelvar reached 21 persons.|Kelvar",
                "The plane landed safely at Tarrow International Airport.|''",
                "Security forces fired on protesters in the town of Kut-e Kelvar on Tuesday.|Kut-e Kelvar",
                "Three people died in floods in the southern provinces of Tarrow and San Bellido.|Tarrow,San Bellido",
                "Heavy rain flooded low-lying neighbourhoods of Port Larue overnight.|Port Larue",
                "A bus and a lorry collided on the highway at Karuvatta near Haripad.|Karuvatta,Haripad",
                "The boat capsized at Tarrow, in Kelvar district, before dawn.|Tarrow,Kelvar",
                "Two shoppers were hurt at Walmart on Friday.|''",
                "The boat overturned at the mouth of the Tarrow fishing harbour.|Tarrow",
                "A boat backed into swimmers at the crowded Tarrow sandbar on Saturday.|Tarrow",
        })
        void placeCuesAndCountriesGivePlaces(String sentence, String places) {
            List<String> expected = places.isEmpty() ? List.of() : List.of(places.split(","));
            assertThat(names(MentionKind.PLACE, sentence)).containsExactlyElementsOf(expected);
        }

        @Test
        void aPlaceLearnedElsewhereIsFoundAtTheStartOfALaterSentence() {
            assertThat(extract("Rescuers worked through the night in the town of Selydove.",
                    "Selydove had already lost its water supply in the spring."))
                    .extracting(Mention::kind, Mention::name, m -> m.sentence().index())
                    .containsExactly(tuple(MentionKind.PLACE, "Selydove", 0), tuple(MentionKind.PLACE, "Selydove", 1));
        }
    }

    @Nested
    class NotNames {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "The Defense Ministry said it had intercepted 30 drones.",
                "The strike targeted the Black Sea Fleet headquarters.",
                "In a statement on Telegram, the regional administration said three were hurt.",
                "Officials said the bridge was closed on Sunday.",
                "Russian troops have advanced slowly this month.",
                "A widow spoke of her husband, killed in a Kazakh plane crash.",
                "Uzbek and Kyrgyz border guards exchanged fire overnight.",
                "Earlier this week, Ukrainian forces said they had hit a depot.",
                "In January, the Interior Ministry reported no casualties.",
                "Witnesses said the explosion shook the building.",
                "The State Emergency Service said rescuers were still searching.",
                "Police said the driver fled the scene.",
                "The Springfield Police Department said it was investigating.",
                "Authorities told NATO allies that the airspace was closed.",
                "The mayor said the city would rebuild.",
                "Rescuers pulled a woman from the rubble on Tuesday, the emergency service said.",
                "The Civil Defence Directorate urged households to check their gas heaters.",
                "Civil Defense teams searched the rubble through the night.",
        })
        void organisationsDaysDemonymsAndSentenceOpenersAreNotMentions(String sentence) {
            assertThat(extract(sentence)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "Amnesty International accused both sides of using cluster munitions.",
                "The Red Cross urged both sides to let aid convoys through.",
                "Ardmore Rovers denied that the coach had been sacked.",
                "Kessel Town, who were bottom of the table in October, have won five in a row.",
                "The referee denied Ardmore Rovers a penalty in the second half.",
                "Officials blamed Ukrainian forces for the strike.",
                "Moscow accused Kyiv of staging the attack.",
                "South Korea accused the North of firing artillery near the border.",
                "In Kherson, police spokeswoman Olena Dyk said the curfew would be extended.",
                "In Kherson, the regional governor, Olena Dyk, said the curfew would be extended.",
                "The Government created a commission headed by the Deputy Prime Minister.",
                "Three residents died, the Sûreté du Québec said on Sunday.",
                "Kessel Town (3) beat Real Sociedad (1) on Saturday.",
                "Real Sociedad (2) drew with Kessel Town.",
                "The injured were taken to the General Hospital, Kessel, and a clinic in Moscow.",
                "The roof fell in a section of Tarrant Coal's Kessel North mine, police said.",
                "Ardmore Mining said it had stopped all underground work.",
        })
        void organisationsTeamsAndObjectsOfReportingVerbsAreNotPeople(String sentence) {
            assertThat(names(MentionKind.PERSON, sentence)).doesNotContain("Amnesty International", "Red Cross",
                    "Ardmore Rovers", "Kessel Town", "Ukrainian", "Kyiv", "Moscow", "South Korea", "North", "Kherson",
                    "Prime Minister", "Minister", "Sûreté du Québec", "Real Sociedad", "Kessel", "Tarrant Coal",
                    "Ardmore Mining");
        }

        @Test
        void anOrdinaryWordOpeningASentenceIsNotAnotherSpellingOfAName() {
            List<Mention> mentions = extract(
                    "Harbor safety director Jon Ewen said the call came in at 3:30 a.m.",
                    "Even before the fire, the building had stood empty for years.",
                    "Anyone with information should call the tip line, Ewen said.");
            assertThat(mentions).filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::name)
                    .containsExactly("Jon Ewen", "Ewen");
            assertThat(extract("Maj. Gen. Ronald Sikes said 60 Guard members were in the town.",
                    "Six people are dead and four have not been located.", "Sikes said the search would go on."))
                    .filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::name)
                    .containsExactly("Ronald Sikes", "Sikes");
        }

        @Test
        void aCountrysAdjectiveIsNotAnotherSpellingOfASurname() {
            assertThat(extract("The town lies near the border, said Major Saw Thaw Thi.",
                    "Thai security officials said about 3,000 people had crossed the river."))
                    .filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::name)
                    .containsExactly("Saw Thaw Thi");
        }

        @Test
        void aStatesAbbreviationAfterATownIsNotAnotherSpellingOfASurname() {
            assertThat(extract("Sheriff's spokeswoman Mandy Cole said two skiers were missing.",
                    "SUMMIT COUNTY, Colo. (KRMV) - Rescuers are searching for two skiers, Cole said."))
                    .filteredOn(m -> m.kind() == MentionKind.PERSON).extracting(Mention::name)
                    .containsExactly("Mandy Cole", "Cole");
        }

        @Test
        void aWordOfATitleCaseHeadlineIsNotAnotherSpellingOfAName() {
            List<Mention> mentions = extract(
                    "Ravens Tackle Faces Drunk Driving Raven Charges",
                    "Defensive tackle Omar Ravens was arrested early Sunday, police said.");
            assertThat(mentions).filteredOn(m -> m.sentence().index() == 0).isEmpty();
        }

        @Test
        void aVariantInRunningTextOpeningASentenceIsStillTheSurname() {
            List<Mention> mentions = extract(
                    "General manager Tony Reakins confirmed the offer on Friday.",
                    "Regkins did not reveal the amount, the paper said.");
            assertThat(mentions).filteredOn(m -> m.sentence().index() == 1)
                    .extracting(Mention::name, Mention::fullName).containsExactly(tuple("Regkins", "Tony Reakins"));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "\"It was a tough call,\" said General Manager A.J.",
                "In a statement released by the team, General Manager A. J.",
        })
        void aNameEndingInAnInitialIsNotAPerson(String sentence) {
            assertThat(names(MentionKind.PERSON, sentence)).isEmpty();
        }

        @Test
        void aSuffixAloneIsNotAName() {
            List<Mention> mentions = extract(
                    "The victim, 14-year-old Marcus Dell Jr., died at the scene.",
                    "Relatives identified him as Marcus Dell Jr.",
                    "Dell was a freshman, his coach said.");
            assertThat(mentions).filteredOn(m -> m.kind() == MentionKind.PERSON)
                    .extracting(Mention::name).doesNotContain("Jr.", "Jr");
            assertThat(mentions).filteredOn(m -> m.sentence().index() == 2)
                    .extracting(Mention::fullName).containsExactly("Marcus Dell Jr.");
        }

        @Test
        void aPluralOrPossessiveFamilyNameIsNotTheSurname() {
            List<Mention> mentions = extract(
                    "Dana Hendricks, 16, was charged with reckless conduct.",
                    "The Hendrickses declined to comment, and police searched the Hendricks' home.");
            assertThat(mentions).filteredOn(m -> m.sentence().index() == 1).extracting(Mention::name)
                    .doesNotContain("Hendrickses");
        }

        @Test
        void theEndsOfARouteArePlaces() {
            assertThat(names(MentionKind.PLACE, "Ten coaches of the Ravenport-Eastmere train left the rails."))
                    .containsExactly("Ravenport", "Eastmere");
            assertThat(names(MentionKind.PLACE, "Traffic on the Kyiv-Odesa highway was halted for hours."))
                    .containsExactly("Kyiv", "Odesa");
            assertThat(names(MentionKind.PLACE, "A Mercedes-Benz coach hit a Rolls-Royce car.")).isEmpty();
        }

        @Test
        void aNameInAppositionToASettlementNounIsAPlace() {
            assertThat(names(MentionKind.PLACE, "The train left the state capital Ravenport for the port city Eastmere."))
                    .containsExactly("Ravenport", "Eastmere");
            assertThat(names(MentionKind.PLACE, "The city Mayor Jane Doe said the line would reopen.")).isEmpty();
        }

        @Test
        void aContractedVerbEndsAPlaceName() {
            assertThat(names(MentionKind.PLACE, "Girl, 4, shot near home in Long Beach ID'd by police"))
                    .doesNotContain("Long Beach ID'd");
        }

        @Test
        void aSentenceInitialWordWithoutCueIsNotAPerson() {
            assertThat(names(MentionKind.PERSON, "Moreno said the road was closed.")).isEmpty();
        }

        @Test
        void anAdverbOrCommonNounOpeningTheSentenceIsNoSurnameInApposition() {
            assertThat(names(MentionKind.PERSON,
                    "Reportedly, the mother fled the house minutes before the shots.")).isEmpty();
            assertThat(names(MentionKind.PERSON, "Sadly, the father of three died at the hospital.")).isEmpty();
            assertThat(names(MentionKind.PERSON,
                    "Witness, the driver of the van behind the bus, told reporters it swerved.")).isEmpty();
        }

        @Test
        void aSurnameOpeningTheSentenceStaysAPersonWithItsRole() {
            List<Mention> mentions = extract("Ann Connolly was hurt in the fire.",
                    "Connolly, a retired teacher, had lived there for years.");
            assertThat(mentions).extracting(Mention::name, Mention::fullName, Mention::role).containsExactly(
                    tuple("Ann Connolly", "Ann Connolly", ""), tuple("Connolly", "Ann Connolly", "retired teacher"));
            assertThat(names(MentionKind.PERSON, "Sutarno, 45, a rice farmer, said the water came at night."))
                    .containsExactly("Sutarno");
        }

        @Test
        void aTitleInsideAStreetNameIsNoPerson() {
            assertThat(names(MentionKind.PERSON,
                    "Roads into the town, including sections of Old Coach Road, will remain closed overnight."))
                    .isEmpty();
            assertThat(names(MentionKind.PERSON, "President Park said the bridge would be rebuilt."))
                    .containsExactly("Park");
        }

        @Test
        void aPossessiveLeavesThePlaceWithoutTheApostrophe() {
            assertThat(names(MentionKind.PLACE, "The strike was part of Russia's winter campaign against Ukraine."))
                    .containsExactly("Russia", "Ukraine");
        }

        @Test
        void aHeadlineInTitleCaseOnlyYieldsNamesLearnedInTheBody() {
            List<Mention> mentions = extract(
                    "Strike On Bakery Kills 12 In Rubizhne As Governor Vows Revenge",
                    "The bakery in Rubizhne was hit at dawn, the regional governor said.");
            assertThat(mentions).extracting(Mention::name, m -> m.sentence().index())
                    .containsExactly(tuple("Rubizhne", 0), tuple("Rubizhne", 1));
        }
    }

    @Nested
    class Order {

        @Test
        void mentionsAreOrderedBySentenceThenPositionOnePerOccurrence() {
            List<Mention> mentions = extract(
                    "Shelling hit targets in Kherson and Mykolaiv, Governor Ivan Lys said.",
                    "Lys said Kherson had no power.");
            assertThat(mentions).extracting(Mention::name, m -> m.sentence().index()).containsExactly(
                    tuple("Kherson", 0), tuple("Mykolaiv", 0), tuple("Ivan Lys", 0),
                    tuple("Lys", 1), tuple("Kherson", 1));
        }
    }
}
