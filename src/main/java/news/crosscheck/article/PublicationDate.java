package news.crosscheck.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date as an article gives it, in one of the forms newsrooms write:
 * <ul>
 *   <li>ISO 8601 / RFC 3339: a date ({@code 2024-02-04}), a local date-time ({@code 2024-02-04T09:30}), or a
 *       date-time with an offset ({@code 2024-02-04T09:30:00Z}, {@code 2024-02-04 09:30:00+02:00},
 *       {@code +0200}; {@code t} and {@code z} in either case);</li>
 *   <li>RFC 1123, the date of RSS feeds and mail headers ({@code Sat, 03 Feb 2024 18:40:00 GMT}, weekday
 *       optional, seconds optional, a numeric offset or the zone names of RFC 822: {@code UT}, {@code GMT},
 *       {@code Z}, {@code EST}/{@code EDT}, {@code CST}/{@code CDT}, {@code MST}/{@code MDT},
 *       {@code PST}/{@code PDT}).</li>
 * </ul>
 * The calendar day is the one written, in the writer's own offset, never shifted to another zone:
 * {@code 2024-02-03T23:30:00-05:00} is 3 February although it is 4 February in UTC. The day an outlet printed is
 * the day its readers saw, and the result never depends on the machine's time zone. The offset still orders two
 * articles of one day ({@link #instant()}).
 *
 * @param text   the value as written, stripped; an RFC 1123 date as the same moment in ISO 8601 with its offset
 *               ({@code 2024-02-03T18:40:00Z}), so that the values of one night read and sort alike in reports
 * @param day    the calendar day as written
 * @param time   the local date-time as written, or null for a date alone
 * @param offset the offset written with the time, or null when none is
 */
public record PublicationDate(String text, LocalDate day, LocalDateTime time, ZoneOffset offset) {

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            // lenient: +02:00, +0200 and +02 alike
            .optionalStart().parseLenient().appendOffset("+HH", "Z").parseStrict().optionalEnd()
            .optionalEnd()
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_THEN_SPACE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ t](?=\\d)");
    private static final Pattern RFC_822_ZONE = Pattern.compile("\\s(UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT)$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> RFC_822_OFFSETS = Map.of("UT", "GMT", "Z", "GMT",
            "EST", "-0500", "EDT", "-0400", "CST", "-0600", "CDT", "-0500",
            "MST", "-0700", "MDT", "-0600", "PST", "-0800", "PDT", "-0700");
    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final Pattern WEEKDAY = Pattern.compile("^\\p{Alpha}{3},\\s*");
    /** RFC 1123's shape, checked first: java.time's formatter would take {@code 24} for the year 24. */
    private static final Pattern RFC_1123_SHAPE = Pattern.compile(
            "^(?:\\p{Alpha}{3},\\s*)?\\d{1,2}\\s+\\p{Alpha}{3}\\s+\\d{4}\\s+\\d{2}:\\d{2}(?::\\d{2})?\\s+\\S+$");

    /** Reads a publication date, or says in one line which forms are understood. */
    public static PublicationDate parse(String value) throws MalformedArticleException {
        String text = value.strip();
        Optional<PublicationDate> read = read(text);
        if (read.isPresent()) {
            return read.get();
        }
        Matcher weekday = WEEKDAY.matcher(text);
        if (weekday.find() && rfc1123(text.substring(weekday.end())).isPresent()) {
            throw new MalformedArticleException("publication date '" + abbreviate(value)
                    + "': the weekday does not match the date");
        }
        throw new MalformedArticleException("unreadable publication date '" + abbreviate(value)
                + "': use an ISO date such as 2024-02-04, a date-time such as 2024-02-04T09:30:00Z or an RFC 1123"
                + " date such as Sat, 03 Feb 2024 18:40:00 GMT");
    }

    /** The date a value gives, or empty when it is in none of the forms understood. */
    public static Optional<PublicationDate> read(String value) {
        String text = value.strip();
        return text.isEmpty() ? Optional.empty() : iso(text).or(() -> rfc1123(text));
    }

    /** The moment, when a time and its offset are both written. */
    public Optional<Instant> instant() {
        return time == null || offset == null ? Optional.empty() : Optional.of(time.toInstant(offset));
    }

    private static Optional<PublicationDate> iso(String text) {
        try {
            TemporalAccessor parsed = ISO.parseBest(DATE_THEN_SPACE.matcher(text).replaceFirst("$1T"),
                    OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            return Optional.of(of(text, parsed));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }

    private static Optional<PublicationDate> rfc1123(String text) {
        if (!RFC_1123_SHAPE.matcher(text).matches()) {
            return Optional.empty();
        }
        Matcher zone = RFC_822_ZONE.matcher(text);
        String numeric = zone.find()
                ? text.substring(0, zone.start()) + " " + RFC_822_OFFSETS.get(zone.group(1).toUpperCase(Locale.ROOT))
                : text;
        try {
            OffsetDateTime at = OffsetDateTime.parse(numeric, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(of(ISO_WITH_OFFSET.format(at), at));
        } catch (DateTimeParseException notRfc1123) {
            return Optional.empty();
        }
    }

    private static PublicationDate of(String text, TemporalAccessor parsed) {
        if (parsed instanceof OffsetDateTime at) {
            return new PublicationDate(text, at.toLocalDate(), at.toLocalDateTime(), at.getOffset());
        }
        if (parsed instanceof LocalDateTime at) {
            return new PublicationDate(text, at.toLocalDate(), at, null);
        }
        return new PublicationDate(text, (LocalDate) parsed, null, null);
    }

    static String abbreviate(String value) {
        String oneLine = value.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 40) + "...";
    }
}
