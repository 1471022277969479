package news.crosscheck.claim.casualty;

/** The slot a casualty figure fills. Figures are compared only within one slot. */
public enum CasualtyKind {
    KILLED, INJURED, RESCUED, MISSING,
    /**
     * People hit ("police said he shot four men", "five people were shot"): the dead and the hurt together. Only
     * extraction reads it; an article that mentions no death turns it into {@link #INJURED}, any other drops it
     * (see {@link ImpliedToll#shotWithoutDeaths}), so no claim leaves extraction in this slot.
     */
    SHOT
}
