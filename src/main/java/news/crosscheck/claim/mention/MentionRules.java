package news.crosscheck.claim.mention;

import news.crosscheck.spelling.DistinctPlaces;
import news.crosscheck.spelling.NameFold;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The first pass of {@link MentionExtractor}: names that the sentence itself marks as a person or a place, by a
 * title, a role, a verb of saying, an apposition or relative clause ({@link PersonRoles}) or a place cue. A capitalised run without such a cue yields nothing
 * here; the second pass may still recognise it as a name learned elsewhere in the article.
 */
final class MentionRules {

    /** A name found in one sentence, with its character span. */
    record Found(MentionKind kind, String name, String role, int start, int end) {
    }

    /** The points of the compass, also the first words of the adjectives of a part of a place. */
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");
    /** Nouns of a settlement a place name may follow in apposition: "the state capital Bhubaneswar". */
    private static final Set<String> APPOSED_PLACE_NOUNS = Stream.concat(NameLexicon.LOCAL_UNITS.stream(),
            Stream.of("capital", "city", "town", "village", "port", "hamlet", "township", "suburb"))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * {@code in eastern Tarrow}, {@code across central Kharkiv}, {@code in southwest Houston}, {@code in north-east
     * Syria}: a part of a place after a preposition of place.
     */
    private static final Set<String> COMPASS_ADJECTIVES = Stream.concat(COMPASS.stream(),
            Stream.of("northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
                    "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "north-east",
                    "north-west", "south-east", "south-west", "central", "downtown", "north-central", "south-central",
                    "east-central", "west-central"))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * Nouns after a name that make it a settlement: "Zangebe village", "the Tarrow displacement camp"; and the town an
     * airport or a harbour is named by, in lower case ("at Ulytobe airport", "the Tarrow fishing harbour"; "Heathrow
     * Airport" is the airport's own name).
     */
    private static final Set<String> SETTLEMENTS = Set.of("village", "town", "camp", "hamlet", "settlement",
            "airport", "harbour", "harbor", "port",
            // landforms named by a word before them: "the Haulover sandbar", "the Tamsui estuary"
            "sandbar", "inlet", "lagoon", "estuary", "reservoir", "canyon", "gorge", "glacier");

    private final Set<String> lowerCaseWords;

    /** @param lowerCaseWords words the article also writes in lower case: common words, never names */
    MentionRules(Set<String> lowerCaseWords) {
        this.lowerCaseWords = lowerCaseWords;
    }

    /** Words the article writes in lower case somewhere. */
    Set<String> lowerCaseWords() {
        return lowerCaseWords;
    }

    /** @param tokens the sentence's {@link NameToken#tokenize tokens} */
    List<Found> find(String sentence, List<NameToken> tokens) {
        List<NameRun> runs = NameRun.find(tokens);
        List<Found> found = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            found.add(null);
        }
        MentionKind previous = null;
        int previousEnd = -1;
        for (int r = 0; r < runs.size(); r++) {
            Found mention = classify(sentence, tokens, runs.get(r), previous, previousEnd);
            if (mention != null) {
                found.set(r, mention);
                previous = mention.kind();
                previousEnd = runs.get(r).to();
            }
        }
        listedWithPeople(sentence, tokens, runs, found);
        return found.stream().filter(java.util.Objects::nonNull).toList();
    }

