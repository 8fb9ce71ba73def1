package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types on real reporting, second round (session 24b): which side took a place, and which weapon struck.
 * Every sentence is written here.
 */
class SidesAndWeaponsTypesTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void aStateForceWithItsAlliesIsTheStateSide() throws Exception {
        // the force stood three words before the verb, read as merely mentioned: no side, a non-state capture
        assertEquals(List.of("GovernmentRegainsTerritory"), typesOf(
                "قوات النظام والميليشيات المساندة لها سيطروا على قرية الزكاة شمال حماة، أمس."));
        assertEquals(List.of("GovernmentRegainsTerritory"), typesOf(
                "وكانت قوات النظام والمسلحون الموالون لها، سيطرت أمس على بلدة معان بريف حماة."));
        assertEquals(List.of("GovernmentRegainsTerritory"), typesOf(
                "قوات النظام والقوات الرديفة سيطرت على بلدة اللطامنة أمس."));
    }

    @Test
    void dronesNamedByTheirNationStrikeFromTheAir() throws Exception {
        // "المسيرات التركية" is read as the name of the Turkish forces, which hid the drone: "قصفت" made it a shelling
        assertEquals(List.of("AirDroneStrike"), typesOf(
                "قصفت المسيرات التركية قرية الدردارة بريف تل تمر، أمس."));
        assertEquals(List.of("AirDroneStrike"), typesOf(
                "استهدفت المسيرات التركية سيارة عسكرية قرب بلدة عامودا، أمس."));
        // the forces themselves, with no aircraft named, still shell
        assertEquals(List.of("ShellingArtilleryMissileAttack"), typesOf(
                "قصفت القوات التركية قرية الدردارة بريف تل تمر، أمس."));
    }

    @Test
    void aPlaceTakenUnderSettlementDealsChangedHandsWithoutAFight() throws Exception {
        // "اتفاقيات", "اتفاقات": only the singular deal word was listed, so the capture read as a battle won
        assertEquals(List.of("NonViolentTransferOfTerritory"), typesOf(
                "سيطرت قوات النظام على بلدة نوى بموجب اتفاقيات تسوية مع فصائل المعارضة، أمس."));
        assertEquals(List.of("NonViolentTransferOfTerritory"), typesOf(
                "دخلت قوات النظام مدينة طفس إثر اتفاقات مصالحة مع وجهاء المدينة، أمس."));
    }
}
