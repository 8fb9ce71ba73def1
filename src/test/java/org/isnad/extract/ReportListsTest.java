package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long report sentences that name many places, as round-ups tell shelling: every village of a list after one
 * place noun is a site of its own (one event per place), names the gazetteer lacks included. Sentences
 * written for these tests.
 */
class ReportListsTest {

    @TempDir Path dir;

    private List<EventClaim> read(String body) throws Exception {
        return TestArticles.events(TestArticles.read(TestArticles.lexicon(), dir, "2024-01-15", body));
    }

    /** The place texts of all claims, one set per claim. */
    private static Set<String> textsOf(List<EventClaim> events) {
        Set<String> out = new TreeSet<>();
        for (EventClaim c : events) for (PlaceText t : c.placeTexts()) out.add(t.text());
        return out;
    }

    @Test
    void everyVillageOfALongListIsASiteEvenWhenItsFirstWordReadsAsAVerb() throws Exception {
        // "وعين", "وتل" read as verbs, "معرة الصين" as a verb after the name head, "الحويز الشرقي" ends on a
        // direction: all are village names in a list after "قرية"
        List<EventClaim> events = read("قصفت قوات النظام بالمدفعية الثقيلة قرية الخضيرة وعين السماق ومعرة الصين "
                + "والحويز الشرقي وتل جمال بريف إدلب الجنوبي.\n");
        assertEquals(Set.of("الخضيرة", "عين السماق", "معرة الصين", "الحويز الشرقي", "تل جمال"), textsOf(events));
        assertEquals(5, events.size(), "one shelling per village");
    }

    @Test
    void aListLongerThanSixVillagesIsReadToItsEnd() throws Exception {
        List<EventClaim> events = read("استهدفت قوات النظام بالقذائف قرى الخضيرة والحويز والسماقة والرصيفة "
                + "والمشيرفة والزيارة والبويضة والعلياوي بريف حماة الشمالي.\n");
        assertEquals(8, events.size(), "one shelling per village: " + textsOf(events));
    }

    @Test
    void aFrontNamedAfterAPlaceKeepsThePlace() throws Exception {
        // "محور": the front faces the village it is named after
        List<EventClaim> events = read("ألقت مروحيات النظام براميل متفجرة على محور الخضيرة في ريف اللاذقية الشمالي.\n");
        assertEquals(1, events.size());
        assertTrue(textsOf(events).contains("الخضيرة"), textsOf(events).toString());
    }

    @Test
    void theOutskirtsOfASecondTownWithItsPlaceNounAreASecondSite() throws Exception {
        List<EventClaim> events = read("قصفت قوات النظام بقذائف الهاون مدينة أريحا وأطراف بلدة سرجة بريف إدلب الجنوبي.\n");
        assertEquals(2, events.size(), "Ariha and the outskirts of Serjeh are two places");
    }

    @Test
    void aTownWhoseNameEndsLikeAPluralAdjectiveIsASiteAfterItsPlaceNoun() throws Exception {
        // "بليون" ends like "سوريون", a plural adjective of relation, but "بلدة" right before it names the town;
        // with a second village told after "و" the strike is one claim per place
        List<EventClaim> events = read("قُتل مدنيان يوم الأحد بغارات جوية روسية على بلدة بليون وقرية كنصفرة في جبل الزاوية.\n");
        assertEquals(Set.of("بليون"), textsOf(events.stream().filter(c -> c.placeTexts().stream()
                .anyMatch(t -> t.text().equals("بليون"))).toList()));
        assertEquals(2, events.size(), "one air strike per town: " + textsOf(events));
        for (EventClaim c : events) assertEquals(EventTypes.DRONE_STRIKE, c.eventClass());
    }

    @Test
    void aPluralAdjectiveWithoutAPlaceNounNamesNoPlace() throws Exception {
        List<EventClaim> events = read("اعتقلت قوات النظام يوم الأحد شبانا عند حاجزين عسكريين.\n");
        assertTrue(textsOf(events).isEmpty(), textsOf(events).toString());
    }
}
