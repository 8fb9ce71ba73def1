package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long reports close with background: history, a series the event belongs to, acts that recur. None of it
 * is an event of the report. A threat named as a noun after a protest does not make the protest a plan.
 * Sentences written here.
 */
class BackgroundAndRetellingTest {

    @TempDir Path dir;

    private static final String LEAD = "اغتال مسلحون مجهولون شاباً أمس السبت في بلدة طفس بريف درعا الغربي. ";

    @Test
    void historyAndSeriesToldAsContextAreNoEvents() throws Exception {
        for (String context : List.of(
                "ومنذ بدء النزاع في عام 2012 نفذت الفصائل مئات الهجمات في المنطقة.",
                "وكانت البلدة شهدت قبل نحو عام اشتباكات بين فصيلين أدت إلى حملة اعتقالات.",
                "ويأتي الاغتيال ضمن سلسلة عمليات طالت عناصر سابقين في الفصائل.",
                "وكانت مسلحون قد استهدفوا في السابق حواجز للقوات في المنطقة ذاتها.",
                "وشهدت أرياف درعا خلال الفترة الماضية اشتباكات بين مجموعات محلية.",
                "وتكررت حوادث تفجير المحال التجارية في ريف درعا بعبوات ناسفة.")) {
            List<EventClaim> es = TestArticles.events(dir, LEAD + context);
            assertEquals(1, es.size(), context + " → " + es);
        }
    }

    @Test
    void aSeriesWithADateOfItsOwnStaysOneAggregate() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وتكررت حوادث الخطف في ريف درعا الغربي خلال شهر آذار الماضي، إذ وثّق المكتب ست عمليات.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void aThreatNamedAfterAProtestLeavesTheProtestAsserted() throws Exception {
        EventClaim e = TestArticles.only(dir, "خرج مئات المحتجين في مدينة القامشلي اليوم، منددين بقصف القرى الحدودية، "
                + "ومعلنين رفضهم لتهديدات الجيش بشن عملية عسكرية على المنطقة.");
        assertEquals(Modality.ASSERTED, e.modality());
    }

    @Test
    void aThreatToldByItsVerbIsStillAPlan() throws Exception {
        EventClaim e = TestArticles.only(dir, "هدد فصيل مسلح اليوم بشن هجوم على مدينة الباب بريف حلب الشرقي.");
        assertEquals(Modality.PLANNED, e.modality());
    }
}
