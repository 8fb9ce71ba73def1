package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates written in figures (every sentence written here): day/month/year, year first, with dashes. */
class DatesInFiguresTest {

    @TempDir Path dir;

    @Test
    void aDateInFiguresIsThatDay() throws Exception {
        EventClaim dmy = TestArticles.only(dir, "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي بتاريخ 3/4/2024.");
        assertEquals(LocalDate.of(2024, 4, 3), dmy.time().start());
        assertEquals(LocalDate.of(2024, 4, 3), dmy.time().end());
        EventClaim ymd = TestArticles.only(dir, "اعتقلت دورية للأمن العسكري ثلاثة شبان في مدينة داعل بتاريخ ٢٠٢٤/٠٣/١١.");
        assertEquals(LocalDate.of(2024, 3, 11), ymd.time().start());
        EventClaim dashes = TestArticles.only(dir, "قصفت قوات النظام يوم 10-03-2024 بلدة كفرنبل بريف إدلب الجنوبي.");
        assertEquals(LocalDate.of(2024, 3, 10), dashes.time().start());
    }

    @Test
    void numbersThatAreNoDayAreNoDate() throws Exception {
        // a month 13 is no month; two numbers without a year are no date
        EventClaim bad = TestArticles.only(dir, "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي بتاريخ 3/13/2024.");
        assertTrue(TestArticles.undatedByText(bad.time()), bad.time().toString());
        EventClaim noYear = TestArticles.only(dir, "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي بتاريخ 3/4.");
        assertTrue(TestArticles.undatedByText(noYear.time()), noYear.time().toString());
    }

    @Test
    void aMiddleNumberTooLongForAnIntIsNoMonthAndNoFailure() throws Exception {
        // the fuzzer's "1/088888888885/2024": read as a month, it overflowed an int and stopped the article
        EventClaim code = TestArticles.only(dir, "قصفت قوات النظام بلدة كفرنبل بريف إدلب الجنوبي، رقم الملف 3/088888888885/2024.");
        assertTrue(TestArticles.undatedByText(code.time()), code.time().toString());
    }
}
