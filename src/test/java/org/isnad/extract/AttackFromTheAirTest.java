package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An attack told as from the air ("هجوماً جوياً", "هجمات جوية") names its means: an air strike, though no
 * aircraft is named (every sentence written here).
 */
class AttackFromTheAirTest {

    @TempDir Path dir;

    @Test
    void anAttackFromTheAirIsAnAirStrike() throws Exception {
        EventClaim one = TestArticles.only(dir, "ذكرت وكالة الأنباء الرسمية أن إسرائيل شنت هجوماً جوياً استهدف "
                + "موقعاً عسكرياً قرب مدينة طرطوس فجر اليوم.");
        assertEquals(EventTypes.DRONE_STRIKE, one.eventClass());
        EventClaim many = TestArticles.only(dir, "قُتل ثلاثة عناصر من الفصائل في هجمات جوية على مواقعهم قرب "
                + "بلدة كفرنبل مساء اليوم.");
        assertEquals(EventTypes.DRONE_STRIKE, many.eventClass());
        // an attack of no stated kind stays one
        EventClaim bare = TestArticles.only(dir, "شن مسلحون مجهولون هجوماً على منزل في قرية الحراك مساء اليوم.");
        assertEquals(EventTypes.ATTACK, bare.eventClass());
    }
}
