package org.isnad.extract;

import static org.isnad.extract.TestArticles.allPlaces;
import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.isnad.vocab.Vocab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The countryside of every governorate and its sides, and the named regions outlets place events in, are
 * areas of the gazetteer under their governorate, however the countryside is told. Sentences written for
 * each rule.
 */
class CountrysidePlacesTest {

    private static final String PLACE = Vocab.ID + "place/";

    @TempDir Path dir;

    @Test
    void eachSideOfAGovernoratesCountrysideIsAnAreaNotItsCity() throws Exception {
        // "ريف درعا الشرقي" was read as the city of Daraa; it is the eastern countryside
        Set<String> ps = allPlaces(dir, "قُتل شاب برصاص مسلحين مجهولين في ريف درعا الشرقي، مساء أمس.");
        assertEquals(Set.of("daraa-eastern-countryside"), ps);
        assertEquals(Set.of("hama-northern-countryside"), allPlaces(dir, "قصفت قوات النظام بالمدفعية مواقع في ريف حماه الشمالي، اليوم."));
        assertEquals(Set.of("quneitra-central-countryside"), allPlaces(dir, "توغلت قوة إسرائيلية في ريف القنيطرة الأوسط، فجر اليوم."));
        assertEquals(Set.of("damascus-western-countryside"), allPlaces(dir, "داهمت دورية أمنية منازل في ريف دمشق الغربي، صباح اليوم."));
        assertEquals(Set.of("latakia-countryside"), allPlaces(dir, "اندلع حريق واسع بعد قصف مدفعي على أحراج في ريف اللاذقية، اليوم."));
    }

    @Test
    void aCountrysideToldAroundItsPlaceIsTheSameArea() throws Exception {
        // the side before the place, with "ل" ("لمحافظة درعا", "لحماة", "للرقة")
        assertEquals(Set.of("daraa-eastern-countryside"),
                allPlaces(dir, "اغتال مجهولون شاباً في الريف الشرقي لمحافظة درعا، مساء أمس."));
        assertEquals(Set.of("hama-northern-countryside"),
                allPlaces(dir, "قصفت طائرات حربية مواقع في الريف الشمالي الغربي لحماة، اليوم."));
        // the governorate's place noun inside the name ("ريف محافظة حمص الشمالي")
        assertEquals(Set.of("homs-northern-countryside"),
                allPlaces(dir, "انفجرت عبوة ناسفة بسيارة عسكرية في ريف محافظة حمص الشمالي، اليوم."));
        // two sides of one countryside, two areas
        assertEquals(Set.of("quneitra-southern-countryside", "quneitra-northern-countryside"),
                allPlaces(dir, "توغلت قوات إسرائيلية في قرى بريفي القنيطرة الجنوبي والشمالي، صباح اليوم."));
    }

    @Test
    void namedRegionsAreAreasOfTheirGovernorate() throws Exception {
        // "سهل الغاب" and "اللجاة" were lost or kept as words with no area
        Set<String> ps = allPlaces(dir, "قصفت قوات النظام بالمدفعية قرية العنكاوي في سهل الغاب، صباح اليوم.");
        assertTrue(ps.contains("ghab-plain"), ps.toString());
        assertEquals(Set.of("lajat"), allPlaces(dir, "اندلعت اشتباكات بين مجموعات مسلحة في منطقة اللجاة، مساء أمس."));
        assertEquals(Set.of("jabal-al-akrad"), allPlaces(dir, "دارت اشتباكات عنيفة على محاور جبل الأكراد، فجر اليوم."));
        Lexicon lexicon = TestArticles.lexicon();
        assertTrue(lexicon.isWithin(PLACE + "ghab-plain", PLACE + "hama-governorate"));
        assertTrue(lexicon.isWithin(PLACE + "daraa-eastern-countryside", PLACE + "daraa-governorate"));
    }

    @Test
    void twoActsInTwoCountrysidesOfOneGovernorateStayTwo() throws Exception {
        // read as the city of Daraa, both places were one, and the second patrol's arrest merged into the first
        List<EventClaim> es = TestArticles.events(dir, "داهمت دورية أمنية منازل في مدينة داعل بريف درعا الأوسط، اليوم، واعتقلت شابين. "
                + "كما اعتقلت دورية أخرى شاباً في بلدة الصورة بريف درعا الشرقي.");
        assertEquals(2, es.size(), es.toString());
        assertTrue(places(es.get(1)).contains("daraa-eastern-countryside"), places(es.get(1)).toString());
        assertFalse(places(es.get(0)).contains("daraa-eastern-countryside"), places(es.get(0)).toString());
    }
}
