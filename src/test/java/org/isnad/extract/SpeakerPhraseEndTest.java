package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A speaker's name ends before how, when or to whom it speaks: a channel ("في منشور", "عبر قناتها"), a time
 * ("في وقت متأخر من مساء …") or an addressee ("إلى أن", "لـ“…”"); and "المراسل" after a source's sentence is the
 * outlet's own correspondent, not that source again. Every sentence written here.
 */
class SpeakerPhraseEndTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(TestArticles.byOutlet(dir, "Enab Baladi", body));
    }

    @Test
    void aChannelEndsTheName() throws Exception {
        EventClaim e = events("وأوضحت إدارة منطقة جبلة في منشور عبر قناتها على تلغرام أن مسلحين هاجموا حاجزاً"
                + " للأمن العام قرب قرية بيت ياشوط.").get(0);
        assertFalse(e.report().label().contains("منشور") || e.report().label().contains("في"), e.report().label());
    }

    @Test
    void aTimePhraseEndsTheName() throws Exception {
        EventClaim e = events("وأعلنت هيئة الأوقاف في وقت متأخر من مساء الخميس عن مقتل عنصرين بهجوم مسلح على"
                + " حاجز قرب قرية دوير بعبدة.").get(0);
        assertFalse(e.report().label().contains("وقت") || e.report().label().contains("في"), e.report().label());
    }

    @Test
    void anAddresseeEndsTheName() throws Exception {
        EventClaim e = events("وأشارت التقارير المحلية إلى أن مسلحين اغتالوا شاباً في قرية عين شقاق.").get(0);
        assertFalse(e.report().label().contains("إلى"), e.report().label());
    }

    @Test
    void theCorrespondentAfterASourceIsTheOutlet() throws Exception {
        List<EventClaim> es = events("وقال مصدر في الدفاع المدني إن قذيفة سقطت على مدرسة في بلدة معرة مصرين بريف إدلب.\n\n"
                + "وقال المراسل إن طائرة مسيرة قصفت سيارة على طريق بلدة كفرنبل جنوبي إدلب.");
        EventClaim drone = es.stream().filter(e -> e.evidence().stream().anyMatch(v -> v.text().contains("مسيرة"))).findFirst().orElseThrow();
        assertEquals(ReportKind.OUTLET_REPORTING, drone.report().kind(), drone.report().label());
    }
}
