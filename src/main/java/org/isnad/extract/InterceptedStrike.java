package org.isnad.extract;

import java.util.List;

/**
 * "أسقطت وسائط الدفاع الجوي ثلاث طائرات مسيّرة أطلقتها الفصائل باتجاه البلدة", "تصدّت الدفاعات الجوية
 * للصواريخ وأسقطت معظمها": a strike from the air (drones, aircraft, missiles) foiled by bringing its weapon
 * down tells two things, the strike that failed and the interception, an act of its own (ACLED "Disrupted
 * weapons use"). The interception is the same report's, with the strike's place and time; it hits no one,
 * and it happened (asserted). The cue that tells it is a modality cue flagged isnad:intercepts; a plot
 * foiled ("أحبطت محاولة تفجير") is no interception.
 */
final class InterceptedStrike implements ClaimPass {

    @Override
    public void apply(ArticleClaims claims) {
        for (EventClaim strike : claims.events()) {
            if (strike.modality() != Modality.FOILED || !fromTheAir(strike.eventClass()) || !toldIntercepted(claims.words(), strike)
                    || interceptionTold(claims, strike)) continue;
            EventClaim interception = strike.copyAs(claims.nextKey());
            interception.type(EventTypes.DISRUPTED, true);
            interception.modality(Modality.ASSERTED);
            interception.targets().clear();
            interception.targetTexts().clear();
            claims.add(interception);
        }
    }

    /** An air or drone strike, or a missile or shell attack: a weapon that can be brought down on its way. */
    private static boolean fromTheAir(String eventClass) {
        return EventTypes.DRONE_STRIKE.equals(eventClass) || EventTypes.SHELLING.equals(eventClass);
    }

    /** Its evidence holds a cue of interception ("أسقطت", "تصدت", "اعترضت"). */
    private static boolean toldIntercepted(EvidenceWords words, EventClaim strike) {
        for (Evidence ev : strike.evidence()) {
            // with the words' readings: "من إسقاط طائرتين" is a lemma entry (lex:intercepted "أسقط … طائرة")
            List<Mention> ms = words.analysedMentionsOf(ev);
            if (ms.stream().anyMatch(m -> m.entry("ModalityCue") != null && m.entry("ModalityCue").flag("intercepts"))) return true;
        }
        return false;
    }

    /** The same report already tells the interception from the same words (its own sentence, "تصدت للصواريخ"). */
    private static boolean interceptionTold(ArticleClaims claims, EventClaim strike) {
        return claims.events().stream().anyMatch(o -> EventTypes.DISRUPTED.equals(o.eventClass()) && o.report() == strike.report()
                && o.evidence().stream().anyMatch(e -> strike.evidence().stream().anyMatch(s -> s.start() < e.end() && e.start() < s.end())));
    }
}
