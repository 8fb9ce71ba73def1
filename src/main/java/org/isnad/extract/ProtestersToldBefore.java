package org.isnad.extract;

/**
 * "خرج أهالي المدينة اليوم الجمعة في مظاهرة …. وانتقد المتظاهرون في لافتاتهم قرار المجلس الصادر الخميس
 * الماضي": in a later sentence, the protesters named by their definite noun, at no place of their own, are
 * the crowd of the protest last told; a day named in their sentence is of what they protest about or compare
 * with ("مقارنة بيوم أمس"), not of a second protest. Only a day after that protest, or a pluperfect
 * ("وكان المتظاهرون قد خرجوا …"), tells another.
 */
final class ProtestersToldBefore {

    private ProtestersToldBefore() {}

    /** The protest claim the protesters of this mention belong to, or null. */
    static EventClaim of(Reading r, EventMention em) {
        if (ProtestTyping.rank(em.eventClass) == 0 || em.planned()) return null;
        if (!em.places.isEmpty() || !em.placeTexts.isEmpty() || !em.actorTexts.isEmpty()) return null;
        if (!EventMerger.theProtesters(r, em) || PluperfectBackground.opens(r.text, em.start)) return null;
        EventClaim last = lastProtest(r);
        if (last == null || last.key().ordinal() >= r.sentenceFirstClaim || !last.time().resolved()) return null;
        // "وعاود المتظاهرون الخروج يوم السبت": a later day is a later protest
        if (em.time.resolved() && em.time.start().isAfter(last.time().end())) return null;
        if ("after".equals(em.time.relation())) return null;
        if (ProtestTyping.rank(em.eventClass) < ProtestTyping.rank(last.eventClass())) em.eventClass = last.eventClass();
        em.time = last.time();
        return last;
    }

    /** The latest protest (of any report) that has happened, when it is the latest event told. */
    private static EventClaim lastProtest(Reading r) {
        EventClaim last = r.claims.lastEvent(null);
        return last != null && ProtestTyping.rank(last.eventClass()) > 0 && !last.background() ? last : null;
    }
}
