package news.crosscheck.bench;

/**
 * One invented deadly incident, as the generator knows it before any outlet reports it.
 *
 * @param kind      what happened
 * @param target    the building or site hit
 * @param place     the town, in its canonical spelling
 * @param region    the region the town is in
 * @param firstName the official's first name
 * @param surname   the official's surname, canonical spelling
 * @param role      index of the official's role template
 * @param weekday   day of the week it happened (0 = Monday)
 * @param killed    the toll
 * @param injured   the number injured
 * @param details   what only this incident has and every report of it repeats: a street, a district, the owner
 *                  of the site, a hospital, a witness; reports of different incidents share vocabulary but not these
 */
record Incident(Kind kind, String target, String place, String region, String firstName, String surname, int role,
                int weekday, int killed, int injured, Details details) {

    /** Proper names and a theme particular to one incident. */
    record Details(String street, String district, String owner, String hospital, String witness, String theme) {

        static Details make(java.util.Random random, NameMaker names) {
            String[] streets = {"Street", "Avenue", "Road", "Lane", "Boulevard", "Square"};
            String[] owners = {"Holdings", "Logistics", "Foods", "Trading", "Estates", "Group"};
            return new Details(names.surname() + " " + streets[random.nextInt(streets.length)],
                    names.place(), names.organisation() + " " + owners[random.nextInt(owners.length)],
                    names.place(), names.firstName() + " " + names.surname(),
                    UnrelatedStories.THEMES[random.nextInt(UnrelatedStories.THEMES.length)]);
        }
    }

    static final String[] TARGETS = {"market", "apartment block", "school", "bakery", "railway station", "warehouse",
            "hospital", "factory", "shopping centre", "bus depot", "hotel", "power plant"};

    enum Kind {
        STRIKE("a drone strike on %s", "strike on ", "a drone hit %s"),
        FIRE("a fire at %s", "fire at ", "a fire broke out at %s"),
        EXPLOSION("an explosion at %s", "blast at ", "an explosion tore through %s"),
        COLLAPSE("the collapse of %s", "collapse of ", "part of %s collapsed");

        private final String what;
        private final String shortWhat;
        private final String happened;

        Kind(String what, String shortWhat, String happened) {
            this.what = what;
            this.shortWhat = shortWhat;
            this.happened = happened;
        }

        /** A noun phrase: "a fire at a market". */
        String what(String target) {
            return what.formatted(withArticle(target));
        }

        /** A clause: "a fire broke out at a market". */
        String happened(String target) {
            return happened.formatted(withArticle(target));
        }

        private static String withArticle(String target) {
            return ("aeiou".indexOf(target.charAt(0)) >= 0 ? "an " : "a ") + target;
        }

        String shortWhat(String target) {
            return shortWhat + target;
        }
    }
}
