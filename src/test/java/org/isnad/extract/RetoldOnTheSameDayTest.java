package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A definite event noun retold with the day of the event told before ("الغارة التي وقعت اليوم، الأحد،
 * أسفرت عن …") is that event again; another day is another event. Every sentence is written here.
 */
class RetoldOnTheSameDayTest {

    @TempDir Path dir;

    private static final String LEAD = "استهدفت طائرة مسيّرة تركية سيارة مدنية قرب مدينة القامشلي، اليوم الأحد. ";

    @Test
    void theStrikeOfTheSameDayToldBySourcesIsOneClaim() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, LEAD
                + "وقالت مصادر محلية إن الغارة التي وقعت اليوم، الأحد، أسفرت عن إصابة ثلاثة أشخاص نُقلوا إلى المستشفى.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("AirDroneStrike"), TestArticles.types(es));
        assertEquals(2, es.get(0).evidence().size());
        assertEquals("2024-05-12", es.get(0).time().start().toString());
        assertEquals(1, es.get(0).places().size());
    }

    @Test
    void aStrikeOfTheDayBeforeIsAnotherClaim() throws Exception {
        List<EventClaim> es = TestArticles.events(dir, LEAD
                + "وقالت مصادر محلية إن الغارة التي وقعت أمس أسفرت عن إصابة ثلاثة أشخاص.");
        assertEquals(2, es.size(), es.toString());
        assertEquals("2024-05-11", es.get(1).time().start().toString());
    }
}
