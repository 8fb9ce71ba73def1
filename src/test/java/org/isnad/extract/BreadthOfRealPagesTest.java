package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events that pages of many outlets tell in words the lexicon lacked (session 25, read sentence by sentence on
 * ~90 real pages of odd years): roads closed in the plural ("الطرقات"), as a strike is told, and sweeps by security forces.
 * Each sentence is written for the test; the article is published on Sunday 12 May 2024.
 */
class BreadthOfRealPagesTest {

    static final String ISNAD = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    private static boolean placeNamed(EventClaim e, String iriPart) {
        return e.places().stream().anyMatch(p -> p.contains(iriPart));
    }

    @Test
    void roadsClosedInThePluralAreAProtest() throws Exception {
        EventClaim closed = TestArticles.only(dir, "أغلق الأهالي الطرقات الرئيسية في مدينة شهبا صباح اليوم.");
        assertEquals(ISNAD + "PeacefulProtest", closed.eventClass());
        assertEquals(LocalDate.of(2024, 5, 12), closed.time().start());
        assertEquals(Modality.ASSERTED, closed.modality());
        assertFalse(closed.places().isEmpty() && closed.placeTexts().isEmpty(), "the town is kept");

        EventClaim cut = TestArticles.only(dir, "وقطع محتجون الطرقات المؤدية إلى مدينة السويداء بالحجارة، أمس السبت.");
        assertEquals(ISNAD + "PeacefulProtest", cut.eventClass());
        assertEquals(LocalDate.of(2024, 5, 11), cut.time().start());

        // the verbal noun, as a strike's day is told: "تم إغلاق الطرقات"
        EventClaim noun = TestArticles.only(dir, "وتم إغلاق الطرقات الرئيسية في مدينة شهبا منذ ساعات الصباح الأولى اليوم.");
        assertEquals(ISNAD + "PeacefulProtest", noun.eventClass());
    }

    @Test
    void roadsThatAreOnlyNamedTellNoProtest() throws Exception {
        // a cordon after a strike, not a protest: "الطرق" stays out of the plural forms
        assertTrue(TestArticles.events(dir, "وأغلقت الطرق المؤدية إلى مدينة شهبا بعد الانفجار، اليوم.").stream()
                .noneMatch(e -> e.eventClass().endsWith("PeacefulProtest")));
        assertTrue(TestArticles.events(dir, "وتربط الطرقات الرئيسية مدينة شهبا بقرى الريف الشمالي.").isEmpty());
        assertTrue(TestArticles.events(dir, "ودعا ناشطون إلى إغلاق الطرقات في مدينة شهبا يوم الأحد المقبل.").stream()
                .noneMatch(e -> e.modality() == Modality.ASSERTED), "a call to close roads is no act that happened");
    }

    @Test
    void aSweepOfSecurityForcesIsASecurityOperation() throws Exception {
        EventClaim sweep = TestArticles.only(dir, "أطلقت قوات الأمن العام حملة تمشيط واسعة في مدينة تلكلخ بريف حمص، اليوم الأحد.");
        // session 26: a sweep whose account takes no one is a force's activity (CampaignWithoutArrests)
        assertEquals(ISNAD + "ChangeToGroupActivity", sweep.eventClass());
        assertEquals(LocalDate.of(2024, 5, 12), sweep.time().start());
        assertTrue(placeNamed(sweep, "/tallkalakh"), sweep.places().toString());

        // session 39: the plural is the same sweep, taking no one ("عمليات التمشيط" was read as arrests that the
        // real pages' analysts never coded: rdev29, rdev33, rdev35)
        EventClaim ops = TestArticles.only(dir, "ونفذت وحدات من الأمن الداخلي عمليات تمشيط في قرى ريف حمص الغربي، أمس.");
        assertEquals(ISNAD + "ChangeToGroupActivity", ops.eventClass());
        assertEquals(LocalDate.of(2024, 5, 11), ops.time().start());
    }

    @Test
    void sweepingAsAnAimIsNoAct() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, "وتسعى الشرطة إلى تمشيط الأراضي الزراعية لإزالة الألغام منها.");
        assertTrue(es.isEmpty(), es.toString());
    }
}
