package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ground attack told with the fire that backed it ("هجوماً مدعوماً بالطيران والمدفعية"): the participle of
 * support names the means, the attack is the event (session 34). Every sentence is written here.
 */
class SupportedGroundAttackTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void anAttackBackedByAirAndArtilleryIsTheAttack() throws Exception {
        // read as an air strike and a shelling: the aircraft and guns named after "مدعوماً" typed the event
        assertEquals(List.of("Attack"), typesOf(
                "شنت قوات النظام هجوماً مدعوماً بالطيران الحربي والمدفعية على قرية الحويز بريف حماة، أمس."));
        assertEquals(List.of("Attack"), typesOf(
                "شنت قوات النظام هجوماً مدعوماً بسلاحي الجو والمدفعية على قرية الحويز بريف حماة، أمس."));
    }

    @Test
    void theBackedAttackKeepsItsDoerAndPlace() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "هاجمت قوات النظام مدعومةً بالطيران الحربي بلدة كفرنبل بريف إدلب، أمس.");
        assertEquals("https://w3id.org/isnad/ns#Attack", e.eventClass(), e.toString());
        assertEquals(java.util.Set.of("https://w3id.org/isnad/id/actor/syrian-government-forces"), e.actors());
        assertTrue(e.places().contains("https://w3id.org/isnad/id/place/kafranbel"), e.places().toString());
    }

    @Test
    void aStrikeToldWithItsOwnVerbStaysItsOwnClaim() throws Exception {
        assertEquals(List.of("AirDroneStrike", "Attack"), typesOf(
                "شنت قوات النظام هجوماً مدعوماً بالمدفعية على قرية الحويز، وقصفت الطائرات الروسية القرية، أمس."));
    }

    @Test
    void backedByAPatronIsNoSupportOfTheStrikeAfterIt() throws Exception {
        // "مدعومين من إيران" names who backs the gunmen; the air strike after it is the event
        assertEquals(List.of("AirDroneStrike"), typesOf(
                "قتل ستة مسلحين مدعومين من إيران بغارة جوية على مدينة البوكمال، أمس."));
    }
}
