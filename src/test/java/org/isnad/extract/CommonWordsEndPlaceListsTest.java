package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list of places runs into a common word joined by "و" as a name would be: "وعدد من التلال", "وكثير من
 * القرى", "والتلال المحيطة", "والشهداء هم", "محاور القتال", "أحياء المدينة السكنية" (isnad:ListEndWord). Read
 * as a place the gazetteer lacks, each made a second claim of one act (a sweep of real 2015-2019 pages from
 * five outlets). Sentences written for the rule.
 */
class CommonWordsEndPlaceListsTest {

    @TempDir Path dir;

    @Test
    void aNumberOfHillsIsNoSecondPlace() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وأحكمت قوات النظام سيطرتها على ثلاث قرى وعدد من التلال في ريف اللاذقية الشمالي بعد معارك مع الفصائل.");
        assertEquals(1, es.size(), es.toString());
        assertFalse(places(es.get(0)).stream().anyMatch(p -> p.contains("عدد")), places(es.get(0)).toString());
    }

    @Test
    void theSurroundingHillsEndTheListOfVillages() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وسيطرت قوات النظام على قرى الريانة وبيت عيوش والتلال المحيطة بها في ريف اللاذقية الشمالي.");
        es.forEach(e -> assertFalse(places(e).contains("التلال"), places(e).toString()));
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void theNamesOfTheDeadAreNoPlace() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "قتل ثلاثة مدنيين بقصف مدفعي على أحياء مدينة دوما والشهداء هم: أحمد وخالد وسعيد.");
        assertEquals(Set.of("duma"), places(e));
    }

    @Test
    void manyVillagesFledToIsNoPlace() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "شنت طائرات روسية غارات على مدينة خان شيخون ما أدى إلى نزوح أهالي المدينة وكثير من القرى القريبة.");
        assertFalse(places(e).contains("كثير"), places(e).toString());
    }

    @Test
    void theFrontsOfTheFightingAreNoPlace() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "وتبادل الطرفان القصف بالمدفعية على محاور القتال في ريف حماة الشمالي.");
        assertFalse(places(e).contains("القتال"), places(e).toString());
    }

    @Test
    void theResidentialQuartersAreTheTownsOwn() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "وجرح ثلاثة مدنيين بقصف مدفعي طال أحياء المدينة السكنية في حرستا.");
        assertFalse(places(e).contains("السكنية"), places(e).toString());
    }
}
