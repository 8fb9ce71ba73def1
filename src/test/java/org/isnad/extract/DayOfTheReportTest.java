package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day of the report is not the day of the act (every sentence written here; published Sunday 12 May 2024):
 * "أفاد المرصد، اليوم، بمقتل … أمس" reports today what took place yesterday.
 */
class DayOfTheReportTest {

    @TempDir Path dir;

    private static final LocalDate SUNDAY = LocalDate.of(2024, 5, 12), SATURDAY = LocalDate.of(2024, 5, 11);

    @Test
    void theActsOwnDayWinsOverTheDayOfTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir, "أفاد المرصد السوري لحقوق الإنسان، اليوم الأحد، بمقتل مدني برصاص مسلحين مجهولين في مدينة داعل بريف درعا مساء أمس.");
        assertEquals(SATURDAY, e.time().start());
        assertEquals(SATURDAY, e.time().end());
    }

    @Test
    void withNoDayOfItsOwnTheActTakesTheDayOfTheReport() throws Exception {
        EventClaim e = TestArticles.only(dir, "أفاد المرصد السوري لحقوق الإنسان، اليوم الأحد، بمقتل مدني برصاص مسلحين مجهولين في مدينة داعل بريف درعا.");
        assertEquals(SUNDAY, e.time().start());
    }
}
