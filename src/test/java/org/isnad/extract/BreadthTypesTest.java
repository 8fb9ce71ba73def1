package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types that real pages of many outlets told in ways the extractor misread (session 25, 65 pages of odd
 * years judged claim by claim). Every sentence is written here.
 */
class BreadthTypesTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body));
    }

    @Test
    void aBareBombardmentBesideAircraftOrLikeAnAirStrikeIsAnAirStrike() throws Exception {
        // the noun "قصف" names no weapon: the air raids of its own sentence say what it was
        assertEquals(List.of("AirDroneStrike"), typesOf(
                "بدأت حملة القصف اليومية على أحياء حلب الشرقية بعشرات الغارات الجوية صباح اليوم."));
        // "قصفاً مماثلاً": like the air strike the correspondent told just before
        assertEquals(List.of("AirDroneStrike", "AirDroneStrike"), typesOf(
                "شنت طائرات حربية روسية غارات على بلدة كفرنبل بريف إدلب ظهر اليوم. "
                        + "وأشار المراسل إلى أن قصفاً مماثلاً استهدف مساء أمس بلدة حاس في ريف إدلب."));
        // a weapon of the guns named keeps it shelling; aircraft that only fly strike nothing
        assertEquals(List.of("AirDroneStrike", "ShellingArtilleryMissileAttack"), typesOf(
                "شنت طائرات حربية غارات على بلدة كفرنبل بريف إدلب ظهر اليوم. "
                        + "وأشار المراسل إلى أن قصفاً مماثلاً بقذائف المدفعية استهدف مساء أمس بلدة حاس في ريف إدلب."));
        assertEquals(List.of("ShellingArtilleryMissileAttack"), typesOf(
                "طال القصف بلدة طفس في ريف درعا بالتزامن مع تحليق طائرات الاستطلاع في أجوائها، أمس."));
    }

    @Test
    void anAssassinationStaysAnAttackWhomeverTheVictimServed() throws Exception {
        // "اغتال": one-sided, even of a former commander of a faction (an armed unit's word in the target)
        assertEquals(List.of("Attack"), typesOf(
                "اغتال مجهولون مساء اليوم قيادياً سابقاً في فصائل المعارضة في بلدة الغارية بريف درعا."));
        // fire on a patrol is still a clash
        assertEquals(List.of("ArmedClash"), typesOf(
                "أطلق مسلحون النار على دورية عسكرية في بلدة الغارية بريف درعا اليوم."));
    }

    @Test
    void anActAnsweredIsTheReasonNotTheEvent() throws Exception {
        // "رداً على اعتقال": the arrest is why the checkpoint was attacked; the attack is the event
        List<String> t = typesOf("هاجم مسلحون حاجزاً لقوات النظام في بلدة الصنمين بريف درعا أمس، رداً على اعتقال شابين من البلدة.");
        assertEquals(1, t.size(), t.toString());
        org.junit.jupiter.api.Assertions.assertNotEquals("Arrests", t.get(0));
    }
}
