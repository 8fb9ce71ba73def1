package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An arrest told only as what a force aimed at or tried (every sentence written here) takes no one: no arrest
 * claim, while the search, the bombing or the arrest told outright beside it stay.
 */
class AimedArrestTest {

    @TempDir Path dir;

    @Test
    void anArrestAimedAtIsNoArrest() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "اغتال مسلحون مجهولون قيادياً في بلدة الشحيل بريف دير الزور، مساء أمس. "
                + "وانتشرت دوريات قسد في البلدة وفتشت السيارات على الحواجز بغية إلقاء القبض على المنفذين.");
        assertEquals(false, TestArticles.types(es).contains("Arrests"));
        assertEquals(true, TestArticles.types(es).contains("Attack"));
    }

    @Test
    void anArrestTriedIsNoArrest() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "فجّر انتحاري نفسه بدورية للشرطة في حي الميدان بمدينة حلب، ليل أمس، "
                + "عند محاولة عناصرها تفتيشه وإلقاء القبض عليه، ما أدى لمقتل شرطي.");
        assertEquals(List.of("SuicideBomb"), TestArticles.types(es));
    }

    @Test
    void anArrestToldBesideTheAimStays() throws Exception {
        EventClaim arrest = TestArticles.only(dir, "نصبت قوات النظام حاجزاً على مدخل بلدة الكرك الشرقي بريف درعا، اليوم، "
                + "بغية اعتقال المطلوبين، واعتقلت ثلاثة شبان من أبناء البلدة.");
        assertEquals(EventTypes.ARRESTS, arrest.eventClass());
        // a raid aimed at an arrest is still read as the raid it was
        EventClaim raid = TestArticles.only(dir, "داهمت قوات النظام منزل شاب في بلدة الكرك الشرقي بريف درعا، اليوم، بهدف اعتقاله.");
        assertEquals(EventTypes.ARRESTS, raid.eventClass());
    }

    @Test
    void anArrestTollListedAfterAttemptsStays() throws Exception {
        // "محاولة" governs its own aim; the arrests after the comma are one more toll of the month
        List<EventClaim> es = TestArticles.events(dir, "وخلال شهر تموز 2023، شهدت محافظة درعا تسع عمليات ومحاولات اغتيال، "
                + "واعتقال 14 شخصاً من قبل قوات النظام.");
        assertEquals(true, TestArticles.types(es).contains("Arrests"));
    }
    @Test
    void anArrestSoughtAfterTheDoersIsNoArrest() throws Exception {
        // the search for a killing's doers closes the report: the killing stays, no arrest was made
        List<EventClaim> es = TestArticles.events(dir, "قُتل شاب برصاص مسلحين مجهولين في بلدة الكرك الشرقي بريف درعا، مساء أمس، "
                + "فيما تواصل دوريات الأمن الداخلي البحث لتحديد هوية الفاعلين وإلقاء القبض عليهم.");
        assertEquals(List.of("Attack"), TestArticles.types(es));
        List<EventClaim> waited = TestArticles.events(dir, "قُتل شاب برصاص مسلحين مجهولين في بلدة الكرك الشرقي بريف درعا، مساء أمس، "
                + "ورفض والده دفنه حتى تُكشف هوية المنفذين ويُلقى القبض عليهم، في حين قطع الأهالي الطريق.");
        assertEquals(true, TestArticles.types(waited).contains("Attack"), TestArticles.types(waited).toString());
        assertEquals(false, TestArticles.types(waited).contains("Arrests"));
        assertEquals(false, TestArticles.types(waited).contains("AbductionForcedDisappearance"));
    }

    @Test
    void anArrestMadeAfterTheSearchStays() throws Exception {
        // no aim: the doers were found and taken
        List<EventClaim> es = TestArticles.events(dir, "أعلنت وزارة الداخلية أن وحدات الأمن الداخلي تمكنت من تحديد هوية الفاعلين "
                + "وإلقاء القبض عليهم في بلدة الكرك الشرقي بريف درعا، اليوم.");
        assertEquals(true, TestArticles.types(es).contains("Arrests"));
    }
}
