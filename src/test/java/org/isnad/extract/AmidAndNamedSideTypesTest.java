package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types on real reporting (session 24): a strike told "amid" fighting is an event of its own, and a group's
 * short name that starts with an act's word ("تحرير الشام") names the group, not the act. Every sentence is
 * written here.
 */
class AmidAndNamedSideTypesTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void aStrikeAmidTheFightingIsAnEventOfItsOwn() throws Exception {
        // the clash was typed by the aircraft told after "وسط"; ACLED codes the clash and the strike apart
        assertEquals(List.of("AirDroneStrike", "ArmedClash"), typesOf(
                "دارت اشتباكات بين فصائل المعارضة وقوات النظام على أطراف قرية الرهجان، وسط قصف لطائرات حربية على المنطقة، أمس."));
        assertEquals(List.of("GovernmentRegainsTerritory", "ShellingArtilleryMissileAttack"), typesOf(
                "سيطرت قوات النظام على قرية الجابرية شمال غرب حماة، وسط قصف مدفعي عنيف على القرية، أمس."));
        // "وسط" before a place is the middle of the country, no second act
        assertEquals(List.of("NonStateActorOvertakesTerritory"), typesOf(
                "سيطر تنظيم الدولة على قرية عقيربات في وسط سوريا، أمس."));
    }

    @Test
    void theShortNameOfAGroupIsNoActOfSettingFree() throws Exception {
        // "تحرير" heads the group's name; read as "حرّر … قرية" it made the fighting a capture
        assertEquals(List.of("ArmedClash"), typesOf(
                "اندلعت اشتباكات بين “تحرير الشام” وقوات النظام على أطراف قرية الرهجان شرقي حماة، أمس."));
        assertEquals(List.of("ArmedClash"), typesOf(
                "اندلعت اشتباكات بين تحرير الشام وقوات النظام على أطراف بلدة اللطامنة، أمس."));
    }

    @Test
    void theFightingAmidABombardmentIsAClashOfItsOwn() throws Exception {
        // session 28: the reverse of the strike amid the fighting; the clash was lost in the bombardment's claim
        List<EventClaim> es = TestArticles.events(dir, "قصفت طائرات حربية روسية قرى الجمالة وعيدون بريف حماة الجنوبي "
                + "أمس، وسط اشتباكات بين قوات النظام وفصائل المعارضة في محيط قرية الرهجان.");
        List<EventClaim> clashes = es.stream().filter(e -> e.eventClass().endsWith("ArmedClash")).toList();
        assertEquals(1, clashes.size(), es.toString());
        assertEquals(true, TestArticles.places(clashes.get(0)).stream().anyMatch(p -> p.contains("الرهجان")
                || p.contains("rahjan")), es.toString());
        assertEquals(es.stream().filter(e -> e != clashes.get(0)).findFirst().orElseThrow().time().start(),
                clashes.get(0).time().start(), es.toString());
        assertEquals(List.of("ArmedClash", "ShellingArtilleryMissileAttack"), typesOf(
                "قصفت قوات النظام بالمدفعية الثقيلة بلدة اللطامنة شمالي حماة، بالتزامن مع اشتباكات عنيفة على محور قرية الزكاة، أمس."));
        // fighting "after" a bombardment is mostly the same fighting told again: no second act
        assertEquals(List.of("ShellingArtilleryMissileAttack"), typesOf(
                "قصفت قوات النظام بالمدفعية الثقيلة بلدة اللطامنة شمالي حماة أمس."));
    }
}
