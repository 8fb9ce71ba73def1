package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another source's retelling of the lead's event, timed only by the lead (no date words of its own) and
 * naming its place more closely, is a claim of that source linked sameEventAs to the lead's claim. Every
 * sentence is written here.
 */
class RetoldByAnotherSourceTest {

    @TempDir Path dir;

    @Test
    void localSourcesNamingTheVillageRetellTheLeadsKilling() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "قُتل رجل مدني برصاص مسلحين مجهولين صباح اليوم في ريف دير الزور الشرقي. "
                + "وقالت مصادر محلية إن مسلحين مجهولين أطلقوا النار على الرجل قرب منزله في بلدة الشحيل، ما أدى إلى مقتله.");
        assertEquals(2, es.size(), es.toString());
        // the lead in the outlet's bare voice is the news the local sources then tell (LeadToldBySource)
        assertEquals(es.get(0).report(), es.get(1).report());
        assertTrue(es.get(1).sameEventAs().contains(es.get(0).key()), es.toString());
    }

    @Test
    void anotherSourcesArrestAtATownOfTheSameAreaIsLinkedToo() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "اعتقلت دورية أمنية شاباً أمس السبت في ريف حلب الشمالي. "
                + "وذكر ناشطون أن الدورية اعتقلت الشاب عند حاجز على مدخل مدينة اعزاز.");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.get(1).sameEventAs().contains(es.get(0).key()), es.toString());
    }

    @Test
    void aSecondKillingInAnotherDistrictIsNotLinked() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "قُتل رجل مدني برصاص مسلحين مجهولين صباح اليوم في بلدة الشحيل بريف دير الزور الشرقي. "
                + "وقالت مصادر محلية إن مسلحين أطلقوا النار على شاب في مدينة الميادين، ما أدى إلى مقتله.");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.get(1).sameEventAs().isEmpty(), es.toString());
    }

    @Test
    void aVillageTheGazetteerLacksNamedByBothIsTheirSharedPlace() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "شنّت قوات سوريا الديمقراطية حملة دهم في قرية الزعيفرة الشرقية بريف الرقة الغربي صباح اليوم. "
                + "وأسفرت الحملة عن اعتقال خمسة شبان من أهالي قرية الزعيفرة الشرقية، بحسب ناشطين.");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.get(1).sameEventAs().contains(es.get(0).key()), es.toString());
    }

    @Test
    void theOutletsOwnNextStoryTimedByASourcesAccountIsNotLinked() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "قالت مصادر محلية إن الأهالي عثروا صباح اليوم على جثة شاب قُتل برصاص مجهولين في ريف دير الزور الشرقي. "
                + "وكان رجل قد قُتل برصاص مسلحين اقتحموا منزله في بلدة الشحيل.");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.get(1).sameEventAs().isEmpty(), es.toString());
    }
}
