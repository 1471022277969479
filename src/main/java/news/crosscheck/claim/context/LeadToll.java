package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.Scope;
import news.crosscheck.claim.text.Sentence;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Marks the figures an article gives below its own lead's toll: "3 dead, 10 injured in pre-dawn fire at Hakodate inn"
 * and, five sentences on, "Firefighters found two people dead inside". An article's toll is the one its title and
 * first sentences give ({@link Sentence#LEAD_SENTENCES}); a smaller whole figure of the same slot further down is a
 * part of it (those found inside, those who died at the scene, those at one hospital, the last bodies brought up), a
 * count it has outgrown or another incident's, and in none of these is it the event's toll another outlet's figure
 * could contradict. Such a figure is {@link Scope#SUBSET}. Only a figure of the lead's group is below it: "26
 * civilians" under "30 people" is the civilians' own toll, compared with other outlets' civilians. One person
 * described, not counted ("her younger son had died", "a 29-year-old passenger was killed"), is one of the lead's
 * people whatever noun describes him.
 */
public final class LeadToll {

    private static final String BELOW = "below the lead's ";
    /** The words that open a description of one person: "her younger son", "a 29-year-old passenger". */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "her", "his", "their", "its", "our", "my");

    private LeadToll() {
    }

    /** The claims, in the same order, with each whole figure below its article's lead toll made a part. */
    public static List<CasualtyClaim> mark(List<CasualtyClaim> claims) {
        Map<String, CasualtyClaim> lead = new HashMap<>();
        for (CasualtyClaim claim : claims) {
            if (inLead(claim) && claim.isWholeToll() && !claim.implied()) {
                lead.merge(slot(claim), claim, (a, b) -> b.count().low() > a.count().low() ? b : a);
            }
        }
        return claims.stream().map(claim -> {
            if (inLead(claim) || !claim.isWholeToll() || claim.implied()) {
                return claim;
            }
            CasualtyClaim toll = lead.get(slot(claim));
            long most = claim.count().high();
            if (toll == null && isOnePersonDescribed(claim)) {
                toll = lead.values().stream().filter(c -> c.kind() == claim.kind())
                        .max(Comparator.comparingLong(c -> c.count().low())).orElse(null);
                most = 1;
            }
            return toll != null && most < toll.count().low()
                    ? claim.withScope(Scope.SUBSET, BELOW + "'" + toll.value() + "'") : claim;
        }).toList();
    }

    /** One person described: "her younger son", "a 29-year-old passenger" (at least one, as the extractor reads it). */
    private static boolean isOnePersonDescribed(CasualtyClaim claim) {
        int space = claim.value().indexOf(' ');
        return claim.count().low() == 1 && space > 0
                && DETERMINERS.contains(claim.value().substring(0, space).toLowerCase(Locale.ROOT));
    }

    /** A figure's slot and group: "26 civilians" under a lead's "30 people" are the civilians' toll, not a part. */
    private static String slot(CasualtyClaim claim) {
        return claim.kind() + " " + claim.subject();
    }

    private static boolean inLead(CasualtyClaim claim) {
        return claim.sentence().index() < Sentence.LEAD_SENTENCES;
    }
}
