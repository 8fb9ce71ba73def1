package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates of real reporting (every sentence written here): a day told before "من شهر" and a month in its two
 * names ("في الـ 19 من شهر نيسان/ أبريل الماضي"). Articles are published on Sunday 12 May 2024.
 */
class DatesBeforeTheWordMonthTest {

    @TempDir Path dir;

    @Test
    void theDayBeforeTheWordMonthIsKept() throws Exception {
        // "في الـ 19 من شهر نيسان/ أبريل الماضي": the day of the month, not the whole month
        for (String told : new String[] {"في الـ 19 من شهر نيسان/ أبريل الماضي", "في الـ19 من شهر نيسان / أبريل الماضي",
                "في التاسع عشر من شهر نيسان الماضي"}) {
            EventClaim e = TestArticles.only(dir, "وكان مدنيان قد قتلا " + told + " بانفجار عبوة ناسفة في مدينة الباب بريف حلب.");
            assertEquals(LocalDate.of(2024, 4, 19), e.time().start(), told);
            assertEquals(LocalDate.of(2024, 4, 19), e.time().end(), told);
        }
        // "في شهر نيسان الماضي" is still the month
        EventClaim month = TestArticles.only(dir, "وكان مدنيان قد قتلا في شهر نيسان الماضي بانفجار عبوة ناسفة في مدينة الباب بريف حلب.");
        assertEquals(LocalDate.of(2024, 4, 1), month.time().start());
        assertEquals(LocalDate.of(2024, 4, 30), month.time().end());
    }
}
