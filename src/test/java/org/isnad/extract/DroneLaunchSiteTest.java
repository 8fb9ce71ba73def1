package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Idlib reporting of 2023-2024 names whose drone struck by where it took off: "طائرة مسيرة انطلقت من مواقع قوات
 * النظام", "مسيرة انتحارية مصدرها مناطق سيطرة قوات النظام" (SOHR, Zaman al-Wasl, SY24, Syrian Today). The forces
 * after the phrase struck; the bare "مسيرة" before "انطلقت" is a drone, not a march setting off. A march that
 * sets off from a square is still a march. Sentences written for the rule, in the outlets' style.
 */
class DroneLaunchSiteTest {

    private static final String REGIME = "https://w3id.org/isnad/id/actor/syrian-government-forces";

    @TempDir Path dir;

    @Test
    void aDroneLaunchedFromTheRegimesPositionsIsTheRegimesStrike() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "استهدفت ثلاث طائرات انتحارية مسيرة انطلقت من مواقع قوات النظام، صباح اليوم، سيارة مدنية في مدينة سرمين بريف إدلب الشرقي.");
        assertEquals(List.of("AirDroneStrike"), types(es), es.toString());
        assertEquals(java.util.Set.of(REGIME), es.get(0).actors(), es.toString());
        assertFalse(es.get(0).targets().contains(REGIME), es.toString());
        assertTrue(places(es.get(0)).contains("sarmin"), es.toString());
    }

    @Test
    void theAreasADroneCameFromNameWhoseItWas() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "أصيب مدنيان بجروح، اليوم الأحد، جراء استهداف طائرة مسيرة انتحارية مصدرها مناطق سيطرة قوات النظام دراجة نارية قرب قرية قسطون بسهل الغاب.");
        assertEquals(List.of("AirDroneStrike"), types(es), es.toString());
        assertEquals(java.util.Set.of(REGIME), es.get(0).actors(), es.toString());
    }

    @Test
    void aMarchThatSetsOffFromASquareIsStillAMarch() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "خرجت اليوم مسيرة انطلقت من ساحة الكرامة في مدينة السويداء، ورفع المشاركون لافتات تطالب بالإفراج عن المعتقلين.");
        assertEquals(List.of("PeacefulProtest"), types(es), es.toString());
    }
}
