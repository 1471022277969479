package news.crosscheck.compare;

import news.crosscheck.claim.ArticleClaims;
import news.crosscheck.claim.context.LeadPlaces;
import news.crosscheck.claim.mention.Mention;
import news.crosscheck.claim.mention.MentionKind;

import news.crosscheck.spelling.Closeness;
import news.crosscheck.spelling.Exonyms;
import news.crosscheck.spelling.NameFold;
import news.crosscheck.spelling.PersonName;
import news.crosscheck.spelling.SpellingRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds the people and places of one event whose name is spelled more than one way, across its articles or within
 * one. People are matched by full name (a surname alone counts as the full name the article gave it) and grouped by
 * {@link VariantGrouper}, so two different people (other given names, other stated ages) are never variants of each
 * other; the spelling compared is the surname as written, and, as a finding of its own, the first given name
 * ({@code Tracy}/{@code Tracey}), or else all given names ({@code Abdelrahman}/{@code Abdul Rahman},
 * {@code Sher Muhammad}/{@code Sher Mohammed}). Places are compared whole; two that two articles each name both
 * of are two places ({@code Isfana} and {@code Isfara}). Differences of letter case, abbreviation periods or an
 * abbreviation written out ({@code St.}/{@code Saint}) alone are not reported.
 */
public final class NameVariantFinder {

    /** What ends the noun that heads a role: {@code of}, {@code at}, a relative clause, a comma. */
    private static final Pattern ROLE_LINK = Pattern.compile(" (?:of|at|for|in|to|with|from|who|whose|which|that)\\b|,");

    /** The fewest articles naming both of two similar places that make them two places, not two spellings of one. */
    private static final int MIN_ARTICLES_NAMING_BOTH = 2;
    private static final String VOWELS = "aeiou";

    private final SpellingVariants variants;
    private final VariantGrouper grouper;
    private final HouseStyle houseStyle;
    private final SpellingRule spelling = new SpellingRule();

    public NameVariantFinder(SpellingVariants variants, HouseStyle houseStyle) {
        this.variants = variants;
        this.grouper = new VariantGrouper(variants);
        this.houseStyle = houseStyle;
    }

    public List<Discrepancy> find(String eventId, List<ArticleClaims> event) {
        List<Discrepancy> found = new ArrayList<>();
        for (MentionKind kind : MentionKind.values()) {
            found.addAll(find(eventId, event, kind));
        }
        return found;
    }

