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
 */
record Incident(Kind kind, String target, String place, String region, String firstName, String surname, int role,
                int weekday, int killed, int injured) {

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
