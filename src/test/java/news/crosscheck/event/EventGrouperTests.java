package news.crosscheck.event;

import news.crosscheck.article.Article;
import news.crosscheck.article.ArticleFactory;
import news.crosscheck.bench.CorpusGenerator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventGrouperTests {

    private final ArticleFactory factory = new ArticleFactory();

    private final Article lysychanskLedger = article("ledger/1.txt", "Northern Ledger", "2024-02-04",
            "Strike on bakery in Lysychansk kills 28",
            "At least 28 people were killed when a missile hit a bakery in Lysychansk, in the Russian-held part of "
                    + "the Luhansk region, the regional head Leonid Pasechnik said on Sunday. Rescuers pulled ten "
                    + "people from the rubble of the bakery overnight, Pasechnik said.");
    private final Article lisichanskWire = article("wire/7.txt", "Meridian Wire", "2024-02-05",
            "Lisichansk bakery strike: rescuers search rubble",
            "Rescuers in Lisichansk searched the rubble of a bakery on Monday after a missile strike that the "
                    + "Moscow-installed head of the Luhansk region, Leonid Pesechnik, said killed 28 people.");
    private final Article horlivka = article("courier/3.txt", "Capital Courier", "2024-02-04",
            "Drone strike on market in Horlivka kills five",
            "Five people were killed when a drone hit a market in Horlivka, in the Donetsk region, the local "
                    + "mayor Ivan Prikhodko said on Sunday. Rescuers searched the rubble of the market.");
    private final Article horlivkaAgain = article("post/9.txt", "Valley Post", "2024-02-04",
            "Horlivka market hit by drone",
            "A drone struck a crowded market in Horlivka on Sunday, killing five people, mayor Ivan Prikhodko "
                    + "said. The Donetsk region has seen frequent strikes.");
    private final Article football = article("post/2.txt", "Valley Post", "2024-02-04",
            "United beat City 3-1 in front of 40,000 fans",
            "United scored three goals in the second half to beat City 3-1 on Sunday. The club's budget of "
                    + "12 million pounds was raised by 5 percent this season, the chairman said.");

    @Test
    void sameEventUnderTwoTransliterationsIsOneEvent() throws IOException {
        List<Event> events = group(lysychanskLedger, lisichanskWire, horlivka, horlivkaAgain, football);
        assertThat(events).extracting(Event::articleIds).containsExactlyInAnyOrder(
                List.of("ledger/1.txt", "wire/7.txt"),
                List.of("courier/3.txt", "post/9.txt"),
                List.of("post/2.txt"));
    }

    /** A follow-up three weeks on that dates its incident in its lead. */
    private final Article followUp = article("wire/31.txt", "Meridian Wire", "2024-02-25",
            "Lisichansk bakery: rescuer dies of injuries from Feb. 4 strike",
            "A rescuer injured when a missile hit a bakery in Lisichansk on Feb. 4 has died, the head of the "
                    + "Luhansk region, Leonid Pesechnik, said. The strike on the bakery killed 28 people.");

    @Test
    void aFollowUpThatDatesItsIncidentJoinsTheIncidentsReports() throws IOException {
        List<Event> events = group(lysychanskLedger, lisichanskWire, horlivka, followUp);
        assertThat(events).extracting(Event::articleIds).contains(
                List.of("ledger/1.txt", "wire/31.txt", "wire/7.txt"));
    }

    @Test
    void aFollowUpWithoutReportsOfItsIncidentInTheRunStaysWithItsNight() throws IOException {
        Article sameNight = article("post/31.txt", "Valley Post", "2024-02-25",
                "Rescuer hurt in Lisichansk bakery strike dies",
                "A rescuer hurt when a missile hit a bakery in Lisichansk this month has died, the Luhansk region's "
                        + "head Leonid Pesechnik said. The bakery strike killed 28 people.");
        assertThat(group(followUp, sameNight)).extracting(Event::articleIds)
                .containsExactly(List.of("post/31.txt", "wire/31.txt"));
    }

    @Test
    void articlesOutsideTheTimeWindowAreNotLinked() throws IOException {
        Article monthLater = article("wire/99.txt", "Meridian Wire", "2024-03-10",
                "Lisichansk bakery strike: rescuers search rubble", lisichanskWire.body());
        List<Event> events = group(lisichanskWire, monthLater);
        assertThat(events).hasSize(2);
    }

    @Test
    void articlesOverManyDaysGiveTheSameEventsInAnyOrder() throws IOException {
        // In day order the index has a segment per day and each query searches its window's segments only; out of
        // order, days share segments and the day filter does the work.
        Article monthLater = article("wire/99.txt", "Meridian Wire", "2024-03-10",
                "Lisichansk bakery strike: rescuers search rubble", lisichanskWire.body());
        Article monthLaterAgain = article("ledger/99.txt", "Northern Ledger", "2024-03-11",
                "Strike on bakery in Lysychansk kills 28", lysychanskLedger.body());
        List<Article> byDay = List.of(lysychanskLedger, horlivka, horlivkaAgain, football, lisichanskWire,
                monthLater, monthLaterAgain);
        List<List<String>> expected = List.of(List.of("ledger/1.txt", "wire/7.txt"),
                List.of("courier/3.txt", "post/9.txt"), List.of("post/2.txt"),
                List.of("ledger/99.txt", "wire/99.txt"));
        assertThat(group(byDay.toArray(Article[]::new))).extracting(Event::articleIds)
                .containsExactlyInAnyOrderElementsOf(expected);
        List<Article> reversed = new ArrayList<>(byDay);
        Collections.reverse(reversed);
        assertThat(group(reversed.toArray(Article[]::new))).extracting(Event::articleIds)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * A month of generated news linked a few days at a time gives the events of all of it linked at once: the
     * blocks' vectors are weighed by each article's own window, and an event is grouped once no later block can reach
     * it.
     */
    @Test
    void blocksOfDaysGiveTheEventsOfTheWholeNight(@TempDir Path dir) throws IOException {
        new CorpusGenerator(7, 1200, 8, 12).write(dir.resolve("corpus"), dir.resolve("planted.csv"));
        List<Article> articles = new ArrayList<>();
        try (var feeds = Files.walk(dir.resolve("corpus"))) {
            for (Path feed : feeds.filter(path -> path.toString().endsWith(".csv")).sorted().toList()) {
                try (CSVParser rows = CSVFormat.DEFAULT.builder().setHeader().get()
                        .parse(Files.newBufferedReader(feed))) {
                    for (CSVRecord row : rows) {
                        articles.add(article(dir.relativize(feed) + "#" + row.get("id"), row.get("outlet"),
                                row.get("published"), row.get("title"), row.get("body")));
                    }
                }
            }
        }
        Article[] night = articles.toArray(Article[]::new);
        List<Event> whole = group(new EventGrouper(GroupingSettings.DEFAULTS), night);
        assertThat(whole).anyMatch(event -> event.articleIds().size() > 3);
        assertThat(group(new EventGrouper(GroupingSettings.DEFAULTS, 150), night)).isEqualTo(whole);
    }

    @Nested
    class TwoShootingsInTwoTowns {

        // Same day, same words (gunman, mall, two killed, hooded jacket): only the towns and names differ.
        private final Article daytonDaily = article("dayton/1.txt", "Dayton Daily", "2024-05-04",
                "Gunman kills two at Riverside mall in Dayton",
                "A gunman opened fire inside the Riverside shopping mall in Dayton, Ohio, on Saturday afternoon, "
                        + "killing two shoppers and wounding three before fleeing, police said. Dayton police chief "
                        + "Maria Kovacs said officers were searching for a man in a grey hooded jacket.");
        private final Article daytonRadio = article("dayton/2.txt", "Buckeye Radio", "2024-05-04",
                "Two dead in Dayton mall shooting",
                "Two people were shot dead and three wounded at Riverside mall in Dayton on Saturday. Police chief "
                        + "Maria Kovacs said the gunman fled on foot and asked shoppers who filmed the shooting to "
                        + "contact police.");
        private final Article tulsaHerald = article("tulsa/1.txt", "Tulsa Herald", "2024-05-04",
                "Gunman kills two at Westgate mall in Tulsa",
                "A gunman opened fire inside the Westgate shopping mall in Tulsa, Okla., on Saturday evening, "
                        + "killing two shoppers and wounding four, police said. Officers were searching for a man in "
                        + "a dark hooded jacket who fled, police said.");
        private final Article tulsaNews = article("tulsa/2.txt", "Prairie News", "2024-05-04",
                "Tulsa shopping centre shooting leaves two dead",
                "Two people died and four were hurt when a man fired a handgun in the food court of the Westgate "
                        + "centre in Tulsa on Saturday. Tulsa police spokesman Dan Okafor said a suspect was arrested "
                        + "near the Arkansas River late in the night.");

        @Test
        void twoLeadsThatPutTheHarmInTwoTownsAreTwoEvents() throws IOException {
            // Alike enough in their words to pass the pair threshold, but neither names the other's town.
            assertThat(group(daytonDaily, tulsaHerald)).hasSize(2);
        }

        @Test
        void twoLeadsThatPutTheHarmInTwoDistrictsAreTwoEvents() throws IOException {
            Article school = article("storm/1.txt", "Valley Post", "2025-03-13",
                    "Lightning kills two pupils at rural school",
                    "Two pupils were killed and nine people injured when lightning struck a classroom block in "
                            + "Karonga district on Thursday afternoon, police said. The storm also flattened maize "
                            + "fields and tore roofs off several houses in the area, police said.");
            Article kitchen = article("storm/2.txt", "Lakeshore Times", "2025-03-13",
                    "Lightning kills two sheltering in kitchen",
                    "Two people were killed and three injured when lightning struck a kitchen in the country's "
                            + "Rumphi district on Thursday afternoon, police said. The storm also flattened maize "
                            + "fields and tore roofs off several houses in the area, police said.");
            assertThat(group(school, kitchen)).hasSize(2);
        }

        @Test
        void oneAlikePairDoesNotJoinTwoEvents() throws IOException {
            assertThat(group(daytonDaily, daytonRadio, tulsaHerald, tulsaNews))
                    .extracting(Event::articleIds).containsExactlyInAnyOrder(
                            List.of("dayton/1.txt", "dayton/2.txt"),
                            List.of("tulsa/1.txt", "tulsa/2.txt"));
        }

        @Test
        void theEventsDoNotDependOnInputOrder() throws IOException {
            assertThat(group(tulsaNews, tulsaHerald, daytonRadio, daytonDaily))
                    .isEqualTo(group(daytonDaily, daytonRadio, tulsaHerald, tulsaNews));
        }
    }

    @Nested
    class TwoBlastsThatRecallEachOther {

        // One morning, one kind of blast in two cities; every report recalls the other blast further down.
        private final Article cityWire = article("wire/1.txt", "Steppe Wire", "2025-10-15",
                "Gas blast tears through Korvel apartment block, three dead",
                "Three people were killed and eleven injured when a gas explosion ripped through a nine-storey "
                        + "apartment block in Korvel early on Wednesday, and rescuers were searching the rubble for "
                        + "residents trapped under collapsed floors. Earlier on Wednesday, another gas explosion, in a "
                        + "private house in Dastan, killed a woman and her son, officials said.");
        private final Article cityPaper = article("paper/1.txt", "Korvel Courier", "2025-10-15",
                "Korvel gas explosion: rescuers search rubble of apartment block",
                "Rescuers dug through the rubble of a nine-storey apartment block on Wednesday after a gas "
                        + "explosion in Korvel killed three residents and injured eleven, the emergencies department "
                        + "said. In a "
                        + "separate explosion hours earlier, a house in Dastan was destroyed and two people died.");
        private final Article house = article("paper/2.txt", "Korvel Courier", "2025-10-15",
                "Mother and son killed in Dastan house gas explosion hours before Korvel blast",
                "A gas explosion destroyed a private house in Dastan early on Wednesday, killing a woman and her "
                        + "son and injuring her husband, emergency officials said. Neighbours said they had smelled gas "
                        + "for days. The Dastan explosion was "
                        + "overshadowed by the much larger blast in Korvel, where rescuers searched the rubble of an "
                        + "apartment block.");

        @Test
        void aReportThatNamesTheOtherCityOnlyForAnotherBlastIsApart() throws IOException {
            assertThat(group(cityWire, cityPaper, house)).extracting(Event::articleIds)
                    .containsExactlyInAnyOrder(List.of("paper/1.txt", "wire/1.txt"), List.of("paper/2.txt"));
        }
    }

    @Nested
    class TwoKindsOfHarmOnOneRiver {

        // One night, one river port, two launches: one burns at its mooring, one capsizes; each report recalls the
        // other, and only the kind of harm tells them apart.
        private final Article fireWire = article("wire/1.txt", "Delta Wire", "2025-11-03",
                "Five killed as fire engulfs launch at Kestrel Ghat",
                "Five people were killed when a fire swept through a passenger launch moored at Kestrel Ghat on the "
                        + "Sonarin river late on Sunday, an hour after another launch capsized nearby, the river "
                        + "police said. Passengers of both launches were taken to the Kestrel Ghat district hospital.");
        private final Article firePaper = article("paper/1.txt", "River Courier", "2025-11-03",
                "Kestrel Ghat launch fire kills five",
                "A fire on a launch moored at Kestrel Ghat on the Sonarin river killed five passengers late on "
                        + "Sunday, the river police said. Rescuers were also searching the Sonarin for a launch that "
                        + "capsized near Kestrel Ghat an hour earlier; passengers were taken to the district "
                        + "hospital.");
        private final Article capsize = article("wire/2.txt", "Delta Wire", "2025-11-03",
                "Twelve drowned as launch capsizes near Kestrel Ghat",
                "Twelve people drowned when a passenger launch capsized on the Sonarin river near Kestrel Ghat late "
                        + "on Sunday, the river police said, an hour before a fire broke out on another launch at its "
                        + "mooring. Passengers were taken to the Kestrel Ghat district hospital.");

        @Test
        void aFireAndACapsizingAreTwoEvents() throws IOException {
            assertThat(group(fireWire, firePaper, capsize)).extracting(Event::articleIds)
                    .containsExactlyInAnyOrder(List.of("paper/1.txt", "wire/1.txt"), List.of("wire/2.txt"));
        }
    }

    @Nested
    class TwoShootingsInOneCityAtTwoKindsOfPlace {

        // One city, one night, one kind of harm, one police spokesman, no street named: a bar and a home.
        private final Article barTv = article("tv/1.txt", "KQRV 9", "2025-09-13",
                "2 dead, 4 hurt in shooting at Pine Bluff Road bar",
                "MERRITT, Okla. - Two men were killed and four other people were wounded when a gunman opened fire "
                        + "inside a crowded bar late Friday, Merritt police spokeswoman Dana Kell said. The gunman "
                        + "fled in a pickup.");
        private final Article barPaper = article("paper/1.txt", "Merritt Ledger", "2025-09-13",
                "Gunman kills 2, wounds 4 in Merritt bar shooting",
                "MERRITT, Okla. - A gunman killed two men and wounded four other people at a bar late Friday, "
                        + "police spokeswoman Dana Kell said. Officers were looking for a pickup seen leaving.");
        private final Article home = article("tv/2.txt", "KQRV 9", "2025-09-13",
                "Man shot dead at Merritt home; police seek gunman",
                "MERRITT, Okla. - A man was shot and killed at his home late Friday, Merritt police spokeswoman Dana "
                        + "Kell said. Officers were looking for the gunman, who fled on foot.");

        @Test
        void aBarAndAHomeAreTwoEvents() throws IOException {
            assertThat(group(barTv, barPaper, home)).extracting(Event::articleIds)
                    .containsExactlyInAnyOrder(List.of("paper/1.txt", "tv/1.txt"), List.of("tv/2.txt"));
        }
    }

    @Nested
    class TheDeathsOfTwoFiguresOfOneScandal {

        // One day, one scandal, one vocabulary of obituaries: only the dead man differs, and neither report names
        // the other's.
        private final Article vanceWire = article("wire/1.txt", "Capitol Wire", "2025-06-07",
                "Harold Vance, clerk who exposed the Harbor Board ballot scheme, dies at 88",
                "Harold Vance, the county clerk whose ledgers exposed the Harbor Board ballot scheme, died on Friday "
                        + "at his home. He was 88. As a young clerk, Vance found the forged ballots and took them to "
                        + "the grand jury. The scandal forced three commissioners to resign. Vance later said he had "
                        + "only done his job.");
        private final Article vancePaper = article("paper/1.txt", "Harbor Ledger", "2025-06-07",
                "Harold Vance, who exposed Harbor Board ballot scandal, dead at 88",
                "Harold Vance, whose ledgers exposed the Harbor Board ballot scheme, has died, his family said. He "
                        + "was 88. Vance took the forged ballots to the grand jury, and the scandal forced three "
                        + "commissioners to resign. Vance never ran for office.");
        private final Article quinnWire = article("wire/2.txt", "Capitol Wire", "2025-06-07",
                "Martin Quinn, commissioner jailed in Harbor Board ballot scheme, dies at 81",
                "Martin Quinn, the Harbor Board commissioner jailed for his part in the ballot scheme, died on "
                        + "Friday. He was 81. Quinn was one of three commissioners forced to resign in 1974 after "
                        + "forged ballots reached the grand jury. Quinn served two years and later sold insurance. "
                        + "Quinn never spoke of the scandal.");

        @Test
        void areTwoEvents() throws IOException {
            assertThat(group(vanceWire, vancePaper, quinnWire)).extracting(Event::articleIds)
                    .containsExactlyInAnyOrder(List.of("paper/1.txt", "wire/1.txt"), List.of("wire/2.txt"));
        }
    }

    @Nested
    class TwoCrashesOnTwoHighways {

        // One county, one day, one kind of crash, the same spokesman: only the highways differ.
        private final Article vanWire = article("wire/1.txt", "Border Wire", "2025-08-31",
                "Eight killed as migrant van crashes fleeing troopers near Laredo",
                "LAREDO, Texas - Eight people were killed and 17 injured early Sunday when a van packed with migrants "
                        + "crashed on U.S. 59 east of Laredo as its driver tried to outrun state troopers, DPS "
                        + "spokesman Ruben Garza said. The van rolled several times.");
        private final Article vanPaper = article("paper/1.txt", "Frontera Times", "2025-08-31",
                "Migrant van crash on U.S. 59 kills eight",
                "Eight people are dead after a van carrying migrants crashed and rolled on U.S. 59 early Sunday east "
                        + "of Laredo while fleeing troopers, DPS spokesman Ruben Garza said.");
        private final Article pickup = article("wire/2.txt", "Border Wire", "2025-08-31",
                "2 killed as pickup rolls over fleeing agents near Laredo",
                "LAREDO, Texas - Two men were killed and three people injured late Sunday when a pickup fleeing "
                        + "Border Patrol agents rolled over on I-35 north of Laredo, DPS spokesman Ruben Garza said. "
                        + "The pickup rolled several times.");

        @Test
        void crashesOnTwoNumberedRoadsAreTwoEvents() throws IOException {
            assertThat(group(vanWire, vanPaper, pickup)).extracting(Event::articleIds)
                    .containsExactlyInAnyOrder(List.of("paper/1.txt", "wire/1.txt"), List.of("wire/2.txt"));
        }
    }

    @Nested
    class TwoShootingsOnOneStreet {

        // One city, one night, the same words: a party and a drive-by at two blocks of one street.
        private final Article partyTv = article("tv/1.txt", "WKRT 4", "2025-07-19",
                "1 dead, 6 wounded in shooting at Eastgate house party",
                "BRANNOCK, Ind. - One person was killed and six others were wounded early Saturday when gunfire "
                        + "erupted at a crowded backyard party on the city's east side, police said. Officers were "
                        + "dispatched to the 1400 block of Larkspur Ave. at about 1:40 a.m., Sgt. Ana Ross said. "
                        + "Police have not identified a suspect in the Brannock shooting.");
        private final Article partyPaper = article("paper/1.txt", "Brannock Ledger", "2025-07-19",
                "Gunfire at Larkspur Avenue party kills one, wounds six",
                "BRANNOCK - A 19-year-old man was killed and six people were wounded when someone opened fire on a "
                        + "backyard party in the 1400 block of Larkspur Avenue early Saturday, police said. Sgt. "
                        + "Ana Ross said no suspect had been identified in the Brannock shooting.");
        private final Article driveBy = article("tv/2.txt", "WKRT 4", "2025-07-19",
                "Four shot in drive-by on Larkspur Avenue",
                "BRANNOCK, Ind. - Four people were shot late Saturday when someone in a passing car opened fire on a "
                        + "front porch in the 2900 block of Larkspur Avenue, police said. Sgt. Ana Ross said no "
                        + "suspect had been identified in the Brannock shooting.");

        @Test
        void twoBlocksOfOneStreetAreTwoEvents() throws IOException {
            assertThat(group(partyTv, partyPaper, driveBy)).extracting(Event::articleIds)
                    .containsExactlyInAnyOrder(List.of("paper/1.txt", "tv/1.txt"), List.of("tv/2.txt"));
        }
    }

    @Test
    void eventIdsDependOnMembersNotOnOrder() throws IOException {
        List<Article> articles = new ArrayList<>(List.of(lysychanskLedger, lisichanskWire, horlivka, horlivkaAgain,
                football));
        List<Event> forward = group(articles.toArray(Article[]::new));
        Collections.reverse(articles);
        assertThat(group(articles.toArray(Article[]::new))).isEqualTo(forward);
        assertThat(forward).extracting(Event::id).allMatch(id -> id.matches("E[0-9a-f]{12}"));
    }

    @Nested
    class EveryOutletSpellsTheNamesItsOwnWay {

        // Ukrainian and Russian transliterations of one town and one official, a toll that rises through the day.
        private final Article independent = article("kyiv-post/1.txt", "Kyiv Post", "2024-02-10",
                "Missile strike on Vuhledar school kills four",
                "A Russian missile hit a school in Vuhledar on Saturday morning, killing four teachers and wounding "
                        + "seven, the head of the Donetsk regional military administration, Pavlo Kyrylenko, said. "
                        + "Rescuers were still searching the rubble of the school gym.");
        private final Article wire = article("meridian/2.txt", "Meridian Wire", "2024-02-10",
                "Four killed as missile hits school in Ugledar",
                "Four teachers were killed when a missile struck a school in Ugledar on Saturday, Pavel Kirilenko, "
                        + "the Kiev-appointed governor of the Donetsk region, said, adding that seven people were "
                        + "wounded. Rescuers searched the rubble of the gym.");
        private final Article ledger = article("ledger/3.txt", "Northern Ledger", "2024-02-10",
                "Toll in Vugledar school strike rises to six",
                "Six people are now known to have died after a missile hit a school in Vugledar in the Donetsk "
                        + "region on Saturday, governor Pavlo Kirilenko said in the evening, as rescuers finished "
                        + "searching the rubble of the school gym.");
        private final Article courier = article("courier/4.txt", "Capital Courier", "2024-02-11",
                "Uhledar mourns teachers killed in school strike",
                "Residents of Uhledar laid flowers outside the school where a missile killed six people on "
                        + "Saturday. Pavel Kyrylenko, head of the Donetsk region, said the teachers had been "
                        + "preparing the gym for a winter fair.");
        private final Article elsewhere = article("courier/5.txt", "Capital Courier", "2024-02-10",
                "Drone strike on Mykolaiv port kills two",
                "Two dock workers were killed when drones hit the port of Mykolaiv on Saturday, the regional "
                        + "governor Vitaliy Kim said. A grain warehouse caught fire and was put out by the morning.");

        @Test
        void aStoryWhoseOutletsTransliterateEveryNameIsOneEvent() throws IOException {
            assertThat(group(independent, wire, ledger, courier, elsewhere)).extracting(Event::articleIds)
                    .containsExactlyInAnyOrder(
                            List.of("courier/4.txt", "kyiv-post/1.txt", "ledger/3.txt", "meridian/2.txt"),
                            List.of("courier/5.txt"));
        }
    }

    @Nested
    class Republications {

        /** An article as another outlet republishes it: its own id and outlet, a word changed, a sentence moved. */
        private Article copy(Article original, String outlet) {
            String body = original.body().replaceFirst(" said", " told reporters");
            int firstStop = body.indexOf(". ");
            if (firstStop > 0) {
                body = body.substring(firstStop + 2) + " " + body.substring(0, firstStop + 1);
            }
            return article(outlet + "/" + original.id(), outlet, original.publishedAt(), original.title(), body);
        }

        @Test
        void copiesThatFillEveryQueryStillJoinTheirOriginalsEvent() throws IOException {
            // Each query asks for 3 neighbours, as many as the article has copies: its copies do not count among them,
            // and the pairs across the two reports of the bakery strike that are named speak for their copies too.
            List<Article> night = new ArrayList<>(List.of(lysychanskLedger, lisichanskWire, horlivka, horlivkaAgain,
                    football));
            for (Article original : List.copyOf(night)) {
                for (String outlet : List.of("harbour", "plains", "eastern")) {
                    night.add(copy(original, outlet));
                }
            }
            GroupingSettings fewCandidates = new GroupingSettings(3, 3, 0.10, 0.5, 0.22, 0.60, 0.25, 500, 0.80);

            List<Event> events = group(fewCandidates, night.toArray(Article[]::new));

            assertThat(events).extracting(event -> event.articleIds().size()).containsExactlyInAnyOrder(8, 8, 4);
            assertThat(events).filteredOn(event -> event.articleIds().contains("ledger/1.txt")).singleElement()
                    .satisfies(event -> assertThat(event.articleIds()).contains("wire/7.txt", "eastern/wire/7.txt"));
        }
    }

    private List<Event> group(Article... articles) throws IOException {
        return group(GroupingSettings.DEFAULTS, articles);
    }

    private List<Event> group(GroupingSettings settings, Article... articles) throws IOException {
        return group(new EventGrouper(settings), articles);
    }

    private static List<Event> group(EventGrouper grouper, Article... articles) throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (EventGrouper.Indexer indexer = grouper.indexer(directory,
                    Arrays.stream(articles).map(Article::published).toList())) {
                for (Article article : articles) {
                    indexer.accept(article);
                }
            }
            return grouper.group(directory);
        }
    }

    private Article article(String id, String outlet, String published, String title, String body) {
        try {
            return factory.create(id, outlet, published, title, body, "");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
