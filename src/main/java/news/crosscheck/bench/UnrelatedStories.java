package news.crosscheck.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Stories that report no casualties: council budgets, matches, weather, companies, courts, schools, roads and the
 * like, full of numbers that are not tolls. Like real news, two stories on one topic share its vocabulary but not
 * their people, places, organisations, themes or sentences: each story draws its own names, three theme nouns from
 * a large table, a subset of its topic's sentences in a random order and a random length. So they rarely read as
 * one event, and most are alone in theirs, as most stories of a night are.
 */
final class UnrelatedStories {

    /** Things a story can be about; each story uses three of them throughout, as real stories repeat their subject. */
    static final String[] THEMES = {"tram", "library", "stadium", "bridge", "harbour", "airport", "reservoir",
            "museum", "orchard", "vineyard", "brewery", "bakery", "pharmacy", "clinic", "kindergarten", "university",
            "observatory", "marina", "ferry", "railway", "motorway", "tunnel", "canal", "dam", "wind farm",
            "solar park", "cinema", "theatre", "concert hall", "zoo", "botanical garden", "swimming pool", "ice rink",
            "cycle lane", "car park", "bus station", "post office", "market hall", "town hall", "fire station",
            "courthouse", "prison", "barracks", "monastery", "cathedral", "synagogue", "mosque", "cemetery",
            "landfill", "recycling plant", "water tower", "lighthouse", "quarry", "sawmill", "dairy", "fish farm",
            "greenhouse", "allotment", "playground", "skate park", "golf course", "racecourse", "velodrome", "arena",
            "gallery", "archive", "printing house", "radio station", "newspaper", "bookshop", "hostel", "campsite",
            "ski lift", "cable car", "funicular", "pier", "boardwalk", "promenade", "fountain", "statue", "monument",
            "embassy", "consulate", "customs post", "border crossing", "toll road", "ring road", "flyover",
            "roundabout", "level crossing", "depot", "hangar", "shipyard", "steelworks", "refinery", "pipeline",
            "substation", "data centre", "call centre", "start-up", "cooperative", "credit union", "pension fund",
            "lottery", "casino", "chess club", "choir", "orchestra", "ballet", "circus", "festival", "carnival",
            "marathon", "regatta", "rally", "tournament", "league", "academy", "hospice", "care home", "food bank",
            "shelter", "charity", "trade union", "guild", "chamber of commerce", "tax office", "land registry",
            "census", "referendum", "by-election", "petition", "strike ballot", "pay deal", "pension reform",
            "rent cap", "speed limit", "parking fee", "water tariff", "heating bill", "curfew", "dog licence",
            "school meal", "exam result", "vaccine", "flu season", "heatwave", "drought", "flood barrier",
            "snowplough", "salt supply", "harvest", "beekeeper", "apple crop", "grain silo", "cattle market",
            "wool price", "fishing quota", "timber sale", "coal mine", "gold mine", "salt mine", "oil well",
            "gas field", "hydrogen plant", "battery factory", "car plant", "tyre factory", "shoe factory",
            "glassworks", "pottery", "textile mill", "paper mill", "chocolate factory", "bottling plant"};

    private static final String[] ORG_KINDS = {"Holdings", "Logistics", "Foods", "Energy", "Textiles", "Media",
            "Bank", "Insurance", "Motors", "Pharma", "Telecom", "Construction", "Shipping", "Robotics", "Farms",
            "Airlines", "Steel", "Chemicals", "Software", "Trust"};

    /**
     * One topic: titles, leads and body sentences with slots: {T} town, {P} and {Q} people, {O} an organisation,
     * {A} {B} {C} the story's themes, {n} a small number, {N} a larger one, {Y} a year, {p} a percentage.
     */
    private record Topic(String[] titles, String[] leads, String[] body) {
    }

