package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bare "القصف" after an air strike tells that strike again (every sentence written here): one air strike,
 * not an air strike and a shelling. With a weapon ("القصف المدفعي") or after a shelling it stays shelling.
 */
class RetoldStrikeTest {

    @TempDir Path dir;

    private static boolean air(EventClaim e) { return e.eventClass().endsWith("AirDroneStrike"); }

    private static boolean shelling(EventClaim e) { return e.eventClass().endsWith("ShellingArtilleryMissileAttack"); }

    @Test
    void theBombardmentAfterAnAirStrikeIsThatStrike() throws Exception {
        // in the same sentence: one air strike on Kafranbel
        List<EventClaim> es = TestArticles.events(dir,
                "شنت طائرات حربية روسية، صباح اليوم، غارات على بلدة كفرنبل جنوب إدلب، وأسفر القصف عن مقتل ثلاثة مدنيين.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(air(es.get(0)), es.toString());
        // told again by another source in the next sentence: an air strike too, never a shelling
        es = TestArticles.events(dir, "قتل عشرة عناصر في قصف للطائرات التركية، مساء أمس، استهدف معسكراً في قرية حمزة بك بريف المالكية.\n"
                + "وقال موقع محلي إن القصف أدى لمقتل أكثر من عشرين عنصراً.");
        assertTrue(es.stream().allMatch(RetoldStrikeTest::air), es.toString());
        // after a killing verb ("قتل في القصف التركي"), the noun still types the strike retold
        es = TestArticles.events(dir, "استهدفت طائرات تركية، مساء أمس، عدة نقاط في بلدة المالكية.\n"
                + "من جهته قال موقع محلي إن قيادياً قتل في القصف التركي.");
        assertTrue(es.stream().allMatch(RetoldStrikeTest::air), es.toString());
    }

    @Test
    void aWeaponOrAShellingBeforeKeepsItShelling() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "شنت طائرات حربية روسية، صباح اليوم، غارات على بلدة كفرنبل جنوب إدلب، وأسفر القصف المدفعي عن مقتل ثلاثة مدنيين.");
        assertTrue(es.stream().anyMatch(RetoldStrikeTest::shelling), es.toString());
        es = TestArticles.events(dir, "قصفت قوات النظام، صباح اليوم، بلدة كفرنبل جنوب إدلب، وأسفر القصف عن مقتل ثلاثة مدنيين.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(shelling(es.get(0)), es.toString());
        // a bombardment with a time of its own, going on since the strike, is not that strike told again
        es = TestArticles.events(dir, "شنت طائرات حربية تركية غارات على قرى ريف تل تمر في الخامس من الشهر الجاري.\n"
                + "وأفاد ناشطون أن القصف المستمر منذ ذلك الحين دمر مدرسة ومحطة مياه.");
        assertTrue(es.stream().anyMatch(RetoldStrikeTest::shelling), es.toString());
    }
}
