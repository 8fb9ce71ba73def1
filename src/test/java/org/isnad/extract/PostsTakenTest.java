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
}
