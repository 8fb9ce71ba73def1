package org.isnad.extract;

import static org.isnad.extract.TestArticles.allPlaces;
import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hills and fields named as villages are ("تلال …", "حقل … النفطي"): the name after the word, which the
 * gazetteer lacks, is the place of the event, kept as written beside the area named after it. A minefield or a
 * farmer's field ("حقل ألغام", "حقل زراعي") names none, and "كتلة" (a bloc) is no hill after "ك". Sentences written for each rule.
 */
class HillsAndFieldsNamedTest {

    @TempDir Path dir;

    @Test
    void hillsNamedAfterTheWordAreThePlaceOfTheStrike() throws Exception {
        EventClaim e = TestArticles.only(dir, "شنت طائرات حربية روسية، صباح اليوم الأحد، غارات على تلال الزويقات بريف اللاذقية الشمالي.");
        assertTrue(e.eventClass().endsWith("#AirDroneStrike"), e.eventClass());
        assertTrue(places(e).contains("الزويقات"), places(e).toString());
    }

    @Test
    void hillsNamedAreThePlaceOfTheClash() throws Exception {
        EventClaim e = TestArticles.only(dir, "اندلعت اشتباكات عنيفة، اليوم، بين الفصائل وقوات النظام على تلال الخضر في ريف حماة الشمالي.");
        assertTrue(places(e).contains("الخضر"), places(e).toString());
    }

    @Test
    void aFieldNamedIsThePlaceOfTheShelling() throws Exception {
        Set<String> ps = allPlaces(dir, "سقطت قذائف صاروخية، مساء اليوم، قرب حقل التيم النفطي جنوب مدينة دير الزور.");
        assertTrue(ps.stream().anyMatch(p -> p.startsWith("التيم")), ps.toString());
    }

    @Test
    void aMinefieldOrAFarmersFieldNamesNoPlace() throws Exception {
        Set<String> ps = allPlaces(dir, "قتل شاب، اليوم الأربعاء، بانفجار لغم أرضي في حقل ألغام قرب بلدة الصنمين بريف درعا الشمالي.");
        assertFalse(ps.stream().anyMatch(p -> p.contains("ألغام")), ps.toString());
        ps = allPlaces(dir, "أصيب مزارع، اليوم، بانفجار لغم أثناء عمله في حقل زراعي شرقي مدينة معرة النعمان.");
        assertFalse(ps.stream().anyMatch(p -> p.contains("زراعي")), ps.toString());
    }

    @Test
    void aBlocIsNoHill() throws Exception {
        Set<String> ps = allPlaces(dir, "اندلعت اشتباكات، اليوم، بين كتلة السلطان مراد وفصيل آخر في مدينة الباب بريف حلب الشرقي.");
        assertFalse(ps.contains("السلطان مراد") || ps.contains("السلطان"), ps.toString());
    }
}
