package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event type follows the act told beside the first word (every sentence written here, in the outlets'
 * style). Gunfire of a force at a protest named by its own word is an intervention in that protest, however the
 * clause is headed; missiles brought down by air defences after the strike was told are the strike's, named
 * again without the article: the sentence tells the interception, not a second (missile) strike.
 */
class FireOnProtestsAndInterceptedWeaponsTest {

    @TempDir Path dir;

    @Test
    void aForceFiringTowardsTheProtestersIntervenesInTheProtest() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "وقالت شبكة محلية إن العشرات من الأهالي تجمعوا اليوم أمام "
                + "مبنى البلدية في مدينة السويداء، رفضاً لقرار الحكومة. وأضافت أن شاباً أصيب بجروح نتيجة إطلاق "
                + "قوات النظام النار بشكل عشوائي باتجاه المتظاهرين أمام المبنى.");
        assertEquals(List.of("ProtestWithIntervention"), TestArticles.types(es));
        assertEquals(java.util.Set.of("suwayda"), TestArticles.places(es.get(0)));
        assertEquals(LocalDate.parse("2024-05-12"), es.get(0).time().start());
    }

    @Test
    void gunfireOnTheProtestsInTheLeadIsTheSameProtestRetoldLater() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "أصيب ثلاثة أشخاص إثر إطلاق نار من قبل قوات النظام على "
                + "الاحتجاجات التي خرجت صباح اليوم في مدينة السويداء ضد الغلاء. وخرج الأهالي اليوم الأحد للتظاهر أمام "
                + "مبنى المحافظة.");
        assertEquals(List.of("ProtestWithIntervention"), TestArticles.types(es));
        assertTrue(TestArticles.places(es.get(0)).contains("suwayda"), es.get(0).places()::toString);
    }

    @Test
    void aProtestWithNoForceInItStaysPeaceful() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "تجمع العشرات من الأهالي اليوم أمام مبنى المحافظة في مدينة "
                + "السويداء، رفضاً لقرار الحكومة، ورفعوا لافتات تطالب بتحسين الخدمات.");
        assertEquals(List.of("PeacefulProtest"), TestArticles.types(es));
    }

    @Test
    void missilesOfTheStrikeBroughtDownAreItsInterception() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "شنت طائرات إسرائيلية غارات على مواقع قرب مدينة دمشق مساء "
                + "الجمعة. وزعم مصدر عسكري أن الدفاعات الجوية تصدت لصواريخ العدوان وأسقطت أغلبها.");
        assertEquals(List.of("AirDroneStrike", "DisruptedWeaponsUse"), TestArticles.types(es));
        assertEquals(Modality.ALLEGED, TestArticles.first(es, EventTypes.DISRUPTED).modality());
        assertEquals(LocalDate.parse("2024-05-10"), TestArticles.first(es, EventTypes.DISRUPTED).time().start());
    }

    @Test
    void torturedDetaineesOnTheProtestersBannersAreNoGunfireOnThem() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "وأفاد مراسلنا بأن المتظاهرين في مدينة إدلب رددوا اليوم هتافات ضد "
                + "جهاز الأمن العام، ورفعوا صور معتقلين قضوا تحت التعذيب.");
        assertTrue(es.stream().noneMatch(e -> ProtestTyping.WITH_INTERVENTION.equals(e.eventClass())), es::toString);
    }

    @Test
    void aNewDroneBroughtDownAfterAnotherActIsStillAFoiledStrike() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "قصفت قوات النظام بلدة كفرنبل بقذائف المدفعية صباح اليوم. "
                + "وأسقطت الفصائل طائرة مسيرة انتحارية تابعة لقوات النظام فوق مدينة سراقب.");
        EventClaim strike = TestArticles.first(es, EventTypes.DRONE_STRIKE);
        assertEquals(Modality.FOILED, strike.modality());
        assertTrue(TestArticles.places(TestArticles.first(es, EventTypes.DISRUPTED)).contains("saraqib"), es::toString);
    }
}
