package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checkpoints or positions taken, not a village or a town, are the battle for them: ACLED codes an armed clash,
 * no change of territory. Every sentence is written here for its test.
 */
class PostsTakenTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body));
    }

    @Test
    void checkpointsTakenAreAClash() throws Exception {
        assertEquals(List.of("ArmedClash"), typesOf(
                "وسيطر مقاتلو الفصائل على حاجزين لقوات النظام قرب بلدة مضايا يوم أمس بعد معارك استمرت ساعات."));
        assertEquals(List.of("ArmedClash"), typesOf(
                "استولت فصائل المعارضة على مواقع عسكرية لقوات النظام في ريف القنيطرة الجنوبي صباح اليوم."));
    }

    @Test
    void aPointRegainedIsAClash() throws Exception {
        assertEquals(List.of("ArmedClash"), typesOf(
                "استعاد تنظيم الدولة السيطرة على عدة نقاط لقوات سوريا الديمقراطية في ريف دير الزور الشرقي أمس."));
    }

    @Test
    void aTownTakenStaysTerritory() throws Exception {
        assertEquals(List.of("NonStateActorOvertakesTerritory"), typesOf(
                "سيطرت فصائل المعارضة على بلدة مورك في ريف حماة الشمالي أمس بعد معارك مع قوات النظام."));
        // the town is named before the posts: the town was taken
        assertTrue(typesOf("سيطرت الفصائل أمس على مدينة مورك والحواجز المحيطة بها.").stream()
                .allMatch("NonStateActorOvertakesTerritory"::equals));
    }

    @Test
    void aPostToldByItsNameIsTerritory() throws Exception {
        // a checkpoint or a point named is a place on the map, taken as a village is
        assertEquals(List.of("NonStateActorOvertakesTerritory"), typesOf(
                "وسيطر مقاتلو الفصائل صباح اليوم على حاجز الصوامع قرب بلدة مورك بعد معارك مع قوات النظام."));
        assertEquals(List.of("GovernmentRegainsTerritory"), typesOf(
                "واستعادت قوات النظام أمس السيطرة على نقطة المداجن في ريف حماة الشمالي بعد اشتباكات مع الفصائل."));
        assertEquals(List.of("NonStateActorOvertakesTerritory"), typesOf(
                "وسيطر مقاتلو الفصائل صباح اليوم على حاجز الكسارة قرب بلدة إنخل بعد معارك مع قوات النظام."));
    }

    @Test
    void postsToldByWhoseTheyAreStayAClash() throws Exception {
        // unnamed, or told by their owner or use, the posts stay the battle for them
        assertEquals(List.of("ArmedClash"), typesOf(
                "وسيطر مقاتلو الفصائل صباح اليوم على حاجز عسكري قرب بلدة مورك بعد معارك مع قوات النظام."));
        assertEquals(List.of("ArmedClash"), typesOf(
                "وسيطر مقاتلو الفصائل صباح اليوم على حواجز النظام قرب بلدة إنخل بعد معارك عنيفة."));
        assertEquals(List.of("ArmedClash"), typesOf(
                "وسيطرت قوات النظام صباح اليوم على نقاط الحراسة قرب بلدة إنخل بعد معارك مع الفصائل."));
        // after the post's noun with the article, a definite word is its adjective, no name
        assertEquals(List.of("ArmedClash"), typesOf(
                "وسيطرت الفصائل صباح اليوم على المواقع المتقدمة قرب بلدة إنخل بعد معارك مع قوات النظام."));
    }
}
