package org.isnad.extract;

/**
 * "أطلقت قوات الأمن النار لتفريق المعتصمين أمام مبنى المحافظة. وأدى إطلاق النار إلى مقتل شاب": a killing
 * told right after a protest the forces dispersed, naming no one who fired, is that dispersal's toll, not an
 * attack of its own; and a protest its dispersal left dead is, for ACLED, excessive force against protesters
 * rather than a protest with intervention.
 */
final class ProtestToll {

    private ProtestToll() {}

    /** The protest claim the killing belongs to, retyped, or null. */
    static EventClaim of(Reading r, EventMention em) {
        // the toll names no one who fired: it is the fire already told
        if (!EventTypes.ATTACK.equals(em.eventClass) || !em.killed || !em.actors.isEmpty() || !em.actorTexts.isEmpty())
            return null;
        EventClaim last = r.claims.lastEvent(null);
        if (last == null || last.modality() != em.modality || !last.time().compatible(em.time)) return null;
        String cls = last.eventClass();
        if (!ProtestTyping.WITH_INTERVENTION.equals(cls) && !ProtestTyping.EXCESSIVE_FORCE.equals(cls)) return null;
        last.type(ProtestTyping.EXCESSIVE_FORCE, true);
        em.eventClass = ProtestTyping.EXCESSIVE_FORCE;
        em.time = last.time();
        return last;
    }
}
