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
 * Where a bullet hit the body is no place: "أصيب بطلق ناري في منطقة البطن", "تعرّض لإطلاق نار في منطقتي الرأس
 * والصدر" (common in the killings and woundings real pages tell). After "منطقة" the body part read as a place
 * the gazetteer lacks made one killing two or three claims, one per "place". Sentences written for the rule.
 */
class WoundsNotPlacesTest {

    @TempDir Path dir;

    @Test
    void theHeadAndChestAfterAreaAreNoSites() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "عثر أهالي بلدة المزيريب بريف درعا الغربي، صباح اليوم، على جثة شاب قتله مسلحون مجهولون بإطلاق النار عليه في منطقتي الرأس والصدر.");
        assertEquals(1, es.size(), es.toString());
        Set<String> ps = places(es.get(0));
        assertFalse(ps.contains("الرأس") || ps.contains("الصدر"), ps.toString());
    }

    @Test
    void aWoundInTheBellyLeavesTheTownWhereTheShootingWas() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "أصيب شاب بجروح خطيرة، مساء أمس، برصاص مسلحين مجهولين في مدينة طفس، واستقرت الرصاصة في منطقة البطن.");
        assertEquals(1, es.size(), es.toString());
        Set<String> ps = places(es.get(0));
        assertFalse(ps.contains("البطن"), ps.toString());
        assertEquals(Set.of("tafas"), ps);
    }
}
