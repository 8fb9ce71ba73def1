package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extras of the least-tuned dev sets (session 43): an earlier act recalled as having happened before
 * ("وسبق أن", "ليست المرة الأولى"), a quantifier read as a place name ("وبعض القرى"), and another voice's
 * account of an event on a page with no date. Sentences written here.
 */
class SpuriousEventsTest {

    @TempDir Path dir;

    private static final String LEAD = "اعتقلت قوات النظام أمس السبت ثلاثة شبان عند حاجز على مدخل بلدة الكسوة بريف دمشق. ";

    @Test
    void anActRecalledAsHappenedBeforeIsNoEventOfTheReport() throws Exception {
        for (String before : List.of(
                "وسبق أن قصفت قوات النظام مدينة داريا بالبراميل المتفجرة، ما أدى إلى دمار واسع في أحيائها.",
                "فقد سبق وأن فجّر مجهولون عبوة ناسفة بسيارة عسكرية في مدينة جاسم بريف درعا.",
                "وليست المرة الأولى التي تفجر فيها مجموعات مجهولة عبوات ناسفة بسيارات عسكرية في مدينة جاسم بريف درعا.")) {
            List<EventClaim> es = TestArticles.events(dir, LEAD + before);
            assertEquals(1, es.size(), before + " → " + es);
        }
    }

    @Test
    void anActRecalledWithADateOfItsOwnStaysAnEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, LEAD
                + "وسبق أن قتل عنصر من الفصائل برصاص مجهولين يوم الأحد 21 نيسان الماضي في بلدة طفس بريف درعا.");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void aQuantifierAfterAPlaceListNamesNoPlace() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "سيطرت فصائل المعارضة صباح اليوم على قرية معان وبعض القرى المحيطة بها "
                + "في ريف حماة الشمالي بعد معارك مع قوات النظام.");
        for (EventClaim e : es) {
            assertFalse(e.placeTexts().stream().anyMatch(p -> p.text().contains("بعض")), e.toString());
        }
    }

    @Test
    void anotherVoicesAccountOnAnUndatedPageIsLinkedToTheEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, null,
                "أقدم مسلحون مجهولون مساء أمس الأحد على خطف فتى من أمام محل والده في مدينة الباب بريف حلب الشرقي. "
                        + "وقال ناشطون محليون إن مسلحين يستقلون سيارة سوداء خطفوا الفتى في مدينة الباب ولاذوا بالفرار."));
        assertEquals(2, es.size(), es.toString());
        assertFalse(es.get(0).time().resolved(), es.toString());
        assertTrue(es.get(1).sameEventAs().contains(es.get(0).key()), es.toString());
    }

    @Test
    void undatedAccountsAreTiedOnlyOnAnUndatedPageAndWithoutDifferentDays() {
        TimeSpan yesterday = new TimeSpan("أمس", null, null, "Unresolved", null, null);
        TimeSpan friday = new TimeSpan("الجمعة الماضية", null, null, "Unresolved", null, null);
        assertFalse(SameEventLinks.sameTime(yesterday, friday, true));
        assertTrue(SameEventLinks.sameTime(yesterday, TimeSpan.NONE, true));
        // on a dated page the undated claim waits for the days up to the report
        assertFalse(SameEventLinks.sameTime(yesterday, TimeSpan.NONE, false));
    }
}
