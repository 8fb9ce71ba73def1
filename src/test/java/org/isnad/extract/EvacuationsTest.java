package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fighters who leave a besieged place under a deal, by batches (session 43, from the real dev golds' "Change to
 * group/activity" claims of evacuations): the batch or the fighters leaving is a change to the group's activity,
 * not a protest of people going out. Every sentence is written here.
 */
class EvacuationsTest {

    private static final String GROUP = "https://w3id.org/isnad/ns#ChangeToGroupActivity";

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return TestArticles.types(TestArticles.events(dir, body));
    }

    @Test
    void aBatchOfFightersLeavingIsAChangeToGroupActivity() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "خرجت أمس السبت الدفعة الثانية من المقاتلين وعائلاتهم من مدينة قدسيا بريف دمشق باتجاه ريف إدلب.");
        assertEquals(GROUP, e.eventClass());
        assertTrue(e.places().stream().anyMatch(p -> p.contains("qadsayya")), e.places().toString());
        assertEquals("2024-05-11", e.time().start().toString());
        // the batch named by who is in it, and another verb of leaving
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "غادرت أمس السبت دفعة من مهجّري مدينة الرستن نحو الشمال السوري على متن حافلات."));
    }

    @Test
    void fightersCountedLeavingAreNoProtest() throws Exception {
        // a number of fighters who went out is no crowd that went out to protest
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "خرج أمس السبت 200 مقاتل من مدينة داريا باتجاه الشمال تنفيذاً للاتفاق."));
    }

    @Test
    void peopleGoingOutStillProtest() throws Exception {
        assertEquals(List.of("PeacefulProtest"), typesOf(
                "خرج أمس السبت المئات من أهالي مدينة جاسم في مظاهرة تطالب بالإفراج عن المعتقلين."));
    }
}
