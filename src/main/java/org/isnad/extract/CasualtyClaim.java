package org.isnad.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/** The toll of an event: killed and wounded, as one report gives them. */
public final class CasualtyClaim extends Claim {

    private ClaimKey event;
    private final Integer killed, wounded;   // null when not given
    private final boolean minimumCount;
    private final Set<String> victims = new LinkedHashSet<>();

    CasualtyClaim(ClaimKey key, Report report, ClaimKey event, Integer killed, Integer wounded, boolean minimum) {
        super(key, report);
        this.event = event;
        this.killed = killed;
        this.wounded = wounded;
        this.minimumCount = minimum;
    }

    /** The event claim whose toll this is. */
    public ClaimKey event() { return event; }

    /** The toll moves to the claim that tells its event, when the one it hung on is taken back. */
    void event(ClaimKey k) { this.event = k; }
    public Integer killed() { return killed; }
    public Integer wounded() { return wounded; }
    /** "ما لا يقل عن": the count is a lower bound. */
    public boolean minimumCount() { return minimumCount; }
    /** Who they were: actors named with the count ("عناصر من قسد"). */
    public Set<String> victims() { return victims; }
}
