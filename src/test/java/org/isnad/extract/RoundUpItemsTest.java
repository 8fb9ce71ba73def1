package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items of a day's round-up on real pages (issue 10): a sentence that opens on another town tells another event
 * even with no comma after the town, and a killing told beside a strike at a town of its own is an event of its
 * own, even where the gazetteer lacks the town. Every sentence is written here, in the manner of local outlets.
 */
class RoundUpItemsTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    private static String all(List<EventClaim> es) {
        return es.stream().map(e -> e.eventClass().substring(e.eventClass().indexOf('#') + 1) + " " + places(e)).toList().toString();
    }

    @Test
    void aSentenceOpeningOnAnotherTownWithNoCommaTellsAnotherStrike() throws Exception {
        List<EventClaim> es = events("قُتل رجلان بغارة جوية استهدفت بلدة معرة حرمة بريف إدلب الجنوبي. "
                + "وفي مدينة كفرنبل بريف إدلب الجنوبي أصيب ثلاثة مدنيين بغارة جوية على سوق شعبي.");
        assertEquals(2, es.size(), all(es));
        // no claim holds both towns
        assertTrue(es.stream().noneMatch(e -> places(e).contains("kafranbel") && places(e).contains("معرة حرمة")), all(es));
    }

    @Test
    void aKillingToldWithWhileAtTownsTheGazetteerLacksIsAnAttackAtEach() throws Exception {
        List<EventClaim> es = events("قصفت الطائرات الحربية بلدة معرة حرمة بريف إدلب الجنوبي صباح اليوم، "
                + "فيما قُتل شاب في قرية ترملا وآخر في قرية الحلوبي.");
        List<EventClaim> killings = es.stream().filter(e -> e.eventClass().endsWith("#Attack")).toList();
        assertEquals(2, killings.size(), all(es));
        assertTrue(killings.stream().anyMatch(e -> places(e).equals(java.util.Set.of("ترملا"))), all(es));
        assertTrue(killings.stream().anyMatch(e -> places(e).equals(java.util.Set.of("الحلوبي"))), all(es));
        // the killings do not take the town of the strike told before them
        assertTrue(killings.stream().allMatch(e -> e.places().isEmpty()), all(es));
    }
}
