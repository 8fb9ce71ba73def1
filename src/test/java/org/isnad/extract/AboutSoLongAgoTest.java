package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "قبل نحو أسبوع", "منذ حوالي ثلاثة أسابيع": a time counted back from the report with a word of about before
 * the count (every sentence written here; published on Sunday 12 May 2024).
 */
class AboutSoLongAgoTest {

    @TempDir Path dir;

    @Test
    void aboutAWeekAgoIsAWeekBeforeTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir, "قبل نحو أسبوع، اغتال مسلحون مجهولون عنصراً سابقاً في الفصائل قرب بلدة دير مقرن بريف دمشق.");
        assertEquals(LocalDate.of(2024, 5, 5), e.time().start());
        assertEquals(LocalDate.of(2024, 5, 5), e.time().end());
    }

    @Test
    void aboutThreeWeeksAgoCountsWeeks() throws Exception {
        EventClaim e = TestArticles.only(dir, "قتل مسلحون مجهولون ثلاثة مدنيين في ريف بانياس منذ حوالي ثلاثة أسابيع.");
        assertEquals(LocalDate.of(2024, 4, 21), e.time().start());
        EventClaim plain = TestArticles.only(dir, "قتل مسلحون مجهولون ثلاثة مدنيين في ريف بانياس قبل ثلاثة أسابيع.");
        assertEquals(LocalDate.of(2024, 4, 21), plain.time().start());
    }

    @Test
    void weeksWithoutACountNameNoDay() throws Exception {
        // "منذ أسابيع" says no how many: no day
        EventClaim e = TestArticles.only(dir, "قتل مسلحون مجهولون ثلاثة مدنيين في ريف بانياس منذ أسابيع.");
        assertTrue(e.time().start() == null || TestArticles.undatedByText(e.time()), e.time().toString());
    }
}
