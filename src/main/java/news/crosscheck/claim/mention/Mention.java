package news.crosscheck.claim.mention;

import news.crosscheck.claim.text.Sentence;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A person or place named in one sentence, spelled as the article spells it.
 *
 * @param kind     person or place
 * @param name     the name as written in this sentence ({@code Leonid Pesechnik}, {@code Pasechnik}, {@code Lisichansk})
 * @param fullName for a person named by surname alone, the full name it refers to in the same article when one is
 *                 given elsewhere; otherwise the name itself
 * @param role     what the text says the person is ({@code head of the self-proclaimed Luhansk People's Republic}),
 *                 empty when it says nothing
 * @param sentence the sentence that names it
 */
public record Mention(MentionKind kind, String name, String fullName, String role, Sentence sentence) {

    public Mention {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(sentence, "sentence");
    }

    /**
     * The age the sentence gives next to the name ({@code Jose Marte, 34,}, {@code 34-year-old Jose Marte},
     * {@code Jose Marte (34)}), if any: two mentions of one surname with other ages are two people.
     */
    public OptionalInt statedAge() {
        return PersonCues.ageOf(sentence.text(), name);
    }
}
