package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protesters named again in a later sentence are the crowd of the protest told before, whatever day
 * their sentence names for something else (every sentence written here, in the outlets' style).
 */
class ProtestersToldBeforeTest {

    @TempDir Path dir;

    private List<EventClaim> on(String published, String body) throws Exception {
        return TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, published, body));
    }

    @Test
    void theProtestersBannersAgainstADecisionOfTheDayBeforeAreThatProtest() throws Exception {
        List<EventClaim> es = on("2024-08-23", "خرج مئات من أهالي مدينة السويداء، اليوم الجمعة 23 من آب، "
                + "في مظاهرة وسط المدينة للمطالبة بالتغيير السياسي. وانتقد المتظاهرون في لافتاتهم القرار الذي أصدرته "
                + "الحكومة الخميس 22 من آب برفع أسعار المحروقات.");
        assertEquals(List.of("PeacefulProtest"), TestArticles.types(es));
        assertEquals("2024-08-23", es.get(0).time().start().toString());
        assertEquals(java.util.Set.of("suwayda"), TestArticles.places(es.get(0)));
    }

    @Test
    void moreProtestersThanTheDayBeforeIsStillOneProtest() throws Exception {
        List<EventClaim> es = on("2024-07-09", "شهدت مدينة جرمانا بريف دمشق، مساء اليوم الثلاثاء 9 تموز، "
                + "احتجاجات على انقطاع الكهرباء قطع خلالها الأهالي الطرقات. وازدادت أعداد المحتجين "
                + "مقارنة بيوم أمس.");
        assertEquals(List.of("PeacefulProtest"), TestArticles.types(es));
        assertEquals("2024-07-09", es.get(0).time().start().toString());
    }

    @Test
    void protestersWhoWentOutAgainOnALaterDayAreAnotherProtest() throws Exception {
        List<EventClaim> es = on("2024-08-23", "خرج مئات من أهالي مدينة السويداء، يوم الخميس 22 من آب، "
                + "في مظاهرة وسط المدينة للمطالبة بالتغيير السياسي. وعاد المتظاهرون إلى الساحة اليوم الجمعة 23 من آب "
                + "رافعين لافتات تطالب بإسقاط النظام.");
        assertEquals(2, es.size());
    }

    @Test
    void aVerbAfterTheListsCommaIsNoFurtherPlace() throws Exception {
        List<EventClaim> es = on("2024-05-15", "خرجت، اليوم الأربعاء، مظاهرات في مدن بنش وأريحا وسرمدا، طالب "
                + "المشاركون فيها بالإفراج عن المعتقلين.");
        assertEquals(3, es.size());
        for (EventClaim e : es) assertEquals(1, e.places().size() + e.placeTexts().size(), e.placeTexts().toString());
    }

    @Test
    void gunmenFiringToDisperseTheProtestersLaterAreThatProtestsIntervention() throws Exception {
        List<EventClaim> es = on("2018-03-09", "خرج العشرات من أهالي بلدة كفر بطنا اليوم الجمعة في مظاهرة جابت "
                + "الشوارع للمطالبة بفتح المعابر. وأطلق مسلحون الرصاص في الهواء لتفريق المتظاهرين.");
        assertEquals(List.of("ProtestWithIntervention"), TestArticles.types(es));
    }

    @Test
    void aDispersalInTheProtestsOwnSentenceIsThatProtest() throws Exception {
        List<EventClaim> es = on("2018-03-09", "تظاهر عشرات الشبان اليوم الجمعة في بلدة كفر بطنا مطالبين بخروج "
                + "الفصائل، وأطلق عناصر الفصيل النار في الهواء لتفريق المحتجين.");
        assertEquals(List.of("ProtestWithIntervention"), TestArticles.types(es));
    }
}
