package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages on which isnad found no event (session 24b): a ministry's "neutralising" of fighters ("تحييد",
 * "حيّد") was no word of violence, so a wire item that told nothing else gave statements only. Every
 * sentence is written here.
 */
class NeutralisedFightersTest {

    @TempDir Path dir;

    @Test
    void fightersNeutralisedInAnAreaAreAnEvent() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "أعلنت وزارة الدفاع التركية، الخميس، تحييد 12 إرهابياً من تنظيم بي كي كي في منطقة نبع السلام.");
        assertEquals(List.of("ArmedClash"), types(es));
        assertTrue(places(es.get(0)).contains("نبع السلام"), places(es.get(0)).toString());
    }

    @Test
    void theVerbTellsItToo() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وقالت الوزارة إن قواتها حيّدت ستة مسلحين قرب مدينة تل أبيض، أمس.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(places(es.get(0)).contains("tell-abyad"), places(es.get(0)).toString());
    }

    @Test
    void keepingCiviliansOutOfTheWarIsNoEvent() throws Exception {
        // "تحييد المدنيين" asks that civilians be spared: a call, not a killing
        assertEquals(List.of(), types(TestArticles.events(dir,
                "دعا وزير الخارجية إلى تحييد المدنيين عن الصراع في إدلب.")));
    }
}
