package org.isnad.extract;

import java.util.List;

/**
 * "داهمت الدورية منازل القرية، أمس، وفتشتها دون أن تعتقل أحداً": a raid its sentence says took no one
 * ({@code isnad:NoArrestCue}, in its clause or a later one) is a search, a force's activity (ACLED: Change to
 * group/activity), not an arrest. Only the nearest raid before the cue: "اعتقلت شابين، فيما داهمت منازل
 * أخرى دون اعتقالات" keeps its arrest. A raid in which someone was shot, and no one taken, is an attack.
 */
final class RaidWithoutArrests {

    private RaidWithoutArrests() {}

    static void retype(EventMention em, List<Mention> ms, Clause cl) {
        if (!EventTypes.ARRESTS.equals(em.eventClass)) return;
        if (shotInARaid(ms, cl)) {
            em.eventClass = EventTypes.ATTACK;
            em.specific = true;
            return;
        }
        for (Mention m : ms) {
            if (m.firstToken() < cl.from()) continue;
            if (m.firstToken() >= cl.to() && isArrestTrigger(m)) return;     // another raid stands nearer the cue
            if (m.is("NoArrestCue")) {
                em.eventClass = EventTypes.CHANGE_TO_GROUP_ACTIVITY;
                em.specific = true;
                return;
            }
        }
    }

    /**
     * "قُتل شاب برصاص دورية أمنية خلال مداهمة منزله", "داهمت دورية المنزل وأطلقت النار على صاحبه فأردته
     * قتيلاً": a raid (isnad:raid) in which someone was shot or killed, and no word of the clause says anyone
     * was taken, is that shooting (ACLED: an attack), not an arrest.
     */
    private static boolean shotInARaid(List<Mention> ms, Clause cl) {
        boolean raid = false, hurt = false;
        int reasonUntil = -1;
        for (Mention m : ms) {
            if (!cl.holds(m)) continue;
            // "داهمت الدوريات منازل البلدة على خلفية اغتيال رئيس البلدية": the killing is why they raided
            if (m.is("ReasonCue")) reasonUntil = m.endToken() + 3;
            if (m.firstToken() < reasonUntil) continue;
            if (isArrestTrigger(m)) {
                if (!m.entry("Trigger").flag("raid")) return false;     // "اعتقلت": someone was taken
                raid = true;
            }
            Entry t = m.entry("Trigger");
            // shots or a killing ("برصاص", "أطلقت النار", "قُتل"), not the verb that launched the raid ("شنّت حملة دهم"),
            // nor one that only tells what it was aimed at: "حملة مداهمات استهدفت منازل المطلوبين" hurt no one
            if (t != null && EventTypes.ATTACK.equals(t.prop("indicates")) && (t.flag("specific") || t.flag("weak"))
                    && !t.flag("needsArmedParticipant")) hurt = true;
            if (m.is("CasualtyCue")) hurt = true;
        }
        return raid && hurt;
    }

    private static boolean isArrestTrigger(Mention m) {
        return m.is("Trigger") && EventTypes.ARRESTS.equals(m.entry("Trigger").prop("indicates"));
    }
}
