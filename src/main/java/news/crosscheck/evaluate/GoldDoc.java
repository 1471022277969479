package news.crosscheck.evaluate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the gold file says of one document. Everything but the id and the incident is optional: a corpus without
 * dates, figures or names (ECB+) gives empty values, and the metrics that need them are left out.
 *
 * @param id           the document id as in the articles file (not the job's {@code file.csv#id})
 * @param incidentId   the incident (GVC) or sub-topic (ECB+) the document reports
 * @param incidentDate the day of the incident
 * @param killed       number of people killed
 * @param injured      number of people injured
 * @param names        the incident's participants, full names
 */
public record GoldDoc(String id, String incidentId, Optional<LocalDate> incidentDate, OptionalInt killed,
                      OptionalInt injured, List<String> names) {

    /** The gold figure of a casualty slot. */
    public OptionalInt figure(Slot slot) {
        return slot == Slot.KILLED ? killed : injured;
    }

    /** The casualty slots the gold file gives. */
    public enum Slot { KILLED, INJURED }
}
