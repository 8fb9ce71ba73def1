package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates as real reporting tells them (every sentence written here): a day of the month written with a
 * detached article, the day of a relayed report, the day an event is told to have happened before the
 * report. Articles are published on Sunday 12 May 2024.
 */
class DatesOfRelayedReportsTest {

    @TempDir Path dir;

    private EventClaim only(String body) throws Exception {
        return TestArticles.only(dir, body);
    }

    @Test
    void aDayNumberAfterADetachedArticleIsThatDay() throws Exception {
        // "في الـ 7 من الشهر الجاري": the tatweel of "الـ" does not glue the article to the number
        EventClaim e = only("أعدم عناصر من التنظيم شاباً في الـ 7 من الشهر الجاري في بلدة الشحيل.");
        assertEquals(LocalDate.of(2024, 5, 7), e.time().start());
        assertEquals(LocalDate.of(2024, 5, 7), e.time().end());
        e = only("قتل مسلحون رجلاً في قرية الطكيحي بالـ 3 من الشهر الماضي.");
        assertEquals(LocalDate.of(2024, 4, 3), e.time().start());
    }

    @Test
    void theDayOfAStatementDoesNotDateWhatItSaysHappenedTheDayBefore() throws Exception {
        // "ووفق بيان …، اليوم، …، فإن … أمس": the report is today, the strike yesterday
        EventClaim e = only("وبحسب تقرير للدفاع المدني، اليوم الأحد، فإن طائرات حربية روسية شنت أمس السبت، غارتين على أطراف بلدة سرمين.");
        assertEquals(LocalDate.of(2024, 5, 11), e.time().start());
        e = only("ووفق بيان للدفاع المدني، اليوم، الأحد 12 من أيار، فإن الطائرات الروسية صعدت قصفها، أمس، مستهدفة بغارتين أطراف بلدة سرمين.");
        assertEquals(LocalDate.of(2024, 5, 11), e.time().start());
    }

    @Test
    void aWordCutWithADotToPassFiltersDoesNotEndTheSentence() throws Exception {
        // "مجـ.ـهولين هاجـ.ـموا": the dot between two tatweels cuts a word; the sentence and its day go on
        EventClaim e = only("وقالت الوكالة اليوم الأحد: إن مجـ.ـهولين هاجـ.ـموا حاجزاً للشرطة في بلدة الشحيل.");
        assertEquals(LocalDate.of(2024, 5, 12), e.time().start());
    }

    @Test
    void aNightToldOverItsTwoDaysIsBothDays() throws Exception {
        // "ليل الجمعة - السبت", "مساء الجمعة وصباح السبت": the night runs from one day into the next
        for (String body : new String[] {
                "قصفت قوات النظام بالمدفعية أطراف بلدة سرمين ليل الجمعة - السبت.",
                "هاجمت مجموعة مسلحة حاجزاً في قرية الطكيحي في ساعات متأخرة من مساء الجمعة وصباح السبت."}) {
            EventClaim e = only(body);
            assertEquals(LocalDate.of(2024, 5, 10), e.time().start(), body);
            assertEquals(LocalDate.of(2024, 5, 11), e.time().end(), body);
        }
        // two days that do not follow each other stay the first
        EventClaim e = only("قصفت قوات النظام بالمدفعية أطراف بلدة سرمين يوم الخميس، والسبت شهد هدوءاً.");
        assertEquals(LocalDate.of(2024, 5, 9), e.time().end());
    }
}
