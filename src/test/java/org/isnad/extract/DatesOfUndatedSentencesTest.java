package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates of events told without date words of their own (every sentence written here): which take the date of
 * the account around them, and which are of no told day. Articles are published on Sunday 12 May 2024.
 */
class DatesOfUndatedSentencesTest {

    @TempDir Path dir;

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 12);

    @Test
    void anEarlierShellingTakesNoDateFromTheAccount() throws Exception {
        // "جراء قصف مدفعي سابق": the death is told today, the shelling is earlier, on no day the text gives
        List<EventClaim> es = TestArticles.events(dir,
                "قصفت قوات النظام، صباح اليوم الأحد، بلدة كنصفرة بريف إدلب الجنوبي بالمدفعية الثقيلة.\n"
                + "وأفاد مراسلنا بأن امرأة توفيت متأثرة بجراح أصيبت بها نتيجة قصف مدفعي سابق على مدينة كفرنبل.");
        assertEquals(2, es.size(), es.toString());
        assertEquals(TODAY, es.get(0).time().start());
        assertNull(es.get(1).time().start(), "the earlier shelling has no day of its own: " + es.get(1).time());
    }

    @Test
    void anEarlierStrikeTakesNotItsSentencesDate() throws Exception {
        // "…، اليوم، … جراء غارة سابقة": the sentence's date is of the death, not of the strike
        EventClaim e = TestArticles.only(dir,
                "توفي طفل، اليوم الأحد، في مدينة سراقب متأثراً بجراحه جراء غارة جوية سابقة على المدينة.");
        assertNull(e.time().start(), e.time().toString());
    }

    @Test
    void aShellingNotToldAsEarlierTakesTheAccountsDate() throws Exception {
        // the same sentence without "سابق" continues the dated account
        List<EventClaim> es = TestArticles.events(dir,
                "قصفت قوات النظام، صباح اليوم الأحد، بلدة كنصفرة بريف إدلب الجنوبي بالمدفعية الثقيلة.\n"
                + "وأفاد مراسلنا بأن امرأة قتلت نتيجة قصف مدفعي على مدينة كفرنبل.");
        assertEquals(TODAY, es.get(es.size() - 1).time().start());
    }

    @Test
    void theLastFewHoursAreTheDayOfTheReport() throws Exception {
        // "خلال الساعات القليلة الماضية": the hours before the report, as "قبل ساعات" is
        for (String body : new String[] {
                "شهدت مدينة الباب بريف حلب خلال الساعات القليلة الماضية مظاهرة أمام مبنى المجلس المحلي.",
                "اعتقلت قوات النظام في الساعات الأخيرة ثلاثة شبان في مدينة جاسم."}) {
            EventClaim e = TestArticles.only(dir, body);
            assertEquals(TODAY, e.time().start(), body);
            assertEquals(TODAY, e.time().end(), body);
        }
    }

    @Test
    void aWeekdayBeforeTheDateItFallsOnIsThatDate() throws Exception {
        // "صباح الجمعة في الثالث من أيار الجاري": the date says which Friday, not the last one before the report
        for (String body : new String[] {
                "وصباح الجمعة في الثالث من أيار الجاري، قتل ثلاثة أطفال بقصف مدفعي على بلدة كنصفرة.",
                "قتل ثلاثة أطفال يوم الجمعة في 3 أيار الجاري بقصف مدفعي على بلدة كنصفرة."}) {
            EventClaim e = TestArticles.only(dir, body);
            assertEquals(LocalDate.of(2024, 5, 3), e.time().start(), body);
        }
    }

    @Test
    void anUndatedLeadTakesTheDayTheAccountGivesLater() throws Exception {
        // a wire item's lead tells the news with no date words; the next sentence gives its day
        List<EventClaim> es = TestArticles.events(dir,
                "أفادت مصادر محلية بمقتل أربعة مدنيين في قصف مدفعي لقوات النظام على مدينة جاسم.\n"
                + "وقال مراسلنا إن قوات النظام شنت منذ صباح الجمعة هجوماً على أحياء مدينة درعا.");
        assertEquals(LocalDate.of(2024, 5, 10), es.get(0).time().start(), es.get(0).time().toString());
    }

    @Test
    void anUndatedLeadTakesNoOldDateToldLater() throws Exception {
        // a day of years ago after the lead is background, not the lead's day
        List<EventClaim> es = TestArticles.events(dir,
                "أفادت مصادر محلية بمقتل أربعة مدنيين في قصف مدفعي لقوات النظام على مدينة جاسم.\n"
                + "وكانت قوات النظام قد شنت في 3 آذار 2019 هجوماً على أحياء مدينة درعا.");
        assertTrue(TestArticles.undatedByText(es.get(0).time()), es.get(0).time().toString());
    }

    @Test
    void anUnprecedentedEscalationIsNotDatedByTheYearItIsComparedWith() throws Exception {
        // "غير المسبوق منذ عام 2018": how rare the shelling is, not when it took place
        EventClaim e = TestArticles.only(dir,
                "قصفت قوات النظام أحياء مدينة درعا بالمدفعية الثقيلة في تصعيد غير مسبوق منذ عام 2018.");
        assertTrue(TestArticles.undatedByText(e.time()), e.time().toString());
    }

    @Test
    void theLargestProtestSinceTheUprisingBeganIsNotDatedByItsStart() throws Exception {
        // "أكبر … منذ انطلاق الاحتجاجات في آذار": the start it is compared with, not the day of the protest
        List<EventClaim> es = TestArticles.events(dir, "خرج الآلاف اليوم الأحد في مظاهرة حاشدة في مدينة حمص. وتحدث"
                + " ناشطون عن أكبر مظاهرة تشهدها مدينة حمص منذ انطلاق الاحتجاجات في شهر آذار من عام 2011.");
        for (EventClaim e : es) assertTrue(e.time().start() == null || e.time().start().getYear() != 2011, e.time().toString());
    }

    @Test
    void aDayOfAnotherMatterDoesNotReachBackToTheLead() throws Exception {
        // "وفي سياق منفصل": the day told after it is of another account
        List<EventClaim> es = TestArticles.events(dir,
                "أفادت مصادر محلية بمقتل أربعة مدنيين في قصف مدفعي لقوات النظام على مدينة جاسم.\n"
                + "وفي سياق منفصل، اعتقلت قوات النظام صباح الجمعة ثلاثة شبان في مدينة درعا.");
        assertTrue(TestArticles.undatedByText(es.get(0).time()), es.get(0).time().toString());
    }

    @Test
    void anUndatedLeadTakesTheDayOfASourceThatTellsNoActOfItsOwn() throws Exception {
        // the lead has no date words; the next sentence names the day, telling only where the wounded were taken
        List<EventClaim> es = TestArticles.events(dir,
                "قتل أربعة أشخاص بهجوم مسلح نفذه مجهولون على رعاة أغنام قرب قرية الحيوانية بريف حمص الشرقي.\n"
                + "وذكرت إذاعة محلية، اليوم الأحد، أن المصابين نقلوا إلى مشافي مدينة حمص لتلقي العلاج.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(TODAY, es.get(0).time().start(), es.get(0).time().toString());
        assertEquals(TODAY, es.get(0).time().end(), es.get(0).time().toString());
    }

    @Test
    void theDayOfAReportOfNoActDatesTheActsToldAfterIt() throws Exception {
        // "أفاد مراسل …، أمس السبت، باستمرار التوتر": the summary names the day, the next sentence tells the act
        List<EventClaim> es = TestArticles.events(dir,
                "أفاد مراسلنا في درعا، أمس السبت، باستمرار حالة التوتر في مدينة جاسم.\n"
                + "وأوضح أن مسلحين مجهولين هاجموا حاجزاً لقوات النظام على مدخل المدينة.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(TODAY.minusDays(1), es.get(0).time().start(), es.get(0).time().toString());
    }

    @Test
    void theDayOfAnotherItemDoesNotDateTheLead() throws Exception {
        // "من جهة أخرى": the day a sentence of another item names is that item's
        List<EventClaim> es = TestArticles.events(dir,
                "قتل أربعة أشخاص بهجوم مسلح نفذه مجهولون على رعاة أغنام قرب قرية الحيوانية بريف حمص الشرقي.\n"
                + "من جهة أخرى، ذكرت إذاعة محلية، اليوم الأحد، أن المدارس أغلقت أبوابها في مدينة حمص.");
        assertTrue(TestArticles.undatedByText(es.get(0).time()), es.get(0).time().toString());
    }
}
