package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A day that belongs to the report, not to the act's own words, is kept as a presumption (isnad:UpToReport):
 * the speaker's day ("قال المرصد، الاثنين، إن …"), the account's day of a sentence that tells no act, and no day
 * at all for a count of days in a row ("لليوم الخامس على التوالي"). Every sentence is written here; articles
 * are published on Sunday 12 May 2024.
 */
class DatesOfTheReportsDayTest {

    @TempDir Path dir;

    private static final LocalDate SUNDAY = LocalDate.of(2024, 5, 12), MONDAY = LocalDate.of(2024, 5, 6);

    @Test
    void daysInARowAreNoDayOfTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "واصل الطيران المروحي قصفه بالبراميل المتفجرة لأحياء مدينة حلب لليوم الخامس على التوالي، ما أدى إلى مقتل ستة مدنيين في حي الشعار.");
        assertNull(e.time().text(), "\"لليوم\" is no date word here: " + e.time());
        assertEquals("UpToReport", e.time().precision(), e.time().toString());
        assertEquals(SUNDAY, e.time().start());
    }

    @Test
    void theSpeakersDayIsPresumedForTheActItReports() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "قال المرصد السوري لحقوق الإنسان، الاثنين، إن مسلحين مجهولين اختطفوا أربعة شبان على طريق دمشق السويداء.");
        assertEquals("UpToReport", e.time().precision(), e.time().toString());
        assertEquals(MONDAY, e.time().start());
        assertEquals(MONDAY, e.time().end());
    }

    @Test
    void theActsOwnDayAfterTheSpeakersIsNoPresumption() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "قال المرصد السوري لحقوق الإنسان، اليوم الأحد، إن مسلحين مجهولين اختطفوا أربعة شبان على طريق دمشق السويداء مساء أمس.");
        assertEquals("Day", e.time().precision(), e.time().toString());
    }

    @Test
    void theAccountsDayIsPresumedForTheUndatedActsOfTheAccount() throws Exception {
        var es = TestArticles.events(dir, "الأحد 2024/05/12\n"
                + "وقال ناشطون إن الطيران المروحي ألقى براميل متفجرة على حي الصاخور في مدينة حلب، ما أدى إلى مقتل عشرة مدنيين.");
        assertEquals(1, es.size(), es.toString());
        assertEquals("UpToReport", es.get(0).time().precision(), es.get(0).time().toString());
        assertEquals(SUNDAY, es.get(0).time().start());
    }

    @Test
    void someDaysAgoIsPresumedInTheWeekBeforeTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "وكان المرصد قد أحصى قبل أيام مقتل خمسة عناصر من التنظيم في غارات جوية روسية على بادية حمص.");
        assertEquals("UpToReport", e.time().precision(), e.time().toString());
        assertEquals(LocalDate.of(2024, 5, 5), e.time().start());
        assertEquals(LocalDate.of(2024, 5, 11), e.time().end());
    }

    @Test
    void earlierWithNoReachStaysUnresolved() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "وكانت قوات النظام قد اعتقلت في وقت سابق ثلاثة شبان من بلدة الصنمين بريف درعا الشمالي.");
        assertEquals(null, e.time().start(), e.time().toString());
    }
}
