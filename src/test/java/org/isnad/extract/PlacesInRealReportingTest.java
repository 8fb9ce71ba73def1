package org.isnad.extract;

import static org.isnad.extract.TestArticles.allPlaces;
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
 * Places the gazetteer lacks, told as Syrian outlets tell them ("بلدة … بريف …", "قرية … الشرقية"): the
 * whole name is kept, and ordinary words around it are not taken for names. Sentences written for each rule.
 */
class PlacesInRealReportingTest {

    @TempDir Path dir;


    @Test
    void aNameAfterAPlaceNounIsKeptWhenItsFirstLetterReadsAsLike() throws Exception {
        // "كناكر" reads as "ك" (like) + "ناكر": right after "بلدة" it is the town's name
        Set<String> ps = allPlaces(dir, "داهمت دورية أمنية، فجر اليوم، بلدة كفريدون بريف حمص الشمالي واعتقلت شابين.");
        assertTrue(ps.contains("كفريدون"), ps.toString());
        ps = allPlaces(dir, "اعتقلت قوات الأمن، اليوم، أربعة شبان في قرية كناصر بريف دمشق الغربي.");
        assertTrue(ps.contains("كناصر"), ps.toString());
    }

    @Test
    void anUnknownNameInConstructKeepsItsSecondWord() throws Exception {
        // "جباتا الخشب", "عين العرب": an indefinite first word with a definite noun after it is one name
        Set<String> ps = allPlaces(dir, "قصفت مدفعية الجيش، صباح اليوم، أطراف قرية مغارة الحصى في ريف حماة الغربي.");
        assertTrue(ps.contains("مغارة الحصى"), ps.toString());
        assertFalse(ps.contains("مغارة"), ps.toString());
    }

    @Test
    void anAdjectiveAfterAnUnknownNameIsNoPartOfIt() throws Exception {
        // "مغارة القريبة": "the nearby" describes the village the text already named, it does not name it
        Set<String> ps = allPlaces(dir, "سقطت قذائف، مساء اليوم، على قرية مغارة المجاورة لمدينة السقيلبية في ريف حماة.");
        assertTrue(ps.contains("مغارة"), ps.toString());
        assertFalse(ps.contains("مغارة المجاورة"), ps.toString());
    }

    @Test
    void theTownReferredBackToIsTheUnknownTownNamedBefore() throws Exception {
        // "قرية كودنة … نقطة عند مدخل القرية": "القرية" is the village the gazetteer lacks, not the governorate
        List<EventClaim> es = TestArticles.events(dir,
                "اقتحمت قوة عسكرية، صباح اليوم، قرية مغارة الحصى في ريف القنيطرة الجنوبي، واعتقلت ثلاثة رعاة. "
                + "وأضاف المصدر أن القوة أقامت حاجزاً عسكرياً عند المدخل الشمالي للقرية.");
        // a checkpoint set up is a change to group activity (ForcePosturesTest), placed like any event
        EventClaim base = es.stream().filter(e -> e.eventClass().endsWith("#ChangeToGroupActivity")).findFirst()
                .orElseThrow(() -> new AssertionError("no checkpoint in " + es));
        assertTrue(places(base).contains("مغارة الحصى"), places(base).toString());
        assertFalse(places(base).contains("quneitra"), places(base).toString());
        // a known village named later is what a later "القرية" refers to
        List<EventClaim> later = TestArticles.events(dir, "اقتحمت قوة عسكرية، اليوم، قرية مغارة الحصى في ريف القنيطرة. "
                + "وفي سياق آخر، قصفت قوات النظام بلدة كنصفرة، وأصيبت امرأة عند مدخل البلدة.");
        assertTrue(later.stream().noneMatch(e -> e.eventClass().contains("Shelling") && places(e).contains("مغارة الحصى")),
                later.toString());
    }

    @Test
    void aDefiniteWordTheDictionaryLacksIsNoPlaceOnItsOwn() throws Exception {
        // "في الأحراش المحيطة بالقرية": the woods around the village, not a place called al-Ahrash
        List<EventClaim> es = TestArticles.events(dir,
                "قصفت القوات التركية، اليوم، قرية السعدية في ريف الحسكة، بالتزامن مع تمشيط في الأحراش المحيطة بالقرية.");
        Set<String> ps = es.stream().flatMap(e -> places(e).stream()).collect(Collectors.toSet());
        assertFalse(ps.contains("الأحراش"), ps.toString());
    }

