package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who speaks, as real pages tell it (learnt from real pages of Smart, Syria TV, Al-Araby Al-Jadeed,
 * Enab Baladi, Al-Khabour; every sentence here is written for the test).
 */
class VoicesAsRealPagesTellThemTest {

    @TempDir Path dir;

    private List<EventClaim> events(String outlet, String body) throws Exception {
        return TestArticles.events(TestArticles.byOutlet(dir, outlet, body));
    }

    @Test
    void aCarThatCarriedThemIsNoVerbOfSaying() throws Exception {
        // "تقلهم" is "أقلّ" (to carry), which the dictionary also reads as the short form of "قال": the drone
        // before it does not speak; the outlet tells the strike
        List<EventClaim> es = events("Syria TV", "قتل عنصر من قسد اليوم الأحد إثر استهداف مسيرة تركية لسيارة كانت تقلهم "
                + "في ريف القامشلي.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(ReportKind.OUTLET_REPORTING, es.get(0).report().kind(), es.get(0).report().label());
    }

    @Test
    void theGatheringNamedBeforeGoesOn() throws Exception {
        // "وأضاف التجمع …": the network named in the sentence before, described again, not a person
        List<EventClaim> es = events("Al-Araby Al-Jadeed", "وذكر “تجمع أحرار حوران” أن قوات النظام قصفت حي طريق السد "
                + "في مدينة درعا اليوم الأحد.\n\nوأضاف التجمع الذي يغطي أخبار الجنوب السوري، أن قوات النظام اعتقلت "
                + "شابين على حاجز في مدينة الصنمين اليوم الأحد.");
        assertEquals(2, es.size(), es.toString());
        for (EventClaim e : es) assertTrue(e.report().label().startsWith("Horan Free"), e.report().label());
    }

    @Test
    void anotherOutletsCorrespondentIsNotTheOutletItself() throws Exception {
        // "مراسل قناة “سما” المحلية" in Enab Baladi: a media word without the article, then another name
        List<EventClaim> es = events("Enab Baladi", "وقال مراسل قناة “سما” المحلية، عبر حسابه في فيس بوك، إن مسلحين "
                + "مجهولين أطلقوا النار على شابين في مدينة داعل أمس السبت.");
        assertEquals(1, es.size(), es.toString());
        assertFalse(es.get(0).report().kind() == ReportKind.OUTLET_REPORTING, es.get(0).report().label());
        // the channel is in the registry of outlets (session 31): its correspondent is Sama TV speaking
        assertTrue(es.get(0).report().label().contains("Sama TV"), es.get(0).report().label());
        // while "مراسل الشبكة" is the network speaking of itself
        List<EventClaim> own = events("DeirEzzor 24", "وقال مراسل الشبكة إن مسلحين مجهولين اغتالوا شاباً في بلدة ذيبان "
                + "أمس السبت.");
        assertEquals(ReportKind.OUTLET_REPORTING, own.get(0).report().kind(), own.get(0).report().label());
    }

    @Test
    void backgroundRecalledIsTheOutletsOwn() throws Exception {
        // "ويذكر أن …" after the ministry's words: the outlet recalls it, the ministry does not go on
        List<EventClaim> es = events("Enab Baladi", "قالت وزارة الداخلية إن قواتها اعتقلت خلية لتنظيم الدولة في ريف "
                + "دمشق أمس السبت.\n\nويذكر أن قوات الأمن العام نفذت حملة أمنية في ريف حمص الشهر الماضي اعتقلت خلالها "
                + "عشرات المطلوبين.");
        assertEquals(2, es.size(), es.toString());
        assertEquals(ReportKind.OUTLET_REPORTING, es.get(1).report().kind(), es.get(1).report().label());
        // a speaker the background names still speaks: "يذكر أن المرصد وثّق …" in the observatory's report
        List<EventClaim> sohr = events("SOHR", "أفادت مصادر المرصد السوري بمقتل مواطن برصاص مجهولين في بلدة الشحيل "
                + "بريف دير الزور أمس.\n\nيذكر أن المرصد السوري وثق خلال الشهر الفائت مقتل شاب برصاص مجهولين في "
                + "بلدة ذيبان.");
        assertEquals(ReportKind.OUTLET_REPORTING, sohr.get(sohr.size() - 1).report().kind(), sohr.toString());
    }

    @Test
    void theIslamicStatesAgencyIsNamed() throws Exception {
        List<EventClaim> es = events("Step News", "أعلنت وكالة أعماق أن مقاتلي تنظيم الدولة فجروا عبوة ناسفة بدورية "
                + "لقوات قسد في بلدة الشحيل بريف دير الزور أمس السبت.");
        assertTrue(es.get(0).report().label().contains("Amaq"), es.get(0).report().label());
        assertTrue(es.get(0).report().label().contains("ISIS"), es.get(0).report().label());
    }

    @Test
    void anOutletNamedLooselyInItsHeaderIsStillItself() throws Exception {
        // the header's name with a bracket after it, or written without the space the data has
        List<EventClaim> smart = events("Smart (carried by another site)", "وقال مراسل سمارت إن طائرات حربية قصفت "
                + "مدينة كفرنبل جنوب إدلب أمس السبت.");
        assertEquals(ReportKind.OUTLET_REPORTING, smart.get(0).report().kind(), smart.get(0).report().label());
        List<EventClaim> dez = events("Deir Ezzor 24", "أفادت شبكة دير الزور 24 بأن مسلحين مجهولين اغتالوا عنصراً من "
                + "قسد في بلدة ذيبان أمس السبت.");
        assertEquals(ReportKind.OUTLET_REPORTING, dez.get(0).report().kind(), dez.get(0).report().label());
    }
}
