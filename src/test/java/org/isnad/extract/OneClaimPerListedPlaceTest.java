package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists of villages the real sets left in one claim (session 28, "its only candidates went to other gold
 * events"): a later name ending in "ك" that the dictionary reads with "your" ("ودلاك", "وسكيك"); names in
 * curly quotes ("بلدة “…” وقرية “…”"); a list after the two sides of a fight ("بين A من جهة، وB في قرى …
 * من جهة أخرى"), which is no road between two towns. One claim per village, each with the act's type, date
 * and area. Sentences written here.
 */
class OneClaimPerListedPlaceTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    /**
     * The claims of {@code sites}: each site in exactly one claim, of that type, dated the day before publication
     * (11 May 2024), which holds no other of the sites.
     */
    /** One claim of {@code type} at each site, dated the day before publication, none naming another site. */
    static List<EventClaim> onePerSite(List<EventClaim> es, String type, String... sites) {
        List<EventClaim> out = new java.util.ArrayList<>();
        for (String site : sites) {
            List<EventClaim> at = es.stream().filter(e -> places(e).contains(site)).toList();
            assertEquals(1, at.size(), site + " in " + es.stream().map(TestArticles::places).toList());
            EventClaim c = at.get(0);
            for (String other : sites) assertTrue(other.equals(site) || !places(c).contains(other), places(c).toString());
            assertEquals(NS + type, c.eventClass(), c.toString());
            assertEquals("2024-05-11", String.valueOf(c.time().start()), c.toString());
            out.add(c);
        }
        return out;
    }

    @Test
    void aLaterNameEndingInKafIsAVillageNotYour() throws Exception {
        // "ودلاك" reads as a verb with "you", "وسكيك" only with "your": inside a list of villages, names
        List<EventClaim> es = TestArticles.events(dir,
                "شنّت طائرات حربية روسية، أمس السبت، غارات على قرى وبلدات الزكاة ودلاك وسكيك والأربعين بريف حماة الشمالي.");
        for (EventClaim c : onePerSite(es, "AirDroneStrike", "الزكاة", "دلاك", "سكيك", "الأربعين")) {
            // each village keeps the countryside it lies in
            assertTrue(c.places().stream().anyMatch(p -> p.contains("hama")), places(c).toString());
        }
    }

    @Test
    void theLastNameOfAListEndingInKafIsItsOwnClaim() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "واستهدفت قوات النظام بالمدفعية الثقيلة، أمس السبت، بلدات التح وسكيك في ريف إدلب الجنوبي.");
        onePerSite(es, "ShellingArtilleryMissileAttack", "التح", "سكيك");
    }

    @Test
    void namesInCurlyQuotesJoinedByAndAreTwoStrikes() throws Exception {
        // "بلدة “…” وقرية “…”": the quotes do not hide the "و" that joins the second village to the first
        List<EventClaim> es = TestArticles.events(dir,
                "وشنّت المقاتلات الروسية، أمس السبت، عشرات الغارات على بلدة “أورم الكبرى” وقرية “كفرعمة” في ريف حلب الغربي.");
        // a town the gazetteer knows, and a village it lacks
        onePerSite(es, "AirDroneStrike", "urum-al-kubra", "كفرعمة");
    }

    @Test
    void villagesAfterTheSidesOfAFightAreEachAClash() throws Exception {
        // "بين … من جهة، و… من جهة أخرى" names who fought, not a road between two places
        List<EventClaim> es = TestArticles.events(dir,
                "وقال البيان إن اشتباكات عنيفة اندلعت، أمس السبت، بين قوات مجلس منبج العسكري من جهة، "
                        + "والمجموعات المهاجمة في محيط قرى الشيوخ والبوير وأم جلود من جهة أخرى.");
        onePerSite(es, "ArmedClash", "الشيوخ", "البوير", "أم جلود");
    }

    @Test
    void aRoadBetweenTwoTownsIsStillOnePlace() throws Exception {
        // the opposite error: "الطريق الواصل بين مدينة … وبلدة …" is one road, one blast
        List<EventClaim> es = TestArticles.events(dir,
                "قُتل شخصان، أمس السبت، بانفجار عبوة ناسفة على الطريق الواصل بين مدينة الحسكة وبلدة الهول.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(places(es.get(0)).size() >= 2, places(es.get(0)).toString());
    }
}
