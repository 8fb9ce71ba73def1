package org.isnad.extract;

import static org.isnad.extract.TestArticles.allPlaces;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words the sweep of unseen real pages (session 34) found read as places: a country whose first letter looks
 * like a preposition, a person's nisba adjective, a road named by the two cities at its ends. Sentences written
 * for each rule, in the outlets' style.
 */
class WordsTakenForPlacesTest {

    @TempDir Path dir;

    @Test
    void lebanonIsNoAleppoTownAfterALeadingLam() throws Exception {
        // "لبنان" is a name of its own: cutting "ل" off leaves the Aleppo town "بنان", which it is not
        Set<String> ps = allPlaces(dir, "قصفت طائرات إسرائيلية، صباح اليوم، مواقع في جنوب لبنان قرب الحدود السورية.");
        assertFalse(ps.contains("banan"), ps.toString());
        assertFalse(ps.contains("بنان"), ps.toString());
        // the town itself, told as a place, stays
        ps = allPlaces(dir, "قصفت قوات النظام، صباح اليوم، بلدة بنان في ريف حلب الجنوبي.");
        assertTrue(ps.contains("banan") || ps.contains("بنان"), ps.toString());
    }

    @Test
    void theEndsOfARoadGiveWayToThePlaceOnIt() throws Exception {
        // "أوتستراد دمشق – درعا قرب بلدة …": the road is where it happened, the town on it its place; the two
        // cities that name the road are not places of the act
        EventClaim e = TestArticles.only(dir, "قتل مسلحون مجهولون، مساء أمس، سائقاً على أوتستراد دمشق – درعا قرب بلدة خربة غزالة.");
        Set<String> ps = TestArticles.places(e);
        assertFalse(ps.contains("damascus"), ps.toString());
        assertFalse(ps.contains("daraa"), ps.toString());
        assertFalse(ps.isEmpty(), ps.toString());
        // with no other place the ends are the best words the text gives, and stay
        e = TestArticles.only(dir, "انفجرت عبوة ناسفة، صباح اليوم، بسيارة عسكرية على طريق منبج - الباب.");
        assertTrue(TestArticles.places(e).contains("manbij"), TestArticles.places(e).toString());
        // nor do they give way to the area they lie in, or to a village that is the road's other end
        e = TestArticles.only(dir, "قتل مسلحون مجهولون، مساء أمس، شاباً على طريق داعل - طفس في ريف درعا الغربي.");
        assertTrue(TestArticles.places(e).contains("tafas"), TestArticles.places(e).toString());
    }
}
