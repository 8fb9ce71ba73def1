package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An undated act told by another voice than the one that dated the lead's act borrows that date only when it
 * could be an account of the same act (OtherVoiceAct); an act in another governorate is presumed on the
 * day of the report's news (isnad:UpToReport). Sentences written here; published Sunday 12 May 2024.
 */
class DatesOtherVoiceActTest {

    @TempDir Path dir;

    private static final LocalDate YESTERDAY = LocalDate.of(2024, 5, 11);

    private static final String LEAD = "قُتل شاب برصاص مجهولين، أمس السبت، في مدينة جاسم بريف درعا الشمالي، بحسب مصادر محلية.\n";

    @Test
    void anotherVoicesActElsewhereBorrowsNoDate() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, LEAD
                + "في حين قال ناشطون إن قوات النظام قصفت بالمدفعية بلدة كفرنبل في ريف إدلب الجنوبي.");
        EventClaim other = es.get(es.size() - 1);
        assertEquals("UpToReport", other.time().precision(), other.time().toString());
        assertNull(other.time().relation(), other.time().toString());
        assertEquals(YESTERDAY, other.time().start(), "presumed on the day of the news, the lead's day");
    }

    @Test
    void anotherVoicesAccountOfTheSameActTakesItsDate() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, LEAD
                + "وذكر ناشطون أن الشاب قُتل بإطلاق نار مباشر في مدينة جاسم.");
        for (EventClaim e : es) {
            assertEquals(YESTERDAY, e.time().start(), e.time().toString());
            assertEquals("Day", e.time().precision(), e.time().toString());
        }
    }
}
