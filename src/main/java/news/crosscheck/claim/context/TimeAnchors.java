package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyWords;
import news.crosscheck.spelling.WordStartPattern;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the time expressions in a sentence that point away from the day an article was published, and says why,
 * e.g. {@code earlier time 'In December'} or {@code cumulative 'since the war began'}.
 *
 * <p>A calendar date ({@code Nov. 2}, {@code November 2, 2016}) is the article's own time when it lies in the week
 * before publication or on a follow-up's incident day; a month alone (capitalised, with an optional year) when it is
 * the publication month, the month of the day before or the incident's month. A date or month without a year is
 * read as its latest past occurrence. A year needs a preposition in front ({@code in 2022}, {@code since 2022}) so
 * that a count is never read as one.
 */
final class TimeAnchors {

    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String LEAD_IN = "(?:(?i:in|on|since|last|early|late|mid|by|until|from|during|through)[\\s-]+)";
    private static final WordStartPattern MONTH = WordStartPattern.compile("\\b(" + LEAD_IN + "?)(" + MONTHS + ")\\b"
            + "(?:\\s+\\d{1,2}(?![\\d,]\\d))?(?:,?\\s+((?:18|19|20)\\d{2})\\b)?");
    /**
     * A calendar date written out with its day: {@code November 2}, {@code Nov. 2}, {@code Nov. 2, 2016}, as wire
     * copy abbreviates the longer months before a day.
     */
    private static final WordStartPattern CALENDAR_DATE = WordStartPattern.compile("\\b(" + LEAD_IN + "?)(" + MONTHS
            + "|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d,]\\d)\\b"
            + "(?:,?\\s+((?:18|19|20)\\d{2})\\b)?");
    /** The first three letters of every month, as {@link #CALENDAR_DATE} starts them. */
    private static final Set<String> MONTH_PREFIXES = Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
            "Sep", "Oct", "Nov", "Dec");
    private static final WordStartPattern YEAR =
            WordStartPattern.compile("\\b(" + LEAD_IN + "|(?i:of)\\s+)((?:18|19|20)\\d{2})\\b"
            + "(?![,.]\\d)");
    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(last (?:year|month|week)|earlier (?:this|in the) "
            + "(?:year|month|week)|earlier in (?:" + MONTHS + ")|(?:(?:a|an|the) (?:similar|separate|unrelated|earlier"
            + "|previous|other)|['\u2019]s (?:other|separate|earlier|previous))"
            + " (?:incident|disaster|" + CasualtyWords.INCIDENT_ALTERNATIVES
            + ")|in another (?:attack|strike|incident"
            + "|shooting|bombing|accident|crash)|separately|elsewhere)\\b");
    private static final WordStartPattern CUMULATIVE =
            WordStartPattern.compile("(?i)\\b(since the (?:start|beginning|outbreak) of "
            + "the (?:war|conflict|invasion|year|fighting)|since the (?:full-scale )?(?:war|conflict|invasion|"
            + "fighting) (?:began|started)|since the (?:full-scale )?invasion|so far this year|this year alone|"
            + "(?:in|over|during) the (?:last|past) (?:year|two years|decade)"
            + "|(?:in|over|during) the (?:last|past) (?:\\d+|two|three|four|five|six|several|many) "
            + "(?:days|weeks|months|years)|in (?:\\d+|two|three|four|five|six|seven|eight|"
            + "nine|ten|several|those|these) (?:separate )?shootings|(?:across|in) the city this (?:year|month|week)"
            + "|so far this (?:month|week)|(?:this|the) year to date|since (?:january|jan\\.?) 1"
            + "|(?:have|has|had) been (?:killed|wounded|injured)(?: [\\w-]+){0,6}? since the (?:ceasefire|cease-fire"
            + "|truce))\\b");

    private static final String NUMBER_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|several|few|a few|many|\\d+";
    /** "three days ago", "a week earlier", "a decade ago": a span back from the time of writing or of the event. */
    private static final WordStartPattern SPAN_BACK =
            WordStartPattern.compile("(?i)\\b(" + NUMBER_WORDS + ") (day|week|month|year|decade)s?"
            + " (?:ago|earlier|before)\\b");
    /** "the 2022 attack", "the 1999 Izmit earthquake": an incident named by its year. */
    private static final Pattern YEAR_OF_INCIDENT = Pattern.compile("\\b((?:18|19|20)\\d{2})"
            + "(?: \\p{Lu}[\\p{L}'-]*){0,3} (?:attack|attacks|strike|"
            + "strikes|shooting|shootings|bombing|bombings|blast|massacre|killings|fire|crash|earthquake|quake|flood|"
            + "floods|riot|riots|explosion|incident|disaster|collapse)\\b");
    /**
     * As {@link #YEAR_OF_INCIDENT}, with words of a kind between and any incident ({@link CasualtyWords#INCIDENTS} and a
     * few more): "a 2019 coach crash", "the 2004 Asian tsunami". A sentence that names one tells of an earlier time; a
     * title names its article's incident only in the narrower form (a title's "2021 party shooting" may be the
     * night's own trial).
     */
    private static final WordStartPattern YEAR_OF_ANY_INCIDENT = WordStartPattern.compile("\\b((?:18|19|20)\\d{2})"
            + "(?: \\p{Lu}[\\p{L}'-]*){0,3}(?: \\p{Ll}[\\p{L}'-]*){0,2} (?:" + String.join("|", Stream.concat(
                    CasualtyWords.INCIDENTS.stream(), Stream.of("killings", "riot", "riots", "incident", "disaster",
                            "tsunami"))
            .sorted().toList()) + ")\\b");
    /** "the depot was previously hit": an earlier attack. ("Had previously put the toll at 20" is this event's.) */
    private static final WordStartPattern EARLIER_HARM =
            WordStartPattern.compile("(?i)\\b(?:previously|earlier|already|once) (?:been )?"
            + "(?:hit|attacked|struck|targeted|shelled|bombed|raided)\\b");
    private static final WordStartPattern LAST_SEASON =
            WordStartPattern.compile("(?i)\\blast (?:summer|spring|fall|autumn|winter)\\b");
    /** A clause that looks ahead, ending where a weekday follows: {@code would resume at dawn on}, {@code next}. */
    private static final Pattern FUTURE_BEFORE = Pattern.compile(
            "\\b(?:will|would|shall|next|expected|scheduled|planned|due)\\b[^.;,:]{0,60}$", Pattern.CASE_INSENSITIVE);
    private static final WordStartPattern WEEKDAY =
            WordStartPattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            + "Sunday)\\b");
    private static final WordStartPattern DATELINE =
            WordStartPattern.compile("(?i)\\b(?:posted|updated|published|last updated)"
            + "(?: on)?:?\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final WordStartPattern RELATIVE_DAY =
            WordStartPattern.compile("(?i)\\b(yesterday|last night|today|tonight|this "
            + "morning)\\b");
    /** "Now four people are dead", "the 6 pm report listed 14 dead": the time of writing, an hour. */
    private static final WordStartPattern PRESENT_OR_HOUR =
            WordStartPattern.compile("(?i)\\b(?:now|currently|so far)\\b"
            + "|\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)");
    /** How {@link #earlierDay} begins its reason. */
    static final String EARLIER_DAY = "earlier day '";
    /** A span back shorter than this is the event's own story (shot two days earlier, died on Sunday). */
    private static final int MIN_DAYS_BACK = 7;
    private static final WordStartPattern SHORT_SPAN_AGO =
            WordStartPattern.compile("(?i)\\b(" + NUMBER_WORDS + ") (day)s? ago\\b");

    private TimeAnchors() {
    }

    /**
     * Whether the text names a time of its own, whichever it is: a weekday, {@code yesterday}, {@code now}, a month,
     * a year, a span back. A sentence that names none tells of the time the sentence before it told of.
     */
    static boolean namesATime(String text) {
        return WEEKDAY.matcher(text).find() || RELATIVE_DAY.matcher(text).find()
                || PRESENT_OR_HOUR.matcher(text).find() || MONTH.matcher(text).find()
                || YEAR.matcher(text).find() || SHORT_SPAN_AGO.matcher(text).find() || SPAN_BACK.matcher(text).find();
    }

    /**
     * Reasons, in text order, why the sentence is about another time than its article's event; empty if none. The
     * event's time is the publication day and the few days before it, and, for a follow-up, the day its lead says
     * the event happened ({@link IncidentDay}): "the injuries she sustained Jan. 2" in an article of Jan. 13 that
     * tells of the Jan. 2 shooting is its own time.
     */
    static List<String> awayFrom(String text, LocalDate published, Optional<LocalDate> incident) {
        List<String> reasons = new ArrayList<>();
        YearMonth own = YearMonth.from(published);
        YearMonth dayBefore = YearMonth.from(published.minusDays(1));
        Optional<YearMonth> incidentMonth = incident.map(YearMonth::from);
        List<int[]> spans = new ArrayList<>();
        boolean datesWritten = mayWriteDate(text);
        WordStartPattern.Finder date = CALENDAR_DATE.matcher(text);
        while (datesWritten && date.find()) {
            Optional<LocalDate> day = resolve(date, published);
            if (day.isEmpty()) {
                continue;
            }
            spans.add(new int[] {date.start(), date.end()});
            boolean recent = !day.get().isAfter(published) && day.get().isAfter(published.minusDays(MIN_DAYS_BACK));
            boolean incidentDay = incident.filter(d -> Math.abs(d.toEpochDay() - day.get().toEpochDay()) <= 1)
                    .isPresent();
            if (!recent && !incidentDay) {
                reasons.add(label(date.group(1), day.get().isAfter(published)) + " '" + date.group().strip() + "'");
            }
        }
        WordStartPattern.Finder month = MONTH.matcher(text);
        while (month.find()) {
            boolean ambiguous = month.group(2).equals("May") && month.group(1).isEmpty() && month.group(3) == null;
            if (ambiguous || inside(spans, month.start(), month.end())) {
                continue;
            }
            spans.add(new int[] {month.start(), month.end()});
            Month m = Month.valueOf(month.group(2).toUpperCase(Locale.ROOT));
            YearMonth said = month.group(3) != null ? YearMonth.of(Integer.parseInt(month.group(3)), m)
                    : month.group(1).strip().equalsIgnoreCase("last") ? latestBefore(m, own) : latestNotAfter(m, own);
            if (!said.equals(own) && !said.equals(dayBefore) && !incidentMonth.filter(said::equals).isPresent()) {
                reasons.add(label(month.group(1), said.isAfter(own)) + " '" + month.group() + "'");
            }
        }
        WordStartPattern.Finder year = YEAR.matcher(text);
        while (year.find()) {
            int y = Integer.parseInt(year.group(2));
            if (y != published.getYear() && !inside(spans, year.start(), year.end())) {
                reasons.add(label(year.group(1), y > published.getYear()) + " '" + year.group() + "'");
            }
        }
        WordStartPattern.Finder span = SPAN_BACK.matcher(text);
        while (span.find()) {
            if (daysOf(span.group(1), span.group(2)) >= MIN_DAYS_BACK) {
                reasons.add("earlier time '" + span.group() + "'");
            }
        }
        WordStartPattern.Finder namedByYear = YEAR_OF_ANY_INCIDENT.matcher(text);
        while (namedByYear.find()) {
            if (Integer.parseInt(namedByYear.group(1)) != published.getYear()) {
                reasons.add("earlier time '" + namedByYear.group() + "'");
            }
        }
        WordStartPattern.Finder harm = EARLIER_HARM.matcher(text);
        while (harm.find()) {
            reasons.add("earlier time '" + harm.group() + "'");
        }
        WordStartPattern.Finder season = LAST_SEASON.matcher(text);
        while (season.find()) {
            reasons.add("earlier time '" + season.group() + "'");
        }
        Matcher earlier = EARLIER.matcher(text);
        while (earlier.find()) {
            if (incident.isEmpty() || !period(earlier.group(), published).map(p -> p.holds(incident.get()))
                    .orElse(false)) {
                reasons.add("earlier time '" + earlier.group() + "'");
            }
        }
        WordStartPattern.Finder cumulative = CUMULATIVE.matcher(text);
        while (cumulative.find()) {
            reasons.add("cumulative '" + cumulative.group() + "'");
        }
        return reasons;
    }

    /**
     * Where the text names an incident by a year before publication ("over 2022 Hai Phong fire", "the 2019 shooting"),
     * and the words naming it; empty if it names none.
     */
    static Optional<MatchResult> earlierIncidentNamed(String text, LocalDate published) {
        Matcher named = YEAR_OF_INCIDENT.matcher(text);
        while (named.find()) {
            if (Integer.parseInt(named.group(1)) < published.getYear()) {
                return Optional.of(named.toMatchResult());
            }
        }
        return Optional.empty();
    }

    /**
     * The day a sentence (an article's title or first sentence) says its event happened: its first weekday, taken as
     * the latest such day on or before publication, or {@code yesterday} / {@code last night}, {@code today}.
     */
    static Optional<LocalDate> dayOf(String text, LocalDate published) {
        return dayWordOf(text, published).map(DayWord::day);
    }

    /** Where a sentence names the day of {@link #dayOf}, and that day. */
    record DayWord(int start, LocalDate day) {
    }

    /** The words of {@link #dayOf}: where they start in the text, and the day they name. */
    static Optional<DayWord> dayWordOf(String text, LocalDate published) {
        // "Posted: Monday, October 17" dates the page, not the event
        WordStartPattern.Finder dateline = DATELINE.matcher(text);
        if (dateline.find()) {
            text = text.substring(0, dateline.start()) + " ".repeat(dateline.end() - dateline.start())
                    + text.substring(dateline.end());
        }
        WordStartPattern.Finder relative = RELATIVE_DAY.matcher(text);
        WordStartPattern.Finder weekday = WEEKDAY.matcher(text);
        boolean hasRelative = relative.find();
        boolean hasWeekday = weekday.find();
        if (hasWeekday && (!hasRelative || weekday.start() < relative.start())) {
            return Optional.of(new DayWord(weekday.start(), latest(weekday.group(1), published)));
        }
        if (hasRelative) {
            String word = relative.group(1).toLowerCase(Locale.ROOT);
            return Optional.of(new DayWord(relative.start(), word.equals("yesterday") || word.equals("last night")
                    ? published.minusDays(1) : published));
        }
        return Optional.empty();
    }

    /**
     * The words that name a day before publication, if the sentence has them: a weekday ({@code On Thursday night},
     * published on Friday), {@code yesterday} or {@code last night}.
     */
    static Optional<String> earlierThan(String text, LocalDate published) {
        WordStartPattern.Finder weekday = WEEKDAY.matcher(text);
        while (weekday.find()) {
            if (latest(weekday.group(1), published).isBefore(published)) {
                return Optional.of(weekday.group(1));
            }
        }
        WordStartPattern.Finder relative = RELATIVE_DAY.matcher(text);
        while (relative.find()) {
            String word = relative.group(1).toLowerCase(Locale.ROOT);
            if (word.equals("yesterday") || word.equals("last night")) {
                return Optional.of(relative.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * Why a sentence is about a day before its article's event, if it is: a weekday, or a span of days ago, two days
     * or more before the event's day ("On Tuesday, a man was killed in a separate shooting", "three days ago" in a
     * story about Friday night).
     */
    static Optional<String> earlierDay(String text, LocalDate eventDay, LocalDate published) {
        WordStartPattern.Finder weekday = WEEKDAY.matcher(text);
        while (weekday.find()) {
            // "the search would resume at dawn on Wednesday": a day to come, not last week's
            boolean ahead = FUTURE_BEFORE.matcher(text.substring(0, weekday.start())).find();
            if (!ahead && !latest(weekday.group(1), published).isAfter(eventDay.minusDays(2))) {
                return Optional.of(EARLIER_DAY + weekday.group(1) + "'");
            }
        }
        // "three days ago" counts back from publication; shorter than a week, it is another day only against the
        // day the lead gives (a follow-up may tell of its own event three days on)
        WordStartPattern.Finder span = SHORT_SPAN_AGO.matcher(text);
        while (span.find()) {
            long days = daysOf(span.group(1), span.group(2));
            if (days < MIN_DAYS_BACK && !published.minusDays(days).isAfter(eventDay.minusDays(2))) {
                return Optional.of(EARLIER_DAY + span.group() + "'");
            }
        }
        return Optional.empty();
    }

    /**
     * The calendar dates a sentence writes out, each resolved against the publication day: with its year as written,
     * else the latest such day on or before publication. A day that does not exist (Feb. 30) is no date.
     */
    static List<LocalDate> calendarDates(String text, LocalDate published) {
        if (!mayWriteDate(text)) {
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        WordStartPattern.Finder date = CALENDAR_DATE.matcher(text);
        while (date.find()) {
            resolve(date, published).ifPresent(dates::add);
        }
        return dates;
    }

    /**
     * Whether some digit follows a capitalised word that begins like a month ({@code Nov. 2}, {@code March 3}): what
     * every {@link #CALENDAR_DATE} holds. A scan of the characters, it spares the pattern (whose optional lead-in is
     * tried at every word, some 90 µs on a 2,000-character lead) the many texts that write no date.
     */
    private static boolean mayWriteDate(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) || !Character.isWhitespace(text.charAt(i - 1))) {
                continue;
            }
            int end = i - 1;
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > 0 && text.charAt(end - 1) == '.') {
                end--;
            }
            int start = end;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (end - start >= 3 && MONTH_PREFIXES.contains(text.substring(start, start + 3))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> resolve(MatchResult date, LocalDate published) {
        Month month = monthOf(date.group(2));
        int day = Integer.parseInt(date.group(3));
        try {
            if (date.group(4) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(date.group(4)), month, day));
            }
            LocalDate sameYear = LocalDate.of(published.getYear(), month, day);
            return Optional.of(sameYear.isAfter(published) ? LocalDate.of(published.getYear() - 1, month, day)
                    : sameYear);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Month monthOf(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /**
     * The days "earlier this month", "last month", "earlier this week", "last week" or "earlier this year" span,
     * counted back from publication; empty for the other phrases of {@code EARLIER}.
     */
    private static Optional<Period> period(String phrase, LocalDate published) {
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.equals("earlier this month")) {
            return Optional.of(new Period(published.withDayOfMonth(1), published));
        }
        if (p.equals("last month")) {
            YearMonth last = YearMonth.from(published).minusMonths(1);
            return Optional.of(new Period(last.atDay(1), last.atEndOfMonth()));
        }
        if (p.equals("earlier this week")) {
            return Optional.of(new Period(published.minusDays(6), published));
        }
        if (p.equals("last week")) {
            return Optional.of(new Period(published.minusDays(13), published.minusDays(4)));
        }
        if (p.equals("earlier this year")) {
            return Optional.of(new Period(published.withDayOfYear(1), published));
        }
        return Optional.empty();
    }

    private record Period(LocalDate first, LocalDate last) {
        boolean holds(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    private static boolean inside(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s[0] <= start && end <= s[1]);
    }

    private static LocalDate latest(String weekday, LocalDate published) {
        return published.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(weekday.toUpperCase(Locale.ROOT))));
    }

    /** Days in "three weeks", "a decade": the span's unit times its count (an unknown count, "several", as 2). */
    private static long daysOf(String count, String unit) {
        String c = count.toLowerCase(Locale.ROOT);
        long n = c.chars().allMatch(Character::isDigit) ? Long.parseLong(c)
                : List.of("a", "an", "one").contains(c) ? 1 : NUMBER_WORD_LIST.indexOf(c) >= 0
                ? NUMBER_WORD_LIST.indexOf(c) + 2 : 2;
        return n * switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> 1;
            case "week" -> 7;
            case "month" -> 30;
            case "year" -> 365;
            default -> 3650;
        };
    }

    private static final List<String> NUMBER_WORD_LIST = List.of("two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve");

    /** "last July": the latest July before the publication month (a year back when it is published in July). */
    private static YearMonth latestBefore(Month month, YearMonth own) {
        YearMonth sameYear = YearMonth.of(own.getYear(), month);
        return sameYear.isBefore(own) ? sameYear : sameYear.minusYears(1);
    }

    private static YearMonth latestNotAfter(Month month, YearMonth own) {
        YearMonth sameYear = YearMonth.of(own.getYear(), month);
        return sameYear.isAfter(own) ? sameYear.minusYears(1) : sameYear;
    }

    private static String label(String leadIn, boolean later) {
        if (leadIn.trim().toLowerCase(Locale.ROOT).startsWith("since")) {
            return "cumulative";
        }
        return later ? "later time" : "earlier time";
    }
}
