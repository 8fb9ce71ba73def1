package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates whose words a page runs together or orders otherwise (every sentence written here): a number glued to
 * the month ("7أيار"), the article on the day ("الـ8"), and the demonstrative before the unit ("هذا الشهر",
 * "مطلع هذا العام"). Articles are published on Sunday 12 May 2024.
 */
class DatesWrittenTogetherTest {

    @TempDir Path dir;

    private static LocalDate day(int d) {
        return LocalDate.of(2024, 5, d);
    }

    @Test
    void aNumberGluedToTheMonthIsTheDayOfThatMonth() throws Exception {
        // "في 7أيار" is "في 7 أيار", and "في 3 نيسان2024" names its year
        EventClaim e = TestArticles.only(dir, "قصفت قوات النظام في 7أيار الجاري بلدة كفرنبل بريف إدلب الجنوبي.");
        assertEquals(day(7), e.time().start());
        assertEquals(day(7), e.time().end());
        EventClaim year = TestArticles.only(dir, "قصفت قوات النظام في 3 نيسان2023 بلدة كفرنبل بريف إدلب الجنوبي.");
        assertEquals(LocalDate.of(2023, 4, 3), year.time().start());
    }

    @Test
    void theArticleOnADayNumberIsTheDayOfTheMonthNamed() throws Exception {
        // "في الـ8 من الشهر الجاري" as "في الـ 8 من الشهر الجاري"
        EventClaim e = TestArticles.only(dir, "اعتقلت دورية للأمن العسكري في الـ8 من الشهر الجاري ثلاثة شبان في مدينة داعل بريف درعا.");
        assertEquals(day(8), e.time().start());
        assertEquals(day(8), e.time().end());
    }

    @Test
    void theDemonstrativeBeforeTheUnitIsTheCurrentPeriod() throws Exception {
        // "في الـ8 من هذا الشهر": the 8th of this month
        EventClaim e = TestArticles.only(dir, "اعتقلت دورية للأمن العسكري في الـ8 من هذا الشهر ثلاثة شبان في مدينة داعل بريف درعا.");
        assertEquals(day(8), e.time().start());
        // "مطلع هذا العام": the first two months of this year
        EventClaim early = TestArticles.only(dir, "اعتقلت دورية للأمن العسكري مطلع هذا العام ثلاثة شبان في مدينة داعل بريف درعا.");
        assertEquals(LocalDate.of(2024, 1, 1), early.time().start());
        assertEquals(LocalDate.of(2024, 2, 29), early.time().end());
        // "خلال هذا الشهر": May up to its end
        List<EventClaim> es = TestArticles.events(dir, "اعتقلت دورية للأمن العسكري خلال هذا الشهر ثلاثة شبان في مدينة داعل بريف درعا.");
        assertEquals(day(1), es.get(0).time().start());
        // "هذا الأسبوع" before a list of days sums them up: it is not read as the week
        EventClaim week = TestArticles.only(dir, "اعتقلت دورية للأمن العسكري هذا الأسبوع ثلاثة شبان في مدينة داعل بريف درعا.");
        assertEquals(day(12), week.time().start());
    }
}
