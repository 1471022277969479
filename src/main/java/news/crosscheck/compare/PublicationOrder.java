package news.crosscheck.compare;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Which of two articles came out first, as far as their publication values tell: by date, and within one day by
 * time when both give one. Two articles of the same day without times are simultaneous: nothing says which is later.
 */
final class PublicationOrder {

    private PublicationOrder() {
    }

    /** Negative if {@code a} is earlier, positive if later, 0 if the values do not tell. */
    static int compare(LocalDate dateA, String publishedA, LocalDate dateB, String publishedB) {
        int byDate = dateA.compareTo(dateB);
        if (byDate != 0) {
            return byDate;
        }
        OffsetDateTime a = offsetTime(publishedA);
        OffsetDateTime b = offsetTime(publishedB);
        if (a != null && b != null) {
            return a.toInstant().compareTo(b.toInstant());
        }
        LocalDateTime localA = localTime(publishedA);
        LocalDateTime localB = localTime(publishedB);
        return localA != null && localB != null ? localA.compareTo(localB) : 0;
    }

    private static OffsetDateTime offsetTime(String value) {
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime localTime(String value) {
        try {
            return LocalDateTime.parse(value.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
