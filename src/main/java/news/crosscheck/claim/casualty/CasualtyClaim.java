package news.crosscheck.claim.casualty;

import news.crosscheck.claim.mention.Nationality;
import news.crosscheck.claim.number.Interval;
import news.crosscheck.claim.text.Sentence;

import java.util.Objects;

/**
 * A casualty figure stated in one sentence, with what it counts.
 *
 * @param kind        the slot: killed, injured, rescued, missing
 * @param value       the figure as written, qualifier included ({@code at least 28}, {@code twenty-eight},
 *                    {@code dozens}); for an implied figure, what the article says instead
 * @param count       what the figure allows, as an interval; ordinals and {@code another} are lower bounds
 * @param subject     who was counted, as a lower-case noun ({@code people}, {@code children}, {@code soldiers}),
 *                    with the nationality it names ({@code egyptian pilgrims}); {@code people} when the text names
 *                    no group
 * @param sentence    the sentence that states it
 * @param otherEvent  why the figure is about another event than the article's own ({@code In December ... Belgorod}),
 *                    empty when it is about the article's own event
 * @param source      who gives the figure when the sentence says so ({@code regional governor}), empty otherwise
 * @param scope       what part of the event's casualties it counts: only two {@link Scope#WHOLE} figures compare
 * @param scopeReason the words that gave a scope other than whole, empty for a whole figure
 * @param certainty   how sure the reading is, 0 to 1: a figure tied to its slot by a verb or a toll 1, people
 *                    counted from a description less, a figure the article only implies least
 * @param implied     whether the article does not state the figure but implies it (everyone shot is alive: no one
 *                    was killed)
 */
public record CasualtyClaim(CasualtyKind kind, String value, Interval count, String subject, Sentence sentence,
                            String otherEvent, String source, Scope scope, String scopeReason, double certainty,
                            boolean implied) {

    /** The subject of a figure of everyone: "28 people", "28 victims", "28" alone. */
    public static final String PEOPLE = "people";

    public CasualtyClaim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(otherEvent, "otherEvent");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopeReason, "scopeReason");
    }

    /** A stated figure of the whole toll, read with full certainty. */
    public CasualtyClaim(CasualtyKind kind, String value, Interval count, String subject, Sentence sentence,
                         String otherEvent, String source) {
        this(kind, value, count, subject, sentence, otherEvent, source, Scope.WHOLE, "", 1.0, false);
    }

    public CasualtyClaim withOtherEvent(String reason) {
        return new CasualtyClaim(kind, value, count, subject, sentence, reason, source, scope, scopeReason, certainty,
                implied);
    }

    public CasualtyClaim withSource(String who) {
        return new CasualtyClaim(kind, value, count, subject, sentence, otherEvent, who, scope, scopeReason, certainty,
                implied);
    }

    public CasualtyClaim withScope(Scope newScope, String reason) {
        return new CasualtyClaim(kind, value, count, subject, sentence, otherEvent, source, newScope, reason,
                certainty, implied);
    }

    public CasualtyClaim withSubject(String newSubject) {
        return new CasualtyClaim(kind, value, count, newSubject, sentence, otherEvent, source, scope, scopeReason,
                certainty, implied);
    }

    public CasualtyClaim withKind(CasualtyKind newKind) {
        return new CasualtyClaim(newKind, value, count, subject, sentence, otherEvent, source, scope, scopeReason,
                certainty, implied);
    }

    public CasualtyClaim withCertainty(double newCertainty) {
        return new CasualtyClaim(kind, value, count, subject, sentence, otherEvent, source, scope, scopeReason,
                newCertainty, implied);
    }

    /**
     * The nationality the figure's group is qualified by, as its adjective ("egyptian" for "31 Egyptian pilgrims"), or
     * empty.
     */
    public String nationality() {
        int space = subject.indexOf(' ');
        return space > 0 && Nationality.isDemonym(subject.substring(0, space)) ? subject.substring(0, space) : "";
    }

    /** The group the figure counts, whatever its nationality: "pilgrims" for "egyptian pilgrims". */
    public String group() {
        String nationality = nationality();
        return nationality.isEmpty() ? subject : subject.substring(nationality.length() + 1);
    }

    /** How many of the hurt this figure's list named its article says have died since ({@link LaterDeaths}), or 0. */
    public int diedSinceCounted() {
        return LaterDeaths.diedSince(scopeReason);
    }

    public boolean isAboutOtherEvent() {
        return !otherEvent.isEmpty();
    }

    /**
     * Whether the figure is a tally: a total over a period longer than an incident ("so far this year", "since the
     * start of December") or over a class of accidents ("traffic crashes killed 1,003"), not a weekend's or a city's.
     */
    public boolean isTally() {
        return scope == Scope.AGGREGATE && ScopeReader.isTally(scopeReason);
    }

    /** Whether the figure is this event's whole toll for its slot and group: the only kind that can conflict. */
    public boolean isWholeToll() {
        return scope == Scope.WHOLE && !isAboutOtherEvent();
    }
}
