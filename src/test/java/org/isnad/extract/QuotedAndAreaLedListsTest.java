package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One event per place of a list (session 39). Real pages write a list of towns after a plural place noun and the
 * region they lie in ("مدن وبلدات الغوطة الشرقية …"), quote the list ("بلدات «…، …»"), and list a governorate's
 * capital by "و" with a town ("في طرطوس واللاذقية وجبلة"); rdev30 and rdev35 read such lists as one claim or lost
 * their later names. Sentences written here.
 */
class QuotedAndAreaLedListsTest {

    @TempDir Path dir;

    @Test
    void namesAfterThePluralNounAndItsRegionAreOneArrestEach() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وشنت دوريات الأمن، أمس السبت، حملة دهم واعتقال في بلدات الغوطة الشرقية جسرين وحمورية وكفربطنا، بحثاً عن مطلوبين.");
        List<EventClaim> at = OneClaimPerListedPlaceTest.onePerSite(es, "Arrests", "جسرين", "حمورية", "كفربطنا");
        // the region stays with each as its area
        for (EventClaim c : at) assertTrue(places(c).contains("eastern-ghouta"), places(c).toString());
    }

    @Test
    void aQuotedListAfterTheRegionIsReadToItsClosingQuote() throws Exception {
        // "سقبا" the dictionary reads as a verb; the closing quote says it is the list's last name
        List<EventClaim> es = TestArticles.events(dir,
                "وشهدت مدن وبلدات الغوطة الشرقية «جسرين، حمورية، كفربطنا، سقبا»، أمس السبت، حملات دهم واعتقال طالت عشرات الشبان.");
        OneClaimPerListedPlaceTest.onePerSite(es, "Arrests", "جسرين", "حمورية", "كفربطنا", "سقبا");
    }

    @Test
    void theRegionFollowedByAVerbOpensNoList() throws Exception {
        // "قرى الغوطة الشرقية، ما أدى …": a comma after the region, no names
        List<EventClaim> es = TestArticles.events(dir,
                "وقصفت قوات النظام، أمس السبت، قرى الغوطة الشرقية، ما أدى إلى دمار في المنازل.");
        assertEquals(1, es.size(), es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void capitalsListedWithATownAreCities() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وخرج محتجون، أمس السبت، في طرطوس واللاذقية وجبلة مطالبين بإطلاق سراح الموقوفين.");
        OneClaimPerListedPlaceTest.onePerSite(es, "PeacefulProtest", "tartus", "latakia", "jablah");
    }

    @Test
    void twoCapitalsAloneStayOneClaim() throws Exception {
        // "في حلب وإدلب": the city or the governorate, the words do not say; no town settles it
        List<EventClaim> es = TestArticles.events(dir,
                "وخرجت مظاهرات، أمس السبت، في حلب وإدلب رفضاً للقرار.");
        assertEquals(1, es.size(), es.stream().map(TestArticles::places).toList().toString());
    }
}
