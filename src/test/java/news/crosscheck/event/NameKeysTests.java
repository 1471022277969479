package news.crosscheck.event;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertThat(keys.ownKeys("Blast in Korvel", body)).doesNotContain(spelling("Dastan"))
                .contains(spelling("Korvel"));
        assertThat(keys.keys("Meridian Wire", "Blast in Korvel", body)).contains(spelling("Dastan"));
    }

    @Test
    void aLocalPapersOwnTownIsAmongTheNamesOfItsEvent() {
        String body = "An explosion at a chemical plant in Baytown killed a contractor on Friday.";
        assertThat(keys.ownKeys("Baytown blast kills contractor", body)).contains(spelling("Baytown"));
        assertThat(keys.keys("Baytown Sun-Herald", "Baytown blast kills contractor", body))
                .doesNotContain(spelling("Baytown"));
    }

    private static String spelling(String name) {
        return new news.crosscheck.spelling.SpellingRule().key(name.toLowerCase(java.util.Locale.ROOT));
    }
}
