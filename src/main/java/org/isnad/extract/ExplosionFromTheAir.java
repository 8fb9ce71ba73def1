package org.isnad.extract;

import java.util.List;

/**
 * "قُتل عنصران جراء انفجار في سيارة عسكرية على طريق القامشلي … . وعلم المرصد أن الانفجار ناجم عن قصف طائرة
 * مسيرة تركية": an explosion told with no means of its own (read as a bomb for want of better) is the drone
 * strike the next event explains it by: a drone strike told right after it, at no place but its places and
 * with no date of its own. The explosion takes the drone strike's type; told in the same voice, the second
 * claim is that same event told again and is taken back, in another voice it is linked to it (sameEventAs).
 */
final class ExplosionFromTheAir implements ClaimPass {

    private static final String IED = EventTypes.IED;

    @Override
    public void apply(ArticleClaims claims) {
        for (EventClaim strike : claims.events()) {
            if (!EventTypes.DRONE_STRIKE.equals(strike.eventClass()) || strike.time().text() != null) continue;
            List<EventClaim> before = claims.eventsBefore(strike.key().ordinal());
            if (before.isEmpty()) continue;
            EventClaim blast = before.get(0);
            if (!IED.equals(blast.eventClass()) || blast.specificType() || blast.places().isEmpty()
                    || !blast.places().containsAll(strike.places()) || !strike.placeTexts().isEmpty()) continue;
            claims.retypeWithItsReports(blast, EventTypes.DRONE_STRIKE, o -> IED.equals(o.eventClass()) && !o.specificType());
            if (strike.report() == blast.report() && strike.sameEventAs().isEmpty()) claims.withdrawInto(strike, blast);
            else if (!strike.sameEventAs().contains(blast.key())) ArticleClaims.sameEvent(blast, strike);
        }
    }
}
