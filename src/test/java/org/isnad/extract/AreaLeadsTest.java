package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lead that names only an area, then told town by town by the same voice, sums up its items: one event per
 * town, none for the area (every sentence written here, in the way real pages tell a day's strikes).
 */
class AreaLeadsTest {

    @TempDir Path dir;

    private static final String PLACE = "https://w3id.org/isnad/id/place/";
    private static final String RUSSIA = "https://w3id.org/isnad/id/actor/russian-forces";

    @Test
    void theAreaLeadToldTownByTownIsNoEventOfItsOwn() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "قصفت الطائرات الحربية الروسية، يوم أمس، مناطق في ريف إدلب الجنوبي. "
                + "واستهدفت الغارات بلدة كفرنبل، كما طالت غارة أخرى مدينة معرة النعمان.");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.get(0).places().contains(PLACE + "kafranbel"), es.toString());
        assertTrue(es.get(1).places().contains(PLACE + "maarat-al-numan"), es.toString());
        for (EventClaim e : es) {
            // each town keeps the lead's date and its doer
            assertTrue(e.actors().contains(RUSSIA), es.toString());
            assertEquals(es.get(0).time().start(), e.time().start(), es.toString());
            assertTrue(e.time().resolved(), es.toString());
        }
    }

    @Test
    void aLeadWithNoItemOrAnotherVoiceStays() throws Exception {
        // no town told after it: the lead is the only account
        List<EventClaim> es = TestArticles.events(dir, "قصفت الطائرات الحربية الروسية، يوم أمس، مناطق في ريف إدلب الجنوبي.");
        assertEquals(1, es.size(), es.toString());
        // the town is told by another voice: linked to the lead, not its item
        es = TestArticles.events(dir, "قتل ثلاثة مدنيين بقصف مدفعي لقوات النظام على ريف حلب الغربي، يوم أمس. "
                + "وقال الدفاع المدني إن القصف استهدف منازل في بلدة الأتارب.");
        assertEquals(2, es.size(), es.toString());
        // a town in another governorate is no item of the lead
        es = TestArticles.events(dir, "قصفت الطائرات الحربية الروسية، يوم أمس، مناطق في ريف إدلب الجنوبي. "
                + "وفي ريف حماة، استهدفت الطائرات الحربية الروسية بلدة اللطامنة.");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void noClaimLeftIsTimedAgainstAWithdrawnLead() throws Exception {
        // the lead is withdrawn for its towns; the death from an earlier shelling told after them was timed
        // against it, and converting the article failed on the missing claim
        List<Claim> cs = TestArticles.read(TestArticles.lexicon(), dir, "2024-03-11",
                "صعّدت قوات النظام، منذ صباح اليوم الاثنين، القصف المدفعي على مدن وبلدات ريف حماة الشمالي. "
                + "واستهدفت القوات بلدة اللطامنة، ما أدى إلى مقتل مدني. "
                + "وقال مراسل الشبكة إن القصف المدفعي طال كلاً من مدينة “كفرزيتا” وبلدة “مورك”. "
                + "وأضاف أن طفلاً توفي متأثراً بجراحه جراء قصف مدفعي سابق على بلدة كفرنبودة في ريف حماة الشمالي.");
        java.util.Set<ClaimKey> kept = new java.util.HashSet<>();
        for (Claim c : cs) kept.add(c.key());
        for (EventClaim e : TestArticles.events(cs)) {
            if (e.time().anchor() != null) assertTrue(kept.contains(e.time().anchor()), cs.toString());
            for (ClaimKey same : e.sameEventAs()) assertTrue(kept.contains(same), cs.toString());
        }
    }

    @Test
    void aLeadOverCheckpointsFoldsIntoTheVillagesWhereEachWasHit() throws Exception {
        // the lead names posts ("حواجز") and only the governorate; each post is then told in its village, one
        // of them the gazetteer lacks, and the last after "وفي حادثة منفصلة" with no date words of its own
        List<EventClaim> es = TestArticles.events(dir, "استهدف مسلحون من خلايا تنظيم داعش، مساء أمس السبت، حواجز أمنية "
                + "تابعة لقوات سوريا الديمقراطية شرق محافظة دير الزور. "
                + "وهاجم المسلحون بالأسلحة الرشاشة حاجزاً في بلدة الشحيل بريف دير الزور الشرقي، لتندلع اشتباكات بين الطرفين. "
                + "وفي حادثة منفصلة، هاجم عناصر التنظيم بقذائف الهاون نقطة عسكرية في قرية الزغيبة بريف دير الزور الشرقي.");
        assertEquals(2, es.size(), es.toString());
        for (EventClaim e : es) {
            assertTrue(e.places().stream().noneMatch(p -> p.equals(PLACE + "deir-ez-zor-governorate")), es.toString());
            // each incident keeps the lead's day, the one after "another incident" too
            assertEquals(java.time.LocalDate.parse("2024-05-11"), e.time().start(), es.toString());
        }
        assertTrue(TestArticles.places(es.get(0)).contains("al-shuhail"), es.toString());
        assertTrue(TestArticles.places(es.get(1)).contains("الزغيبة"), es.toString());
    }

    @Test
    void theSeatOfTheSpeakingBodyIsNoPlaceOfTheAct() throws Exception {
        // "ومقره في بريطانيا" describes the observatory the agency quotes, not where the checkpoint was hit
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, "Shafaq News", "وقال المرصد الحقوقي ومقره في "
                + "بريطانيا، في تقرير اطلعت عليه وكالة شفق نيوز، إن مسلحين مجهولين هاجموا بالرشاشات حاجزاً عسكرياً في بلدة "
                + "الشحيل بريف دير الزور."));
        assertEquals(1, es.size(), es.toString());
        assertTrue(TestArticles.places(es.get(0)).contains("al-shuhail"), es.toString());
        assertTrue(TestArticles.places(es.get(0)).stream().noneMatch(p -> p.contains("بريطانيا")), es.toString());
    }
}
