package news.crosscheck.compare;

import news.crosscheck.article.PublicationDate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which of two articles came out first, as far as their publication values tell: by date, and within one day by
 * time when both give one (by the moment when both give an offset, by the clock when neither does). Two articles
 * of the same day without comparable times are simultaneous: nothing says which is later.
 */
final class PublicationOrder {

    /**
     * The values read lately on this thread: sorting an event's figures reads each article's value again at every
     * comparison, and reading one is parsing it. A few are kept, for the event at hand.
     */
    private static final ThreadLocal<Map<String, Optional<PublicationDate>>> READ =
            ThreadLocal.withInitial(HashMap::new);
    private static final int KEPT = 1024;

    private PublicationOrder() {
    }

    /** Negative if {@code a} is earlier, positive if later, 0 if the values do not tell. */
    static int compare(LocalDate dateA, String publishedA, LocalDate dateB, String publishedB) {
        int byDate = dateA.compareTo(dateB);
        if (byDate != 0) {
            return byDate;
        }
        PublicationDate a = read(publishedA);
        PublicationDate b = read(publishedB);
        if (a == null || b == null || a.time() == null || b.time() == null) {
            return 0;
        }
        if (a.offset() != null && b.offset() != null) {
            return a.instant().orElseThrow().compareTo(b.instant().orElseThrow());
        }
        return a.offset() == null && b.offset() == null ? a.time().compareTo(b.time()) : 0;
    }

    /**
     * A moment to order one day's articles by, consistent with {@link #compare} wherever that tells: the instant when
     * the value gives an offset, the clock read as UTC when it gives none, and the start of time when it gives no time.
     */
    static Instant moment(String published) {
        PublicationDate date = read(published);
        if (date == null || date.time() == null) {
            return Instant.MIN;
        }
        return date.offset() != null ? date.instant().orElseThrow() : date.time().toInstant(ZoneOffset.UTC);
    }

    private static PublicationDate read(String published) {
        Map<String, Optional<PublicationDate>> read = READ.get();
        Optional<PublicationDate> date = read.get(published);
        if (date == null) {
            if (read.size() == KEPT) {
                read.clear();
            }
            date = PublicationDate.read(published);
            read.put(published, date);
        }
        return date.orElse(null);
    }
}
