package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyExtractor;
import news.crosscheck.claim.text.Sentence;
import news.crosscheck.claim.text.SentenceSplitter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The day a follow-up's lead says its event happened, when that is well before the article was written: "A man
 * injured in a Nov. 2 shooting has died" (published Nov. 22), "Morgan Slaight died Tuesday ... as a result of the
 * injuries she sustained Jan. 2". Wire copy dates a follow-up by its incident, so that readers (and the grouping)
 * can tell which event it continues.
 *
 * <p>The day is the earliest calendar date written out in the lead (the title and the first
 * {@value #LEAD_SENTENCES_AFTER_TITLE} sentences after it) before publication and at most {@value #MAX_DAYS_BACK}
 * days before it: a further one is an anniversary, a trial or history, not a follow-up of a recent event. Whether
 * the day is far enough back to matter is for the reader to say (the grouping moves an article to its incident day
 * only when the publication day is outside the incident's time window).
 *
 * <p>An article whose first sentence gives a toll of harm done in the last week, dated by a weekday,
 * {@code yesterday} or {@code today} and by no older date ("Gunmen opened fire at a taxi rank early on Monday,
 * killing four people"), is news of that harm, not a follow-up: a date further on in its lead ("the second shooting
 * this year, after five were killed on January 9") is another incident's.
 */
public final class IncidentDay {

    /** Sentences of the lead after the title: a follow-up may give the date in its third sentence. */
    private static final int LEAD_SENTENCES_AFTER_TITLE = 3;
    /** How far into the text the lead is looked for; a lead is a few hundred characters. */
    private static final int LEAD_CHARACTERS = 2_000;
    /** Further back than this, a date is an anniversary, a trial or history, not a follow-up of a recent event. */
    private static final int MAX_DAYS_BACK = 45;
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Verbs of saying, which date what was said, not the harm. */
    private static final Set<String> SAYING = Set.of("said", "says", "told");
    /** A weekday names one of the seven days before publication (or the day itself). */
    private static final int MAX_DAYS_RECENT = 7;

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final CasualtyExtractor casualties = new CasualtyExtractor();

    /** The incident day of an article's text (its title, a blank line, its body), if its lead dates one. */
    public Optional<LocalDate> of(String fullText, LocalDate published) {
        String lead = fullText.length() <= LEAD_CHARACTERS ? fullText : fullText.substring(0, LEAD_CHARACTERS);
        // most leads write out no date a follow-up's could be: then there is nothing to split sentences for
        return TimeAnchors.calendarDates(lead, published).stream().noneMatch(day -> isFollowedUp(day, published))
                ? Optional.empty()
                : of(splitter.split(lead), published, s -> !casualties.extract(List.of(s)).isEmpty());
    }

    /**
     * The incident day of an article split into sentences (sentence 0 the title), if its lead dates one.
     *
     * @param givesToll whether a sentence gives a casualty figure
     */
    static Optional<LocalDate> of(List<Sentence> sentences, LocalDate published, Predicate<Sentence> givesToll) {
        Optional<Sentence> first = sentences.stream().filter(s -> s.index() == 1).findFirst();
        if (first.isPresent() && isNewsOfRecentHarm(first.get(), published, givesToll)) {
            return Optional.empty();
        }
        return sentences.stream().limit(1 + LEAD_SENTENCES_AFTER_TITLE)
                .flatMap(s -> TimeAnchors.calendarDates(s.text(), published).stream())
                .filter(day -> isFollowedUp(day, published)).min(Comparator.naturalOrder());
    }

    /**
     * Whether the sentence tells a toll of harm done in the week before publication, and writes no earlier date (a
     * wire dateline's "Feb 17" is the day of writing). The day must be the harm's: the last verb before it is one of
     * harm ("opened fire ... early on Monday, killing four"), not of what came after ("were arrested Monday in the
     * killing of", "killed by their father ... were remembered on Saturday").
     */
    private static boolean isNewsOfRecentHarm(Sentence first, LocalDate published, Predicate<Sentence> givesToll) {
        LocalDate recent = published.minusDays(MAX_DAYS_RECENT);
        String text = first.text();
        return TimeAnchors.dayWordOf(text, published).filter(day -> day.day().isAfter(recent))
                .filter(day -> datesHarm(text.substring(0, day.start()))).isPresent()
                && TimeAnchors.calendarDates(text, published).stream().allMatch(day -> day.isAfter(recent))
                && givesToll.test(first);
    }

    /** Whether the last verb of the words is one of harm: a word of harm before any past participle or "said". */
    private static boolean datesHarm(String before) {
        String[] words = NON_LETTERS.split(before.toLowerCase(Locale.ROOT));
        for (int i = words.length - 1; i >= 0; i--) {
            String word = words[i];
            if (HarmSite.isHarmWord(word)) {
                return true;
            }
            if (word.endsWith("ed") || SAYING.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a day is one a follow-up published on {@code published} may tell of. */
    private static boolean isFollowedUp(LocalDate day, LocalDate published) {
        return day.isBefore(published) && !day.isBefore(published.minusDays(MAX_DAYS_BACK));
    }
}
