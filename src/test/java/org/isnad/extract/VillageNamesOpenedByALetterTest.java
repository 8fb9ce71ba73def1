package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Village names whose first "ب" the dictionary reads as a preposition ("بسبت" as "on Saturday"): right after a
 * singular place noun, and ended by "في", "بريف" or a comma, the word is the village's name (session 32, rdev17:
 * "its only candidates went to other gold events"; the form "قرية بـ…" is common in Idlib reporting: بداما، بسقلا،
 * بزيت). Sentences written here.
 */
class VillageNamesOpenedByALetterTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    @Test
    void aVillageAfterAnotherPlaceIsItsOwnStrike() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وأغارت الطائرات الحربية الروسية أمس السبت على منطقة النهر الأبيض وقرية بسبت في ريف إدلب الغربي.");
        TestArticles.onePerSite(es, NS + "AirDroneStrike", "2024-05-11", "بسبت");
    }

    @Test
    void aVillageAloneAfterItsPlaceNounIsThePlace() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وقصفت قوات النظام بالمدفعية الثقيلة أمس السبت قرية بسبت، ما أدى إلى أضرار مادية في المنازل.");
        TestArticles.onePerSite(es, NS + "ShellingArtilleryMissileAttack", "2024-05-11", "بسبت");
    }

    @Test
    void aPrepositionBeforeTheCountrysideStaysAPreposition() throws Exception {
        // "قرية بريف إدلب": the "ب" is "in", a name follows; "بريف" names no village
        List<EventClaim> es = TestArticles.events(dir,
                "وقصفت قوات النظام بالمدفعية الثقيلة أمس السبت قرية بريف إدلب الجنوبي.");
        assertFalse(es.stream().anyMatch(e -> places(e).stream().anyMatch(p -> p.contains("بريف"))), es.toString());
    }
}
