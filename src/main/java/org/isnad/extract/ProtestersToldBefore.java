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
    static EventClaim of(Reading r, EventMention em, Report report) {
        // "وقال مصدر إن الشرطة فرّقت المحتجين": another speaker's dispersal stays its own claim, linked (lastProtest
        // is the same report's); in the same voice, "… وأطلق المسلحون النار في الهواء لتفريق المتظاهرين" after the
        // protest is that protest met with intervention (ACLED codes one event), not a second protest
        if (ProtestTyping.rank(em.eventClass) == 0 || em.planned()) return null;
        // who dispersed them is named (the force), and their place is the protest's, carried on
        if (!em.placeTexts.isEmpty() || !em.intervention && (!em.places.isEmpty() || !em.actorTexts.isEmpty())) return null;
        if (!EventMerger.theProtesters(r, em) || PluperfectBackground.opens(r.text, em.start)) return null;
        EventClaim last = lastProtest(r, report);
        // a dispersal in the protest's own sentence ("خرجت مظاهرة …، وأطلق المسلحون النار لتفريق المتظاهرين") too
        if (last == null || last.key().ordinal() >= r.sentenceFirstClaim && !em.intervention || !last.time().resolved()) return null;
        if (!last.places().containsAll(em.places)) return null;
        // "وعاود المتظاهرون الخروج يوم السبت": a later day is a later protest
        if (em.time.resolved() && em.time.start().isAfter(last.time().end())) return null;
        if ("after".equals(em.time.relation())) return null;
        if (ProtestTyping.rank(em.eventClass) < ProtestTyping.rank(last.eventClass())) em.eventClass = last.eventClass();
        em.time = last.time();
        return last;
    }

    /** The report's latest event that has happened, when it is a protest (another speaker's account is linked, not merged). */
    private static EventClaim lastProtest(Reading r, Report report) {
        EventClaim last = r.claims.lastEvent(report);
        return last != null && ProtestTyping.rank(last.eventClass()) > 0 && !last.background() ? last : null;
    }
}