    private static final Topic[] TOPICS = {
            new Topic(new String[]{"{T} council passes budget after late-night vote",
                    "{T} approves spending on {A} and {B}", "Budget row in {T} over the {A}"},
                    new String[]{"{T} city council approved a {N} million euro budget by {n}1 votes to {n}.",
                            "Councillors in {T} voted to spend {N} million euros on the {A} and the {B}."},
                    new String[]{"Spending on the {A} will rise by {p}%, and the city will hire {n}0 more staff.",
                            "Mayor {P} called it a budget for people who use the {B}.",
                            "The opposition leader, {Q}, said the {C} had been forgotten again.",
                            "Plans for a new {C} were put off until {Y}.",
                            "The council has been run by the same coalition since {Y}.",
                            "Property taxes stay unchanged, although fees for the {B} go up by {p}%.",
                            "{Q} said the money for the {A} would run out before the end of {Y}.",
                            "A consultancy, {O}, was paid {N},000 euros to review the {B}.",
                            "Residents can comment on the plan until the end of the month at the town hall."}),
            new Topic(new String[]{"{T} {K} win {n}-1 at home", "{P} scores twice as {T} beat the leaders",
                    "Late goal keeps {T} in the title race"},
                    new String[]{"{T} {K} won {n}-1 on Saturday in front of a crowd of {N},{n}00.",
                            "A late goal from {P} gave {T} a win on Sunday, their {n}th of the season."},
                    new String[]{"Striker {P} scored twice after missing {n} matches with an injury.",
                            "The team moves up to {n}th with {N} points.",
                            "Coach {Q} said the club's new {A} had made a difference in training.",
                            "The club sponsor, {O}, renewed its deal until {Y}.",
                            "Ticket prices stay the same next season, and about {N} volunteers help on match days.",
                            "Fans were asked to use the {B} because of building work near the ground.",
                            "The next home game is against a side unbeaten since {Y}.",
                            "{Q} praised the goalkeeper, who has kept {n} clean sheets."}),
            new Topic(new String[]{"Cold snap in {T} as temperatures fall to minus {n}",
                    "Storm closes the {A} in {T}", "Heat record broken in {T}"},
                    new String[]{"Temperatures in {T} fell to minus {n} degrees overnight, and {N} schools stayed "
                            + "closed.", "Strong winds closed the {A} in {T} on Tuesday, and {N} homes lost power."},
                    new String[]{"Forecaster {P} said the weather would last {n} more days.",
                            "The city opened {n} warming centres and extended hours at the {B}.",
                            "Crews from {O} worked to restore power to the area around the {C}.",
                            "It was the coldest night since {Y}, according to the weather service.",
                            "Rail services were cut by {p}% and the {B} was closed until further notice.",
                            "{Q}, who runs the {A}, said bookings had fallen by half.",
                            "Forecasters expect milder weather by the end of the week."}),
            new Topic(new String[]{"{O} to cut {N} jobs in {T}", "{O} profits rise {p}%",
                    "{O} opens new {A} near {T}"},
                    new String[]{"{O} said on Wednesday it would cut {N} jobs at its site in {T} by {Y}.",
                            "{O} reported a {p}% rise in yearly profit, helped by sales of its {A} business."},
                    new String[]{"Chief executive {P} said the company would invest {N} million in its {B}.",
                            "Shares in the company rose {p}% in early trading.",
                            "The union representative, {Q}, called the decision a blow to the town.",
                            "The firm, founded in {Y}, employs about {N} people in the region.",
                            "Analysts had expected a weaker year because of the cost of the {C}.",
                            "The company plans to sell its {C} unit by the end of next year.",
                            "Suppliers in {T} said they had not been told what the plan meant for them."}),
            new Topic(new String[]{"Court in {T} jails former official over {A} contract",
                    "{P} cleared of fraud over the {A}", "Trial over {T} {A} deal opens"},
                    new String[]{"A court in {T} sentenced {P} to {n} years in prison for fraud over the {A}.",
                            "The trial of {P}, accused of taking bribes over the {A} in {T}, opened on Monday."},
                    new String[]{"Prosecutors said {N},000 euros had gone missing between {Y} and the audit.",
                            "The defence lawyer, {Q}, said the verdict would be appealed.",
                            "Contracts for the {B} were also examined, but no charges were brought.",
                            "{O}, the contractor, denied wrongdoing and said it had co-operated.",
                            "The judge said the {C} had been left unfinished because of the scheme.",
                            "The case is one of {n} brought by the anti-corruption office this year."}),
            new Topic(new String[]{"{T} schools to hire {n}0 teachers", "Exam results improve in {T}",
                    "Parents in {T} protest over closing the {A}"},
                    new String[]{"Schools in {T} will hire {n}0 more teachers next year, the education office said.",
                            "Exam pass rates in {T} rose to {p}%, the highest since {Y}."},
                    new String[]{"Head teacher {P} said class sizes had grown to {n}0 pupils.",
                            "Parents gathered outside the {A} to protest against plans to close it.",
                            "The education office, led by {Q}, promised a new {B} by {Y}.",
                            "A local firm, {O}, will donate {N} laptops to pupils.",
                            "Teachers said the {C} was too far for younger children to reach on foot.",
                            "School meals will cost {n} euros a week from September."}),
            new Topic(new String[]{"New {A} opens in {T}", "{T} {A} delayed again",
                    "Work starts on {T} {A} after {n} years"},
                    new String[]{"A new {A} opened in {T} on Thursday, {n} years after work began.",
                            "The opening of the {A} in {T} has been delayed until {Y}, officials said."},
                    new String[]{"The project cost {N} million euros, {p}% more than planned.",
                            "Engineer {P} said the {B} nearby would be rebuilt next.",
                            "{O} won the contract in {Y} against {n} other bidders.",
                            "Residents' spokeswoman {Q} said the works had blocked access to the {C} for months.",
                            "About {N} people a day are expected to use it.",
                            "The regional government paid for a third of the cost."}),
            new Topic(new String[]{"Festival draws {N} visitors to {T}", "{T} {A} marks {n}0 years",
                    "Orchestra returns to {T} after {n} years"},
                    new String[]{"About {N} people visited {T} for its {A} festival over the weekend.",
                            "The {A} in {T} celebrated its {n}0th anniversary with a concert on Friday."},
                    new String[]{"Organiser {P} said ticket sales were up {p}% on last year.",
                            "The programme included {n} performances at the {B}.",
                            "{O} sponsored the event for the {n}th year.",
                            "Director {Q} said the {C} would host an exhibition on the town's history in {Y}.",
                            "Hotels in the town were fully booked, and extra trains were added.",
                            "Entry was free for children under {n}."}),
            new Topic(new String[]{"Farmers in {T} expect a poor {A}", "{T} growers protest over prices",
                    "Record {A} for {T} farms"},
                    new String[]{"Farmers around {T} expect the {A} to fall by {p}% after a dry spring.",
                            "Growers drove {n}0 tractors into {T} to protest against low prices for the {A}."},
                    new String[]{"Farmer {P} said he had lost {N} euros on last year's crop.",
                            "The farmers' union, led by {Q}, wants the {B} subsidy restored.",
                            "{O} buys most of the region's output and sets its price each spring.",
                            "Prices have fallen every year since {Y}.",
                            "Some growers have switched to the {C} business instead.",
                            "Officials promised talks within {n} weeks."}),
            new Topic(new String[]{"Hospital in {T} cuts waiting times", "{T} clinic to close at weekends",
                    "Flu cases rise in {T}"},
                    new String[]{"Waiting times at the hospital in {T} fell to {n} weeks, the health office said.",
                            "The clinic near the {A} in {T} will close at weekends from next month."},
                    new String[]{"Doctor {P} said staff shortages were the main problem.",
                            "The health office, headed by {Q}, plans to hire {n}0 nurses.",
                            "{O} will run the new {B} under a contract worth {N} million euros.",
                            "Patients were advised to use the {C} for minor injuries.",
                            "The number of beds has fallen by {p}% since {Y}.",
                            "Vaccination rates in the district stand at {p}%."}),
            new Topic(new String[]{"Fare rise for {T} buses", "{T} opens {A} to ease traffic",
                    "Rail line to {T} reopens"},
                    new String[]{"Bus fares in {T} will rise by {p}% from January, the transport office said.",
                            "The rail line to {T} reopened on Monday after {n} months of repairs to the {A}."},
                    new String[]{"Transport chief {P} said the money would pay for {n}0 new buses.",
                            "Commuter group spokesman {Q} said the {B} was still too crowded.",
                            "{O} will operate the route under a {n}-year contract.",
                            "About {N} passengers use the line each day.",
                            "A new stop will open near the {C} in {Y}.",
                            "Cyclists asked for a safer lane along the main road."}),
            new Topic(new String[]{"{T} residents vote on the {A}", "Housing plan for {T} approved",
                    "Rents in {T} rise {p}%"},
                    new String[]{"Residents of {T} voted {p}% in favour of a new {A} in a local referendum.",
                            "Average rents in {T} rose by {p}% last year, a survey by {O} found."},
                    new String[]{"Campaigner {P} said the vote showed people wanted the {B} kept.",
                            "The housing office, run by {Q}, plans {N} new flats by {Y}.",
                            "Turnout was {p}%, higher than at the last local election.",
                            "Developers want to build on land next to the {C}.",
                            "Tenants' groups asked for a cap on rents.",
                            "The plan still needs approval from the regional assembly."}),
    };

