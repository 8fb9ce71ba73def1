package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several places in one sentence are one claim per place, whatever the act (devset README, "Several places in
 * one sentence"): each claim keeps one of the places, the shared area and the sentence's evidence. Sentences
 * written for each shape of list.
 */
class PlaceListsTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    /** Each claim's own place among {@code sites}, one per claim, in the claims' order. */
    private static List<String> sitesOf(List<EventClaim> es, Set<String> sites) {
        return es.stream().map(e -> places(e).stream().filter(sites::contains).sorted().collect(Collectors.joining("+"))).toList();
    }

    private static void assertOnePerPlace(List<EventClaim> es, String type, Set<String> sites) {
        assertEquals(sites.size(), es.size(), es.toString());
        assertTrue(es.stream().allMatch(e -> e.eventClass().equals(NS + type)), TestArticles.types(es).toString());
        assertEquals(sites, Set.copyOf(sitesOf(es, sites)), sitesOf(es, sites).toString());
    }

    @Test
    void housesBurnedInVillagesJoinedByAnAndWrittenApartAreOneClaimEach() throws Exception {
        // "و سوبين": the "and" stands apart, as some outlets write it; "سوبين" ends in "بين" without being "between"
        List<EventClaim> es = events("أحرقت عناصر النظام، اليوم، بيوت الأهالي بعد سرقة محتوياتها في قرى خطاب و سوبين و الشير غرب حماة.");
        assertOnePerPlace(es, "LootingPropertyDestruction", Set.of("خطاب", "سوبين", "الشير"));
        assertTrue(es.stream().allMatch(e -> places(e).contains("hama")), es.toString());
    }

    @Test
    void protestsInSeveralTownsOfOneSentenceAreOneClaimEach() throws Exception {
        List<EventClaim> es = events("تظاهر المئات، اليوم الجمعة، في مدينة إدلب وبلدات سرمدا وبنّش، مطالبين بالإفراج عن المعتقلين.");
        assertOnePerPlace(es, "PeacefulProtest", Set.of("idlib", "sarmada", "binnish"));
    }

    @Test
    void aNameEndingLikeAParticipleAfterAndIsTheListsNextPlace() throws Exception {
        // "وجسرين" reads as an adjective in "-ين", like "مطالبين" after a list; after "و" it is the next town
        List<EventClaim> es = events("استهدفت مدفعية النظام، اليوم، بلدات القاسمية وجسرين في الغوطة الشرقية بعشرات القذائف.");
        assertOnePerPlace(es, "ShellingArtilleryMissileAttack", Set.of("القاسمية", "جسرين"));
    }

    @Test
    void aVillageTheGazetteerLacksJoinedToAKnownTownIsASecondClaim() throws Exception {
        List<EventClaim> es = events("قصفت الطائرات الحربية، اليوم، مدينة كفرنبل بريف إدلب وقرية الشير بريف حماة.");
        assertOnePerPlace(es, "AirDroneStrike", Set.of("kafranbel", "الشير"));
    }

    @Test
    void aPastVerbAfterACommaAndAndOpensAClauseNotAPlace() throws Exception {
        // "مدينة الحسكة، واصل": the city, told with "مدينة", is a site of its own now; "واصل" is no second one
        List<EventClaim> es = events("وفي مدينة الحسكة، واصل عشرات العمال اعتصامهم أمام مبنى المحافظة لليوم الثالث على التوالي.");
        assertEquals(1, es.size(), es.toString());
        assertEquals(Set.of("hasakah"), places(es.get(0)).stream().filter(p -> !p.contains("مبنى")).collect(Collectors.toSet()));
        // "، مؤكدةً": a participle with the accusative's tanween, after "و" or not, is no place either
        List<EventClaim> denied = events("نفت الشرطة، اليوم، تنفيذ أي مداهمات في أحياء مدينة الحسكة، واصفةً الأخبار بأنها كاذبة.");
        assertEquals(1, denied.size(), denied.toString());
        assertEquals(Set.of("hasakah"), places(denied.get(0)));
    }

    @Test
    void aClashBetweenTwoVillagesIsOneFront() throws Exception {
        List<EventClaim> es = events("اندلعت اشتباكات عنيفة، اليوم، بين قريتي الكبينة و الشير في ريف اللاذقية الشمالي.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(places(es.get(0)).containsAll(Set.of("الكبينة", "الشير")), places(es.get(0)).toString());
    }

    @Test
    void aStretchBetweenTwoVillagesBesideOtherVillagesIsOneClaimAmongThem() throws Exception {
        // the stretch "بين بلدتي …" is one place struck, the villages struck in the sentence before one claim
        // each (ACLED: one event per place), the stretch's two ends kept together on one claim
        Set<String> sites = Set.of("الكبينة", "الشير", "سوبين", "خطاب");
        List<EventClaim> es = events("ألقى الطيران المروحي، صباح اليوم الأحد، براميل متفجرة على بلدتي سوبين وخطاب في "
                + "ريف درعا الغربي. واستهدف الطيران المروحي المنطقة الواصلة بين بلدتي الكبينة والشير.");
        assertEquals(3, es.size(), es.toString());
        assertTrue(es.stream().allMatch(e -> e.eventClass().equals(NS + "AirDroneStrike")), TestArticles.types(es).toString());
        assertEquals(Set.of("الشير+الكبينة", "سوبين", "خطاب"), Set.copyOf(sitesOf(es, sites)), sitesOf(es, sites).toString());
    }

    @Test
    void aTownNamedInTheSentenceOfARoadBetweenTwoVillagesIsNoSecondSite() throws Exception {
        // "شاب من بلدة …": where the killed man came from, not where he was killed on the road between two villages
        List<EventClaim> es = events("عُثر، اليوم، على جثة شاب من بلدة الشير مقتولاً بالرصاص على الطريق الواصل بين قريتي "
                + "سوبين وخطاب غربي درعا.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(places(es.get(0)).containsAll(Set.of("سوبين", "خطاب")), places(es.get(0)).toString());
    }
}
