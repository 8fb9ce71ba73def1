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
 * How real reporting joins the villages one act hit (theme "lists"; on rdev6 a list of eight villages came out as
 * five claims, the rest lost): a name opened by "قلعة" or "برج", a first name opened by "دير" (which the lexicon
 * reads as a verb), a name the dictionary lacks followed by "و" and a word it reads otherwise, a village told with
 * its surroundings ("ومحيطها", "ومحيط …"), names joined by a dash after a dual, and the town the villages lie
 * around. One claim per village, each with the act's type and date. Sentences written here.
 */
class ListJointsOfVillagesTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    /** Asserts one claim per site, all of one type and dated the day before publication; returns the claims. */
    private List<EventClaim> assertOnePerSite(String body, String type, Set<String> sites) throws Exception {
        List<EventClaim> es = TestArticles.events(dir, body);
        assertEquals(sites.size(), es.size(), es.toString());
        assertTrue(es.stream().allMatch(e -> e.eventClass().equals(NS + type)), TestArticles.types(es).toString());
        assertTrue(es.stream().allMatch(e -> "2024-05-11".equals(String.valueOf(e.time().start()))),
                es.toString());
        Set<String> got = es.stream().map(e -> places(e).stream().filter(sites::contains).sorted()
                .collect(Collectors.joining("+"))).collect(Collectors.toSet());
        assertEquals(sites, got, got.toString());
        return es;
    }

    @Test
    void namesOpenedByCastleAndTowerAreWholeAndTheListGoesOn() throws Exception {
        assertOnePerSite("قصفت المدفعية التركية، أمس، قرى كيمار وقلعة نجم وبرج عبدالو وعرشقيبو في ريف عفرين.",
                "ShellingArtilleryMissileAttack", Set.of("كيمار", "قلعة نجم", "برج عبدالو", "عرشقيبو"));
    }

    @Test
    void aFirstNameOpenedByDeirIsAVillageNotAVerb() throws Exception {
        assertOnePerSite("استهدفت قوات النظام بالمدفعية، أمس، قرى دير سنبل وشنان ومرعيان في جبل الزاوية.",
                "ShellingArtilleryMissileAttack", Set.of("دير سنبل", "شنان", "مرعيان"));
    }

    @Test
    void afterANameTheDictionaryLacksAWordWithAndIsTheNextName() throws Exception {
        // "وأبين" reads to the dictionary as more than "and" + a name; after the unknown "كفرلاتا" it is the next village
        assertOnePerSite("قصفت القوات التركية، أمس، قرى كفرلاتا وأبين وتنب في ريف حلب الشمالي.",
                "ShellingArtilleryMissileAttack", Set.of("كفرلاتا", "أبين", "تنب"));
    }

    @Test
    void aVillageWithItsSurroundingsDoesNotEndTheList() throws Exception {
        assertOnePerSite("قصفت قوات النظام، أمس، قرى \"الموزرة ومحيطها، وفليفل، ومجدليا\" بريف إدلب الجنوبي.",
                "ShellingArtilleryMissileAttack", Set.of("الموزرة", "فليفل", "مجدليا"));
        assertOnePerSite("قصفت قوات النظام، أمس، قرى شنان وجبالا ومحيط حزارين بريف إدلب الجنوبي.",
                "ShellingArtilleryMissileAttack", Set.of("شنان", "جبالا", "حزارين"));
    }

    @Test
    void namesJoinedByADashAfterADualAreTwoVillages() throws Exception {
        assertOnePerSite("استهدفت قوات النظام بالمدفعية، أمس، قريتي زلمة – حرشان في ريف حماة الغربي.",
                "ShellingArtilleryMissileAttack", Set.of("زلمة", "حرشان"));
        assertOnePerSite("استهدفت قوات النظام بالمدفعية، أمس، بلدتي كنصفرة – البارة في جبل الزاوية.",
                "ShellingArtilleryMissileAttack", Set.of("kansafra", "al-bara"));
    }

    @Test
    void aRoadNamedByItsTwoEndsIsStillOnePlace() throws Exception {
        // no dual or plural place noun before the dash: the road between two towns is one place
        List<EventClaim> es = TestArticles.events(dir, "قتل مدني، أمس، بقصف على الطريق الدولي منبج - الباب.");
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void theTownTheVillagesLieAroundIsTheirAreaNotAnotherSite() throws Exception {
        List<EventClaim> es = assertOnePerSite(
                "قصفت المدفعية التركية، أمس، قرى عقيبة وبينة الخاضعة لسيطرة قسد في محيط مدينة تل رفعت بريف حلب الشمالي.",
                "ShellingArtilleryMissileAttack", Set.of("عقيبة", "بينة"));
        assertTrue(es.stream().allMatch(e -> places(e).contains("tall-rifat")), es.toString());
    }

    @Test
    void aSecondDirectionAfterAndIsTheTwinVillageNotAName() {
        // "قريتي الغارية الشرقية والغربية": "والغربية" names the second village by its direction, no new item
        List<Token> ts = ArabicAnalysis.tokens("قريتي الغارية الشرقية والغربية");
        assertEquals(2, ListJoints.pastTheCity(ts, 2, ts.size()));
        List<Token> list = ArabicAnalysis.tokens("داعل والغارية الشرقية وعلما");
        assertEquals(3, ListJoints.pastTheCity(list, 2, list.size()));
    }
}
