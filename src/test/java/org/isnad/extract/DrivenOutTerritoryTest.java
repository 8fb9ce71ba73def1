package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Territory told as a side driven out ("دحر … من"), by the bare army, and as the end of clashes told the
 * sentence before. Every sentence is written here for its test.
 */
class DrivenOutTerritoryTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    @Test
    void theBareArmyIsTheStatesArmy() throws Exception {
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "حررت وحدات الجيش قرية معرشورين بريف إدلب الجنوبي أمس بعد معارك مع المسلحين.")));
        // a named army is longer, and wins
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "سيطر الجيش الوطني على قرية الحمران بريف جرابلس أمس بعد معارك مع قسد.")));
    }

    @Test
    void aSideDrivenOutOfAPlaceLostIt() throws Exception {
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "دحرت الفصائل عناصر التنظيم من بلدة صوران بريف حماة الشمالي فجر اليوم.")));
        // after the noun, the side in construct is the one driven out, not the taker
        EventClaim e = TestArticles.only(dir, "انتهت المعارك أمس بدحر قوات النظام من بلدة صوران بريف حماة الشمالي.");
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(List.of(e)));
        assertTrue(e.targets().stream().anyMatch(t -> t.endsWith("syrian-government-forces")), e.targets().toString());
        assertFalse(e.actors().stream().anyMatch(t -> t.endsWith("syrian-government-forces")), e.actors().toString());
        // an attack fought off, no place: no capture
        assertTrue(events("دحرت الفصائل هجوماً لقوات النظام على محور البلدة أمس.").stream()
                .noneMatch(c -> TerritoryTyping.isTerritory(c.eventClass())), "no territory");
    }

    @Test
    void clashesThatEndedInACaptureAreThatCapture() throws Exception {
        List<EventClaim> es = events("اندلعت اشتباكات عنيفة بين الفصائل وقوات النظام في بلدة مورك بريف حماة الشمالي أمس. "
                + "وأفادت مصادر محلية بأن الاشتباكات انتهت بدحر قوات النظام من بلدة مورك بريف حماة الشمالي.");
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(es));
    }

    @Test
    void aSideThatWithdrewAfterFightingLostThePlaceToTheSideItFought() throws Exception {
        List<EventClaim> es = events("انسحب مقاتلو تنظيم داعش من قرى أبو حمام والكشكية وغرانيج بريف دير الزور أمس إثر معارك مع قوات النظام.");
        assertFalse(es.isEmpty());
        assertTrue(es.stream().allMatch(e -> e.eventClass().endsWith("GovernmentRegainsTerritory")), types(es).toString());
        assertTrue(es.get(0).targets().stream().anyMatch(t -> t.endsWith("isis")), es.get(0).targets().toString());
        // forces that withdrew with no fighting told are no battle won
        assertTrue(events("انسحبت القوات الروسية من قرية تل تمر أمس بموجب اتفاق.").stream()
                .noneMatch(e -> e.eventClass().endsWith("GovernmentRegainsTerritory") || e.eventClass().endsWith("NonStateActorOvertakesTerritory")));
    }
}
