package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A weekday followed by the full date it falls on, in the forms real pages write it (every sentence written
 * here; the articles are published on Sunday 12 May 2024): the date dates the act, not the last such weekday
 * before the report.
 */
class WeekdayWithItsDateTest {

    @TempDir Path dir;

    @Test
    void aWeekdayCalledLastThenItsDate() throws Exception {
        // "يوم الجمعة الماضي، 26 من نيسان": the Friday named is the one of the date, a fortnight back
        EventClaim e = TestArticles.only(dir, "قتل عنصران من قوات النظام بهجوم لمسلحين مجهولين على حاجز في ريف سلمية يوم الجمعة الماضي، 26 من نيسان.");
        assertEquals(LocalDate.of(2024, 4, 26), e.time().start());
        assertEquals(LocalDate.of(2024, 4, 26), e.time().end());
        EventClaim noComma = TestArticles.only(dir, "اعتقلت الشرطة العسكرية ستة شبان على حاجز في مدينة جنديرس السبت الماضي 27 أبريل.");
        assertEquals(LocalDate.of(2024, 4, 27), noComma.time().start());
    }

    @Test
    void aWeekdayThenItsDateInFigures() throws Exception {
        // "الثلاثاء 2/4/2024": the figures, not the Tuesday before the report
        EventClaim slash = TestArticles.only(dir, "أصيب شابان بجروح برصاص مسلحين مجهولين على طريق الثعلة في ريف السويداء الغربي يوم الثلاثاء 2/4/2024.");
        assertEquals(LocalDate.of(2024, 4, 2), slash.time().start());
        assertEquals(LocalDate.of(2024, 4, 2), slash.time().end());
        EventClaim dashes = TestArticles.only(dir, "خطف مسلحون مجهولون شاباً على طريق دمشق السويداء يوم الأربعاء 17-4-2024.");
        assertEquals(LocalDate.of(2024, 4, 17), dashes.time().start());
    }

    @Test
    void aWeekdayThenTheDateItCorrespondsTo() throws Exception {
        // "يوم الخميس الموافق 2 أيار": الموافق joins the weekday to its date
        EventClaim e = TestArticles.only(dir, "انفجر لغم من مخلفات الحرب بمزارعين في بلدة داعل بريف درعا يوم الخميس الموافق 2 أيار.");
        assertEquals(LocalDate.of(2024, 5, 2), e.time().start());
        assertEquals(LocalDate.of(2024, 5, 2), e.time().end());
    }

    @Test
    void aWeekdayCalledLastAloneIsStillTheLastSuchDay() throws Exception {
        // no date after it: the Friday before the report (10 May), as before
        EventClaim e = TestArticles.only(dir, "قتل عنصران من قوات النظام بهجوم لمسلحين مجهولين على حاجز في ريف سلمية يوم الجمعة الماضي.");
        assertEquals(LocalDate.of(2024, 5, 10), e.time().start());
    }
}
