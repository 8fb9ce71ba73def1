package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes on alongside the story ("بالتزامن مع هجمات تشنها القوات", "وسط قصف مستمر", "عمليات اغتيال
 * متكررة") is its backdrop, no act the analysts code; an act told alongside in the past ("بالتزامن مع قصف
 * استهدف قرية …") is one. Sentences written here.
 */
class GoingOnAlongsideTest {

    @TempDir Path dir;

    @Test
    void attacksAForceGoesOnCarryingOutAreNoEvent() throws Exception {
        for (String s : List.of(
                "ويأتي ذلك بالتزامن مع هجمات برية تشنها قوات النظام على قرى ريف إدلب الجنوبي.",
                "ويأتي النزوح تزامناً مع عمليات قصف عنيفة تنفذها الطائرات الروسية على ريف حلب الغربي.",
                "ويأتي ذلك وسط قصف مصدره مواقع قسد يستهدف الأحياء السكنية في مدينة اعزاز.",
                "بالتزامن مع عمليات اغتيال متكررة تطال عناصر سابقين في الفصائل بريف درعا الغربي.")) {
            List<EventClaim> es = TestArticles.events(dir, s);
            assertTrue(es.isEmpty(), s + " → " + es);
        }
    }

    @Test
    void anActToldAlongsideInThePastIsAnEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "وشنت الطائرات الحربية غارات على بلدة كنصفرة، بالتزامن مع قصف "
                + "مدفعي استهدف قرية البارة في جبل الزاوية.");
        assertEquals(List.of("AirDroneStrike", "ShellingArtilleryMissileAttack"), TestArticles.types(es));
        EventClaim shelling = es.stream().filter(e -> e.eventClass().endsWith("ShellingArtilleryMissileAttack")).findFirst().orElseThrow();
        assertTrue(TestArticles.places(shelling).contains("al-bara"), TestArticles.places(shelling).toString());
    }

    @Test
    void theActTheBackdropAccompaniesIsStillTold() throws Exception {
        EventClaim e = TestArticles.only(dir, "وقُتل مدنيان بقصف مدفعي لقوات النظام على بلدة كفرنبل اليوم الأحد، بالتزامن "
                + "مع هجمات تشنها القوات على محاور ريف إدلب الجنوبي.");
        assertEquals(List.of("ShellingArtilleryMissileAttack"), TestArticles.types(List.of(e)));
        assertTrue(TestArticles.places(e).contains("kafranbel"), TestArticles.places(e).toString());
        assertEquals(java.time.LocalDate.of(2024, 5, 12), e.time().start());
    }
}
