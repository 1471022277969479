package news.crosscheck.spelling;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Marcus Dell Jr.        | Dell   | Jr.
            Ellen Vosk Sr          | Vosk   | Sr
            Harold Pike III        | Pike   | III
            Corinne Abara          | Abara  | ''
            """)
    void aSuffixIsNoPartOfTheSurname(String name, String surname, String suffix) {
        PersonName parsed = PersonName.parse(name);
        assertThat(parsed.surname()).isEqualTo(surname);
        assertThat(parsed.suffix()).isEqualTo(suffix);
    }

    @Test
    void aSuffixAloneHasNoSurname() {
        assertThat(PersonName.parse("Jr.").surname()).isEmpty();
    }

    @Test
    void givenNamesAndInitialsComeBeforeTheSurname() {
        PersonName parsed = PersonName.parse("R. Thomas Okafor");
        assertThat(parsed.given()).isEqualTo(List.of("R.", "Thomas"));
        assertThat(parsed.firstGivenName()).isEqualTo("Thomas");
    }

    @Test
    void aGivenNameOfTwoHyphenedSyllablesComesAfterTheFamilyName() {
        assertThat(PersonName.parse("Lee Sang-hoon")).isEqualTo(new PersonName(List.of("Sang-hoon"), "Lee", ""));
        assertThat(PersonName.parse("Sang-hoon Lee").surname()).isEqualTo("Lee");
        assertThat(PersonName.parse("Hsu Chih-ming").surname()).isEqualTo("Hsu");
        assertThat(PersonName.parse("Anna Smith-Jones").surname()).isEqualTo("Smith-Jones");
        assertThat(PersonName.parse("Jean-Pierre Dubois").surname()).isEqualTo("Dubois");
        assertThat(PersonName.isSyllableGivenName("Young-sook")).isTrue();
        assertThat(PersonName.isSyllableGivenName("Moscow-based")).isFalse();
        assertThat(PersonName.isSyllableGivenName("Anti-war")).isFalse();
        assertThat(PersonName.isSyllableGivenName("Long-time")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"J., true", "A.J., true", "K, true", "Jo, false", "Kane, false"})
    void initialsAreOneLetterOrLettersWithPeriods(String word, boolean initial) {
        assertThat(PersonName.isInitial(word)).isEqualTo(initial);
    }
}
