package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who reports it (session 30; every sentence written here): an outlet names its own correspondent by its short
 * name ("مراسل جسر" in Jesr Press, "مراسل “الخابور”" in Al-Khabour), which is the outlet speaking; Kurdistan24
 * is an outlet the reference data knows; and one kidnapping told after "the kidnappings" of the same voice is one
 * of them, not more of them.
 */
class OwnCorrespondentShortNameTest {

    @TempDir Path dir;

    private List<EventClaim> events(String outlet, String body) throws Exception {
        return TestArticles.events(TestArticles.byOutlet(dir, outlet, body));
    }

    @Test
    void theAgencysCorrespondentByItsShortNameIsTheOutlet() throws Exception {
        EventClaim e = events("Jesr Press", "وقال مراسل جسر في الحسكة، إن قوات قسد داهمت منزلاً في حي تل حجر واعتقلت شابين.").get(0);
        assertEquals(Vocab.ISNAD + "Arrests", e.eventClass());
        assertEquals(ReportKind.OUTLET_REPORTING, e.report().kind(), e.report().label());
        assertTrue(e.report().label().startsWith("Jesr Press"), e.report().label());
    }

    @Test
    void theSitesCorrespondentQuotedWithoutItsMediaWordIsTheOutlet() throws Exception {
        // "موقع الخابور" is the site's name: its correspondent is "مراسل “الخابور”"
        EventClaim e = events("Al-Khabour", "وقال مراسل “الخابور” في الحسكة إن عناصر الأمن اعتقلوا شاباً أمام مبنى المحافظة.").get(0);
        assertEquals(ReportKind.OUTLET_REPORTING, e.report().kind(), e.report().label());
    }

    @Test
    void theShortNameInAnotherOutletsArticleIsNoOwnVoice() throws Exception {
        // in Enab Baladi's article "مراسل جسر" is another outlet's correspondent: a source, not Enab Baladi
        EventClaim e = events("Enab Baladi", "وقال مراسل جسر في الحسكة، إن قوات قسد داهمت منزلاً في حي تل حجر واعتقلت شابين.").get(0);
        assertNotEquals(ReportKind.OUTLET_REPORTING, e.report().kind(), e.report().label());
    }

    @Test
    void kurdistanTwentyFoursCorrespondentIsTheOutlet() throws Exception {
        EventClaim e = events("Kurdistan24",
                "أفاد مراسل \"كوردستان 24\" في مدينة القامشلي، اليوم الاثنين، بأن مسيّرة تركية قصفت سيارة في حي الهلالية.").get(0);
        assertEquals(ReportKind.OUTLET_REPORTING, e.report().kind(), e.report().label());
        assertTrue(e.report().label().startsWith("Kurdistan24"), e.report().label());
    }

    @Test
    void oneKidnappingAfterTheKidnappingsIsAnotherEvent() throws Exception {
        // the same voice tells the kidnappings together, then one of them: two claims, not one
        List<EventClaim> es = events("Jesr Press",
                "وقال مراسل جسر في الحسكة، إنّ عمليات الخطف وقعت في مدينة الحسكة بهدف الحصول على المال.\n\n"
                + "وبحسب المراسل، فإنّ عملية خطفٍ طالت ابن أحد التجار في المدينة، وطالب الخاطفون بفدية.");
        long abductions = es.stream().filter(e -> e.eventClass().equals(Vocab.ISNAD + "AbductionForcedDisappearance")).count();
        assertEquals(2, abductions, es.toString());
    }
}
