package news.crosscheck.claim.casualty;

/** The slot a casualty figure fills. Figures are compared only within one slot. */
public enum CasualtyKind {
    KILLED, INJURED, RESCUED, MISSING
}
