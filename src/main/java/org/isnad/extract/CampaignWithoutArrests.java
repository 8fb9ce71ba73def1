package org.isnad.extract;

import java.util.List;

/**
 * "أطلقت إدارة الأمن العام حملة أمنية تستهدف المطلوبين في بلدتي …": a security campaign or sweep
 * ({@code isnad:campaign}) whose account takes no one is a force's activity (ACLED: Change to group/activity),
 * not an arrest; "نفذت الأسايش عملية أمنية اعتقلت خلالها سبعة أشخاص" stays one. Read over the claim's whole
 * evidence, the headline included ("الأسايش تعتقل سبعة أشخاص في عملية أمنية"), and not when another arrest
 * claim of the article may be the same campaign's (its date overlaps, it names no place or one of this one's).
 * Searches and raids told with it ("عمليات تفتيش في المنازل") take no one either.
 */
final class CampaignWithoutArrests implements ClaimPass {

    @Override
    public void apply(ArticleClaims claims) {
        List<EventClaim> events = claims.events();
        for (EventClaim e : events) {
            if (!EventTypes.ARRESTS.equals(e.eventClass()) || !toldAsCampaignOnly(claims.words(), e)) continue;
            if (events.stream().anyMatch(o -> o != e && mayBeItsArrests(o, e))) continue;
            claims.retypeWithItsReports(e, EventTypes.CHANGE_TO_GROUP_ACTIVITY, o -> EventTypes.ARRESTS.equals(o.eventClass()));
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
