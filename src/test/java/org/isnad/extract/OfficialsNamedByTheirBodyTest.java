package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Officials and offices as speakers (every sentence written here): analysts name a speaker by the body his
 * title names ("General Security administrator", "Ministry of Information"), a governorate's media directorate
 * by its name ("Quneitra Media Directorate"), and a minister as a minister ("Interior Minister").
 */
class OfficialsNamedByTheirBodyTest {

    @TempDir Path dir;

    private List<EventClaim> events(String outlet, String body) throws Exception {
        return TestArticles.byOutlet(dir, outlet, body).stream()
                .filter(c -> c instanceof EventClaim).map(c -> (EventClaim) c).toList();
    }

    @Test
    void aPersonOfANamedBodyIsGlossedWithIt() throws Exception {
        // "وقال إداري في الأمن العام …": no list names the administrator, but his body is named
        List<EventClaim> es = events("North Press", "وقال إداري في الأمن العام لنورث برس، إن عناصر الجهاز اعتقلوا خمسة شبان في مدينة سرمدا.");
        assertEquals(1, es.size(), es.toString());
        String label = es.get(0).report().label();
        assertEquals(ReportKind.SOURCE_REPORT, es.get(0).report().kind());
        assertTrue(label.startsWith("person of General Security"), label);
    }

    @Test
    void anOfficialOfTheInformationMinistryIsGlossedWithIt() throws Exception {
        List<EventClaim> es = events("Syria TV", "وقال مدير العلاقات العامة في وزارة الإعلام، في بيان، إن مسلحين هاجموا حاجزاً للأمن العام في بلدة صحنايا.");
        assertEquals(1, es.size(), es.toString());
        String label = es.get(0).report().label();
        assertTrue(label.startsWith("official of Syrian Ministry of Information"), label);
    }

    @Test
    void aMediaDirectorateSpeaksForItself() throws Exception {
        List<EventClaim> es = events("Shaam Network", "وأفادت مديرية إعلام درعا أن دورية إسرائيلية اعتقلت راعياً قرب بلدة كويا.");
        assertEquals(1, es.size(), es.toString());
        String label = es.get(0).report().label();
        assertTrue(es.get(0).report().kind() != ReportKind.OUTLET_REPORTING, es.get(0).report().toString());
        assertTrue(label.startsWith("media directorate"), label);
    }

    @Test
    void aMinisterIsGlossedAsOne() throws Exception {
        List<EventClaim> es = events("Zaman al-Wasl", "أعلن وزير الداخلية في الحكومة السورية، ليل الثلاثاء، مقتل ثلاثة عناصر من الشرطة بكمين في ريف حمص.");
        assertEquals(1, es.size(), es.toString());
        String label = es.get(0).report().label();
        assertTrue(label.startsWith("minister"), label);
    }
}
