package org.isnad.extract;

import static org.isnad.extract.TestArticles.first;
import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An act told after or during an operation already told, by "عقب ذلك", "على إثر ذلك", "خلال الحملة", with no
 * place of its own, happened where the operation did (learnt from real pages of three sets; every sentence
 * written here).
 */
class OperationPlaceTest {

    @TempDir Path dir;

    private static final String NS = "https://w3id.org/isnad/ns#";

    private static final String RAID = "نفذت قوى الأمن الداخلي، اليوم الأحد، حملة دهم في بلدة الشحيل بريف دير الزور الشرقي بحثاً عن مطلوبين. ";

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, "2024-05-12", body));
    }

    @Test
    void aCurfewImposedAfterTheRaidIsWhereTheRaidWas() throws Exception {
        List<EventClaim> es = events(RAID + "وعلى إثر ذلك، فرضت قوى الأمن حظر تجوال مؤقت في المنطقة.");
        EventClaim curfew = first(es, NS + "ChangeToGroupActivity");
        assertEquals(Set.of("al-shuhail"), places(curfew), es.toString());
        assertEquals("2024-05-12", String.valueOf(curfew.time().start()), es.toString());
    }

    @Test
    void aKillingDuringTheCampaignIsWhereTheCampaignWas() throws Exception {
        List<EventClaim> es = events(RAID + "وقُتل شاب خلال الحملة برصاص عناصر الأمن.");
        EventClaim killing = first(es, NS + "Attack");
        assertEquals(Set.of("al-shuhail"), places(killing), es.toString());
        assertEquals("2024-05-12", String.valueOf(killing.time().start()), es.toString());
    }

    @Test
    void anActThatNamesItsOwnPlaceKeepsIt() throws Exception {
        List<EventClaim> es = events(RAID + "وعقب ذلك، استهدفت طائرة مسيرة سيارة في بلدة ذيبان.");
        assertEquals(Set.of("dhiban"), places(first(es, NS + "AirDroneStrike")), es.toString());
    }

    @Test
    void anAllegationAfterTheRaidTakesNoPlace() throws Exception {
        List<EventClaim> es = events(RAID + "وزعم مصدر محلي أن عناصر الأمن أطلقوا النار على المدنيين عقب ذلك.");
        for (EventClaim e : es)
            if (e.modality() == Modality.ALLEGED) assertTrue(places(e).isEmpty(), es.toString());
    }

    @Test
    void anotherVoicesRumourOfTheRaidTakesNoPlace() throws Exception {
        List<EventClaim> es = events(RAID + "وتداولت حسابات على مواقع التواصل الاجتماعي أنباء عن تفجير أحد المطلوبين حزاماً ناسفاً خلال المداهمة.");
        assertEquals(Set.of(), places(first(es, NS + "SuicideBomb")), es.toString());
    }

    @Test
    void duringTheRaidPointsAtTheRaidNotAtAStrikeToldInBetween() throws Exception {
        List<EventClaim> es = events(RAID + "وفي وقت سابق اليوم، استهدفت طائرة مسيرة سيارة في بلدة ذيبان. "
                + "وقُتل شاب برصاص عناصر الأمن خلال المداهمة.");
        assertEquals(Set.of("dhiban"), places(first(es, NS + "AirDroneStrike")), es.toString());
        assertEquals(Set.of("al-shuhail"), places(first(es, NS + "Attack")), es.toString());
    }
}
