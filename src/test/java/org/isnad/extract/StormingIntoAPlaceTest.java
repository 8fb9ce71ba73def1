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
 * Troops storming into a village, a house or a farm ("اقتحمت قوة … قرية", "اقتحم عناصر … منزل") with nothing
 * else told are an incursion, a change to group activity, as the analysts code "توغلت" (session 33, rdev9,
 * rdev10, rdev11, rdev15); a checkpoint stormed stays a fight. Every sentence is written here.
 */
class StormingIntoAPlaceTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void aForceStormingIntoAVillageIsAnIncursion() throws Exception {
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "اقتحمت قوة إسرائيلية مؤلفة من أربع آليات قرية الحميدية بريف القنيطرة الشمالي، صباح اليوم الأحد، "
                        + "وفتشت عدداً من المنازل قبل أن تنسحب."));
    }

    @Test
    void armedMenStormingIntoAHouseOrAFarmIsAnIncursion() throws Exception {
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "اقتحم عناصر من فصيل مسلح منزل مواطن في قرية معبطلي بريف عفرين، أمس السبت، وفتشوا محتوياته."));
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "اقتحمت قوة عسكرية مزرعة لأحد الرعاة قرب بلدة الرفيد بريف القنيطرة الجنوبي، اليوم الخميس، ثم انسحبت منها."));
    }

    @Test
    void whatTheForceDidInsideNamesTheEvent() throws Exception {
        // the arrest told beside the storming is the event: no second claim of an attack
        assertEquals(List.of("Arrests"), typesOf(
                "اقتحمت دورية أمنية بلدة الكرك الشرقي بريف درعا الشرقي، فجر اليوم الثلاثاء، واعتقلت ثلاثة شبان من أبنائها."));
    }

    @Test
    void aKillingToldAfterTheStormingIsAnAttack() throws Exception {
        // the storming or the incursion frames the act; the men killed there make it an attack, not a movement
        // told across a time phrase, the incursion may stay a claim of its own beside it; the killing is an attack
        assertEquals(List.of("Attack"), typesOf(
                "اقتحم مسلحون مجهولون منزلاً في بلدة الحراك بريف درعا الشرقي وقتلوا رجلين كانا بداخله."));
        assertTrue(typesOf(
                "توغلت قوة عسكرية في قرية جباتا الخشب بريف القنيطرة الشمالي، صباح اليوم، وقتلت شاباً من أهلها.")
                .contains("Attack"));
    }

    @Test
    void aCheckpointStormedIsNoIncursion() throws Exception {
        assertFalse(typesOf("اقتحم مسلحون مجهولون حاجزاً للأمن العام عند مدخل بلدة الصنمين بريف درعا الشمالي، "
                + "مساء أمس الاثنين، وأطلقوا النار على عناصره.").contains("ChangeToGroupActivity"));
    }
}
