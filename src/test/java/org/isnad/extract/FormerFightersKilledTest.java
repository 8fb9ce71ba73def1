package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A former fighter shot by gunmen (every sentence written here): "عنصر سابق في فصائل المعارضة" is no armed man
 * of the factions now, so his killing is an attack on a person, not a clash; a serving soldier shot on a
 * patrol still makes a clash.
 */
class FormerFightersKilledTest {

    @TempDir Path dir;

    @Test
    void aFormerMemberKilledByGunmenIsAnAttack() throws Exception {
        EventClaim before = TestArticles.only(dir, "قُتل عنصر سابق في فصائل المعارضة برصاص مسلحين مجهولين في بلدة "
                + "اليادودة بريف درعا الغربي مساء أمس.");
        assertEquals(EventTypes.ATTACK, before.eventClass());
        EventClaim after = TestArticles.only(dir, "أقدم مسلحون مجهولون، أمس السبت، على استهداف أحد عناصر الفصائل "
                + "المعارضة سابقاً في مدينة طفس، ما أدى لمقتله على الفور.");
        assertEquals(EventTypes.ATTACK, after.eventClass());
        // the same words without "former": fire on the factions' men is a clash
        EventClaim serving = TestArticles.only(dir, "قُتل عنصر في فصائل المعارضة برصاص مسلحين مجهولين في بلدة "
                + "اليادودة بريف درعا الغربي مساء أمس.");
        assertEquals(EventTypes.ARMED_CLASH, serving.eventClass());
    }
}
