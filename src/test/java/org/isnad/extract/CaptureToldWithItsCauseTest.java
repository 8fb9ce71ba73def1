package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Villages taken, told with what drove the other side out and with their names after "هي": one capture per
 * village, by the side that took it, and the bombardment told as the cause an act of its own. Every sentence
 * is written here for its test.
 */
class CaptureToldWithItsCauseTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    @Test
    void aBombardmentToldAsTheCauseIsAnActBesideTheCapture() throws Exception {
        List<EventClaim> es = events("وقال ناشطون إن قوات النظام استعادت السيطرة على قرى الحويز والشريعة في سهل الغاب أمس،"
                + " بعد انسحاب مقاتلي المعارضة منها، بسبب القصف الجوي الذي استهدف مواقعهم بعشرات الغارات.");
        assertEquals(List.of("AirDroneStrike", "GovernmentRegainsTerritory", "GovernmentRegainsTerritory"), types(es));
        Set<String> taken = es.stream().filter(e -> e.eventClass().endsWith("GovernmentRegainsTerritory"))
                .flatMap(e -> places(e).stream()).collect(Collectors.toSet());
        assertTrue(taken.stream().anyMatch(p -> p.contains("الحويز")) && taken.stream().anyMatch(p -> p.contains("الشريعة")), taken.toString());
        // "تحت وطأة": the same, for a non-state side
        assertEquals(List.of("AirDroneStrike", "NonStateActorOvertakesTerritory"), types(events(
                "سيطرت هيئة تحرير الشام على بلدة كفرنبل أمس بعد انسحاب قوات النظام منها تحت وطأة غارات جوية مكثفة.")));
    }

    @Test
    void aBombardmentTheCaptureWasMadeDespiteIsAnActOfItsOwn() throws Exception {
        // "رغم": the other side's air strike does not make the capture an air strike
        List<EventClaim> es = events("سيطرت هيئة تحرير الشام على بلدة كفرنبل أمس رغم القصف الجوي المكثف على محيطها.");
        assertEquals(List.of("AirDroneStrike", "NonStateActorOvertakesTerritory"), types(es));
        // the town stays the capture's
        assertTrue(es.stream().filter(e -> e.eventClass().endsWith("Territory")).noneMatch(e -> places(e).isEmpty()));
        // "بالرغم من" with the strike's own verb
        assertTrue(types(events("وسيطر مقاتلو التنظيم على مدينة السخنة بالكامل بالرغم من الغارات الروسية الكثيفة."))
                .contains("NonStateActorOvertakesTerritory"));
    }

    @Test
    void aSideDrivenOutOfAPlaceLostItToTheSideThatDroveItOut() throws Exception {
        assertEquals(List.of("GovernmentRegainsTerritory"), types(events(
                "وتمكنت قوات النظام أمس من طرد عناصر التنظيم من بلدة السخنة بعد معارك عنيفة.")));
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "وطردت فصائل المعارضة أمس مقاتلي التنظيم من قرية تل عار شمال حلب.")));
        // families driven from their homes: no place taken, the attack keeps its type
        assertEquals(List.of("Attack"), types(events(
                "واقتحم مسلحون القرية أمس وطردوا العائلات من منازلها بعد إطلاق النار عليها.")));
    }

    @Test
    void aBombardmentBeforeTheCaptureStillSumsUpInIt() throws Exception {
        // no cause word: the shelling told with the capture is the battle for the place
        assertEquals(List.of("NonStateActorOvertakesTerritory"), types(events(
                "سيطرت هيئة تحرير الشام على بلدة الصنمين إثر معارك عنيفة وقصف مدفعي مكثف أمس.")));
    }

    @Test
    void theNamesAfterHiAreTheVillagesTaken() throws Exception {
        List<EventClaim> es = events("سيطرت قوات النظام صباح اليوم على ثلاث قرى هي الحويز والشريعة والكركات في ريف حماة الغربي.");
        assertEquals(List.of("GovernmentRegainsTerritory", "GovernmentRegainsTerritory", "GovernmentRegainsTerritory"), types(es));
        es = events("واستعادت الفصائل أمس السيطرة على أربع قرى وهي (الحويز، الشريعة، الكركات، التوينة) في ريف حماة.");
        assertEquals(4, es.size(), types(es).toString());
    }
}
