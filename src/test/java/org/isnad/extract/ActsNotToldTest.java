package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Act words that tell no act of the report (learnt from real reporting, every sentence written here): what a
 * person is charged with or known for ("متهم بعمليات خطف", "أحد مرتكبي جرائم الخطف"), and a plan said not to
 * exist ("لا تنوي شن عملية"), and what a side moves to avoid ("لتجنب ضربات التحالف"). Published 12 May 2024.
 */
class ActsNotToldTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    @Test
    void theArrestOfAManAccusedOfKidnappingIsAnArrest() throws Exception {
        List<EventClaim> es = events("اعتقلت الشرطة رجلاً متهماً بعمليات خطف في مدينة السويداء أمس.");
        assertEquals(List.of("Arrests"), types(es), es.toString());
        // the charge no longer splits the sentence: the arrest keeps its place and its day
        assertTrue(TestArticles.places(es.get(0)).contains("suwayda"),
                TestArticles.places(es.get(0)).toString());
        assertEquals("2024-05-11", String.valueOf(es.get(0).time().start()));
        assertEquals(List.of("Arrests"), types(events("ألقت دورية للأمن العام القبض على شابين بتهمة الخطف والسلب في بلدة الصورة.")));
    }

    @Test
    void theKillingOfAManKnownForKidnappingsIsAKilling() throws Exception {
        List<EventClaim> es = events("قتل شاب برصاص مجهولين في بلدة الكفر، وهو متهم بعمليات خطف وسلب في المنطقة.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(!types(es).contains("AbductionForcedDisappearance"), types(es).toString());
        assertEquals(List.of(), types(events("وبحسب ناشطين فإن من بين القتلى أحد مرتكبي عمليات الخطف في البلدة.")));
        assertEquals(List.of(), types(events("ويعرف عن القتيل أنه متورط في جرائم اغتيال طالت عناصر سابقين في المعارضة.")));
    }

    @Test
    void aSpeakersAccusationStillTellsAnAllegedAct() throws Exception {
        // "متهماً إياها بقصف": accusing her, not accused
        List<EventClaim> es = events("وهاجم المتحدث الحكومة، متهماً إياها بقصف بلدة الكفر أمس.");
        EventClaim shelling = TestArticles.first(es, org.isnad.vocab.Vocab.ISNAD + "ShellingArtilleryMissileAttack");
        assertEquals(Modality.ALLEGED, shelling.modality());
    }

    @Test
    void aPlanSaidNotToExistIsNoPlannedAttack() throws Exception {
        assertEquals(List.of(), types(events("وأكد المسؤول أن أنقرة لا تنوي شن عملية عسكرية جديدة في ريف حلب الشمالي.")));
        assertEquals(List.of(), types(events("وأشار الوزير إلى أن الجيش ليس لديه أي نية لاقتحام مدينة درعا.")));
        // a plan told as it is stays planned
        List<EventClaim> es = events("وأكد المسؤول أن أنقرة تنوي شن عملية عسكرية جديدة في ريف حلب الشمالي.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Modality.PLANNED, es.get(0).modality());
    }

    @Test
    void whatASideMovesToAvoidHasNotHappened() throws Exception {
        assertEquals(List.of(), types(events("ونقلت الميليشيات أسلحتها بسيارات مدنية لتجنب ضربات التحالف الدولي في ريف دير الزور.")));
        assertEquals(List.of(), types(events("وأخلت الميليشيات مقراتها في مدينة الميادين تجنباً لغارات التحالف.")));
        // a strike told before the avoiding stays
        assertEquals(List.of("AirDroneStrike"), types(events(
                "استهدفت غارة جوية مستودعاً للأسلحة في مدينة الميادين أمس، وتنقل الميليشيات أسلحتها منذ أشهر لتجنب الغارات.")));
    }
}
