package org.isnad.extract;

import java.util.List;

/**
 * "أطلقت إدارة الأمن العام حملة أمنية تستهدف المطلوبين في بلدتي …": a security campaign or sweep
 * ({@code isnad:campaign}) whose account takes no one is a force's activity (ACLED: Change to group/activity),
 * not an arrest; "نفذت الأسايش عملية أمنية اعتقلت خلالها سبعة أشخاص" stays one. Read over the claim's whole
 * evidence, the headline included ("الأسايش تعتقل سبعة أشخاص في عملية أمنية"), and not when another arrest
 * claim of the article may be the same campaign's (its date overlaps, it names no place or one of this one's).
 * Searches and raids told with it ("عمليات تفتيش في المنازل") take no one either. A sweep told beside such an
 * arrest claim is that campaign told again, folded into it (its voice kept as isnad:alsoReportedBy): the real
 * pages' analysts code the arrests once.
 */
final class CampaignWithoutArrests implements ClaimPass {

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> events = claims.events();
        java.util.Set<EventClaim> folded = new java.util.HashSet<>();
        for (EventClaim e : events) {
            if (!EventTypes.ARRESTS.equals(e.eventClass()) || !toldAsCampaignOnly(claims.words(), e)) continue;
            EventClaim its = events.stream().filter(o -> o != e && !folded.contains(o) && mayBeItsArrests(o, e))
                    .findFirst().orElse(null);
            if (its == null) {
                claims.retypeWithItsReports(e, EventTypes.CHANGE_TO_GROUP_ACTIVITY, o -> EventTypes.ARRESTS.equals(o.eventClass()));
            } else if (!toldAsCampaignOnly(claims.words(), its)) {
                // "… تفكيك الخلية واعتقال أفرادها، في حين تواصل عمليات التمشيط لملاحقة بقية العناصر": the sweep
                // that goes on is the arrests' campaign told again, no second arrest (rdev29; rdev33's
                // "قام مقاتلو قسد بعمليات التمشيط داخل الحي" beside a capture stays the force's activity)
                claims.foldInto(e, its);
                folded.add(e);
            }
        }
    }

    /** A campaign word in the evidence, and no word of taking people (a raid word is no such word). */
    private static boolean toldAsCampaignOnly(EvidenceWords words, EventClaim e) {
        boolean campaign = false;
        for (Evidence ev : e.evidence()) {
            for (Mention m : words.mentions(ev.text())) {
                Entry t = m.entry("Trigger");
                if (t == null || !EventTypes.ARRESTS.equals(t.prop("indicates"))) continue;
                if (t.flag("campaign")) campaign = true;
                else if (!t.flag("raid")) return false;
            }
        }
        return campaign;
    }

    /** Another arrest claim told of the same days, with no place or a place of this one. */
    private static boolean mayBeItsArrests(EventClaim o, EventClaim e) {
        if (!EventTypes.ARRESTS.equals(o.eventClass()) || !o.time().compatible(e.time())) return false;
        return o.places().isEmpty() || o.places().stream().anyMatch(e.places()::contains);
    }
}
