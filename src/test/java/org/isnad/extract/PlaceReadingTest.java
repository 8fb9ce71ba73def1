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
 * Where an event happened, on sentences written for each rule: a gazetteer name that is also an ordinary
 * word needs the text to say it is a place, a speaker's allegation or denial keeps only the places it names.
 */
class PlaceReadingTest {

    static final String PLACE = "https://w3id.org/isnad/id/place/";
    @TempDir Path dir;

    private List<EventClaim> events(String body) throws Exception {
        return TestArticles.events(dir, body);
    }


    private static Set<String> allPlaces(List<EventClaim> es) {
        return es.stream().flatMap(e -> places(e).stream()).collect(Collectors.toSet());
    }

    @Test
    void picturesRaisedAtAProtestAreNoTownNamedAlSour() throws Exception {
        // "صور" (pictures) is the town al-Sour's name without its article: a construct, not the town
        List<EventClaim> es = events("تجمع عشرات المحتجين، اليوم، أمام مبنى البلدية في مدينة درعا، رافعين صور المعتقلين.");
        assertFalse(es.isEmpty());
        assertFalse(allPlaces(es).contains("al-sour"), allPlaces(es).toString());
        assertTrue(allPlaces(es).contains("daraa"), allPlaces(es).toString());
    }

    @Test
    void aNameThatIsAnOrdinaryWordNeedsThePlaceToBeSaid() throws Exception {
        // "رفعوا الصور": the pictures again, with the article, and nothing saying it is a place
        List<EventClaim> es = events("خرج العشرات في مظاهرة بمدينة جاسم اليوم، ورفعوا الصور واللافتات.");
        assertFalse(allPlaces(es).contains("al-sour"), allPlaces(es).toString());
        // "في بلدة الصور", "قرب الصور": the text says it is a place
        assertTrue(allPlaces(events("قصفت قوات النظام بالمدفعية، اليوم، بلدة الصور في ريف دير الزور.")).contains("al-sour"));
        assertTrue(allPlaces(events("انفجرت عبوة ناسفة، اليوم، قرب الصور شمالي دير الزور.")).contains("al-sour"));
    }

    @Test
    void anAllegedInterceptionKeepsNoPlaceItDoesNotName() throws Exception {
        List<EventClaim> es = events("تعرضت مواقع عسكرية قرب مدينة حمص، فجر اليوم، لقصف صاروخي، وفق ما نقلته وكالة سانا عن مصدر عسكري. "
                + "وزعم المصدر أن الدفاعات الجوية تصدت للصواريخ وأسقطت عدداً منها.");
        EventClaim alleged = es.stream().filter(e -> e.modality() == Modality.ALLEGED).findFirst().orElseThrow(
                () -> new AssertionError("no alleged claim in " + es));
        assertEquals(Set.of(), places(alleged));
    }

    @Test
    void aDenialNamesNoPlaceUnlessItSaysOne() throws Exception {
        // "…، فيما نفى …": the denial's clause names no place, and takes none from the clause before
        List<EventClaim> es = events("اعتقلت دورية أمنية، أمس، ثلاثة شبان في مدينة جبلة، فيما نفى مصدر في الشرطة اعتقال أي شاب.");
        EventClaim denied = es.stream().filter(e -> e.modality() == Modality.DENIED).findFirst().orElseThrow(
                () -> new AssertionError("no denied claim in " + es));
        assertEquals(Set.of(), places(denied));
    }

    @Test
    void raidsInSeveralTownsOfOneSentenceAreOneEachPlace() throws Exception {
        // (protests too, since session 22: PlaceListsTest)
        List<EventClaim> raids = events("داهمت قوات النظام، اليوم، منازل في بلدات سرمدا وبنّش، واعتقلت عدداً من الشبان.");
        assertTrue(raids.size() >= 2, raids.toString());
    }

    @Test
    void theHomeOfTheVictimEndsWhereThePlaceOfTheActBegins() throws Exception {
        // "من أبناء محافظة درعا": where he is from; "على طريق … قرب قرية …": where it happened
        List<EventClaim> es = events("خطف مسلحون مجهولون، أمس، سائقاً من أبناء محافظة حمص على طريق دمشق – السويداء قرب قرية الجرذي.");
        assertEquals(1, es.size());
        assertTrue(places(es.get(0)).contains("الجرذي"), places(es.get(0)).toString());
        assertFalse(places(es.get(0)).contains("homs-governorate"), places(es.get(0)).toString());
    }