    private static final String[] CLUBS = {"Rovers", "United", "Athletic", "Wanderers", "Dynamo", "Sporting",
            "Albion", "Olympic", "Spartak", "Rangers", "Town", "Academicals"};

    private final Random random;

    UnrelatedStories(Random random) {
        this.random = random;
    }

    StoryWriter.Story story(NameMaker names) {
        Topic topic = TOPICS[random.nextInt(TOPICS.length)];
        Slots slots = new Slots(names.place(), names.firstName() + " " + names.surname(),
                names.firstName() + " " + names.surname(), names.organisation() + " " + pick(ORG_KINDS),
                theme(), theme(), theme());
        String title = fill(pick(topic.titles()), slots);
        List<String> sentences = new ArrayList<>(List.of(topic.body()));
        Collections.shuffle(sentences, random);
        List<String> body = new ArrayList<>(sentences.subList(0, 1 + random.nextInt(2)));
        int target = StoryWriter.bodyLength(random);
        int length = body.stream().mapToInt(String::length).sum();
        while (length < target) {
            String sentence = composed();
            body.add(sentence);
            length += sentence.length() + 1;
        }
        Collections.shuffle(body, random);
        StringBuilder text = new StringBuilder(fill(pick(topic.leads()), slots));
        for (String sentence : body) {
            // Paragraphs of one or two sentences, as reporters write them.
            text.append(random.nextInt(3) == 0 ? " " : "\n\n").append(fill(sentence, slots));
        }
        return new StoryWriter.Story(title, text.toString());
    }

