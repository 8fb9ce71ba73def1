package org.isnad.extract;

import static org.isnad.extract.TestArticles.types;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event types as real reporting tells them (session 19): an arrest at a protest is an arrest of its own,
 * and protesters who smash a building make a violent demonstration. Every sentence is written here.
 */
class EventTypesInRealReportingTest {

    @TempDir Path dir;

    private List<String> typesOf(String body) throws Exception {
        return types(TestArticles.events(dir, body)).stream().sorted().toList();
    }

    @Test
    void anArrestCoordinatedWithTheDispersalIsAnArrestOfItsOwn() throws Exception {
        assertEquals(List.of("Arrests", "ProtestWithIntervention"), typesOf(
                "تظاهر العشرات في بلدة الكرك الشرقي بريف درعا، أمس الأحد، وأطلقت دورية للأمن النار في الهواء واعتقلت ثلاثة منهم."));
        // with no protest in the clause, the raid and the arrest are one act
        assertEquals(List.of("Arrests"), typesOf("داهمت دورية للأمن بلدة الكرك الشرقي بريف درعا أمس الأحد واعتقلت ثلاثة شبان."));
    }

    @Test
    void anArrestToldAfterBeforeThatIsAnArrestOfItsOwn() throws Exception {
        // "قبل أن" with a present verb tells a past act that followed the dispersal
        assertEquals(List.of("Arrests", "ProtestWithIntervention"), typesOf(
                "أطلق عناصر الشرطة الرصاص في الهواء لتفريق المحتجين في بلدة الكرك الشرقي، أمس الأحد، قبل أن يعتقلوا أربعة منهم."));
    }

    @Test
    void protestersWhoSmashABuildingMakeAViolentDemonstration() throws Exception {
        assertEquals(List.of("ViolentDemonstration"), typesOf(
                "تجمع عشرات الشبان أمام مبنى البلدية في بلدة القرداحة بريف اللاذقية، مساء أمس، وحطموا واجهته احتجاجاً على انقطاع المياه."));
        assertEquals(List.of("ViolentDemonstration"), typesOf(
                "احتج عشرات الطلاب أمام مديرية التربية في مدينة جبلة، أمس، وكسروا نوافذ المبنى الزجاجية."));
    }
}
