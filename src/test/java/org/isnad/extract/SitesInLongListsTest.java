package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long lists of towns on real pages (issue 10): one event per town, as ACLED codes them, even where the list
 * crosses two governorates' countrysides or names a town whose first word the lexicon reads as something else.
 * Every sentence is written here, in the manner of local outlets.
 */
class SitesInLongListsTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    private static String all(List<EventClaim> es) {
        return es.stream().map(e -> places(e).toString()).toList().toString();
    }

    /** The one claim whose places hold the town, or a failure. */
    private static EventClaim at(List<EventClaim> es, String town) {
        List<EventClaim> found = es.stream().filter(e -> places(e).contains(town)).toList();
        assertEquals(1, found.size(), town + " in " + all(es));
        return found.get(0);
    }

    @Test
    void aTownOpenedByDeirAfterAnotherIsAnEventOfItsOwn() throws Exception {
        // "ودير" alone reads as "and run"; in a list of towns it opens a name
        List<EventClaim> es = events("خرجت مظاهرات مسائية في بلدتي كفر تخاريم ودير حسان بريف إدلب الشمالي أمس الجمعة.");
        assertEquals(2, es.size(), all(es));
        assertTrue(places(at(es, "دير حسان")).stream().noneMatch(p -> p.contains("takharim")), all(es));
    }

    @Test
    void aTownJoinedAfterTheCountrysideOfTheTownBeforeIsASiteNotThatCountrysidesTown() throws Exception {
        List<EventClaim> es = events("خرجت مظاهرات مسائية في مدينتي الباب بريف حلب وسرمدا بريف إدلب أمس الجمعة.");
        assertEquals(2, es.size(), all(es));
        assertTrue(es.stream().noneMatch(e -> places(e).containsAll(Set.of("al-bab", "sarmada"))), all(es));
    }

    @Test
    void aListGoesOnPastTheCountrysideOfItsFirstTowns() throws Exception {
        List<EventClaim> es = events("نظم الأهالي وقفات احتجاجية في بلدات مارع بريف حلب وسرمدا وكللي والسحارة في ريف إدلب أمس الجمعة.");
        assertEquals(4, es.size(), all(es));
        at(es, "كللي");
        at(es, "السحارة");
        assertEquals(Set.of("PeacefulProtest"), Set.copyOf(TestArticles.types(es)));
    }

    @Test
    void townsInQuotationMarksJoinedByAnAndBetweenTheMarksAreEachAnEvent() throws Exception {
        // "و”دير …”": the "and" stands between the marks, apart from the name, and "دير" opens the name
        List<EventClaim> es = events("قصفت مدفعية قوات النظام قرى “الحميرات” و”الحردانة” و”دير سنبل” في ريف حماة الشمالي مساء أمس.");
        assertEquals(3, es.size(), all(es));
        at(es, "الحردانة");
        at(es, "دير سنبل");
    }
}
