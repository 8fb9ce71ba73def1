package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "في تل …", "في تلة “…”": a hill or village the gazetteer lacks, told after "in" with no place noun before it,
 * is where the event happened. Sentences written for the rule, in the outlets' style.
 */
class HillNamedAfterInTest {

    @TempDir Path dir;

    @Test
    void aHillAfterInIsTheEventsPlace() throws Exception {
        EventClaim e = TestArticles.only(dir, "هاجم مسلحون مجهولون، مساء أمس، مقر المجلس المحلي في تل الصفصاف، وفق مصادر محلية.");
        assertTrue(places(e).contains("تل الصفصاف"), places(e).toString());
        e = TestArticles.only(dir, "استهدف صاروخ موجه، صباح اليوم، سيارة عسكرية لقوات النظام في تلة “حدادة” بريف اللاذقية الشمالي.");
        assertTrue(places(e).contains("تلة “حدادة”"), places(e).toString());
        assertTrue(places(e).contains("latakia-northern-countryside"), places(e).toString());
    }

    @Test
    void anUnnamedHillOrAnEverydayNounNamesNoPlace() throws Exception {
        // "في تل مرتفع": which hill is not said; "في بيت …": a house, not "Beit …"
        EventClaim e = TestArticles.only(dir, "قصفت قوات النظام، صباح اليوم، نقطة للفصائل في تل مرتفع قرب البلدة.");
        assertFalse(places(e).stream().anyMatch(p -> p.startsWith("تل")), places(e).toString());
        e = TestArticles.only(dir, "قتل شاب برصاص مسلحين مجهولين في بيت أحد أقاربه، مساء أمس.");
        assertEquals(0, e.placeTexts().size(), places(e).toString());
    }

    @Test
    void aHillTakenOrFoughtNearIsTheEventsPlace() throws Exception {
        // "على تل …", "قرب تلة …": a hill taken or fought near is named after "on", "near" as after "in"
        EventClaim e = TestArticles.only(dir, "سيطرت فصائل المعارضة، فجر اليوم، على تل المسطاح الاستراتيجي بريف القنيطرة الشمالي.");
        assertTrue(places(e).contains("تل المسطاح"), places(e).toString());
        e = TestArticles.only(dir, "اندلعت اشتباكات عنيفة، مساء أمس، بين الفصائل وقوات النظام قرب تلة “الخضرة” شمال اللاذقية.");
        assertTrue(places(e).contains("تلة “الخضرة”"), places(e).toString());
    }
}
