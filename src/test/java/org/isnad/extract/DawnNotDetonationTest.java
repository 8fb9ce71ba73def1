package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "فجر" before a weekday (every sentence written here) is the dawn of that day: an incursion or a raid told at
 * dawn on Friday is no explosion, and keeps its day; the verb "فجّر" with its subject still tells a bombing.
 */
class DawnNotDetonationTest {

    @TempDir Path dir;

    @Test
    void anIncursionAtDawnOnFridayIsNoExplosion() throws Exception {
        EventClaim e = TestArticles.only(dir, "توغلت قوة إسرائيلية فجر الجمعة في قرية بريقة بريف القنيطرة الجنوبي، "
                + "وانتشرت في محيطها قبل أن تنسحب.");
        assertEquals(EventTypes.CHANGE_TO_GROUP_ACTIVITY, e.eventClass());
        assertEquals("2024-05-10", String.valueOf(e.time().start()));
        assertEquals(true, e.actors().stream().anyMatch(a -> a.contains("israel")), e.actors().toString());
    }

    @Test
    void aRaidAtDawnOnSaturdayIsAnArrest() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "داهمت دورية من الأمن العام فجر يوم السبت منازل في بلدة الكرك الشرقي "
                + "بريف درعا، واعتقلت شابين من أبناء البلدة.");
        assertEquals(List.of("Arrests"), TestArticles.types(es));
        assertEquals("2024-05-11", String.valueOf(es.get(0).time().start()));
    }

    @Test
    void theVerbBeforeItsSubjectStillDetonates() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "فجر مجهولون عبوة ناسفة بسيارة عسكرية في بلدة الكرك الشرقي بريف درعا "
                + "يوم الجمعة، دون وقوع إصابات.");
        assertEquals(List.of("RemoteExplosiveLandmineIED"), TestArticles.types(es));
    }
}
