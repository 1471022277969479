package news.crosscheck.claim;

/** What a name mention refers to. */
public enum MentionKind {
    PERSON, PLACE
}
