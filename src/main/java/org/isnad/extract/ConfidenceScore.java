package org.isnad.extract;

/**
 * A heuristic score, not a calibrated probability: how much of what an analyst needs the text gave us.
 * A specific event type, a place, a resolved date, a named speaker and more than one sentence each add.
 */
final class ConfidenceScore implements ClaimPass {

    @Override
    public void apply(ArticleClaims claims) {
        for (Claim c : claims.all()) c.confidence(score(c));
    }

    static double score(Claim c) {
        double s;
        if (c instanceof EventClaim e) s = eventScore(e);
        else if (c instanceof CasualtyClaim) s = c.report().isNamedSpeaker() ? 0.75 : 0.65;
        else s = c.report().isNamedSpeaker() ? 0.8 : 0.6;     // a statement
        return Math.round(Math.min(s, 0.95) * 100) / 100.0;
    }

    private static double eventScore(EventClaim c) {
        double s = 0.5;
        if (c.specificType()) s += 0.15;
        if (!c.places().isEmpty()) s += 0.1;
        if (c.time().resolved()) s += 0.1;
        if (!c.actors().isEmpty() || !c.targets().isEmpty()) s += 0.05;
        if (c.report().isNamedSpeaker()) s += 0.05;
        if (c.evidence().size() > 1) s += 0.05;
        return s;
    }
}
