package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forces that post themselves without a violent act (session 29, from the real pages' "Change to group/activity"
 * claims): a checkpoint set up, a deployment, a state of alert. Each is a claim of its own, with the force, the
 * place and the day; what the force did there, told by its own word, still names the event. Every sentence is
 * written here.
 */
class ForcePosturesTest {

    private static final String GROUP = "https://w3id.org/isnad/ns#ChangeToGroupActivity";

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return TestArticles.types(TestArticles.events(dir, body));
    }

    @Test
    void aCheckpointSetUpIsAChangeToGroupActivity() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "نصبت دورية للقوات الإسرائيلية، أمس السبت، حاجزاً مؤقتاً عند مدخل بلدة خان أرنبة بريف القنيطرة، وفتشت المارة.");
        assertEquals(GROUP, e.eventClass());
        assertTrue(e.actors().contains("https://w3id.org/isnad/id/actor/israeli-forces"), e.actors().toString());
        assertTrue(e.places().stream().anyMatch(p -> p.contains("khan-arnaba")), e.places().toString());
        assertEquals("2024-05-11", e.time().start().toString());
        // "أقام … حواجز": the same, not a base established
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "أقامت قوات سوريا الديمقراطية، أمس السبت، حواجز على مداخل بلدة الشحيل بريف دير الزور الشرقي."));
        // an arrest made at the checkpoint names the event
        assertEquals(List.of("Arrests"), typesOf(
                "أقامت قوات الأمن، صباح اليوم، حاجزاً على طريق مدينة الصنمين واعتقلت ثلاثة شبان."));
    }

    @Test
    void forcesDeployedAreAChangeToGroupActivity() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "انتشرت قوات الأمن العام، أمس السبت، على مداخل مدينة سرمدا بريف إدلب الشمالي وفي شوارعها الرئيسة.");
        assertEquals(GROUP, e.eventClass());
        assertTrue(e.places().stream().anyMatch(p -> p.contains("sarmada")), e.places().toString());
        assertEquals("2024-05-11", e.time().start().toString());
        // the noun with a word of the forces
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "شهدت مدينة سلقين بريف إدلب، أمس السبت، انتشاراً لعناصر الأمن العام قرب الدوار الرئيس."));
        // a raid told with the deployment is the arrest, one claim
        assertEquals(List.of("Arrests"), typesOf(
                "انتشرت دورية للأمن العام، أمس السبت، في بلدة تسيل بريف درعا الغربي واعتقلت شابين."));
    }

    @Test
    void whatSpreadsIsNoDeployment() throws Exception {
        // a video going round, mines that lie about, the areas where forces stand: no event
        assertEquals(List.of(), typesOf("انتشر، أمس السبت، مقطع مصور يظهر شباناً يرقصون في ساحة مدينة سرمدا."));
        assertEquals(List.of(), typesOf("ويعاني أهالي ريف الرقة من انتشار الألغام في أراضيهم الزراعية."));
        assertEquals(List.of("ShellingArtilleryMissileAttack"), typesOf(
                "قصفت القوات التركية بالمدفعية، أمس السبت، مناطق انتشار قوات قسد في ريف حلب الشمالي."));
    }

    @Test
    void aDeploymentAfterTheOtherSideWithdrewIsAPlaceHandedOver() throws Exception {
        assertEquals(List.of("NonViolentTransferOfTerritory"), typesOf(
                "انتشرت قوات النظام، أمس السبت، في بلدة تسيل بريف درعا الغربي بعد انسحاب الفصائل منها."));
    }

    @Test
    void checkpointsAcrossSeveralVillagesAreOneDeployment() throws Exception {
        // one force posted in three villages: one claim, not one per village
        assertEquals(List.of("ChangeToGroupActivity"), typesOf(
                "نشرت قوات سوريا الديمقراطية، أمس السبت، حواجز في قرى الحصان والجنينة والشميطية بريف دير الزور الغربي."));
    }
}
