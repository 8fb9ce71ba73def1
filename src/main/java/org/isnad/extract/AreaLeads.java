package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * "قصفت الطائرات الحربية الروسية، اليوم الأحد، مناطق في ريف إدلب الجنوبي. واستهدفت الغارات بلدة كفرنبل، كما
 * طالت غارة أخرى مدينة معرة النعمان": a lead that names only an area (a countryside, a district, a
 * governorate), over several places ("مناطق", "بلدات"), and is then told town by town by
 * the same voice sums up those items; an ACLED coder codes one event per town and none for the area. Once
 * every sentence is read, such a lead is withdrawn with its toll (as a round-up's, {@link RoundUpLeads}); the
 * items keep its date and, when they name no doer, take its own ("الطائرات الحربية الروسية" struck every
 * town). Kept when no item of its type, voice and time follows in its governorate: then it is the only
 * account of what happened there.
 */
final class AreaLeads {

    /** Kinds of place that are areas, not sites: a lead naming only these tells no town. */
    private static final Set<String> AREAS = Set.of("Region", "Governorate", "District", "Country", "Border");

    private AreaLeads() {}

    static void withdraw(Reading r, Lexicon lexicon) {
        List<EventClaim> events = r.claims.events();
        for (EventClaim lead : events) {
            if (lead.planned() || !onlyAreas(lexicon, lead) || !overMany(r.claims.words(), lead) || RoundUpLeads.referredToByStatement(r, lead.key())) continue;
            List<EventClaim> items = new ArrayList<>();
            for (EventClaim e : events) {
                if (lead.key().before(e.key()) && isItem(lexicon, lead, e)) items.add(e);
            }
            if (items.isEmpty()) continue;
            for (EventClaim item : items) {
                if (item.actors().isEmpty() && item.actorTexts().isEmpty()) {
                    item.actors().addAll(lead.actors());
                    item.actorTexts().addAll(lead.actorTexts());
                }
            }
            RoundUpLeads.withdraw(r, lead, items);
        }
    }

    /**
     * The lead's first sentence says it covers several places ("مناطق في ريف إدلب", "بلدات"): "انفجرت عبوة في ريف
     * حماة … وفي سياق آخر، أسفر الانفجار … قرب بلدة السقيلبية" tells one act there, and the town after is another.
     */
    private static boolean overMany(EvidenceWords words, EventClaim lead) {
        Evidence first = lead.evidence().isEmpty() ? null : lead.evidence().get(0);
        return first != null && words.words(first.text()).stream().anyMatch(t -> MANY_PLACES.matcher(t.term()).matches());
    }

    // a plural place noun, with its clitics; not a lexicon entry: a form of its own there would shadow the
    // place noun's reading that opens lists ("وبلدات حاس وكفرومة"). Plural posts count too: "استهدف مسلحون
    // حواجز أمنية شرق محافظة دير الزور" is then told checkpoint by checkpoint, each in its village
    private static final java.util.regex.Pattern MANY_PLACES =
            java.util.regex.Pattern.compile("[وف]?[بل]?(?:ال)?(?:مناطق|بلدات|قرى|مدن|[أا]حياء|حواجز|نقاط|مقرات)");

    /** The claim names places, every one an area, and no place the reference data lacks. */
    private static boolean onlyAreas(Lexicon lexicon, EventClaim c) {
        if (c.places().isEmpty() || !c.placeTexts().isEmpty()) return false;
        for (String p : c.places()) {
            String kind = lexicon.placeKind(p);
            if (kind == null || !AREAS.contains(kind)) return false;
        }
        return true;
    }

    /**
     * The lead's type, or any violent one after a bare attack: "باستهداف عناصر … حواجز أمنية" is then told as a
     * rocket on one post that turned to clashes, an exchange of fire at another.
     */
    private static boolean ofLeadsType(Lexicon lexicon, EventClaim lead, EventClaim e) {
        return lead.eventClass().equals(e.eventClass()) || EventTypes.ATTACK.equals(lead.eventClass()) && lexicon.isViolent(e.eventClass());
    }

    /** The same voice's act of the lead's type and time at a known site in the lead's governorate. */
    private static boolean isItem(Lexicon lexicon, EventClaim lead, EventClaim e) {
        if (e.planned() || !lead.report().equals(e.report()) || !ofLeadsType(lexicon, lead, e)
                || !lead.time().compatible(e.time()) || onlyAreas(lexicon, e)) return false;
        Set<String> governorates = new java.util.HashSet<>();
        for (String p : lead.places()) governorates.addAll(lexicon.governoratesOf(p));
        for (String p : e.places()) {
            String kind = lexicon.placeKind(p);
            if (kind != null && !AREAS.contains(kind) && lexicon.governoratesOf(p).stream().anyMatch(governorates::contains)) return true;
        }
        // "في بلدة أبريهة بريف دير الزور الشرقي": a village the gazetteer lacks, placed in the lead's governorate
        for (PlaceText p : e.placeTexts()) {
            if (p.within() != null && lexicon.governoratesOf(p.within()).stream().anyMatch(governorates::contains)) return true;
        }
        return false;
    }
}
