package news.crosscheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes the title and body of one outlet's report of an incident from templates of our own: the lead with the toll,
 * an official with a role and the injured, then, in an order of the outlet's own, sentences about what only this
 * incident has (street, owner, hospital, witness), a little filler sharing the vocabulary of every incident, numbers
 * that are not casualties, what reports go on to tell (the search, the injured, the reactions) until the body is as
 * long as real news ({@link #bodyLength}), and sometimes a background paragraph about an earlier incident elsewhere
 * with its own toll. Stories that are not about an incident are {@link UnrelatedStories}.
 */
final class StoryWriter {

    private static final String[] SMALL = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty"};
    private static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] ROLES = {"the head of the %s region", "the governor of the %s region",
            "the mayor of %s", "a spokesman for the %s emergency service", "a spokeswoman for the %s police"};
    private static final String[] FILLER = {
            "Emergency crews worked through the night, and the search was expected to continue into the morning.",
            "The figures could not be independently verified.",
            "Residents described a loud blast followed by smoke over the neighbourhood.",
            "Several nearby buildings had their windows blown out, and roads around the site were closed.",
            "Officials declared a day of mourning and said families would be offered temporary housing.",
            "Investigators were examining the site, and officials promised a full inquiry.",
            "Hospitals in the region asked for blood donations and called in extra staff.",
            "Video shared online showed firefighters carrying people from the building on stretchers.",
            "Volunteers brought food and water to the crews clearing the debris.",
            "The regional prosecutor opened a criminal case, officials said.",
            "Neighbours said the building had been full at the time, as many families had returned home for the "
                    + "holidays. Shops on the ground floor were open, and a queue had formed outside one of them.",
            "Rescue dogs were brought in from neighbouring districts, and cranes lifted slabs of concrete from the "
                    + "pile so that crews could reach the lower floors.",
            "Aid groups said they were setting up a centre in a nearby school, where people could sleep, eat and "
                    + "get help replacing lost documents.",
            "Power and water were cut off in the surrounding streets while engineers checked whether the nearby "
                    + "buildings were safe to enter.",
            "Opposition politicians called for an independent investigation and said warnings about the site had "
                    + "been ignored for years.",
            "Local television showed relatives waiting behind a police cordon, some holding photographs of those "
                    + "still unaccounted for.",
            "Officials said it was too early to say what had caused the disaster, and urged people not to share "
                    + "unverified reports online.",
            "Schools in the district were closed for the rest of the week, and public events planned for the "
                    + "weekend were cancelled.",
            "The national government said it would send a team of experts and promised compensation to the families "
                    + "of the victims and to those who lost their homes."};
    /** Clause parts combined at random, so incidents share vocabulary but rarely whole sentences. */
    private static final String[] WHO = {"Emergency crews", "Rescue teams", "Volunteers", "Firefighters",
            "Police officers", "Medical staff", "Engineers", "Soldiers", "Local officials", "Neighbours"};
    private static final String[] DID = {"worked through the night", "searched the rubble", "cleared the debris",
            "checked nearby buildings", "set up a cordon", "handed out blankets and water",
            "carried the injured to ambulances", "helped families find relatives", "inspected the damaged floors",
            "kept the crowd back"};
    private static final String[] HOW = {"in %s", "near the %s", "as rain fell", "into the early hours",
            "while relatives waited nearby", "despite fears of another collapse", "under floodlights",
            "with help from neighbouring districts"};

    /** Numbers that are not casualties: %1$d a year, %2$d a small count, %3$d a larger one. */
    private static final String[] CONTEXT = {
            "The building, put up in %1$d, had %2$d floors and housed about %3$d families.",
            "The town had about %3$d,000 residents before the war and lies some %2$d0 km from the regional capital.",
            "Trains on the line through the town were suspended for %2$d hours, and about %3$d passengers were "
                    + "moved to buses.",
            "The district has seen %2$d similar incidents since %1$d, according to a count kept by local reporters.",
            "Officials said %3$d firefighters and %2$d fire engines had been sent to the scene."};

    /**
     * What reports of a disaster go on to tell once the toll is given, to bring a story to the length of real news:
     * {S} street, {D} district, {O} owner, {H} hospital, {W} witness, {X} landmark, {P} town, %T the site.
     */
    private static final String[] AFTERMATH = {
            "By the evening, crews on {S} had cleared most of the entrance to the %T, and officials said the search of "
                    + "the lower floors would take at least another day.",
            "{W} said she had run down the stairs with her neighbours and waited outside the {X} until the police "
                    + "told everyone to move further away.",
            "At the {H} hospital, doctors said most of the injured had cuts and burns, and that several were being "
                    + "treated for smoke inhalation.",
            "The mayor of {P} visited the site in the afternoon and met families at a school in the {D} district that "
                    + "had been turned into a shelter.",
            "{O} said it would pay for temporary housing for the families who could not return to their homes on "
                    + "{S} and for the repair of their flats.",
            "Volunteers set up tables near the {X}, handing out tea, sandwiches and phone chargers to people waiting "
                    + "for news of their relatives.",
            "Engineers who inspected the neighbouring buildings on {S} said two of them would have to be evacuated "
                    + "until their walls had been checked.",
            "The regional emergency service said it had received the first call about the %T shortly after the "
                    + "blast and that the first crews reached {S} within minutes.",
            "Shopkeepers in the {D} district kept their doors closed for the rest of the day, and buses were "
                    + "diverted away from {S} and the {X}.",
            "Local television showed rescuers passing pieces of rubble from hand to hand along a line that stretched "
                    + "from the %T to the end of {S}.",
            "Blood donors queued outside the {H} hospital after staff asked on social media for help, and the "
                    + "hospital said it had enough donations by the evening.",
            "Officials in {P} said a hotline had been set up for relatives, and that a list of those taken to "
                    + "hospital would be published once families had been told.",
            "Investigators from the regional prosecutor's office were seen taking photographs at the %T and "
                    + "questioning staff of {O}.",
            "The {D} district council said it would hold a minute of silence at noon the next day and that flags "
                    + "on public buildings in {P} would fly at half mast.",
            "{W}, who has lived on {S} for more than twenty years, said the street had never seen anything like it "
                    + "and that her neighbours were still in shock.",
            "Firefighters said the fire that followed the blast had spread to the roof of the %T before it could "
                    + "be brought under control in the early hours.",
            "A spokesman for {O} said the company had no information yet about what had happened and would not "
                    + "speculate while the investigation was going on.",
            "Schools near the {X} stayed open, but parents were asked to collect their children early and to avoid "
                    + "{S} on the way home."};

    /** The median length of a body, in characters, about that of real news articles (3 KB and more). */
    private static final double MEDIAN_CHARS = 3300;
    /** The spread of body lengths (standard deviation of their logarithm): most between 2 and 5.5 KB. */
    private static final double LENGTH_SPREAD = 0.3;

    private final Random random;

    StoryWriter(Random random) {
        this.random = random;
    }

    /** A report of one incident; {@code report} says what this outlet's copy states. */
    Story incident(Incident incident, Report report) {
        String place = report.place();
        String what = incident.kind().what(incident.target());
        String toll = tollPhrase(report.killed(), report.atLeast());
        String title = switch (random.nextInt(3)) {
            case 0 -> capital(toll) + " killed in " + incident.kind().shortWhat(incident.target()) + " in " + place;
            case 1 -> capital(incident.kind().shortWhat(incident.target())) + " in " + place + " kills " + toll;
            default -> capital(toll) + " dead after " + incident.kind().shortWhat(incident.target()) + " in "
                    + place;
        };
        List<String> paragraphs = new ArrayList<>();
        String day = WEEKDAYS[incident.weekday()];
        paragraphs.add(switch (random.nextInt(3)) {
            case 0 -> capital(toll) + " people were killed on " + day + " when "
                    + incident.kind().happened(incident.target()) + " in " + place
                    + ", officials said.";
            case 1 -> capital(what) + " in " + place + " killed " + toll + " people on " + day
                    + ", local authorities said.";
            default -> capital(toll) + " people died after " + what + " in " + place + " on " + day
                    + ", according to officials.";
        });
        String official = incident.firstName() + " " + report.surname();
        String roleTemplate = ROLES[incident.role()];
        String role = String.format(Locale.ROOT, roleTemplate, roleTemplate.contains("region") ? incident.region()
                : place);
        paragraphs.add(official + ", " + role + ", said " + tollPhrase(incident.injured(), false)
                + " people were injured and had been taken to hospital.");
        // The middle of the story, in an order of this outlet's own: what only this incident has (its street, owner,
        // hospital, witness), a little of the vocabulary every incident shares, and numbers that are not tolls.
        List<String> middle = new ArrayList<>();
        List<String> details = new ArrayList<>(List.of(DETAILS));
        for (int i = 0; i < 3 + random.nextInt(3); i++) {
            middle.add(detail(details.remove(random.nextInt(details.size())), incident, place));
        }
        List<String> filler = new ArrayList<>(List.of(FILLER));
        for (int i = random.nextInt(3); i > 0; i--) {
            middle.add(filler.remove(random.nextInt(filler.size())));
        }
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            middle.add(clause(place, incident.target()) + (random.nextBoolean() ? ""
                    : " " + clause(place, incident.target())));
        }
        if (random.nextInt(3) == 0) {
            middle.add(String.format(Locale.ROOT, CONTEXT[random.nextInt(CONTEXT.length)],
                    1950 + random.nextInt(70), 3 + random.nextInt(12), 20 + random.nextInt(200)));
        }
        java.util.Collections.shuffle(middle, random);
        // then what reports go on to tell, until the story is as long as this one is to be
        List<String> aftermath = new ArrayList<>(List.of(AFTERMATH));
        int target = bodyLength(random);
        while (length(paragraphs) + length(middle) < target) {
            middle.add(aftermath.isEmpty() || random.nextInt(4) == 0
                    ? clause(place, incident.target()) + " " + clause(place, incident.target())
                    : detail(aftermath.remove(random.nextInt(aftermath.size())), incident, place));
        }
        paragraphs.addAll(middle);
        paragraphs.add("\"We are doing everything we can for the families,\" " + report.surname() + " said.");
        if (report.risenTo() > 0) {
            paragraphs.add("The number of people killed in " + what + " in " + place + " has risen to "
                    + report.risenTo() + ", " + report.surname() + " said on " + WEEKDAYS[(incident.weekday() + 1) % 7]
                    + ".");
        }
        if (report.background() != null) {
            Background bg = report.background();
            paragraphs.add("In " + MONTHS[bg.month()] + ", " + bg.what() + " in " + bg.place() + " killed "
                    + bg.killed() + " people and injured " + bg.injured() + ", according to officials at the time.");
        }
        return new Story(title, String.join("\n\n", paragraphs));
    }

    /** Sentences about what only one incident has; {S} street, {D} district, {O} owner, {H} hospital, {W} witness. */
    private static final String[] DETAILS = {
            "The %T on {S} in the {D} district was owned by {O}.",
            "The injured were taken to the {H} hospital, where surgeons operated through the night.",
            "{W}, who lives nearby, said the windows of her flat on {S} shook.",
            "The %T stood next to the {X} on {S}.",
            "{O} said in a statement that it was co-operating with investigators.",
            "Residents of the {D} district said they had complained about the %T for years.",
            "Police closed {S} and the roads leading to the {X}.",
            "Staff at the {H} hospital said relatives had been queuing since dawn for news.",
            "{W} said she had been walking past the {X} when she heard the noise.",
            "Inspectors had visited the %T owned by {O} in the spring and found no faults, officials said."};

    private static String detail(String template, Incident incident, String place) {
        Incident.Details d = incident.details();
        return template.replace("%T", incident.target()).replace("{S}", d.street()).replace("{D}", d.district())
                .replace("{O}", d.owner()).replace("{H}", d.hospital()).replace("{W}", d.witness())
                .replace("{X}", d.theme()).replace("{P}", place);
    }

    private String clause(String place, String target) {
        String how = HOW[random.nextInt(HOW.length)];
        return WHO[random.nextInt(WHO.length)] + " " + DID[random.nextInt(DID.length)] + " "
                + String.format(Locale.ROOT, how, how.startsWith("in ") ? place : target) + ".";
    }

    /** A body length drawn as real news spreads: log-normal around {@value #MEDIAN_CHARS} characters. */
    static int bodyLength(Random random) {
        return (int) Math.round(MEDIAN_CHARS * Math.exp(LENGTH_SPREAD * random.nextGaussian()));
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(p -> p.length() + 2).sum();
    }

    /** A toll as an outlet writes it: digits or words, with "at least" when the figure is a lower bound. */
    String tollPhrase(int n, boolean atLeast) {
        String number = n <= 20 && random.nextInt(3) == 0 ? SMALL[n] : Integer.toString(n);
        return atLeast ? "at least " + number : number;
    }

    static String capital(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    record Story(String title, String body) {
    }

    /** What one outlet's copy says: its spellings, its toll, and what else it adds. */
    record Report(String place, String surname, int killed, boolean atLeast, int risenTo, Background background) {
    }

    /** An earlier incident mentioned as background, with its own toll. */
    record Background(int month, String what, String place, int killed, int injured) {
    }
}
