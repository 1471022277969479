package news.crosscheck.claim.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a sentence says a capitalised run is, when it says it is a person: a lower-case role before it
 * ({@code police spokeswoman Jane Doe}), an apposition on either side ({@code the head of the region, Jane Doe};
 * {@code Jane Doe, a spokeswoman for the county,}; {@code Jane Doe, director of the mine,}), an age
 * ({@code Jane Doe, 34,}) or a relative clause ({@code Jane Doe, who heads the council,}). A noun of something
 * ({@code coxswain of the lifeboat}) is a role without being a known role noun when the apposition closes before a
 * verb of saying. Used by
 * {@link MentionRules}, which still checks that the run's words can be a name.
 */
final class PersonRoles {

    static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** {@code his girlfriend, Jane Doe}: a possessive opens an apposition as an article does. */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their");
    /** Words after a role noun that make a bare apposition a role: {@code director of}, {@code spokeswoman for}. */
    private static final Set<String> ROLE_LINKS = Set.of("of", "for", "at", "in", "to");
    /** Copulas left out of a relative clause's role: {@code who was the museum's curator} gives the curator. */
    private static final Set<String> COPULAS = Set.of("is", "was", "became");
    private static final Pattern AGE = Pattern.compile("\\d{1,3}");
    /** Words after a side's score in brackets: {@code Real Sociedad (2) drew with}. */
    private static final Set<String> SCORE_WORDS = Set.of("beat", "beats", "drew", "draw", "lost", "won", "v", "v.",
            "vs", "vs.", "-", "–");
    /** Tokens of an apposition before a name, its article included, whose last word is read as its head noun. */
    private static final int HEAD_REACH = 7;

    private PersonRoles() {
    }

    /**
     * The role the text gives the run: possibly empty (an age says "person" without a role), or {@code null} when
     * nothing says it is a person.
     */
    static String of(String sentence, List<NameToken> tokens, NameRun run) {
        String before = lowerCaseRole(sentence, tokens, run.from());
        if (!before.isEmpty()) {
            return before;
        }
        NameToken rank = run.from() > 0 ? tokens.get(run.from() - 1) : null;
        if (rank != null && NameLexicon.TITLES.contains(rank.lower())
                && rank.text().equals(rank.text().toUpperCase(Locale.ROOT))) {
            // "police spokeswoman SP Jane Doe": a rank in capitals, which a run of name words leaves out
            String role = lowerCaseRole(sentence, tokens, run.from() - 1);
            return role.isEmpty() ? rank.text() : role + " " + rank.text();
        }
        int after = run.to();
        boolean closed = after >= tokens.size() || is(tokens, after, ",") || is(tokens, after, ".")
                || NameLexicon.isReportingAfterName(tokens.get(after).lower());
        if (is(tokens, run.from() - 1, ",") && closed) {
            String apposition = appositionBefore(sentence, tokens, run.from() - 1, saidAfter(tokens, after));
            if (apposition != null) {
                return apposition;
            }
        }
        if ((run.size() >= 2 || is(tokens, after + 3, ",")) && !is(tokens, run.from() - 1, "the")
                && is(tokens, after, "(") && after + 2 < tokens.size()
                && AGE.matcher(tokens.get(after + 1).text()).matches() && is(tokens, after + 2, ")")
                && !scoreWord(tokens, run.from() - 1) && !scoreWord(tokens, after + 3)) {
            // Jane Doe (34): the age in brackets of British, Irish and Asian house styles, for a full name, or for
            // one name (Indian and Indonesian house styles) when an apposition goes on after it ("Prakasan (52), a
            // rubber tapper,"); not a side's score ("Real Sociedad (2) drew with ...", "beat Real Sociedad (1)")
            return "";
        }
        if (!is(tokens, after, ",") || after + 1 >= tokens.size()) {
            return null;
        }
        NameToken next = tokens.get(after + 1);
        // Jane Doe, 34, / Jane Doe, 34; / Jane Doe, 34. / Jane Doe, 34, of Dayton: an age.
        if (AGE.matcher(next.text()).matches() && (after + 2 == tokens.size() || is(tokens, after + 2, ",")
                || is(tokens, after + 2, ";") || is(tokens, after + 2, ".") || is(tokens, after + 2, "of"))) {
            return "";
        }
        // "In Kherson, the regional governor, Jane Doe, said": a name after a place preposition is where the
        // sentence is, not who the role after it is (an age after it still says a person: "into Jane Doe, 15,")
        if (after + 2 >= tokens.size()
                || run.from() > 0 && NameLexicon.PLACE_PREPOSITIONS.contains(tokens.get(run.from() - 1).lower())) {
            return null;
        }
        if (ARTICLES.contains(next.lower())) {
            return appositionAfter(sentence, tokens, after + 2);
        }
        int noun = roleNounBeforeLink(tokens, after + 1);
        if (noun >= 0) {
            boolean roleNoun = NameLexicon.ROLE_NOUNS.contains(tokens.get(noun).text());
            String role = closedApposition(sentence, tokens, after + 1, roleNoun);
            if (role != null && (roleNoun || saidAfter(tokens, endOfClause(tokens, after + 1)))) {
                return role;
            }
        }
        // A relative clause needs a full name: a lone capitalised word before "who" may still be a team or a town.
        if (run.size() >= 2 && next.lower().equals("who")
                && NameLexicon.RELATIVE_CLAUSE_VERBS.contains(tokens.get(after + 2).lower())) {
            return relativeClause(sentence, tokens, after + 2);
        }
        return null;
    }

