package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.isnad.ingest.Article;
import org.isnad.ingest.ArticleOverrides;
import org.isnad.ingest.TextArticleSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who a wire item's later sentences refer back to (every article written here): the speaker its lead names when
 * the lead is also the title, a source named after the event in hamza-less wire copy ("بحسب ما اورد المرصد"), and
 * the observatory named again as the subject that opens a sentence ("المرصد أحصى …"), a reference word with the
 * name beside it ("الوكالة الرسمية للأنباء «سانا»") and a ministry by its portfolio ("وأشارت الداخلية"), and no speaker in a clause of "بعد أن".
 */
class SourceNamedInTheLeadTest {

    @TempDir Path dir;

    /** The claims of an article whose title is its first line, as wire copy and many sites print it. */
    private List<EventClaim> leadAsTitle(String outlet, String lead, String rest) throws Exception {
        Path f = dir.resolve("article.txt");
        Files.writeString(f, "outlet: " + outlet + "\npublished: 2024-05-12\ntitle: " + lead + "\n---\n" + lead + "\n" + rest);
        Lexicon lexicon = TestArticles.lexicon();
        Article a = new TextArticleSource(lexicon.boilerplateLines()).read(f, ArticleOverrides.NONE);
        return TestArticles.events(new ArabicClaimExtractor(lexicon).extract(a));
    }

    private static EventClaim told(List<EventClaim> es, String words) {
        return es.stream().filter(e -> e.evidence().stream().anyMatch(ev -> ev.text().contains(words))).findFirst()
                .orElseThrow(() -> new AssertionError("no event told in «" + words + "»: " + es));
    }

    @Test
    void theMinistryTheLeadNamesIsTheOneTheBodyRefersTo() throws Exception {
        List<EventClaim> es = leadAsTitle("Erem News",
                "أعلنت وزارة الداخلية السورية، اليوم الأحد، أنها فككت خلية مسلحة في ريف مدينة بانياس.",
                "وأوضحت الوزارة في بيان أن دورية أمنية داهمت منزلاً في قرية البيضا واعتقلت ثلاثة مطلوبين.");
        EventClaim arrest = told(es, "داهمت منزلاً");
        assertTrue(arrest.report().label().contains("Interior"), arrest.report().label());
    }

    @Test
    void aLeadWithoutFullStopIsReadAsTheHeadlineAndItsSpeakerHolds() throws Exception {
        // a short lead with no full stop stays the headline (SentenceReader reads its speaker there)
        List<EventClaim> es = leadAsTitle("Erem News",
                "أعلنت وزارة الداخلية السورية أنها فككت خلية مسلحة في ريف مدينة بانياس",
                "وأوضحت الوزارة في بيان أن دورية أمنية داهمت منزلاً في قرية البيضا واعتقلت ثلاثة مطلوبين.");
        EventClaim arrest = told(es, "داهمت منزلاً");
        assertTrue(arrest.report().label().contains("Interior"), arrest.report().label());
    }

    @Test
    void anAddedWordGoesOnInTheLeadsSource() throws Exception {
        // "واضاف ان …" after a lead that names the observatory, and no other speaker
        List<EventClaim> es = leadAsTitle("Al-Wasat",
                "قتل ستة عناصر من قوات النظام في هجوم على حاجز قرب مدينة الميادين، وفق ما افاد المرصد السوري لحقوق الانسان اليوم الاحد.",
                "واضاف ان مسلحين مجهولين اغتالوا مختارا في بلدة الشحيل مساء امس.");
        EventClaim killing = told(es, "اغتالوا مختارا");
        assertTrue(killing.report().label().contains("SOHR"), killing.report().label());
    }

