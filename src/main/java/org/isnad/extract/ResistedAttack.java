package org.isnad.extract;

/**
 * "أطلق مسلحان النار على نقطة أمنية في قرية …، إلا أن عناصر النقطة ردوا على مصدر النيران وأصابوا أحد
 * المهاجمين": an attack that the attacked fought back, told in the same sentence, is fighting both ways, an
 * armed clash as ACLED codes it; and the clash that tells how it went ("تمكنت القوات من تحييد أحد أفراد الخلية
 * المهاجمة بعد الاشتباك معه") is that attack's course, no second event. The cue is an
 * {@code isnad:ResistanceCue} of the lexicon; an attack of another sentence is not touched.
 */
final class ResistedAttack {

    private ResistedAttack() {}

    /** After the sentence is read: the attack it told before a cue of fighting back becomes an armed clash. */
    static void retype(Reading r, MatchedSentence s) {
        for (Mention cue : s.mentions()) {
            if (!cue.is("ResistanceCue")) continue;
            EventClaim c = toldBefore(r, s, cue.start());
            if (c != null && EventTypes.ATTACK.equals(c.eventClass()))
                r.claims.retypeWithItsReports(c, EventTypes.ARMED_CLASH, o -> EventTypes.ATTACK.equals(o.eventClass()));
            return;
        }
    }

    /**
     * A clash whose clause holds the cue and names no place of its own ("مشيرة إلى أن العناصر اشتبكوا مع
     * المهاجمين") goes on with the attack told before it in the sentence: its words become that claim's evidence.
     */
    static boolean toldAsCourse(Reading r, MatchedSentence s, Clause cl, EventMention em) {
        if (!EventTypes.ARMED_CLASH.equals(em.eventClass) || !em.placeTexts.isEmpty()) return false;
        if (s.mentions().stream().noneMatch(m -> m.is("ResistanceCue") && cl.holds(m))) return false;
        EventClaim attack = toldBefore(r, s, em.start);
        if (attack != null) attack.addEvidence(r.evidence(em.start, em.end));
        return attack != null;
    }

    /** The latest event claim whose evidence this sentence gave before that offset, when it is an attack or a clash. */
    private static EventClaim toldBefore(Reading r, MatchedSentence s, int before) {
        for (EventClaim c : r.claims.eventsBefore(r.claims.size())) {
            boolean here = c.evidence().stream().anyMatch(e -> e.start() >= s.start() && e.start() < before);
            if (!here) continue;
            boolean fight = EventTypes.ATTACK.equals(c.eventClass()) || EventTypes.ARMED_CLASH.equals(c.eventClass());
            return fight ? c : null;
        }
        return null;
    }
}
