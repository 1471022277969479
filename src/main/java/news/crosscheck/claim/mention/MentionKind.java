package news.crosscheck.claim.mention;

/** What a name mention refers to. */
public enum MentionKind {
    PERSON, PLACE
}
