package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry of outlets (ontology/actors.ttl, session 31): an outlet a page names as its source is that
 * outlet, with its English name, not a "person (…)" minted from the words; a radio and a page are outlets
 * too; the article's own correspondent is the article's own voice. Sentences written for these tests.
 */
class OutletRegistryTest {

    @TempDir Path dir;

    private static EventClaim toldIn(List<Claim> cs, String words) {
        return TestArticles.events(cs).stream().filter(e -> e.evidence().stream().anyMatch(ev -> ev.text().contains(words)))
                .findFirst().orElseThrow(() -> new AssertionError("no event told in «" + words + "»: " + cs));
    }

    private static void citedAs(List<Claim> cs, String words, String outletSlug) {
        Report r = toldIn(cs, words).report();
        assertEquals(ReportKind.SOURCE_REPORT, r.kind(), r.label());
        assertNotNull(r.speaker(), r.label());
        assertTrue(r.speaker().endsWith("/" + outletSlug), r.speaker() + " " + r.label());
    }

    @Test
    void aNewspaperARadioAndAnAgencyNamedAsSourcesAreThoseOutlets() throws Exception {
        // "صحيفة “الوطن”": the pro-government daily, not the homeland; the radio and the Russian agency too
        List<Claim> cs = TestArticles.byOutlet(dir, "Enab Baladi",
                "وقالت صحيفة “الوطن” المحلية إن عبوة ناسفة انفجرت بسيارة عسكرية في مدينة تلبيسة أمس.");
        citedAs(cs, "تلبيسة", "al-watan");
        cs = TestArticles.byOutlet(dir, "Enab Baladi",
                "وذكرت إذاعة “شام إف إم” المحلية أن عبوة ناسفة انفجرت بحافلة في مدينة حمص أمس.");
        citedAs(cs, "حمص", "sham-fm");
        cs = TestArticles.byOutlet(dir, "Rebaz News",
                "ونقلت وكالة “سبوتنيك” الروسية عن مصدر محلي أن قذائف سقطت على قرية تل طويل قرب تل تمر أمس.");
        assertTrue(toldIn(cs, "تل تمر").report().label().contains("Sputnik")
                || toldIn(cs, "تل تمر").report().speaker().endsWith("/sputnik"), toldIn(cs, "تل تمر").report().label());
    }

    @Test
    void aPageNamedAsSourceIsThatPageNotAPerson() throws Exception {
        List<Claim> cs = TestArticles.byOutlet(dir, "Enab Baladi",
                "وأفادت صفحة “السويداء 24” الإخبارية بأن مسلحين خطفوا شاباً في بلدة المزرعة أمس.");
        citedAs(cs, "المزرعة", "suwayda-24");
        // a page no list knows is a page, not a person
        cs = TestArticles.byOutlet(dir, "Step News",
                "ونشرت صفحة “أخبار الساحل” الموالية أن قذيفة سقطت على قرية في ريف جبلة أمس.");
        Report r = toldIn(cs, "جبلة").report();
        assertTrue(r.label().startsWith("page"), r.label());
    }

    @Test
    void theOutletsOwnCorrespondentIsItsOwnVoiceAnotherOutletsIsThatOutlet() throws Exception {
        List<Claim> cs = TestArticles.byOutlet(dir, "Nidaa al-Furat",
                "وبحسب مراسل “نداء الفرات” فإن مجهولين اغتالوا شاباً في بلدة ذيبان أمس.");
        assertEquals(ReportKind.OUTLET_REPORTING, toldIn(cs, "ذيبان").report().kind(), toldIn(cs, "ذيبان").report().label());
        cs = TestArticles.byOutlet(dir, "Enab Baladi",
                "وبحسب مراسل “نداء الفرات” فإن مجهولين اغتالوا شاباً في بلدة ذيبان أمس.");
        citedAs(cs, "ذيبان", "nidaa-al-furat");
        // a local network named by its joined or spaced number
        cs = TestArticles.byOutlet(dir, "Damapost",
                "وقال موقع “درعا 24” إن مسلحين اغتالوا رجلاً في بلدة اليادودة أمس.");
        citedAs(cs, "اليادودة", "daraa-24");
    }

    @Test
    void ourCorrespondentsAsSubjectAreTheOutletsOwnVoice() throws Exception {
        List<Claim> cs = TestArticles.byOutlet(dir, "Step News",
                "وأفاد مراسلونا بأن اشتباكات اندلعت بين فصيلين في مدينة عفرين مساء أمس.");
        assertEquals(ReportKind.OUTLET_REPORTING, toldIn(cs, "عفرين").report().kind(), toldIn(cs, "عفرين").report().label());
    }

    @Test
    void aPublisherKeepsTheNamesReadersKnowItBy() {
        Lexicon lexicon = TestArticles.lexicon();
        // one channel, two spellings: its English name holds both
        assertEquals(lexicon.outletIri("Jisr TV"), lexicon.outletIri("Jesr TV"));
        assertTrue(lexicon.outletLabel("Jesr TV").contains("Jesr") && lexicon.outletLabel("Jesr TV").contains("Jisr"));
        // a site carrying another outlet's reports keeps the name given with it, both outlets in it
        assertEquals("Micro Syria (SMART)", lexicon.outletLabel("Micro Syria (SMART)"));
        assertEquals("Nidaa al-Furat", lexicon.outletLabel("Furat (furat-sy.com)"));
    }
}