    /** {@code police spokeswoman Jane Doe}: a lower-case role noun right before the name and its modifiers. */
    static String lowerCaseRole(String sentence, List<NameToken> tokens, int nameStart) {
        int noun = nameStart - 1;
        if (noun < 0 || !NameLexicon.isRoleNoun(tokens.get(noun).text())) {
            return "";
        }
        int first = noun;
        while (first - 1 >= 0 && noun - first < 2 && tokens.get(first - 1).isWord()
                && Character.isLowerCase(tokens.get(first - 1).text().charAt(0))
                && !NameLexicon.STOP_WORDS.contains(tokens.get(first - 1).lower())) {
            first--;
        }
        return sentence.substring(tokens.get(first).start(), tokens.get(noun).end());
    }

    /**
     * {@code the head of the self-proclaimed Luhansk People's Republic, Leonid Pesechnik}; when the name then speaks
     * ({@code the coxswain of the lifeboat, Jane Doe, said}), any noun with {@code of} or {@code for} after it is the
     * role.
     */
    private static String appositionBefore(String sentence, List<NameToken> tokens, int comma, boolean speaks) {
        int start = comma - 1;
        // back to a comma, a quote, or the verb of saying the apposition is the object of ("Police said the owner")
        while (start >= 0 && !is(tokens, start, ",") && !tokens.get(start).text().equals("\"")
                && !NameLexicon.SAYING_VERBS.contains(tokens.get(start).lower()) && !is(tokens, start, "that")) {
            start--;
        }
        start++;
        // the noun phrase runs from an article or a possessive to the comma: "by the leader of the criminal group Los
        // Tejones, Jane Doe,"; a person's noun near its article, or anywhere in a short one: "the government's
        // departmental delegate, Jane Doe,", "the weather bureau's forecaster on duty, Jane Doe,"
        for (int article = start; article + 1 < comma; article++) {
            if (!ARTICLES.contains(tokens.get(article).lower()) && !POSSESSIVES.contains(tokens.get(article).lower())) {
                continue;
            }
            int reach = comma - article <= HEAD_REACH ? comma : Math.min(comma, article + 4);
            for (int i = article + 1; i < reach; i++) {
                // written in lower case: "the General Hospital, Maru," names a place
                if (NameLexicon.ROLE_NOUNS.contains(tokens.get(i).text())) {
                    return sentence.substring(tokens.get(article + 1).start(), tokens.get(comma - 1).end());
                }
            }
        }
        boolean opened = start + 1 < comma && (ARTICLES.contains(tokens.get(start).lower())
                || POSSESSIVES.contains(tokens.get(start).lower()));
        boolean nounOf = opened && start + 2 < comma && isLowerCaseWord(tokens.get(start + 1))
                && ROLE_LINKS.contains(tokens.get(start + 2).lower());
        return speaks && nounOf ? sentence.substring(tokens.get(start + 1).start(), tokens.get(comma - 1).end()) : null;
    }

