package news.crosscheck.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeysTests {

    private final NameKeys keys = new NameKeys();

    private String bodyKeys(String body) {
        return keys.keys("Meridian Wire", "", body);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "Vuhledar, Ugledar",
            "Kyiv, Kiev",
            "Mykolaiv, Nikolaev",
            "Lysychansk, Lisichansk",
            "Synelnykove, Sinelnikovo",
            "Pasechnik, Pesechnik",
    })
    void transliterationsOfOneNameGiveOneKey(String a, String b) {
        assertThat(bodyKeys("Officials in " + a + " said the strike hit a school."))
                .isEqualTo(bodyKeys("Officials in " + b + " said the strike hit a school."));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"Austria, Australia", "Kharkiv, Kherson"})
    void differentPlacesGiveDifferentKeys(String a, String b) {
        assertThat(bodyKeys("Officials in " + a + " said the strike hit a school."))
                .isNotEqualTo(bodyKeys("Officials in " + b + " said the strike hit a school."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Earlier on Wednesday, another gas explosion, in a private house in Dastan, killed two.
            In a separate incident about an hour later, two officers were shot dead at a post outside Dastan.
            The blast came two days after a bus bombing in Dastan killed nine.
            It was the worst blast since the Dastan mine fire in 2019.
            """)
    void aTownNamedOnlyToRecallAnotherIncidentIsNotAmongTheNamesOfTheArticlesOwnEvent(String recall) {
        String body = "A gas explosion destroyed a block of flats in Korvel on Wednesday. " + recall;
        assertThat(keys.own("Blast in Korvel", body).keys()).doesNotContain(spelling("Dastan"))
                .contains(spelling("Korvel"));
        assertThat(keys.keys("Meridian Wire", "Blast in Korvel", body)).contains(spelling("Dastan"));
    }

    @Test
    void aLocalPapersOwnTownIsAmongTheNamesOfItsEvent() {
        String body = "An explosion at a chemical plant in Baytown killed a contractor on Friday.";
        assertThat(keys.own("Baytown blast kills contractor", body).keys()).contains(spelling("Baytown"));
        assertThat(keys.keys("Baytown Sun-Herald", "Baytown blast kills contractor", body))
                .doesNotContain(spelling("Baytown"));
    }

    @Test
    void theProtagonistIsThePersonTheHeadlineNamesAndTheTextNamesMost() {
        String body = "Harold Vance, the county clerk who exposed the ballot scheme, died on Friday at 88. Vance was "
                + "first elected in 1974. Colleagues said Vance never sought credit; Judge Amy Ortiz called Vance "
                + "the most honest man in the courthouse.";
        assertThat(keys.own("Harold Vance, clerk who exposed ballot scheme, dies at 88", body).protagonist())
                .isEqualTo(near("Vance"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a name the headline does not give | Former clerk dies at 88 | Harold Vance died on Friday. Vance was 88. Vance was a clerk. Friends said Vance was kind.
            a name named three times          | Harold Vance dies at 88 | Harold Vance died on Friday. He was 88. Vance was a clerk.
            two names named as often          | Vance and Ortiz honoured | Judge Amy Ortiz praised Harold Vance. Ortiz and Vance met in 1990. Ortiz said Vance was kind. Vance thanked Ortiz.
            """)
    void noProtagonistWithoutTheHeadlineOrFourMentionsMoreThanAnyOther(String what, String title, String body) {
        assertThat(keys.own(title, body).protagonist()).isEmpty();
    }

    @Test
    void aTownIsNoProtagonistThoughTheHeadlineNamesItMost() {
        String body = "Two people died when a gunman fired into a party in Brannock late Saturday, Chief Lena Ross "
                + "said. Brannock police said the gunman fled. Mayor Tom Brannock of nearby Easton offered help. "
                + "Brannock has had three shootings this year.";
        assertThat(keys.own("Brannock party shooting leaves two dead", body).protagonist()).isEmpty();
    }

    @Test
    void aWordInCapitalsIsNoProtagonist() {
        String body = "Police arrested Jamal Ward on a DUI charge. The DUI arrest was his second. A DUI conviction "
                + "could end his season, the DUI lawyer said.";
        assertThat(keys.own("Lineman arrested on DUI charge", body).protagonist()).isEmpty();
    }

    @Test
    void cutsSentencesWherePatternSplitCutsThem() {
        Pattern end = Pattern.compile("(?<=[.!?][\"\u201d\u2019']?)\\s+|\n+");
        List<String> texts = new ArrayList<>(List.of("Title\nA man died. \"He ran,\" she said.\u201d Then? Yes!\n\nEnd.\r\n",
                "", "\n", "No end", " . \n. ", "Dr. Who met Mr. Smith.\t\u000BNext.\f"));
        Random random = new Random(11);
        String alphabet = "ab .!?\"\u201d\u2019'\n\r\t";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        for (String text : texts) {
            assertThat(NameKeys.sentences(text)).as(text).containsExactly(end.split(text));
        }
    }

    private static String near(String name) {
        return news.crosscheck.spelling.SpellingRule.nearKey(spelling(name));
    }

    private static String spelling(String name) {
        return new news.crosscheck.spelling.SpellingRule().key(name.toLowerCase(java.util.Locale.ROOT));
    }
}
