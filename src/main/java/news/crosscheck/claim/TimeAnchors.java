package news.crosscheck.claim;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions in a sentence that point away from the day an article was published, and says why,
 * e.g. {@code earlier time 'In December'} or {@code cumulative 'since the war began'}.
 *
 * <p>A month (capitalised, with an optional day and year) is the article's own time when it is the publication
 * month or the month of the day before; a month without a year is otherwise read as its latest past occurrence.
 * A year needs a preposition in front ({@code in 2022}, {@code since 2022}) so that a count is never read as one.
 */
final class TimeAnchors {

    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String LEAD_IN = "(?:(?i:in|on|since|last|early|late|mid|by|until|from|during|through)[\\s-]+)";
    private static final Pattern MONTH = Pattern.compile("\\b(" + LEAD_IN + "?)(" + MONTHS + ")\\b"
            + "(?:\\s+\\d{1,2}(?![\\d,]\\d))?(?:,?\\s+((?:18|19|20)\\d{2})\\b)?");
    private static final Pattern YEAR = Pattern.compile("\\b(" + LEAD_IN + ")((?:18|19|20)\\d{2})\\b(?![,.]\\d)");
    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(last (?:year|month|week)|earlier this "
            + "(?:year|month|week)|(?:a|one|two|three|four|five|six|\\d+|several|many) (?:years?|months?|weeks?) ago"
            + "|previous(?:ly)?|(?:a|an|the) (?:similar|separate|earlier) (?:attack|strike|incident|shooting|"
            + "bombing|blast|raid|assault|explosion|crash|fire|disaster)|in another (?:attack|strike|incident|"
            + "shooting|bombing)|separately)\\b");
    private static final Pattern CUMULATIVE = Pattern.compile("(?i)\\b(since the (?:start|beginning|outbreak) of "
            + "the (?:war|conflict|invasion|year|fighting)|since the (?:full-scale )?(?:war|conflict|invasion|"
            + "fighting) (?:began|started)|since the (?:full-scale )?invasion|so far this year|this year alone|"
            + "in the past (?:year|two years|decade)|(?:in|over|during) the (?:last|past) (?:\\d+|two|three|four|"
            + "five|six|several|many) (?:days|weeks|months|years)|in (?:\\d+|two|three|four|five|six|seven|eight|"
            + "nine|ten|several|those|these) (?:separate )?shootings|(?:across|in) the city this (?:year|month|week)"
            + "|so far this (?:month|week)|(?:this|the) year to date|since (?:january|jan\\.?) 1)\\b");

    private TimeAnchors() {
    }

    /** Reasons, in text order, why the sentence is about another time than {@code published}; empty if none. */
    static List<String> awayFrom(String text, LocalDate published) {
        List<String> reasons = new ArrayList<>();
        YearMonth own = YearMonth.from(published);
        YearMonth dayBefore = YearMonth.from(published.minusDays(1));
        Matcher month = MONTH.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (month.find()) {
            boolean ambiguous = month.group(2).equals("May") && month.group(1).isEmpty() && month.group(3) == null;
            if (ambiguous) {
                continue;
            }
            spans.add(new int[] {month.start(), month.end()});
            Month m = Month.valueOf(month.group(2).toUpperCase(Locale.ROOT));
            YearMonth said = month.group(3) != null ? YearMonth.of(Integer.parseInt(month.group(3)), m)
                    : latestNotAfter(m, own);
            if (!said.equals(own) && !said.equals(dayBefore)) {
                reasons.add(label(month.group(1), said.isAfter(own)) + " '" + month.group() + "'");
            }
        }
        Matcher year = YEAR.matcher(text);
        while (year.find()) {
            int y = Integer.parseInt(year.group(2));
            if (y != published.getYear() && spans.stream().noneMatch(s -> s[0] <= year.start() && year.end() <= s[1])) {
                reasons.add(label(year.group(1), y > published.getYear()) + " '" + year.group() + "'");
            }
        }
        Matcher earlier = EARLIER.matcher(text);
        while (earlier.find()) {
            reasons.add("earlier time '" + earlier.group() + "'");
        }
        Matcher cumulative = CUMULATIVE.matcher(text);
        while (cumulative.find()) {
            reasons.add("cumulative '" + cumulative.group() + "'");
        }
        return reasons;
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
