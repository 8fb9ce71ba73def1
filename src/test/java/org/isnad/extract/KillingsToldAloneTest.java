package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A killing told by its toll word alone ("مقتل", "لقي مصرعه", "مقتولاً") is an attack of its own, unless it is
 * the toll of an act already told or a death no one caused. Every sentence is written here for its test.
 */
class KillingsToldAloneTest {

    static final String ISNAD = "https://w3id.org/isnad/ns#";
    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }


    @Test
    void aKillingWithNoActNamedIsAnAttack() throws Exception {
        assertEquals(List.of("Attack"), types(events("لقي رجل خمسيني مصرعه مساء أمس في بلدة الحراك بريف درعا الشرقي.")));
        assertEquals(List.of("Attack"), types(events("عثر أهالي مدينة الميادين صباح اليوم على جثة شاب مقتولاً قرب دوار البلدية.")));
        // told inside reported speech: an event of that speaker's report
        List<EventClaim> es = events("وأفادت مصادر محلية بمقتل عنصرين من الشرطة في بلدة صيدا شرقي درعا ليل أمس.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(es.get(0).report().label().contains("sources"), es.get(0).report().label());
    }

    @Test
    void theTollOfAnActToldIsNoSecondEvent() throws Exception {
        // the toll of the shelling told in the sentence before, at its place or at none
        assertEquals(List.of("ShellingArtilleryMissileAttack"), types(events(
                "قصفت مدفعية النظام أطراف بلدة كنصفرة صباح اليوم. وأسفر ذلك عن مقتل امرأتين.")));
        assertEquals(List.of("ShellingArtilleryMissileAttack"), types(events(
                "قصفت مدفعية النظام أطراف بلدة كنصفرة صباح اليوم. وتحدث ناشطون عن مقتل امرأتين في كنصفرة.")));
        assertEquals(List.of("ShellingArtilleryMissileAttack"), types(events(
                "قصفت مدفعية النظام أطراف بلدة كنصفرة صباح اليوم. وتحدث ناشطون عن مقتل امرأتين.")));
        // a second killing at another place is a second event
        assertEquals(List.of("Attack", "ShellingArtilleryMissileAttack"), types(events(
                "قصفت مدفعية النظام أطراف بلدة كنصفرة صباح اليوم. وفي ريف درعا، تحدث ناشطون عن مقتل شاب في بلدة الحراك.")));
    }

    @Test
    void whatGoesOnAlongsideIsAnEventOfItsOwn() throws Exception {
        // a verbless clause after "تزامناً مع": the clash is not the protest's, nor merged into it
        List<EventClaim> es = events("تجمع عشرات الأهالي في وقفة احتجاجية أمام مبنى البلدية في مدينة جاسم اليوم،"
                + " تزامناً مع اندلاع اشتباكات بين مسلحين محليين وعناصر الأمن العسكري في بلدة نمر.");
        assertEquals(List.of("ArmedClash", "PeacefulProtest"), types(es), es.toString());
        // within one family it is one act told twice
        assertEquals(List.of("ArmedClash"), types(events(
                "اندلعت اشتباكات بين مسلحين محليين وعناصر الأمن العسكري في بلدة نمر اليوم، بالتزامن مع اشتباكات مماثلة.")));
    }

    @Test
    void aDeathNoOneCausedIsNoEvent() throws Exception {
        assertTrue(events("لقي طفلان مصرعهما غرقاً في نهر الفرات قرب بلدة الشحيل أمس.").isEmpty());
        assertTrue(events("لقي شاب مصرعه إثر حادث سير على طريق السويداء دمشق مساء أمس.").isEmpty());
    }
}
