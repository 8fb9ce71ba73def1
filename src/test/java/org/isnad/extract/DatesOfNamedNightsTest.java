package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nights named by their weekday and the small hours after their midnight (every sentence written here).
 * News names a night by the day it follows: "ليلة الجمعة" runs into Saturday, and the hours after its
 * midnight are Saturday's once the report has reached that day.
 */
class DatesOfNamedNightsTest {

    @TempDir Path dir;

    private EventClaim on(String published, String body) throws Exception {
        return TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, published, body)).get(0);
    }

    @Test
    void afterMidnightOfANamedNightIsTheNextDay() throws Exception {
        // a Saturday page: "بعد منتصف ليلة الجمعة" is the small hours of Saturday
        for (String body : new String[] {
                "داهمت قوات الأمن بعد منتصف ليلة الجمعة منازل في حي الشعار واعتقلت عدداً من الشبان.",
                "اعتقلت دورية للشرطة، بعيد منتصف ليل الجمعة، ثلاثة شبان في بلدة الشحيل."}) {
            EventClaim e = on("2024-05-11", body);
            assertEquals(LocalDate.of(2024, 5, 11), e.time().start(), body);
            assertEquals(LocalDate.of(2024, 5, 11), e.time().end(), body);
        }
    }

    @Test
    void afterMidnightOfANightNotYetComeIsItsEve() throws Exception {
        // a Friday page: the night after Friday has not come; the night is the eve, its small hours Friday's
        EventClaim e = on("2024-05-10", "داهمت قوات الأمن بعد منتصف ليلة الجمعة منازل في حي الشعار واعتقلت عدداً من الشبان.");
        assertEquals(LocalDate.of(2024, 5, 10), e.time().start());
    }

    @Test
    void midnightOfANamedNightStaysThatDay() throws Exception {
        // "منتصف ليلة الأحد" with no "بعد" stays Sunday (Monday page)
        EventClaim e = on("2024-05-13", "انفجرت عبوة ناسفة منتصف ليلة الأحد بسيارة مدنية على طريق الكرامة.");
        assertEquals(LocalDate.of(2024, 5, 12), e.time().start());
    }
}
