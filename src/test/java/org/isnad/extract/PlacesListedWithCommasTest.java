package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists of struck places the real sets left in one claim (session 29, "its only candidates went to other gold
 * events"): the places told by a verb of targeting after a comma ("بقصف … لقوات النظام، استهدف …"); names set
 * apart by commas after a plural place noun ("عدة مدن وقرى، أريحا، احسم، …", "إدلب المدينة" among them); a
 * plural place noun after "و" whose noun starts with "ب" ("وبلدات …"); a city told with its own noun though
 * its countryside is named too. One claim per place, each with the act's type and date. Sentences written here.
 */
class PlacesListedWithCommasTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    /** Each site in exactly one claim of that type, dated Saturday 11 May 2024, which holds no other of the sites. */
    private static void onePerSite(List<EventClaim> es, String type, String... sites) {
        TestArticles.onePerSite(es, NS + type, "2024-05-11", sites);
    }

    @Test
    void aVerbOfTargetingAfterTheDoerTellsWhereTheShellingStruck() throws Exception {
        // "، استهدف" with no subject of its own: where the shelling just told struck, not a new clause with no act
        List<EventClaim> es = TestArticles.events(dir,
                "وقُتل مدنيان أمس السبت بقصف صاروخي لقوات النظام، استهدف أحياء سكنية في مدينة سراقب شرقي إدلب.");
        EventClaim c = TestArticles.first(es, NS + "ShellingArtilleryMissileAttack");
        assertTrue(places(c).contains("saraqib"), places(c).toString());
        // "أحياء سكنية" are residential quarters, no list of names
        assertFalse(es.stream().anyMatch(e -> places(e).contains("سكنية")), es.toString());
    }

    @Test
    void townsSetApartByCommasAreEachAShelling() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وشهد ريف إدلب أمس السبت قصفاً مدفعياً عنيفاً من قوات النظام، استهدف عدة مدن وقرى، أريحا، احسم، البارة.");
        onePerSite(es, "ShellingArtilleryMissileAttack", "ariha", "ihsim", "al-bara");
    }

    @Test
    void theCityToldAsTheCityIsTheListsFirstSite() throws Exception {
        // "إدلب المدينة": the city, not the governorate; the list goes on after it
        List<EventClaim> es = TestArticles.events(dir,
                "وقصفت قوات النظام أمس السبت بالمدفعية الثقيلة عدة مدن وقرى، إدلب المدينة، أريحا، البارة.");
        onePerSite(es, "ShellingArtilleryMissileAttack", "idlib", "ariha", "al-bara");
    }

    @Test
    void townsAfterAndPlusTheirPluralNounFollowACityPlacedByADirection() throws Exception {
        // "وبلدات": its "ب" is the noun's own; the towns after it are protests of their own
        List<EventClaim> es = TestArticles.events(dir,
                "وخرجت مظاهرات أمس السبت في مدينة الأتارب غربي حلب وبلدات كفرتخاريم وقورقانيا في ريف إدلب.");
        onePerSite(es, "PeacefulProtest", "al-atarib", "كفرتخاريم", "قورقانيا");
    }

    @Test
    void aCityToldWithItsNounIsASiteThoughItsCountrysideIsNamed() throws Exception {
        // "مدينة إدلب … في ريف إدلب": the city's name stands in the countryside's words too, but told with
        // "مدينة" it is a site of its own
        List<EventClaim> es = TestArticles.events(dir,
                "وخرجت مظاهرات أمس السبت في كل من مدينة إدلب وبلدات كفرتخاريم وقورقانيا في ريف إدلب.");
        onePerSite(es, "PeacefulProtest", "idlib", "كفرتخاريم", "قورقانيا");
    }
}
