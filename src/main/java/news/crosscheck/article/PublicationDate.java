package news.crosscheck.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.List;

/**
 * Reads a publication date given as an ISO date ({@code 2024-02-04}) or date-time ({@code 2024-02-04T09:30},
 * {@code 2024-02-04T09:30:00Z}, {@code 2024-02-04 09:30:00+02:00}). The date is the one written, not shifted to
 * another time zone, so the result never depends on the machine's zone.
 */
public final class PublicationDate {

    private static final List<Function<String, LocalDate>> FORMS = List.of(
            LocalDate::parse,
            s -> LocalDateTime.parse(s).toLocalDate(),
            s -> OffsetDateTime.parse(s).toLocalDate());

    private PublicationDate() {
    }

    public static LocalDate parse(String value) throws MalformedArticleException {
        String text = value.strip().replace(' ', 'T');
        if (text.endsWith("z")) {
            text = text.substring(0, text.length() - 1) + 'Z';
        }
        for (Function<String, LocalDate> form : FORMS) {
            try {
                return form.apply(text);
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        throw new MalformedArticleException("unreadable publication date '" + abbreviate(value)
                + "': use an ISO date such as 2024-02-04 or a date-time such as 2024-02-04T09:30:00Z");
    }

    static String abbreviate(String value) {
        String oneLine = value.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "...";
    }
}
