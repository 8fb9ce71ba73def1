package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Background as real pages tell it (every sentence written here): a habit is no event, but the instance it
 * names as its latest ("كان آخرها …") is one; acts told by their noun over months gone by ("خلال الأشهر
 * الماضية") are background, while an act told by its own verb over them stays an act.
 */
class HabitsAndTheirLatestTest {

    @TempDir Path dir;

    @Test
    void theLatestInstanceOfAHabitIsAnEvent() throws Exception {
        EventClaim e = TestArticles.only(dir, "وتشهد محافظة درعا بين الحين والآخر عمليات اغتيال، كان آخرها مقتل شاب "
                + "برصاص مسلحين مجهولين في بلدة داعل يوم أمس.");
        assertEquals(EventTypes.ATTACK, e.eventClass());
        assertEquals(java.time.LocalDate.of(2024, 5, 11), e.time().start());
        assertTrue(TestArticles.places(e).contains("dail"), TestArticles.places(e).toString());
        // the latest told without a comma, by the bombing's noun, and the habit's town when it names none
        EventClaim bomb = TestArticles.only(dir, "وتشهد مدينة الباب تفجيرات متكررة آخرها انفجار سيارة مفخخة مساء "
                + "الجمعة.");
        assertEquals(org.isnad.vocab.Vocab.ISNAD + "RemoteExplosiveLandmineIED", bomb.eventClass());
        assertEquals(java.util.Set.of("al-bab"), TestArticles.places(bomb));
        // the habit alone is still none
        assertTrue(TestArticles.events(dir, "وتشهد محافظة درعا بين الحين والآخر عمليات اغتيال تطال عناصر سابقين "
                + "في الفصائل.").isEmpty());
    }

    @Test
    void actsByTheirNounOverMonthsGoneByAreBackground() throws Exception {
        assertTrue(TestArticles.events(dir, "وكانت مدينة طفس قد شهدت خلال الأشهر الماضية اشتباكات متقطعة بين مجموعات "
                + "محلية وقوات النظام.").isEmpty());
        assertTrue(TestArticles.events(dir, "ونفذت الأجهزة الأمنية في الآونة الأخيرة حملات دهم في قرى ريف دير الزور "
                + "الشرقي.").isEmpty());
        // an act told by its own verb over the weeks gone by is one act, and a dated month is an aggregate
        List<EventClaim> hq = TestArticles.events(dir, "وأشارت مصادر إلى أن الميليشيا حوّلت المدرسة خلال الأسابيع الماضية "
                + "إلى مقر عسكري في بلدة القورية.");
        assertEquals(1, hq.size(), hq.toString());
        assertEquals(1, TestArticles.events(dir, "وشهد ريف درعا الغربي خلال الشهر الماضي اشتباكات بين مجموعات محلية "
                + "وقوات النظام.").size());
    }

    @Test
    void aRecalledCampaignInThePresentIsNoAct() throws Exception {
        // "أن" is read as a verb by the morphology; it must not make the habit a past act
        assertTrue(TestArticles.events(dir, "يشار إلى أن قوات النظام تشن حملات اعتقال في مناطق ريف درعا بهدف "
                + "ملاحقة المطلوبين.").isEmpty());
        assertTrue(TestArticles.events(dir, "يذكر أن الأجهزة الأمنية تنفذ حملات دهم في قرى ريف حمص الشمالي.").isEmpty());
        // an act the background recalls by its past verb and day is still one
        EventClaim e = TestArticles.only(dir, "يذكر أن قوات النظام اعتقلت شابين في بلدة نوى يوم أمس.");
        assertEquals(EventTypes.ARRESTS, e.eventClass());
        assertEquals(java.time.LocalDate.of(2024, 5, 11), e.time().start());
    }

    @Test
    void whatAManArrestedIsAccusedOfOverTheWarsYearsIsBackground() throws Exception {
        // the arrest is the event; the executions and torture he is said to have done over the war's years are not
        List<EventClaim> es = TestArticles.events(dir, "وقالت مصادر محلية إن الموقوف الذي خدم في فروع أمنية بحماة وإدلب "
                + "شارك في عمليات إعدام ميدانية خلال سنوات الثورة.");
        assertTrue(es.isEmpty(), es.toString());
        assertTrue(TestArticles.events(dir, "ويتهم الأهالي الضابط بقصف أحياء المدينة خلال فترة حكم النظام السابق.").isEmpty());
        EventClaim arrest = TestArticles.only(dir, "واعتقلت قوى الأمن في ريف طرطوس أمس ضابطاً سابقاً متهماً بتعذيب "
                + "معتقلين خلال سنوات الحرب.");
        assertEquals(EventTypes.ARRESTS, arrest.eventClass());
    }
}
