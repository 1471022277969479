package news.crosscheck.bench;

import java.util.Locale;
import java.util.Random;

/**
 * Invented proper names from syllable tables, and transliteration-like respellings of them. The tables are large
 * enough that thousands of events a day get distinct towns and officials, and small enough that syllables recur
 * across names, so grouping cannot lean on a name being unique to one event.
 */
final class NameMaker {

    private static final String[] ONSETS = {"b", "d", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch",
            "sh", "kh", "zh", "dr", "br", "st", "kr", "pr", "tr", "sl", "hr"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ya", "yu"};
    private static final String[] PLACE_ENDINGS = {"ansk", "ivka", "opil", "ohrad", "ove", "yne", "ets", "ynsk",
            "iv", "ach"};
    private static final String[] SURNAME_ENDINGS = {"enko", "chuk", "nik", "ov", "ovych", "sky", "yak", "ets",
            "ian", "ida"};
    private static final String[] FIRST_NAMES = {"Ihor", "Oleksandr", "Leonid", "Marta", "Nadia", "Bohdan", "Iryna",
            "Vadym", "Olena", "Taras", "Yulia", "Serhiy", "Halyna", "Roman", "Anton", "Vira", "Dmytro", "Kateryna",
            "Pavlo", "Larysa", "Andriy", "Oksana", "Mykola", "Zoya", "Artem", "Daria", "Hennadiy", "Inna", "Kostiantyn",
            "Liudmyla", "Maksym", "Natalia", "Petro", "Svitlana", "Viktor", "Yevhen", "Alina", "Borys", "Valentyna",
            "Fedir", "Hanna", "Ivan", "Khrystyna", "Lev", "Myroslava", "Nazar", "Orest", "Polina", "Ruslan", "Sofia",
            "Tymur", "Uliana", "Volodymyr", "Yaroslav", "Zakhar", "Arsen", "Diana", "Emil", "Filip", "Gleb", "Ilona",
            "Klym", "Lesia", "Marko", "Nina", "Ostap", "Rostyslav", "Stefan", "Tetiana", "Vasyl", "Yana", "Zinaida"};

    /** Respellings a transliteration might give: one is applied, at its first occurrence. */
    private static final String[][] RESPELLINGS = {{"y", "i"}, {"i", "y"}, {"kh", "h"}, {"e", "a"}, {"ch", "tch"},
            {"v", "w"}, {"o", "a"}, {"zh", "j"}, {"ts", "tz"}, {"u", "ou"}};

    private final Random random;

    NameMaker(Random random) {
        this.random = random;
    }

    String place() {
        // Mostly two syllables and an ending: tens of thousands of towns, so a month of news rarely reuses one.
        return capitalise(syllables(random.nextInt(4) == 0 ? 1 : 2) + pick(PLACE_ENDINGS));
    }

    /** A company or institution's invented name, to which the caller adds what it is ("Holdings"). */
    String organisation() {
        return capitalise(syllables(2) + pick(VOWELS).substring(0, 1) + "n");
    }

    String region() {
        return capitalise(syllables(2) + "ska");
    }

    String firstName() {
        return pick(FIRST_NAMES);
    }

    String surname() {
        return capitalise(syllables(random.nextInt(4) == 0 ? 1 : 2) + pick(SURNAME_ENDINGS));
    }

    /** Another spelling of the name, as a different transliteration would give; never the name itself. */
    String respell(String name) {
        int start = random.nextInt(RESPELLINGS.length);
        // The first letter stays: a respelling that changes it reads as another name, not another spelling.
        String head = name.substring(0, 1);
        String tail = name.substring(1);
        for (int i = 0; i < RESPELLINGS.length; i++) {
            String[] rule = RESPELLINGS[(start + i) % RESPELLINGS.length];
            int at = tail.indexOf(rule[0]);
            if (at >= 0) {
                return head + tail.substring(0, at) + rule[1] + tail.substring(at + rule[0].length());
            }
        }
        return name + "e";
    }

    private String syllables(int n) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < n; i++) {
            word.append(pick(ONSETS)).append(pick(VOWELS));
        }
        return word.toString();
    }

    private String pick(String[] table) {
        return table[random.nextInt(table.length)];
    }

    private static String capitalise(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