    @Test
    void aPluralAdjectiveAfterACheckpointNamesNoPlace() throws Exception {
        // "حاجزين عسكريين": two military checkpoints, no place called "عسكريين"
        Set<String> ps = allPlaces(dir, "انفجرت عبوة ناسفة، اليوم، بين حاجزين عسكريين قرب مدينة الصنمين.");
        assertFalse(ps.contains("عسكريين"), ps.toString());
        assertTrue(ps.stream().anyMatch(p -> p.contains("sanamayn")), ps.toString());
        // "حاجزاً عسكرياً": the same adjective in the accusative, with its alif
        ps = allPlaces(dir, "نصبت قوات الأمن، صباح اليوم، حاجزاً عسكرياً قرب مدينة الصنمين واعتقلت شابين.");
        assertFalse(ps.contains("عسكرياً"), ps.toString());
    }

    @Test
    void aDefiniteVillageNameTheDictionaryLacksIsStillAPlace() throws Exception {
        EventClaim e = TestArticles.only(dir, "داهمت دورية أمنية منازل في الزغير أمس السبت واعتقلت ثلاثة شبان.");
        assertTrue(places(e).stream().anyMatch(p -> p.contains("الزغير")), places(e).toString());
    }

    @Test
    void aMarketOrSquareInsideATownIsNoPlaceOfItsOwn() throws Exception {
        // "سوق الخضار في بلدة …": a spot the town holds; the town is where it happened, "الخضار" is no place
        List<EventClaim> es = TestArticles.events(dir, "انفجرت عبوة ناسفة، مساء اليوم، في سوق الخضار في بلدة مغارة الحصى بريف حماة.");
        Set<String> ps = es.stream().flatMap(e -> places(e).stream()).collect(Collectors.toSet());
        assertFalse(ps.contains("الخضار"), ps.toString());
        assertTrue(ps.contains("مغارة الحصى"), ps.toString());
        assertEquals(1, es.size(), es.toString());
    }

    @Test
    void theCityAVillageLiesWestOfIsItsAreaNotASecondSite() throws Exception {
        // "قريتي … غرب مدينة منبج": two shelled villages, each an event; the city only says where they lie
        List<EventClaim> es = TestArticles.events(dir, "قصفت المدفعية التركية، صباح اليوم، قريتي الصيادة والحوشة غرب مدينة منبج.");
        assertEquals(2, es.size(), es.toString());
        assertTrue(es.stream().allMatch(e -> places(e).stream().anyMatch(p -> p.contains("manbij"))), es.toString());
        // a site in a village told east of a city: one bombing, not one in the village and one in the city
        es = TestArticles.events(dir, "قُتل مدنيان، اليوم، بانفجار سيارة مفخخة في ساحة الحمام في قرية مغارة الحصى شرق مدينة منبج.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(places(es.get(0)).contains("مغارة الحصى"), es.toString());
    }

    @Test
    void aKnownPlaceIsWrittenWithoutTheLettersFusedToIt() throws Exception {
        // "البارة وكنصفرة", "بريف إدلب": the names are "كنصفرة" and "ريف إدلب"
        List<EventClaim> es = TestArticles.events(dir, "قصفت قوات النظام، اليوم، بلدتي البارة وكنصفرة بريف إدلب الجنوبي.");
        Lexicon lexicon = TestArticles.lexicon();
        Set<String> written = es.stream().flatMap(e -> e.places().stream().map(p -> PlaceNameAsWritten.of(e.placeWords(p), lexicon.entry(p))))
                .collect(Collectors.toSet());
        assertTrue(written.contains("كنصفرة"), written.toString());
        assertTrue(written.stream().noneMatch(w -> w.startsWith("و") || w.startsWith("بريف")), written.toString());
    }

    @Test
    void anAdjectiveOfHowManyOrWhichPlacesNamesNoPlace() throws Exception {
        // "في منطقتين مختلفين", "والأحياء المجاورة": the word after the place noun describes the places, it
        // names none; read as a name it split one act into one claim per "place"
        List<EventClaim> es = TestArticles.events(dir,
                "انفجرت عبوتان ناسفتان، صباح اليوم، في منطقتين مختلفين بمحافظة درعا، استهدفت الأولى سيارة عسكرية في حي الكاشف بمدينة درعا.");
        assertTrue(es.stream().noneMatch(e -> places(e).contains("مختلفين")), es.toString());
        assertEquals(1, es.size(), es.toString());
        es = TestArticles.events(dir, "شنّت قوات الأمن، اليوم، حملة دهم واعتقالات في حي الوادي والأحياء المجاورة بمدينة اللاذقية.");
        assertEquals(1, es.size(), es.toString());
        assertTrue(es.stream().noneMatch(e -> places(e).contains("المجاورة")), es.toString());
        assertTrue(places(es.get(0)).contains("الوادي"), es.toString());
    }
}
