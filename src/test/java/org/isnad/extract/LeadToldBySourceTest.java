package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wire item that opens with the news in the outlet's words and then names who told it: the lead is that
 * source's account (LeadToldBySource), unless the outlet was there (a correspondent, its own dateline).
 * Every sentence written here.
 */
class LeadToldBySourceTest {

    @TempDir Path dir;

    private static final String LEAD = "قُتل ثلاثة مدنيين، اليوم الأحد، بقصف مدفعي على بلدة كفرنبل جنوبي إدلب.\n\n";

    private static final String SOURCES = "وقالت مصادر محلية لموقع “بلدي نيوز” إن قذائف مدفعية سقطت على بلدة كفرنبل"
            + " وأدى القصف إلى مقتل ثلاثة مدنيين.";

    private EventClaim lead(String outlet, String body) throws Exception {
        List<EventClaim> es = TestArticles.events(TestArticles.byOutlet(dir, outlet, body));
        return es.get(0);
    }

    @Test
    void theLeadIsTheAccountOfTheSourceNamedAfterIt() throws Exception {
        EventClaim e = lead("Baladi News", LEAD + SOURCES);
        assertEquals(ReportKind.SOURCE_REPORT, e.report().kind(), e.report().label());
        assertTrue(e.report().label().startsWith("Local sources"), e.report().label());
    }

    @Test
    void theOutletsOwnDatelineOrCorrespondentKeepsItsVoice() throws Exception {
        // "عنب بلدي – إدلب": the outlet reports from the place
        EventClaim dated = lead("Enab Baladi", "عنب بلدي – إدلب\n\n" + LEAD + SOURCES);
        assertEquals(ReportKind.OUTLET_REPORTING, dated.report().kind(), dated.report().label());
        // "وأفاد مراسلنا": its own witness
        EventClaim seen = lead("Baladi News", LEAD + SOURCES + "\n\nوأفاد مراسلنا بأن سيارات الإسعاف نقلت الجرحى إلى مشفى المدينة.");
        assertEquals(ReportKind.OUTLET_REPORTING, seen.report().kind(), seen.report().label());
    }
}