    private List<Discrepancy> find(String eventId, List<ArticleClaims> event, MentionKind kind) {
        Map<String, List<Use>> usesByName = new TreeMap<>();
        Map<String, Set<Integer>> agesByName = new TreeMap<>();
        Map<String, Set<String>> articlesByName = new TreeMap<>();
        Map<String, Set<String>> sentencesByName = new TreeMap<>();
        for (ArticleClaims article : event) {
            for (Mention mention : article.mentions()) {
                if (mention.kind() == kind) {
                    articlesByName.computeIfAbsent(mention.fullName(), n -> new TreeSet<>()).add(article.articleId());
                    sentencesByName.computeIfAbsent(mention.fullName(), n -> new TreeSet<>())
                            .add(article.articleId() + "#" + mention.sentence().index());
                    usesByName.computeIfAbsent(mention.fullName(), n -> new ArrayList<>())
                            .add(new Use(article, mention, spelling(kind, mention)));
                    mention.statedAge().ifPresent(age -> agesByName
                            .computeIfAbsent(mention.fullName(), n -> new TreeSet<>()).add(age));
                }
            }
        }
        BiPredicate<String, String> otherAges = (a, b) -> agesByName.containsKey(a) && agesByName.containsKey(b)
                && Collections.disjoint(agesByName.get(a), agesByName.get(b));
        // "Isfana ... Isfara, a separate place despite the similar name": a slip of the pen is not repeated beside the
        // right spelling in two articles, nor written beside it in one sentence ("floods in Ciresu and Ciresa"), two
        // places are; nor does one article put one consonant for another in its own town ("Kempen" and "Kerpen"),
        // nor one vowel for another ("Shepley" and "Shipley", "Ciresu" and "Ciresa"), where a letter left out is a
        // slip of the keys ("Clovedale" beside "Cloverdale") and a transliteration keeps the spelling key and changes
        // more than one vowel ("Ferozepur" beside "Firozpur")
        BiPredicate<String, String> namedTogether = (a, b) -> {
            long both = articlesByName.get(a).stream().filter(articlesByName.get(b)::contains)
                    .limit(MIN_ARTICLES_NAMING_BOTH).count();
            return both >= MIN_ARTICLES_NAMING_BOTH
                    || both == 1 && (oneLetterForAnother(a, b) || oneVowelForAnother(a, b))
                    || !Collections.disjoint(sentencesByName.get(a), sentencesByName.get(b));
        };
        List<Discrepancy> found = new ArrayList<>();
        List<List<String>> people = kind == MentionKind.PERSON ? grouper.people(usesByName.keySet(), otherAges)
                : List.of();
        for (List<String> names : grouper.group(kind, usesByName.keySet(),
                kind == MentionKind.PLACE ? namedTogether : otherAges)) {
            List<Use> uses = whoseSurnameVaries(names, people, usesByName);
            variantsOf(uses).map(bySpelling -> discrepancy(eventId, kind, uses, bySpelling, false))
                    .ifPresent(found::add);
        }
        if (kind == MentionKind.PERSON) {
            for (List<String> names : people) {
                List<Use> person = names.stream().flatMap(n -> usesByName.get(n).stream()).toList();
                List<Use> first = person.stream().map(Use::givenName).flatMap(Optional::stream).toList();
                givenNameVariants(first).map(bySpelling -> discrepancy(eventId, kind, first, bySpelling, false))
                        .or(() -> {
                            List<Use> written = person.stream().map(Use::givenNames).flatMap(Optional::stream)
                                    .toList();
                            return writtenAlike(written).flatMap(this::givenNameVariants)
                                    .map(bySpelling -> discrepancy(eventId, kind, written, bySpelling, false));
                        })
                        .ifPresent(found::add);
            }
            found.addAll(otherGivenNames(eventId, people, usesByName, agesByName, articlesByName));
        }
        return found;
    }

    /** Two spellings as long as each other whose spelling keys differ: a consonant put for another. */
    private boolean oneLetterForAnother(String a, String b) {
        return NameFold.fold(a).length() == NameFold.fold(b).length() && !spelling.key(a).equals(spelling.key(b));
    }

    /** {@code shepley}/{@code shipley}, {@code kadf hamid}/{@code kadf hamud}: folded, one vowel put for another. */
    private static boolean oneVowelForAnother(String a, String b) {
        String fa = NameFold.fold(a);
        String fb = NameFold.fold(b);
        if (fa.length() != fb.length()) {
            return false;
        }
        int differ = -1;
        for (int i = 0; i < fa.length(); i++) {
            if (fa.charAt(i) != fb.charAt(i)) {
                if (differ >= 0) {
                    return false;
                }
                differ = i;
            }
        }
        return differ >= 0 && VOWELS.indexOf(fa.charAt(differ)) >= 0 && VOWELS.indexOf(fb.charAt(differ)) >= 0;
    }

