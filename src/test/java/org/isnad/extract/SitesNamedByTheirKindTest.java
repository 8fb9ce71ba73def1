package org.isnad.extract;

import static org.isnad.extract.TestArticles.only;
import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sites named by their kind ("حاجز …", "جامع …") where an arrest or a strike took place: the site's name is
 * kept as written when the gazetteer lacks it, so the claim says where it happened. Sentences written for
 * each rule, in the outlets' style.
 */
class SitesNamedByTheirKindTest {

    @TempDir Path dir;

    @Test
    void aCheckpointWhoseNameOpensWithAWordReadAsAnAdjectiveKeepsItsName() throws Exception {
        // "منكت" reads as an adjective, but "الحطب" after it makes the two one name in construct: a checkpoint's
        // adjective ("حاجز مؤقت") is never followed by a definite noun
        EventClaim e = only(dir, "اعتقلت قوات النظام، أمس السبت، شاباً قرب حاجز منكت الحطب أثناء عودته من دمشق.");
        assertEquals(EventTypes.ARRESTS, e.eventClass());
        assertTrue(places(e).contains("منكت الحطب"), places(e).toString());
        assertEquals("2024-05-11", e.time().start().toString());
    }

    @Test
    void aCheckpointDescribedByAnAdjectiveStillNamesNoPlace() throws Exception {
        for (String body : new String[] {
                "اعتقلت قوات النظام، أمس السبت، شاباً على حاجز عسكري قرب دمشق.",
                "اعتقلت قوات النظام شاباً على حاجز مؤقت اليوم في ريف دمشق."}) {
            Set<String> ps = places(only(dir, body));
            assertFalse(ps.stream().anyMatch(p -> p.contains("عسكري") || p.contains("مؤقت")), ps.toString());
        }
    }

    @Test
    void aMosqueNamedAsTheSiteOfAnArrestIsKept() throws Exception {
        // "من أمام جامع …": the mosque, which the gazetteer does not know, is where the arrest happened
        EventClaim e = only(dir, "واعتقلت المخابرات الجوية، أمس السبت، شابين من أمام جامع الرحمن.");
        assertEquals(EventTypes.ARRESTS, e.eventClass());
        assertTrue(places(e).contains("الرحمن"), places(e).toString());
    }

    @Test
    void aMosqueInsideANamedTownGivesTheTown() throws Exception {
        // as for a market or a square, the town the mosque stands in is the event's place
        EventClaim e = only(dir, "قصفت الطائرات الحربية، أمس السبت، مسجد الفاروق في بلدة كفرنبل بريف إدلب الجنوبي.");
        assertTrue(places(e).contains("kafranbel"), places(e).toString());
        assertFalse(places(e).contains("الفاروق"), places(e).toString());
    }

    @Test
    void whatAnUnnamedSiteIsJoinedToIsNoName() throws Exception {
        // "مسجداً ومدرسة": a mosque and a school were hit; "ومدرسة" is the next target, not the mosque's name
        EventClaim e = only(dir, "قصفت قوات النظام، أمس السبت، مسجداً ومدرسة في ريف إدلب الجنوبي.");
        assertEquals(EventTypes.SHELLING, e.eventClass());
        assertEquals(Set.of("idlib-southern-countryside"), places(e));
    }
}
