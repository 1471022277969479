package news.crosscheck.event;

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
}
