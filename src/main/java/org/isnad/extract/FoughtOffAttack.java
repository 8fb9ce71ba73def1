package org.isnad.extract;

import java.util.List;

/**
 * "جاء ذلك خلال محاولة قوات النظام اقتحام المنطقة من ثلاثة محاور، وتصدى لها مقاتلون من الأهالي": an attack
 * (a storming, an assault) that fighters stood up to, told in the clause right after it, is fighting both
 * ways: one armed clash (ACLED), not an attack beside a clash of its own. The clause must tell the attack
 * fought off (a foiling cue: "تصدّى", "أفشل"), not fighting of its own ("، واندلعت اشتباكات"). Only a bare attack, whose means no
 * word tells: a shelling told before "وتصدى لها" keeps its type.
 */
final class FoughtOffAttack implements ClaimPass {

    /** At most this many characters (a comma, a space) between the attack's evidence and the clause of defence. */
    private static final int CLAUSE_GAP = 3;

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> events = claims.events();
        for (int i = 1; i < events.size(); i++) {
            EventClaim defence = events.get(i), attack = events.get(i - 1);
            if (!EventTypes.ARMED_CLASH.equals(defence.eventClass()) || !EventTypes.ATTACK.equals(attack.eventClass())
                    || attack.specificType() || !defence.sameEventAs().isEmpty() || claims.hasToll(defence)) continue;
            // "وتصدى لها", "وأفشلوه": the clause tells the attack foiled (a modality cue), not a fight of its own
            if (defence.modality() != Modality.FOILED || !toldRightAfter(attack, defence) || !foughtOff(claims.words(), defence)) continue;
            claims.retypeWithItsReports(attack, EventTypes.ARMED_CLASH, o -> EventTypes.ATTACK.equals(o.eventClass()) && !o.specificType());
            claims.withdrawInto(defence, attack);
        }
    }

    /** The defence is one clause, and it opens right where the attack's evidence ends. */
    private static boolean toldRightAfter(EventClaim attack, EventClaim defence) {
        if (attack.evidence().isEmpty() || defence.evidence().size() != 1) return false;
        int gap = defence.evidence().get(0).start() - attack.evidence().get(attack.evidence().size() - 1).end();
        return gap >= 0 && gap <= CLAUSE_GAP;
    }

    /** Its clause is told by a word of fighting ("تصدّى … مقاتلون", "صدّ … هجوماً", "اشتباكات"). */
    private static boolean foughtOff(EvidenceWords words, EventClaim defence) {
        return words.mentions(defence.evidence().get(0).text()).stream()
                .map(m -> m.entry("Trigger"))
                .anyMatch(t -> t != null && EventTypes.ARMED_CLASH.equals(t.prop("indicates")));
    }
}
