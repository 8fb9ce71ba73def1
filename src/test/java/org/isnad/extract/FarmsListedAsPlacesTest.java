package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Farms named in a dual or a plural, as villages are (session 31: "its only candidates went to other gold events"
 * on rdev10, farms of the Tal Tamr countryside shelled after a list of villages; and on the fresh rdev15, an
 * attack on two farms of the Ras al-Ain front): the analysts code one event per farm, so does isnad, and the farm
 * the gazetteer lacks keeps its words. "مزارع" is also a farmer: only a name with the article after it makes it
 * farms. A direction with a pronoun after a village ("… غربها", rdev14) places it from the town before and is no
 * word of its name. Sentences written here.
 */
class FarmsListedAsPlacesTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    private static void onePerSite(List<EventClaim> es, String type, String... sites) {
        TestArticles.onePerSite(es, NS + type, "2024-05-11", sites);
    }

    @Test
    void twoFarmsInADualAreTwoShellings() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وقصفت المدفعية التركية أمس السبت قريتي الدردارة والعبوش، ومزرعتي الصفيان والعلوة بريف تل تمر.");
        onePerSite(es, "ShellingArtilleryMissileAttack", "الدردارة", "العبوش", "الصفيان", "العلوة");
    }

    @Test
    void farmsInAPluralBeforeTheirNamesAreEachShelled() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "واستهدفت المدفعية التركية أمس السبت مزارع المحمودية والسويدية غربي تل تمر.");
        onePerSite(es, "ShellingArtilleryMissileAttack", "المحمودية", "السويدية");
    }

    @Test
    void aDirectionWithAPronounIsNoWordOfTheVillagesName() throws Exception {
        // "غربها": west of the town named before; the village the gazetteer lacks is "الصفيان", not "الصفيان غربها"
        List<EventClaim> es = TestArticles.events(dir,
                "وقصفت الطائرات الحربية الروسية أمس السبت مدينة سراقب وقرية الصفيان غربها.");
        assertTrue(es.stream().anyMatch(e -> places(e).contains("الصفيان")), es.stream().map(TestArticles::places).toList().toString());
        assertTrue(es.stream().noneMatch(e -> places(e).stream().anyMatch(p -> p.contains("غربها"))), es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void aFarmerIsNoFarm() throws Exception {
        // "مزارع خالد": a farmer by his name, hit where the shelling fell
        List<EventClaim> es = TestArticles.events(dir,
                "وأصيب مزارع خالد بجروح أمس السبت جراء قصف مدفعي على قرية الدردارة بريف تل تمر.");
        assertFalse(es.isEmpty());
        assertTrue(es.stream().noneMatch(e -> places(e).contains("خالد")), es.stream().map(TestArticles::places).toList().toString());
        assertTrue(es.stream().anyMatch(e -> places(e).contains("الدردارة")), es.stream().map(TestArticles::places).toList().toString());
    }
}
