package org.isnad.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The claims of one article in the order they were made, looked up by key; and the headline's reading,
 * which never makes a claim of its own but may lend one evidence.
 */
final class ArticleClaims {

    /** The headline's event, and the headline itself as evidence. */
    record Headline(EventMention event, Evidence evidence) {}

    private final List<Claim> claims = new ArrayList<>();
    private Headline headline;

    /** The key the next claim added will have; make a claim with it just before adding it. */
    ClaimKey nextKey() { return new ClaimKey(claims.size()); }

    void add(Claim c) {
        if (c.key().ordinal() != claims.size()) throw new IllegalStateException("claim " + c.key() + " added out of order");
        claims.add(c);
    }

    Claim get(ClaimKey k) { return claims.get(k.ordinal()); }

    EventClaim event(ClaimKey k) { return (EventClaim) get(k); }

    int size() { return claims.size(); }

    /** Every claim, in the order made. */
    List<Claim> all() { return Collections.unmodifiableList(claims); }

    /** The event claims, in the order made. */
    List<EventClaim> events() {
        List<EventClaim> out = new ArrayList<>();
        for (Claim c : claims) if (c instanceof EventClaim e) out.add(e);
        return out;
    }

    /** The event claims made before {@code end} (an ordinal), latest first. */
    List<EventClaim> eventsBefore(int end) {
        List<EventClaim> out = new ArrayList<>();
        for (int i = Math.min(end, claims.size()) - 1; i >= 0; i--) if (claims.get(i) instanceof EventClaim e) out.add(e);
        return out;
    }

    /** The latest event claim (of that report, when not null) that has happened, or null. */
    EventClaim lastEvent(Report of) {
        for (EventClaim c : eventsBefore(claims.size())) {
            // a threat has not happened: no toll, time or "after that" hangs on it
            if ((of == null || c.report() == of) && !c.planned()) return c;
        }
        return null;
    }

    /** Links two claims of one event, each to the other. */
    static void sameEvent(EventClaim a, EventClaim b) {
        a.sameEventAs().add(b.key());
        b.sameEventAs().add(a.key());
    }

    Headline headline() { return headline; }

    void headline(Headline h) { this.headline = h; }
}
