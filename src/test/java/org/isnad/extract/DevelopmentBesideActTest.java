package org.isnad.extract;

import static org.isnad.extract.TestArticles.events;
import static org.isnad.extract.TestArticles.first;
import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 40's convention: what a force did beside an act told in the same sentence (its alert, a cordon, a
 * sweep, reinforcements) is a change to its group activity of its own, and the act keeps its type
 * (DevelopmentBesideAct). Every sentence is written here, in the styles of the reports read.
 */
class DevelopmentBesideActTest {

    @TempDir Path dir;

    private static final String CHANGE = "ChangeToGroupActivity";

    @Test
    void aCordonBesideABlastIsTheForcesOwnChange() throws Exception {
        List<EventClaim> es = events(dir, "انفجرت عبوة ناسفة بسيارة عسكرية على طريق بلدة الكشكية في ريف دير الزور"
                + " الشرقي أمس، وفرض الجيش طوقاً أمنياً في محيط المكان.");
        assertEquals(List.of(CHANGE, "RemoteExplosiveLandmineIED"), types(es), es.toString());
        EventClaim change = first(es, EventTypes.CHANGE_TO_GROUP_ACTIVITY);
        assertEquals(first(es, EventTypes.IED).places(), change.places());
        assertEquals(1, change.evidence().size());
    }

    @Test
    void aSweepBesideAnAttackIsTheForcesOwnChange() throws Exception {
        List<EventClaim> es = events(dir, "قُتل عنصر من قوى الأمن برصاص مسلحين مجهولين في بلدة الشحيل أمس، وقامت"
                + " القوات بتمشيط المنطقة بحثاً عن المهاجمين.");
        // (a member of the forces shot: an armed clash, ArmedTargetsClash)
        assertEquals(List.of("ArmedClash", CHANGE), types(es), es.toString());
        assertTrue(places(first(es, EventTypes.CHANGE_TO_GROUP_ACTIVITY)).contains("al-shuhail"), places(first(es, EventTypes.CHANGE_TO_GROUP_ACTIVITY)).toString());
    }

    @Test
    void oneAForceAndDay() throws Exception {
        List<EventClaim> es = events(dir, "انفجرت عبوة ناسفة بسيارة عسكرية في ريف دير الزور الشرقي أمس، وفرض الجيش"
                + " طوقاً أمنياً في المنطقة. وقال مصدر محلي إن الانفجار وقع قرب مدينة الميادين، وإن الجيش فرض طوقاً"
                + " أمنياً حول المكان.");
        assertEquals(1, es.stream().filter(e -> e.eventClass().endsWith(CHANGE)).count(), types(es).toString());
    }

    @Test
    void aHabitACordonThatWasTheWayToAnArrestAndRescuersAreNone() throws Exception {
        // what goes on: the forces keep sweeping the area
        assertEquals(List.of("ArmedClash"), types(events(dir, "قُتل عنصر من قوى الأمن برصاص مسلحين مجهولين في بلدة"
                + " الشحيل أمس، في حين تواصل القوات تمشيط المنطقة بحثاً عن المهاجمين.")));
        // the cordon was how the arrest was made
        assertEquals(List.of("Arrests"), types(events(dir, "فرضت قوى الأمن طوقاً أمنياً على حي الميسات في دمشق أمس"
                + " واعتقلت ثلاثة مسلحين.")));
        // rescuers who cordon the site are no force
        assertEquals(List.of("RemoteExplosiveLandmineIED"), types(events(dir, "انفجرت عبوة ناسفة بسيارة مدنية في"
                + " مدينة الباب أمس، وقال الدفاع المدني إن فرقه طوّقت المكان ونقلت المصابين إلى المشفى.")));
    }

    private static final String BASE = "HeadquartersOrBaseEstablished";
    private static final String CACHE = "DisruptedWeaponsUse";

    @Test
    void aDepotSeizedBesideAnArrestIsItsOwnClaim() throws Exception {
        List<EventClaim> es = events(dir, "أعلنت مديرية الأمن الداخلي في مدينة القصير أمس القبض على ثلاثة مسلحين"
                + " وضبط مستودع للأسلحة والذخائر في مزرعة قرب المدينة.");
        assertEquals(List.of("Arrests", CACHE), types(es), es.toString());
        assertEquals(first(es, EventTypes.ARRESTS).places(), first(es, EventTypes.DISRUPTED).places());
    }

    @Test
    void weaponsConfiscatedBesideAnArrestAreTheirOwnClaim() throws Exception {
        List<EventClaim> es = events(dir, "قال مصدر عسكري إن قوى الأمن اعتقلت خمسة عناصر من الخلية في حي الميدان"
                + " بمدينة حلب اليوم ومصادرة أسلحة خفيفة ومتوسطة.");
        assertEquals(List.of("Arrests", CACHE), types(es), es.toString());
    }

    @Test
    void theGunTheArrestedManCarriedIsNoCache() throws Exception {
        List<EventClaim> es = events(dir, "أعلنت الشرطة القبض على مطلوب في مدينة جبلة أمس وضبط بحوزته أسلحة"
                + " فردية.");
        assertEquals(List.of("Arrests"), types(es), es.toString());
    }

    @Test
    void checkpointsSetUpBesideTheAlertAreABase() throws Exception {
        List<EventClaim> es = events(dir, "هاجم مسلحون مجهولون حاجزاً للشرطة في بلدة الصبحة بريف دير الزور أمس،"
                + " فأرسلت القوات تعزيزات ونصبت حواجز عند مدخل البلدة.");
        assertTrue(types(es).contains(BASE), es.toString());
        assertTrue(types(es).contains(CHANGE), es.toString());
        assertEquals(1, es.stream().filter(e -> e.eventClass().endsWith(BASE)).count(), es.toString());
    }

    @Test
    void checkpointsNamedAsTheBackdropOfACampaignAreNoBase() throws Exception {
        // the verbal noun: the checkpoints are how the campaign went, told after it
        List<EventClaim> es = events(dir, "اعتقلت قوات الأمن ستة شبان في مدينة بانياس أمس بعد نشر حواجز طيارة"
                + " في شوارعها.");
        assertEquals(List.of("Arrests"), types(es), es.toString());
    }

    @Test
    void theWeaponsOfAPostTakenAreSpoilsNoCacheSeized() throws Exception {
        // the definite "الأسلحة" is left out of lex:cache-seized: the weapons told already, the post's
        List<EventClaim> es = events(dir, "هاجم مسلحو التنظيم مقراً للقوات الحكومية في بادية تدمر أمس، وقال مصدر"
                + " عسكري إن المسلحين تمكنوا من السيطرة على المقر وقتل عنصرين ومصادرة الأسلحة قبل أن يفروا.");
        assertTrue(!types(es).contains(CACHE), es.toString());
    }

    @Test
    void aCordonBeforeAnArrestCampaignIsHowTheArrestsWereMade() throws Exception {
        List<EventClaim> es = events(dir, "شنّت قوات النظام أمس حملة دهم واعتقال في حي الجورة بمدينة دير الزور"
                + " بعد تطويقه بالكامل، بحثاً عن الشبان المتخلفين عن الخدمة.");
        assertEquals(List.of("Arrests"), types(es), es.toString());
    }

    @Test
    void aCordonWhileRaidingHousesIsHowTheArrestsWereMade() throws Exception {
        List<EventClaim> es = events(dir, "طوّقت دوريات الأمن العسكري أمس بلدة مضايا بريف دمشق منفّذةً حملة دهم"
                + " واعتقالات بحق عدد من أبناء البلدة.");
        assertEquals(List.of("Arrests"), types(es), es.toString());
    }
}
