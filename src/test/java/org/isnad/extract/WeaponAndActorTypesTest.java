package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The event type follows the weapon and whom it is aimed at, as an ACLED coder reads it (session 20,
 * learnt from real air-strike, shelling, raid and checkpoint-attack reports). Every sentence is written here.
 */
class WeaponAndActorTypesTest {

    private static final String RUSSIA = "https://w3id.org/isnad/id/actor/russian-forces";

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void aircraftAfterTheMasculineVerbOfShellingStrikeFromTheAir() throws Exception {
        // "قصف الطيران الحربي الروسي": the air force is who bombed, and with what, not what was shelled
        EventClaim e = TestArticles.only(dir, "قصف الطيران الحربي الروسي أطراف قرية الرامي في ريف إدلب، مساء أمس.");
        assertEquals("AirDroneStrike", e.eventClass().replaceAll(".*#", ""));
        assertTrue(e.actors().contains(RUSSIA), e.actors().toString());
        assertTrue(!e.targets().contains(RUSSIA), e.targets().toString());
        assertEquals(List.of("AirDroneStrike"), typesOf("قصف الطيران المروحي براميل متفجرة على بلدة اللطامنة بريف حماة أمس."));
        // a force named after the noun is who shelled ("قصف الجيش التركي" is the Turkish army's shelling)
        EventClaim s = TestArticles.only(dir, "قصف الجيش التركي قرية الرامي في ريف إدلب أمس.");
        assertEquals("ShellingArtilleryMissileAttack", s.eventClass().replaceAll(".*#", ""));
        assertTrue(s.actors().contains("https://w3id.org/isnad/id/actor/turkish-forces"), s.actors().toString());
    }

    @Test
    void aPlaneNamedByItsNationStrikesFromTheAir() throws Exception {
        // "طائرة تركية": the singular plane word with whose it is, as "مسيّرة تركية" (session 24, real drone pages)
        EventClaim e = TestArticles.only(dir, "استهدفت طائرة تركية مقراً عسكرياً في بلدة تل تمر بريف الحسكة، أمس.");
        assertEquals("AirDroneStrike", e.eventClass().replaceAll(".*#", ""));
        assertTrue(e.actors().contains("https://w3id.org/isnad/id/actor/turkish-forces"), e.actors().toString());
        assertEquals(List.of("AirDroneStrike"), typesOf("قصفت طائرة روسية سوقاً شعبياً في بلدة كفرنبل بريف إدلب، أمس."));
        // a plane that only fell or landed struck nothing
        assertEquals(List.of(), typesOf("سقطت طائرة روسية في ريف إدلب، أمس."));
    }

    @Test
    void anExchangeOfFireIsAClash() throws Exception {
        assertEquals(List.of("ArmedClash"), typesOf(
                "تبادل عناصر الحاجز والمهاجمون إطلاق النار في بلدة ذيبان بريف دير الزور، مساء أمس."));
        assertEquals(List.of("ArmedClash"), typesOf(
                "استهدف مسلحون سيارة للأمن في بلدة الشحيل، ما أدى إلى تبادل لإطلاق النار بين الطرفين، أمس."));
    }

    @Test
    void gunfireOnACheckpointOrPatrolIsAClash() throws Exception {
        // a checkpoint, a patrol or a military post is manned by armed men: fire on it is a battle (ACLED)
        assertEquals(List.of("ArmedClash"), typesOf(
                "هاجم مسلحون مجهولون عناصر دورية أمنية في بلدة الشحيل بالأسلحة الرشاشة مساء أمس."));
        assertEquals(List.of("ArmedClash"), typesOf(
                "أطلق مسلحون يستقلون دراجة نارية النار على دورية عسكرية في بلدة الكرك الشرقي بريف درعا، أمس."));
        // a civilian car shot at stays an attack
        assertEquals(List.of("Attack"), typesOf(
                "أطلق مسلحون مجهولون النار على سيارة مدنية في بلدة الكرك الشرقي بريف درعا، أمس."));
    }

    @Test
    void weaponsConfiscatedAreDisruptedWeaponsUse() throws Exception {
        assertEquals(List.of("DisruptedWeaponsUse"), typesOf(
                "صادرت قوات الأمن العام كمية من الأسلحة والذخائر في مدينة الصنمين بريف درعا، أمس."));
        // property taken from people stays looting
        assertEquals(List.of("LootingPropertyDestruction"), typesOf(
                "صادرت عناصر الفصيل منزل مدني في مدينة عفرين، أمس."));
    }

    @Test
    void peopleLedAwayByASecurityPatrolAreArrested() throws Exception {
        assertEquals(List.of("Arrests"), typesOf(
                "اقتادت دورية أمنية ثلاثة شبان من منازلهم في مدينة نوى بريف درعا، أمس."));
    }

    @Test
    void peopleTakenByUnknownGunmenAreAbducted() throws Exception {
        // no authority arrests: men no one names who seize someone abduct him (ACLED)
        assertEquals(List.of("AbductionForcedDisappearance"), typesOf(
                "اقتاد مسلحون مجهولون شاباً من منزله في مدينة نوى بريف درعا، أمس."));
        assertEquals(List.of("AbductionForcedDisappearance"), typesOf(
                "احتجز مسلحون ملثمون سائق شاحنة على طريق بلدة الكرك الشرقي بريف درعا، أمس."));
        assertEquals(List.of("Arrests"), typesOf("اعتقلت قوات الأمن العام شاباً في مدينة نوى بريف درعا، أمس."));
    }
}
