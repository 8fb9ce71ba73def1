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
 * ("التابعة لناحية …") is where it lies, not a second site; an act told at "هذه القرى" took place at each village
 * of the list told before. Sentences written here.
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
        // and it is Musaybin's area only, not that of the villages listed after it
        assertEquals(List.of(true), es.stream().filter(e -> places(e).contains("ariha-subdistrict")).map(e -> places(e).contains("مصيبين")).toList());
    }

    @Test
    void anActAtTheseVillagesTookPlaceAtEachVillageOfTheListBefore() throws Exception {
        // "غارات على هذه القرى": the three villages shelled in the sentence before, one strike claim each
        List<EventClaim> es = TestArticles.events(dir, "قصفت قوات النظام، صباح اليوم، بلدة الهبيط وقريتي جبالا وأرينبة في ريف إدلب الجنوبي. "
                + "وقال ناشطون إن طائرات حربية شنت غارات على هذه القرى بعد الظهر.");
        List<EventClaim> strikes = es.stream().filter(e -> e.eventClass().equals(NS + "AirDroneStrike")).toList();
        assertEquals(3, strikes.size(), es.stream().map(TestArticles::places).toList().toString());
        // each at one of the places the shelling before was split into
        java.util.Set<java.util.Set<String>> shelled = es.stream().filter(e -> e.eventClass().equals(NS + "ShellingArtilleryMissileAttack"))
                .map(TestArticles::places).collect(java.util.stream.Collectors.toSet());
        assertEquals(3, shelled.size(), shelled.toString());
        assertEquals(shelled, strikes.stream().map(TestArticles::places).collect(java.util.stream.Collectors.toSet()));
    }
}
