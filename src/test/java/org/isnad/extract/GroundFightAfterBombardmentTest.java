package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a bombardment, ", حيث" and a fight on the ground tell a second act, at a place of its own (every
 * sentence written here, in the way real pages tell them).
 */
class GroundFightAfterBombardmentTest {

    @TempDir Path dir;

    private static final String KAFRANBEL = "https://w3id.org/isnad/id/place/kafranbel";
    private static final String KANSAFRA = "https://w3id.org/isnad/id/place/kansafra";

    private static boolean air(EventClaim e) { return e.eventClass().endsWith("AirDroneStrike"); }

    private static boolean clash(EventClaim e) { return e.eventClass().endsWith("ArmedClash"); }

    @Test
    void aClashWhereTheBombsFellIsAnActOfItsOwnAtItsOwnPlace() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "شنت الطائرات الحربية غارات عنيفة على بلدة كفرنبل يوم أمس، حيث دارت اشتباكات بين الفصائل وقوات النظام في بلدة كنصفرة.");
        assertTrue(es.stream().anyMatch(e -> air(e) && e.places().contains(KAFRANBEL)), es.toString());
        assertTrue(es.stream().anyMatch(e -> clash(e) && e.places().contains(KANSAFRA)), es.toString());
        // the village fought over is not one of the places bombed
        assertFalse(es.stream().anyMatch(e -> air(e) && e.places().contains(KANSAFRA)), es.toString());
    }

    @Test
    void whereTellingTheBombardmentOnOpensNothing() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "استهدف الطيران الحربي بلدة كفرنبل يوم أمس، حيث شنت الطائرات ثلاث غارات على أطرافها.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(air(es.get(0)), es.toString());
    }
}