    /**
     * One person given two first names: two people of the event with one surname (or spellings of it) and given
     * names that are no spelling or short form of each other, whom no article names both of, with the same stated
     * age and the same role ({@code Rui Valadares, 61, the former chief executive} in one article, {@code Nuno
     * Valadares, 61, the bank's former chief executive} in another). Relatives share a surname but seldom an age and
     * a role, and an article that tells of two of them names both.
     */
    private List<Discrepancy> otherGivenNames(String eventId, List<List<String>> people,
                                              Map<String, List<Use>> usesByName, Map<String, Set<Integer>> agesByName,
                                              Map<String, Set<String>> articlesByName) {
        List<Discrepancy> found = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                List<String> a = fullNames(people.get(i));
                List<String> b = fullNames(people.get(j));
                if (a.isEmpty() || b.isEmpty() || !variants.isSameSurname(a.get(0), b.get(0))) {
                    continue;
                }
                Set<Integer> ages = union(people.get(i), agesByName);
                boolean sameAge = !ages.isEmpty() && ages.equals(union(people.get(j), agesByName));
                boolean apart = Collections.disjoint(union(people.get(i), articlesByName),
                        union(people.get(j), articlesByName));
                if (!sameAge || !apart || Collections.disjoint(roleHeads(a, usesByName), roleHeads(b, usesByName))
                        || a.stream().anyMatch(x -> b.stream().anyMatch(y -> givenNamesMeet(x, y)
                                || contracted(x, y)))) {
                    continue;
                }
                Map<String, List<Use>> byName = new TreeMap<>();
                Stream.concat(a.stream(), b.stream()).forEach(name -> byName.put(name, usesByName.get(name).stream()
                        .filter(u -> u.mention().name().equals(name)).map(u -> new Use(u.article(), u.mention(), name))
                        .toList()));
                if (byName.values().stream().anyMatch(List::isEmpty)) {
                    continue;
                }
                List<Use> uses = byName.values().stream().flatMap(List::stream).toList();
                found.add(discrepancy(eventId, MentionKind.PERSON, uses, byName, true));
            }
        }
        return found;
    }

    /** Whether two full names' first given names are one name and its contraction ({@code Mohd}/{@code Muhammad}). */
    private boolean contracted(String a, String b) {
        return variants.isContraction(PersonName.parse(a).firstGivenName(), PersonName.parse(b).firstGivenName());
    }

    /** A person's names that give a given name ({@code Rui Valadares}, not {@code Valadares}). */
    private static List<String> fullNames(List<String> person) {
        return person.stream().filter(n -> PersonName.parse(n).hasGivenName()).toList();
    }

    private static <T> Set<T> union(List<String> person, Map<String, Set<T>> byName) {
        Set<T> all = new TreeSet<>();
        person.forEach(n -> all.addAll(byName.getOrDefault(n, Set.of())));
        return all;
    }

    /**
     * Whether two full names share a given name, or have given names one person could bear ({@code Jim}/{@code James})
     * or a transliteration might have parted ({@link Closeness#FAR}): those are spellings, not another name.
     */
    private boolean givenNamesMeet(String a, String b) {
        List<String> ga = PersonName.parse(a).given();
        List<String> gb = PersonName.parse(b).given();
        return ga.stream().anyMatch(x -> gb.stream().anyMatch(y -> variants.compatibleGivenNames(x, y)
                || spelling.closeness(x, y) != Closeness.DIFFERENT));
    }

    /**
     * The nouns that head what the article says a person is: {@code executive} of {@code the bank's former chief
     * executive} and of {@code former chief executive of collapsed lender Banco Mondego}; courtesy titles
     * ({@code Mr}, {@code Ms}) say nothing.
     */
    private static Set<String> roleHeads(List<String> names, Map<String, List<Use>> usesByName) {
        Set<String> heads = new TreeSet<>();
        for (String name : names) {
            for (Use use : usesByName.get(name)) {
                String role = ROLE_LINK.split(use.mention().role().toLowerCase(Locale.ROOT), 2)[0].strip();
                String head = role.substring(role.lastIndexOf(' ') + 1).replaceAll("[^\\p{L}]", "");
                if (head.length() > 3 && !head.equals("miss")) {
                    heads.add(head);
                }
            }
        }
        return heads;
    }

    /**
     * The uses of a group's names; of a family's, those of the people named in full whose own surname is spelled two
     * ways when there are some ({@code Shahidul Hussain}/{@code Shahidul Hossain}, not their colleague
     * {@code Belal Hossain}), so the statements show the person the spellings disagree on.
     */
    private static List<Use> whoseSurnameVaries(List<String> names, List<List<String>> people,
                                                Map<String, List<Use>> usesByName) {
        List<Use> all = names.stream().flatMap(n -> usesByName.get(n).stream()).toList();
        List<Use> varying = people.stream().filter(names::containsAll)
                .filter(person -> person.stream().anyMatch(n -> PersonName.parse(n).hasGivenName()))
                .map(person -> person.stream().flatMap(n -> usesByName.get(n).stream()).toList())
                .filter(uses -> uses.stream().map(use -> surface(use.spelling())).distinct().count() > 1)
                .flatMap(List::stream).toList();
        return varying.isEmpty() ? all : varying;
    }

    /**
     * The uses of one name by spelling, when it is spelled more than one way (or off the house style). Spellings
     * that differ only in letter case, abbreviation periods or an abbreviation written out ({@code St Johns},
     * {@code St. Johns}, {@code Saint Johns}) are one spelling, written as its first use.
     */
    private Optional<Map<String, List<Use>>> variantsOf(List<Use> uses) {
        Map<String, String> spellingBySurface = new TreeMap<>();
        Map<String, List<Use>> bySpelling = new TreeMap<>();
        for (Use use : uses) {
            String spelling = spellingBySurface.computeIfAbsent(surface(use.spelling()), k -> use.spelling());
            bySpelling.computeIfAbsent(spelling, s -> new ArrayList<>()).add(use);
        }
        Optional<String> house = bySpelling.keySet().stream().map(houseStyle::preferred).flatMap(Optional::stream)
                .findFirst();
        boolean offHouseStyle = house.isPresent() && !spellingBySurface.containsKey(surface(house.get()));
        return bySpelling.size() > 1 || offHouseStyle ? Optional.of(bySpelling) : Optional.empty();
    }

    /**
     * Given names of one person spelled as variants of each other ({@code Tracy}/{@code Tracey}); initials and short
     * forms ({@code T.}, {@code Fred}/{@code Frederick}) are left out, and so is a person whose given names are not
     * all one name.
     */
    private Optional<Map<String, List<Use>>> givenNameVariants(List<Use> given) {
        Optional<Map<String, List<Use>>> bySpelling = variantsOf(given);
        if (bySpelling.isEmpty() || bySpelling.get().size() < 2) {
            return Optional.empty();
        }
        List<String> spellings = List.copyOf(bySpelling.get().keySet());
        for (int i = 0; i < spellings.size(); i++) {
            for (int j = i + 1; j < spellings.size(); j++) {
                if (!spelling.sameName(spellings.get(i), spellings.get(j))
                        || variants.isShortForm(spellings.get(i), spellings.get(j))
                        || variants.isContraction(spellings.get(i), spellings.get(j))
                        || nicknamed(given, spellings.get(i), spellings.get(j))) {
                    return Optional.empty();
                }
            }
        }
        return bySpelling;
    }

    /**
     * Whether a use's sentence gives one given name as the other's nickname, in quotes ({@code Josue 'Joshua'
     * Guzman}): the article says he goes by both, and an outlet that writes the other is not misspelling him.
     */
    private static boolean nicknamed(List<Use> uses, String a, String b) {
        String open = "\\s+[\"'\u201c\u2018]";
        String close = "[\"'\u201d\u2019]";
        Pattern either = Pattern.compile(Pattern.quote(a) + open + Pattern.quote(b) + close + "|" + Pattern.quote(b)
                + open + Pattern.quote(a) + close);
        return uses.stream().anyMatch(use -> either.matcher(use.mention().sentence().text()).find());
    }

    /**
     * The given names as written, to compare when the first given names alone tell nothing: one use writes them as
     * one word and another as two ({@code Abdelrahman}/{@code Abdul Rahman}), or every use gives the same number of
     * two or more ({@code Sher Muhammad}/{@code Sher Mohammed}).
     */
    private static Optional<List<Use>> writtenAlike(List<Use> written) {
        Set<Integer> words = written.stream().map(u -> u.spelling().split(" ").length).collect(Collectors.toSet());
        boolean joinedOrSplit = words.contains(1) && words.size() > 1;
        boolean sameCount = words.size() == 1 && !words.contains(1);
        return joinedOrSplit || sameCount ? Optional.of(written) : Optional.empty();
    }

    /**
     * A spelling's form for telling spellings apart: lower case, periods dropped, abbreviations one way, in hyphenated
     * names too ({@code Ste-Odile}/{@code Sainte-Odile}), a hyphen read as a space ({@code St. Pierre-Jolys}/
     * {@code Saint-Pierre-Jolys}), a word of a region beside a name left out ({@code Co Fermanagh}/
     * {@code Fermanagh}), and the s and t with a cedilla as the same letters with a comma below, which a reader cannot
     * tell from them ({@code Ţăranu}/{@code Țăranu}: two keyboards, one spelling); a town's name in another language
     * as its English name ({@code Anvers}/{@code Antwerp}: a choice of language, not of spelling).
     */
    private static String surface(String spelling) {
        Optional<String> english = Exonyms.englishOf(spelling);
        if (english.isPresent()) {
            return english.get();
        }
        List<String> words = new ArrayList<>();
        String lower = spelling.toLowerCase(Locale.ROOT).replace('\u015f', '\u0219').replace('\u0163', '\u021b');
        for (String word : lower.replace(".", " ").strip().split("[\\s-]+")) {
            String canonical = NameFold.canonical(NameFold.fold(word));
            words.add(canonical.equals(NameFold.fold(word)) ? word : canonical);
        }
        if (words.size() > 1) {
            // "Co Fermanagh" and "Fermanagh" name one county the same way
            words.removeIf(LeadPlaces::isRegionWord);
        }
        return String.join(" ", words);
    }

    /** @param otherGivenNames whether the spellings are one person's full names with other given names: an error */
    private Discrepancy discrepancy(String eventId, MentionKind kind, List<Use> uses,
                                    Map<String, List<Use>> bySpelling, boolean otherGivenNames) {
        Optional<String> house = bySpelling.keySet().stream().map(houseStyle::preferred).flatMap(Optional::stream)
                .findFirst();
        Map<String, Long> fullNames = uses.stream().collect(Collectors.groupingBy(u -> u.mention().fullName(),
                TreeMap::new, Collectors.counting()));
        String subject = fullNames.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        String role = uses.stream().map(u -> u.mention().role()).filter(r -> !r.isEmpty()).sorted().findFirst()
                .orElse("");

        // each statement and each outlet's count give the spelling as the article writes it; the suggestion weighs
        // the spellings as compared (one for "Durazzo" and "Durrës" when neither is an error)
        List<Discrepancy.Statement> rows = new ArrayList<>();
        Map<String, Map<String, Integer>> countsByOutlet = new TreeMap<>();
        Map<String, Map<String, Integer>> written = new TreeMap<>();
        for (Map.Entry<String, List<Use>> spelling : bySpelling.entrySet()) {
            Map<String, Use> firstPerArticle = new TreeMap<>();
            for (Use use : spelling.getValue()) {
                firstPerArticle.putIfAbsent(use.article().articleId(), use);
                countsByOutlet.computeIfAbsent(use.article().outlet(), o -> new LinkedHashMap<>())
                        .merge(spelling.getKey(), 1, Integer::sum);
                written.computeIfAbsent(use.article().outlet(), o -> new LinkedHashMap<>())
                        .merge(use.spelling(), 1, Integer::sum);
            }
            for (Use use : firstPerArticle.values()) {
                rows.add(new Discrepancy.Statement(use.spelling(), use.article().outlet(),
                        use.article().articleId(), use.mention().sentence().index(),
                        use.mention().sentence().text(), 1.0, use.article().claimId(use.mention()), ""));
            }
        }
        rows.sort(Comparator.comparing(Discrepancy.Statement::articleId)
                .thenComparingInt(Discrepancy.Statement::sentence).thenComparing(Discrepancy.Statement::value));
        String who = kind == MentionKind.PERSON ? subject + (role.isEmpty() ? "" : " (" + role + ")") : subject;
        String usage = written.entrySet().stream()
                .map(outlet -> outlet.getKey() + " writes " + outlet.getValue().entrySet().stream()
                        .map(e -> "'" + e.getKey() + "' " + times(e.getValue())).collect(Collectors.joining(" and ")))
                .collect(Collectors.joining("; "));
        DiscrepancyKind discrepancyKind = kind == MentionKind.PERSON
                ? DiscrepancyKind.NAME_SPELLING : DiscrepancyKind.PLACE_SPELLING;
        if (otherGivenNames) {
            String surname = PersonName.parse(subject).surname();
            return Discrepancy.of(eventId, discrepancyKind, Severity.CONFLICT, subject, "Given names of " + surname
                    + (role.isEmpty() ? "" : " (" + role + ")") + " differ: " + usage + "; one surname, age and role,"
                    + " and no article names both.", "check the given name with the source", rows);
        }
        String explanation = bySpelling.size() > 1
                ? "Spellings of " + who + " differ: " + usage + "."
                : "House style spells " + who + " '" + house.orElseThrow() + "': " + usage + ".";
        return Discrepancy.of(eventId, discrepancyKind, Severity.VARIANT, subject, explanation,
                suggestion(countsByOutlet, house), rows);
    }

    /**
     * The house spelling if the list has one, else the spelling most outlets use (in a single outlet's copy, the one it
     * uses most). When two spellings have as many outlets each (2 of 4 and 2 of 4), nothing decides between them: the
     * desk is asked to settle it in the house list.
     */
    private static String suggestion(Map<String, Map<String, Integer>> countsByOutlet, Optional<String> house) {
        Map<String, Integer> outletsBySpelling = new TreeMap<>();
        Map<String, Integer> usesBySpelling = new TreeMap<>();
        countsByOutlet.values().forEach(counts -> counts.forEach((spelling, n) -> {
            outletsBySpelling.merge(spelling, 1, Integer::sum);
            usesBySpelling.merge(spelling, n, Integer::sum);
        }));
        int outlets = countsByOutlet.size();
        Comparator<String> support = Comparator.comparing((String s) -> outletsBySpelling.get(s))
                .thenComparing(s -> outlets == 1 ? usesBySpelling.get(s) : 0);
        List<String> ranked = outletsBySpelling.keySet().stream().sorted(support.reversed()
                .thenComparing(Comparator.naturalOrder())).toList();
        if (house.isEmpty() && ranked.size() > 1 && support.compare(ranked.get(0), ranked.get(1)) == 0) {
            return "no majority (" + ranked.stream().filter(s -> support.compare(s, ranked.get(0)) == 0)
                    .map(s -> "'" + s + "' " + outletsBySpelling.get(s) + " of " + outlets)
                    .collect(Collectors.joining(", ")) + " outlets): add the spelling to the house list";
        }
        String use = house.orElse(ranked.get(0));
        int agreeing = outletsBySpelling.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(use))
                .mapToInt(Map.Entry::getValue).sum();
        return "use '" + use + "' (" + agreeing + " of " + outlets + " outlet" + (outlets == 1 ? "" : "s")
                + (house.isPresent() ? "; house list" : "") + ")";
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    /**
     * The part of a name whose spelling is compared: a person's surname as written (before a suffix such as
     * {@code Jr.}), a place's whole name.
     */
    private static String spelling(MentionKind kind, Mention mention) {
        if (kind == MentionKind.PLACE) {
            return mention.name();
        }
        String surname = PersonName.parse(mention.name()).surname();
        return surname.isEmpty() ? mention.name() : surname;
    }

    private record Use(ArticleClaims article, Mention mention, String spelling) {

        /** This use with its first given name as the spelling, if the mention gives one that is not an initial. */
        Optional<Use> givenName() {
            PersonName name = PersonName.parse(mention.name());
            String given = name.given().isEmpty() ? "" : name.given().get(0);
            return given.isEmpty() || PersonName.isInitial(given) ? Optional.empty()
                    : Optional.of(new Use(article, mention, given));
        }

        /** This use with its given names as written as the spelling (initials left out), if the mention gives one. */
        Optional<Use> givenNames() {
            String given = PersonName.parse(mention.name()).given().stream().filter(g -> !PersonName.isInitial(g))
                    .collect(Collectors.joining(" "));
            return given.isEmpty() ? Optional.empty() : Optional.of(new Use(article, mention, given));
        }
    }
}
