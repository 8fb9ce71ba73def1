package org.isnad.extract;

import static org.isnad.extract.TestArticles.first;
import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "محيط المطار", "على محيط المخيم": the airport or camp named before with its name (rdev40's Menagh and Khan
 * al-Shih pages; the form seen on several real pages); and a campaign told with its place, then its arrests
 * told with none, is one act at that place (rdev41, rdev35). Every sentence written here.
 */
class FacilityReferenceTest {

    @TempDir Path dir;

    private static final String NS = "https://w3id.org/isnad/ns#";

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, "2024-05-12", body));
    }

    @Test
    void shellingAroundTheAirportIsAtTheAirportNamedBefore() throws Exception {
        List<EventClaim> es = events("سيطرت فصائل المعارضة أمس على مطار أبو الظهور العسكري بعد حصار طويل. "
                + "ومن جهتها قصفت قوات النظام بالمدفعية محيط المطار مساء اليوم.");
        Set<String> shelled = places(first(es, NS + "ShellingArtilleryMissileAttack"));
        assertFalse(shelled.isEmpty(), es.toString());
        assertTrue(shelled.stream().anyMatch(p -> p.contains("ظهور") || p.contains("duhur") || p.contains("zuhur")), shelled.toString());
    }

    @Test
    void barrelsAroundTheCampAreAtTheCampNamedBefore() throws Exception {
        List<EventClaim> es = events("تتواصل الحملة العسكرية على مخيم الوافدين منذ أسابيع. "
                + "وألقت مروحيات النظام اليوم عشرين برميلاً متفجراً على محيط المخيم.");
        Set<String> hit = places(first(es, NS + "AirDroneStrike"));
        assertTrue(hit.stream().anyMatch(p -> p.contains("الوافدين") || p.contains("wafidin")), es.toString());
    }

    @Test
    void anAirportNeverNamedGivesNoPlace() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام بالمدفعية محيط المطار مساء اليوم.");
        assertEquals(Set.of(), places(first(es, NS + "ShellingArtilleryMissileAttack")), es.toString());
    }

    @Test
    void arrestsOfACampaignAreWhereTheCampaignWas() throws Exception {
        List<EventClaim> es = events("نفذت قوى الأمن الداخلي صباح اليوم حملة أمنية واسعة في حي الوعر بمدينة حمص. "
                + "وأفادت مصادر محلية بأن الحملة أسفرت عن اعتقال خمسة أشخاص مطلوبين.");
        Set<String> at = places(first(es, NS + "Arrests"));
        assertTrue(at.contains("homs-al-waer") || at.contains("homs"), es.toString());
    }

    @Test
    void airStrikesOnTheHillAreAtTheHillNamedBefore() throws Exception {
        // "… على تل الحارة … بعد غارات استهدفت التل" (rdev42): the hill named last, after the verb of the act
        List<EventClaim> es = events("أعلنت قوات النظام اليوم السيطرة على تل المسطاح بريف القنيطرة. "
                + "وجاءت السيطرة بعد غارات مكثفة للطيران الحربي استهدفت التل طوال الليل.");
        Set<String> hit = places(first(es, NS + "AirDroneStrike"));
        assertTrue(hit.contains("تل المسطاح"), es.toString());
    }
}
