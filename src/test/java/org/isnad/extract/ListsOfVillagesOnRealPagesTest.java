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
 * Lists of villages as real pages write them (issue 10: on the real sets several villages of one sentence came
 * out as one claim at the region): names joined by commas only, inside brackets; a second list opened by
 * "بالإضافة إلى"; a dual place noun ("حيي"); a name that goes on with "بن". One claim per village, each keeping
 * the area. Sentences written here.
 */
class ListsOfVillagesOnRealPagesTest {

    private static final String NS = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    /** The claims' own sites among {@code sites}, as a set; asserts one claim per site, all of one type. */
    private void assertOnePerSite(String body, String type, Set<String> sites) throws Exception {
        List<EventClaim> es = TestArticles.events(dir, body);
        assertEquals(sites.size(), es.size(), es.toString());
        assertTrue(es.stream().allMatch(e -> e.eventClass().equals(NS + type)), TestArticles.types(es).toString());
        Set<String> got = es.stream().map(e -> places(e).stream().filter(sites::contains).sorted()
                .collect(Collectors.joining("+"))).collect(Collectors.toSet());
        assertEquals(sites, got, got.toString());
    }

    @Test
    void namesJoinedByCommasInsideBracketsAreOneClaimEach() throws Exception {
        // "الجابرية" reads as an adjective with the article: after a comma of a list it is the next village
        assertOnePerSite("سيطرت قوات النظام، اليوم، على قرى (تل هواش، الجابرية، التوبة) شمال غرب حماة بعد معارك مع الفصائل.",
                "GovernmentRegainsTerritory", Set.of("تل هواش", "الجابرية", "التوبة"));
    }

    @Test
    void villagesAddedWithInAdditionToAreStruckTooNotADestination() throws Exception {
        // "بالإضافة إلى قريتي …": "إلى" adds places here; it does not say where someone went
        assertOnePerSite("قصفت قوات النظام، اليوم، بلدة الهبيط، بالإضافة إلى قريتي جبالا وأرينبة في ريف إدلب الجنوبي.",
                "ShellingArtilleryMissileAttack", Set.of("الهبيط", "جبالا", "أرينبة"));
    }

    @Test
    void twoQuartersAfterTheDualNounAreTwoClashes() throws Exception {
        assertOnePerSite("دارت اشتباكات عنيفة، اليوم، بين القوات الحكومية ومسلحين في حيي الكرامة والفردوس بمدينة حلب.",
                "ArmedClash", Set.of("الكرامة", "الفردوس"));
    }

    @Test
    void aNameThatGoesOnWithSonOfIsOneVillage() throws Exception {
        // "بن" is no "ب" before a word: "حوايس بن هديب" is one name, and the list goes on after it
        List<EventClaim> es = TestArticles.events(dir,
                "قال ناشطون إن التنظيم سيطر، اليوم، على قريتي حويجة بن هديب وحوايس أم جرن شرق حماة، عقب اشتباكات مع الهيئة.");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.stream().anyMatch(e -> places(e).contains("حويجة بن هديب")), es.toString());
    }

    @Test
    void aFirstNameTheDictionaryReadsAsAVerbStillOpensTheList() throws Exception {
        // "حاس" reads as a verb; right after "بلدات", with the list going on after it, it is the first town
        assertOnePerSite("قصفت قوات النظام، اليوم، مدينة كفرنبل وبلدات حاس وكفرومة ومعرزيتا في ريف إدلب الجنوبي.",
                "ShellingArtilleryMissileAttack", Set.of("kafranbel", "حاس", "كفرومة", "معرزيتا"));
    }

    @Test
    void theVillagesForcesTriedToAdvanceToAreWhereTheyFought() throws Exception {
        // "التقدم إلى قرية …": after an advance, "إلى" names the place fought for, not a destination
        assertOnePerSite("كما حاول التنظيم، اليوم، التقدم إلى قرية أم خريزة ومزرعة الطويلة شرق مدينة الطبقة، دون إحراز تقدم.",
                "ArmedClash", Set.of("أم خريزة", "الطويلة"));
    }
}
