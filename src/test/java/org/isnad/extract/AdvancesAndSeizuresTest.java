package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ground taken, told by words that real pages use and isnad read as no event at all (issue 10, recall): forces
 * that "advanced into" a village, and a village "seized" (استولى, which alone is looting). Every sentence is
 * written here; the articles are published on Sunday 12 May 2024.
 */
class AdvancesAndSeizuresTest {

    private static final LocalDate YESTERDAY = LocalDate.of(2024, 5, 11);
    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    private static boolean somePlace(EventClaim e, String words) {
        return places(e).stream().anyMatch(p -> p.contains(words));
    }

    @Test
    void forcesThatAdvancedIntoAVillageTookIt() throws Exception {
        EventClaim e = TestArticles.only(dir, "تقدمت قوات النظام في قرية الزكاة بريف حماة الشمالي أمس.");
        assertEquals(List.of("GovernmentRegainsTerritory"), types(List.of(e)));
        assertTrue(somePlace(e, "الزكاة") || somePlace(e, "zakat"), places(e).toString());
        assertEquals(YESTERDAY, e.time().start());
        // a non-state side that advanced, and one that gained "at the expense of" another
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "وكانت قسد تقدمت في بلدة الكرامة شرقي الرقة على حساب تنظيم الدولة.")));
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "تقدمت فصائل المعارضة على حساب قوات النظام في ريف اللاذقية الشمالي صباح اليوم.")));
    }

    @Test
    void anAdvanceTowardAPlaceOrAProgressTakesNothing() throws Exception {
        // toward the village: nothing was taken yet
        assertEquals(List.of(), types(events("تقدمت قوات النظام باتجاه قرية الزكاة بريف حماة الشمالي أمس.")));
        // the noun is any progress: "تقدم في المفاوضات"
        assertEquals(List.of(), types(events("أعلن الوسطاء عن تقدم في المفاوضات بين الطرفين في مدينة درعا أمس.")));
    }

    @Test
    void aVillageSeizedIsTakenNotLooted() throws Exception {
        EventClaim e = TestArticles.only(dir, "استولت فصائل المعارضة على قرية الزكاة بريف حماة الشمالي أمس.");
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(List.of(e)));
        assertEquals(YESTERDAY, e.time().start());
        // positions seized, not a village, are the battle for them: an armed clash (PostsTakenTest)
        assertEquals(List.of("ArmedClash"), types(events(
                "استولت قوات النظام على مواقع للفصائل في جبل الأكراد بريف اللاذقية صباح اليوم.")));
        // a car or houses seized are still looting
        assertEquals(List.of("LootingPropertyDestruction"), types(events(
                "استولت عناصر الحاجز على سيارة أحد المدنيين في بلدة الصنمين أمس.")));
        assertEquals(List.of("LootingPropertyDestruction"), types(events(
                "استولى مسلحون على منازل المهجرين في حي الوعر بمدينة حمص أمس.")));
    }
}
