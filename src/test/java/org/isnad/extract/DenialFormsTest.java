package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Denials in the forms real pages use (issue 10; every sentence written here): an allegation called untrue
 * ("ادعاءات … عارية عن الصحة") and a denier named before what it denies ("نفى مصدر عسكري الأنباء …").
 */
class DenialFormsTest {

    @TempDir Path dir;

    @Test
    void anAllegationCalledUntrueIsDenied() throws Exception {
        // the regime's claim is named only to be called untrue: the shelling is denied, by the one who says so
        EventClaim e = TestArticles.only(dir,
                "أكدت هيئة تحرير الشام أن مزاعم النظام عن قصفها مدينة حلب أمس عارية عن الصحة.");
        assertEquals(Modality.DENIED, e.modality());
        assertTrue(e.report().label().contains("HTS"), e.report().label());
        assertEquals(Modality.DENIED, TestArticles.only(dir,
                "وقالت الفصائل العسكرية إن ادعاءات قوات النظام عن استهدافها بلدة السقيلبية بالصواريخ لا أساس لها من الصحة.").modality());
    }

    @Test
    void anAllegationToldAsAVerbStaysAlleged() throws Exception {
        // a speaker who alleges, then is called untrue in no clause of its own, still alleges
        assertEquals(Modality.ALLEGED, TestArticles.only(dir,
                "زعمت وسائل إعلام النظام أن الفصائل قصفت مدينة حلب بالصواريخ أمس.").modality());
    }

    @Test
    void whatIsDeniedIsNotPartOfWhoDeniesIt() throws Exception {
        // "نفى مصدر عسكري الأنباء التي …": the source is "a military source", not "a military source the news that"
        EventClaim e = TestArticles.only(dir, "نفى مصدر عسكري الأنباء التي تحدثت عن انفجار في مطار المزة العسكري أمس.");
        assertEquals(Modality.DENIED, e.modality());
        assertTrue(e.report().label().endsWith("(مصدر عسكري)"), e.report().label());
        EventClaim army = TestArticles.only(dir, "نفى الجيش صحة الأنباء عن سقوط قذائف على حي الميدان في دمشق أمس.");
        // a bare "الجيش" is the state's army (actors.ttl, session 39): the speaker is that actor, not its denial
        assertEquals("Syrian government forces", army.report().label());
        // an indefinite "صحة" in a title still belongs to the speaker: "مدير صحة إدلب"
        EventClaim health = TestArticles.only(dir, "قال مدير صحة إدلب إن القصف على مدينة أريحا أمس أدى إلى مقتل ثلاثة مدنيين.");
        assertTrue(health.report().label().endsWith("(مدير صحة إدلب)"), health.report().label());
    }

    @Test
    void aDenialOfWhoDidItLeavesTheActDone() throws Exception {
        // "نفت إسرائيل مسؤوليتها عن الانفجار": the blast happened; only who did it is denied
        EventClaim e = TestArticles.only(dir, "نفت إسرائيل مسؤوليتها عن الانفجار الذي هز حي المزة في دمشق أمس.");
        assertEquals(Modality.ASSERTED, e.modality());
        assertTrue(TestArticles.places(e).stream().anyMatch(p -> p.contains("mezzeh")), TestArticles.places(e).toString());
        assertEquals(Modality.ASSERTED, TestArticles.only(dir,
                "ونفى فصيل أحرار الشام مسؤوليته عن اغتيال قيادي في مدينة الباب أمس.").modality());
        // denying the act itself stays a denial
        assertEquals(Modality.DENIED, TestArticles.only(dir, "نفت إسرائيل وقوع انفجار في حي المزة بدمشق أمس.").modality());
    }
}
