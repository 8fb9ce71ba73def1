package org.isnad.extract;

/** The headline lends evidence to the first claim it fits; it never makes a claim of its own. */
final class HeadlineEvidence implements ClaimPass {

    private final EventTypes types;

    HeadlineEvidence(EventTypes types) { this.types = types; }

    @Override
    public void apply(ArticleClaims claims) {
        ArticleClaims.Headline h = claims.headline();
        if (h == null) return;
        for (EventClaim c : claims.events()) {
            if (types.compatible(c.eventClass(), h.event().eventClass) && types.placesCompatible(c.places(), h.event().places)) {
                c.addEvidence(h.evidence());
                return;
            }
        }
    }
}
