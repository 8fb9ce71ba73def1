package org.isnad.extract;

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

    /** Whether trigger {@code t} names the event more sharply than the words that typed it so far. */
    private boolean sharper(EventMention em, ClauseRoles roles, Entry t) {
        // a killing told with its means is that means ("قُتل خمسة بانفجار لغم" is an explosion)
        if (em.typedByWeak && !t.flag("weak")) return true;
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
