package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The type of a bombardment or an incursion, told by the words that name it (every sentence written here, in
 * the way real pages tell them): a force that bombs only from the air, a launcher's explosive cylinders, the
 * Golan disengagement agreement that is no clash.
 */
class BombardmentNamedByWeaponOrForceTest {

    @TempDir Path dir;

    private static final String PLACE = "https://w3id.org/isnad/id/place/";

    private EventClaim only(String body) throws Exception {
        List<EventClaim> es = TestArticles.events(dir, body);
        assertEquals(1, es.size(), es.toString());
        return es.get(0);
    }

    @Test
    void bareBombardmentNamedAfterAnAirPowerIsAnAirStrike() throws Exception {
        EventClaim e = only("وقال ناشطون إن القصف الروسي طال مدينة سراقب شرقي إدلب منذ صباح اليوم، ما أدى لمقتل ثلاثة مدنيين.");
        assertEquals(EventTypes.DRONE_STRIKE, e.eventClass(), e.toString());
        assertTrue(e.places().contains(PLACE + "saraqib"), e.toString());
        assertTrue(e.actors().contains("https://w3id.org/isnad/id/actor/russian-forces"), e.toString());
        e = only("قتل خمسة عناصر من الميليشيات الموالية لإيران، يوم الإثنين، في قصف إسرائيلي طال مواقعهم قرب مدينة تدمر بريف حمص الشرقي.");
        assertEquals(EventTypes.DRONE_STRIKE, e.eventClass(), e.toString());
    }

    @Test
    void aGunNamedOrAGroundForceKeepsItShelling() throws Exception {
        EventClaim e = only("قتل مدني، يوم الإثنين، في قصف مدفعي إسرائيلي طال أطراف بلدة الرفيد بريف القنيطرة الجنوبي.");
        assertEquals(EventTypes.SHELLING, e.eventClass(), e.toString());
        e = only("أصيب ثلاثة مدنيين، يوم الإثنين، في قصف لقوات النظام طال مدينة سراقب شرقي إدلب.");
        assertEquals(EventTypes.SHELLING, e.eventClass(), e.toString());
    }

    @Test
    void explosiveCylindersAreFiredNotPlanted() throws Exception {
        EventClaim e = only("أصيب أربعة مدنيين بجروح، يوم الإثنين، جراء استهداف قوات النظام حي الوعر المحاصر في حمص بالأسطوانات المتفجرة.");
        assertEquals(EventTypes.SHELLING, e.eventClass(), e.toString());
        assertTrue(e.places().contains(PLACE + "homs-al-waer"), e.toString());
    }

    @Test
    void theDisengagementAgreementIsNoClash() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "توغلت قوة إسرائيلية، يوم الإثنين، في قرية الرفيد بريف القنيطرة الجنوبي، "
                + "ونصبت حاجزاً مؤقتاً دون اعتقالات، في خرق جديد لاتفاق فض الاشتباك.");
        assertFalse(es.isEmpty());
        assertTrue(es.stream().noneMatch(e -> EventTypes.ARMED_CLASH.equals(e.eventClass())), es.toString());
        assertTrue(es.stream().anyMatch(e -> EventTypes.CHANGE_TO_GROUP_ACTIVITY.equals(e.eventClass())
                && e.places().contains(PLACE + "quneitra-southern-countryside")), es.toString());
    }
}
