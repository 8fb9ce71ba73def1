package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regime's aircraft named by the bare "النظام", as its forces are ("قوات النظام"): "ألقت طائرات النظام
 * المروحية براميل", "قصفت مروحيات النظام", "الطيران المروحي التابع للنظام", "مروحية تابعة للنظام". Opposition
 * outlets of 2015-2019 tell barrel bombs so; the strikes had no actor. Sentences written for the rule.
 */
class RegimeAircraftTest {

    private static final String GOVERNMENT = "https://w3id.org/isnad/id/actor/syrian-government-forces";
    private static final String AIR = "https://w3id.org/isnad/ns#AirDroneStrike";

    @TempDir Path dir;

    private void byTheRegime(String sentence) throws Exception {
        EventClaim e = TestArticles.only(dir, sentence);
        assertEquals(AIR, e.eventClass(), sentence);
        assertEquals(Set.of(GOVERNMENT), Set.copyOf(e.actors()), () -> sentence + " → actors " + e.actors());
    }

    @Test
    void theRegimesHelicoptersDropBarrels() throws Exception {
        byTheRegime("ألقت طائرات النظام المروحية أربعة براميل متفجرة على قرية الشغر في ريف جسر الشغور.");
    }

    @Test
    void theRegimesHelicoptersShellATown() throws Exception {
        byTheRegime("قصفت مروحيات النظام صباح اليوم مدينة مارع بريف حلب الشمالي ببرميلين متفجرين.");
    }

    @Test
    void theHelicopterAirForceBelongingToTheRegime() throws Exception {
        byTheRegime("قصف الطيران المروحي التابع للنظام بعدة براميل متفجرة مناطق في بلدة التمانعة.");
    }

    @Test
    void aHelicopterBelongingToTheRegime() throws Exception {
        byTheRegime("ألقت مروحية تابعة للنظام برميلين متفجرين على بلدة كفرزيتا بريف حماة الشمالي.");
    }
}
