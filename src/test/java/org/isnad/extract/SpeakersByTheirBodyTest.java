package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers named by the body they belong to, as analysts name them (every sentence written here): a
 * commander of the internal security, websites glossed "opposition" and named again as "المواقع", and the
 * head of a body named before ("مدير المرصد"), who speaks for that body.
 */
class SpeakersByTheirBodyTest {

    @TempDir Path dir;

    private List<EventClaim> events(String outlet, String body) throws Exception {
        return TestArticles.byOutlet(dir, outlet, body).stream().filter(c -> c instanceof EventClaim)
                .map(c -> (EventClaim) c).toList();
    }

    @Test
    void aCommanderIsGlossedWithTheSecurityHeHeads() throws Exception {
        // analysts write "Tartus Internal Security commander", not "official"
        EventClaim e = events("Al-Araby Al-Jadeed", "وقال قائد الأمن الداخلي في محافظة طرطوس إن دورية أمنية اعتقلت "
                + "ثلاثة مطلوبين في مدينة بانياس، اليوم الأحد.").get(0);
        assertTrue(e.eventClass().endsWith("Arrests"), e.eventClass());
        assertNotEquals(ReportKind.OUTLET_REPORTING, e.report().kind());
        assertTrue(e.report().label().startsWith("official of internal security"), e.report().label());
    }

    @Test
    void oppositionWebsitesAreGlossedSoAndSpeakAgainAsTheWebsites() throws Exception {
        List<EventClaim> es = events("Al-Khabar TV", "قالت مواقع إخبارية معارضة إن هيئة تحرير الشام اعتقلت خمسة عناصر من "
                + "فصيل آخر في مدينة سرمدا، يوم السبت.\n\nوذكرت المواقع أن الهيئة اعتقلت يوم الأحد قيادياً سابقاً في بلدة حارم.");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.get(0).report().label().startsWith("opposition media"), es.get(0).report().label());
        // "وذكرت المواقع": the websites named before, not a person called "the websites"
        assertEquals(es.get(0).report().speaker(), es.get(1).report().speaker(), es.get(1).report().label());
    }

    @Test
    void theHeadOfABodyNamedBeforeSpeaksForIt() throws Exception {
        List<EventClaim> es = events("Akhbar Al Aan", "قتل ثلاثة مدنيين بقصف مدفعي على بلدة كنصفرة في ريف إدلب، يوم الخميس، "
                + "وفق المرصد السوري لحقوق الإنسان.\n\nوقال مدير المرصد، سامي الخالد، إن طائرات حربية قصفت قرية البارة "
                + "بعشرة صواريخ، يوم الجمعة.");
        assertEquals(2, es.size(), es.toString());
        assertEquals("https://w3id.org/isnad/id/actor/sohr", es.get(1).report().speaker(), es.get(1).report().label());
    }

    @Test
    void aLocalNetworkIsNamedWithItsMediaWordOrItsNumberGlued() throws Exception {
        // "منصة السويداء 24", "شبكة السويداء24": the network, not a person called "منصة السويداء"
        for (String name : List.of("منصة السويداء 24", "شبكة السويداء24")) {
            EventClaim e = events("Al Jazeera", "وقالت " + name + " المحلية، إن مسلحين مجهولين خطفوا شاباً على طريق "
                    + "دمشق السويداء، يوم الاثنين.").get(0);
            assertEquals("https://w3id.org/isnad/id/actor/suwayda-24", e.report().speaker(), e.report().label());
        }
    }
}
