package news.crosscheck.compare;

import news.crosscheck.claim.MentionKind;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether two spellings are the same name spelled differently.
 *
 * <p>Both spellings are folded to lower-case ASCII (ICU {@code Any-Latin; Latin-ASCII}, apostrophes and punctuation
 * dropped) and each word is reduced to a transliteration skeleton ({@code kh→h}, {@code y→i}, doubled letters
 * once...). Two words are the same name when their skeletons are equal, or when all of these hold:
 * <ul>
 *   <li>their Double Metaphone codes (primary or alternate) are equal, or within one edit for words longer than
 *       five letters;</li>
 *   <li>the skeletons are within {@link #maxEdits(int)} edits and a Jaro-Winkler similarity of
 *       {@value #MIN_JARO_WINKLER};</li>
 *   <li>they are not a masculine/feminine pair ({@code Petrov}/{@code Petrova}, {@code Zelensky}/{@code Zelenska})
 *       nor one word plus a final vowel ({@code Pokrovsk}/{@code Pokrovske}): those name different people or
 *       towns;</li>
 *   <li>words of three letters or fewer must have equal skeletons.</li>
 * </ul>
 * A place is compared word by word when both have as many words, else written together. A person is compared
 * surname to surname (the last word, after {@code Jr.}-like suffixes), and the given names must be compatible:
 * equal or variants, one missing, or an initial matching the other's first letter.
 *
 * <p>Instances are stateless and thread-safe; folded forms are cached across instances.
 */
public final class SpellingVariants {

    static final double MIN_JARO_WINKLER = 0.80;
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

    /** Compares two spellings of a name of the given kind. */
    public NameMatch compare(MentionKind kind, String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return NameMatch.IDENTICAL;
        }
        NameForms.Forms fa = NameForms.of(a);
        NameForms.Forms fb = NameForms.of(b);
        if (fa.folded().isEmpty() || fb.folded().isEmpty()) {
            return NameMatch.DIFFERENT;
        }
        boolean placeWrittenTogether = kind == MentionKind.PLACE
                && String.join("", fa.folded()).equals(String.join("", fb.folded()));
        if (fa.foldedText().equals(fb.foldedText()) || placeWrittenTogether) {
            return NameMatch.SAME_FOLDED;
        }
        boolean same = kind == MentionKind.PERSON ? samePerson(fa, fb) : samePlace(fa, fb);
        return same ? NameMatch.VARIANT : NameMatch.DIFFERENT;
    }

    /** Whether two spellings of a name of the given kind name the same person or place. */
    public boolean isSameName(MentionKind kind, String a, String b) {
        return compare(kind, a, b).sameName();
    }

    /**
     * Whether two surnames (or other single-word names) are the same name; the shape a
     * {@code news.crosscheck.claim.MentionExtractor} takes to link {@code Pasechnik} to {@code Leonid Pesechnik}.
     */
    public boolean isSameSurname(String a, String b) {
        return compare(MentionKind.PERSON, a, b).sameName();
    }

    /** Whether the spellings are written differently, beyond case; {@code Lysychans'k}/{@code Lysychansk} are. */
    public boolean surfaceDiffers(String a, String b) {
        return !a.equalsIgnoreCase(b);
    }

    /** Keys under which {@link VariantGrouper} files a spelling: any two names this class accepts share one. */
    Set<String> blockingKeys(MentionKind kind, String spelling) {
        NameForms.Forms forms = NameForms.of(spelling);
        if (forms.folded().isEmpty()) {
            return Set.of();
        }
        if (kind == MentionKind.PERSON) {
            return NameForms.blockingKeys(forms.skeletons().get(surnameIndex(forms.folded())));
        }
        Set<String> keys = new LinkedHashSet<>(NameForms.blockingKeys(forms.skeletons().get(0)));
        keys.addAll(NameForms.blockingKeys(forms.joined()));
        return keys;
    }

    private boolean samePlace(NameForms.Forms a, NameForms.Forms b) {
        List<String> wa = a.skeletons();
        List<String> wb = b.skeletons();
        if (wa.size() != wb.size()) {
            return sameWord(a.joined(), b.joined());
        }
        for (int i = 0; i < wa.size(); i++) {
            if (!sameWord(wa.get(i), wb.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean samePerson(NameForms.Forms a, NameForms.Forms b) {
        int sa = surnameIndex(a.folded());
        int sb = surnameIndex(b.folded());
        if (!sameWord(a.skeletons().get(sa), b.skeletons().get(sb))) {
            return false;
        }
        if (sa == 0 || sb == 0) {
            return true;
        }
        String ga = a.skeletons().get(0);
        String gb = b.skeletons().get(0);
        if (ga.length() == 1 || gb.length() == 1) {
            return ga.charAt(0) == gb.charAt(0);
        }
        return sameWord(ga, gb);
    }

    private static int surnameIndex(List<String> words) {
        int last = words.size() - 1;
        while (last > 0 && SUFFIXES.contains(words.get(last))) {
            last--;
        }
        return last;
    }

    /** The rule for one word, on skeletons. */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int longest = Math.max(a.length(), b.length());
        if (longest <= 3 || genderPair(a, b) || genderPair(b, a) || addsFinalVowel(a, b) || addsFinalVowel(b, a)) {
            return false;
        }
        return phoneticallyClose(a, b, longest > 5)
                && LEVENSHTEIN.apply(a, b) <= maxEdits(longest)
                && JARO_WINKLER.apply(a, b) >= MIN_JARO_WINKLER;
    }

    /** Edits allowed between skeletons: one in short names, two up to eight letters, three beyond. */
    static int maxEdits(int length) {
        return length <= 5 ? 1 : length <= 8 ? 2 : 3;
    }

    private static boolean phoneticallyClose(String a, String b, boolean allowOneEdit) {
        for (String ca : NameForms.phoneticCodes(a)) {
            for (String cb : NameForms.phoneticCodes(b)) {
                if (ca.equals(cb) || allowOneEdit && Math.min(ca.length(), cb.length()) >= 3
                        && LEVENSHTEIN.apply(ca, cb) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code petrova}/{@code petrov}, {@code zelenska}/{@code zelenski}, {@code zelenskaia}/{@code zelenski}. */
    private static boolean genderPair(String feminine, String masculine) {
        if (!feminine.endsWith("a")) {
            return false;
        }
        String stem = feminine.endsWith("kaia") ? feminine.substring(0, feminine.length() - 3)
                : feminine.substring(0, feminine.length() - 1);
        return masculine.equals(stem) || stem.endsWith("k") && masculine.equals(stem + "i");
    }

    /** {@code pokrovske}/{@code pokrovsk}: a different town (or given name) rather than another spelling. */
    private static boolean addsFinalVowel(String longer, String shorter) {
        return longer.length() == shorter.length() + 1 && longer.startsWith(shorter)
                && "aeo".indexOf(longer.charAt(longer.length() - 1)) >= 0
                && "aeiou".indexOf(shorter.charAt(shorter.length() - 1)) < 0;
    }
}
