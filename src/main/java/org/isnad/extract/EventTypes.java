package org.isnad.extract;

import java.util.Set;
import org.isnad.vocab.Vocab;

/** When two readings may tell one event: by type, place and actors, as the reference data relates them. */
final class EventTypes {

    static final String ATTACK = Vocab.ISNAD + "Attack";
    static final String DISRUPTED = Vocab.ISNAD + "DisruptedWeaponsUse";
    static final String ARMED_CLASH = Vocab.ISNAD + "ArmedClash";
    static final String DRONE_STRIKE = Vocab.ISNAD + "AirDroneStrike";
    static final String SHELLING = Vocab.ISNAD + "ShellingArtilleryMissileAttack";
    static final String IED = Vocab.ISNAD + "RemoteExplosiveLandmineIED";
    static final String PEACEFUL_PROTEST = Vocab.ISNAD + "PeacefulProtest";
    static final String ARRESTS = Vocab.ISNAD + "Arrests";
    static final String CHANGE_TO_GROUP_ACTIVITY = Vocab.ISNAD + "ChangeToGroupActivity";
    static final String BASE_ESTABLISHED = Vocab.ISNAD + "HeadquartersOrBaseEstablished";
    static final String ABDUCTION = Vocab.ISNAD + "AbductionForcedDisappearance";

    private final Lexicon lexicon;

    EventTypes(Lexicon lexicon) { this.lexicon = lexicon; }

    Lexicon lexicon() { return lexicon; }

    /** Equal, or one is the bare "Attack" and the other a violent type (by the ontology's class tree). */
    boolean compatible(String a, String b) {
        if (a.equals(b)) return true;
        // one protest, told peaceful, then dispersed or turned violent ("وفرّقت الشرطة المحتجين")
        if (ProtestTyping.rank(a) > 0 && ProtestTyping.rank(b) > 0) return true;
        return (a.equals(ATTACK) && lexicon.isViolent(b)) || (b.equals(ATTACK) && lexicon.isViolent(a));
    }

    /** Either side names no actor, or they share one: a strike by others is another strike. */
    static boolean actorsCompatible(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() || a.stream().anyMatch(b::contains);
    }

    /**
     * "قصفت قوات النظام القرية … من جهتها، ردت الفصائل باستهداف مواقع قوات النظام": who acted in one is
     * who was hit in the other, so they are two events (an attack and its reply), whatever else they share.
     */
    static boolean rolesReversed(EventClaim c, EventMention em) {
        return c.actors().stream().anyMatch(em.targets::contains) || c.targets().stream().anyMatch(em.actors::contains);
    }

    /** Either side names no place, or some place of one lies within some place of the other. */
    boolean placesCompatible(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        // the finest place of each decides: a protest "في الهول … الحسكة" and a sit-in "في تل تمر" both lie
        // in al-Hasakah governorate, yet are two places
        Set<String> fa = finest(a), fb = finest(b);
        for (String x : fa) for (String y : fb) if (lexicon.isWithin(x, y) || lexicon.isWithin(y, x)) return true;
        return false;
    }

    /** Place kinds that name an area, not a spot: a report can name a town inside one later. */
    private static final Set<String> AREA_KINDS = Set.of("Region", "Governorate", "District");

    /**
     * "انفجار في ريف حلب الشرقي … الانفجار وقع في قرية … بريف حلب": the later places narrow down the earlier
     * ones when the earlier name only areas (a countryside, a district) and both lie in one governorate.
     */
    boolean narrowsDown(Set<String> earlier, Set<String> later) {
        if (earlier.isEmpty() || later.isEmpty()) return true;
        if (!namesOnlyAreas(earlier)) return false;
        Set<String> governorates = new java.util.HashSet<>();
        for (String p : finest(earlier)) governorates.addAll(lexicon.governoratesOf(p));
        for (String p : finest(later)) if (lexicon.governoratesOf(p).stream().noneMatch(governorates::contains)) return false;
        return true;
    }

    /** Every finest place of the set is an area (a countryside, a district, a governorate), not a spot. */
    boolean namesOnlyAreas(Set<String> places) {
        for (String p : finest(places)) {
            String kind = lexicon.placeKind(p);
            if (kind == null || !AREA_KINDS.contains(kind)) return false;
        }
        return true;
    }

    /** The places of the set that hold no other place of the set. */
    private Set<String> finest(Set<String> places) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String p : places) {
            boolean holdsAnother = false;
            for (String q : places) if (!q.equals(p) && lexicon.isWithin(q, p) && !lexicon.isWithin(p, q)) holdsAnother = true;
            if (!holdsAnother) out.add(p);
        }
        return out;
    }
}
