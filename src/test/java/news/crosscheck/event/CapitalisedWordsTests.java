package news.crosscheck.event;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CapitalisedWordsTests {

    /** What the scanner stands for. */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'-]*\\p{L}");

    /** Capitals, small letters of several scripts, a letter beyond the BMP, apostrophes, hyphens, spaces, stops. */
    private static final String ALPHABET = "AZaz\u00c9\u00e9\u0416\u0436\u00df'-- .,\"\u2019\n1\u01c5";
    private static final String SUPPLEMENTARY = "\ud801\udc00";

    @Test
    void findsWhatTheRegularExpressionFinds() {
        String text = "O'Brien and Jean-Luc met Ms. Żaneta Dąbrowska in Kyiv's centre; A - B' C'd X-'y NATO "
                + "\"Quoted Name\" ends.\nSt-";
        assertThat(scanned(text)).isEqualTo(matched(text)).contains("0-7:O'Brien", "12-20:Jean-Luc");
    }

    @Test
    void findsWhatTheRegularExpressionFindsInAnyMixOfCharacters() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(20) == 0) {
                    text.append(SUPPLEMENTARY);
                } else {
                    text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            assertThat(scanned(text.toString())).as(text.toString()).isEqualTo(matched(text.toString()));
        }
    }

    private static List<String> scanned(String text) {
        List<String> found = new ArrayList<>();
        CapitalisedWords words = new CapitalisedWords(text);
        while (words.find()) {
            found.add(words.start() + "-" + words.end() + ":" + words.word());
        }
        assertThat(words.find()).isFalse();
        return found;
    }

    private static List<String> matched(String text) {
        List<String> found = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            found.add(word.start() + "-" + word.end() + ":" + word.group());
        }
        return found;
    }
}
