package org.isnad.extract;

import static org.isnad.extract.TestArticles.first;
import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "المنطقة" with no qualifier refers back to the place named last, of any kind: an event whose clause names no
 * place of its own takes it (learnt from real pages of several sets; every sentence written here).
 */
class AreaReferenceTest {

    @TempDir Path dir;

    private static final String NS = "https://w3id.org/isnad/ns#";

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, "2024-05-12", body));
    }

    @Test
    void arrestsOfTheAreasSonsAreInTheCountrysideNamedBefore() throws Exception {
        List<EventClaim> es = events("حذّر وجهاء عشائر ريف درعا الغربي من تدهور الوضع الأمني. "
                + "واعتقلت قوات الأمن أمس عشرة شبان من أبناء المنطقة.");
        assertEquals(Set.of("daraa-western-countryside"), places(first(es, NS + "Arrests")), es.toString());
    }

    @Test
    void clashesInTheAreaAreAtTheTownNamedBefore() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام بالمدفعية مدينة نوى صباح اليوم. "
                + "واندلعت مساء اليوم اشتباكات عنيفة بالمنطقة بين الفصائل وقوات النظام.");
        assertEquals(Set.of("nawa"), places(first(es, NS + "ArmedClash")), es.toString());
    }

    @Test
    void theBorderAreaIsNoReference() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام بالمدفعية مدينة نوى صباح اليوم. "
                + "واندلعت مساء اليوم اشتباكات عنيفة في المنطقة الحدودية بين المهربين وحرس الحدود.");
        assertEquals(Set.of(), places(first(es, NS + "ArmedClash")), es.toString());
    }

    @Test
    void aDenialOfAnActInTheAreaKeepsNoPlace() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام بالمدفعية مدينة نوى صباح اليوم. "
                + "ونفى مصدر عسكري إطلاق أي طائرة مسيرة نحو المنطقة ليلة أمس.");
        assertEquals(Set.of(), places(first(es, NS + "AirDroneStrike")), es.toString());
    }
}
