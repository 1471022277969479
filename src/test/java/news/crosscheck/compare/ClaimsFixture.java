package news.crosscheck.compare;

import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.casualty.CasualtyClaim;
import news.crosscheck.claim.casualty.CasualtyKind;
import news.crosscheck.claim.mention.Mention;
import news.crosscheck.claim.mention.MentionKind;
import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.text.Sentence;

import java.time.LocalDate;
import java.util.List;

/** Hand-built extraction results, for the comparison rules. */
public final class ClaimsFixture {

    private ClaimsFixture() {
    }

    public static ArticleClaims article(String id, String outlet, String publishedAt, List<CasualtyClaim> figures,
                                        List<Mention> mentions) {
        return new ArticleClaims(id, outlet, LocalDate.parse(publishedAt.substring(0, 10)), publishedAt, figures,
                mentions, 0, false);
    }

    public static CasualtyClaim killed(String value, Interval count, int sentence, String text) {
        return figure(CasualtyKind.KILLED, value, count, "people", sentence, text, "");
    }

    public static CasualtyClaim figure(CasualtyKind kind, String value, Interval count, String subject, int sentence,
                                       String text, String otherEvent) {
        return new CasualtyClaim(kind, value, count, subject, new Sentence(sentence, text), otherEvent, "");
    }

    public static Mention person(String name, String fullName, int sentence, String text) {
        return new Mention(MentionKind.PERSON, name, fullName, "", new Sentence(sentence, text));
    }

    public static Mention place(String name, int sentence, String text) {
        return new Mention(MentionKind.PLACE, name, name, "", new Sentence(sentence, text));
    }
}
