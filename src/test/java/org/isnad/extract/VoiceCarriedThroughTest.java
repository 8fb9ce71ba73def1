package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence with no speaker between a source's sentence and one that goes on in that source's voice is that
 * source's account (every sentence written here); helicopters told flying amid a bombardment strike nothing.
 */
class VoiceCarriedThroughTest {

    @TempDir Path dir;

    private static final String KAFRANBEL = Vocab.ID + "place/kafranbel";
    private static final String DHIBAN = Vocab.ID + "place/dhiban";

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(TestArticles.byOutlet(dir, "Al-Araby Al-Jadeed", body));
    }

    private static EventClaim at(List<EventClaim> es, String placeIri) {
        return es.stream().filter(e -> e.places().contains(placeIri)).findFirst()
                .orElseThrow(() -> new AssertionError("no event at " + placeIri + ": " + es));
    }

    @Test
    void theSentenceBetweenTwoOfTheSourcesIsTheSources() throws Exception {
        List<EventClaim> es = events(
                "وأفاد المرصد السوري لحقوق الإنسان بأن قوات النظام قصفت بلدة كفرنبل صباح اليوم.\n\n"
                + "واستهدف القصف المدفعي أيضاً بلدة ذيبان ومحيطها.\n\n"
                + "وأشار المرصد إلى أن القصف أسفر عن أضرار مادية في منازل المدنيين.");
        EventClaim between = at(es, DHIBAN);
        assertTrue(between.report().label().contains("SOHR"), between.report().label());
        assertEquals(EventTypes.SHELLING, between.eventClass());
    }

    @Test
    void withNoSourceAfterItTheOutletSpeaks() throws Exception {
        // the next sentence names no one who spoke before: the outlet's own paragraph
        List<EventClaim> es = events(
                "وأفاد المرصد السوري لحقوق الإنسان بأن قوات النظام قصفت بلدة كفرنبل صباح اليوم.\n\n"
                + "واستهدف القصف المدفعي أيضاً بلدة ذيبان ومحيطها.\n\n"
                + "وتشهد المنطقة نزوحاً كبيراً للأهالي منذ أيام.");
        assertEquals(ReportKind.OUTLET_REPORTING, at(es, DHIBAN).report().kind());
    }

    @Test
    void helicoptersFlyingAmidTheBombardmentStrikeNothing() throws Exception {
        // "وسط تحليق لمروحيات": seen in the sky; the bare "القصف" that wounded the civilian stays shelling
        List<EventClaim> es = events(
                "قصفت القوات التركية بلدة ذيبان صباح اليوم.\n\n"
                + "وأدى القصف لإصابة مدني بجراح في بلدة كفرنبل، وسط تحليق لمروحيات روسية في الأجواء.");
        for (EventClaim e : es) assertEquals(EventTypes.SHELLING, e.eventClass(), es.toString());
        assertEquals(EventTypes.SHELLING, at(es, KAFRANBEL).eventClass());
    }
}