    private static final String[] ACTORS = {"{P}", "{Q}", "{O}", "The mayor's office", "A spokeswoman for {O}",
            "The finance committee", "Local shopkeepers", "A group of residents", "The regional auditor",
            "Neighbours of the {B}", "The owner of the {C}", "Two councillors", "The chamber of commerce",
            "Students at the local college", "A petition signed by {N} people", "The planning inspector",
            "{Q}'s deputy", "Campaigners", "The local newspaper", "Pensioners' groups"};
    private static final String[] ACTIONS = {"wants to expand the {A}", "has criticised the plan for the {B}",
            "plans to sell the {C}", "agreed to pay for repairs to the {A}", "will inspect the {B}",
            "asked for a review of the {C}", "opposes moving the {A}", "welcomed the decision on the {B}",
            "questioned the cost of the {C}", "offered to run the {A}", "proposed renaming the {B}",
            "complained about noise from the {C}", "raised {N},000 euros for the {A}", "called for a vote on the {B}",
            "warned of delays at the {C}", "published figures on the {A}", "backed a smaller {B}",
            "has been studying the {C}", "wants a second {A}", "sued over the {B}"};
    private static final String[] TAILS = {"before the summer", "by {Y}", "at a cost of {N},000 euros",
            "despite objections from neighbours", "after {n} years of talks", "for the first time since {Y}",
            "with support from {O}", "according to minutes of the meeting", "in a letter to {P}",
            "at a meeting on Thursday", "once the money is found", "within {n} months", "against the advice of {Q}",
            "to save about {p}% a year", "as part of a wider plan for {T}", "on the edge of {T}"};

    /** A sentence assembled from tables, so two stories rarely share one word for word. */
    private String composed() {
        return pick(ACTORS) + " " + pick(ACTIONS) + " " + pick(TAILS) + ".";
    }

    private String theme() {
        return pick(THEMES);
    }

    private record Slots(String town, String person, String other, String organisation, String a, String b,
                         String c) {
    }

    private String fill(String template, Slots slots) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch != '{') {
                out.append(ch);
                continue;
            }
            char slot = template.charAt(i + 1);
            i += 2;
            out.append(switch (slot) {
                case 'T' -> slots.town();
                case 'P' -> slots.person();
                case 'Q' -> slots.other();
                case 'O' -> slots.organisation();
                case 'K' -> pick(CLUBS);
                case 'A' -> slots.a();
                case 'B' -> slots.b();
                case 'C' -> slots.c();
                case 'n' -> Integer.toString(2 + random.nextInt(8));
                case 'N' -> Integer.toString(100 + random.nextInt(900));
                case 'Y' -> Integer.toString(1990 + random.nextInt(36));
                case 'p' -> Integer.toString(2 + random.nextInt(40));
                default -> throw new IllegalStateException("unknown slot {" + slot + "}");
            });
        }
        String text = out.toString();
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private String pick(String[] table) {
        return table[random.nextInt(table.length)];
    }
}