    /** Whether a comma at {@code at} closes an apposition after which the person speaks: {@code , said}. */
    private static boolean saidAfter(List<NameToken> tokens, int at) {
        return is(tokens, at, ",") && at + 1 < tokens.size()
                && NameLexicon.SAYING_VERBS.contains(tokens.get(at + 1).lower());
    }

    private static boolean isLowerCaseWord(NameToken token) {
        return token.isWord() && Character.isLowerCase(token.text().charAt(0))
                && !NameLexicon.STOP_WORDS.contains(token.lower());
    }

    /**
     * The noun before the {@code of}/{@code for} of an apposition without an article, after at most two lower-case
     * modifiers ({@code director of}, {@code executive director of}, {@code permanent secretary of}), or -1.
     */
    private static int roleNounBeforeLink(List<NameToken> tokens, int from) {
        for (int i = from; i < from + 3 && i + 1 < tokens.size(); i++) {
            NameToken word = tokens.get(i);
            if (!NameLexicon.ROLE_NOUNS.contains(word.text()) && !isLowerCaseWord(word)) {
                return -1;
            }
            if (ROLE_LINKS.contains(tokens.get(i + 1).lower())) {
                return i == from || NameLexicon.ROLE_NOUNS.contains(word.text()) ? i : -1;
            }
        }
        return -1;
    }

    /** {@code Jane Doe, a spokeswoman for the county, said}: the role runs to the next comma. */
    private static String appositionAfter(String sentence, List<NameToken> tokens, int from) {
        int end = endOfClause(tokens, from);
        for (int i = from; i < Math.min(end, from + 3); i++) {
            if (NameLexicon.ROLE_NOUNS.contains(tokens.get(i).lower())) {
                return sentence.substring(tokens.get(from).start(), tokens.get(end - 1).end());
            }
        }
        // or the noun it ends on: "Jane Doe, the district's top administrator."
        boolean head = end - from <= HEAD_REACH && NameLexicon.ROLE_NOUNS.contains(tokens.get(end - 1).lower());
        return head ? sentence.substring(tokens.get(from).start(), tokens.get(end - 1).end()) : null;
    }

    /**
     * {@code Oleksandr Tkachenko, director of the Zoria mine, said}: without an article the apposition must be
     * closed by a comma, so that {@code In Kherson, police spokeswoman Jane Doe said} does not make Kherson a person;
     * one whose noun is a person's may also end the sentence ({@code Jane Doe, spokesman for the fire service.}).
     */
    private static String closedApposition(String sentence, List<NameToken> tokens, int from, boolean roleNoun) {
        int end = endOfClause(tokens, from);
        boolean closed = is(tokens, end, ",") || roleNoun && (end == tokens.size() || is(tokens, end, "."));
        return closed ? sentence.substring(tokens.get(from).start(), tokens.get(end - 1).end()) : null;
    }

    /** {@code Jane Doe, who heads the council, said}: the clause without {@code who}, and without a copula. */
    private static String relativeClause(String sentence, List<NameToken> tokens, int verb) {
        int end = endOfClause(tokens, verb);
        int from = verb;
        if (COPULAS.contains(tokens.get(verb).lower()) && from + 1 < end) {
            from = ARTICLES.contains(tokens.get(from + 1).lower()) && from + 2 < end ? from + 2 : from + 1;
        }
        return sentence.substring(tokens.get(from).start(), tokens.get(end - 1).end());
    }

    private static int endOfClause(List<NameToken> tokens, int from) {
        int end = from;
        while (end < tokens.size() && !is(tokens, end, ",") && !is(tokens, end, ".")
                && !NameLexicon.SAYING_VERBS.contains(tokens.get(end).lower())) {
            end++;
        }
        return Math.max(end, from + 1);
    }

    private static boolean scoreWord(List<NameToken> tokens, int i) {
        return i >= 0 && i < tokens.size() && SCORE_WORDS.contains(tokens.get(i).lower());
    }

    static boolean is(List<NameToken> tokens, int i, String text) {
        return i >= 0 && i < tokens.size() && tokens.get(i).lower().equals(text);
    }
}
