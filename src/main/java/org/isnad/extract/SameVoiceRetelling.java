package org.isnad.extract;

/**
 * "قُتل شاب برصاص مجهولين في بلدة الجيزة … . وذكرت المصادر أن مسلحين أطلقوا النار على الشاب أثناء عودته":
 * a later sentence of the same voice that tells an act of the kind of that voice's latest event, naming no
 * place, time or victim of its own, tells that event again; its words are more evidence, not a second claim.
 * An act at a place of its own ("وطال القصف بلدة …"), on other victims, by others, or after a shift of topic
 * ("وفي سياق منفصل") stays an act of its own.
 */
final class SameVoiceRetelling {

    private SameVoiceRetelling() {}

    static EventClaim of(Reading r, EventMention em, Report report, int item, EventTypes types) {
        if (!em.placeTexts.isEmpty() || !em.places.isEmpty() && !em.placesCarried) return null;
        if (em.time.text() != null || em.time.relation() != null || em.series || em.undated || em.planned()) return null;
        if (r.topicShift || r.otherMatter || PluperfectBackground.opens(r.text, em.start)) return null;
        EventClaim c = r.claims.lastEvent(report);
        if (c == null || !r.toldBeforeThisSentence(c) || c.modality() != em.modality) return null;
        if (SeriesItems.differ(r, c, em, item) || RoundUpLeads.isEarlierLead(r, c) || RoundUpLeads.isEarlierItem(r, c, em)
                || EventMerger.oneOfTheOperations(r, c, em)) return null;
        // the same act, or the generic attack that a specific one is ("هاجموا" after "كمين")
        boolean sameKind = c.eventClass().equals(em.eventClass)
                || EventTypes.ATTACK.equals(em.eventClass) && types.compatible(c.eventClass(), em.eventClass);
        if (!sameKind || !EventTypes.actorsCompatible(c.actors(), em.actors) || EventTypes.rolesReversed(c, em)) return null;
        // "اغتالوا شاباً … . وذكرت المصادر أن مسلحين هاجموا حاجزاً للقوات": a target the event had not is another act
        if (!c.targets().containsAll(em.targets)) return null;
        em.time = c.time();
        return c;
    }
}
