package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who speaks, as real pages say it (every sentence written here): an unnamed speaker told before its verb, a
 * correspondent named by the outlet's name, councils, media and pages that no list names.
 */
class VoicesOfRealReportingTest {

    @TempDir Path dir;

    /** The event claims of a body published by that outlet on Sunday 12 May 2024. */
    private List<EventClaim> events(String outlet, String body) throws Exception {
        return TestArticles.events(TestArticles.byOutlet(dir, outlet, body));
    }

    @Test
    void anUnnamedSpeakerToldBeforeItsVerbSpeaks() throws Exception {
        // "وكانت وسائل إعلام محلية رصدت مقتل …": local media said so, not the outlet
        EventClaim e = events("Baladi News", "وكانت وسائل إعلام محلية رصدت مقتل ثلاثة مدنيين برصاص مسلحين في بلدة القريا.").get(0);
        assertNotEquals(ReportKind.OUTLET_REPORTING, e.report().kind());
        assertTrue(e.report().label().startsWith("local media"), e.report().label());
    }

    @Test
    void aCorrespondentNamedByTheOutletsNameIsTheOutletsOwnVoice() throws Exception {
        String body = "وقال مراسل الجزيرة في سوريا إن قوات النظام قصفت بلدة عربين في الغوطة الشرقية بعشرات الصواريخ.";
        assertEquals(ReportKind.OUTLET_REPORTING, events("Al Jazeera", body).get(0).report().kind());
        // in another outlet's page the channel is a named source
        EventClaim elsewhere = events("Enab Baladi", body).get(0);
        assertTrue(elsewhere.report().label().contains("Al Jazeera"), elsewhere.report().label());
        // "نقلت وكالة الأناضول عن مصدر عسكري": the agency is named, and passes on its source
        EventClaim relayed = events("Enab Baladi", "نقلت وكالة الأناضول عن مصدر عسكري أن الطائرات التركية قصفت مواقع لقسد في ريف الحسكة.").get(0);
        assertTrue(relayed.report().label().contains("Anadolu"), relayed.report().label());
    }

    @Test
    void councilsAndSourcesAreCalledSo() throws Exception {
        // "المجلس المحلي لمدينة داريا": a local council; "مصادر من الجيش الوطني": sources, more than one
        EventClaim council = events("Rozana", "وقال المجلس المحلي لمدينة داريا إن قوات النظام قصفت الأحياء السكنية بالمدفعية.").get(0);
        assertTrue(council.report().label().startsWith("local council"), council.report().label());
        EventClaim sources = events("Rozana", "وقالت مصادر من الجيش الوطني السوري إن قوات النظام قصفت بلدة عربين بالمدفعية.").get(0);
        assertTrue(sources.report().label().startsWith("sources"), sources.report().label());
    }
}
