package org.isnad.extract;

import static org.isnad.extract.TestArticles.byOutlet;
import static org.isnad.extract.TestArticles.events;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The observatory's stock phrases, as SOHR and the outlets that carry it write them: "علم المرصد من
 * مصادره", "رصد نشطاء المرصد", "وفقاً لمصادر المرصد". Every sentence is written here for its test.
 */
class ObservatoryStockPhrasesTest {

    static final String SOHR = "https://w3id.org/isnad/id/actor/sohr";
    static final String SDF = "https://w3id.org/isnad/id/actor/sdf";
    static final String GOVERNMENT = "https://w3id.org/isnad/id/actor/syrian-government-forces";
    @TempDir Path dir;

    @Test
    void itsSourcesAreNoConfiscation() throws Exception {
        // "مصادره" is مصادر + ه (its sources); the normal form folds ة into ه, so it looked like "مصادرة"
        List<EventClaim> es = events(byOutlet(dir, "SOHR",
                "علم المرصد السوري من مصادره أن شاباً قتل برصاص مسلحين مجهولين في بلدة طفس بريف درعا الغربي."));
        assertEquals(List.of("Attack"), types(es), es.toString());
        es = events(byOutlet(dir, "SOHR", "أفاد المرصد نقلاً عن مصادره بمقتل عنصرين من الشرطة في بلدة صيدا شرقي درعا."));
        assertFalse(types(es).contains("LootingPropertyDestruction"), es.toString());
        // written with ة it is still the confiscation
        assertEquals(List.of("LootingPropertyDestruction"), types(events(byOutlet(dir, "SY24",
                "وقال ناشطون إن مصادرة منازل المهجرين في بلدة الحراك جرت بقرار من محكمة الإرهاب."))));
    }

    @Test
    void theObservatoryAfterItsOwnPeopleIsNoParticipant() throws Exception {
        // in its own article "نشطاء المرصد" stay its activists, but the observatory neither shells nor is shelled
        List<EventClaim> es = events(byOutlet(dir, "SOHR",
                "رصد نشطاء المرصد السوري قصفاً صاروخياً نفذته قوات النظام على بلدة كنصفرة بريف إدلب الجنوبي."));
        assertEquals(List.of("ShellingArtilleryMissileAttack"), types(es), es.toString());
        assertFalse(es.get(0).actors().contains(SOHR) || es.get(0).targets().contains(SOHR), es.toString());
        // "نفذته قوات النظام": the forces carried the shelling out
        assertEquals(java.util.Set.of(GOVERNMENT), java.util.Set.copyOf(es.get(0).actors()), es.toString());
        es = events(byOutlet(dir, "SOHR", "وفقاً لمصادر المرصد السوري، قتل عنصر من قوات النظام برصاص مسلحين"
                + " مجهولين على طريق نوى الشيخ مسكين."));
        assertEquals(List.of("Attack"), types(es), es.toString());
        assertFalse(es.get(0).actors().contains(SOHR) || es.get(0).targets().contains(SOHR), es.toString());
    }

    @Test
    void theRunningTallyNamesNoSideOfTheAct() throws Exception {
        // "وبذلك يرتفع عدد …": the count's places and sides are not the killing's
        List<EventClaim> es = events(byOutlet(dir, "SOHR", "محافظة دير الزور: قتل رجل برصاص مسلحين مجهولين في بلدة"
                + " الشحيل بريف دير الزور الشرقي، وبذلك يرتفع عدد القتلى برصاص المجهولين في مناطق سيطرة قسد منذ مطلع"
                + " العام إلى 45 شخصاً."));
        assertEquals(List.of("Attack"), types(es), es.toString());
        assertFalse(es.get(0).targets().contains(SDF), es.toString());
    }
}
