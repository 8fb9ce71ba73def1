package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Control told as something else than a place taken in the report's time: spoken of in general ("أهمية
 * السيطرة", "صعوبة فرض سيطرة"), who holds a place ("الواقعة تحت سيطرة قسد"), people freed ("تحرير ثلاثة
 * مخطوفين"); a capture whose armed side is the government's beside people named before it; and forces taking
 * position ("تمركز رتل"), which set up no base. Every sentence is written here for its test; the articles
 * are published on Sunday 12 May 2024.
 */
class CaptureNotTakenTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    private static boolean noTerritory(List<EventClaim> es) {
        return es.stream().noneMatch(e -> TerritoryTyping.isTerritory(e.eventClass()));
    }

    @Test
    void controlSpokenOfByAnAbstractNounIsNoCapture() throws Exception {
        List<EventClaim> es = events("وقتل خمسة عناصر من قوات النظام في كمين نصبته الفصائل قرب بلدة مورك أمس. "
                + "وتكمن أهمية السيطرة على بلدة مورك في أنها تقع على طريق الإمداد الرئيسي نحو ريف إدلب.");
        assertTrue(noTerritory(es), es.toString());
        assertFalse(es.isEmpty(), "the ambush is still read");
        es = events("وتبقى البادية ملاذاً لخلايا التنظيم بسبب صعوبة فرض سيطرة كاملة على مدينة السخنة ومحيطها.");
        assertTrue(noTerritory(es), es.toString());
    }

    @Test
    void aPlaceHeldUnderControlIsNoCaptureOfALaterPlace() throws Exception {
        List<EventClaim> es = events("قصفت المدفعية التركية اليوم قرية أم الكيف الواقعة تحت سيطرة قوات سوريا الديمقراطية، "
                + "تزامناً مع هجوم على قرية العريشة.");
        assertTrue(noTerritory(es), es.toString());
        assertTrue(types(es).contains("ShellingArtilleryMissileAttack"), types(es).toString());
    }

    @Test
    void peopleFreedAreNoTerritory() throws Exception {
        List<EventClaim> es = events("أعلنت وزارة الداخلية اليوم تحرير ثلاثة مخطوفين في مدينة السويداء بعملية أمنية.");
        assertTrue(noTerritory(es), es.toString());
    }

    @Test
    void forcesTakingPositionSetUpNoBase() throws Exception {
        // "تمركز": a convoy or checkpoints stationed are a change to the group's activity, not a base established
        List<EventClaim> es = events("تمركز رتل عسكري إسرائيلي صباح اليوم على الطريق الواصل بين بلدة الحميدية ومدينة القنيطرة.");
        assertEquals(List.of("ChangeToGroupActivity"), types(es));
        es = events("وتمركزت دوريات الأمن العام اليوم في الشوارع الرئيسية لمدينة الأتارب لمنع تجدد الاشتباكات.");
        assertFalse(types(es).contains("HeadquartersOrBaseEstablished"), types(es).toString());
    }

    @Test
    void theArmedSideTookThePlaceNotThePeopleNamedBeforeIt() throws Exception {
        List<EventClaim> es = events("وشهدت المنطقة نزوحاً واسعاً بين المدنيين مع سيطرة قوات النظام على بلدة خان شيخون أمس.");
        assertEquals(List.of("GovernmentRegainsTerritory"), types(es).stream().filter(t -> t.contains("Territory")).toList(),
                types(es).toString());
    }
}