    /**
     * {@code Ann Lee, 31, Rob Moore and Tim Hale were killed}: full names listed next to a person are people too,
     * in either direction, as far as the list goes.
     */
    private void listedWithPeople(String sentence, List<NameToken> tokens, List<NameRun> runs, List<Found> found) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < runs.size(); r++) {
                if (found.get(r) != null) {
                    continue;
                }
                boolean byPerson = r > 0 && isPerson(found.get(r - 1)) && listed(tokens, runs.get(r - 1), runs.get(r))
                        || r + 1 < runs.size() && isPerson(found.get(r + 1)) && listed(tokens, runs.get(r), runs.get(r + 1));
                NameRun run = trimLeft(tokens, runs.get(r));
                if (byPerson && run != null && PersonCues.couldBeFullName(tokens, run) && allLookLikeNameWords(tokens, run)
                        && !run.anyWordIn(tokens, NameLexicon.ORGANISATION_WORDS)
                        && !hasTitle(tokens, run)) {
                    found.set(r, new Found(MentionKind.PERSON, run.text(sentence, tokens), "",
                            tokens.get(run.from()).start(), tokens.get(run.to() - 1).end()));
                    changed = true;
                }
            }
        }
    }

    /**
     * Whether a word of the run is a title ({@code Sheikh}, {@code Bishop}), but for the last of three name words or
     * more, which is a surname: {@code Ghulam Mustafa Sheikh}.
     */
    private static boolean hasTitle(List<NameToken> tokens, NameRun run) {
        int to = run.size() >= 3 ? run.to() - 1 : run.to();
        for (int i = run.from(); i < to; i++) {
            if (NameLexicon.TITLES.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPerson(Found found) {
        return found != null && found.kind() == MentionKind.PERSON && found.name().contains(" ");
    }

    /** Only separators of a list between the two runs, ages allowed: {@code , 31,}, {@code and}, {@code ; }. */
    private static boolean listed(List<NameToken> tokens, NameRun first, NameRun second) {
        boolean separator = false;
        for (int i = first.to(); i < second.from(); i++) {
            String word = tokens.get(i).lower();
            if (word.equals(",") || word.equals(";") || word.equals("and")) {
                separator = true;
            } else if (!Character.isDigit(word.charAt(0))) {
                return false;
            }
        }
        return separator && second.from() - first.to() <= 4;
    }

    private Found classify(String sentence, List<NameToken> tokens, NameRun raw, MentionKind previous, int previousEnd) {
        Found titled = titled(sentence, tokens, raw);
        if (titled != null) {
            return titled;
        }
        NameRun run = trimLeft(tokens, raw);
        if (run == null || run.anyWordIn(tokens, NameLexicon.ORGANISATION_WORDS) || hasTitle(tokens, run)) {
            return null;
        }
        String name = run.text(sentence, tokens);
        int start = tokens.get(run.from()).start();
        int end = tokens.get(run.to() - 1).end();
        String role = PersonRoles.of(sentence, tokens, run);
        if (role != null && !NameLexicon.isCountry(name) && allLookLikeNameWords(tokens, run)) {
            return new Found(MentionKind.PERSON, name, role, start, end);
        }
        if (NameLexicon.isCountry(name) || DistinctPlaces.isWide(NameFold.fold(name))
                || isPlaceByCue(tokens, run, previous, previousEnd)) {
            return new Found(MentionKind.PLACE, name, "", start, end);
        }
        if (PersonCues.marks(tokens, run) && allLookLikeNameWords(tokens, run) && !NameLexicon.isCountry(name)) {
            return new Found(MentionKind.PERSON, name, "", start, end);
        }
        if (run.size() >= 2 && !run.initial() && saidNextTo(tokens, run) && allLookLikeNameWords(tokens, run)
                && !PersonCues.endsInStreetWord(tokens, run)) {
            return new Found(MentionKind.PERSON, name, "", start, end);
        }
        if (run.size() >= 2 && run.initial() && followedBySaying(tokens, run) && allLookLikeNameWords(tokens, run)) {
            return new Found(MentionKind.PERSON, name, "", start, end);
        }
        return null;
    }

    /**
     * {@code Tulsa Police Officer Jane Doe}: the words up to the last title are the role, the rest the name. A role
     * noun that opens the sentence is capitalised only for that reason and acts as a title before a full name
     * ({@code Striker Tom Adeyemi, 28,}).
     */
    private Found titled(String sentence, List<NameToken> tokens, NameRun run) {
        int title = -1;
        for (int i = run.from(); i < run.to() - 1; i++) {
            if (NameLexicon.isTitle(tokens.get(i).lower())) {
                title = i;
            }
        }
        if (title < 0 && run.initial() && run.size() >= 3
                && NameLexicon.isRoleNoun(tokens.get(run.from()).lower())) {
            title = run.from();
        }
        if (title < 0) {
            return null;
        }
        NameRun name = new NameRun(title + 1, run.to(), false);
        // "the Deputy Prime Minister": an office after the title that opens the run is no name either
        // "Old Coach Road": a title inside the name of a street or a building, not before a surname ("President Park")
        boolean street = name.size() == 1 && title > run.from() && PersonCues.endsInStreetWord(tokens, run);
        if (name.size() > 4 || street || name.anyWordIn(tokens, NameLexicon.ORGANISATION_WORDS)
                || name.anyWordIn(tokens, NameLexicon.OFFICES) || PersonCues.hasCasualtyWord(tokens, name)
                || NameLexicon.isCountry(name.text(sentence, tokens)) || !allLookLikeNameWords(tokens, name)) {
            return null;
        }
        String role = sentence.substring(tokens.get(run.from()).start(), tokens.get(title).end());
        String before = PersonRoles.lowerCaseRole(sentence, tokens, run.from());
        return new Found(MentionKind.PERSON, name.text(sentence, tokens),
                before.isEmpty() ? role : before + " " + role,
                tokens.get(name.from()).start(), tokens.get(name.to() - 1).end());
    }

    /** Drops leading demonyms ({@code Russian troops}) and a sentence-initial common word ({@code Officials}). */
    private NameRun trimLeft(List<NameToken> tokens, NameRun run) {
        int from = run.from();
        while (from < run.to() && NameLexicon.isDemonym(tokens.get(from).text())) {
            from++;
        }
        if (run.initial() && from == run.from() && lowerCaseWords.contains(tokens.get(from).lower())) {
            from++;
        }
        return from < run.to() ? run.from(from) : null;
    }

    private static boolean isLetter(String token) {
        return token.length() == 1 && Character.isUpperCase(token.charAt(0));
    }

    private static boolean isPlaceByCue(List<NameToken> tokens, NameRun run, MentionKind previous, int previousEnd) {
        int before = run.from() - 1;
        int after = run.to();
        if (isLetter(tokens.get(after - 1).text()) || after < tokens.size() && isLetter(tokens.get(after).text())) {
            // "in Building C", "in Building A": a part of a site named by a letter, not a place name
            return false;
        }
        if (before >= 0 && NameLexicon.PLACE_PREPOSITIONS.contains(tokens.get(before).lower())) {
            return true;
        }
        if (before >= 1 && COMPASS_ADJECTIVES.contains(tokens.get(before).lower())
                && NameLexicon.PLACE_PREPOSITIONS.contains(tokens.get(before - 1).lower())) {
            // "in eastern Al-Fashir", "across central Kharkiv"
            return true;
        }
        if (is(tokens, before, "at") && placedByAPlace(tokens, after)) {
            // "collided on NH 66 at Karuvatta near Haripad", "at Oljato, in San Juan County"
            return true;
        }
        if (is(tokens, before, "of") && before >= 1 && (NameLexicon.PLACE_NOUNS.contains(tokens.get(before - 1).lower())
                || NameLexicon.DISTANCE_OF.contains(tokens.get(before - 1).lower()) || is(tokens, before - 1, ","))) {
            return true;
        }
        if (after < tokens.size() && NameLexicon.TRAILING_PLACE_NOUNS.contains(tokens.get(after).text())) {
            return true;
        }
        String first = tokens.get(run.from()).lower();
        if (before >= 1 && APPOSED_PLACE_NOUNS.contains(tokens.get(before).text())
                && (PersonRoles.ARTICLES.contains(tokens.get(before - 1).lower()) || before >= 2
                && PersonRoles.ARTICLES.contains(tokens.get(before - 2).lower()))
                && !NameLexicon.ROLE_NOUNS.contains(first) && !NameLexicon.ORGANISATION_WORDS.contains(first)) {
            // "the state capital Bhubaneswar", "the coastal town Puri"; not "the city Mayor Jane Doe"
            return true;
        }
        if (settlementAt(tokens, after) || after < tokens.size() && !tokens.get(after).isCapitalised()
                && tokens.get(after).isWord() && settlementAt(tokens, after + 1)) {
            // "Zangebe village", "the Tarrow displacement camp"
            return true;
        }
        if (is(tokens, after, ",") && after + 1 < tokens.size()
                && UsStates.isState(stateAt(tokens, after + 1))) {
            return true;
        }
        if (is(tokens, before, ",") && before >= 1 && previous == MentionKind.PLACE && previousEnd == before
                && UsStates.isState(stateAt(tokens, run.from()))) {
            return true;
        }
        boolean coordinated = is(tokens, before, "and") || is(tokens, before, "or") || is(tokens, before, ",");
        if (coordinated && previous == MentionKind.PLACE && previousEnd == before) {
            return true;
        }
        return is(tokens, after, ",") && after + 1 < tokens.size() && PersonRoles.ARTICLES.contains(tokens.get(after + 1).lower())
                && placeNounWithin(tokens, after + 2, 5);
    }

    /** Words that place a name by another: "at Karuvatta near Haripad", "at Karuvatta in Alleppey district". */
    private static final Set<String> PLACED_BY = Set.of("near", "in", "outside");

    /**
     * Whether the words from {@code i} place the name before them by a capitalised name, with or without a comma:
     * a name so placed is a place ("at Karuvatta near Haripad"), while "at" alone also stands before a venue, a firm
     * or a feast ("at Walmart", "at Christmas").
     */
    private static boolean placedByAPlace(List<NameToken> tokens, int i) {
        int word = is(tokens, i, ",") ? i + 1 : i;
        return word + 1 < tokens.size() && PLACED_BY.contains(tokens.get(word).lower())
                && tokens.get(word + 1).isCapitalised();
    }

    /** A noun for a settlement at {@code i} ({@code village}, {@code camp}), not the start of "town hall". */
    private static boolean settlementAt(List<NameToken> tokens, int i) {
        return i < tokens.size() && SETTLEMENTS.contains(tokens.get(i).text())
                && !(i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("hall"));
    }

    private static String stateAt(List<NameToken> tokens, int i) {
        String one = tokens.get(i).lower();
        return i + 1 < tokens.size() && UsStates.isState(one + " " + tokens.get(i + 1).lower())
                ? one + " " + tokens.get(i + 1).lower() : one;
    }

    private static boolean placeNounWithin(List<NameToken> tokens, int from, int count) {
        for (int i = from; i < Math.min(tokens.size(), from + count) && !is(tokens, i, ","); i++) {
            if (NameLexicon.PLACE_NOUNS.contains(tokens.get(i).text())) {
                return true;
            }
            if (PersonCues.isPersonNoun(tokens.get(i).text())) {
                // "Kavya Reddy, a schoolteacher from the coast": the apposition's noun is a person's
                return false;
            }
        }
        return false;
    }

    private static boolean saidNextTo(List<NameToken> tokens, NameRun run) {
        return followedBySaying(tokens, run) || run.from() >= 1
                && (NameLexicon.SAYING_VERBS.contains(tokens.get(run.from() - 1).lower())
                // "Deputies say Jane Doe was playing with a gun": what they say is of the person named
                || is(tokens, run.from() - 1, "say")
                || is(tokens, run.from() - 1, "to") && is(tokens, run.from() - 2, "according"));
    }

    private static boolean followedBySaying(List<NameToken> tokens, NameRun run) {
        return run.to() < tokens.size() && NameLexicon.isReportingAfterName(tokens.get(run.to()).lower());
    }

    private static boolean allLookLikeNameWords(List<NameToken> tokens, NameRun run) {
        for (int i = run.from(); i < run.to(); i++) {
            String word = tokens.get(i).text();
            // A country word may be a given name (Jordan Miles); only a country on its own is not a person.
            if (NameLexicon.isDemonym(word) || NameLexicon.PLACE_NOUNS.contains(word.toLowerCase(java.util.Locale.ROOT))
                    || run.size() == 1 && NameLexicon.isCountry(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean is(List<NameToken> tokens, int i, String text) {
        return i >= 0 && i < tokens.size() && tokens.get(i).lower().equals(text);
    }
}
