package org.isnad.extract;

import static org.isnad.extract.TestArticles.only;
import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A convoy, reinforcements or a base told as what came under an act ("تعرض رتل … لـ…", HitCue) is its
 * target: the act types the event, not the movement of forces, and gunfire on it is a clash (session 32, learnt from a real report of
 * gunfire on a security convoy and wire reports of convoys and buses hit by bombs). Every sentence is written
 * here; published Sunday 12 May 2024.
 */
class ConvoyUnderAttackTest {

    @TempDir Path dir;

    private static String type(EventClaim e) {
        return types(List.of(e)).get(0);
    }

    @Test
    void aConvoyHitByABombIsTheBomb() throws Exception {
        EventClaim e = only(dir,
                "تعرض رتل عسكري تابع للقوات التركية لانفجار عبوة ناسفة على طريق قرب مدينة الباب بريف حلب الشرقي، أمس السبت.");
        assertEquals("RemoteExplosiveLandmineIED", type(e));
        assertTrue(places(e).contains("al-bab"), places(e).toString());
        assertEquals(LocalDate.of(2024, 5, 11), e.time().start());
    }

    @Test
    void aConvoyUnderFireIsAClash() throws Exception {
        // a convoy is armed men: fire on it is a fight between armed groups (ACLED), as fire on a patrol is
        EventClaim e = only(dir,
                "أعلنت وزارة الداخلية، اليوم الأحد، عن تعرض رتل لقوى الأمن الداخلي لإطلاق نار من قبل مسلحين مجهولين في مدينة الميادين.");
        assertEquals("ArmedClash", type(e));
        assertTrue(places(e).contains("al-mayadin"), places(e).toString());
        assertEquals(LocalDate.of(2024, 5, 12), e.time().start());
    }

    @Test
    void theCueAfterTheConvoyReadsTheSame() throws Exception {
        EventClaim e = only(dir,
                "وقالت مصادر محلية إن رتلاً عسكرياً يتعرض لهجوم بالأسلحة الرشاشة قرب بلدة الشحيل بريف دير الزور الشرقي، مساء أمس.");
        assertEquals("ArmedClash", type(e));
    }

    @Test
    void aConvoyThatMovesStaysAMovementOfForces() throws Exception {
        // no hit cue: reinforcements brought in stay a change to the group's activity
        EventClaim e = only(dir,
                "استقدمت قوات سوريا الديمقراطية رتلاً عسكرياً إلى بلدة الشحيل بريف دير الزور الشرقي، أمس السبت.");
        assertEquals("ChangeToGroupActivity", type(e));
        // and a place that came under shelling is still shelled
        assertEquals("ShellingArtilleryMissileAttack", type(only(dir,
                "تعرضت بلدة الشحيل بريف دير الزور الشرقي لقصف مدفعي، أمس السبت.")));
    }
}
