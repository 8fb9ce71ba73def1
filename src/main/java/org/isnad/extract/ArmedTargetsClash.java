package org.isnad.extract;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * "هجوم … على حافلة عسكرية" that kills soldiers: an attack of no stated kind on armed men is a clash
 * between armed groups, as ACLED codes it (Battles), not violence against civilians. The armed side is
 * a target (named, or told by a word for an armed unit), or the dead and wounded of the event's toll.
 * Other reports of the same event follow.
 */
final class ArmedTargetsClash implements ClaimPass {

    private final Lexicon lexicon;

    ArmedTargetsClash(Lexicon lexicon) { this.lexicon = lexicon; }

    @Override
    public void apply(ArticleClaims claims) {
        Set<ClaimKey> armedEvents = new TreeSet<>();     // in the order told
        for (Claim c : claims.all()) {
            if (c instanceof EventClaim e && e.targets().stream().anyMatch(lexicon::isArmed) && isBareAttack(e)) armedEvents.add(e.key());
            // fire on a patrol, or on a post armed men hold ("حاجز"), is a clash however told; a named commander
            // killed stays an attack (assassination)
            if (c instanceof EventClaim e && EventTypes.ATTACK.equals(e.eventClass()) && !toldOneSided(claims.words(), e)
                    && (e.targetTexts().stream().anyMatch(t -> namesArmedMen(claims.words(), t.text()) && !FormerMembers.calledFormer(claims.words(), e, t))
                        || hitsMannedPost(claims.words(), e)))
                armedEvents.add(e.key());
            if (c instanceof CasualtyClaim t && t.victims().stream().anyMatch(lexicon::isArmed)
                    && isBareAttack(claims.event(t.event()))) armedEvents.add(t.event());
        }
        for (ClaimKey k : armedEvents) {
            claims.retypeWithItsReports(claims.event(k), EventTypes.ARMED_CLASH, ArmedTargetsClash::isBareAttack);
        }
    }

    /**
     * "أطلق مسلحون النار على دورية عسكرية": a target no list names but told by a word for an armed unit
     * (a patrol, a cell, soldiers) is armed men too.
     */
    private static boolean namesArmedMen(EvidenceWords words, String text) {
        return words.mentions(text).stream()
                .anyMatch(m -> m.is("ActorNoun") && !m.is("PersonNoun"));
    }

    /**
     * "هاجمت مجموعة مسلحة نقاطاً أمنية على أطراف المدينة", "أطلق مسلحون النار على حاجز للأمن العام", "تعرض حاجز
     * عسكري لهجوم مسلح": a post armed men hold (isnad:manned) within four words after the attack's word, right
     * after "على", or right after "تعرض" before the attack's word, is what the attack hit (gold of devset
     * 2005: "استهداف حاجز للأمن العسكري … بالرصاص" is an armed clash).
     */
    private static boolean hitsMannedPost(EvidenceWords words, EventClaim c) {
        for (Evidence ev : c.evidence()) {
            List<Mention> ms = words.mentions(ev.text());
            for (Mention post : ms) {
                Entry p = post.entry("MilitaryPost");
                if (p == null || !p.flag("manned")) continue;
                // "تعرض حاجز …", "النار على حاجز …": the cue right before the post tells it as what was hit
                boolean hitCue = ms.stream().anyMatch(h -> h.is("HitCue") && h.endToken() == post.firstToken());
                // "قتل شاب برصاص حاجز عسكري": the post right after a word of the means is whose fire it was
                if (ms.stream().anyMatch(h -> h.is("Trigger") && h.entry("Trigger").flag("specific")
                        && h.endToken() == post.firstToken())) continue;
                if (ms.stream().anyMatch(h -> h.is("TargetCue") && !h.is("Trigger") && h.endToken() == post.firstToken())) return true;
                for (Mention t : ms) {
                    Entry tr = t.entry("Trigger");
                    if (tr == null || !EventTypes.ATTACK.equals(tr.prop("indicates"))) continue;
                    int after = post.firstToken() - t.endToken(), before = t.firstToken() - post.endToken();
                    // after a verb whose object is what it hit ("هاجم", "استهدف") or the bare act's noun ("استهداف
                    // حاجز للأمن العسكري بالرصاص"); not "برصاص حاجز", where the post's men fired
                    // ("أصيب مدني برصاص مجهولين قرب حاجز": a noun not right before the post was not aimed at it)
                    boolean hits = t.is("TargetCue") ? after >= 0 && after <= 4 : !tr.flag("specific") && after == 0;
                    if (hits || hitCue && before >= 0 && before <= 6) return true;
                }
            }
        }
        return false;
    }

    /** "اغتال مجهولون قيادياً سابقاً في فصائل المعارضة": a verb of assassination in its evidence (isnad:oneSided). */
    private static boolean toldOneSided(EvidenceWords words, EventClaim c) {
        return c.evidence().stream().anyMatch(ev -> words.mentions(ev.text()).stream()
                .anyMatch(m -> m.entry("Trigger") != null && m.entry("Trigger").flag("oneSided")));
    }

    private static boolean isBareAttack(EventClaim c) {
        return EventTypes.ATTACK.equals(c.eventClass()) && !c.specificType();
    }
}
