package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A time word bounded by the period after it (every sentence written here, in the styles of wire and Syrian
 * local outlets): "في وقت سابق من الشهر الجاري" is the report's month up to its day, and "الجمعة الأسبوع
 * الماضي" the Friday of the week before. Articles are published on Sunday 12 May 2024.
 */
class DatesWithinPeriodTest {

    @TempDir Path dir;

    private static final LocalDate SUNDAY = LocalDate.of(2024, 5, 12);

    @Test
    void earlierThisMonthRunsFromTheMonthsStartToTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "وفي وقت سابق من الشهر الجاري، قال مصدر في الشرطة إن سيارة مفخخة انفجرت قرب دوار البريد في مدينة درعا.");
        assertEquals(LocalDate.of(2024, 5, 1), e.time().start(), e.time().toString());
        assertEquals(SUNDAY, e.time().end());
        EventClaim year = TestArticles.only(dir,
                "واعتقلت دورية للأمن العسكري في وقت سابق من هذا العام ثلاثة شبان في بلدة الكرك الشرقي.");
        assertEquals(LocalDate.of(2024, 1, 1), year.time().start(), year.time().toString());
        assertEquals(SUNDAY, year.time().end());
        // "في وقت سابق" alone names no day, as before
        EventClaim vague = TestArticles.only(dir, "واعتقلت دورية للأمن العسكري في وقت سابق ثلاثة شبان في بلدة الكرك الشرقي.");
        assertTrue(TestArticles.undatedByText(vague.time()), vague.time().toString());
    }

    @Test
    void aWeekdayOfLastWeekIsInTheWeekBeforeTheReports() throws Exception {
        // on Sunday 12 May the last Friday is the 10th, in the report's week; last week's Friday is the 3rd
        EventClaim e = TestArticles.only(dir,
                "وكان محتجون قد خرجوا بعد صلاة الجمعة الأسبوع الماضي في مظاهرة جابت شوارع مدينة جاسم.");
        assertEquals(LocalDate.of(2024, 5, 3), e.time().start(), e.time().toString());
        EventClaim from = TestArticles.only(dir,
                "وخرج محتجون يوم الثلاثاء من الأسبوع الماضي في مظاهرة جابت شوارع مدينة جاسم.");
        assertEquals(LocalDate.of(2024, 4, 30), from.time().start(), from.time().toString());
        // the weekday alone is the last one, as before
        EventClaim plain = TestArticles.only(dir, "وخرج محتجون بعد صلاة الجمعة في مظاهرة جابت شوارع مدينة جاسم.");
        assertEquals(LocalDate.of(2024, 5, 10), plain.time().start(), plain.time().toString());
    }
}
