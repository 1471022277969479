package news.crosscheck.claim.context;

import news.crosscheck.claim.text.Sentence;
import news.crosscheck.claim.text.SentenceSplitter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
 */
public final class IncidentDay {

    /** Sentences of the lead after the title: a follow-up may give the date in its third sentence. */
    private static final int LEAD_SENTENCES_AFTER_TITLE = 3;
    /** How far into the text the lead is looked for; a lead is a few hundred characters. */
    private static final int LEAD_CHARACTERS = 2_000;
    /** Further back than this, a date is an anniversary, a trial or history, not a follow-up of a recent event. */
    private static final int MAX_DAYS_BACK = 45;

    private final SentenceSplitter splitter = new SentenceSplitter();

    /** The incident day of an article's text (its title, a blank line, its body), if its lead dates one. */
    public Optional<LocalDate> of(String fullText, LocalDate published) {
        String lead = fullText.length() <= LEAD_CHARACTERS ? fullText : fullText.substring(0, LEAD_CHARACTERS);
        // most leads write out no date a follow-up's could be: then there is nothing to split sentences for
        return TimeAnchors.calendarDates(lead, published).stream().noneMatch(day -> isFollowedUp(day, published))
                ? Optional.empty() : of(splitter.split(lead), published);
    }

    /** The incident day of an article split into sentences (sentence 0 the title), if its lead dates one. */
    static Optional<LocalDate> of(List<Sentence> sentences, LocalDate published) {
        return sentences.stream().limit(1 + LEAD_SENTENCES_AFTER_TITLE)
                .flatMap(s -> TimeAnchors.calendarDates(s.text(), published).stream())
                .filter(day -> isFollowedUp(day, published)).min(Comparator.naturalOrder());
    }

    /** Whether a day is one a follow-up published on {@code published} may tell of. */
    private static boolean isFollowedUp(LocalDate day, LocalDate published) {
        return day.isBefore(published) && !day.isBefore(published.minusDays(MAX_DAYS_BACK));
    }
}
