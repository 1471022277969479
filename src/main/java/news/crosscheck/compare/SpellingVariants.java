package news.crosscheck.compare;

import news.crosscheck.claim.mention.MentionKind;
import news.crosscheck.spelling.Closeness;
import news.crosscheck.spelling.DistinctPlaces;
import news.crosscheck.spelling.NameFold;
import news.crosscheck.spelling.PersonName;
import news.crosscheck.spelling.SpellingRule;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether two spellings name the same person or place, on the job's one spelling rule
 * ({@link SpellingRule}).
 *
 * <p>A place is the same place when the rule calls the whole names the same name, unless one of them is a country, a
 * continent or a US state ({@link DistinctPlaces}), which news spells one way ({@code Taiwan}/{@code Tainan}). A
 * person is compared surname to surname (the last word before a suffix such as {@code Jr.}, or the first before a
 * Korean or Taiwanese given name, {@link PersonName}), and the given names must be compatible: one missing,
 * an initial matching the other's first letter, one a short form opening the other ({@code Fred}/{@code Frederick}),
 * or the same name by the rule ({@code Tracy}/{@code Tracey}); a second given name both give must be compatible too
 * ({@code Abdul Karim}/{@code Abdul Rahman} are two people), and given names written as one word or two are the same
 * ({@code Abdelrahman}/{@code Abdul Rahman}); different suffixes ({@code Jr.}/{@code Sr.}) are
 * different people. A surname the rule finds only {@link Closeness#FAR} from the other ({@code Ramsey}/{@code Brumsey})
 * is the same person's only when both name the same given name.
 *
 * <p>Stateless and thread-safe.
 */
public final class SpellingVariants {

    /** Given names shorter than this are not taken as a short form of a longer one ({@code Al}/{@code Alan}). */
    private static final int SHORT_FORM = 3;
    /** The longest contraction of a given name ({@code Mohd}, {@code Chas}). */
    private static final int CONTRACTION = 4;
    private static final Pattern FINAL_VOWEL = Pattern.compile("(?:ie|y|e)$");

    private final SpellingRule rule = new SpellingRule();

    /** Compares two spellings of a name of the given kind. */
    public NameMatch compare(MentionKind kind, String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return NameMatch.IDENTICAL;
        }
        List<String> wa = NameFold.words(a);
        List<String> wb = NameFold.words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return NameMatch.DIFFERENT;
        }
        if (wa.equals(wb) || kind == MentionKind.PLACE && String.join("", wa).equals(String.join("", wb))) {
            return NameMatch.SAME_FOLDED;
        }
        if (kind == MentionKind.PLACE && (DistinctPlaces.isWide(NameFold.fold(a)) || DistinctPlaces.isWide(
                NameFold.fold(b)))) {
            // a country, a continent or a US state is spelled one way: "Taiwan" and "Tainan" are two places
            return NameMatch.DIFFERENT;
        }
        boolean same = kind == MentionKind.PERSON ? samePerson(PersonName.parse(a), PersonName.parse(b))
                : rule.sameName(a, b);
        return same ? NameMatch.VARIANT : NameMatch.DIFFERENT;
    }

    /** Whether two spellings of a name of the given kind name the same person or place. */
    public boolean isSameName(MentionKind kind, String a, String b) {
        return compare(kind, a, b).sameName();
    }

    /**
     * Whether two surnames (of full names, or alone) are the same name by themselves, without the evidence of given
     * names a {@link Closeness#FAR} pair would need; the shape a
     * {@code news.crosscheck.claim.mention.MentionExtractor} takes to link {@code Pasechnik} to
     * {@code Leonid Pesechnik}.
     */
    public boolean isSameSurname(String a, String b) {
        String sa = PersonName.parse(a).surname();
        String sb = PersonName.parse(b).surname();
        return !sa.isEmpty() && !sb.isEmpty() && rule.sameName(sa, sb);
    }

    /** Whether two given names can be one person's: equal, an initial, a short form, or the same name spelled otherwise. */
    public boolean compatibleGivenNames(String a, String b) {
        String fa = NameFold.fold(a).replace(" ", "");
        String fb = NameFold.fold(b).replace(" ", "");
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        if (PersonName.isInitial(a) || PersonName.isInitial(b)) {
            return fa.charAt(0) == fb.charAt(0);
        }
        return isShortForm(a, b) || rule.sameName(fa, fb);
    }

    /**
     * Whether one given name is a short form of the other ({@code Steve}/{@code Steven}, {@code Dan}/{@code Daniel},
     * {@code Fred}/{@code Frederick}): the shorter, less a final {@code e}, {@code y} or {@code ie}, opens the longer,
     * which goes on with two letters or more, a consonant among them ({@code Kendal}/{@code Kendall} is a spelling). Not
     * a spelling of it ({@code Tracy}/{@code Tracey} and {@code Betty}/{@code Bettie} are spellings).
     */
    public boolean isShortForm(String a, String b) {
        String fa = NameFold.fold(a).replace(" ", "");
        String fb = NameFold.fold(b).replace(" ", "");
        String shorter = fa.length() <= fb.length() ? fa : fb;
        String longer = shorter == fa ? fb : fa;
        String stem = FINAL_VOWEL.matcher(shorter).replaceAll("");
        if (stem.length() < SHORT_FORM || longer.length() <= shorter.length() || !longer.startsWith(stem)) {
            return false;
        }
        String rest = longer.substring(stem.length());
        return rest.length() >= 2 && rest.chars().anyMatch(c -> "aeiouyh".indexOf(c) < 0);
    }

    /**
     * Whether one given name is a contraction of the other, as some names are written: {@code Mohd} or {@code Md} for
     * {@code Muhammad}, {@code Wm} for {@code William}, {@code Chas} for {@code Charles}. The shorter has at most
     * {@value #CONTRACTION} letters and one vowel, two letters fewer at least, the longer's first and last letter, and
     * its consonants, in order, among the longer's ({@code Jon}/{@code John} is a spelling). A contraction is no
     * spelling of the name, but it says nothing of who bears it: {@code Md. Tofazzal Hossain} and {@code Mohammad
     * Jahangir Hossain} are two men, so people are still told apart by their other given names.
     */
    public boolean isContraction(String a, String b) {
        String fa = NameFold.fold(a).replace(" ", "");
        String fb = NameFold.fold(b).replace(" ", "");
        String shorter = fa.length() <= fb.length() ? fa : fb;
        String longer = shorter == fa ? fb : fa;
        if (shorter.length() < 2 || shorter.length() > CONTRACTION || longer.length() < shorter.length() + 2
                || shorter.charAt(0) != longer.charAt(0)
                || shorter.charAt(shorter.length() - 1) != longer.charAt(longer.length() - 1)
                || shorter.chars().filter(SpellingVariants::isVowel).count() > 1) {
            return false;
        }
        String consonants = longer.chars().filter(c -> !isVowel(c)).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int at = 0;
        for (char c : shorter.toCharArray()) {
            if (isVowel(c)) {
                continue;
            }
            at = consonants.indexOf(c, at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVowel(int c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    /** Whether the spellings are written differently, beyond case; {@code Lysychans'k}/{@code Lysychansk} are. */
    public boolean surfaceDiffers(String a, String b) {
        return !a.equalsIgnoreCase(b);
    }

    /** Keys under which {@link VariantGrouper} files a spelling: any two names this class accepts share one. */
    Set<String> blockingKeys(MentionKind kind, String spelling) {
        if (kind == MentionKind.PERSON) {
            String surname = PersonName.parse(spelling).surname();
            return surname.isEmpty() ? Set.of() : rule.blockingKeys(surname);
        }
        List<String> words = NameFold.words(spelling);
        if (words.isEmpty()) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>(rule.blockingKeys(words.get(0)));
        keys.addAll(rule.blockingKeys(String.join("", words)));
        return keys;
    }

    private boolean samePerson(PersonName a, PersonName b) {
        if (a.surname().isEmpty() || b.surname().isEmpty() || conflictingSuffixes(a, b)) {
            return false;
        }
        Closeness surnames = rule.closeness(a.surname(), b.surname());
        String ga = a.given().isEmpty() ? "" : a.given().get(0);
        String gb = b.given().isEmpty() ? "" : b.given().get(0);
        if (surnames == Closeness.FAR) {
            String fa = a.firstGivenName();
            String fb = b.firstGivenName();
            return !fa.isEmpty() && NameFold.fold(fa).equals(NameFold.fold(fb));
        }
        if (!surnames.sameName()) {
            return false;
        }
        return ga.isEmpty() || gb.isEmpty() || compatibleGiven(a.given(), b.given());
    }

    /**
     * Whether two people's given names can be one person's: the first compatible, and the second too when both give
     * one ("Abdul Karim" and "Abdul Rahman" are two men; "Sher Muhammad" and "Sher Mohammed" one); or the given names
     * written together the same name ("Abdelrahman", "Abdul Rahman").
     */
    private boolean compatibleGiven(List<String> a, List<String> b) {
        if (compatibleGivenNames(a.get(0), b.get(0))) {
            return a.size() < 2 || b.size() < 2 || compatibleGivenNames(a.get(1), b.get(1));
        }
        if (a.size() == 1 && b.size() == 1) {
            return false;
        }
        String joinedA = NameFold.fold(String.join("", a)).replace(" ", "");
        String joinedB = NameFold.fold(String.join("", b)).replace(" ", "");
        return rule.sameName(joinedA, joinedB);
    }

    private static boolean conflictingSuffixes(PersonName a, PersonName b) {
        String sa = NameFold.words(a.suffix()).toString();
        String sb = NameFold.words(b.suffix()).toString();
        return !a.suffix().isEmpty() && !b.suffix().isEmpty() && !sa.equals(sb);
    }
}
