package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Aircraft on real pages (every sentence written here): a reconnaissance aircraft told flying over the place
 * strikes nothing, and one that hits something is a drone; ACLED types the event by the weapon that struck.
 */
class AircraftSeenOrStrikingTest {

    @TempDir Path dir;

    @Test
    void aircraftToldFlyingStrikeNothing() throws Exception {
        // "بالتزامن مع تحليق طائرات الاستطلاع": the shelling is told with the aircraft over it, not an air strike
        for (String flight : new String[] {"بالتزامن مع تحليق طائرات الاستطلاع الروسية في أجواء المنطقة",
                "تزامن ذلك مع تحليق مكثف لطائرات الاستطلاع في الأجواء"}) {
            EventClaim e = TestArticles.only(dir, "قصفت قوات النظام بقذائف المدفعية بلدة البارة في جبل الزاوية، صباح اليوم، "
                    + flight + ".");
            assertEquals("ShellingArtilleryMissileAttack", TestArticles.types(List.of(e)).get(0), flight);
            assertEquals(java.util.Set.of("al-bara"), TestArticles.places(e), flight);
        }
        // whose aircraft flew over ("الروسية") is not who shelled
        EventClaim owned = TestArticles.only(dir, "قصفت قوات النظام بقذائف المدفعية بلدة البارة في جبل الزاوية، صباح اليوم، "
                + "بالتزامن مع تحليق طائرات الاستطلاع الروسية في أجواء المنطقة.");
        assertEquals(1, owned.actors().size(), owned.actors().toString());
        // an aircraft seen over a town, with nothing hit, is no event at all
        for (String seen : new String[] {"شوهدت طائرة مسيرة تحلق في أجواء بلدة سرمين بريف إدلب، صباح اليوم.",
                "حلّقت طائرات الاستطلاع في أجواء بلدة سرمين بريف إدلب، صباح اليوم."}) {
            assertEquals(List.of(), TestArticles.events(dir, seen), seen);
        }
    }

    @Test
    void aReconnaissanceAircraftThatStrikesIsADrone() throws Exception {
        // "بقصف طائرة استطلاع مذخرة": the armed reconnaissance aircraft is the weapon, not artillery
        EventClaim armed = TestArticles.only(dir,
                "قُتل رجل، صباح اليوم، بقصف طائرة استطلاع مذخرة استهدف دراجة نارية في قرية كفر بطيخ جنوب إدلب.");
        assertEquals(EventTypes.DRONE_STRIKE, armed.eventClass());
        EventClaim hit = TestArticles.only(dir,
                "استهدفت طائرة استطلاع سيارة مدنية على أطراف قرية كفر بطيخ جنوب إدلب، صباح اليوم.");
        assertEquals(EventTypes.DRONE_STRIKE, hit.eventClass());
        // and a strike launched by reconnaissance aircraft stays an air strike
        EventClaim raid = TestArticles.only(dir, "شنّت طائرات الاستطلاع الروسية غارات على بلدة سرمين بريف إدلب، صباح اليوم.");
        assertEquals(EventTypes.DRONE_STRIKE, raid.eventClass());
    }

    @Test
    void anAircraftSeenFlyingThatThenStrikesIsTheStrike() throws Exception {
        // "ثم استهدفت سيارة" names no means of its own: the drone that flew over did it
        EventClaim e = TestArticles.only(dir,
                "حلّقت طائرة مسيّرة فوق بلدة سرمين بريف إدلب صباح اليوم، ثم استهدفت سيارة مدنية على أطرافها.");
        assertEquals(EventTypes.DRONE_STRIKE, e.eventClass());
        // with "قصفت" the flight clause is still the drone's strike (the second clause is read apart, as before)
        List<EventClaim> es = TestArticles.events(dir,
                "حلّقت طائرة مسيّرة فوق بلدة سرمين بريف إدلب صباح اليوم، ثم قصفت سيارة مدنية على أطرافها.");
        assertTrue(es.stream().anyMatch(c -> EventTypes.DRONE_STRIKE.equals(c.eventClass())), es.toString());
    }
    @Test
    void aircraftFlyingOverAnIncursionStrikeNothing() throws Exception {
        // an incursion or a checkpoint is the work of men on the ground: the helicopters flying over it did
        // nothing of it, and strike nothing
        List<EventClaim> es = TestArticles.events(dir, "توغلت قوة إسرائيلية صباح اليوم في قرية الرفيد بريف القنيطرة الجنوبي، "
                + "وأقامت حاجزاً مؤقتاً عند مدخلها، بالتزامن مع تحليق طائرات مروحية في أجواء المنطقة.");
        assertTrue(es.stream().noneMatch(c -> EventTypes.DRONE_STRIKE.equals(c.eventClass())), es.toString());
        assertTrue(es.stream().anyMatch(c -> EventTypes.CHANGE_TO_GROUP_ACTIVITY.equals(c.eventClass())), es.toString());
    }
    @Test
    void theAircraftToldFlyingAndThenNamedAgainStrikeNothing() throws Exception {
        // "تحليقاً مكثفاً للطائرات الروسية، إذ ظهرت الطائرات مرتين": "الطائرات" again is the aircraft seen flying
        List<EventClaim> es = TestArticles.events(dir, "شهدت أجواء ريف الحسكة الشمالي اليوم تحليقاً مكثفاً للطائرات الروسية، "
                + "إذ ظهرت الطائرات مرتين خلال ساعات فوق خطوط التماس.");
        assertTrue(es.stream().noneMatch(c -> EventTypes.DRONE_STRIKE.equals(c.eventClass())), es.toString());
    }
    @Test
    void anActToldBeforeTheAircraftsAlongsideWordIsNotTheAircrafts() throws Exception {
        // "…، تزامناً مع تحليق طائرة مسيّرة": the fighting told before the "alongside" word went on beside the
        // flight; the drone over it struck nothing, so no air strike is claimed (nor one with no place)
        List<EventClaim> es = TestArticles.events(dir, "تجددت الاشتباكات بين الطرفين في بلدة المزرعة بريف السويداء الغربي "
                + "مساء أمس، ثم توقفت فجأة، تزامناً مع تحليق طائرة مسيّرة إسرائيلية فوق المنطقة.");
        assertTrue(es.stream().noneMatch(c -> EventTypes.DRONE_STRIKE.equals(c.eventClass())), es.toString());
        assertTrue(es.stream().anyMatch(c -> EventTypes.ARMED_CLASH.equals(c.eventClass())), es.toString());
        // an attack with no weapon named, then the aircraft alongside: the attack stays the only event
        List<EventClaim> hit = TestArticles.events(dir, "استهدفت قوات النظام أطراف بلدة تقاد في ريف حلب الغربي صباح اليوم، "
                + "بالتزامن مع تحليق مكثف للطيران الحربي الروسي في الأجواء.");
        assertTrue(hit.stream().noneMatch(c -> EventTypes.DRONE_STRIKE.equals(c.eventClass())), hit.toString());
        assertEquals(1, hit.size(), hit.toString());
    }

    @Test
    void aDroneNamedAfterTheAircraftsNationalityStillOnlyFlies() throws Exception {
        // "تحليق طائرات تركية مسيرة": "مسيرة" goes on naming the aircraft seen flying, it is no strike of its own
        List<EventClaim> es = TestArticles.events(dir, "قصفت الفصائل بالمدفعية قرية الدردارة بريف تل تمر شمالي الحسكة صباح اليوم، "
                + "بالتزامن مع تحليق طائرات تركية مسيرة فوقها.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(EventTypes.SHELLING, es.get(0).eventClass());
    }
}
