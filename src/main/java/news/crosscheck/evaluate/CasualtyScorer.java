package news.crosscheck.evaluate;

import news.crosscheck.evaluate.GoldDoc.Slot;
import news.crosscheck.evaluate.JobReports.ClaimRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Scores the casualty figures the job extracted against the gold figures of each document's incident.
 * <p>
 * <b>A document's figure</b> for a slot (killed, injured) is one claim of that kind about the document's own event
 * ({@code other_event} empty): the one in the earliest sentence (the title is sentence 0), and within that sentence
 * the one counting {@code people} if there is one, else the first. A news story gives its toll first; later
 * sentences break it down (two of the victims were teenagers) or give an earlier toll.
 * <p>
 * <b>Exact match</b>: the figure is a single number ({@code low == high}) equal to the gold one, or one person
 * described ("a man was killed", which the job reads as at least one: it names a victim, not the toll) when the gold
 * is 1; {@code at least 3} never matches exactly. Accuracy is over the (document, slot) pairs where the job found a figure; a document with
 * neither figure counts towards the no-figure share instead. Follow-up articles that report a later toll are
 * expected among the misses, which is why the worst cases are listed for reading rather than hidden in a mean.
 */
public final class CasualtyScorer {

    /** One document's figure for one slot, with the gold figure. */
    public record Case(String docId, String incidentId, Slot slot, int gold, ClaimRow claim) {

        boolean exact() {
            return (claim.high() != null && claim.low() == claim.high() || claim.describedPerson())
                    && claim.low() == gold;
        }

        /** How far the figure is from the gold: the distance from the gold figure to the interval, 0 inside it. */
        long error() {
            if (gold < claim.low()) {
                return claim.low() - gold;
            }
            return claim.high() != null && gold > claim.high() ? gold - claim.high() : 0;
        }
    }

    /**
     * The scores.
     *
     * @param cases          every (document, slot) with a figure
     * @param documents      documents scored
     * @param withoutFigure  documents where the job found neither a killed nor an injured figure
     */
    public record Result(List<Case> cases, int documents, int withoutFigure) {

        /** Exact-match accuracy over all cases, or over one slot's. */
        public double accuracy(Optional<Slot> slot) {
            List<Case> chosen = cases.stream().filter(c -> slot.isEmpty() || c.slot() == slot.get()).toList();
            return chosen.isEmpty() ? 0 : (double) chosen.stream().filter(Case::exact).count() / chosen.size();
        }

        /** Share of scored documents without any figure. */
        public double noFigureShare() {
            return documents == 0 ? 0 : (double) withoutFigure / documents;
        }

        /** The wrong cases, furthest from the gold first (not exact, then by distance, then by id). */
        public List<Case> worst(int limit) {
            return cases.stream().filter(c -> !c.exact())
                    .sorted(Comparator.comparingLong((Case c) -> c.error()).reversed()
                            .thenComparing(Case::docId).thenComparing(Case::slot))
                    .limit(limit).toList();
        }
    }

    /** Scores the given documents (gold ones with both figures). */
    public Result score(List<GoldDoc> docs, JobReports reports) {
        Map<String, List<ClaimRow>> claims = reports.claimsByDoc();
        List<Case> cases = new ArrayList<>();
        int documents = 0;
        int withoutFigure = 0;
        for (GoldDoc doc : docs) {
            if (doc.killed().isEmpty() || doc.injured().isEmpty()) {
                continue;
            }
            documents++;
            Map<Slot, ClaimRow> figures = figures(claims.getOrDefault(reports.claimsOf(doc.id()), List.of()));
            if (figures.isEmpty()) {
                withoutFigure++;
            }
            figures.forEach((slot, claim) -> {
                OptionalInt gold = doc.figure(slot);
                cases.add(new Case(doc.id(), doc.incidentId(), slot, gold.getAsInt(), claim));
            });
        }
        return new Result(cases, documents, withoutFigure);
    }

    /** The document's figure for each slot it has one for, chosen as the class comment says. */
    static Map<Slot, ClaimRow> figures(List<ClaimRow> claims) {
        Map<Slot, ClaimRow> figures = new EnumMap<>(Slot.class);
        for (Slot slot : Slot.values()) {
            claims.stream()
                    .filter(c -> c.kind().equals(slot.name()) && c.aboutOwnEvent())
                    .min(Comparator.comparingInt(ClaimRow::sentence)
                            .thenComparing(c -> !c.subject().equalsIgnoreCase("people")))
                    .ifPresent(claim -> figures.put(slot, claim));
        }
        return figures;
    }
}
