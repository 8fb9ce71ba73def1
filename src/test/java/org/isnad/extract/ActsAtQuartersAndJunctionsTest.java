package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Session 38 (rdev27: "سقطت عشرات القذائف على حيي الميدان والأشرفية" kept neither quarter): a spot word
 * (isnad:SpotNoun, "ميدان") with the article right after a place noun names the quarter; (rdev31: "أطلق مسلحون النار
 * عليه عند وصوله إلى مفرق تلدرة الشرقي" kept no place) a junction is a site named after its village, and where someone
 * was arriving when shot is where it happened. Sentences written here.
 */
class ActsAtQuartersAndJunctionsTest {

    @TempDir Path dir;

    @Test
    void twoQuartersAfterADualAreTwoShellings() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "سقطت قذائف صاروخية أمس السبت على حيي الميدان والسريان في مدينة حلب، ما أدى إلى مقتل ثلاثة مدنيين.");
        OneClaimPerListedPlaceTest.onePerSite(es, "ShellingArtilleryMissileAttack", "الميدان", "السريان");
    }

    @Test
    void aQuarterNamedBySpotWordAfterItsNoun() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "قُتل شاب أمس السبت برصاص مسلحين مجهولين في حي الميدان وسط دمشق.");
        assertTrue(es.stream().anyMatch(e -> places(e).contains("الميدان")), es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void aJunctionNamedAfterItsVillageIsThePlace() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "قُتل سائق أمس السبت برصاص مسلحين مجهولين عند مفرق الرحيبة الغربي في ريف حماة.");
        assertTrue(es.stream().anyMatch(e -> places(e).stream().anyMatch(p -> p.startsWith("الرحيبة"))), es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void whereHeWasArrivingWhenShotIsThePlace() throws Exception {
        List<EventClaim> es = TestArticles.events(dir,
                "تعرّض مزارع أمس السبت لإطلاق نار من مسلحين مجهولين لحظة وصوله إلى مفرق الدويرينة، ما أدى إلى مقتله.");
        assertTrue(es.stream().anyMatch(e -> places(e).contains("الدويرينة")), es.stream().map(TestArticles::places).toList().toString());
    }

    @Test
    void theHospitalHeReachedIsNoPlaceOfTheAct() throws Exception {
        // "لدى وصوله إلى مشفى ميداني في بلدة …": where the wounded man was taken, not where he was shot
        List<EventClaim> es = TestArticles.events(dir,
                "أطلق مسلحون مجهولون النار أمس السبت على شاب قرب قرية المسيفرة، وتوفي لدى وصوله إلى مشفى ميداني في بلدة الجيزة.");
        assertFalse(es.isEmpty());
        assertTrue(es.stream().noneMatch(e -> places(e).contains("الجيزة")), es.stream().map(TestArticles::places).toList().toString());
    }
}
