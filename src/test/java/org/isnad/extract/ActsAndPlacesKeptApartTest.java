package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One event per place, and no place that is not the event's (issue 10): the area a village is said to belong to
 * ("التابعة لناحية …") is where it lies, not a second site. Sentences written here.
 */
class ActsAndPlacesKeptApartTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    @Test
    void theAreaAVillageBelongsToIsNoSiteOfItsOwn() throws Exception {
        // "قرية مصيبين، التابعة لناحية أريحا": the sub-district is where the village lies; three villages, three claims
        List<EventClaim> es = TestArticles.events(dir,
                "قصفت قوات النظام، اليوم، قرية مصيبين، التابعة لناحية أريحا جنوب إدلب، وقريتي البارة وكنصفرة بقذائف المدفعية.");
        assertEquals(3, es.size(), es.toString());
        assertTrue(es.stream().allMatch(e -> e.eventClass().equals(NS + "ShellingArtilleryMissileAttack")), es.toString());
        for (String village : List.of("مصيبين", "al-bara", "kansafra"))
            assertTrue(es.stream().anyMatch(e -> places(e).contains(village)), village + " " + es.stream().map(TestArticles::places).toList());
    }
}
