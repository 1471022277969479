package news.crosscheck.claim;

import java.util.Objects;

/**
 * A casualty figure stated in one sentence.
 *
 * @param kind      the slot: killed, injured, rescued, missing
 * @param value     the figure as written, qualifier included ({@code at least 28}, {@code twenty-eight}, {@code dozens})
 * @param count     what the figure allows, as an interval
 * @param subject   who was counted, as a lower-case noun ({@code people}, {@code children}, {@code soldiers});
 *                  {@code people} when the text names no group
 * @param sentence  the sentence that states it
 * @param otherEvent why the figure is about another event than the article's own ({@code In December ... Belgorod}),
 *                  empty when it is about the article's own event
 * @param source    who gives the figure when the sentence says so ({@code regional governor}), empty otherwise
 */
public record CasualtyClaim(CasualtyKind kind, String value, Interval count, String subject, Sentence sentence,
                            String otherEvent, String source) {

    public CasualtyClaim {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(otherEvent, "otherEvent");
        Objects.requireNonNull(source, "source");
    }

    public CasualtyClaim withOtherEvent(String reason) {
        return new CasualtyClaim(kind, value, count, subject, sentence, reason, source);
    }

    public CasualtyClaim withSource(String who) {
        return new CasualtyClaim(kind, value, count, subject, sentence, otherEvent, who);
    }

    public boolean isAboutOtherEvent() {
        return !otherEvent.isEmpty();
    }
}
