package org.isnad.rdf;

import org.isnad.extract.CasualtyClaim;
import org.isnad.extract.Claim;
import org.isnad.extract.EventClaim;
import org.isnad.extract.StatementClaim;
import org.isnad.vocab.Iris;

/** A claim's key H and IRIs within its article, from what it is: kind, event class and first evidence. */
final class ClaimIds {
    private ClaimIds() {}

    static String key(String articleKey, Claim c) {
        String kind = c instanceof EventClaim ? "EVENT" : c instanceof StatementClaim ? "STATEMENT" : "CASUALTIES";
        String cls = c instanceof EventClaim e ? e.eventClass() : null;
        // an event split by place: the same words tell one event per place, each its own claim
        if (c instanceof EventClaim e && e.splitPlace() != null) cls = cls + "@" + e.splitPlace();
        return Iris.claimKey(articleKey, kind, cls, c.anchorOffset());
    }

    /** The claim node's IRI. */
    static String claim(String articleKey, Claim c) {
        return Iris.claim(articleKey, key(articleKey, c));
    }

    /** The claim node's IRI, from its {@link #key}. */
    static String claim(String articleKey, String h) {
        return Iris.claim(articleKey, h);
    }

    /** The IRI of what the claim asserts: the event, the statement or the toll; {@code h} is its {@link #key}. */
    static String subject(String articleKey, Claim c, String h) {
        if (c instanceof EventClaim) return Iris.event(articleKey, h);
        if (c instanceof StatementClaim) return Iris.statement(articleKey, h);
        if (c instanceof CasualtyClaim) return Iris.casualties(articleKey, h);
        throw new IllegalArgumentException(c.getClass().getName());
    }
}
