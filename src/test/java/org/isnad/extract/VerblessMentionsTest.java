package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire copy tells many events in sentences with no verb, headed by the act's noun: "مقتل … بهجوم …",
 * "تظاهرة حاشدة في …". Such a sentence in the body is an event that happened; background, plans and
 * anniversaries told the same way are not.
 */
class VerblessMentionsTest {

    static final String ISNAD = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    private Set<String> types(String body) throws Exception {
        List<EventClaim> es = TestArticles.events(dir, body);
        return es.stream().map(e -> e.eventClass().substring(ISNAD.length())).collect(Collectors.toSet());
    }

    @Test
    void aKillingNounWithItsMeansAndPlaceTellsAnAttack() throws Exception {
        assertEquals(Set.of("Attack"), types("مقتل موظف في البلدية بهجوم مسلح على سيارته في مدينة نوى."));
    }

    @Test
    void anInjuryNounWithItsWeaponTellsTheExplosion() throws Exception {
        assertEquals(Set.of("RemoteExplosiveLandmineIED"), types("إصابة طفلين بانفجار لغم أرضي قرب قرية الغارية الشرقية."));
    }

    @Test
    void aProtestNounWithItsPlaceTellsAProtestWhateverItDemands() throws Exception {
        assertEquals(Set.of("PeacefulProtest"), types("وقفة احتجاجية في مدينة القامشلي للمطالبة بكشف مصير المخطوفين."));
    }

    @Test
    void backgroundAndAnniversariesToldWithoutAVerbAreNoEvent() throws Exception {
        assertTrue(types("اشتباكات متقطعة بين المجموعات المحلية منذ أشهر في ريف درعا الغربي.").isEmpty(), "background");
        assertTrue(types("تفجير في الذكرى السنوية للمجزرة في بلدة الحولة.").isEmpty(), "an anniversary");
    }
}
