package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyKind;
import news.crosscheck.claim.casualty.Scope;
import news.crosscheck.claim.text.Sentence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the figures an article gives below its own lead's toll: "3 dead, 10 injured in pre-dawn fire at Hakodate inn"
 * and, five sentences on, "Firefighters found two people dead inside". An article's toll is the one its title and
 * first sentences give ({@link Sentence#LEAD_SENTENCES}); a smaller whole figure of the same slot further down is a
 * part of it (those found inside, those who died at the scene, those at one hospital, the last bodies brought up), a
 * count it has outgrown or another incident's, and in none of these is it the event's toll another outlet's figure
 * could contradict. Such a figure is {@link Scope#SUBSET}. Only a group the lead's figure holds counts as below it:
 * the same group, or any group of people under a toll of everyone.
 */
public final class LeadToll {

    private static final String BELOW = "below the lead's ";

    private LeadToll() {
    }

    /** The claims, in the same order, with each whole figure below its article's lead toll made a part. */
    public static List<CasualtyClaim> mark(List<CasualtyClaim> claims) {
        Map<CasualtyKind, CasualtyClaim> lead = new EnumMap<>(CasualtyKind.class);
        for (CasualtyClaim claim : claims) {
            if (inLead(claim) && claim.isWholeToll() && !claim.implied()) {
                lead.merge(claim.kind(), claim, (a, b) -> b.count().low() > a.count().low() ? b : a);
            }
        }
        return claims.stream().map(claim -> {
            CasualtyClaim toll = lead.get(claim.kind());
            return toll != null && !inLead(claim) && claim.isWholeToll() && !claim.implied()
                    && claim.count().high() < toll.count().low()
                    && (toll.subject().equals(CasualtyClaim.PEOPLE) || toll.subject().equals(claim.subject()))
                    ? claim.withScope(Scope.SUBSET, BELOW + "'" + toll.value() + "'") : claim;
        }).toList();
    }

    private static boolean inLead(CasualtyClaim claim) {
        return claim.sentence().index() < Sentence.LEAD_SENTENCES;
    }
}
