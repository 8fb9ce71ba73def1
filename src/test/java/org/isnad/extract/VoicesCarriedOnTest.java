package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who reports it, on real pages' forms (session 28; every sentence written here): "كما …" goes on in the voice
 * of the sentence before; "ناشطون" before a quoted name is no construct ("اتهم ناشطون “فرقة …”": the activists
 * speak); a radio's own correspondent and the state channel are outlets the reference data knows.
 */
class VoicesCarriedOnTest {

    @TempDir Path dir;

    private List<EventClaim> events(String outlet, String body) throws Exception {
        return TestArticles.events(TestArticles.byOutlet(dir, outlet, body));
    }

    private static EventClaim at(List<EventClaim> es, String placeIri) {
        return es.stream().filter(e -> e.places().contains(placeIri)).findFirst()
                .orElseThrow(() -> new AssertionError("no event at " + placeIri + ": " + es));
    }

    @Test
    void alsoGoesOnInTheSourcesVoice() throws Exception {
        // a civil defence source's account, then "كما قُتل …" with no speaker of its own: still the source's
        List<EventClaim> es = events("Al-Araby Al-Jadeed",
                "وقال مصدر في الدفاع المدني لـ\"العربي الجديد\" إن مدنيين اثنين قتلا بقصف مدفعي على بلدة كفرنبل صباح اليوم.\n\n"
                + "كما قُتل ثلاثة مدنيين بينهم طفل بقصف جوي على بلدة ذيبان.");
        EventClaim second = at(es, Vocab.ID + "place/dhiban");
        assertEquals(Vocab.ISNAD + "AirDroneStrike", second.eventClass());
        assertTrue(second.report().label().contains("Civil Defence"), second.report().label());
        assertFalse(second.report().kind() == ReportKind.OUTLET_REPORTING);
    }

    @Test
    void alsoAfterTheOutletsOwnSentenceStaysTheOutlets() throws Exception {
        // the outlet told the first act itself: "كما" goes on in its own voice
        List<EventClaim> es = events("Al-Araby Al-Jadeed",
                "قُتل مدنيان بقصف مدفعي على بلدة كفرنبل صباح اليوم.\n\nكما قُتل ثلاثة مدنيين بقصف جوي على بلدة ذيبان.");
        assertEquals(ReportKind.OUTLET_REPORTING, at(es, Vocab.ID + "place/dhiban").report().kind());
    }

    @Test
    void aSentenceWithoutAlsoIsTheOutletsAgain() throws Exception {
        // no "كما": the outlet's own paragraph after the source's (what the rule must leave alone)
        List<EventClaim> es = events("Al-Araby Al-Jadeed",
                "وقال مصدر في الدفاع المدني لـ\"العربي الجديد\" إن مدنيين اثنين قتلا بقصف مدفعي على بلدة كفرنبل صباح اليوم.\n\n"
                + "وفي سياق آخر، قُتل ثلاثة مدنيين بقصف جوي على بلدة ذيبان أمس.");
        assertEquals(ReportKind.OUTLET_REPORTING, at(es, Vocab.ID + "place/dhiban").report().kind());
    }

    @Test
    void activistsWithTheirNunAccuseTheNamedFaction() throws Exception {
        // "ناشطون" keeps its nūn: the quoted faction after it is whom they accuse, not whose activists they are
        List<Claim> cs = TestArticles.byOutlet(dir, "Bawaba Syria",
                "وتتكرر حوادث الخطف في ريف حلب الشمالي، حيث اتهم ناشطون \"فرقة السلطان مراد\" باختطاف شاب من قرية قرب مدينة الباب.");
        assertFalse(cs.isEmpty());
        for (Claim c : cs) {
            assertTrue(c.report().label().startsWith("Activists"), c.report().label());
        }
    }

    @Test
    void theRadiosOwnCorrespondentIsTheOutletReporting() throws Exception {
        EventClaim e = events("Watan FM", "وقال مراسل وطن إف إم إن قوات قسد داهمت منزلاً في بلدة ذيبان شرقي دير الزور.").get(0);
        assertEquals(Vocab.ISNAD + "Arrests", e.eventClass());
        assertEquals(ReportKind.OUTLET_REPORTING, e.report().kind());
        assertTrue(e.report().label().startsWith("Watan FM"), e.report().label());
    }

    @Test
    void theStateChannelIsNamedAsItself() throws Exception {
        // "قناة “الإخبارية” السورية": the channel by its name, not a bare "media outlet"
        EventClaim e = events("Arab48",
                "وقالت قناة \"الإخبارية\" السورية إن قوات إسرائيلية اعتقلت شاباً في بلدة ذيبان.").get(0);
        assertTrue(e.report().label().startsWith("al-Ikhbariya"), e.report().label());
    }
}
