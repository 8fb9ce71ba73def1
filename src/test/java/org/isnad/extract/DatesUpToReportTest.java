package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event told with no date words, that borrows none from another sentence, is presumed to lie on the day of
 * the report's news (isnad:UpToReport): the publication day, or the days of the article's first dated act in the week before it; background, earlier acts, series and threats are not. Every sentence is
 * written here; articles are published on Sunday 12 May 2024.
 */
class DatesUpToReportTest {

    @TempDir Path dir;

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 12);

    @Test
    void anUndatedWireItemIsPresumedOnTheDayOfTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "قُتل عنصر من قوات النظام بانفجار عبوة ناسفة استهدفت سيارته في مدينة إزرع بريف درعا.");
        assertEquals("UpToReport", e.time().precision(), e.time().toString());
        assertEquals(TODAY, e.time().start());
        assertEquals(TODAY, e.time().end());
        assertNull(e.time().text(), "the text gives no date words");
        assertNull(e.time().relation());
        assertTrue(e.places().stream().anyMatch(p -> p.endsWith("izra") || p.contains("izra")), e.places().toString());
    }

    @Test
    void aDatedItemKeepsItsDay() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "قُتل عنصر من قوات النظام، اليوم الأحد، بانفجار عبوة ناسفة استهدفت سيارته في مدينة إزرع بريف درعا.");
        assertEquals("Day", e.time().precision());
        assertEquals(TODAY, e.time().start());
    }

    @Test
    void aPluperfectBackgroundItemStaysUnresolved() throws Exception {
        // the account's act has a day; what "كان … قد" tells had happened before it, on no day the text gives
        List<EventClaim> es = TestArticles.events(dir,
                "اعتقلت قوات النظام، اليوم الأحد، شابين في مدينة جاسم بريف درعا.\n"
                + "وكانت عبوة ناسفة قد انفجرت بدورية لقوات النظام في بلدة نمر المجاورة.");
        EventClaim background = es.get(es.size() - 1);
        assertNull(background.time().start(), background.time().toString());
        assertEquals("Unresolved", background.time().precision());
    }

    @Test
    void aThreatStaysUnresolved() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "هددت فصائل محلية بشن هجوم على مقرات الأمن العسكري في مدينة طفس بريف درعا الغربي.");
        assertTrue(!es.isEmpty(), "the threat is a claim");
        for (EventClaim e : es) {
            assertEquals(Modality.PLANNED, e.modality());
            assertNull(e.time().start(), e.time().toString());
        }
    }

    @Test
    void aSeriesOfActsStaysUnresolved() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وتشهد مدينة طفس بريف درعا عمليات اغتيال متكررة تطال عناصر سابقين في فصائل المعارضة.");
        for (EventClaim e : es) assertNull(e.time().start(), e.time().toString());
    }

    @Test
    void withoutAPublicationDateItStaysUnresolved() throws Exception {
        List<EventClaim> es = TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, null,
                "قُتل عنصر من قوات النظام بانفجار عبوة ناسفة استهدفت سيارته في مدينة إزرع بريف درعا."));
        assertEquals(1, es.size(), es.toString());
        assertNull(es.get(0).time().start());
        assertEquals("Unresolved", es.get(0).time().precision());
    }

    @Test
    void twoReportsOfTheItemShareThePresumption() throws Exception {
        // another voice on the same undated act: both reports of it lie in the same week
        List<EventClaim> es = TestArticles.events(dir,
                "قُتل عنصر من قوات النظام بانفجار عبوة ناسفة استهدفت سيارته في مدينة إزرع بريف درعا.\n"
                + "وأكد المرصد السوري لحقوق الإنسان مقتل العنصر بانفجار العبوة في المدينة.");
        for (EventClaim e : es) assertEquals("UpToReport", e.time().precision(), es.toString());
    }

    @Test
    void anUndatedActOfANewsOfYesterdayTakesThatDay() throws Exception {
        // a report of Sunday on a night of Saturday: the undated act told with it is presumed on that night's
        // day, not on the day of publication
        List<EventClaim> es = TestArticles.events(dir,
                "قُتل شاب ليلة أمس السبت برصاص مسلحين مجهولين في حي المشلب بمدينة الرقة.\n"
                + "وفي سياق منفصل، اعتقلت قوات سوريا الديمقراطية ثلاثة شبان في بلدة الكرامة بريف الرقة الشرقي.");
        EventClaim arrests = es.get(es.size() - 1);
        assertEquals("UpToReport", arrests.time().precision(), es.toString());
        assertEquals(TODAY.minusDays(1), arrests.time().start(), arrests.time().toString());
    }
}
