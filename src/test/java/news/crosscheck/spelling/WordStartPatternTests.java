package news.crosscheck.spelling;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.regex.MatchResult;
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
        WordStartPattern.Finder finder = WordStartPattern.compile(regex).matcher(TEXT);
        assertThat(matches(Pattern.compile(regex).matcher(TEXT))).isNotEmpty()
                .isEqualTo(matches(finder));
        assertThat(finder.find()).isFalse();
    }

    /**
     * The same on texts of the words above shuffled, cut and joined by odd characters: one pattern over them all, so
     * that what it learns of words' first characters on one text is used on the next ones, as over a night's articles.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "(?<![\\p{L}\\p{N}])(?:kill(?:ed|ing)?|dead|died|shot himself)(?![\\p{L}\\p{N}])",
            "\\banother\\b|\\bseparate(?:ly)?\\b|\\bunrelated\\b|\\byears (?:after|before)\\b|\\bin (?:19|20)\\d\\d\\b",
            "\\b(second|third) (?:gunman|attacker) (?:was )?(?:not )?(?:killed|died)\\b",
            "(?i)\\b(?:no one|nobody|no-one|no)\\b",
            "\\b(?:a|an|the) (?:[\\w-]+ ){0,2}?(?:suspects?|gunm[ae]n)\\b"})
    void findsTheMatchesFindFindsInRandomTexts(String regex) {
        Pattern pattern = Pattern.compile(regex);
        WordStartPattern words = WordStartPattern.compile(regex);
        String[] pieces = (TEXT + " in 2019 in 1999 no. a an the 19 20 k ki kil de di").split(" ");
        String joins = " ,.;:-'\"()\n\t/0123456789xyzXYZ\u00e9\u2014";
        Random random = new Random(7);
        for (int text = 0; text < 2_000; text++) {
            StringBuilder built = new StringBuilder();
            for (int word = random.nextInt(40); word >= 0; word--) {
                String piece = pieces[random.nextInt(pieces.length)];
                built.append(piece, 0, random.nextInt(4) == 0 ? random.nextInt(piece.length() + 1) : piece.length())
                        .append(joins.charAt(random.nextInt(random.nextInt(3) == 0 ? joins.length() : 1)));
            }
            String written = built.toString();
            assertThat(matches(words.matcher(written))).as(written).isEqualTo(matches(pattern.matcher(written)));
        }
    }

    private static List<String> matches(Matcher matcher) {
        return matches(matcher, matcher::find);
    }

    private static List<String> matches(WordStartPattern.Finder finder) {
        return matches(finder, finder::find);
    }

    private static List<String> matches(MatchResult result, BooleanSupplier next) {
        List<String> found = new ArrayList<>();
        while (next.getAsBoolean()) {
            found.add(result.start() + "-" + result.end() + ":" + result.group());
        }
        return found;
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
