package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ACLED's protest types as the text tells them: security forces no list names who fire on protesters intervene
 * (or use excessive force when they kill); protesters who storm or burn a building riot; a protest named anew
 * at other towns in the sentence of a dispersal is another, peaceful protest; Friday protests told as the custom
 * where forces deploy are no event. Every sentence is written here, in the styles of 2011-12 uprising reporting,
 * north-east Syria in the 2020s and Suwayda.
 */
class ProtestTypesByPlaceTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void securityForcesFiringOnProtestersIntervene() throws Exception {
        assertEquals(List.of("ProtestWithIntervention"), typesOf(
                "أطلقت قوات الأمن النار على المتظاهرين في مدينة بانياس بعد صلاة الجمعة، ما أدى إلى إصابة عدد منهم."));
        assertEquals(List.of("ProtestWithIntervention"), typesOf(
                "فتح عناصر الشرطة النار على تظاهرة خرجت اليوم في مدينة دوما للمطالبة بالإفراج عن المعتقلين."));
    }

    @Test
    void securityForcesKillingProtestersUseExcessiveForce() throws Exception {
        assertEquals(List.of("ExcessiveForceAgainstProtesters"), typesOf(
                "أطلق رجال الأمن النار على المحتجين في مدينة نوى اليوم، ما أدى إلى مقتل شابين منهم."));
    }

    @Test
    void protestersWhoStormAndBurnAHeadquartersRiot() throws Exception {
        assertEquals(List.of("ViolentDemonstration"), typesOf(
                "تظاهر العشرات من أهالي بلدة الشحيل بريف دير الزور الشرقي صباح اليوم الأحد. وبعد ساعة "
                        + "اقتحم المحتجون مقراً عسكرياً في البلدة وأضرموا فيه النار."));
        assertEquals(List.of("ViolentDemonstration"), typesOf(
                "اقتحم متظاهرون غاضبون مبنى المحافظة في مدينة السويداء اليوم، احتجاجاً على تردي الأوضاع المعيشية."));
    }

    @Test
    void aForceThatStormsTheSitInDoesNotMakeItARiot() throws Exception {
        List<String> ts = typesOf("اقتحمت قوات الأمن ساحة الاعتصام في مدينة السويداء اليوم وفرقت المعتصمين.");
        assertTrue(!ts.contains("ViolentDemonstration"), ts::toString);
        // the storming told as the grievance is no riot either
        assertEquals(List.of("PeacefulProtest"), typesOf(
                "تظاهر أهالي بلدة ذيبان بريف دير الزور اليوم احتجاجاً على اقتحام دورية لمنزل أحد الوجهاء."));
    }

    @Test
    void aProtestNamedAnewAtOtherTownsIsAnotherPeacefulProtest() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "وفي ريف إدلب، فرقت قوات الأمن بالغاز المسيل للدموع متظاهرين "
                + "في مدينة سراقب اليوم الجمعة، كما خرجت تظاهرات في مدينتي بنش وسرمدا طالبت بإسقاط النظام.");
        assertEquals(List.of("PeacefulProtest", "PeacefulProtest", "ProtestWithIntervention"),
                types(es).stream().sorted().toList());
        EventClaim dispersed = es.stream().filter(e -> e.eventClass().endsWith("ProtestWithIntervention")).findFirst().orElseThrow();
        assertTrue(TestArticles.places(dispersed).contains("saraqib"), es::toString);
        assertTrue(!TestArticles.places(dispersed).contains("binnish"), es::toString);
    }

    @Test
    void fridayProtestsToldAsTheCustomAreNoEvent() throws Exception {
        assertEquals(List.of(), typesOf(
                "وانتشرت قوات الأمن بكثافة في مدينة جبلة، ولا سيما أمام المساجد التي تخرج منها التظاهرات أيام الجمع."));
    }
}
