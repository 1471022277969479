package news.crosscheck.claim;

import java.util.Objects;

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
}
