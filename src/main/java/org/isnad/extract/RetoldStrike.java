package org.isnad.extract;

import org.isnad.vocab.Vocab;

/**
 * "شنت طائرات حربية غارات على بلدة كفرنبل، وأسفر القصف عن مقتل ثلاثة مدنيين", "وقال موقع محلي إن القصف
 * أدى لمقتل 20 عنصراً": the bare definite noun of bombardment (isnad:RetoldStrikeNoun) tells again the strike
 * told before it, from the air as from the ground; it is no shelling of its own. When the latest event told
 * is an air or drone strike, the noun takes that type, so that it is read as that strike told again. A noun
 * with a time of its own ("القصف التركي المتواصل منذ ذلك الحين") tells a bombardment of its own and keeps its type.
 */
final class RetoldStrike {

    private static final String SHELLING = Vocab.ISNAD + "ShellingArtilleryMissileAttack";

    private RetoldStrike() {}

    static void retype(Reading r, EventMention em, Mention trigger, boolean dateInClause) {
        if (trigger == null || !trigger.definite() || !trigger.is("RetoldStrikeNoun") || !SHELLING.equals(em.eventClass)) return;
        if (dateInClause) return;
        EventClaim last = r.claims.lastEvent(null);
        if (last != null && EventTypes.DRONE_STRIKE.equals(last.eventClass())) em.eventClass = EventTypes.DRONE_STRIKE;
    }
}
