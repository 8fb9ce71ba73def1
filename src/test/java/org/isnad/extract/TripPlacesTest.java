package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "أثناء عودته من عمله في مدينة …": the place a victim was coming back from is not his home. When the
 * clause names no other place, it is the nearest place the text gives for where it happened; when it
 * names one ("على الطريق بين …"), that place wins.
 */
class TripPlacesTest {

    @TempDir Path dir;

    private static Set<String> texts(EventClaim e) {
        return e.placeTexts().stream().map(PlaceText::text).collect(Collectors.toSet());
    }

    @Test
    void theOnlyPlaceNamedIsWhereHeWasComingBackFrom() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "خطف مسلحون ملثمون، مساء أمس، رجلاً أثناء عودته من عمله في مدينة جرمانا بريف دمشق.");
        assertTrue(places(e).contains("jaramana"), places(e).toString());
    }

    @Test
    void anUnknownQuarterHeWasComingBackFromIsKeptAsWritten() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "اختطف مجهولون، ظهر اليوم، فتاة أثناء عودتها من مدرستها في حي الزهور بمدينة جرمانا.");
        assertTrue(texts(e).contains("الزهور"), texts(e).toString());
    }

    @Test
    void aPlaceWhereItHappenedWinsOverTheTripAndTheHomeTown() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "خطف مسلحون، مساء أمس، شاباً من أبناء بلدة الشحيل على الطريق قرب بلدة البصيرة أثناء عودته من عمله في مدينة الميادين.");
        assertEquals(Set.of("al-busayrah"), places(e),
                places(e).toString());
    }

    @Test
    void withTheHomeTownNamedTooHeWasSomewhereBetweenTheTwo() throws Exception {
        EventClaim e = TestArticles.only(dir,
                "خطف مسلحون، مساء أمس، شاباً من أبناء بلدة الشحيل أثناء عودته من عمله في مدينة الميادين.");
        assertTrue(places(e).isEmpty(), places(e).toString());
    }

    @Test
    void aPlaceElsewhereInTheSentenceIsWhereItWas() throws Exception {
        // the second clause ("وانفجرت …") names no place of its own
        for (EventClaim e : TestArticles.events(dir,
                "زرع مجهولون عبوة ناسفة قرب بلدة البصيرة، وانفجرت لدى مرور سيارة تقل عناصر عائدين من نقاطهم في مدينة الميادين."))
            assertTrue(!places(e).contains("al-mayadin"), places(e).toString());
    }

    @Test
    void theHomeTownAloneIsStillNoPlaceOfTheEvent() throws Exception {
        EventClaim e = TestArticles.only(dir, "خطف مسلحون، مساء أمس، شاباً من أبناء بلدة الشحيل، ولم يعرف مصيره.");
        assertTrue(places(e).isEmpty(), places(e).toString());
    }
}
