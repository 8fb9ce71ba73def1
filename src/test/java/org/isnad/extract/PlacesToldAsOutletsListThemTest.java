package org.isnad.extract;

import static org.isnad.extract.TestArticles.places;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Places as Syrian outlets tell them: lists announced by "كلاً من", duals told as a subject ("بلدتا"), village
 * names the dictionary reads as verbs ("سقبا", "عين ترما"), and adjectives that are also a town's name
 * ("السلمية"). Sentences written for the tests, in the style of those reports.
 */
class PlacesToldAsOutletsListThemTest {

    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }

    private static Set<String> sites(List<EventClaim> es, Set<String> among) {
        return es.stream().flatMap(e -> places(e).stream()).filter(among::contains).collect(Collectors.toSet());
    }

    @Test
    void villagesAfterEachOfAreTheActsPlacesNotWhereItCameFrom() throws Exception {
        // "كلاً من قرى …": "من" after "each of" lists the villages hit (before, "من" read them as an origin)
        List<EventClaim> es = events("استهدفت المدفعية، اليوم، كلاً من قرى كفرموسى وتل عمارة والحلوبة بريف إدلب الجنوبي.");
        Set<String> want = Set.of("كفرموسى", "تل عمارة", "الحلوبة");
        assertEquals(3, es.size(), es.toString());
        assertEquals(want, sites(es, want));
        // still, "قادمين من قرية …" tells where they came from
        List<EventClaim> from = events("هاجم مسلحون قادمون من قرية كفرموسى حاجزاً للشرطة، اليوم، وقتلوا عنصرين.");
        assertFalse(from.stream().anyMatch(e -> places(e).contains("كفرموسى")), from.toString());
    }

    @Test
    void eachOfBeforeNamesNoDictionaryKnowsListsThePlacesHit() throws Exception {
        // no place noun: the names, unknown words and a known place after them, are the villages hit
        List<EventClaim> es = events("قصفت الطائرات الحربية، اليوم، كلاً من (كفرموسى، وتلعادة، ومرجحين) في جبل الزاوية.");
        Set<String> want = Set.of("كفرموسى", "تلعادة", "مرجحين");
        assertEquals(3, es.size(), es.toString());
        assertEquals(want, sites(es, want));
        // a person's name the dictionary knows opens no list of places
        List<EventClaim> people = events("اعتقلت قوات النظام، اليوم، كلاً من محمد الأحمد وخالد العلي في مدينة درعا.");
        assertEquals(1, people.size(), people.toString());
    }

    @Test
    void aDualOfAreaAnnouncesTwoAreas() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام، اليوم، منطقتي الزعفرانة والشيخ هلال بريف حماة.");
        Set<String> want = Set.of("الزعفرانة", "الشيخ هلال");
        assertEquals(2, es.size(), es.toString());
        assertEquals(want, sites(es, want));
    }

    @Test
    void aKnownPlaceAfterAndIsWrittenWithoutIt() {
        // "والشيخ حديد", known as "شيخ الحديد": the "و" before the article is no letter of the name
        Entry e = TestArticles.lexicon().entry("https://w3id.org/isnad/id/place/shaykh-al-hadid");
        assertEquals("الشيخ حديد", PlaceNameAsWritten.of("والشيخ حديد", e));
        assertEquals("وادي بردى", PlaceNameAsWritten.of("وادي بردى", e));
    }

    @Test
    void aLaterItemReadAsAPastVerbIsANameWhenTheListGoesOn() throws Exception {
        // "وحاس" reads as "and he felt"; a list item after it that is no verb says it is the next village
        List<EventClaim> es = events("قُتل مدنيان، اليوم، بقصف مدفعي على بلدات كفرنبل وحاس وكفرسجنة.");
        Set<String> want = Set.of("kafranbel", "حاس", "كفرسجنة");
        assertEquals(3, es.size(), es.toString());
        assertEquals(want, sites(es, want));
    }

    @Test
    void aDualToldAsTheSubjectAnnouncesTwoVillages() throws Exception {
        // "بلدتا": the dual's nominative, which the dictionary reads as a verb
        List<EventClaim> es = events("تعرضت بلدتا المريجة والحلوبة، صباح اليوم، لقصف مدفعي من قوات النظام.");
        Set<String> want = Set.of("المريجة", "الحلوبة");
        assertEquals(2, es.size(), es.toString());
        assertEquals(want, sites(es, want));
    }

    @Test
    void aVillageNameReadAsAVerbAfterAPlaceNounIsKept() throws Exception {
        // "سقبا" reads as a verb only; after "بلدة" and before a preposition it is the town
        EventClaim e = TestArticles.only(dir, "استهدفت قوات النظام، اليوم، بلدة سقبا بقذائف الهاون.");
        assertTrue(places(e).contains("سقبا"), places(e).toString());
        // "عين ترما": the word after a name head, read as a verb, is the name's second word
        EventClaim two = TestArticles.only(dir, "قصفت قوات النظام، اليوم، بلدة عين ترما في الغوطة الشرقية.");
        assertTrue(places(two).contains("عين ترما"), places(two).toString());
        // a verb that agrees with the place noun opens a clause on it, and names nothing
        EventClaim clause = TestArticles.only(dir, "قصفت قوات النظام، اليوم، قرية تعرضت للقصف مرات عدة في ريف إدلب.");
        assertFalse(places(clause).contains("تعرضت"), places(clause).toString());
    }

    @Test
    void anAdjectiveOfTheActIsNoTown() throws Exception {
        // "المظاهرات السلمية": an adjective with the article of its noun, not the town of Salamiyah
        EventClaim e = TestArticles.only(dir, "فرّقت قوات الأمن، اليوم، المظاهرات السلمية في مدينة درعا بالرصاص الحي.");
        assertFalse(places(e).contains("as-salamiyah"), places(e).toString());
        EventClaim bare = TestArticles.only(dir, "خرجت، اليوم الجمعة، مظاهرات سلمية في حي القابون بدمشق.");
        assertFalse(places(bare).contains("as-salamiyah"), places(bare).toString());
        // after a place noun it is the town
        EventClaim town = TestArticles.only(dir, "خرجت، اليوم الجمعة، مظاهرة في مدينة السلمية بريف حماة.");
        assertTrue(places(town).contains("as-salamiyah"), places(town).toString());
    }

    @Test
    void aDualOfCitiesNamesAGovernorateCapitalAsACityOfTheList() throws Exception {
        // "مدينتي درعا وجاسم وبلدة اليادودة": Daraa, the capital, is the dual's first city, not the governorate
        // the other two lie in; before, it was left out of the list and Jasim took it as its area
        List<EventClaim> es = events("قصفت قوات النظام بالمدفعية الثقيلة، اليوم، مدينتي درعا وجاسم وبلدة اليادودة، ما أدى إلى مقتل ثلاثة مدنيين.");
        assertEquals(3, es.size(), es.toString());
        // one place each, three different ones
        assertTrue(es.stream().allMatch(e -> places(e).size() == 1), es.stream().map(TestArticles::places).toList().toString());
        assertEquals(3, es.stream().flatMap(e -> places(e).stream()).distinct().count());
    }
}
