package news.crosscheck.evaluate;

import news.crosscheck.evaluate.JobReports.ClaimRow;
import news.crosscheck.evaluate.JobReports.DiscrepancyRow;
import news.crosscheck.evaluate.PlantedChange.Kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores the discrepancies of a run on originals plus perturbed copies against the planted changes.
 * <ul>
 *   <li><b>Found</b>: a respelled surname is found when a {@code NAME_SPELLING} row of the copy has the new
 *   spelling as its value; a changed figure when a {@code CASUALTY_COUNT} row of the copy, for the same slot, has the
 *   new figure in its value. Recall = found / (respelled + changed figures).</li>
 *   <li><b>False conflict</b>: a hedged figure ({@code at least N-2}) in a {@code CASUALTY_COUNT} row of severity
 *   {@code CONFLICT}.</li>
 *   <li><b>Precision</b>: among the discrepancies with a row from a copy, the share that contain the copy's
 *   planted change. A discrepancy whose copy rows only repeat what the copied original says, in the same
 *   discrepancy, is an echo of a disagreement already in the corpus (the copy repeats every other figure and name
 *   of its original) and is left out of both counts. With no discrepancy to judge, precision is 1.</li>
 * </ul>
 * A change is <b>extracted</b> when the copy's claims hold it (a {@code PERSON} claim with the new spelling, a figure
 * of the slot with the new value): recall among extracted changes tells the comparison's misses from the
 * extraction's.
 */
public final class PlantedScorer {

    /**
     * The result.
     *
     * @param planted        changes that should be reported (surnames and figures)
     * @param found          of those, the ones reported
     * @param hedged         hedged figures planted
     * @param falseConflicts hedged figures reported as a conflict
     * @param involving      discrepancies with a copy's row, echoes left out
     * @param plantedReports of those, the ones holding a planted change
     * @param echoes         discrepancies whose copy rows only repeat their original
     * @param outcomes       every change with what became of it
     */
    public record Result(int planted, int found, int hedged, int falseConflicts, int involving, int plantedReports,
                         int echoes, List<Outcome> outcomes) {

        /** Recall among the changes (not hedges) the job extracted. */
        public double recallWhenExtracted() {
            List<Outcome> extracted = outcomes.stream()
                    .filter(o -> o.change().kind() != Kind.HEDGE && o.extracted()).toList();
            return extracted.isEmpty() ? 0
                    : (double) extracted.stream().filter(Outcome::reported).count() / extracted.size();
        }

        /** Changes (not hedges) the job extracted. */
        public long extracted() {
            return outcomes.stream().filter(o -> o.change().kind() != Kind.HEDGE && o.extracted()).count();
        }

        public double recall() {
            return planted == 0 ? 0 : (double) found / planted;
        }

        public double precision() {
            return involving == 0 ? 1 : (double) plantedReports / involving;
        }
    }

    /**
     * What became of one change.
     *
     * @param change    the change
     * @param extracted the copy's claims hold it
     * @param reported  found (a surname or figure) or reported as a conflict (a hedge)
     */
    public record Outcome(PlantedChange change, boolean extracted, boolean reported) {
    }

    /** Scores the changes against the perturbed run's reports. */
    public Result score(List<PlantedChange> changes, JobReports reports) {
        List<DiscrepancyRow> discrepancies = reports.discrepancies();
        Map<String, List<ClaimRow>> claims = reports.claimsByDoc();
        List<Outcome> outcomes = new ArrayList<>();
        Map<String, PlantedChange> byCopy = new HashMap<>();
        changes.forEach(change -> byCopy.put(change.copyId(), change));
        int planted = 0;
        int found = 0;
        int hedged = 0;
        int falseConflicts = 0;
        for (PlantedChange change : changes) {
            List<DiscrepancyRow> rows = discrepancies.stream().filter(r -> r.docId().equals(change.copyId())).toList();
            boolean extracted = claims.getOrDefault(change.copyId(), List.of()).stream()
                    .anyMatch(c -> holds(change, c));
            boolean reported;
            if (change.kind() == Kind.HEDGE) {
                hedged++;
                reported = rows.stream().anyMatch(r -> isFalseConflict(change, r));
                falseConflicts += reported ? 1 : 0;
            } else {
                planted++;
                reported = rows.stream().anyMatch(r -> reports(change, r));
                found += reported ? 1 : 0;
            }
            outcomes.add(new Outcome(change, extracted, reported));
        }
        Map<String, List<DiscrepancyRow>> byId = new LinkedHashMap<>();
        discrepancies.forEach(r -> byId.computeIfAbsent(r.discrepancyId(), id -> new ArrayList<>()).add(r));
        int involving = 0;
        int plantedReports = 0;
        int echoes = 0;
        for (List<DiscrepancyRow> rows : byId.values()) {
            List<DiscrepancyRow> copyRows = rows.stream().filter(r -> byCopy.containsKey(r.docId())).toList();
            if (copyRows.isEmpty()) {
                continue;
            }
            if (copyRows.stream().anyMatch(r -> reports(byCopy.get(r.docId()), r))) {
                involving++;
                plantedReports++;
            } else if (copyRows.stream().allMatch(r -> echoes(byCopy.get(r.docId()), r, rows))) {
                echoes++;
            } else {
                involving++;
            }
        }
        return new Result(planted, found, hedged, falseConflicts, involving, plantedReports, echoes, outcomes);
    }

    /** Whether the row reports the planted change (a hedged figure is never a change to report). */
    static boolean reports(PlantedChange change, DiscrepancyRow row) {
        return switch (change.kind()) {
            case SURNAME -> row.kind().equals("NAME_SPELLING") && containsWord(row.value(), change.after());
            case FIGURE -> row.kind().equals("CASUALTY_COUNT") && sameSlot(change, row)
                    && containsWord(row.value(), change.after());
            case HEDGE -> false;
        };
    }

    static boolean isFalseConflict(PlantedChange change, DiscrepancyRow row) {
        return change.kind() == Kind.HEDGE && row.kind().equals("CASUALTY_COUNT") && row.severity().equals("CONFLICT")
                && sameSlot(change, row) && containsWord(row.value(), change.after());
    }

    private static boolean holds(PlantedChange change, ClaimRow claim) {
        return change.kind() == Kind.SURNAME
                ? claim.kind().equals("PERSON") && containsWord(claim.value(), change.after())
                : change.slot().map(slot -> slot.name().equals(claim.kind())).orElse(false)
                        && containsWord(claim.value(), change.after());
    }

    /** The discrepancy's subject ({@code killed: people}) names the slot the change was planted in. */
    private static boolean sameSlot(PlantedChange change, DiscrepancyRow row) {
        return change.slot().map(slot -> row.subject().toLowerCase(Locale.ROOT)
                .startsWith(slot.name().toLowerCase(Locale.ROOT) + ":")).orElse(false);
    }

    private static boolean echoes(PlantedChange change, DiscrepancyRow copyRow, List<DiscrepancyRow> rows) {
        return rows.stream().anyMatch(r -> r.docId().equals(change.originalId())
                && r.value().equalsIgnoreCase(copyRow.value()));
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\d])")
                .matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
