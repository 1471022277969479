package news.crosscheck.spelling;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WordStartPatternTests {

    private static final String TEXT = """
            KORVEL, Oct. 3 (Meridian) - The suspect, 24, was shot by an officer and later died, police said. "The \
            gunman was killed," Chief Lena Ross said; a second gunman was not killed. Five people died, including \
            the attacker. The man who police say set the fire was found dead on Tuesday (a suspected arsonist). \
            Superstar's non-fatal shooting: 3 suspects-turned-witnesses were hurt. Twenty-eight were killed in \
            2019; another blast, separately, killed two in Dastan - years after a fire. \u00c9vora's mayor, \
            an "unrelated" case.\nSeparate incident: the shooter shot himself; the attacker's body was that of \
            the man who opened fire. Killed: 3. Überfall in Köln; die Täter töteten zwei. No one died; \
            no-one was hurt, nobody else; no. No""";

    @ParameterizedTest
    @ValueSource(strings = {
            "\\b(?:(?:alleged |suspected )?(?:suspect|gunman|attacker|arsonist)|(?:man|woman) (?:who |police say )"
                    + "(?:set|opened fire)\\b[^.;,]{0,40}?)(?:\\s*(?:,[^,.;]{1,60}){1,2},)?\\s+(?:was |were )?"
                    + "(?:(?:also|later) )*(?:killed|shot|found dead|died)\\b",
            "(?<![\\p{L}\\p{N}])(?:kill(?:ed|ing)?|dead|died|shot himself)(?![\\p{L}\\p{N}])",
            "\\banother\\b|\\bseparate(?:ly)?\\b|\\bunrelated\\b|\\byears (?:after|before)\\b|\\bin (?:19|20)\\d\\d\\b",
            "(?i)\\b(?:killed|separate|\u00fcberfall|t\u00e4ter)\\b",
            "\\b(second|third) (?:gunman|attacker) (?:was )?(?:not )?(?:killed|died)\\b",
            "\\b[a-z]+(?:'s)?\\b",
            "(?i)\\b(?:no one|nobody|no-one|no)\\b",
            "\\b[A-Z\u00c0-\u00de][a-z\u00e0-\u00ff]+\\b"})
    void findsTheMatchesFindFinds(String regex) {
        Pattern pattern = Pattern.compile(regex);
        List<String> expected = new ArrayList<>();
        Matcher matcher = pattern.matcher(TEXT);
        while (matcher.find()) {
            expected.add(matcher.start() + "-" + matcher.end() + ":" + matcher.group());
        }
        List<String> found = new ArrayList<>();
        WordStartPattern.Finder finder = WordStartPattern.compile(regex).matcher(TEXT);
        while (finder.find()) {
            found.add(finder.start() + "-" + finder.end() + ":" + finder.group());
        }
        assertThat(expected).isNotEmpty();
        assertThat(found).isEqualTo(expected);
        assertThat(finder.find()).isFalse();
    }

    @Test
    void readsTheGroupsOfEachMatch() {
        WordStartPattern.Finder finder = WordStartPattern.compile("\\b(second|third) gunman\\b").matcher(TEXT);
        assertThat(finder.find()).isTrue();
        assertThat(finder.group(1)).isEqualTo("second");
        assertThat(finder.start(1)).isEqualTo(TEXT.indexOf("second"));
        assertThat(finder.groupCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"killed", "\\s+killed\\b", "(?<=the )gunman", "^The\\b", "\\Bman\\b", "[(]killed",
            "(?<![a-z])man\\b"})
    void refusesAPatternThatCanMatchOtherThanAtAWordsStart(String regex) {
        assertThatIllegalArgumentException().isThrownBy(() -> WordStartPattern.compile(regex));
    }
}
