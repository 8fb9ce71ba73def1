package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Places and dates as local outlets tell them (learnt from real pages, every sentence written here): the
 * night before, a day of the current month, the hospital the wounded were taken to, the area a village
 * lies in, and words that only look like place names. Articles are published on Sunday 12 May 2024.
 */
class RealPagesPlaceDateTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }


    private EventClaim only(String body) throws Exception {
        List<EventClaim> es = events(body);
        assertEquals(1, es.size(), es.toString());
        return es.get(0);
    }

    @Test
    void lastNightIsTheDayBeforePublication() throws Exception {
        EventClaim e = only("أصيب رجل برصاص مسلحين مجهولين، الليلة الماضية، قرب منزله في بلدة الشحيل.");
        assertEquals(LocalDate.of(2024, 5, 11), e.time().start());
        e = only("قتل شاب برصاص مجهولين الليلة الفائتة في بلدة الشحيل.");
        assertEquals(LocalDate.of(2024, 5, 11), e.time().start());
    }

    @Test
    void aDayOfTheCurrentOrLastMonthIsThatDay() throws Exception {
        EventClaim e = only("اغتال مسلحون شاباً في 9 من الشهر الجاري في بلدة الشحيل.");
        assertEquals(LocalDate.of(2024, 5, 9), e.time().start());
        assertEquals(LocalDate.of(2024, 5, 9), e.time().end());
        e = only("اغتال مسلحون شاباً في الرابع من الشهر الماضي في بلدة الشحيل.");
        assertEquals(LocalDate.of(2024, 4, 4), e.time().start());
        // the month alone is still the month
        e = only("اغتال مسلحون شاباً مطلع الشهر الجاري في بلدة الشحيل.");
        assertEquals(LocalDate.of(2024, 5, 1), e.time().start());
        assertEquals(LocalDate.of(2024, 5, 10), e.time().end());
    }

    @Test
    void theHospitalTheWoundedWereTakenToIsNotWhereItHappened() throws Exception {
        EventClaim e = only("أصيب رجلان بانفجار لغم أرضي، اليوم، في بلدة الشحيل، ونقلا إلى مشفى في مدينة دير الزور لتلقي العلاج.");
        assertTrue(places(e).contains("al-shuhail"), places(e).toString());
        assertFalse(places(e).contains("deir-ez-zor"), places(e).toString());
        e = only("قتل سائق بانفجار عبوة ناسفة بسيارته، صباح اليوم، قرب مدينة الميادين، وجرى إسعاف مرافقه إلى مستشفى الرقة.");
        assertTrue(places(e).contains("al-mayadin"), places(e).toString());
        assertFalse(places(e).contains("raqqa"), places(e).toString());
    }

    @Test
    void theAreaAVillageLiesInIsNoSecondSite() throws Exception {
        // "في قرية X في منطقة Y": Y is the area X lies in, one killing, not two
        List<EventClaim> es = events("اغتال مجهولون مختار قرية، اليوم، في قرية المرجة الشمالية في منطقة سهل الغاب بريف حماة.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(places(es.get(0)).contains("المرجة"), places(es.get(0)).toString());
        // two villages named one after the other are still two sites, and so is a second place after "وفي"
        es = events("قصفت قوات النظام بالمدفعية، اليوم، قريتي المرجة والعطشانة بريف حماة.");
        assertEquals(2, es.size(), es.toString());
        es = events("اغتال مجهولون شاباً، اليوم، في قرية المرجة وفي منطقة العطشانة بريف حماة.");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void aQuarterInANamedTownIsOneSiteInThatTown() throws Exception {
        // "في حي X في مدينة Y": the town is where the quarter lies, not a second abduction; the quarter named again
        // with a short vowel ("الشَّرفة") is the same quarter
        List<EventClaim> es = events("أطلق مسلحون سراح طفل بعد خطفه من أمام بيته في حي الشرفة في مدينة الميادين، قبل أسبوع. "
                + "وكان الطفل قد خطف في 3 أيار الجاري، على يد مسلحين على دراجة نارية في حي الشَّرفة بمدينة الميادين.");
        List<EventClaim> raids = es.stream().filter(e -> places(e).contains("الشرفة")).toList();
        assertEquals(1, raids.size(), es.stream().map(TestArticles::places).toList().toString());
        assertFalse(es.stream().anyMatch(e -> places(e).equals(Set.of("al-mayadin"))),
                es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void wordsThatOnlyLookLikePlaceNamesNameNone() throws Exception {
        // "مدني" (a civilian) is no "مدن" (cities) with "my": the word after it names no place
        EventClaim e = only("لقي رجل مدني حتفه برصاص مسلحين مجهولين، اليوم، في بلدة الشحيل.");
        assertEquals(Set.of("al-shuhail"), places(e));
        // "حاجز مؤقت": a temporary checkpoint, not a checkpoint called "مؤقت"
        List<EventClaim> es = events("أقامت قوات النظام حاجزاً مؤقتاً، اليوم، عند مدخل بلدة الشحيل، واعتقلت شابين.");
        for (EventClaim x : es) assertFalse(places(x).stream().anyMatch(p -> p.startsWith("مؤقت")), places(x).toString());
    }
}
