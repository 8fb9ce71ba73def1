package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "… حملة في ريف درعا، شملت بلدات …", "، وشملت …", "أن الاعتقالات شملت قرى …": "included" after an act lists
 * where it took place (session 32: "its only candidates went to other gold events" on rdev14, strikes and an
 * arrest campaign, and on the fresh rdev18, a weapons campaign: the act was read at the countryside only, one
 * claim where the analysts code one per village). The villages are the act's, one claim each. Sentences written
 * here.
 */
class PlacesTheActIncludedTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    @Test
    void aCampaignThatIncludedTownsIsOneArrestCampaignPerTown() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "وقالت مصادر محلية إن قوات الأمن العام نفذت أمس السبت حملة دهم واعتقالات في ريف درعا الغربي، شملت"
                        + " بلدات زيزون، العجمي، والمسيفرة، وأسفرت عن اعتقال عدد من المطلوبين.");
        TestArticles.onePerSite(es, NS + "Arrests", "2024-05-11", "زيزون", "العجمي", "al-musayfirah");
        for (EventClaim e : es) assertEquals("Local sources", e.report().label(), e.toString());
    }

    @Test
    void strikesThatIncludedAVillageAndTheSurroundingsOfATownStruckEach() throws Exception {
        // "، وشملت": after a comma the verb goes on with the strikes, it opens no clause of its own
        List<EventClaim> es = TestArticles.events(dir,
                "وقال الدفاع المدني إن غارات جوية روسية استهدفت أمس السبت عدة مناطق في ريف إدلب، وشملت قرية"
                        + " الدعتور وقرية عرطوز شرقها.");
        TestArticles.onePerSite(es, NS + "AirDroneStrike", "2024-05-11", "الدعتور", "عرطوز");
    }

    @Test
    void arrestsThatIncludedVillagesToldInAReportedClause() throws Exception {
        // the act's own noun before "شملت" (a sentence of its own) was read before the lexicon entry too: kept
        // so that "included" as a target cue does not take the villages from the arrests
        List<EventClaim> es = TestArticles.events(dir,
                "شنت هيئة تحرير الشام أمس السبت حملة اعتقالات في ريف إدلب الشمالي. وأضاف المصدر أن الاعتقالات"
                        + " شملت قرى زيزون والعجمي وجلين.");
        for (String v : List.of("زيزون", "العجمي", "جلين"))
            assertTrue(es.stream().anyMatch(e -> places(e).contains(v) && (NS + "Arrests").equals(e.eventClass())),
                    v + " in " + es.stream().map(TestArticles::places).toList());
    }
}
