package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The present "تشهد" that opens a clause before an act's noun tells what goes on as the report is written
 * ("وتشهد المدينة اشتباكات بين …", "وتشهد مناطق الريف استنفاراً أمنياً"): the analysts code it as an event
 * of the report's day. What is habitual or long-standing stays background. Sentences written here, in the
 * style of the real pages; published Sunday 12 May 2024.
 */
class WitnessedNowTest {

    @TempDir Path dir;

    private static final LocalDate REPORT_DAY = LocalDate.of(2024, 5, 12);

    @Test
    void clashesAPlaceSeesNowAreAnEventOfTheReportDay() throws Exception {
        EventClaim e = TestArticles.only(dir, "وتشهد مدينة نوى اشتباكات بين مجموعات محلية ومسلحين متهمين بالانتماء لتنظيم داعش.");
        assertEquals(EventTypes.ARMED_CLASH, e.eventClass());
        assertTrue(TestArticles.places(e).contains("nawa"), TestArticles.places(e).toString());
        assertEquals(REPORT_DAY, e.time().start());
        assertEquals(REPORT_DAY, e.time().end());
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void anAlertAPlaceSeesNowIsAChangeOfActivityAssertedDespiteAPlanToldAfterIt() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "وتشهد مناطق ريف حماة استنفاراً أمنياً كبيراً لقوات النظام، مع ورود "
                + "أنباء أن القوات تعتزم إجبار معارضيها على الخروج من المنطقة.");
        EventClaim alert = es.stream().filter(e -> EventTypes.CHANGE_TO_GROUP_ACTIVITY.equals(e.eventClass())).findFirst().orElseThrow();
        assertEquals(Modality.ASSERTED, alert.modality());
        assertEquals(REPORT_DAY, alert.time().start());
        assertTrue(TestArticles.places(alert).contains("hama-countryside"), TestArticles.places(alert).toString());
    }

    @Test
    void whatGoesOnNowKeepsTheReportDayAfterAnActOfYesterdayAndADateOfAnotherNoun() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "اغتال مسلحون مجهولون شاباً مساء أمس السبت في بلدة طفس بريف درعا. "
                + "وتشهد مدينة نوى اشتباكات بين مجموعات محلية ومسلحين، بعد انتهاء المهلة التي حددتها المجموعات منذ ثلاثة أيام.");
        EventClaim clash = es.stream().filter(e -> EventTypes.ARMED_CLASH.equals(e.eventClass())).findFirst().orElseThrow();
        assertEquals(REPORT_DAY, clash.time().start(), es.toString());
        assertEquals(REPORT_DAY, clash.time().end(), es.toString());
    }

    @Test
    void intermittentClashesWithAPastVerbAreStillOneNightsFighting() throws Exception {
        EventClaim e = TestArticles.only(dir, "واندلعت اشتباكات متقطعة ليل أمس بين مجموعات محلية ومسلحين في مدينة نوى.");
        assertEquals(EventTypes.ARMED_CLASH, e.eventClass());
    }

    @Test
    void whatIsHabitualOrLongStandingStaysBackground() throws Exception {
        for (String s : List.of(
                "وتشهد مدن ريف حلب الشمالي بين فترة وأخرى احتجاجات على ممارسات عناصر الفصائل.",
                "ويشهد ريف إدلب الجنوبي قصفاً شبه يومي من قوات النظام.",
                "وتشهد مدينة الباب تفجيرات، غالباً ما تتهم بها خلايا التنظيم.",
                "وتشهد مدن الساحل منذ أشهر توتراً واشتباكات متقطعة بين مجموعات محلية.",
                "وتشهد أرياف اللاذقية اشتباكات متكررة بين قوات الأمن ومسلحين.",
                "وتشهد محافظة القنيطرة حوادث خطف تطال مدنيين وعسكريين.",
                "ويشهد موسم الحصاد في ريف حماة كل عام سقوط قتلى بانفجار ألغام من مخلفات الحرب.",
                "وتأتي الاشتباكات ضمن سلسلة مواجهات تشهدها المنطقة.",
                // intermittent fighting, and renewed "from time to time", with no article on "حين"
                "وتشهد محافظة درعا اشتباكات متقطعة بين مجموعات محلية وقوات الأمن تسفر عن قتلى من الطرفين.",
                "وتتجدد بين حين وآخر مواجهات محدودة بين الجيش ومقاتلي العشائر في قرى ريف دير الزور.")) {
            assertEquals(List.of(), types(TestArticles.events(dir, s)), s);
        }
    }
}
