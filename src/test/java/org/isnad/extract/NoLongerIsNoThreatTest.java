package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "لم تعد تكفي" (no longer enough) is no threat: the dictionary also reads "تعد" as a passive of توعّد, and
 * a protest told with its demands ("للمطالبة بزيادة أجورهم التي لم تعد تكفي") became a plan, undated. One
 * who threatens speaks in the active voice (lex:threatened isnad:activeVoice). Sentences written here;
 * articles are published on Sunday 12 May 2024.
 */
class NoLongerIsNoThreatTest {

    @TempDir Path dir;

    private static final LocalDate SUNDAY = LocalDate.of(2024, 5, 12);

    @Test
    void aProtestOverPayThatNoLongerSufficesIsHeldTodayNotPlanned() throws Exception {
        EventClaim e = TestArticles.only(dir, "نظم عشرات العمال، اليوم الأحد، وقفة احتجاجية أمام مبنى البلدية في مدينة الرقة، "
                + "للمطالبة بزيادة أجورهم التي قالوا إنها لم تعد تكفي لتأمين حاجات أسرهم.");
        assertEquals(EventTypes.PEACEFUL_PROTEST, e.eventClass());
        assertEquals(Modality.ASSERTED, e.modality());
        assertEquals(SUNDAY, e.time().start());
        assertTrue(TestArticles.places(e).contains("raqqa"), TestArticles.places(e).toString());
    }

    @Test
    void aThreatIsStillAPlanWithoutADayOfItsOwn() throws Exception {
        // "توعدت الهيئة بالرد": the active verb still threatens; the act threatened has no day
        List<EventClaim> es = TestArticles.events(dir, "قصفت قوات النظام، صباح اليوم، بلدة كفرنبل بريف إدلب الجنوبي.\n"
                + "وتوعدت الفصائل بقصف مواقع قوات النظام في ريف حماة.");
        assertEquals(Modality.ASSERTED, es.get(0).modality());
        EventClaim threat = es.get(es.size() - 1);
        assertEquals(Modality.PLANNED, threat.modality());
        assertNull(threat.time().start());
    }
}
