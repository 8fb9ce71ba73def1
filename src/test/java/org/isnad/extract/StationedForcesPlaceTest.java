package org.isnad.extract;

import static org.isnad.extract.TestArticles.allPlaces;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the shooting side is stationed ("قوات النظام المتمركزة في مدينة …", "المنتشرة بريف …") is where the
 * fire came from, not where it fell: the place of the event is the one hit. Sentences written for the rule.
 */
class StationedForcesPlaceTest {

    @TempDir Path dir;


    @Test
    void thePlaceWhereTheShootersAreStationedIsNotTheEventsPlace() throws Exception {
        // up to the comma: "قوات النظام المتمركزة في مدينة سراقب، قصفت بلدة …"
        Set<String> ps = allPlaces(dir, "قصفت قوات النظام المتمركزة في مدينة سراقب، صباح اليوم، بلدة النيرب شرقي إدلب بقذائف المدفعية.");
        assertFalse(ps.contains("saraqib"), ps.toString());
        assertTrue(ps.contains("al-nayrab") || ps.contains("النيرب"), ps.toString());
    }

    @Test
    void theStationedPhraseEndsAtTheVerbThatTellsTheAct() throws Exception {
        // no comma: "المدفعية المتمركزة في مدينة كفرنبل استهدفت قرية …": the verb ends where they stand
        Set<String> ps = allPlaces(dir, "وقال ناشطون إن المدفعية المتمركزة في مدينة كفرنبل استهدفت قرية الفطيرة بعدة قذائف.");
        assertFalse(ps.contains("kafranbel"), ps.toString());
        assertTrue(ps.contains("الفطيرة"), ps.toString());
    }

    @Test
    void forcesSpreadInAnAreaAreNotPlacedThereByIt() throws Exception {
        // "الميليشيات المنتشرة بريف حلب الجنوبي": where the attackers are deployed, not where the strike fell
        Set<String> ps = allPlaces(dir, "استهدفت الميليشيات المنتشرة بريف حلب الجنوبي بصاروخ موجه سيارة مدنية قرب بلدة الأتارب.");
        assertFalse(ps.contains("aleppo-southern-countryside"), ps.toString());
        assertTrue(ps.contains("al-atarib"), ps.toString());
    }
}
