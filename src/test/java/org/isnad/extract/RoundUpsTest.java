package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round-up opens with a lead that counts separate incidents ("هجومين منفصلين", "حادثتي إطلاق نار") and
 * then tells each: one event per item, the lead's date for items that name none, no event for the lead.
 * Every text is published on Sunday 12 May 2024.
 */
class RoundUpsTest {

    @TempDir Path dir;

    private static final LocalDate SATURDAY = LocalDate.of(2024, 5, 11), SUNDAY = LocalDate.of(2024, 5, 12);

    private static String describe(List<EventClaim> es) {
        return es.stream().map(e -> TestArticles.places(e) + "@" + e.time().start()).toList().toString();
    }

    private static boolean hasItemAt(List<EventClaim> es, String place, LocalDate day) {
        return es.stream().anyMatch(e -> TestArticles.places(e).stream().anyMatch(p -> p.contains(place))
                && day.equals(e.time().start()));
    }

    @Test
    void theLeadOfTwoToldItemsIsNoEventOfItsOwn() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "قُتل رجل وأُصيب آخر، مساء أمس السبت، في هجومين منفصلين نفذهما مسلحون مجهولون في ريف حلب الشمالي. "
                + "وبحسب مصادر محلية، أطلق مسلحون النار على رجل في بلدة مارع ما أدى إلى مقتله. "
                + "وفي حادثة أخرى، أصيب شاب برصاص مجهولين في مدينة اعزاز.");
        assertEquals(2, es.size(), describe(es));
        assertTrue(hasItemAt(es, "mari", SATURDAY) && hasItemAt(es, "azaz", SATURDAY), describe(es));
    }

    @Test
    void anItemToldAfterTheLeadIsNotMergedIntoIt() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "شهدت محافظة درعا، أمس السبت، ثلاث عمليات اغتيال في هجمات منفصلة نفذها مجهولون. "
                + "وقال مصدر محلي إن مسلحين أطلقوا النار على شاب في بلدة الجيزة ما أدى إلى مقتله. "
                + "وفي حادثة منفصلة، قتل رجل برصاص مجهولين في مدينة طفس. "
                + "كما أصيب عنصر سابق في الفصائل بإطلاق نار في بلدة المزيريب.");
        assertEquals(3, es.size(), describe(es));
        for (String town : List.of("الجيزة", "tafas", "al-muzayrib")) assertTrue(hasItemAt(es, town, SATURDAY), town + " " + describe(es));
        // the lead tells no event of its own, nor is it more words of the first item told after it
        assertTrue(es.stream().noneMatch(e -> e.evidence().stream().anyMatch(v -> v.text().contains("عمليات اغتيال"))), describe(es));
    }

    @Test
    void itemsToldAfterALeadThatMakesNoClaimTakeItsDate() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "شهد ريف دير الزور الشرقي، اليوم، عمليتين لخلايا مسلحة. "
                + "حيث قُتل شاب برصاص مسلحين ملثمين في بلدة الشحيل. "
                + "وفي بلدة ذيبان، أصيب رجل بإطلاق نار من مسلحين ملثمين.");
        assertEquals(2, es.size(), describe(es));
        assertTrue(hasItemAt(es, "al-shuhail", SUNDAY) && hasItemAt(es, "dhiban", SUNDAY), describe(es));
    }

    /** A guard: the lead that tells its first item in its own sentence is that item, and stays. */
    @Test
    void aLeadAndItsFirstItemInOneSentenceStayOneEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وثّق ناشطون وقوع حادثتي اغتيال في ريف درعا أمس السبت، ففي الحادثة الأولى قتل شاب برصاص مجهولين في بلدة اليادودة، "
                + "أما الحادثة الثانية فقتل فيها رجل بانفجار عبوة ناسفة في بلدة المزيريب.");
        assertEquals(2, es.size(), describe(es));
        assertTrue(hasItemAt(es, "daraa", SATURDAY) && hasItemAt(es, "al-muzayrib", SATURDAY), describe(es));
    }

    @Test
    void eachSentenceAfterTheLeadThatNamesItsPlaceIsAnItemOfItsOwn() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "شهدت محافظة حمص، أمس السبت، ثلاث عمليات اغتيال. "
                + "وأطلق مسلحون مجهولون النار على رئيس بلدية تلبيسة بريف حمص، ما أسفر عن مقتله. "
                + "وأصيب عنصر سابق في الفصائل جراء إطلاق النار عليه في حي الوعر بمدينة حمص.");
        assertEquals(2, es.size(), describe(es));
    }

    /** A guard: "غارتين …، الأولى …، أما الثانية …" tells both items in the lead's own sentence; both stay. */
    @Test
    void aLeadWhoseSentenceTellsTheFirstItemIsThatItem() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "شنت طائرات حربية روسية أمس السبت غارتين على ريف إدلب، الأولى استهدفت محيط بلدة بنش، "
                + "أما الثانية فطالت أطراف مدينة سراقب دون إصابات.");
        assertEquals(2, es.size(), describe(es));
    }
}
