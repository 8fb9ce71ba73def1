package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An arrest report that names its operation again ("وأضافت أن العملية استهدفت قيادياً … في قرية …") tells where
 * the arrest was, not an attack beside it (rdev28 page 12 gave an attack and an arrest for one raid). Sentences
 * written in the style of such statements.
 */
class OperationRetoldTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    @Test
    void theOperationNamedAgainIsTheArrestAtItsVillage() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "أعلنت قوات سوريا الديمقراطية اعتقال قيادي في تنظيم داعش بعملية أمنية فجر اليوم. "
                + "وأضافت أن العملية استهدفت القيادي في قرية الحجنة قرب مدينة البصيرة، وينشط في نقل عناصر التنظيم.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(NS + "Arrests", es.get(0).eventClass());
        assertTrue(places(es.get(0)).contains("الحجنة"), places(es.get(0)).toString());
    }

    @Test
    void anOperationThatTargetedAPatrolInAnAttackArticleStaysAnAttack() throws Exception {
        // no arrest told before: the operation is the attack itself
        List<EventClaim> es = TestArticles.events(dir,
                "قُتل عنصران من قوات الأمن اليوم بهجوم في بلدة الحجنة. وقالت مصادر محلية إن العملية استهدفت دورية لقوات الأمن، وإن المهاجمين مسلحون.");
        assertTrue(es.stream().noneMatch(e -> e.eventClass().equals(NS + "Arrests")), es.toString());
        assertTrue(!es.isEmpty(), es.toString());
    }
}
