package news.crosscheck.claim.context;

import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyExtractor;
import news.crosscheck.claim.casualty.CasualtyKind;
import news.crosscheck.claim.casualty.Scope;
import news.crosscheck.claim.text.Sentence;
import news.crosscheck.claim.text.SentenceSplitter;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EarlierCountsTests {

    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2025, 12, 5);

    private static List<CasualtyClaim> injured(String text, LocalDate published) {
        List<Sentence> sentences = new SentenceSplitter().split(text);
        return EarlierCounts.mark(new CasualtyExtractor().extract(sentences), published).stream()
                .filter(c -> c.kind() == CasualtyKind.INJURED).toList();
    }

    private static List<CasualtyClaim> killed(String text, LocalDate published) {
        return EarlierCounts.mark(new CasualtyExtractor().extract(new SentenceSplitter().split(text)), published)
                .stream().filter(c -> c.kind() == CasualtyKind.KILLED).toList();
    }

    @Test
    void aCountOfTheDayBeforeBesideTodaysIsEarlier() {
        String text = "Chemical plant toll rises to 11\n\nProvincial officials said at a briefing on Friday that 11 "
                + "people were dead, nine missing and 47 injured. On Thursday night the figures were eight dead, 17 "
                + "missing and 41 injured.";
        assertThat(injured(text, FRIDAY)).extracting(CasualtyClaim::value, CasualtyClaim::scope,
                CasualtyClaim::scopeReason).containsExactly(tuple("47", Scope.WHOLE, ""),
                tuple("41", Scope.EARLIER, "count as of 'Thursday'"));
    }

    @Test
    void thoseWhoDiedOnAnEarlierDayAreAPartOfALargerToll() {
        String text = "Tavern shooting toll rises to seven\n\nA seventh victim of Sunday's tavern shooting died in "
                + "hospital on Thursday, police said. Six people died on Sunday at the scene.";
        assertThat(killed(text, FRIDAY)).extracting(CasualtyClaim::value, CasualtyClaim::scope)
                .containsExactly(tuple("seven", Scope.WHOLE), tuple("Six", Scope.EARLIER));
        // with no larger count beside it, it is all the article says
        assertThat(killed("Six dead in tavern shooting\n\nSix people died on Sunday at the scene.", FRIDAY))
                .extracting(CasualtyClaim::scope).containsOnly(Scope.WHOLE);
    }

    @Test
    void aCountOfTheFirstHoursBesideAnotherIsEarlier() {
        String text = "Fire toll reaches 14\n\nFourteen people died in the fire, the health department said. In the "
                + "first hours after the fire, police said 11 people had died.";
        assertThat(killed(text, FRIDAY)).extracting(CasualtyClaim::value, CasualtyClaim::scope)
                .containsExactly(tuple("14", Scope.WHOLE), tuple("Fourteen", Scope.WHOLE), tuple("11", Scope.EARLIER));
    }

    @Test
    void yesterdaysTollStandsBesideTodays() {
        String text = "Floods: 30 injured\n\nThirty people have been injured, the district said. Yesterday the "
                + "number of injured stood at 22.";
        assertThat(injured(text, FRIDAY)).extracting(CasualtyClaim::value, CasualtyClaim::scope)
                .containsExactly(tuple("30", Scope.WHOLE), tuple("Thirty", Scope.WHOLE), tuple("22", Scope.EARLIER));
    }

    @Test
    void aRiseNarratedDayByDayIsEarlierThanTheLatestCount() {
        LocalDate monday = LocalDate.of(2026, 1, 19);
        String text = "Avalanche toll rises to seven\n\nSearchers found the body of the guide on Monday, bringing the "
                + "number of people killed to seven. The toll rose to four on Sunday morning when a car was found "
                + "under the snow.";
        List<CasualtyClaim> killed = EarlierCounts.mark(new CasualtyExtractor().extract(
                new SentenceSplitter().split(text)), monday).stream()
                .filter(c -> c.kind() == CasualtyKind.KILLED && c.sentence().index() == 2).toList();
        assertThat(killed).extracting(CasualtyClaim::value, CasualtyClaim::scope)
                .containsExactly(tuple("four", Scope.EARLIER));
    }

    @Test
    void aCountOfTheDayBeforeAloneIsAllTheArticleSays() {
        String text = "Blast at plant\n\nA blast hit the plant in Baiyang. As of Thursday night, 41 people were "
                + "injured, officials said.";
        assertThat(injured(text, FRIDAY)).extracting(CasualtyClaim::scope).containsExactly(Scope.WHOLE);
    }

    @Test
    void theEventsDayNamedWithoutACountsStandingIsTheToll() {
        // the harm of Thursday, not a count that stood on Thursday
        String text = "Blast at plant\n\nOn Thursday, 41 people were injured in the blast. Officials put the number "
                + "of injured at 47 on Friday.";
        assertThat(injured(text, FRIDAY)).extracting(CasualtyClaim::scope).containsOnly(Scope.WHOLE);
    }

    @Test
    void aCountOfThePublicationDayIsTheToll() {
        String text = "Blast at plant\n\nBy Friday evening the toll stood at 47 injured. Earlier, officials said "
                + "41 were hurt.";
        assertThat(injured(text, FRIDAY)).filteredOn(c -> c.value().equals("47"))
                .extracting(CasualtyClaim::scope).containsExactly(Scope.WHOLE);
    }
}
