package org.isnad.extract;

import java.util.List;
import org.isnad.vocab.Vocab;

/**
 * "داهمت الدورية منازل القرية، أمس، وفتشتها دون أن تعتقل أحداً": a raid its sentence says took no one
 * ({@code isnad:NoArrestCue}, in its clause or a later one) is a search, a force's activity (ACLED: Change to
 * group/activity), not an arrest. Only the nearest raid before the cue: "اعتقلت شابين، فيما داهمت منازل
 * أخرى دون اعتقالات" keeps its arrest.
 */
final class RaidWithoutArrests {

    static final String ARRESTS = Vocab.ISNAD + "Arrests";
    static final String CHANGE_TO_GROUP_ACTIVITY = Vocab.ISNAD + "ChangeToGroupActivity";

    private RaidWithoutArrests() {}

    static void retype(EventMention em, List<Mention> ms, Clause cl) {
        if (!ARRESTS.equals(em.eventClass)) return;
        for (Mention m : ms) {
            if (m.firstToken() < cl.from()) continue;
            if (m.firstToken() >= cl.to() && isArrestTrigger(m)) return;     // another raid stands nearer the cue
            if (m.is("NoArrestCue")) {
                em.eventClass = CHANGE_TO_GROUP_ACTIVITY;
                em.specific = true;
                return;
            }
        }
    }

    private static boolean isArrestTrigger(Mention m) {
        return m.is("Trigger") && ARRESTS.equals(m.entry("Trigger").prop("indicates"));
    }
}
