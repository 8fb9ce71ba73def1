package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A strike from the air brought down on its way (every sentence written here) tells the foiled strike and,
 * beside it, the interception: Disrupted weapons use, asserted, where and when the strike was, by the same
 * voice. A plot foiled on the ground is no interception.
 */
class InterceptedStrikeTest {

    @TempDir Path dir;

    @Test
    void aDroneShotDownIsAFoiledStrikeAndAnInterception() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "أسقطت الدفاعات الجوية التابعة لقوات النظام مساء أمس طائرة مسيّرة "
                + "أطلقتها فصائل المعارضة باتجاه مدينة السقيلبية بريف حماة الغربي.");
        EventClaim strike = TestArticles.first(es, EventTypes.DRONE_STRIKE);
        EventClaim interception = TestArticles.first(es, EventTypes.DISRUPTED);
        assertEquals(Modality.FOILED, strike.modality());
        assertEquals(Modality.ASSERTED, interception.modality());
        assertEquals(strike.places(), interception.places());
        assertTrue(interception.places().stream().anyMatch(p -> p.endsWith("as-suqaylibiyah")), interception.places()::toString);
        assertEquals(LocalDate.parse("2024-05-11"), interception.time().start());
        assertEquals(strike.report(), interception.report());
        assertTrue(interception.targets().isEmpty());
    }

    @Test
    void missilesInterceptedAreAnInterceptionToo() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "قال مصدر عسكري إن وسائط الدفاع الجوي تصدت فجر اليوم لصواريخ "
                + "أطلقتها طائرات إسرائيلية باتجاه محيط مدينة الكسوة وأسقطت معظمها.");
        assertEquals(1, es.stream().filter(e -> EventTypes.DISRUPTED.equals(e.eventClass())).count(), es::toString);
        EventClaim interception = TestArticles.first(es, EventTypes.DISRUPTED);
        assertEquals(Modality.ASSERTED, interception.modality());
        assertEquals(LocalDate.parse("2024-05-12"), interception.time().start());
    }

    @Test
    void aPlotFoiledOnTheGroundIsNoInterception() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "أحبطت قوى الأمن الداخلي مساء أمس محاولة تفجير عبوة ناسفة "
                + "في سوق مدينة الحسكة.");
        assertTrue(es.stream().noneMatch(e -> EventTypes.DISRUPTED.equals(e.eventClass()) && e.modality() == Modality.ASSERTED),
                es::toString);
    }
}
