package org.isnad.extract;

import static org.isnad.extract.TestArticles.events;
import static org.isnad.extract.TestArticles.lexicon;
import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Arrests as the Syrian authorities of 2025-26 and the outlets tell them: the interior ministry's internal
 * security commands and units, the crime the arrested are charged with (background: its place, date and victim
 * are not the arrest's), the announcement's day, and the arrest told again after "بعد". Every sentence is
 * written here for its test.
 */
class SecurityArrestsTest {

    @TempDir Path dir;

    private static final String INTERNAL_SECURITY = "https://w3id.org/isnad/id/actor/syrian-internal-security";

    private List<EventClaim> arrests(String published, String body) throws Exception {
        List<EventClaim> es = events(read(lexicon(), dir, published, body)).stream()
                .filter(e -> e.eventClass().equals(EventTypes.ARRESTS)).toList();
        assertFalse(es.isEmpty(), "no arrest in " + body);
        return es;
    }

    @Test
    void theMinistrysUnitsArrest() throws Exception {
        EventClaim a = arrests("2025-12-02",
                "داهمت الوحدات الأمنية أوكار مهربي المخدرات في قرية حاويك، وأوقفت أربعة أشخاص.").get(0);
        assertTrue(a.actors().contains(INTERNAL_SECURITY), a.actors().toString());
        // a governorate's command is Damascus', not the Asayish whose bare name it shares
        EventClaim b = arrests("2025-05-15",
                "ألقت قوى الأمن الداخلي في محافظة طرطوس القبض على خلية تابعة لفلول النظام البائد في قرية الشيخ بدر.").get(0);
        assertEquals(Set.of(INTERNAL_SECURITY), b.actors());
    }

    @Test
    void theChargesPlaceAndDateAreNotTheArrests() throws Exception {
        List<EventClaim> es = arrests("2025-05-15",
                "ألقت قوى الأمن الداخلي في محافظة طرطوس القبض على خلية في قرية الشيخ بدر، متورطة في الهجوم على دورية "
                        + "أمنية قرب مدينة بانياس في آذار الماضي.");
        assertEquals(1, es.size(), es.toString());
        EventClaim a = es.get(0);
        assertTrue(places(a).contains("ash-shaykh-badr"), places(a).toString());
        assertFalse(places(a).contains("baniyas"), places(a).toString());
        assertEquals("2025-05-15", String.valueOf(a.time().start()), a.time().toString());
        EventClaim b = arrests("2025-06-03",
                "تمكنت وحدات الأمن العام في مدينة جبلة من إلقاء القبض على أحد عناصر النظام البائد، المتهم بارتكاب "
                        + "انتهاكات بحق المعتقلين في سجن صيدنايا.").get(0);
        assertEquals(Set.of("jablah"), places(b));
    }

    @Test
    void theChargesVictimIsNoTarget() throws Exception {
        EventClaim a = arrests("2025-10-14",
                "ألقت الشرطة القبض على ثلاثة أشخاص متورطين في قتل شاب في حي الخالدية الشهر الماضي.").get(0);
        assertFalse(TestArticles.words(a.targetTexts()).contains("شاب"), a.targetTexts().toString());
        assertFalse(places(a).contains("homs-al-khalidiyah") && "Month".equals(a.time().precision()), a.time().toString());
        assertFalse(a.time().start() != null && a.time().start().getMonthValue() == 9, a.time().toString());
    }

    @Test
    void anUndatedChargeLendsItsPlace() throws Exception {
        // the one place told may be where both were: it stays the arrest's
        EventClaim a = arrests("2025-10-14", "ألقت الشرطة القبض على شخصين متهمين بالسرقة في مدينة جبلة.").get(0);
        assertEquals(Set.of("jablah"), places(a));
    }

    @Test
    void anAnnouncedArrestIsPresumedUpToTheAnnouncement() throws Exception {
        EventClaim a = arrests("2025-12-01",
                "وذكرت وزارة الداخلية السورية اليوم أنه أُلقي القبض على أفراد خلية في ريف إدلب.").get(0);
        assertEquals("UpToReport", a.time().precision(), a.time().toString());
        assertEquals("2025-12-01", String.valueOf(a.time().end()));
        // an arrest told with a date of its own keeps it
        EventClaim b = arrests("2025-12-01",
                "وقالت الوزارة إن وحداتها ألقت القبض صباح أمس على أفراد خلية في ريف إدلب.").get(0);
        assertEquals("2025-11-30", String.valueOf(b.time().start()), b.time().toString());
        assertFalse("UpToReport".equals(b.time().precision()));
    }

    @Test
    void anArrestToldAgainAfterBaadIsNoSecond() throws Exception {
        List<EventClaim> es = arrests("2025-09-05",
                "أعلنت وزارة الداخلية السورية، اليوم الجمعة، أنها ألقت القبض على أفراد خلية في ريف اللاذقية.\n\n"
                        + "وعقب إلقاء القبض عليهم، جرت إحالتهم إلى القضاء المختص.");
        assertEquals(1, es.size(), es.toString());
    }
}
