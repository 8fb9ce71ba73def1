package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body found ("عثر الأهالي على جثة …", "العثور على جثة …") is how local outlets tell a killing nobody saw:
 * an attack at the road or village where the body lay, with the countryside the sentence gives. Every sentence
 * is written here for its test.
 */
class BodiesFoundTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    @Test
    void aBodyFoundOnARoadIsAnAttackAtTheRoadsTowns() throws Exception {
        List<EventClaim> es = events("وأمس الجمعة، عثر مزارعون على جثة رجل خمسيني على الطريق الواصل بين بلدة"
                + " اليادودة وبلدة المزيريب في ريف درعا الغربي.");
        assertEquals(List.of("Attack"), types(es), es.toString());
        Set<String> at = places(es.get(0));
        assertTrue(at.stream().anyMatch(p -> p.contains("muzayrib") || p.contains("المزيريب")), at.toString());
        assertTrue(at.stream().anyMatch(p -> p.contains("daraa-western-countryside")), at.toString());
    }

    @Test
    void theVerbalNounAndThePassiveAreTheSameFinding() throws Exception {
        List<EventClaim> es = events("اغتال مسلحون مجهولون صباح اليوم شاباً في مدينة نوى. وسبق ذلك بساعات العثور على جثة"
                + " عنصر في الشرطة على طريق جاسم في ريف درعا الشمالي.");
        assertEquals(List.of("Attack", "Attack"), types(es), es.toString());
        assertTrue(es.stream().anyMatch(e -> places(e).stream().anyMatch(p -> p.contains("jasim") || p.contains("جاسم"))),
                es.toString());
        assertEquals(List.of("Attack"), types(events("وعُثر على جثة عنصر في الشرطة قرب بلدة الحراك شرقي درعا صباح اليوم.")));
    }

    @Test
    void aBodyOfADeathNoOneCausedIsNoEvent() throws Exception {
        assertTrue(events("وعثر الأهالي على جثة مسن توفي بنوبة قلبية في منزله في بلدة الجيزة.").isEmpty());
        // a bomb found is still one that did not go off, not a killing
        assertEquals(List.of("DisruptedWeaponsUse"), types(events(
                "عثر الأهالي على عبوة ناسفة قرب مدرسة بلدة الجيزة وأبلغوا فرق الهندسة.")));
    }
}
