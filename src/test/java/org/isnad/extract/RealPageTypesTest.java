package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event types as real pages tell them (session 26): marches that recall a shelling, security campaigns that
 * take no one, a storming fought off. Every sentence is written here, in the manner of the pages read.
 */
class RealPageTypesTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void aMarchDescribedAsOneIsNoDroneWhateverStrikeItRecalls() throws Exception {
        assertEquals(List.of("PeacefulProtest"), typesOf(
                "خرجت صباح اليوم مسيرة راجلة في مدينة القامشلي، شارك فيها المئات، ورفع المشاركون صوراً لضحايا القصف التركي على القرى."));
        // whose drone it is, and what it hit, still make the drone
        assertEquals(List.of("AirDroneStrike"), typesOf(
                "استهدفت مسيرة تركية سيارة على طريق القامشلي، اليوم، ما أدى إلى مقتل شخصين."));
    }

    @Test
    void aSecurityCampaignThatTakesNoOneIsAChangeToGroupActivity() throws Exception {
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "أطلقت قوى الأمن الداخلي، اليوم الثلاثاء، حملة أمنية في بلدة الشحيل بريف دير الزور الشرقي، تستهدف مطلوبين بتهم جنائية."));
        // searches are no arrests
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "نفذت إدارة الأمن العام، أمس الاثنين، حملة أمنية في مدينة الصنمين بريف درعا الشمالي، وفتشت عدداً من المنازل بحثاً عن السلاح."));
    }

    @Test
    void aSecurityCampaignThatTakesPeopleStaysAnArrest() throws Exception {
        assertEquals(List.of("Arrests"), typesOf(
                "أطلقت قوى الأمن الداخلي، اليوم الثلاثاء، حملة أمنية في بلدة الشحيل بريف دير الزور الشرقي، اعتقلت خلالها ستة شبان."));
        // the arrests told in the next sentence are the campaign's: none of it turns into a mere activity, and
        // the security source's placeless account is the campaign told again (one arrest event)
        assertEquals(List.of("Arrests"), typesOf(
                "بدأت قوات الأمن العام، صباح اليوم، عملية تمشيط في قرى ريف حمص الشرقي بحثاً عن خلايا تنظيم داعش. "
                        + "وقال مصدر أمني إن العملية أسفرت عن القبض على أربعة مشتبه بهم."));
    }

    @Test
    void aStormingThatFightersStoodUpToIsOneArmedClash() throws Exception {
        assertEquals(List.of("ArmedClash"), typesOf(
                "حاولت قوات النظام، اليوم، اقتحام حي طريق السد في درعا البلد، وتصدى لها مقاتلون من أبناء الحي."));
        // air defences that met drones fought no one: the foiled strike and its interception (InterceptedStrike)
        assertEquals(List.of("AirDroneStrike", "DisruptedWeaponsUse"), typesOf(
                "تصدت الدفاعات الجوية، اليوم، لمسيرات أطلقت باتجاه مطار حميميم."));
    }
}
