package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages on which isnad found no event (session 24b): forces entering a town to carry out a settlement
 * ("تطبيقاً لاتفاق تسوية", "بهدف إجراء تسويات") told no deal word, so the entry, often all the page said,
 * was no event. Every sentence is written here.
 */
class SettlementEntryTest {

    @TempDir Path dir;

    @Test
    void anEntryUnderASettlementIsANonViolentTransfer() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "دخلت قوات النظام صباح اليوم بلدة المزيريب بريف درعا الغربي، تطبيقاً لاتفاق تسوية أبرمته اللجنة الأمنية مع وجهاء البلدة.");
        assertEquals(List.of("NonViolentTransferOfTerritory"), types(es));
        assertTrue(places(es.get(0)).contains("al-muzayrib"), places(es.get(0)).toString());
        assertEquals(List.of("NonViolentTransferOfTerritory"), types(TestArticles.events(dir,
                "دخلت وحدات من الجيش إلى مدينة طفس اليوم الثلاثاء بهدف إجراء تسويات لعشرات الشبان.")));
        assertEquals(List.of("NonViolentTransferOfTerritory"), types(TestArticles.events(dir,
                "ويوم الأحد الماضي، دخلت قوات النظام بلدة اليادودة تنفيذاً للاتفاق الذي توصلت إليه اللجنة المركزية.")));
    }

    @Test
    void anEntryAfterFightingStaysAFight() throws Exception {
        assertEquals(List.of("ArmedClash"), types(TestArticles.events(dir,
                "دخلت قوات النظام بلدة الحراك أمس بعد معارك عنيفة مع الفصائل.")));
    }
}