    @Test
    void aSourceNamedAfterTheEventInWireCopyWithoutHamza() throws Exception {
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Al-Wasat",
                "قال المرصد السوري لحقوق الانسان ان مسلحين قتلوا شابا في بلدة الكشكية امس.\n"
                + "واندلعت اشتباكات بين مسلحين من العشيرة وعناصر التنظيم في بلدة ابو حمام فجر اليوم، بحسب ما اورد المرصد."));
        EventClaim clash = told(es, "واندلعت اشتباكات");
        assertTrue(clash.report().label().contains("SOHR"), clash.report().label());
    }

    @Test
    void theObservatoryOpeningASentenceAsSubjectOfItsCount() throws Exception {
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Al-Amssar",
                "قال المرصد السوري لحقوق الإنسان إن طائرات حربية روسية قصفت مواقع في بادية حمص اليوم.\n"
                + "المرصد أحصى قبل أيام مقتل سبعة عناصر من التنظيم في غارات روسية على بادية الرقة."));
        EventClaim earlier = told(es, "أحصى قبل أيام");
        assertTrue(earlier.report().label().contains("SOHR"), earlier.report().label());
    }

    @Test
    void aLeadWithNoSpeakerLeavesTheOutletsVoice() throws Exception {
        // the lead names no one: the next sentence, with no speaker of its own, stays the outlet's
        List<EventClaim> es = leadAsTitle("Erem News",
                "قتل ثلاثة مدنيين بقصف مدفعي على بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم الأحد.",
                "واستهدف القصف أيضاً بلدة حاس المجاورة.");
        assertFalse(es.isEmpty());
        for (EventClaim e : es) assertFalse(e.report().isNamedSpeaker(), e.report().label());
    }

    @Test
    void aReferenceWordWithTheNameBesideItIsThatName() throws Exception {
        // the observatory spoke before; "الوكالة … «سانا»" is the agency named here, not the observatory again
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Al-Najah News",
                "قال المرصد السوري لحقوق الإنسان إن مسلحين هاجموا حاجزا في بلدة بيت عانا اليوم.\n"
                + "وأفادت الوكالة الرسمية للأنباء «سانا» بأن مجموعات مسلحة استهدفت آليات للجيش قرب بلدة القرداحة في ريف اللاذقية."));
        EventClaim agency = told(es, "استهدفت آليات");
        assertTrue(agency.report().label().contains("SANA"), agency.report().label());
    }

    @Test
    void theMinistryByItsPortfolioAfterAnotherSpeaker() throws Exception {
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Shorouk News",
                "أعلنت وزارة الداخلية السورية مقتل أربعة عناصر في هجوم على حاجز في مدينة الرقة أمس.\n"
                + "وقال مصدر محلي إن مسلحين مجهولين أطلقوا النار على سيارة مدنية في بلدة الكرامة.\n"
                + "وأشارت الداخلية إلى أن الحاجز نفسه تعرض لهجوم آخر يوم الأحد أسفر عن إصابة عنصر."));
        EventClaim again = told(es, "تعرض لهجوم آخر");
        assertTrue(again.report().label().contains("Interior"), again.report().label());
    }

    @Test
    void anAccusationAfterWhichTheArrestsCameIsNoSource() throws Exception {
        // "بعد أن اتهمهم …": the accusers are part of what is told; the arrests stay the local sources' account
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Al-Araby Al-Jadeed",
                "قالت مصادر محلية إن قوات النظام اعتقلت خمسة شبان في مدينة تلبيسة أمس.\n"
                + "كما شملت الاعتقالات ثمانية شبان في قرية تقسيس شمال مدينة حماة، بعد أن اتهمهم موالون للنظام "
                + "بأنهم كانوا سبباً في خطف أبنائهم."));
        EventClaim arrests = told(es, "ثمانية شبان");
        assertTrue(arrests.report().label().contains("Local sources"), arrests.report().label());
    }

    @Test
    void anOutletSpokenToIsNotTheSpeaker() throws Exception {
        // "وقال المتحدث لوكالة فرانس برس": the spokesman spoke to the agency; the words are not the agency's
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Al-Najah News",
                "قالت وزارة الداخلية السورية إن مسلحين هاجموا حاجزا في بلدة بيت عانا اليوم.\n"
                + "وقال المتحدث لوكالة فرانس برس إن مجموعات مسلحة استهدفت آليات للشرطة قرب بلدة القرداحة في ريف اللاذقية."));
        EventClaim told = told(es, "استهدفت آليات");
        assertFalse(told.report().label().contains("AFP"), told.report().label());
    }

    @Test
    void theObservatorySpokenToIsNotTheSpeaker() throws Exception {
        // "وقال المصدر للمرصد السوري …": a source spoke to the observatory; the words are the source's, not the observatory's
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Al-Najah News",
                "قال مصدر أمني إن مسلحين هاجموا حاجزا في بلدة بيت عانا اليوم.\n"
                + "وقال المصدر للمرصد السوري لحقوق الإنسان إن مجموعات مسلحة استهدفت آليات للجيش قرب بلدة القرداحة في ريف اللاذقية."));
        EventClaim told = told(es, "استهدفت آليات");
        assertFalse(told.report().label().contains("SOHR"), told.report().label());
    }
}
