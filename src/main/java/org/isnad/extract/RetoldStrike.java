package org.isnad.extract;

import java.util.List;
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

    /** {@code clause}: the mentions of a clause with no date of its own; its shelling is typed by the bare noun only. */
    static void retype(Reading r, EventMention em, List<Mention> clause) {
        if (!SHELLING.equals(em.eventClass)) return;
        boolean retold = false;
        for (Mention m : clause) {
            if (!m.is("Trigger") || !SHELLING.equals(m.entry("Trigger").prop("indicates"))) continue;
            if (!m.definite() || !m.is("RetoldStrikeNoun")) return;   // "القصف المدفعي", "قذائف": shelling told
            retold = true;
        }
        EventClaim last = retold ? r.claims.lastEvent(null) : null;
        if (last != null && EventTypes.DRONE_STRIKE.equals(last.eventClass())) em.eventClass = EventTypes.DRONE_STRIKE;
    }
}
