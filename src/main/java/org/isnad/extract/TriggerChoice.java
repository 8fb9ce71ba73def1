package org.isnad.extract;

import java.util.List;

/** Which of a clause's trigger words types its event: the sharpest, unless it names what was hit. */
final class TriggerChoice {

    private final Lexicon lexicon;

    TriggerChoice(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether trigger {@code t} types the event instead of the words that typed it so far. */
    boolean takes(EventMention em, ClauseRoles roles, Entry t) {
        return (em.eventClass == null || sharper(em, roles, t)) && !hitNotDone(em, roles, t);
    }

    /**
     * "استهدف مجهولون رتلاً للتحالف بعبوة ناسفة": a word of another kind standing where what was hit stands
     * (a convoy, reinforcements: isnad:canBeHit) is the target of the violent act told so far, not a second
     * name for it.
     */
    private boolean hitNotDone(EventMention em, ClauseRoles roles, Entry t) {
        return roles.afterTarget && !roles.targetClosed && em.eventClass != null && lexicon.isViolent(em.eventClass)
                && t.flag("canBeHit");
    }

    /**
     * "تعرض رتل …", "رتلاً للتحالف يتعرض لـ…": a hit cue (isnad:HitCue) right before the trigger word, or
     * within three words after it, tells the thing it names as what was hit.
     */
    static boolean toldAsHit(List<Mention> ms, Mention m) {
        for (Mention c : ms) {
            if (!c.is("HitCue")) continue;
            if (c.endToken() == m.firstToken() || c.firstToken() >= m.endToken() && c.firstToken() <= m.endToken() + 3) return true;
        }
        return false;
    }

    /** Whether trigger {@code t} names the event more sharply than the words that typed it so far. */
    private boolean sharper(EventMention em, ClauseRoles roles, Entry t) {
        // a killing told with its means is that means ("قُتل خمسة بانفجار لغم" is an explosion)
        if (em.typedByWeak && !t.flag("weak")) return true;
        // "اقتحم مسلحون منزلاً … وقتلوا رجلين", "توغلت قوة … وقتلت شاباً": a killing told after an incursion is what
        // happened there, an attack, though the killing word is as weak as the incursion's
        if (em.typedByWeak && em.eventClass != null && !lexicon.isViolent(em.eventClass)
                && lexicon.isViolent(t.prop("indicates"))) return true;
        // "تعرض رتل عسكري لانفجار عبوة ناسفة": a convoy told as what came under the act is its target, so
        // the violent act after it types the event (an IED, not a movement of forces)
        if (em.typedByHit && lexicon.isViolent(t.prop("indicates"))) return true;
        if (!t.flag("specific")) return false;
        Boolean capture = TerritoryTyping.sharper(lexicon, em, t);
        if (capture != null) return capture;
        // "العناصر المشاركون في المداهمة حطموا الأثاث", "وخلال المداهمة أطلقوا النار على شاب": a raid retold by
        // its definite noun frames the clause; the new act told in it is an event of its own (ACLED codes both)
        if (roles.typedByDefinite && EventTypes.ARRESTS.equals(em.eventClass)
                && !EventTypes.ARRESTS.equals(t.prop("indicates")) && !t.flag("weak")) return true;
        // the most specific word types the event
        if (!em.specific) return true;
        // "دارت اشتباكات بالرشاشات والقذائف": shells and rockets are what a battle is fought with, so they do
        // not make a clash told first a shelling (ACLED); aircraft, drones and bombs still name their own
        if (EventTypes.ARMED_CLASH.equals(em.eventClass) && t.intProp("weaponRank", 0) < 2) return false;
        // the means beats the act ("قصفت طائرات" is an air strike), but only over another violent type
        // ("ضبطت عبوات ناسفة" stays a seizure) and not from the target phrase ("ردّت بالمدفعية على مصادر
        // إطلاق المسيّرات": what was hit)
        if (t.intProp("weaponRank", 0) > em.weaponRank && !roles.inTargetPhrase && em.eventClass != null
                && lexicon.isViolent(em.eventClass)) return true;
        // the weapon beats the bare "attack" ("محاولة اغتيال بعبوة ناسفة" is an IED)
        return EventTypes.ATTACK.equals(em.eventClass) && !EventTypes.ATTACK.equals(t.prop("indicates"));
    }
}