    @Test
    void theTownReferredToIsTheOneJustNamedEvenAsAHome() throws Exception {
        // "من أبناء بلدة المسيفرة … في الحي الجنوبي من البلدة": the town named as his home is where he was shot
        List<EventClaim> es = events("قُتل شاب من أبناء بلدة المسيفرة بريف درعا الشرقي، اليوم، برصاص مسلحين مجهولين في الحي الجنوبي من البلدة.");
        assertEquals(1, es.size());
        assertTrue(places(es.get(0)).contains("al-musayfirah"), places(es.get(0)).toString());
    }

    @Test
    void aPluralPlaceNounAnnouncesEveryNameOfItsList() throws Exception {
        // "ويلدا" reads as a verb ("and they give birth"), but after "بلدات" it is one of the towns
        List<EventClaim> raids = events("داهمت قوات النظام، أمس، منازل في بلدات ببيلا ويلدا وبيت سحم جنوبي دمشق.");
        assertEquals(Set.of("babila", "يلدا", "بيت سحم"), allPlaces(raids).stream()
                .filter(p -> !p.contains("damascus") && !p.contains("dimashq")).collect(Collectors.toSet()));
        assertEquals(3, raids.size());
    }

    @Test
    void twoUnknownVillagesJoinedByAndAreTwoNames() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام بالصواريخ، اليوم، محيط قريتي الزهيرة والسعادة في ريف دير الزور.");
        assertEquals(Set.of("الزهيرة", "السعادة"), es.stream().flatMap(e -> e.placeTexts().stream()).map(PlaceText::text)
                .collect(Collectors.toSet()));
        assertEquals(2, es.size());
    }

    @Test
    void aDefiniteWordAfterAnIndefinitePlaceNounIsItsName() throws Exception {
        // "قرية الرصيف": an adjective of "قرية" would be indefinite too; a definite word is the name it is
        // the village of. "معسكر" (a military camp) names a place as "مخيم" does
        List<EventClaim> es = events("قصفت فصائل المعارضة بقذائف الهاون، اليوم، مواقع في معسكر جورين وقرية الرصيف.");
        assertTrue(allPlaces(es).containsAll(Set.of("جورين", "الرصيف")), allPlaces(es).toString());
    }

    @Test
    void theVillageARoadLeadsToPlacesTheRoad() throws Exception {
        // "فرّوا باتجاه بلدة …" is where they went; "على الطريق المؤدي إلى قرية …" is where it happened
        List<EventClaim> es = events("استهدفت طائرة مسيّرة، اليوم، سيارة مدنية على الطريق المؤدي إلى قرية الجرذي.");
        assertEquals(Set.of("الجرذي"), allPlaces(es));
    }

    @Test
    void whereTheShootersAreStationedIsNoSiteOfItsOwn() throws Exception {
        List<EventClaim> es = events("قصفت قوات النظام المتمركزة في معسكر جورين، اليوم، بالمدفعية أطراف قرية الجرذي.");
        assertEquals(1, es.size());
        assertEquals(Set.of("الجرذي"), allPlaces(es));
        // the camp that was hit is the place
        assertEquals(Set.of("جورين"), allPlaces(events("استهدفت فصائل المعارضة بقذائف الهاون، اليوم، مواقع قوات النظام في معسكر جورين.")));
    }

    @Test
    void protestersFromOneTownWhoStandInAnotherProtestThere() throws Exception {
        // the protesters' home town is the place only when the text says nowhere else
        EventClaim e = TestArticles.only(dir,
                "نظم العشرات من أبناء مدينة جبلة، صباح اليوم، وقفة احتجاجية أمام مبنى المحافظة في مدينة اللاذقية، تنديداً بانقطاع المياه.");
        assertEquals(Set.of("latakia"), places(e), places(e).toString());
        EventClaim home = TestArticles.only(dir, "خرج العشرات من أبناء مدينة جبلة، اليوم، في مظاهرة تنديداً بانقطاع المياه.");
        assertEquals(Set.of("jablah"), places(home), places(home).toString());
    }
}
